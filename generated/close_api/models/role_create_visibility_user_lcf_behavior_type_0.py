from typing import Literal

RoleCreateVisibilityUserLcfBehaviorType0 = Literal[
    "allow_unassigned", "require_assignment"
]

ROLE_CREATE_VISIBILITY_USER_LCF_BEHAVIOR_TYPE_0_VALUES: set[
    RoleCreateVisibilityUserLcfBehaviorType0
] = {
    "allow_unassigned",
    "require_assignment",
}


def check_role_create_visibility_user_lcf_behavior_type_0(
    value: str,
) -> RoleCreateVisibilityUserLcfBehaviorType0:
    if value in ROLE_CREATE_VISIBILITY_USER_LCF_BEHAVIOR_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROLE_CREATE_VISIBILITY_USER_LCF_BEHAVIOR_TYPE_0_VALUES!r}"
    )
