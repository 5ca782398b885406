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

from ..models.search_field_name import SearchFieldName, check_search_field_name
from ..models.search_field_object_type import (
    SearchFieldObjectType,
    check_search_field_object_type,
)

T = TypeVar("T", bound="SearchRegularField")


@_attrs_define
class SearchRegularField:
    """A field the object carries. By object type: lead `name`, `display_name`,
    `description`, `url`, `status_id`, `created_by`, `updated_by`, `date_created`,
    `date_updated`, `addresses_count`, `contacts_count`, `opportunities_count`; contact
    `name`, `title`, `lead_id`, `created_by`, `updated_by`, `date_created`,
    `date_updated`, `emails_count`, `phones_count`, `urls_count`; opportunity `lead_id`,
    `contact_id`, `user_id`, `status_id`, `status_type`, `value`, `value_period`,
    `confidence`, `note`, `date_won`, `created_by`, `updated_by`, `date_created`,
    `date_updated`; custom_object `name`, `custom_object_type_id`, `lead_id`,
    `created_by`, `updated_by`, `date_created`, `date_updated`; contact_email `email`,
    `type`, `is_unsubscribed`; contact_phone `phone`, `type`; contact_url `url`, `type`;
    address `label`, `address_1`, `address_2`, `city`, `state`, `zipcode`, `country`.
    Another pair of object type and name is refused with a 400 naming it.

    """

    type_: Literal["regular_field"]
    object_type: SearchFieldObjectType
    """ The object a regular field sits on: a returned type or one of the sub-objects
    (`contact_email`, `contact_phone`, `contact_url`, `address`) reached through `has_related`.
     """
    field_name: SearchFieldName
    """ The name of a regular field (which names each object type has is listed on `SearchRegularField`). """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        object_type: str = self.object_type

        field_name: str = self.field_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "object_type": object_type,
                "field_name": field_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["regular_field"], d.pop("type"))
        if type_ != "regular_field":
            raise ValueError(f"type must match const 'regular_field', got '{type_}'")

        object_type = check_search_field_object_type(d.pop("object_type"))

        field_name = check_search_field_name(d.pop("field_name"))

        search_regular_field = cls(
            type_,
            object_type,
            field_name,
        )

        return search_regular_field
