"""The families h15b added: organization configuration around calls, email and scheduling.

One import for ``__init__``: the families in binding order and their hand-written actions.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._engine import Bound, Family
from .._types import Handler
from . import blocked_numbers, outcomes
from .blocked_numbers import BLOCKED_PHONE_NUMBERS
from .integration_links import INTEGRATION_LINKS
from .outcomes import OUTCOMES, PLAYBOOKS

__all__ = ["H15B_FAMILIES", "h15b_actions"]

#: In binding order.
H15B_FAMILIES: tuple[Family, ...] = (INTEGRATION_LINKS, OUTCOMES, PLAYBOOKS, BLOCKED_PHONE_NUMBERS)


def h15b_actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """The operations of these families that are not CRUD."""
    return {**outcomes.actions(bound), **blocked_numbers.actions(bound)}
