from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="ActivityList")


@_attrs_define
class ActivityList(LazyModel):
    data: list[
        Call
        | CreatedActivity
        | CustomActivity
        | Email
        | EmailThread
        | FormSubmission
        | LeadMergeActivity
        | LeadStatusChange
        | Meeting
        | Note
        | OpportunityStatusChange
        | SMS
        | TaskCompletedActivity
        | WhatsAppMessage
    ]
    has_more: bool
    """ Whether another page follows. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if (
                isinstance(data_item_data, Note)
                or isinstance(data_item_data, Call)
                or isinstance(data_item_data, Email)
                or isinstance(data_item_data, EmailThread)
                or isinstance(data_item_data, SMS)
                or isinstance(data_item_data, WhatsAppMessage)
                or isinstance(data_item_data, Meeting)
                or isinstance(data_item_data, LeadStatusChange)
                or isinstance(data_item_data, OpportunityStatusChange)
                or isinstance(data_item_data, CreatedActivity)
                or isinstance(data_item_data, LeadMergeActivity)
                or isinstance(data_item_data, FormSubmission)
                or isinstance(data_item_data, CustomActivity)
            ):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_more = d.pop("has_more")

        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "data": d.pop("data"),
        }
        _model.has_more = has_more

        _model.additional_properties = d
        return _model

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


def _convert_data(
    _raw: Any,
) -> list[
    Call
    | CreatedActivity
    | CustomActivity
    | Email
    | EmailThread
    | FormSubmission
    | LeadMergeActivity
    | LeadStatusChange
    | Meeting
    | Note
    | OpportunityStatusChange
    | SMS
    | TaskCompletedActivity
    | WhatsAppMessage
]:
    data = []
    _data = _raw
    for data_item_data in _data:

        def _parse_data_item(
            data: object,
        ) -> (
            Call
            | CreatedActivity
            | CustomActivity
            | Email
            | EmailThread
            | FormSubmission
            | LeadMergeActivity
            | LeadStatusChange
            | Meeting
            | Note
            | OpportunityStatusChange
            | SMS
            | TaskCompletedActivity
            | WhatsAppMessage
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_0 = Note.from_dict(data)

                return componentsschemas_activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_1 = Call.from_dict(data)

                return componentsschemas_activity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_2 = Email.from_dict(data)

                return componentsschemas_activity_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_3 = EmailThread.from_dict(data)

                return componentsschemas_activity_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_4 = SMS.from_dict(data)

                return componentsschemas_activity_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_5 = WhatsAppMessage.from_dict(data)

                return componentsschemas_activity_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_6 = Meeting.from_dict(data)

                return componentsschemas_activity_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_7 = LeadStatusChange.from_dict(data)

                return componentsschemas_activity_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_8 = OpportunityStatusChange.from_dict(
                    data
                )

                return componentsschemas_activity_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_9 = CreatedActivity.from_dict(data)

                return componentsschemas_activity_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_10 = LeadMergeActivity.from_dict(data)

                return componentsschemas_activity_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_11 = FormSubmission.from_dict(data)

                return componentsschemas_activity_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_12 = CustomActivity.from_dict(data)

                return componentsschemas_activity_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_activity_type_13 = TaskCompletedActivity.from_dict(data)

            return componentsschemas_activity_type_13

        data_item = _parse_data_item(data_item_data)

        data.append(data_item)

    return data


lazy_fields(
    ActivityList,
    {
        "data": _convert_data,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.call import Call
from ..models.created_activity import CreatedActivity
from ..models.custom_activity import CustomActivity
from ..models.email import Email
from ..models.email_thread import EmailThread
from ..models.form_submission import FormSubmission
from ..models.lead_merge_activity import LeadMergeActivity
from ..models.lead_status_change import LeadStatusChange
from ..models.meeting import Meeting
from ..models.note import Note
from ..models.opportunity_status_change import OpportunityStatusChange
from ..models.sms import SMS
from ..models.task_completed_activity import TaskCompletedActivity
from ..models.whats_app_message import WhatsAppMessage
