from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SentEmailsReportDataItem")


@_attrs_define
class SentEmailsReportDataItem:
    template_id: None | str
    sent: int
    replied: int
    template_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id: None | str = self.template_id

        sent = self.sent

        replied = self.replied

        template_name: None | str | Unset = self.template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "sent": sent,
                "replied": replied,
            }
        )
        if template_name is not UNSET:
            field_dict["template_name"] = template_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template_id: None | str = d.pop("template_id")

        sent = d.pop("sent")

        replied = d.pop("replied")

        template_name: None | str | Unset = d.pop("template_name", UNSET)

        sent_emails_report_data_item = cls(
            template_id,
            sent,
            replied,
            template_name,
        )

        sent_emails_report_data_item.additional_properties = d
        return sent_emails_report_data_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
