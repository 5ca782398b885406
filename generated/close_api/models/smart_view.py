from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SmartView")


@_attrs_define
class SmartView(LazyModel):
    """A saved Advanced Filtering query (a Smart View)."""

    id: str | Unset = UNSET
    """ Smart View id (`save_` prefix). """
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    """ `lead`, `contact`, `opportunity`, or an activity type. """
    s_query: (
        None
        | SearchAndNode
        | SearchFieldConditionNode
        | SearchHasRelatedNode
        | SearchIdNode
        | SearchObjectTypeNode
        | SearchOrNode
        | SearchTextNode
        | Unset
    ) = UNSET
    """ The Advanced Filtering tree, or null for a view kept as a legacy text `query`. """
    query: None | str | Unset = UNSET
    """ The deprecated text query """
    selected_fields: list[SmartViewColumn] | None | Unset = UNSET
    is_shared: bool | Unset = UNSET
    shared_with: list[str] | None | Unset = UNSET
    """ Membership ids the view is shared with (legacy form of `sharing_settings`). """
    sharing_settings: None | SmartViewSharingSettings | Unset = UNSET
    is_user_dependent: bool | None | Unset = UNSET
    """ Whether the results depend on who looks (the query uses `current_user`). """
    organization_id: str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    """ The owner. """
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset = self.description

        type_ = self.type_

        s_query: dict[str, Any] | None | Unset
        if isinstance(self.s_query, Unset):
            s_query = UNSET
        elif (
            isinstance(self.s_query, SearchObjectTypeNode)
            or isinstance(self.s_query, SearchIdNode)
            or isinstance(self.s_query, SearchTextNode)
            or isinstance(self.s_query, SearchFieldConditionNode)
            or isinstance(self.s_query, SearchHasRelatedNode)
            or isinstance(self.s_query, SearchAndNode)
            or isinstance(self.s_query, SearchOrNode)
        ):
            s_query = self.s_query.to_dict()
        else:
            s_query = self.s_query

        query: None | str | Unset = self.query

        selected_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.selected_fields, Unset):
            selected_fields = UNSET
        elif isinstance(self.selected_fields, list):
            selected_fields = []
            for selected_fields_type_0_item_data in self.selected_fields:
                selected_fields_type_0_item = selected_fields_type_0_item_data.to_dict()
                selected_fields.append(selected_fields_type_0_item)

        else:
            selected_fields = self.selected_fields

        is_shared = self.is_shared

        shared_with: list[str] | None | Unset
        if isinstance(self.shared_with, Unset):
            shared_with = UNSET
        elif isinstance(self.shared_with, list):
            shared_with = self.shared_with

        else:
            shared_with = self.shared_with

        sharing_settings: dict[str, Any] | None | Unset
        if isinstance(self.sharing_settings, Unset):
            sharing_settings = UNSET
        elif isinstance(self.sharing_settings, SmartViewSharingSettings):
            sharing_settings = self.sharing_settings.to_dict()
        else:
            sharing_settings = self.sharing_settings

        is_user_dependent: bool | None | Unset = self.is_user_dependent

        organization_id = self.organization_id

        user_id: None | str | Unset = self.user_id

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if s_query is not UNSET:
            field_dict["s_query"] = s_query
        if query is not UNSET:
            field_dict["query"] = query
        if selected_fields is not UNSET:
            field_dict["selected_fields"] = selected_fields
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if shared_with is not UNSET:
            field_dict["shared_with"] = shared_with
        if sharing_settings is not UNSET:
            field_dict["sharing_settings"] = sharing_settings
        if is_user_dependent is not UNSET:
            field_dict["is_user_dependent"] = is_user_dependent
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        query: None | str | Unset = d.pop("query", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        def _parse_shared_with(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shared_with_type_0: list[str] = data

                return shared_with_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        shared_with = _parse_shared_with(d.pop("shared_with", UNSET))

        is_user_dependent: bool | None | Unset = d.pop("is_user_dependent", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "s_query": d.pop("s_query", UNSET),
            "selected_fields": d.pop("selected_fields", UNSET),
            "sharing_settings": d.pop("sharing_settings", UNSET),
            "date_created": d.pop("date_created", UNSET),
            "date_updated": d.pop("date_updated", UNSET),
        }
        _model.id = id
        _model.name = name
        _model.description = description
        _model.type_ = type_
        _model.query = query
        _model.is_shared = is_shared
        _model.shared_with = shared_with
        _model.is_user_dependent = is_user_dependent
        _model.organization_id = organization_id
        _model.user_id = user_id
        return _model

        return _model


def _convert_s_query(
    _raw: Any,
) -> (
    None
    | SearchAndNode
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
        None
        | SearchAndNode
        | SearchFieldConditionNode
        | SearchHasRelatedNode
        | SearchIdNode
        | SearchObjectTypeNode
        | SearchOrNode
        | SearchTextNode
        | Unset
    ):
        if data is None:
            return data
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
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_query_type_6 = SearchOrNode.from_dict(data)

            return componentsschemas_search_query_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(
            None
            | SearchAndNode
            | SearchFieldConditionNode
            | SearchHasRelatedNode
            | SearchIdNode
            | SearchObjectTypeNode
            | SearchOrNode
            | SearchTextNode
            | Unset,
            data,
        )

    s_query = _parse_s_query(_raw)

    return s_query


def _convert_selected_fields(_raw: Any) -> list[SmartViewColumn] | None | Unset:
    def _parse_selected_fields(data: object) -> list[SmartViewColumn] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            selected_fields_type_0 = [SmartViewColumn.from_dict(item) for item in data]

            return selected_fields_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[SmartViewColumn] | None | Unset, data)

    selected_fields = _parse_selected_fields(_raw)

    return selected_fields


def _convert_sharing_settings(_raw: Any) -> None | SmartViewSharingSettings | Unset:
    def _parse_sharing_settings(
        data: object,
    ) -> None | SmartViewSharingSettings | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            sharing_settings_type_0 = SmartViewSharingSettings.from_dict(data)

            return sharing_settings_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | SmartViewSharingSettings | Unset, data)

    sharing_settings = _parse_sharing_settings(_raw)

    return sharing_settings


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
    SmartView,
    {
        "s_query": _convert_s_query,
        "selected_fields": _convert_selected_fields,
        "sharing_settings": _convert_sharing_settings,
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
from ..models.search_text_node import SearchTextNode
from ..models.smart_view_column import SmartViewColumn
from ..models.smart_view_sharing_settings import SmartViewSharingSettings
