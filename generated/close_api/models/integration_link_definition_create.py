from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.integration_link_definition_create_type import (
    IntegrationLinkDefinitionCreateType,
    check_integration_link_definition_create_type,
)

T = TypeVar("T", bound="IntegrationLinkDefinitionCreate")


@_attrs_define
class IntegrationLinkDefinitionCreate:
    name: str
    url: str
    type_: IntegrationLinkDefinitionCreateType

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "url": url,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

        type_ = check_integration_link_definition_create_type(d.pop("type"))

        integration_link_definition_create = cls(
            name,
            url,
            type_,
        )

        return integration_link_definition_create
