"""Sequences, Close's workflows (``/sequence/``), and their subscriptions
(``/sequence_subscription/``).

A sequence's steps run in order; an ``email`` step names an email template and an ``sms``
step an SMS template, which must exist (and then cannot be deleted, see
:func:`workflow_using`). ``PUT`` with ``steps`` replaces them: a step sent with the id of
one of the sequence's steps keeps it, a step without an id is new, and the steps left out
are gone, as Close documents.

A subscription is one contact's run through one sequence; it belongs to the contact (so it
goes with the contact, and follows it when leads merge) and shows the contact's lead.
Listing subscriptions needs one of ``sequence_id``, ``contact_id`` and ``lead_id``. An active
subscription moves through the steps on the emulator's clock, each after its ``delay``, and
is ``finished`` after the last one; the steps themselves send nothing (see :func:`_schedule`).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from .._clock import Timer, current_clock
from .._engine import Family, Write
from .._listing import Listing
from .._organization import Organization
from .._records import Record, new_id, utcnow
from .._types import ApiRequest, BadRequest
from ._copying import READ_ONLY
from ._sending import sending_account_error
from ._support import nested_errors

STATUSES: Final = ("active", "paused", "finished", "goal", "error")
_TEMPLATE_COLLECTIONS: Final = {
    "email_template_id": "email_templates",
    "sms_template_id": "sms_templates",
}


@dataclass(slots=True, kw_only=True)
class Sequence(Record):
    """A workflow: ``steps`` are plain dicts in order, each with its ``id``."""

    name: str
    status: str
    schedule: dict[str, Any] | None
    steps: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class SequenceSubscription(Record):
    """One contact's run through one sequence."""

    sequence_id: str
    contact_id: str
    contact_email: str
    sender_account_id: str
    sender_name: str
    sender_email: str
    status: str
    pause_reason: str | None
    #: The next step to run (its index in the sequence's steps), and the timer running it.
    step_index: int = 0
    timer: Timer | None = None


def workflow_using(org: Organization, template_id: str) -> str | None:
    """The first sequence a step of which sends ``template_id``, described; or ``None``."""
    sequences: dict[str, Sequence] = org.collection("sequences")
    for sequence in sequences.values():
        for step in sequence.steps:
            if template_id in (step.get("email_template_id"), step.get("sms_template_id")):
                return f'workflow "{sequence.name}"'
    return None


# -- sequences ----------------------------------------------------------------------------


def _steps(write: Write) -> None:
    """Validate ``steps`` and store them, keeping the ids of the steps sent back."""
    items = write.body.get("steps")
    if items is None:
        return
    org = write.org
    existing = {step["id"]: step for step in (write.current.steps if write.current else [])}
    errors: dict[int, dict[str, str]] = {}
    steps: list[dict[str, Any]] = []
    kept: set[str] = set()
    for index, item in enumerate(items):
        step_type = item.get("step_type", "email")
        problems: dict[str, str] = {}
        step_id = item.get("id")
        if write.current is None or step_id is None or step_id in kept:
            # A create ignores the ids of a copied sequence's steps (Close's clone script);
            # an id sent twice keeps its step once, the second copy is a new step.
            step_id = new_id("seqstep_")
        elif step_id not in existing:
            problems["id"] = "Object does not exist."
        kept.add(step_id)
        step: dict[str, Any] = {
            "id": step_id,
            "step_type": step_type,
            "delay": item.get("delay", 0),
            "email_template_id": None,
            "sms_template_id": None,
            "threading": item.get("threading", "new_thread" if step_type == "email" else None),
        }
        for key, collection in _TEMPLATE_COLLECTIONS.items():
            value = item.get(key)
            if value is not None and value not in org.collection(collection):
                problems[key] = "Object does not exist."
            step[key] = value
        # (The spec requires the step's template, so only its existence is checked here.)
        if problems:
            errors[index] = problems
        steps.append(step)
    if errors:
        write.fail("steps", nested_errors(errors))
    else:
        write.attrs["steps"] = steps


def _counts(org: Organization, sequence: Sequence) -> dict[str, int]:
    subscriptions: dict[str, SequenceSubscription] = org.collection("sequence_subscriptions")
    counts = Counter(s.status for s in subscriptions.values() if s.sequence_id == sequence.id)
    return {status: counts[status] for status in STATUSES}


def _orphan_subscriptions(org: Organization, sequence: Sequence) -> None:
    for subscription in _subscriptions_of(org, sequence.id):
        if subscription.status == "active":
            changes = {"status": "paused", "pause_reason": "sequence-deleted"}
            org.change("sequence_subscriptions", subscription, changes, subscription.updated_by)
            _stop(subscription)


def _subscriptions_of(org: Organization, sequence_id: str) -> list[SequenceSubscription]:
    subscriptions: dict[str, SequenceSubscription] = org.collection("sequence_subscriptions")
    return [s for s in subscriptions.values() if s.sequence_id == sequence_id]


