from typing import Literal

IntegrationLinkDefinitionUpdateTypeType0 = Literal["contact", "lead", "opportunity"]

INTEGRATION_LINK_DEFINITION_UPDATE_TYPE_TYPE_0_VALUES: set[
    IntegrationLinkDefinitionUpdateTypeType0
] = {
    "contact",
    "lead",
    "opportunity",
}


def check_integration_link_definition_update_type_type_0(
    value: str,
) -> IntegrationLinkDefinitionUpdateTypeType0:
    if value in INTEGRATION_LINK_DEFINITION_UPDATE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTEGRATION_LINK_DEFINITION_UPDATE_TYPE_TYPE_0_VALUES!r}"
    )
