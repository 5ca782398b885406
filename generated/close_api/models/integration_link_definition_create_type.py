from typing import Literal

IntegrationLinkDefinitionCreateType = Literal["contact", "lead", "opportunity"]

INTEGRATION_LINK_DEFINITION_CREATE_TYPE_VALUES: set[
    IntegrationLinkDefinitionCreateType
] = {
    "contact",
    "lead",
    "opportunity",
}


def check_integration_link_definition_create_type(
    value: str,
) -> IntegrationLinkDefinitionCreateType:
    if value in INTEGRATION_LINK_DEFINITION_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTEGRATION_LINK_DEFINITION_CREATE_TYPE_VALUES!r}"
    )
