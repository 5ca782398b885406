from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.integration_link_definition_update_type_type_0 import (
    IntegrationLinkDefinitionUpdateTypeType0,
    check_integration_link_definition_update_type_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationLinkDefinitionUpdate")


@_attrs_define
class IntegrationLinkDefinitionUpdate:
    name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    type_: IntegrationLinkDefinitionUpdateTypeType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset = self.name

        url: None | str | Unset = self.url

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        def _parse_type_(
            data: object,
        ) -> IntegrationLinkDefinitionUpdateTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_integration_link_definition_update_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntegrationLinkDefinitionUpdateTypeType0 | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        integration_link_definition_update = cls(
            name,
            url,
            type_,
        )

        return integration_link_definition_update
