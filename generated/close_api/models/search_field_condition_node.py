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

T = TypeVar("T", bound="SearchFieldConditionNode")


@_attrs_define
class SearchFieldConditionNode(LazyModel):
    """Tests one field of the object (a field of another object type never matches)."""

    type_: Literal["field_condition"]
    field: SearchCustomField | SearchRegularField
    """ A regular field of an object type, or a custom field by id. """
    condition: (
        SearchBooleanCondition
        | SearchCurrentUserCondition
        | SearchExistsCondition
        | SearchMomentRangeCondition
        | SearchNumberRangeCondition
        | SearchReferenceCondition
        | SearchTermCondition
        | SearchTextCondition
    )
    """ What a field must satisfy, told apart by `type`. Which conditions fit which fields:
    `text` text fields; `term` text, choice, number and id fields (any of `values`);
    `number_range` numbers; `moment_range` dates; `reference` and `current_user` user and
    other id fields; `boolean` yes/no fields; `exists` any field. A condition that does
    not fit the field is refused with a 400 naming both.
     """
    negate: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field: dict[str, Any]
        if isinstance(self.field, SearchRegularField):
            field = self.field.to_dict()
        else:
            field = self.field.to_dict()

        condition: dict[str, Any]
        if (
            isinstance(self.condition, SearchBooleanCondition)
            or isinstance(self.condition, SearchCurrentUserCondition)
            or isinstance(self.condition, SearchExistsCondition)
            or isinstance(self.condition, SearchTextCondition)
            or isinstance(self.condition, SearchTermCondition)
            or isinstance(self.condition, SearchReferenceCondition)
            or isinstance(self.condition, SearchNumberRangeCondition)
        ):
            condition = self.condition.to_dict()
        else:
            condition = self.condition.to_dict()

        negate = self.negate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "field": field,
                "condition": condition,
            }
        )
        if negate is not UNSET:
            field_dict["negate"] = negate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["field_condition"], d.pop("type"))
        if type_ != "field_condition":
            raise ValueError(f"type must match const 'field_condition', got '{type_}'")

        negate = d.pop("negate", UNSET)

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "field": d.pop("field"),
            "condition": d.pop("condition"),
        }
        _model.type_ = type_
        _model.negate = negate
        return _model

        return _model


def _convert_field(_raw: Any) -> SearchCustomField | SearchRegularField:
    def _parse_field(data: object) -> SearchCustomField | SearchRegularField:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_field_type_0 = SearchRegularField.from_dict(data)

            return componentsschemas_search_field_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_search_field_type_1 = SearchCustomField.from_dict(data)

        return componentsschemas_search_field_type_1

    field = _parse_field(_raw)

    return field


def _convert_condition(
    _raw: Any,
) -> (
    SearchBooleanCondition
    | SearchCurrentUserCondition
    | SearchExistsCondition
    | SearchMomentRangeCondition
    | SearchNumberRangeCondition
    | SearchReferenceCondition
    | SearchTermCondition
    | SearchTextCondition
):
    def _parse_condition(
        data: object,
    ) -> (
        SearchBooleanCondition
        | SearchCurrentUserCondition
        | SearchExistsCondition
        | SearchMomentRangeCondition
        | SearchNumberRangeCondition
        | SearchReferenceCondition
        | SearchTermCondition
        | SearchTextCondition
    ):
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_condition_type_0 = (
                SearchBooleanCondition.from_dict(data)
            )

            return componentsschemas_search_condition_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_condition_type_1 = (
                SearchCurrentUserCondition.from_dict(data)
            )

            return componentsschemas_search_condition_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_condition_type_2 = SearchExistsCondition.from_dict(
                data
            )

            return componentsschemas_search_condition_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_condition_type_3 = SearchTextCondition.from_dict(
                data
            )

            return componentsschemas_search_condition_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_condition_type_4 = SearchTermCondition.from_dict(
                data
            )

            return componentsschemas_search_condition_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_condition_type_5 = (
                SearchReferenceCondition.from_dict(data)
            )

            return componentsschemas_search_condition_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_condition_type_6 = (
                SearchNumberRangeCondition.from_dict(data)
            )

            return componentsschemas_search_condition_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_search_condition_type_7 = (
            SearchMomentRangeCondition.from_dict(data)
        )

        return componentsschemas_search_condition_type_7

    condition = _parse_condition(_raw)

    return condition


lazy_fields(
    SearchFieldConditionNode,
    {
        "field": _convert_field,
        "condition": _convert_condition,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.search_boolean_condition import SearchBooleanCondition
from ..models.search_current_user_condition import SearchCurrentUserCondition
from ..models.search_custom_field import SearchCustomField
from ..models.search_exists_condition import SearchExistsCondition
from ..models.search_moment_range_condition import SearchMomentRangeCondition
from ..models.search_number_range_condition import SearchNumberRangeCondition
from ..models.search_reference_condition import SearchReferenceCondition
from ..models.search_regular_field import SearchRegularField
from ..models.search_term_condition import SearchTermCondition
from ..models.search_text_condition import SearchTextCondition
