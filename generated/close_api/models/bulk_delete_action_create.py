from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.bulk_delete_action_create_bulk_object_type import (
    BulkDeleteActionCreateBulkObjectType,
    check_bulk_delete_action_create_bulk_object_type,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="BulkDeleteActionCreate")


@_attrs_define
class BulkDeleteActionCreate(LazyModel):
    bulk_object_type: BulkDeleteActionCreateBulkObjectType | Unset = UNSET
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
    results_limit: int | Unset = UNSET
    sort: list[SearchSort] | Unset = UNSET
    send_done_email: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bulk_object_type: str | Unset = UNSET
        if not isinstance(self.bulk_object_type, Unset):
            bulk_object_type = self.bulk_object_type

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

        results_limit = self.results_limit

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        send_done_email = self.send_done_email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bulk_object_type is not UNSET:
            field_dict["bulk_object_type"] = bulk_object_type
        if s_query is not UNSET:
            field_dict["s_query"] = s_query
        if results_limit is not UNSET:
            field_dict["results_limit"] = results_limit
        if sort is not UNSET:
            field_dict["sort"] = sort
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _bulk_object_type = d.pop("bulk_object_type", UNSET)
        bulk_object_type: BulkDeleteActionCreateBulkObjectType | Unset
        if _bulk_object_type is UNSET:
            bulk_object_type = UNSET
        else:
            bulk_object_type = check_bulk_delete_action_create_bulk_object_type(
                _bulk_object_type
            )

        results_limit = d.pop("results_limit", UNSET)

        send_done_email = d.pop("send_done_email", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "s_query": d.pop("s_query", UNSET),
            "sort": d.pop("sort", UNSET),
        }
        _model.bulk_object_type = bulk_object_type
        _model.results_limit = results_limit
        _model.send_done_email = send_done_email
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


def _convert_sort(_raw: Any) -> list[SearchSort] | Unset:
    _sort = _raw
    sort: list[SearchSort] | Unset = (
        UNSET if _sort is UNSET else [SearchSort.from_dict(item) for item in _sort]
    )

    return sort


lazy_fields(
    BulkDeleteActionCreate,
    {
        "s_query": _convert_s_query,
        "sort": _convert_sort,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.search_and_node import SearchAndNode
from ..models.search_field_condition_node import SearchFieldConditionNode
from ..models.search_has_related_node import SearchHasRelatedNode
from ..models.search_id_node import SearchIdNode
from ..models.search_object_type_node import SearchObjectTypeNode
from ..models.search_or_node import SearchOrNode
from ..models.search_sort import SearchSort
from ..models.search_text_node import SearchTextNode
