"""The families h15b added: organization configuration around calls, email and scheduling.

One import for ``__init__``: the families in binding order and their hand-written actions.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._engine import Bound, Family
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

__all__ = ["H15B_FAMILIES", "h15b_actions"]

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
