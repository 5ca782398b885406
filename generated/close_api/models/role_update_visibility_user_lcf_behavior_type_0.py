from typing import Literal

RoleUpdateVisibilityUserLcfBehaviorType0 = Literal[
    "allow_unassigned", "require_assignment"
]

ROLE_UPDATE_VISIBILITY_USER_LCF_BEHAVIOR_TYPE_0_VALUES: set[
    RoleUpdateVisibilityUserLcfBehaviorType0
] = {
    "allow_unassigned",
    "require_assignment",
}


def check_role_update_visibility_user_lcf_behavior_type_0(
    value: str,
) -> RoleUpdateVisibilityUserLcfBehaviorType0:
    if value in ROLE_UPDATE_VISIBILITY_USER_LCF_BEHAVIOR_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROLE_UPDATE_VISIBILITY_USER_LCF_BEHAVIOR_TYPE_0_VALUES!r}"
    )
