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

from ..models.search_field_object_type import (
    SearchFieldObjectType,
    check_search_field_object_type,
)
from ..types import UNSET, LazyModel, Unset, lazy_fields

T = TypeVar("T", bound="SearchHasRelatedNode")


@_attrs_define
class SearchHasRelatedNode(LazyModel):
    """Matches objects with at least one related object matching `related_query`: a lead's
    contacts, opportunities, custom objects and addresses; the lead of a contact,
    opportunity or custom object; a contact's emails, phones and urls.

    """

    type_: Literal["has_related"]
    this_object_type: SearchFieldObjectType
    """ The object a regular field sits on: a returned type or one of the sub-objects
    (`contact_email`, `contact_phone`, `contact_url`, `address`) reached through `has_related`.
     """
    related_object_type: SearchFieldObjectType
    """ The object a regular field sits on: a returned type or one of the sub-objects
    (`contact_email`, `contact_phone`, `contact_url`, `address`) reached through `has_related`.
     """
    related_query: (
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
    negate: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        this_object_type: str = self.this_object_type

        related_object_type: str = self.related_object_type

        related_query: dict[str, Any]
        if (
            isinstance(self.related_query, SearchObjectTypeNode)
            or isinstance(self.related_query, SearchIdNode)
            or isinstance(self.related_query, SearchTextNode)
            or isinstance(self.related_query, SearchFieldConditionNode)
            or isinstance(self.related_query, SearchHasRelatedNode)
            or isinstance(self.related_query, SearchAndNode)
        ):
            related_query = self.related_query.to_dict()
        else:
            related_query = self.related_query.to_dict()

        negate = self.negate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "this_object_type": this_object_type,
                "related_object_type": related_object_type,
                "related_query": related_query,
            }
        )
        if negate is not UNSET:
            field_dict["negate"] = negate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["has_related"], d.pop("type"))
        if type_ != "has_related":
            raise ValueError(f"type must match const 'has_related', got '{type_}'")

        this_object_type = check_search_field_object_type(d.pop("this_object_type"))

        related_object_type = check_search_field_object_type(
            d.pop("related_object_type")
        )

        negate = d.pop("negate", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "related_query": d.pop("related_query"),
        }
        _model.type_ = type_
        _model.this_object_type = this_object_type
        _model.related_object_type = related_object_type
        _model.negate = negate
        return _model

        return _model


def _convert_related_query(
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
    def _parse_related_query(
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

    related_query = _parse_related_query(_raw)

    return related_query


lazy_fields(
    SearchHasRelatedNode,
    {
        "related_query": _convert_related_query,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.search_and_node import SearchAndNode
from ..models.search_field_condition_node import SearchFieldConditionNode
from ..models.search_id_node import SearchIdNode
from ..models.search_object_type_node import SearchObjectTypeNode
from ..models.search_or_node import SearchOrNode
from ..models.search_text_node import SearchTextNode
