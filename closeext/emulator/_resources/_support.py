"""Small rules several families share: roles, labels, nested errors, user names."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .._engine import CONTACT_ON_LEAD, USER, Family, Write
from .._organization import Organization
from .._records import User
from .._render import user_name
from .._types import SimpleError

__all__ = [
    "activity_family",
    "check_role_ids",
    "nested_errors",
    "no_list",
    "require_manage_organization",
    "role_allows",
    "typed_target",
    "unique_label",
    "user_name",
]


def typed_target(
    type_key: str, target_of: Callable[[str], str]
) -> Callable[[Any], tuple[str, str | None]]:
    """The custom field target of instances of a custom type, with their lead."""

    def target(record: Any) -> tuple[str, str | None]:
        return target_of(getattr(record, type_key)), record.lead_id

    return target


def role_allows(user: User, roles: list[str]) -> bool:
    """``editable_with_roles`` semantics: empty means everyone."""
    return not roles or user.role_id in roles


def require_manage_organization(org: Organization, user: User, what: str) -> None:
    """Refuse with 403 unless the user's role may manage the organization."""
    role = org.roles.get(user.role_id)
    if role is None or "manage_organization" not in role.permissions:
        raise SimpleError(
            403, f"Your role lacks the manage_organization permission needed to change {what}."
        )


def check_role_ids(write: Write, key: str = "editable_with_roles") -> None:
    """Every id of an ``editable_with_roles`` list must name a role of the organization."""
    if key not in write.body:
        return
    roles = write.body[key] or []
    unknown = [role_id for role_id in roles if role_id not in write.org.roles]
    if unknown:
        write.fail(key, f"Role does not exist: {', '.join(unknown)}.")
    else:
        write.attrs[key] = list(dict.fromkeys(roles))


def unique_label(write: Write, siblings: Iterable[Any]) -> None:
    """Refuse a ``label`` another status among ``siblings`` already has (case-insensitive)."""
    label = write.body.get("label")
    if not isinstance(label, str):
        return
    wanted = label.strip().lower()
    if any(s.label.strip().lower() == wanted for s in siblings if s is not write.current):
        write.fail("label", "A status with this label already exists.")


def nested_errors(errors_by_index: Mapping[int, Mapping[str, Any]]) -> dict[str, Any]:
    """Close's shape for errors inside list items, keyed by the item's index."""
    return {
        "errors": {
            str(index): {"errors": [], "field-errors": dict(errors)}
            for index, errors in errors_by_index.items()
        }
    }


def no_list(org: Organization, record: Any) -> list[Any]:
    """A property Close fills from data the emulator does not hold (always empty)."""
    return []


def _caller(write: Write) -> str:
    return write.req.user.id


def activity_family(
    type_name: str,
    *,
    authored: bool = True,
    refs: Mapping[str, Any] | None = None,
    immutable: tuple[str, ...] = (),
    defaults: Mapping[str, Any] | None = None,
    computed: Mapping[str, Any] | None = None,
    **declaration: Any,
) -> Family:
    """An activity family: Close's 404 model, its ``_type``, its author's name.

    ``authored`` activities are logged by a user (the caller unless the body names one),
    optionally for a contact of their lead, and never move to another lead.
    """
    shared_refs: dict[str, Any] = (
        {"contact_id": CONTACT_ON_LEAD, "user_id": USER} if authored else {}
    )
    shared_defaults: dict[str, Any] = {"contact_id": None, "user_id": _caller} if authored else {}
    return Family(
        model="Activity",
        refs={**shared_refs, **(refs or {})},
        immutable=(("lead_id",) if authored else ()) + tuple(immutable),
        defaults={**shared_defaults, **(defaults or {})},
        computed={
            "_type": lambda org, record: type_name,
            "user_name": lambda org, record: user_name(org, record.user_id),
            **(computed or {}),
        },
        **declaration,
    )
