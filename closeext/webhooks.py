"""Verify Close webhook deliveries: the signature, the replay window, the payload.

Close signs each delivery with the subscription's ``signature_key`` (hex, given when the
subscription is created): ``close-sig-hash`` is the hex HMAC-SHA256, keyed by
``bytes.fromhex(signature_key)``, of the ``close-sig-timestamp`` header's value followed by
the raw body. :func:`verify_webhook` checks exactly that, in constant time, refuses a
timestamp outside the replay window, and returns the parsed payload::

    from closeext import verify_webhook, WebhookVerificationError

    try:
        delivery = verify_webhook(request.headers, raw_body, signature_key)
    except WebhookVerificationError:
        return 400
    handle(delivery.event)

Pass the *raw* body, as received: a re-serialized JSON body does not match the signature.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from ._helper_errors import CloseError

if TYPE_CHECKING:
    from close_api.models import WebhookDelivery

__all__ = [
    "DEFAULT_TOLERANCE",
    "InvalidWebhookPayload",
    "InvalidWebhookSignature",
    "StaleWebhookTimestamp",
    "VerifiedWebhook",
    "WebhookVerificationError",
    "verify_webhook",
]

#: Seconds a delivery's timestamp may be away from now (either way) and still be accepted.
#: Close publishes no window; five minutes is closeext's choice, and what most signed
#: webhook schemes use.
DEFAULT_TOLERANCE: Final = 300.0
HASH_HEADER: Final = "close-sig-hash"
TIMESTAMP_HEADER: Final = "close-sig-timestamp"


class WebhookVerificationError(CloseError, ValueError):
    """A delivery that must not be trusted; the subclass says why."""


class InvalidWebhookSignature(WebhookVerificationError):
    """The signature headers are missing or malformed, or the hash does not match."""


class StaleWebhookTimestamp(WebhookVerificationError):
    """The signature matches, but its timestamp is outside the replay window."""

    def __init__(self, message: str, *, age: float) -> None:
        super().__init__(message)
        #: Seconds between the timestamp and now (negative: from the future).
        self.age = age


class InvalidWebhookPayload(WebhookVerificationError):
    """The signature matches, but the body is not ``{"event": {...}, "subscription_id": …}``."""


@dataclass(frozen=True, slots=True)
class VerifiedWebhook:
    """A verified delivery: the event (as ``/event/`` renders it) and who it was for."""

    event: Mapping[str, Any]
    subscription_id: str
    #: The ``close-sig-timestamp`` of the delivery, in Unix seconds.
    timestamp: int

    def model(self) -> WebhookDelivery:
        """The delivery as the spec's typed model (``close_api.models.WebhookDelivery``).

        Raises:
            InvalidWebhookPayload: the event lacks what the model requires.
        """
        from close_api.models import WebhookDelivery

        payload = {"event": dict(self.event), "subscription_id": self.subscription_id}
        try:
            delivery = WebhookDelivery.from_dict(payload)
            # The generated models convert nested objects on first access: check it now.
            _ = delivery.event.object_type
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidWebhookPayload(f"the event does not fit the Event model: {exc}") from None
        return delivery

    @property
    def event_id(self) -> str | None:
        """The event's ``ev_…`` id."""
        value = self.event.get("id")
        return value if isinstance(value, str) else None

    @property
    def object_type(self) -> str | None:
        """``lead``, ``contact``, ``activity.call``, …"""
        value = self.event.get("object_type")
        return value if isinstance(value, str) else None

    @property
    def action(self) -> str | None:
        """``created``, ``updated``, ``deleted``, …"""
        value = self.event.get("action")
        return value if isinstance(value, str) else None


Headers = Mapping[str, str] | Iterable[tuple[str, str]]


def _header(headers: Headers, name: str) -> str | None:
    """The value of ``name`` in ``headers``, compared without case (any mapping or pairs)."""
    # Mappings, and objects with items() that are not ones (http.server's headers).
    items = headers.items() if hasattr(headers, "items") else headers
    for key, value in items:
        if str(key).lower() == name:
            return str(value)
    return None


def _now(now: float | datetime | None) -> float:
    if now is None:
        return time.time()
    if isinstance(now, datetime):
        return now.timestamp()
    return float(now)


def verify_webhook(
    headers: Headers,
    body: bytes | str,
    signature_key: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | datetime | None = None,
) -> VerifiedWebhook:
    """Check a delivery's signature and timestamp; answer its parsed payload.

    Args:
        headers: the request's headers (any mapping, case-insensitive, or name/value pairs).
        body: the raw body as received (``str`` is encoded as UTF-8).
        signature_key: the subscription's hex ``signature_key``.
        tolerance: seconds the timestamp may differ from ``now`` either way.
        now: the current time (Unix seconds or an aware datetime; default: the system
            clock). Tests against the emulator pass the emulator's clock.

    Raises:
        InvalidWebhookSignature: a signature header is missing or malformed, or the hash
            does not match (a tampered body, a wrong key).
        StaleWebhookTimestamp: the signature matches but the timestamp is outside the window.
        InvalidWebhookPayload: the signature matches but the body is not a delivery.
        ValueError: ``signature_key`` is not hex (a programming error, not a bad delivery).
    """
    key = bytes.fromhex(signature_key)
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    given = _header(headers, HASH_HEADER)
    stamp = _header(headers, TIMESTAMP_HEADER)
    if given is None or stamp is None:
        raise InvalidWebhookSignature(
            f"the delivery lacks the {HASH_HEADER} or {TIMESTAMP_HEADER} header"
        )
    stamp = stamp.strip()
    if not stamp.isascii() or not stamp.isdigit():
        raise InvalidWebhookSignature(f"{TIMESTAMP_HEADER} is not a Unix timestamp")
    expected = hmac.new(key, stamp.encode("ascii") + raw, hashlib.sha256).hexdigest()
    # Compared as bytes, in constant time; hex is case-insensitive, so lower-case it first.
    if not hmac.compare_digest(expected.encode("ascii"), given.strip().lower().encode()):
        raise InvalidWebhookSignature("the signature does not match the body")
    age = _now(now) - int(stamp)
    if abs(age) > tolerance:
        raise StaleWebhookTimestamp(
            f"the delivery's timestamp is {abs(age):.0f} s "
            f"{'old' if age > 0 else 'in the future'} (at most {tolerance:.0f} s allowed)",
            age=age,
        )
    try:
        payload = json.loads(raw)
    except ValueError:
        raise InvalidWebhookPayload("the body is not JSON") from None
    event = payload.get("event") if isinstance(payload, dict) else None
    subscription_id = payload.get("subscription_id") if isinstance(payload, dict) else None
    if not isinstance(event, dict) or not isinstance(subscription_id, str):
        raise InvalidWebhookPayload('the body is not {"event": {...}, "subscription_id": "..."}')
    return VerifiedWebhook(event=event, subscription_id=subscription_id, timestamp=int(stamp))
