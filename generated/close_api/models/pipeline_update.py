from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="PipelineUpdate")


@_attrs_define
class PipelineUpdate(LazyModel):
    name: str | Unset = UNSET
    statuses: list[StatusReference] | Unset = UNSET
    """ The pipeline's statuses in their new order; a status of another pipeline listed here moves into this one.
    """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.to_dict()
                statuses.append(statuses_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "statuses": d.pop("statuses", UNSET),
        }
        _model.name = name
        return _model

        return _model


def _convert_statuses(_raw: Any) -> list[StatusReference] | Unset:
    _statuses = _raw
    statuses: list[StatusReference] | Unset = (
        UNSET
        if _statuses is UNSET
        else [StatusReference.from_dict(item) for item in _statuses]
    )

    return statuses


lazy_fields(
    PipelineUpdate,
    {
        "statuses": _convert_statuses,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.status_reference import StatusReference
