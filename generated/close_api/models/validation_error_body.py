from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="ValidationErrorBody")


@_attrs_define
class ValidationErrorBody(LazyModel):
    """A validation failure, e.g.
    `{"errors": [], "field-errors": {"lead": "This field is required."}}`. Note the hyphen
    in `field-errors`: that is the key Close uses.

    """

    errors: list[str]
    """ Messages that are not about one field (often empty). """
    field_errors: ValidationErrorBodyFieldErrors
    """ One entry per failing field, keyed by the field's name as sent (custom field values
    by their full key, e.g. `custom.cf_…`). A value is either a message string, or,
    for a list or nested object, an object `{"errors": {"<index>": {"errors": [...],
    "field-errors": {...}}}}` holding one nested validation body per failing element.
    Because the value can be a string or an object, entries are not typed further.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors

        field_errors = self.field_errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "field-errors": field_errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        errors: list[str] = d.pop("errors")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "field_errors": d.pop("field-errors"),
        }
        _model.errors = errors

        _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _convert_field_errors(_raw: Any) -> ValidationErrorBodyFieldErrors:
    field_errors = ValidationErrorBodyFieldErrors.from_dict(_raw)

    return field_errors


lazy_fields(
    ValidationErrorBody,
    {
        "field_errors": _convert_field_errors,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.validation_error_body_field_errors import ValidationErrorBodyFieldErrors
