"""SMS activities: ``/activity/sms/``, with the states emails have (:mod:`.messages`).

Close requires ``local_phone`` to be one of the organization's internal numbers; the
emulator keeps no phone numbers, so it accepts any [unverified] and normalises both
phones as contact phones are.
"""

from __future__ import annotations

from .._engine import Write
from .._organization import Organization
from .._records import SMS, parse_moment, utcnow
from .._render import Getter
from ._support import activity_family
from .calls import e164
from .contacts import _normalize_phone
from .messages import apply_states


def _check(write: Write) -> None:
    apply_states(write, "SMS message", ("inbound", "outbound"))


def _phone_part(name: str, part: int) -> Getter:
    """A phone's display form (``part`` 1) or its country (``part`` 2)."""

    def getter(org: Organization, sms: SMS) -> str | None:
        phone: str | None = getattr(sms, name)
        parsed = _normalize_phone(phone) if phone else None
        if parsed is None:
            return phone if part == 1 else None
        return parsed[part]

    return getter


SMS_MESSAGES = activity_family(
    "SMS",
    name="sms",
    plural="sms_messages",
    collection="sms_messages",
    record=SMS,
    defaults={
        "text": "",
        "template_id": None,
        "attachments": [],
        "local_phone": None,
        "remote_phone": None,
        "cost": None,
        "error_message": None,
        "date_sent": None,
        "date_scheduled": None,
        "activity_at": lambda write: utcnow(),
    },
    convert={
        "date_scheduled": parse_moment,
        "date_sent": parse_moment,
        "local_phone": e164,
        "remote_phone": e164,
    },
    check=_check,
    computed={
        "local_phone_formatted": _phone_part("local_phone", 1),
        "remote_phone_formatted": _phone_part("remote_phone", 1),
        "local_country_iso": _phone_part("local_phone", 2),
        "remote_country_iso": _phone_part("remote_phone", 2),
    },
)
