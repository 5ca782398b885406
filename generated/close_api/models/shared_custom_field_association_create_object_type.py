from typing import Literal

SharedCustomFieldAssociationCreateObjectType = Literal[
    "contact", "custom_activity_type", "custom_object_type", "lead", "opportunity"
]

SHARED_CUSTOM_FIELD_ASSOCIATION_CREATE_OBJECT_TYPE_VALUES: set[
    SharedCustomFieldAssociationCreateObjectType
] = {
    "contact",
    "custom_activity_type",
    "custom_object_type",
    "lead",
    "opportunity",
}


def check_shared_custom_field_association_create_object_type(
    value: str,
) -> SharedCustomFieldAssociationCreateObjectType:
    if value in SHARED_CUSTOM_FIELD_ASSOCIATION_CREATE_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHARED_CUSTOM_FIELD_ASSOCIATION_CREATE_OBJECT_TYPE_VALUES!r}"
    )
