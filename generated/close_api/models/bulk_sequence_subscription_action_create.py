from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.bulk_sequence_subscription_action_create_action_type import (
    BulkSequenceSubscriptionActionCreateActionType,
    check_bulk_sequence_subscription_action_create_action_type,
)
from ..models.bulk_sequence_subscription_action_create_contact_preference import (
    BulkSequenceSubscriptionActionCreateContactPreference,
    check_bulk_sequence_subscription_action_create_contact_preference,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="BulkSequenceSubscriptionActionCreate")


@_attrs_define
class BulkSequenceSubscriptionActionCreate(LazyModel):
    action_type: BulkSequenceSubscriptionActionCreateActionType
    sequence_id: str | Unset = UNSET
    sender_account_id: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    sender_email: str | Unset = UNSET
    contact_preference: (
        BulkSequenceSubscriptionActionCreateContactPreference | Unset
    ) = UNSET
    calls_assigned_to: list[str] | Unset = UNSET
    from_phone_number_id: str | Unset = UNSET
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
        action_type: str = self.action_type

        sequence_id = self.sequence_id

        sender_account_id = self.sender_account_id

        sender_name = self.sender_name

        sender_email = self.sender_email

        contact_preference: str | Unset = UNSET
        if not isinstance(self.contact_preference, Unset):
            contact_preference = self.contact_preference

        calls_assigned_to: list[str] | Unset = UNSET
        if not isinstance(self.calls_assigned_to, Unset):
            calls_assigned_to = self.calls_assigned_to

        from_phone_number_id = self.from_phone_number_id

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

        field_dict.update(
            {
                "action_type": action_type,
            }
        )
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if sender_account_id is not UNSET:
            field_dict["sender_account_id"] = sender_account_id
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email
        if contact_preference is not UNSET:
            field_dict["contact_preference"] = contact_preference
        if calls_assigned_to is not UNSET:
            field_dict["calls_assigned_to"] = calls_assigned_to
        if from_phone_number_id is not UNSET:
            field_dict["from_phone_number_id"] = from_phone_number_id
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
        action_type = check_bulk_sequence_subscription_action_create_action_type(
            d.pop("action_type")
        )

        sequence_id = d.pop("sequence_id", UNSET)

        sender_account_id = d.pop("sender_account_id", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        sender_email = d.pop("sender_email", UNSET)

        _contact_preference = d.pop("contact_preference", UNSET)
        contact_preference: (
            BulkSequenceSubscriptionActionCreateContactPreference | Unset
        )
        if _contact_preference is UNSET:
            contact_preference = UNSET
        else:
            contact_preference = (
                check_bulk_sequence_subscription_action_create_contact_preference(
                    _contact_preference
                )
            )

        calls_assigned_to: list[str] | Unset = d.pop("calls_assigned_to", UNSET)

        from_phone_number_id = d.pop("from_phone_number_id", UNSET)

        results_limit = d.pop("results_limit", UNSET)

        send_done_email = d.pop("send_done_email", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "s_query": d.pop("s_query", UNSET),
            "sort": d.pop("sort", UNSET),
        }
        _model.action_type = action_type
        _model.sequence_id = sequence_id
        _model.sender_account_id = sender_account_id
        _model.sender_name = sender_name
        _model.sender_email = sender_email
        _model.contact_preference = contact_preference
        _model.calls_assigned_to = calls_assigned_to
        _model.from_phone_number_id = from_phone_number_id
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
    BulkSequenceSubscriptionActionCreate,
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
