from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="BulkEmailAction")


@_attrs_define
class BulkEmailAction(LazyModel):
    """A bulk email and where it stands."""

    id: str | Unset = UNSET
    """ Bulk action id (`bulk_` prefix [unverified]). """
    query: None | str | Unset = UNSET
    """ Close's legacy text query; the emulator selects by `s_query` only, so always null. """
    template_id: None | str | Unset = UNSET
    contact_preference: None | str | Unset = UNSET
    email_account_id: None | str | Unset = UNSET
    sender: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ `created`, `processing`, `paused`, `resuming`, `done`, `error` (a step hit a bug of the emulator; Close also
    has `loading`). """
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
    results_limit: int | None | Unset = UNSET
    sort: list[SearchSort] | Unset = UNSET
    send_done_email: bool | Unset = UNSET
    n_objects: int | Unset = UNSET
    n_objects_processed: int | Unset = UNSET
    n_leads: int | Unset = UNSET
    n_leads_processed: int | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        query: None | str | Unset = self.query

        template_id: None | str | Unset = self.template_id

        contact_preference: None | str | Unset = self.contact_preference

        email_account_id: None | str | Unset = self.email_account_id

        sender: None | str | Unset = self.sender

        status = self.status

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

        results_limit: int | None | Unset = self.results_limit

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        send_done_email = self.send_done_email

        n_objects = self.n_objects

        n_objects_processed = self.n_objects_processed

        n_leads = self.n_leads

        n_leads_processed = self.n_leads_processed

        organization_id = self.organization_id

        created_by: None | str | Unset = self.created_by

        updated_by: None | str | Unset = self.updated_by

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if query is not UNSET:
            field_dict["query"] = query
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if contact_preference is not UNSET:
            field_dict["contact_preference"] = contact_preference
        if email_account_id is not UNSET:
            field_dict["email_account_id"] = email_account_id
        if sender is not UNSET:
            field_dict["sender"] = sender
        if status is not UNSET:
            field_dict["status"] = status
        if s_query is not UNSET:
            field_dict["s_query"] = s_query
        if results_limit is not UNSET:
            field_dict["results_limit"] = results_limit
        if sort is not UNSET:
            field_dict["sort"] = sort
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email
        if n_objects is not UNSET:
            field_dict["n_objects"] = n_objects
        if n_objects_processed is not UNSET:
            field_dict["n_objects_processed"] = n_objects_processed
        if n_leads is not UNSET:
            field_dict["n_leads"] = n_leads
        if n_leads_processed is not UNSET:
            field_dict["n_leads_processed"] = n_leads_processed
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        query: None | str | Unset = d.pop("query", UNSET)

        template_id: None | str | Unset = d.pop("template_id", UNSET)

        contact_preference: None | str | Unset = d.pop("contact_preference", UNSET)

        email_account_id: None | str | Unset = d.pop("email_account_id", UNSET)

        sender: None | str | Unset = d.pop("sender", UNSET)

        status = d.pop("status", UNSET)

        results_limit: int | None | Unset = d.pop("results_limit", UNSET)

        send_done_email = d.pop("send_done_email", UNSET)

        n_objects = d.pop("n_objects", UNSET)

        n_objects_processed = d.pop("n_objects_processed", UNSET)

        n_leads = d.pop("n_leads", UNSET)

        n_leads_processed = d.pop("n_leads_processed", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "s_query": d.pop("s_query", UNSET),
            "sort": d.pop("sort", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.query = query
        _model.template_id = template_id
        _model.contact_preference = contact_preference
        _model.email_account_id = email_account_id
        _model.sender = sender
        _model.status = status
        _model.results_limit = results_limit
        _model.send_done_email = send_done_email
        _model.n_objects = n_objects
        _model.n_objects_processed = n_objects_processed
        _model.n_leads = n_leads
        _model.n_leads_processed = n_leads_processed
        _model.organization_id = organization_id
        _model.created_by = created_by
        _model.updated_by = updated_by
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


def _convert_date_created(_raw: Any) -> datetime.datetime | Unset:
    _date_created = _raw
    date_created: datetime.datetime | Unset
    if _date_created is UNSET:
        date_created = UNSET
    else:
        date_created = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_created)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_created


def _convert_date_updated(_raw: Any) -> datetime.datetime | Unset:
    _date_updated = _raw
    date_updated: datetime.datetime | Unset
    if _date_updated is UNSET:
        date_updated = UNSET
    else:
        date_updated = (
            _moment
            if (_moment := datetime.datetime.fromisoformat(_date_updated)).tzinfo
            is not None
            else _moment.replace(tzinfo=datetime.UTC)
        )

    return date_updated


lazy_fields(
    BulkEmailAction,
    {
        "s_query": _convert_s_query,
        "sort": _convert_sort,
        "date_created": _convert_date_created,
        "date_updated": _convert_date_updated,
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
