"""Phone numbers: ``/phone_number/``, rented through ``/phone_number/request/internal/``.

The emulator rents from a small table of countries: each has a calling code, a national
number length and whether Close offers SMS / MMS numbers there. A personal number belongs
to the member who rented it and only they may change or release it; group numbers belong
to nobody and need a role that may manage the organization (Close's "Manage Group Phone
Numbers" permission [unverified mapping]), as does renting one.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from .._engine import Family, Write
from .._organization import Organization
from .._records import Record, utcnow
from .._types import ApiError, ApiRequest, SimpleError
from ._support import require_manage_organization
from .calls import e164, formatted

#: country -> (calling code, national digits, SMS numbers, MMS numbers) [emulator's table].
COUNTRIES: Final[dict[str, tuple[str, int, bool, bool]]] = {
    "US": ("1", 10, True, True),
    "CA": ("1", 10, True, True),
    "GB": ("44", 10, True, False),
    "AU": ("61", 9, True, False),
    "IE": ("353", 9, True, False),
    "NZ": ("64", 9, False, False),
    "DE": ("49", 10, False, False),
    "FR": ("33", 9, False, False),
    "NL": ("31", 9, False, False),
    "ES": ("34", 9, False, False),
}
#: What one month of a rented number costs, in dollars [unverified].
MONTHLY_PRICE: Final = 1.0


@dataclass(slots=True, kw_only=True)
class PhoneNumber(Record):
    """A number of the organization."""

    number: str
    label: str
    type: str
    is_group_number: bool
    user_id: str | None
    participants: list[str]
    phone_numbers: list[str]
    forward_to: str | None
    forward_to_enabled: bool
    voicemail_greeting_url: str | None
    press_1_to_accept: bool
    country: str | None
    carrier: str | None
    carrier_type: str | None
    sms_enabled: bool
    mms_enabled: bool
    bundle_id: str | None
    next_billing_on: datetime | None


class VoiceOnly(ApiError):
    """Close's refusal of a rent it cannot satisfy: a 400 with a ``status``."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def body(self) -> dict[str, Any]:
        return {"status": "has-voice-only", "error": self.message}


def _authorize(req: ApiRequest, number: PhoneNumber | None) -> None:
    if number is None:
        if isinstance(req.body, dict) and req.body.get("sharing") == "group":
            require_manage_organization(req.org, req.user, "group phone numbers")
        return
    if number.is_group_number:
        require_manage_organization(req.org, req.user, "group phone numbers")
    elif number.user_id != req.user.id:
        raise SimpleError(403, "You can only change or release your own personal numbers.")


def _rent(write: Write) -> None:
    body = write.body
    country = body["country"]
    code, length, sms, mms = COUNTRIES[country]
    with_sms = body.get("with_sms")
    with_mms = body.get("with_mms")
    if with_sms and not sms:
        raise VoiceOnly(
            f"No SMS-capable numbers are available in {country}; rent with with_sms false."
        )
    if with_mms and not mms:
        raise VoiceOnly(
            f"No MMS-capable numbers are available in {country}; rent with with_mms false."
        )
    prefix = str(body.get("prefix") or "")[:length]
    national = prefix + "".join(secrets.choice("23456789") for _ in range(length - len(prefix)))
    group = body["sharing"] == "group"
    sms_enabled = sms if with_sms is None else bool(with_sms)
    mms_enabled = (mms and sms_enabled) if with_mms is None else bool(with_mms)
    write.attrs.update(
        number=f"+{code}{national}",
        label="",
        type="internal",
        is_group_number=group,
        user_id=None if group else write.req.user.id,
        participants=[],
        phone_numbers=[],
        forward_to=None,
        forward_to_enabled=False,
        voicemail_greeting_url=None,
        press_1_to_accept=False,
        country=country,
        carrier="twilio",
        carrier_type=body.get("carrier_type") or "local",
        sms_enabled=sms_enabled,
        mms_enabled=mms_enabled,
        bundle_id=body.get("bundle_id"),
        next_billing_on=utcnow() + timedelta(days=30),
    )


def _update(write: Write) -> None:
    body = write.body
    number: PhoneNumber = write.current
    for key in ("participants", "phone_numbers"):
        if key in body and not number.is_group_number:
            write.fail(
                key, "This number does not belong to a group; only group numbers have " + key + "."
            )
    if "participants" in body:
        unknown = [uid for uid in body["participants"] if uid not in write.org.users]
        if unknown:
            write.fail("participants", f"User does not exist: {', '.join(unknown)}.")
        write.attrs["participants"] = list(dict.fromkeys(body["participants"]))
    if "phone_numbers" in body:
        write.attrs["phone_numbers"] = list(
            dict.fromkeys(e164(p) or p for p in body["phone_numbers"])
        )
    if "forward_to" in body:
        write.attrs["forward_to"] = e164(body["forward_to"])


def _check(write: Write) -> None:
    if write.current is None:
        _rent(write)
    else:
        _update(write)


def _same_number(org: Organization, number: PhoneNumber, value: Any) -> bool:
    return number.number == (e164(str(value)) or str(value))


PHONE_NUMBERS = Family(
    name="phone_number",
    plural="phone_numbers",
    collection="phone_numbers",
    record=PhoneNumber,
    model="PhoneNumber",
    claims=frozenset(
        {"country", "sharing", "prefix", "with_sms", "with_mms", "carrier_type", "bundle_id"}
        | {"participants", "phone_numbers", "forward_to"}
    ),
    authorize=_authorize,
    check=_check,
    derived={"number": _same_number},
    computed={
        "number_formatted": lambda org, n: formatted(n.number),
        "forward_to_formatted": lambda org, n: formatted(n.forward_to),
        "phone_numbers_formatted": lambda org, n: [formatted(p) for p in n.phone_numbers],
        "supports_sms_to_countries": lambda org, n: (
            [n.country] if n.sms_enabled and n.country else []
        ),
        "supports_mms_to_countries": lambda org, n: (
            [n.country] if n.mms_enabled and n.country else []
        ),
        "is_premium": lambda org, n: False,
        "is_verified": lambda org, n: True,
        "was_ported": lambda org, n: False,
        "address_id": lambda org, n: None,
        "last_billed_price": lambda org, n: MONTHLY_PRICE if n.type == "internal" else None,
    },
)
