"""Timestamps Close sends without a UTC offset: pipelines, custom activity types, roles.

Real records of these three families carry ``date_created`` / ``date_updated`` as naive
ISO-8601 text (``2021-07-13T11:36:04.983404``), and the built-in roles the fixed year-one
moment ``0001-01-01T00:00:00`` (recorded 2023 records; see the spec's descriptions). Every
other timestamp ends in ``+00:00``. The families render these through the getters here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final

from .._organization import Organization
from .._render import Getter

#: What Close answers for the timestamps of its built-in roles.
BUILT_IN_MOMENT: Final = "0001-01-01T00:00:00"


def naive(moment: datetime) -> str:
    """``moment`` in UTC, microseconds, without an offset (as Close writes these)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


def _getter(name: str) -> Getter:
    def render(org: Organization, record: Any) -> str:
        if getattr(record, "built_in", False):
            return BUILT_IN_MOMENT
        return naive(getattr(record, name))

    return render


#: Computed getters for ``date_created`` and ``date_updated``.
NAIVE_STAMPS: Final[dict[str, Getter]] = {
    "date_created": _getter("date_created"),
    "date_updated": _getter("date_updated"),
}
