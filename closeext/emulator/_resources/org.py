"""Users (``/user/``, ``/me/``) and the organization (``/organization/``): read-only here."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._engine import Bound
from .._listing import project, requested_fields, respond_page
from .._organization import Organization
from .._records import User, iso
from .._render import Renderer
from .._spec import CompiledSpec
from .._types import ApiRequest, ApiResponse, Handler, NotFound


def _membership(org: Organization, user: User, user_json: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        # Memberships are not a resource here; a stable id derived from the user's suffices.
        "id": "mem_" + user.id.removeprefix("user_"),
        "organization_id": org.id,
        "user_id": user.id,
        "role_id": user.role_id,
        "date_created": iso(user.date_created),
        "date_updated": iso(user.date_updated),
    }
    if user_json is not None:
        out["user"] = user_json
    else:
        out.update(
            {
                "user_full_name": user.full_name,
                "user_first_name": user.first_name,
                "user_last_name": user.last_name,
                "user_email": user.email,
            }
        )
    return out


def actions(families: Mapping[str, Bound], spec: CompiledSpec) -> dict[str, Handler]:
    """``/me/``, ``/user/`` and ``/organization/{id}/``."""
    schema = spec.operations["get_user"].response_schema or {}
    users = Renderer(
        schema,
        User,
        {
            "image": lambda org, user: None,
            "organizations": lambda org, user: [org.id],
            "last_used_timezone": lambda org, user: None,
            "email_verified_at": lambda org, user: None,
            "google_profile_image_url": lambda org, user: None,
        },
    )
    statuses = families["lead_status"].renderer
    pipelines = families["pipeline"].renderer

    def organization(org: Organization, expand: frozenset[str]) -> dict[str, Any]:
        nested = "memberships__user" in expand
        return {
            "id": org.id,
            "name": org.name,
            "currency": org.currency,
            "lead_statuses": [statuses.render(org, s) for s in org.lead_statuses.values()],
            "pipelines": [pipelines.render(org, p) for p in org.pipelines.values()],
            "memberships": [
                _membership(org, u, users.render(org, u) if nested else None)
                for u in org.users.values()
            ],
            "inactive_memberships": [],
            "date_created": iso(org.date_created),
            "date_updated": iso(org.date_created),
        }

    def get_me(req: ApiRequest) -> ApiResponse:
        me = users.render(req.org, req.user)
        me["organizations"] = [organization(req.org, frozenset())]
        me["memberships"] = [_membership(req.org, req.user, None)]
        return ApiResponse(body=project(me, requested_fields(req)))

    def list_users(req: ApiRequest) -> ApiResponse:
        members: list[User] = list(req.org.users.values())  # an organization has few members
        order = req.params.get("_order_by")
        if order is not None:
            first, second = order.split(",")
            members.sort(key=lambda u: (getattr(u, first).lower(), getattr(u, second).lower()))
        operation = spec.operations["list_users"]
        return respond_page(
            req, req.org, members, users, paginated=True, max_limit=operation.max_limit or 100
        )

    def get_user(req: ApiRequest) -> ApiResponse:
        user = req.org.users.get(req.path_params.get("user_id", ""))
        if user is None:
            raise NotFound("User")
        return ApiResponse(body=project(users.render(req.org, user), requested_fields(req)))

    def get_organization(req: ApiRequest) -> ApiResponse:
        if req.path_params.get("organization_id") != req.org.id:
            raise NotFound("Organization")
        expand = frozenset(part.strip() for part in str(req.params.get("_expand", "")).split(","))
        return ApiResponse(body=project(organization(req.org, expand), requested_fields(req)))

    return {
        "get_me": get_me,
        "list_users": list_users,
        "get_user": get_user,
        "get_organization": get_organization,
    }
