"""Meetings: ``/activity/meeting/``. Synced from calendars by Close; no create.

The API reads, updates (notes, outcome) and deletes meetings. The integration operation
is for OAuth apps only; the emulator serves API keys only, so it refuses it for an
existing meeting, as Close refuses an API key.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from .._engine import Bound, Family
from .._organization import Organization
from .._records import Meeting
from .._types import ApiRequest, ApiResponse, Handler, SimpleError
from ._support import user_name


def _duration(org: Organization, meeting: Meeting) -> int:
    ends: datetime | None = meeting.ends_at
    return max(0, int((ends - meeting.starts_at).total_seconds())) if ends else 0


MEETINGS = Family(
    name="meeting",
    plural="meetings",
    collection="meetings",
    record=Meeting,
    model="Activity",
    computed={
        "_type": lambda org, meeting: "Meeting",
        "user_name": lambda org, meeting: user_name(org, meeting.user_id),
        "duration": _duration,
    },
)


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """The meeting operation that is not CRUD: the OAuth apps' integration tab."""
    meetings = bound["meeting"]

    def create_meeting_integration(req: ApiRequest) -> ApiResponse:
        meetings.find(req)  # an unknown meeting is a 404 first
        raise SimpleError(
            403, "Only OAuth applications can create meeting integrations; API keys cannot."
        )

    return {"create_meeting_integration": create_meeting_integration}
