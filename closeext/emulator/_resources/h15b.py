"""The families h15b added: organization configuration around calls, email and scheduling.

One import for ``__init__``: the families in binding order and their hand-written actions.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._engine import Bound, Family
from .._events import EventView
from .._organization import Organization
from .._types import Handler
from . import blocked_numbers, connected, forms, outcomes, scheduling, send_as, unsubscribed
from .blocked_numbers import BLOCKED_PHONE_NUMBERS
from .connected import CONNECTED_ACCOUNTS, DIALERS
from .integration_links import INTEGRATION_LINKS
from .outcomes import OUTCOMES, PLAYBOOKS
from .phone_numbers import PHONE_NUMBERS
from .scheduling import SCHEDULING_LINKS, SHARED_SCHEDULING_LINKS
from .send_as import SEND_AS

__all__ = ["H15B_FAMILIES", "h15b_actions", "h15b_event_views"]

#: In binding order.
H15B_FAMILIES: tuple[Family, ...] = (
    INTEGRATION_LINKS,
    OUTCOMES,
    PLAYBOOKS,
    BLOCKED_PHONE_NUMBERS,
    PHONE_NUMBERS,
    SEND_AS,
    CONNECTED_ACCOUNTS,
    DIALERS,
    SCHEDULING_LINKS,
    SHARED_SCHEDULING_LINKS,
    forms.FORMS,
)

# Connected accounts and dialer sessions are made only by Close: every fresh organization
# starts with some (see ``connected``).
# So does every form.
for _seed in (connected.seed, forms.seed):
    if _seed not in Organization.seeders:
        Organization.seeders.append(_seed)


def h15b_actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """The operations of these families that are not CRUD."""
    return {
        **outcomes.actions(bound),
        **blocked_numbers.actions(bound),
        **unsubscribed.actions(bound),
        **send_as.actions(bound),
        **scheduling.actions(bound),
    }


def h15b_event_views(bound: Mapping[str, Bound]) -> list[EventView]:
    """How the records of the hand-written operations appear in the event log.

    ``unsubscribed_email`` is Close's documented name; the names of the mappings of shared
    scheduling links and of the blocked-number setting are the emulator's [unverified].
    """
    return [
        EventView(
            collection="unsubscribed_emails",
            object_type=lambda record: "unsubscribed_email",
            render=lambda org, record: unsubscribed.render(record),
        ),
        EventView(
            collection=scheduling.ASSOCIATIONS,
            object_type=lambda record: "shared_scheduling_link_association",
            render=scheduling.render_mapping,
        ),
        EventView(
            collection="phone_settings",
            object_type=lambda record: "blocked_phone_number_settings",
            render=lambda org, record: {
                "reject_anonymous_inbound_calls": record.reject_anonymous_inbound_calls
            },
        ),
    ]
