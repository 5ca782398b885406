from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FormField")


@_attrs_define
class FormField:
    id: str
    """ Field id (`formfld_` prefix): the key of its value in a submission's `values`. """
    name: str
    """ The label, and the key of its value in `values_by_name`. """
    type_: str
    """ E.g. `text`, `email`, `textarea` [unverified]. """
    required: bool

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "required": required,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        required = d.pop("required")

        form_field = cls(
            id,
            name,
            type_,
            required,
        )

        return form_field
