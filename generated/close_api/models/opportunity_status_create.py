from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.opportunity_status_create_type import (
    OpportunityStatusCreateType,
    check_opportunity_status_create_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityStatusCreate")


@_attrs_define
class OpportunityStatusCreate:
    label: str
    type_: OpportunityStatusCreateType
    pipeline_id: str | Unset = UNSET
    """ The pipeline the status belongs to. """

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        type_: str = self.type_

        pipeline_id = self.pipeline_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "type": type_,
            }
        )
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        type_ = check_opportunity_status_create_type(d.pop("type"))

        pipeline_id = d.pop("pipeline_id", UNSET)

        opportunity_status_create = cls(
            label,
            type_,
            pipeline_id,
        )

        return opportunity_status_create
