"""Roles: ``/role/``.

Built-in roles (``admin``, ``superuser``, ``user``, ``restricteduser``) can be neither edited
nor deleted; a custom role can only be deleted once no user holds it. Visibility settings
name user-type lead fields and must be empty when the role sees every lead.
"""

from __future__ import annotations

from .._engine import Family, Write
from .._organization import Organization
from .._records import Role
from .._types import ApiRequest, SimpleError
from ._naive import NAIVE_STAMPS


def _authorize(req: ApiRequest, role: Role | None) -> None:
    if role is not None and role.built_in:
        raise SimpleError(403, f'The built-in role "{role.name}" cannot be changed or deleted.')


def _check(write: Write) -> None:
    org = write.org
    lcf_ids = write.body.get("visibility_user_lcf_ids")
    if lcf_ids is not None:
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
            write.fail(
                "visibility_user_lcf_ids", f"Not user-type lead custom fields: {', '.join(bad)}."
            )
    if "view_all_leads" in (write.value("permissions") or []) and (
        write.value("visibility_user_lcf_ids") or write.value("visibility_user_lcf_behavior")
    ):
        write.fail(
            "visibility_user_lcf_ids",
            "Visibility settings must be empty when the role has view_all_leads.",
        )


def _in_use(org: Organization, role: Role) -> str | None:
    holders = sum(1 for user in org.users.values() if user.role_id == role.id)
    if holders:
        return f"This role still has {holders} users; give them another role before deleting it."
    return None


ROLES = Family(
    name="role",
    plural="roles",
    collection="roles",
    record=Role,
    model="Role",
    defaults={
        "permissions": [],
        "visibility_user_lcf_ids": [],
        "visibility_user_lcf_behavior": None,
        "built_in": False,
    },
    convert={
        "permissions": lambda value: list(dict.fromkeys(value or [])),
        "visibility_user_lcf_ids": lambda value: list(value or []),
    },
    authorize=_authorize,
    check=_check,
    in_use=_in_use,
    computed={
        **NAIVE_STAMPS,
        "editable": lambda org, role: not role.built_in,
        # Lead fields deleted since the role was saved drop out on their own.
        "visibility_user_lcf_ids": lambda org, role: [
            fid for fid in role.visibility_user_lcf_ids if fid in org.custom_fields
        ],
    },
)
