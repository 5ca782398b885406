from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SmartViewUpdate")


@_attrs_define
class SmartViewUpdate(LazyModel):
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    s_query: (
        SearchAndNode
        | SearchFieldConditionNode
        | SearchHasRelatedNode
        | SearchIdNode
        | SearchObjectTypeNode
        | SearchOrNode
        | SearchTextNode
        | Unset
    ) = UNSET
    """ One node of a query tree, told apart by `type`. Every node may carry `negate: true`,
    which inverts it.
     """
    selected_fields: list[SmartViewColumn] | Unset = UNSET
    is_shared: bool | Unset = UNSET
    shared_with: list[str] | Unset = UNSET
    sharing_settings: SmartViewSharing | Unset = UNSET
    """ Who besides its owner sees a Smart View. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset = self.description

        s_query: dict[str, Any] | Unset
        if isinstance(self.s_query, Unset):
            s_query = UNSET
        elif (
            isinstance(self.s_query, SearchObjectTypeNode)
            or isinstance(self.s_query, SearchIdNode)
            or isinstance(self.s_query, SearchTextNode)
            or isinstance(self.s_query, SearchFieldConditionNode)
            or isinstance(self.s_query, SearchHasRelatedNode)
            or isinstance(self.s_query, SearchAndNode)
        ):
            s_query = self.s_query.to_dict()
        else:
            s_query = self.s_query.to_dict()

        selected_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_fields, Unset):
            selected_fields = []
            for selected_fields_item_data in self.selected_fields:
                selected_fields_item = selected_fields_item_data.to_dict()
                selected_fields.append(selected_fields_item)

        is_shared = self.is_shared

        shared_with: list[str] | Unset = UNSET
        if not isinstance(self.shared_with, Unset):
            shared_with = self.shared_with

        sharing_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharing_settings, Unset):
            sharing_settings = self.sharing_settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if s_query is not UNSET:
            field_dict["s_query"] = s_query
        if selected_fields is not UNSET:
            field_dict["selected_fields"] = selected_fields
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if shared_with is not UNSET:
            field_dict["shared_with"] = shared_with
        if sharing_settings is not UNSET:
            field_dict["sharing_settings"] = sharing_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        shared_with: list[str] | Unset = d.pop("shared_with", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "s_query": d.pop("s_query", UNSET),
            "selected_fields": d.pop("selected_fields", UNSET),
            "sharing_settings": d.pop("sharing_settings", UNSET),
        }
        _model.name = name
        _model.description = description
        _model.is_shared = is_shared
        _model.shared_with = shared_with
        return _model

        return _model


def _convert_s_query(
    _raw: Any,
) -> (
    SearchAndNode
    | SearchFieldConditionNode
    | SearchHasRelatedNode
    | SearchIdNode
    | SearchObjectTypeNode
    | SearchOrNode
    | SearchTextNode
    | Unset
):
    def _parse_s_query(
        data: object,
    ) -> (
        SearchAndNode
        | SearchFieldConditionNode
        | SearchHasRelatedNode
        | SearchIdNode
        | SearchObjectTypeNode
        | SearchOrNode
        | SearchTextNode
        | Unset
    ):
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_query_type_0 = SearchObjectTypeNode.from_dict(data)

            return componentsschemas_search_query_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_query_type_1 = SearchIdNode.from_dict(data)

            return componentsschemas_search_query_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_query_type_2 = SearchTextNode.from_dict(data)

            return componentsschemas_search_query_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_query_type_3 = SearchFieldConditionNode.from_dict(
                data
            )

            return componentsschemas_search_query_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_query_type_4 = SearchHasRelatedNode.from_dict(data)

            return componentsschemas_search_query_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_query_type_5 = SearchAndNode.from_dict(data)

            return componentsschemas_search_query_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_search_query_type_6 = SearchOrNode.from_dict(data)

        return componentsschemas_search_query_type_6

    s_query = _parse_s_query(_raw)

    return s_query


def _convert_selected_fields(_raw: Any) -> list[SmartViewColumn] | Unset:
    _selected_fields = _raw
    selected_fields: list[SmartViewColumn] | Unset = (
        UNSET
        if _selected_fields is UNSET
        else [SmartViewColumn.from_dict(item) for item in _selected_fields]
    )

    return selected_fields


def _convert_sharing_settings(_raw: Any) -> SmartViewSharing | Unset:
    _sharing_settings = _raw
    sharing_settings: SmartViewSharing | Unset
    if _sharing_settings is UNSET:
        sharing_settings = UNSET
    else:
        sharing_settings = SmartViewSharing.from_dict(_sharing_settings)

    return sharing_settings


lazy_fields(
    SmartViewUpdate,
    {
        "s_query": _convert_s_query,
        "selected_fields": _convert_selected_fields,
        "sharing_settings": _convert_sharing_settings,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.search_and_node import SearchAndNode
from ..models.search_field_condition_node import SearchFieldConditionNode
from ..models.search_has_related_node import SearchHasRelatedNode
from ..models.search_id_node import SearchIdNode
from ..models.search_object_type_node import SearchObjectTypeNode
from ..models.search_or_node import SearchOrNode
from ..models.search_text_node import SearchTextNode
from ..models.smart_view_column import SmartViewColumn
from ..models.smart_view_sharing import SmartViewSharing
