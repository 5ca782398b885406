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

from ..models.search_text_mode import SearchTextMode, check_search_text_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchTextNode")


@_attrs_define
class SearchTextNode:
    """Full-text search over the object's text fields."""

    type_: Literal["text"]
    value: str
    mode: SearchTextMode | Unset = UNSET
    """ `full_words`: every word, anywhere (the default); `phrase`: the words adjacent, in order. """
    negate: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        negate = self.negate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if negate is not UNSET:
            field_dict["negate"] = negate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        value = d.pop("value")

        _mode = d.pop("mode", UNSET)
        mode: SearchTextMode | Unset
        if _mode is UNSET:
            mode = UNSET
        else:
            mode = check_search_text_mode(_mode)

        negate = d.pop("negate", UNSET)

        search_text_node = cls(
            type_,
            value,
            mode,
            negate,
        )

        return search_text_node
