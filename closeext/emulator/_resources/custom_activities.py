"""Custom Activity instances: ``/activity/custom/``.

Published activities (the default) must carry every required field of their type; drafts
are exempt until they are published.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .. import _custom_values as cv
from .._organization import Organization
from .._records import CustomActivity, custom_activity_target, iso, new_id, utcnow
from .._types import ApiRequest, ApiResponse, Handler, ValidationFailed
from ._common import (
    MISSING,
    Body,
    audit,
    empty,
    get_or_404,
    list_params,
    page,
    path_id,
    single,
    user_name,
)

MAX_LIMIT = 100
STATUSES = ("draft", "published")


def serialize_custom_activity(org: Organization, activity: CustomActivity) -> dict[str, Any]:
    contact = org.contacts.get(activity.contact_id) if activity.contact_id else None
    out: dict[str, Any] = {
        "id": activity.id,
        "_type": "CustomActivity",
        "custom_activity_type_id": activity.custom_activity_type_id,
        "lead_id": activity.lead_id,
        "contact_id": contact.id if contact else None,
        "user_id": activity.user_id,
        "user_name": user_name(org, activity.user_id),
        "status": activity.status,
        "pinned": activity.pinned,
        "activity_at": iso(activity.activity_at),
        **audit(org, activity, names=True),
    }
    ctx = cv.ValueContext(
        org, custom_activity_target(activity.custom_activity_type_id), activity.lead_id
    )
    out.update(cv.serialize(ctx, activity.custom))
    return out


def _moment(body: Body, key: str) -> Any:
    raw = body.string(key)
    if not isinstance(raw, str):
        return raw
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return body.fail(key, "Invalid ISO 8601 datetime.")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _attributes(org: Organization, body: Body, lead_id: str | None) -> dict[str, Any]:
    attrs = {
        "contact_id": body.string("contact_id", nullable=True),
        "user_id": body.string("user_id"),
        "status": body.choice("status", STATUSES),
        "pinned": body.boolean("pinned"),
        "activity_at": _moment(body, "activity_at"),
    }
    contact_id = attrs["contact_id"]
    if isinstance(contact_id, str):
        contact = org.contacts.get(contact_id)
        if contact is None or contact.lead_id != lead_id:
            attrs["contact_id"] = body.fail("contact_id", "Contact does not exist on this lead.")
    if isinstance(attrs["user_id"], str) and attrs["user_id"] not in org.users:
        attrs["user_id"] = body.fail("user_id", "User does not exist.")
    return {key: value for key, value in attrs.items() if value is not MISSING}


def _require_published_fields(
    ctx: cv.ValueContext, status: str, body: Body, values: dict[str, Any]
) -> None:
    if status == "published":
        for key, message in cv.missing_required(ctx, values).items():
            body.errors.setdefault(key, message)


def list_custom_activities(req: ApiRequest) -> ApiResponse:
    params = list_params(req, MAX_LIMIT)
    org = req.org
    lead_id = req.query.get("lead_id")
    type_id = req.query.get("custom_activity_type_id")
    if type_id and not lead_id:
        raise ValidationFailed(
            field_errors={"lead_id": "Filtering by custom_activity_type_id requires lead_id."}
        )
    filters = {k: req.query[k] for k in ("contact_id", "user_id") if req.query.get(k)}
    if type_id:
        filters["custom_activity_type_id"] = type_id
    if lead_id:
        lead = org.leads.get(lead_id)
        source: Any = (org.custom_activities[a] for a in (lead.activity_ids if lead else {}))
    else:
        source = org.custom_activities.values()
    if filters:
        source = (a for a in source if all(getattr(a, k) == v for k, v in filters.items()))
    return page(source, params, lambda activity: serialize_custom_activity(org, activity))


def create_custom_activity(req: ApiRequest) -> ApiResponse:
    org = req.org
    body = Body(req.body)
    type_id = body.string("custom_activity_type_id", required=True)
    lead_id = body.string("lead_id", required=True)
    if isinstance(type_id, str) and type_id not in org.custom_activity_types:
        type_id = body.fail("custom_activity_type_id", "Object does not exist.")
    if isinstance(lead_id, str) and lead_id not in org.leads:
        lead_id = body.fail("lead_id", "Object does not exist.")
    attrs = _attributes(org, body, lead_id if isinstance(lead_id, str) else None)
    if not isinstance(type_id, str) or not isinstance(lead_id, str):
        body.raise_errors()
        raise ValidationFailed(errors=["custom_activity_type_id and lead_id are required."])
    ctx = cv.ValueContext(org, custom_activity_target(type_id), lead_id, req.user)
    values = cv.apply(ctx, {}, body.raw, body.errors)
    status = attrs.get("status", "published")
    _require_published_fields(ctx, status, body, values)
    body.raise_errors()
    activity = CustomActivity(
        **org.stamp(req.user.id, new_id("acti_")),
        custom_activity_type_id=type_id,
        lead_id=lead_id,
        contact_id=attrs.get("contact_id"),
        user_id=attrs.get("user_id", req.user.id),
        status=status,
        pinned=attrs.get("pinned", False),
        activity_at=attrs.get("activity_at", utcnow()),
        custom=values,
    )
    org.add_custom_activity(activity)
    return single(serialize_custom_activity(org, activity), req)


def get_custom_activity(req: ApiRequest) -> ApiResponse:
    activity = get_or_404(req.org.custom_activities, path_id(req, "activity_id"), "Activity")
    return single(serialize_custom_activity(req.org, activity), req)


def update_custom_activity(req: ApiRequest) -> ApiResponse:
    org = req.org
    activity = get_or_404(org.custom_activities, path_id(req, "activity_id"), "Activity")
    body = Body(req.body)
    for key in ("custom_activity_type_id", "lead_id"):
        if key in body and body.raw[key] != getattr(activity, key):
            body.fail(key, "Value cannot be changed.")
    attrs = _attributes(org, body, activity.lead_id)
    ctx = cv.ValueContext(
        org, custom_activity_target(activity.custom_activity_type_id), activity.lead_id, req.user
    )
    values = cv.apply(ctx, activity.custom, body.raw, body.errors)
    _require_published_fields(ctx, attrs.get("status", activity.status), body, values)
    body.raise_errors()
    activity.update({**attrs, "custom": values}, req.user.id)
    return single(serialize_custom_activity(org, activity), req)


def delete_custom_activity(req: ApiRequest) -> ApiResponse:
    activity = get_or_404(req.org.custom_activities, path_id(req, "activity_id"), "Activity")
    req.org.delete_custom_activity(activity.id)
    return empty()


HANDLERS: dict[str, Handler] = {
    "list_custom_activities": list_custom_activities,
    "create_custom_activity": create_custom_activity,
    "get_custom_activity": get_custom_activity,
    "update_custom_activity": update_custom_activity,
    "delete_custom_activity": delete_custom_activity,
}
