"""Roles (``/role/``), users (``/user/``, ``/me/``) and the organization (``/organization/``).

Built-in roles (``admin``, ``superuser``, ``user``, ``restricteduser``) can be neither edited
nor deleted; a custom role can only be deleted once no user holds it.
"""

from __future__ import annotations

from typing import Any

from .._organization import Organization
from .._records import Role, User, iso, new_id
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, NotFound, SimpleError
from ._common import (
    MISSING,
    Body,
    created,
    empty,
    everything,
    get_or_404,
    list_params,
    page,
    path_id,
    single,
)
from .statuses import serialize_lead_status, serialize_pipeline

MAX_LIMIT = 1000
VISIBILITY_BEHAVIORS = ("require_assignment", "allow_unassigned")


def serialize_role(org: Organization, role: Role) -> dict[str, Any]:
    return {
        "id": role.id,
        "name": role.name,
        "permissions": list(role.permissions),
        "editable": not role.built_in,
        # Lead fields deleted since the role was saved drop out on their own.
        "visibility_user_lcf_ids": [
            fid for fid in role.visibility_user_lcf_ids if fid in org.custom_fields
        ],
        "visibility_user_lcf_behavior": role.visibility_user_lcf_behavior,
        "organization_id": org.id,
        "date_created": iso(role.date_created),
        "date_updated": iso(role.date_updated),
    }


def serialize_user(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "display_name": user.full_name,
        "email": user.email,
        "image": None,
        "date_created": iso(user.date_created),
        "date_updated": iso(user.date_updated),
    }


def _membership(org: Organization, user: User, *, expand: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        # Memberships are not a resource here; a stable id derived from the user's suffices.
        "id": "mem_" + user.id.removeprefix("user_"),
        "organization_id": org.id,
        "user_id": user.id,
        "role_id": user.role_id,
        "date_created": iso(user.date_created),
        "date_updated": iso(user.date_updated),
    }
    if expand:
        out["user"] = serialize_user(user)
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


def serialize_organization(
    org: Organization, expand: frozenset[str] = frozenset()
) -> dict[str, Any]:
    members = [
        _membership(org, user, expand="memberships__user" in expand) for user in org.users.values()
    ]
    return {
        "id": org.id,
        "name": org.name,
        "currency": org.currency,
        "lead_statuses": [serialize_lead_status(org, s) for s in org.lead_statuses.values()],
        "pipelines": [serialize_pipeline(org, p) for p in org.pipelines.values()],
        "memberships": members,
        "inactive_memberships": [],
        "date_created": iso(org.date_created),
        "date_updated": iso(org.date_created),
    }


# ---------------------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------------------


def _role_attributes(org: Organization, body: Body, current: Role | None) -> dict[str, Any]:
    attrs = {
        "name": body.string("name", required=current is None, non_empty=True),
        "permissions": body.string_list("permissions", nullable=True),
        "visibility_user_lcf_ids": body.string_list("visibility_user_lcf_ids", nullable=True),
        "visibility_user_lcf_behavior": (
            body.choice("visibility_user_lcf_behavior", VISIBILITY_BEHAVIORS)
            if body.raw.get("visibility_user_lcf_behavior") is not None
            else (None if "visibility_user_lcf_behavior" in body else MISSING)
        ),
    }
    lcf_ids = attrs["visibility_user_lcf_ids"]
    if isinstance(lcf_ids, list):
        bad = [
            fid
            for fid in lcf_ids
            if not (
                (f := org.custom_fields.get(fid)) is not None
                and f.kind == "lead"
                and f.type == "user"
            )
        ]
        if bad:
            attrs["visibility_user_lcf_ids"] = body.fail(
                "visibility_user_lcf_ids", f"Not user-type lead custom fields: {', '.join(bad)}."
            )
    final = {
        key: (value if value is not MISSING else getattr(current, key, None))
        for key, value in attrs.items()
    }
    if "view_all_leads" in (final["permissions"] or []) and (
        final["visibility_user_lcf_ids"] or final["visibility_user_lcf_behavior"]
    ):
        body.fail(
            "visibility_user_lcf_ids",
            "Visibility settings must be empty when the role has view_all_leads.",
        )
    return {key: value for key, value in attrs.items() if value is not MISSING}


def _editable_role(req: ApiRequest) -> Role:
    role = get_or_404(req.org.roles, path_id(req, "role_id"), "Role")
    if role.built_in:
        raise SimpleError(403, f'The built-in role "{role.name}" cannot be changed or deleted.')
    return role


def list_roles(req: ApiRequest) -> ApiResponse:
    return everything(req.org.roles.values(), req, lambda r: serialize_role(req.org, r))


def create_role(req: ApiRequest) -> ApiResponse:
    org = req.org
    body = Body(req.body)
    attrs = _role_attributes(org, body, None)
    body.raise_errors()
    role = Role(
        **org.stamp(req.user.id, new_id("role_")),
        name=attrs["name"],
        permissions=list(dict.fromkeys(attrs.get("permissions") or [])),
        visibility_user_lcf_ids=attrs.get("visibility_user_lcf_ids") or [],
        visibility_user_lcf_behavior=attrs.get("visibility_user_lcf_behavior"),
        built_in=False,
    )
    org.roles[role.id] = role
    return created(serialize_role(org, role), f"/role/{role.id}/")


def get_role(req: ApiRequest) -> ApiResponse:
    role = get_or_404(req.org.roles, path_id(req, "role_id"), "Role")
    return single(serialize_role(req.org, role), req)


def update_role(req: ApiRequest) -> ApiResponse:
    role = _editable_role(req)
    body = Body(req.body)
    attrs = _role_attributes(req.org, body, role)
    body.raise_errors()
    role.update(attrs, req.user.id)
    return single(serialize_role(req.org, role), req)


def delete_role(req: ApiRequest) -> ApiResponse:
    role = _editable_role(req)
    holders = [user.id for user in req.org.users.values() if user.role_id == role.id]
    if holders:
        raise BadRequest(
            f"This role still has {len(holders)} users; give them another role before deleting it."
        )
    del req.org.roles[role.id]
    return empty()


# ---------------------------------------------------------------------------------------
# Users and the organization
# ---------------------------------------------------------------------------------------


def get_me(req: ApiRequest) -> ApiResponse:
    me = serialize_user(req.user)
    me["organizations"] = [serialize_organization(req.org)]
    me["memberships"] = [_membership(req.org, req.user)]
    return single(me, req)


def list_users(req: ApiRequest) -> ApiResponse:
    params = list_params(req, MAX_LIMIT)
    users: list[User] = list(req.org.users.values())  # an organization has few members
    order = req.query.get("_order_by")
    if order in ("last_name,first_name", "first_name,last_name"):
        first, second = order.split(",")
        users.sort(key=lambda u: (getattr(u, first).lower(), getattr(u, second).lower()))
    return page(users, params, serialize_user)


def get_user(req: ApiRequest) -> ApiResponse:
    user = get_or_404(req.org.users, path_id(req, "user_id"), "User")
    return single(serialize_user(user), req)


def get_organization(req: ApiRequest) -> ApiResponse:
    if path_id(req, "organization_id") != req.org.id:
        raise NotFound("Organization")
    expand = frozenset(part.strip() for part in req.query.get("_expand", "").split(","))
    return single(serialize_organization(req.org, expand), req)


HANDLERS: dict[str, Handler] = {
    "list_roles": list_roles,
    "create_role": create_role,
    "get_role": get_role,
    "update_role": update_role,
    "delete_role": delete_role,
    "get_me": get_me,
    "list_users": list_users,
    "get_user": get_user,
    "get_organization": get_organization,
}
