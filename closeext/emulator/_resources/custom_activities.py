"""Custom Activity instances: ``/activity/custom/``.

Published activities (the default) must carry every required field of their type; drafts
are exempt until they are published. Filtering the list by type needs ``lead_id``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._engine import CONTACT_ON_LEAD, USER, Family, Ref
from .._listing import Listing
from .._records import CustomActivity, custom_activity_target, parse_moment, utcnow
from .._types import ApiRequest, ValidationFailed
from ._support import typed_target, user_name


def _list_source(req: ApiRequest, listing: Listing) -> Iterable[Any] | None:
    for name in ("custom_activity_type_id", "custom_activity_type_id__in"):
        if name in req.params and "lead_id" not in req.params:
            message = f"Filtering by {name} requires lead_id."
            raise ValidationFailed(field_errors={"lead_id": message})
    return None


CUSTOM_ACTIVITIES = Family(
    name="custom_activity",
    plural="custom_activities",
    collection="custom_activities",
    record=CustomActivity,
    model="Activity",
    event_type="activity.custom_activity",
    refs={
        "custom_activity_type_id": Ref("custom_activity_types"),
        "contact_id": CONTACT_ON_LEAD,
        "user_id": USER,
    },
    immutable=("custom_activity_type_id", "lead_id"),
    defaults={
        "contact_id": None,
        "user_id": lambda write: write.req.user.id,
        "status": "published",
        "pinned": False,
        "activity_at": lambda write: utcnow(),
    },
    convert={"activity_at": parse_moment},
    target=typed_target("custom_activity_type_id", custom_activity_target),
    requires_custom=lambda activity: activity.status == "published",
    list_source=_list_source,
    computed={
        "_type": lambda org, activity: "CustomActivity",
        "user_name": lambda org, activity: user_name(org, activity.user_id),
    },
)
