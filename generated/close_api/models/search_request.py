from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SearchRequest")


@_attrs_define
class SearchRequest(LazyModel):
    """An Advanced Filtering request (`POST /data/search/`)."""

    query: (
        SearchAndNode
        | SearchFieldConditionNode
        | SearchHasRelatedNode
        | SearchIdNode
        | SearchObjectTypeNode
        | SearchOrNode
        | SearchTextNode
    )
    """ One node of a query tree, told apart by `type`. Every node may carry `negate: true`,
    which inverts it.
     """
    fields: SearchFields | Unset = UNSET
    """ The properties each object type's hits carry, keyed by object type. """
    limit: int | Unset = UNSET
    """ Hits per page (at most 200; 100 when left out [unverified]). """
    cursor: None | str | Unset = UNSET
    """ The previous page's `cursor`; it expires 30 seconds after it was issued. """
    results_limit: int | None | Unset = UNSET
    """ Caps the number of hits over all pages; `0` with `include_counts` answers counts only. """
    include_counts: bool | Unset = UNSET
    """ Adds `count` (`total` matches, `limited` by `results_limit`). """
    sort: list[SearchSort] | Unset = UNSET
    """ Sort keys, most significant first; only number, date and text fields of the returned object. """

    def to_dict(self) -> dict[str, Any]:
        query: dict[str, Any]
        if (
            isinstance(self.query, SearchObjectTypeNode)
            or isinstance(self.query, SearchIdNode)
            or isinstance(self.query, SearchTextNode)
            or isinstance(self.query, SearchFieldConditionNode)
            or isinstance(self.query, SearchHasRelatedNode)
            or isinstance(self.query, SearchAndNode)
        ):
            query = self.query.to_dict()
        else:
            query = self.query.to_dict()

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        limit = self.limit

        cursor: None | str | Unset = self.cursor

        results_limit: int | None | Unset = self.results_limit

        include_counts = self.include_counts

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
            }
        )
        if fields is not UNSET:
            field_dict["_fields"] = fields
        if limit is not UNSET:
            field_dict["_limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if results_limit is not UNSET:
            field_dict["results_limit"] = results_limit
        if include_counts is not UNSET:
            field_dict["include_counts"] = include_counts
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit = d.pop("_limit", UNSET)

        cursor: None | str | Unset = d.pop("cursor", UNSET)

        results_limit: int | None | Unset = d.pop("results_limit", UNSET)

        include_counts = d.pop("include_counts", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "query": d.pop("query"),
            "fields": d.pop("_fields", UNSET),
            "sort": d.pop("sort", UNSET),
        }
        _model.limit = limit
        _model.cursor = cursor
        _model.results_limit = results_limit
        _model.include_counts = include_counts
        return _model

        return _model


def _convert_query(
    _raw: Any,
) -> (
    SearchAndNode
    | SearchFieldConditionNode
    | SearchHasRelatedNode
    | SearchIdNode
    | SearchObjectTypeNode
    | SearchOrNode
    | SearchTextNode
):
    def _parse_query(
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

    query = _parse_query(_raw)

    return query


def _convert_fields(_raw: Any) -> SearchFields | Unset:
    _fields = _raw
    fields: SearchFields | Unset
    if _fields is UNSET:
        fields = UNSET
    else:
        fields = SearchFields.from_dict(_fields)

    return fields


def _convert_sort(_raw: Any) -> list[SearchSort] | Unset:
    _sort = _raw
    sort: list[SearchSort] | Unset = (
        UNSET if _sort is UNSET else [SearchSort.from_dict(item) for item in _sort]
    )

    return sort


lazy_fields(
    SearchRequest,
    {
        "query": _convert_query,
        "fields": _convert_fields,
        "sort": _convert_sort,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.search_and_node import SearchAndNode
from ..models.search_field_condition_node import SearchFieldConditionNode
from ..models.search_fields import SearchFields
from ..models.search_has_related_node import SearchHasRelatedNode
from ..models.search_id_node import SearchIdNode
from ..models.search_object_type_node import SearchObjectTypeNode
from ..models.search_or_node import SearchOrNode
from ..models.search_sort import SearchSort
from ..models.search_text_node import SearchTextNode
