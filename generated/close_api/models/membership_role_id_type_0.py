from typing import Literal

MembershipRoleIdType0 = Literal["admin", "restricteduser", "superuser", "user"]

MEMBERSHIP_ROLE_ID_TYPE_0_VALUES: set[MembershipRoleIdType0] = {
    "admin",
    "restricteduser",
    "superuser",
    "user",
}


def check_membership_role_id_type_0(value: str) -> MembershipRoleIdType0:
    if value in MEMBERSHIP_ROLE_ID_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBERSHIP_ROLE_ID_TYPE_0_VALUES!r}"
    )
