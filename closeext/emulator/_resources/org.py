"""Users (``/user/``, ``/me/``, ``/user/availability/``) and the organization (``/organization/``).

``PUT /organization/{id}/`` renames the organization, changes its currency and reorders its
lead statuses; everything else here reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._engine import Bound
from .._listing import project, requested_fields, respond_page
from .._membership_records import membership_id
from .._organization import Organization
from .._records import User, iso
from .._render import Renderer
from .._spec import CompiledSpec
from .._types import ApiRequest, ApiResponse, Handler, NotFound, ValidationFailed
from ._support import require_manage_organization


def _membership(org: Organization, user: User, user_json: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": membership_id(user.id),
        "organization_id": org.id,
        "user_id": user.id,
        "role_id": user.role_id,
        "auto_record_calls": getattr(
            org.collection("memberships").get(membership_id(user.id)), "auto_record_calls", "unset"
        ),
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

    def update_organization(req: ApiRequest) -> ApiResponse:
        org = req.org
        if req.path_params.get("organization_id") != org.id:
            raise NotFound("Organization")
        require_manage_organization(org, req.user, "the organization")
        body: dict[str, Any] = req.body
        order = [entry["id"] for entry in body.get("lead_statuses", [])]
        unknown = [sid for sid in order if sid not in org.lead_statuses]
        if unknown:
            raise ValidationFailed(
                field_errors={"lead_statuses": f"Lead status does not exist: {', '.join(unknown)}."}
            )
        if "name" in body:
            org.name = body["name"]
        if "currency" in body:
            org.currency = body["currency"]
        if order:
            # Listed statuses first, in the order given; the others keep theirs after them.
            listed = dict.fromkeys(order)
            rest = [sid for sid in org.lead_statuses if sid not in listed]
            org.lead_statuses = {sid: org.lead_statuses[sid] for sid in [*listed, *rest]}
        expand = frozenset(part.strip() for part in str(req.params.get("_expand", "")).split(","))
        return ApiResponse(body=project(organization(org, expand), requested_fields(req)))

    def list_user_availability(req: ApiRequest) -> ApiResponse:
        org = req.org
        asked = req.params.get("organization_id")
        if asked is not None and asked != org.id:
            raise NotFound("Organization")
        on_calls: dict[str, list[dict[str, Any]]] = {}
        for call in org.calls.values():  # few calls are ever in progress; no index needed
            if call.status == "in-progress" and call.user_id:
                on_calls.setdefault(call.user_id, []).append(
                    {
                        "call_id": call.id,
                        "lead_id": call.lead_id,
                        "contact_id": call.contact_id,
                        "direction": call.direction,
                        "remote_phone": call.remote_phone,
                        "date_created": iso(call.date_created),
                    }
                )
        data = [
            {
                "user_id": user.id,
                "organization_id": org.id,
                "user_full_name": user.full_name,
                "active_calls": on_calls.get(user.id, []),
            }
            for user in org.users.values()
        ]
        return ApiResponse(body={"data": data})

    return {
        "update_organization": update_organization,
        "list_user_availability": list_user_availability,
        "get_me": get_me,
        "list_users": list_users,
        "get_user": get_user,
        "get_organization": get_organization,
    }
