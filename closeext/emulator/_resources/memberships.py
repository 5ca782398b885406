"""Memberships (``/membership/``) and their pinned Smart Views.

A membership is a user's place in the organization: the role, whether calls are recorded,
the pinned views. ``PUT /membership/{id}/`` is the engine's update with the true rules as
hooks (the role must exist, a member cannot change their own role, the user's role follows
the membership's); the rest is hand-written:

* ``POST /membership/`` is OAuth-only, as Close made it on 2024-06-10: an API key is refused
  with 403. It adds the user with that email, provisioning one when none exists;
* ``PUT /membership/`` applies one update to the memberships ``_params.id__in`` names, all
  or nothing;
* pinned views are the member's ordered Smart View ids; a ``PUT`` replaces the list.

Every change goes through ``Organization.insert`` / ``change``, so the event log sees it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._engine import Bound, Family, Write
from .._membership_records import Membership, membership_id
from .._organization import COLLECTIONS, Organization
from .._render import OMIT, user_name
from .._types import (
    ApiRequest,
    ApiResponse,
    BadRequest,
    Handler,
    NotFound,
    SimpleError,
    ValidationFailed,
)
from ._support import require_manage_organization

OAUTH_ONLY = "API access to this endpoint is supported via OAuth only."


def _member(org: Organization, membership: Membership, attribute: str) -> Any:
    user = org.users.get(membership.user_id)
    return getattr(user, attribute) if user is not None else None


def _check(write: Write) -> None:
    require_manage_organization(write.org, write.req.user, "memberships")
    role_id = write.body.get("role_id")
    if role_id is None:
        return
    if role_id not in write.org.roles:
        write.fail("role_id", "Role does not exist.")
    elif (
        write.current is not None
        and write.current.user_id == write.req.user.id
        and role_id != write.current.role_id
    ):
        write.fail("role_id", "You cannot change your own role.")


def _sync_role(write: Write, membership: Membership, created: bool) -> None:
    user = write.org.users.get(membership.user_id)
    if user is not None:
        user.role_id = membership.role_id


MEMBERSHIPS = Family(
    name="membership",
    plural="memberships",
    collection="memberships",
    record=Membership,
    model="Membership",
    check=_check,
    after=_sync_role,
    computed={
        "user_full_name": lambda org, m: user_name(org, m.user_id),
        "user_first_name": lambda org, m: _member(org, m, "first_name"),
        "user_last_name": lambda org, m: _member(org, m, "last_name"),
        "user_email": lambda org, m: _member(org, m, "email"),
        # Nested only when an organization answer asks for it with ``_expand``.
        "user": lambda org, m: OMIT,
    },
)


def _membership(req: ApiRequest) -> Membership:
    found = req.org.collection("memberships").get(req.path_params.get("membership_id", ""))
    if not isinstance(found, Membership):
        raise NotFound("Membership")
    return found


def _saved_view_check(org: Organization, ids: list[str]) -> list[str]:
    """The ids that name no Smart View, when the emulator serves Smart Views."""
    if "saved_searches" not in COLLECTIONS:
        return []
    views = org.collection("saved_searches")
    return [view_id for view_id in ids if view_id not in views]


def actions(families: Mapping[str, Bound]) -> dict[str, Handler]:
    """``add_membership``, ``bulk_update_memberships`` and the pinned views."""
    bound = families["membership"]

    def add_membership(req: ApiRequest) -> ApiResponse:
        if not req.oauth:
            raise SimpleError(403, OAUTH_ONLY)
        org = req.org
        require_manage_organization(org, req.user, "memberships")
        body: dict[str, Any] = req.body
        role_id = body["role_id"]
        if role_id not in org.roles:
            raise ValidationFailed(field_errors={"role_id": "Role does not exist."})
        email = body["email"].strip()
        user = next((u for u in org.users.values() if u.email.lower() == email.lower()), None)
        if user is None:
            # Close provisions the user; the emulator names them after the local part.
            local = email.split("@", 1)[0]
            user = org.add_user(local, "", email)
            del org.collection("memberships")[membership_id(user.id)]
            membership = Membership(
                **org.stamp(req.user.id, membership_id(user.id)),
                user_id=user.id,
                role_id=role_id,
            )
            user.role_id = role_id
            org.insert("memberships", membership)
            # Close's event log names a membership beginning ``activated``.
            org.record_action(membership.id, "activated")
        else:
            membership = org.collection("memberships")[membership_id(user.id)]
            if membership.role_id != role_id:
                bound.change(req, membership, {"role_id": role_id})
        return bound.respond(req, membership)

    def bulk_update_memberships(req: ApiRequest) -> ApiResponse:
        body: dict[str, Any] = dict(req.body)
        ids = [part.strip() for part in body.pop("_params")["id__in"].split(",") if part.strip()]
        if not ids:
            raise BadRequest("id__in names no membership.")
        records = req.org.collection("memberships")
        unknown = [mid for mid in ids if mid not in records]
        if unknown:
            raise ValidationFailed(
                field_errors={"id__in": f"Membership does not exist: {', '.join(unknown)}."}
            )
        selected = [records[mid] for mid in dict.fromkeys(ids)]
        # All or nothing: every membership is checked before any changes.
        for membership in selected:
            write = Write(req, body, membership.id, families, current=membership)
            _check(write)
            if write.errors:
                raise ValidationFailed(field_errors=write.errors)
        for membership in selected:
            bound.change(req, membership, body)
        return ApiResponse(body={"data": [bound.renderer.render(req.org, m) for m in selected]})

    def get_pinned_views(req: ApiRequest) -> ApiResponse:
        membership = _membership(req)
        return ApiResponse(body={"saved_view_ids": list(membership.pinned_view_ids)})

    def update_pinned_views(req: ApiRequest) -> ApiResponse:
        membership = _membership(req)
        if membership.user_id != req.user.id:
            require_manage_organization(req.org, req.user, "another member's pinned views")
        ids = list(dict.fromkeys(req.body["saved_view_ids"]))
        missing = _saved_view_check(req.org, ids)
        if missing:
            raise ValidationFailed(
                field_errors={"saved_view_ids": f"Smart View does not exist: {', '.join(missing)}."}
            )
        req.org.change("memberships", membership, {"pinned_view_ids": ids}, req.user.id)
        return ApiResponse(body={"saved_view_ids": list(membership.pinned_view_ids)})

    return {
        "add_membership": add_membership,
        "bulk_update_memberships": bulk_update_memberships,
        "get_membership_pinned_views": get_pinned_views,
        "update_membership_pinned_views": update_pinned_views,
    }
