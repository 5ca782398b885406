"""Meetings: ``/activity/meeting/``. Synced from calendars by Close; no create.

The API reads, updates (notes, outcome) and deletes meetings; tests make them through the
control surface (``closeext.emulator._control``). The list also answers Close's search
by calendar event, which its guide documents: ``provider_calendar_event_id`` is required
for it, and the other search parameters are refused without it. The integration
operation is for OAuth apps only: an API key is refused (403), an OAuth access token
(which the control surface issues) stores the app's tab on the meeting and answers
``{}``, as Close's spec declares.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from .._engine import Bound, Family
from .._listing import Listing
from .._organization import Organization
from .._records import Meeting
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, SimpleError
from ._support import user_name

#: The search parameters that only work together with ``provider_calendar_event_id``.
_SEARCH = (
    "provider_calendar_id",
    "provider_calendar_type",
    "starts_at",
    "starts_at__gte",
    "starts_at__lt",
)


def _duration(org: Organization, meeting: Meeting) -> int:
    ends: datetime | None = meeting.ends_at
    return max(0, int((ends - meeting.starts_at).total_seconds())) if ends else 0


def _search(req: ApiRequest, listing: Listing) -> Iterable[Any] | None:
    if "provider_calendar_event_id" not in req.params:
        given = [name for name in _SEARCH if name in req.params]
        if given:
            raise BadRequest(
                f"{', '.join(given)} {'require' if len(given) > 1 else 'requires'} "
                "provider_calendar_event_id (the search by calendar event)."
            )
    return None


MEETINGS = Family(
    name="meeting",
    plural="meetings",
    collection="meetings",
    record=Meeting,
    model="Activity",
    # Close's meeting actions follow the status (a meeting made upcoming is scheduled).
    event_actions={
        "status": {
            "upcoming": "scheduled",
            "in-progress": "started",
            "completed": "completed",
            "canceled": "canceled",
        }
    },
    list_source=_search,
    derived={
        "provider_calendar_id": lambda org, meeting, wanted: wanted in meeting.provider_calendar_ids
    },
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
        meeting = meetings.find(req)  # an unknown meeting is a 404 first
        if not req.oauth:
            raise SimpleError(
                403, "Only OAuth applications can create meeting integrations; API keys cannot."
            )
        body: Mapping[str, Any] = req.body if isinstance(req.body, dict) else {}
        if body:  # an empty body does nothing; a later call replaces the tab
            req.org.change("meetings", meeting, {"integration": dict(body)}, req.user.id)
        return ApiResponse(body={})  # Close's spec answers an empty object

    return {"create_meeting_integration": create_meeting_integration}
