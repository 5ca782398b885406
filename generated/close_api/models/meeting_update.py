from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingUpdate")


@_attrs_define
class MeetingUpdate:
    """Changes to a meeting; mostly the user's notes and the outcome."""

    user_note_html: None | str | Unset = UNSET
    outcome_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_note_html: None | str | Unset = self.user_note_html

        outcome_id: None | str | Unset = self.outcome_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user_note_html is not UNSET:
            field_dict["user_note_html"] = user_note_html
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_note_html: None | str | Unset = d.pop("user_note_html", UNSET)

        outcome_id: None | str | Unset = d.pop("outcome_id", UNSET)

        meeting_update = cls(
            user_note_html,
            outcome_id,
        )

        return meeting_update