def _restart(write: Write, sequence: Sequence, created: bool) -> None:
    """A sequence made active again (or given new steps) moves its subscriptions on."""
    if not created and {"status", "steps"} & set(write.attrs):
        for subscription in _subscriptions_of(write.org, sequence.id):
            _schedule(write.org, subscription)


# -- running the steps on the emulator's clock ------------------------------------------


def _stop(subscription: SequenceSubscription) -> None:
    if subscription.timer is not None:
        subscription.timer.cancel()
        subscription.timer = None


def _schedule(
    org: Organization, subscription: SequenceSubscription, since: datetime | None = None
) -> None:
    """Run the subscription's next step once its delay has passed on the emulator's clock.

    The delay counts from ``since`` (when the previous step ran), else from now. Only an
    active subscription of an active sequence moves on; a resumed one waits the whole
    delay of its next step again [inferred]. Steps are not sent: the emulator makes
    no email, SMS or call for them, and the sequence's ``schedule`` does not delay them.
    """
    _stop(subscription)
    sequence = org.collection("sequences").get(subscription.sequence_id)
    if subscription.status != "active" or sequence is None or sequence.status != "active":
        return
    if subscription.step_index >= len(sequence.steps):
        org.change("sequence_subscriptions", subscription, {"status": "finished"}, "")
        return
    delay = timedelta(seconds=sequence.steps[subscription.step_index]["delay"])
    due = (since or utcnow()) + delay
    run = functools.partial(_run_step, org, subscription.id, due)
    subscription.timer = current_clock().call_at(due, run)


def _run_step(org: Organization, subscription_id: str, due: datetime) -> None:
    with org.recording():  # a change no request made: recorded with no user
        org.generation += 1  # cached renderings of the subscription are stale
        subscription = org.collection("sequence_subscriptions").get(subscription_id)
        if subscription is None or subscription.status != "active":
            return
        subscription.timer = None
        subscription.step_index += 1
        _schedule(org, subscription, since=due)
        org.generation += 1


SEQUENCES = Family(
    name="sequence",
    plural="sequences",
    collection="sequences",
    record=Sequence,
    model="Sequence",
    defaults={"status": "active", "schedule": None},
    claims=READ_ONLY | {"steps", "subscription_counts_by_status"},
    check=_steps,
    computed={"subscription_counts_by_status": _counts},
    after=_restart,
    after_delete=_orphan_subscriptions,
)


# -- subscriptions ------------------------------------------------------------------------


def _subscribe(write: Write) -> None:
    if "sender_account_id" in write.body:
        # Sent from an account the caller may send from (their own, or by send-as).
        refusal = sending_account_error(
            write.org, write.req.user.id, write.body["sender_account_id"]
        )
        if refusal is not None:
            write.fail("sender_account_id", f"The account {refusal}")
            return
    if write.current is not None:
        status = write.body.get("status")
        if status is not None and status != write.current.status:
            write.attrs["pause_reason"] = "manual" if status == "paused" else None
        return
    sequence_id = write.body["sequence_id"]
    if sequence_id not in write.org.collection("sequences"):
        write.fail("sequence_id", "Object does not exist.")
        return
    subscriptions: dict[str, SequenceSubscription] = write.org.collection("sequence_subscriptions")
    contact = write.org.contacts.get(write.parent_id or "")
    if contact is not None and any(
        subscriptions[i].sequence_id == sequence_id
        for i in contact.children.get("sequence_subscriptions", {})
    ):
        write.fail("contact_id", "A subscription of this contact to this sequence already exists.")


def _started(write: Write, subscription: SequenceSubscription, created: bool) -> None:
    if created or write.before.get("status", subscription.status) != subscription.status:
        _schedule(write.org, subscription)


def _one_filter(req: ApiRequest, listing: Listing) -> Iterable[Any] | None:
    if not any(key in req.params for key in ("sequence_id", "contact_id", "lead_id")):
        raise BadRequest("At least one of sequence_id, contact_id and lead_id is required.")
    return None


def _lead_of(org: Organization, subscription: SequenceSubscription) -> str | None:
    contact = org.contacts.get(subscription.contact_id)
    return contact.lead_id if contact is not None else None


def _on_lead(org: Organization, subscription: SequenceSubscription, value: Any) -> bool:
    return bool(_lead_of(org, subscription) == value)


SEQUENCE_SUBSCRIPTIONS = Family(
    name="sequence_subscription",
    plural="sequence_subscriptions",
    collection="sequence_subscriptions",
    record=SequenceSubscription,
    model="SequenceSubscription",
    immutable=("sequence_id", "contact_id"),
    defaults={"status": "active", "pause_reason": None},
    check=_subscribe,
    after=_started,
    list_source=_one_filter,
    derived={"lead_id": _on_lead},
    computed={"lead_id": _lead_of},
)

#: What the families here declare, for the registry in ``__init__``.
FAMILIES: Final[tuple[Family, ...]] = (SEQUENCES, SEQUENCE_SUBSCRIPTIONS)
