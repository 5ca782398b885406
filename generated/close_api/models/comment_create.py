from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CommentCreate")


@_attrs_define
class CommentCreate:
    """A comment on an object; both properties are required."""

    object_id: str
    """ The id of an object that takes comments (a lead, an opportunity or an activity). """
    body: str
    """ Rich text, e.g. `<body><p>Looks good</p></body>`. """

    def to_dict(self) -> dict[str, Any]:
        object_id: str = self.object_id

        body = self.body

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "object_id": object_id,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_id: str = d.pop("object_id")

        body = d.pop("body")

        comment_create = cls(
            object_id,
            body,
        )

        return comment_create
