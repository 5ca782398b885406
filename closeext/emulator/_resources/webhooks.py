"""Webhook subscriptions: ``/webhook/``.

A subscription names a URL and the events to send it (``object_type`` + ``action``, each
optionally narrowed by an ``extra_filter``; a top-level ``event_filter`` narrows all of
them). Filters are compiled when the subscription is saved, so one the language does not
define is refused then, and matching an event later costs no parsing. An organization
holds at most :data:`MAX_SUBSCRIPTIONS`. Admins (the ``manage_organization`` permission)
manage every subscription; other members see and manage only their own, as Close
documents (another member's subscription answers 404 to them [unverified: Close does not
say whether it is 404 or 403]). Delivery itself lives in :mod:`.._webhook_delivery`, which
reads these records.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from .._engine import Bound, Family, Write
from .._listing import Listing
from .._records import Record
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, NotFound
from .._webhook_filter import FilterError, Predicate, compile_filter

#: Close's limit per organization (500 for a few integration partners).
MAX_SUBSCRIPTIONS: Final = 40
#: Close's subscription ids are ``whsub_`` plus 22 characters (its documented example).
_ID_LENGTH: Final = 22
_ALPHABET: Final = string.ascii_letters + string.digits
LIMIT_REACHED: Final = (
    f"The organization still has {MAX_SUBSCRIPTIONS} webhook subscriptions, the most Close "
    "allows; delete one first."
)


@dataclass(slots=True, kw_only=True)
class WebhookSubscription(Record):
    """One subscription, with the delivery bookkeeping the dispatcher keeps on it.

    ``epoch`` moves whenever the subscription's queue is cleared (it paused): work queued
    under an older epoch is dropped. ``failing_since`` is the first failure of the current
    run of failed deliveries; ``backlog`` counts events waiting for delivery or a retry.
    None of these is rendered (the response schema does not declare them).
    """

    url: str
    events: list[dict[str, Any]]
    event_filter: dict[str, Any] | None
    status: str
    verify_ssl: bool
    signature_key: str
    epoch: int = 0
    failing_since: datetime | None = None
    backlog: int = 0
    tests: list[tuple[str, str, Predicate | None]] = field(default_factory=list)
    overall: Predicate | None = None

    def compile(self) -> None:
        """Compile the stored filters (they were checked when the body was written)."""
        self.tests = [
            (
                spec["object_type"],
                spec["action"],
                compile_filter(spec["extra_filter"]) if spec.get("extra_filter") else None,
            )
            for spec in self.events
        ]
        self.overall = compile_filter(self.event_filter) if self.event_filter else None

    def matches(self, event: Mapping[str, Any]) -> bool:
        """Whether ``event`` (as ``/event/`` renders it) is one to deliver here."""
        if self.overall is not None and not self.overall(event):
            return False
        object_type, action = event.get("object_type"), event.get("action")
        return any(
            kind == object_type and verb == action and (test is None or test(event))
            for kind, verb, test in self.tests
        )


def _events(value: Any) -> list[dict[str, Any]]:
    return [
        {
            "object_type": spec["object_type"],
            "action": spec["action"],
            "extra_filter": spec.get("extra_filter"),
        }
        for spec in value or []
    ]


def _check(write: Write) -> None:
    if write.current is None:
        if len(write.org.collection("webhooks")) >= MAX_SUBSCRIPTIONS:
            raise BadRequest(LIMIT_REACHED)
        # The engine mints 43-character ids; Close's subscription ids are shorter.
        write.record_id = "whsub_" + "".join(secrets.choice(_ALPHABET) for _ in range(_ID_LENGTH))
    for index, spec in enumerate(write.body.get("events") or []):
        node = spec.get("extra_filter") if isinstance(spec, Mapping) else None
        if node is not None:
            try:
                compile_filter(node, f"events[{index}].extra_filter")
            except FilterError as exc:
                write.fail("events", str(exc))
    node = write.body.get("event_filter")
    if node is not None:
        try:
            compile_filter(node, "event_filter")
        except FilterError as exc:
            write.fail("event_filter", str(exc))


def _manages_all(req: ApiRequest) -> bool:
    role = req.org.roles.get(req.user.role_id)
    return role is not None and "manage_organization" in role.permissions


def _authorize(req: ApiRequest, record: WebhookSubscription | None) -> None:
    if record is not None and record.created_by != req.user.id and not _manages_all(req):
        raise NotFound("WebhookSubscription")


def _own(req: ApiRequest, listing: Listing) -> Iterable[Any] | None:
    if _manages_all(req):
        return None  # every subscription of the organization
    mine = req.user.id
    return (s for s in req.org.collection("webhooks").values() if s.created_by == mine)


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """``get_webhook``: the generic get, with the members' rule of :func:`_authorize`."""
    webhooks = bound["webhook"]

    def get_webhook(req: ApiRequest) -> ApiResponse:
        _authorize(req, webhooks.find(req))
        return webhooks.get(req)

    return {"get_webhook": get_webhook}


def _after(write: Write, record: WebhookSubscription, created: bool) -> None:
    record.compile()
    if not created and write.before.get("status") == "active" and record.status == "paused":
        # A paused subscription drops what was waiting for it [unverified]: nothing queued
        # before the pause is sent once it is active again.
        record.epoch += 1
        record.backlog = 0
        record.failing_since = None
    if not created and record.status == "active" and write.before.get("status") == "paused":
        record.failing_since = None


WEBHOOKS = Family(
    name="webhook",
    plural="webhooks",
    collection="webhooks",
    record=WebhookSubscription,
    model="WebhookSubscription",
    defaults={
        "event_filter": None,
        "status": "active",
        "verify_ssl": True,
        # 32 random bytes, hex: the key deliveries are signed with.
        "signature_key": lambda write: secrets.token_hex(32),
    },
    convert={"events": _events},
    check=_check,
    after=_after,
    authorize=_authorize,
    list_source=_own,
    handwritten=frozenset({"get"}),
    # Close's event log has no object type for subscriptions (and an event would carry
    # the signature key to every subscriber of it).
    event_type="",
)
