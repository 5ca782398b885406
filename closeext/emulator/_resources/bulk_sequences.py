"""Bulk sequence subscriptions (``/bulk_action/sequence_subscription/``).

``action_type`` says what happens to the contacts of the selected leads:

* ``subscribe``: subscribes them to ``sequence_id`` from ``sender_account_id`` as
  ``sender_name`` <``sender_email``> (all required, with ``contact_preference``): ``lead``
  takes the lead's first contact email, ``contact`` the first email of every contact.
  ``sender_account_id`` must be an account the caller may send from (``_sending``).
  Unsubscribed addresses are passed over [unverified], and a contact already subscribed to
  the sequence (in any state) is left alone, as Close says it subscribes contacts "that
  have never received the given sequence". Each subscription is made through the
  subscription family's own create, so it runs on the emulator's clock as any other.
* ``pause``: pauses their active subscriptions; ``resume``: resumes their paused ones;
  ``resume_finished``: makes their finished ones active again (one whose sequence has no
  further step finishes again at once). Of ``sequence_id``, or of every sequence without it.
* ``reassign``: only in Close's enum, undocumented: refused.

``calls_assigned_to`` (members) and ``from_phone_number_id`` (a phone number of the
organization) go with ``subscribe`` only; they are checked and kept, and change nothing
else, since the emulator's sequence steps make no calls. Sender fields and
``contact_preference`` also go with ``subscribe`` only: elsewhere they are refused.
"""

from __future__ import annotations

from typing import Final

from .._organization import COLLECTIONS
from .._types import ApiError, ApiRequest, BadRequest
from ._bulk_engine import Actor, BulkAction, Kind, family
from ._sending import sending_account_error
from .bulk_email import recipients

_SUBSCRIBE_NEEDS: Final = (
    "sequence_id",
    "sender_account_id",
    "sender_name",
    "sender_email",
    "contact_preference",
)
_SUBSCRIBE_ONLY: Final = (*_SUBSCRIBE_NEEDS[1:], "calls_assigned_to", "from_phone_number_id")
#: action_type -> (the subscription status it acts on, the status it sets).
_MOVES: Final = {
    "pause": ("active", "paused"),
    "resume": ("paused", "active"),
    "resume_finished": ("finished", "active"),
}
_WHO: Final = "Bulk sequence subscription"


def _prepare(req: ApiRequest, action: BulkAction) -> None:
    body, org = req.body, req.org
    action.action_type = body["action_type"]
    if action.action_type == "reassign":
        raise BadRequest(f"{_WHO}: reassign is not emulated (Close does not document it).")
    if action.action_type == "subscribe":
        missing = [name for name in _SUBSCRIBE_NEEDS if not body.get(name)]
        if missing:
            raise BadRequest(f"{_WHO}: subscribe needs {', '.join(missing)}.")
    else:
        sent = [name for name in _SUBSCRIBE_ONLY if name in body]
        if sent:
            raise BadRequest(f"{_WHO}: {', '.join(sent)} go with subscribe only.")
    action.sequence_id = body.get("sequence_id")
    if action.sequence_id is not None and action.sequence_id not in org.collection("sequences"):
        raise BadRequest(f"{_WHO}: sequence_id does not name a sequence.")
    action.sender_account_id = body.get("sender_account_id")
    if action.sender_account_id is not None:
        refusal = sending_account_error(org, req.user.id, action.sender_account_id)
        if refusal is not None:
            raise BadRequest(f"{_WHO}: sender_account_id {refusal}")
    action.sender_name = body.get("sender_name")
    action.sender_email = body.get("sender_email")
    action.contact_preference = body.get("contact_preference")
    users = body.get("calls_assigned_to")
    if users is not None:
        unknown = [user for user in users if user not in org.users]
        if unknown:
            raise BadRequest(f"{_WHO}: calls_assigned_to names no member: {', '.join(unknown)}.")
        action.calls_assigned_to = list(users)
    phone = body.get("from_phone_number_id")
    if phone is not None and phone not in org.collection("phone_numbers"):
        raise BadRequest(f"{_WHO}: from_phone_number_id does not name a phone number.")
    action.from_phone_number_id = phone


def _subscribe(acting: Actor, action: BulkAction, lead_id: str) -> None:
    org = acting.org
    lead = org.leads.get(lead_id)
    if lead is None or action.sequence_id not in org.collection("sequences"):
        return  # deleted meanwhile
    subscriptions = acting.bound["sequence_subscription"]
    for contact, address in recipients(org, lead, action.contact_preference or "lead"):
        body = {
            "sequence_id": action.sequence_id,
            "contact_id": contact.id,
            "contact_email": address,
            "sender_account_id": action.sender_account_id,
            "sender_name": action.sender_name,
            "sender_email": action.sender_email,
        }
        # The family refuses a contact already subscribed to the sequence: left alone.
        write, subscription = subscriptions.build(acting.req, body)
        if subscription is not None:
            subscriptions.store(write, subscription)


def _move(acting: Actor, action: BulkAction, lead_id: str) -> None:
    org = acting.org
    lead = org.leads.get(lead_id)
    if lead is None:
        return
    status_from, status_to = _MOVES[action.action_type or ""]
    subscriptions = acting.bound["sequence_subscription"]
    for contact_id in list(COLLECTIONS["contacts"].children(lead)):
        contact = org.contacts[contact_id]
        for subscription_id in list(COLLECTIONS["sequence_subscriptions"].children(contact)):
            subscription = org.collection("sequence_subscriptions")[subscription_id]
            if subscription.status != status_from:
                continue
            if action.sequence_id is not None and subscription.sequence_id != action.sequence_id:
                continue
            try:
                subscriptions.change(acting.req, subscription, {"status": status_to})
            except ApiError:
                continue  # refused for this one: skipped [unverified]


def _apply(acting: Actor, action: BulkAction, lead_id: str) -> None:
    if action.action_type == "subscribe":
        _subscribe(acting, action, lead_id)
    else:
        _move(acting, action, lead_id)


SEQUENCE_SUBSCRIPTION = Kind(
    name="sequence_subscription",
    family=family("sequence_subscription", "BulkSequenceSubscriptionAction"),
    prepare=_prepare,
    apply=_apply,
)
