from typing import Literal

FieldEnrichmentObjectType = Literal["contact", "lead"]

FIELD_ENRICHMENT_OBJECT_TYPE_VALUES: set[FieldEnrichmentObjectType] = {
    "contact",
    "lead",
}


def check_field_enrichment_object_type(value: str) -> FieldEnrichmentObjectType:
    if value in FIELD_ENRICHMENT_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIELD_ENRICHMENT_OBJECT_TYPE_VALUES!r}"
    )
