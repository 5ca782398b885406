"""Blocked phone numbers: ``/blocked_phone_number/`` and the organization's setting.

A blocked number is stored in E.164 (when it parses); one number is blocked at most once.
Only its ``reason`` can change. The setting ``reject_anonymous_inbound_calls`` is one
record per organization, false until set.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from .._engine import Bound, Family, Write
from .._organization import Organization
from .._records import Record
from .._types import ApiRequest, ApiResponse, Handler
from .calls import e164

#: The id of the one settings record of an organization.
SETTINGS_ID: Final = "blocked_phone_number_settings"


@dataclass(slots=True, kw_only=True)
class BlockedPhoneNumber(Record):
    """A number nobody in the organization may call or be called by."""

    phone: str
    reason: str


@dataclass(slots=True, kw_only=True)
class PhoneSettings(Record):
    """The organization's blocked-number setting."""

    reject_anonymous_inbound_calls: bool


def _check(write: Write) -> None:
    phone = write.attrs.get("phone")
    if phone is None:
        return
    blocked: dict[str, BlockedPhoneNumber] = write.org.collection("blocked_phone_numbers")
    if any(b.phone == phone for b in blocked.values()):
        write.fail("phone", "A blocked phone number with this phone already exists.")


BLOCKED_PHONE_NUMBERS = Family(
    name="blocked_phone_number",
    plural="blocked_phone_numbers",
    collection="blocked_phone_numbers",
    record=BlockedPhoneNumber,
    model="BlockedPhoneNumber",
    convert={"phone": e164},
    check=_check,
)


def _settings(org: Organization, user_id: str) -> PhoneSettings:
    records: dict[str, PhoneSettings] = org.collection("phone_settings")
    settings = records.get(SETTINGS_ID)
    if settings is None:
        settings = PhoneSettings(
            **org.stamp(user_id, SETTINGS_ID), reject_anonymous_inbound_calls=False
        )
        org.insert("phone_settings", settings)
    return settings


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """The organization's blocked-number setting."""

    def get_blocked_phone_number_settings(req: ApiRequest) -> ApiResponse:
        records: dict[str, PhoneSettings] = req.org.collection("phone_settings")
        settings = records.get(SETTINGS_ID)
        value = settings.reject_anonymous_inbound_calls if settings is not None else False
        return ApiResponse(body={"reject_anonymous_inbound_calls": value})

    def update_blocked_phone_number_settings(req: ApiRequest) -> ApiResponse:
        settings = _settings(req.org, req.user.id)
        value = bool(req.body["reject_anonymous_inbound_calls"])
        req.org.change(
            "phone_settings", settings, {"reject_anonymous_inbound_calls": value}, req.user.id
        )
        return ApiResponse(body={"reject_anonymous_inbound_calls": value})

    return {
        "get_blocked_phone_number_settings": get_blocked_phone_number_settings,
        "update_blocked_phone_number_settings": update_blocked_phone_number_settings,
    }
