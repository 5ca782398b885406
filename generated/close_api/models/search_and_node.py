from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SearchAndNode")


@_attrs_define
class SearchAndNode(LazyModel):
    """Matches when every query matches (an empty list matches everything)."""

    type_: Literal["and"]
    queries: list[
        SearchAndNode
        | SearchFieldConditionNode
        | SearchHasRelatedNode
        | SearchIdNode
        | SearchObjectTypeNode
        | SearchOrNode
        | SearchTextNode
    ]
    negate: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        queries = []
        for queries_item_data in self.queries:
            queries_item: dict[str, Any]
            if (
                isinstance(queries_item_data, SearchObjectTypeNode)
                or isinstance(queries_item_data, SearchIdNode)
                or isinstance(queries_item_data, SearchTextNode)
                or isinstance(queries_item_data, SearchFieldConditionNode)
                or isinstance(queries_item_data, SearchHasRelatedNode)
                or isinstance(queries_item_data, SearchAndNode)
            ):
                queries_item = queries_item_data.to_dict()
            else:
                queries_item = queries_item_data.to_dict()

            queries.append(queries_item)

        negate = self.negate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "queries": queries,
            }
        )
        if negate is not UNSET:
            field_dict["negate"] = negate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["and"], d.pop("type"))
        if type_ != "and":
            raise ValueError(f"type must match const 'and', got '{type_}'")

        negate = d.pop("negate", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "queries": d.pop("queries"),
        }
        _model.type_ = type_
        _model.negate = negate
        return _model

        return _model


def _convert_queries(
    _raw: Any,
) -> list[
    SearchAndNode
    | SearchFieldConditionNode
    | SearchHasRelatedNode
    | SearchIdNode
    | SearchObjectTypeNode
    | SearchOrNode
    | SearchTextNode
]:
    queries = []
    _queries = _raw
    for queries_item_data in _queries:

        def _parse_queries_item(
            data: object,
        ) -> (
            SearchAndNode
            | SearchFieldConditionNode
            | SearchHasRelatedNode
            | SearchIdNode
            | SearchObjectTypeNode
            | SearchOrNode
            | SearchTextNode
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_query_type_0 = SearchObjectTypeNode.from_dict(
                    data
                )

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
                componentsschemas_search_query_type_3 = (
                    SearchFieldConditionNode.from_dict(data)
                )

                return componentsschemas_search_query_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_query_type_4 = SearchHasRelatedNode.from_dict(
                    data
                )

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

        queries_item = _parse_queries_item(queries_item_data)

        queries.append(queries_item)

    return queries


lazy_fields(
    SearchAndNode,
    {
        "queries": _convert_queries,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.search_field_condition_node import SearchFieldConditionNode
from ..models.search_has_related_node import SearchHasRelatedNode
from ..models.search_id_node import SearchIdNode
from ..models.search_object_type_node import SearchObjectTypeNode
from ..models.search_or_node import SearchOrNode
from ..models.search_text_node import SearchTextNode
