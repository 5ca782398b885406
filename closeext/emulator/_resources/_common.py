"""Helpers every resource family shares: list parameters, paging, ``_fields``, body checks.

Handlers receive raw query strings and a body that already passed the spec's request
schema; everything here is still defensive, because a handler must never raise anything
but an :class:`ApiError`.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from .._organization import Organization
from .._records import Record, User, iso
from .._types import ApiRequest, ApiResponse, BadRequest, NotFound, ValidationFailed

T = TypeVar("T")

DEFAULT_LIMIT = 100
API_PREFIX = "/api/v1"

# ---------------------------------------------------------------------------------------
# Lists
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListParams:
    """Parsed ``_limit`` / ``_skip`` / ``_fields`` of a list request."""

    limit: int
    skip: int
    fields: frozenset[str] | None


def _non_negative_int(query: Mapping[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw.strip())
    except (ValueError, AttributeError):
        raise BadRequest(f'{name} must be an integer (got "{raw}" instead).') from None
    if value < 0:
        raise BadRequest(f'{name} must be a non-negative integer (got "{raw}" instead).')
    return value


def list_params(req: ApiRequest, max_limit: int, default_limit: int = DEFAULT_LIMIT) -> ListParams:
    """Parse the paging parameters with Close's messages; a limit over ``max_limit`` is a 400."""
    limit = _non_negative_int(req.query, "_limit", min(default_limit, max_limit))
    if limit > max_limit:
        raise BadRequest(
            "The limit you set is larger than the maximum limit for this resource "
            f"(max_limit = {max_limit})."
        )
    skip = _non_negative_int(req.query, "_skip", 0)
    return ListParams(limit=limit, skip=skip, fields=requested_fields(req))


def requested_fields(req: ApiRequest) -> frozenset[str] | None:
    """The ``_fields`` whitelist, or ``None`` for "all default fields"."""
    raw = req.query.get("_fields")
    if raw is None or not raw.strip():
        return None
    return frozenset(name.strip() for name in raw.split(",") if name.strip())


def project(obj: dict[str, Any], fields: frozenset[str] | None) -> dict[str, Any]:
    """Keep only the requested keys; ``custom`` selects every ``custom.…`` key.

    Unknown names are dropped silently, as Close's framework does. ``_all`` asks for
    every default field plus the optional (Smart) ones; the emulator has no optional
    fields, so it means everything.
    """
    if fields is None or "_all" in fields:
        return obj
    keep_all_custom = "custom" in fields
    return {
        key: value
        for key, value in obj.items()
        if key in fields or (keep_all_custom and key.startswith("custom."))
    }


def page(
    items: Iterable[T],
    params: ListParams,
    serialize: Callable[[T], dict[str, Any]],
) -> ApiResponse:
    """One page of ``items`` as ``{data, has_more}``.

    Like Close's framework it fetches ``limit + 1`` items and reports ``has_more`` when the
    extra one exists, so an unfiltered page never walks the whole collection.
    """
    # A skip past every record is simply an empty page (islice needs indexes <= maxsize).
    skip = min(params.skip, sys.maxsize - params.limit - 1)
    window = list(itertools.islice(items, skip, skip + params.limit + 1))
    has_more = len(window) > params.limit
    data = [project(serialize(item), params.fields) for item in window[: params.limit]]
    return ApiResponse(200, {"data": data, "has_more": has_more})


def everything(
    items: Iterable[T], req: ApiRequest, serialize: Callable[[T], dict[str, Any]]
) -> ApiResponse:
    """A list Close does not paginate: every item, ``has_more`` always false."""
    fields = requested_fields(req)
    return ApiResponse(
        200, {"data": [project(serialize(i), fields) for i in items], "has_more": False}
    )


def single(obj: dict[str, Any], req: ApiRequest, status: int = 200) -> ApiResponse:
    """One object, projected by ``_fields`` if the request has one."""
    return ApiResponse(status, project(obj, requested_fields(req)))


def created(obj: dict[str, Any], location: str) -> ApiResponse:
    """A 201 with a ``Location`` header (the newer create endpoints)."""
    return ApiResponse(201, obj, {"Location": API_PREFIX + location})


def no_content() -> ApiResponse:
    return ApiResponse(204, None)


def empty() -> ApiResponse:
    """Classic delete answer: 200 ``{}``."""
    return ApiResponse(200, {})


# ---------------------------------------------------------------------------------------
# Lookups and audit fields
# ---------------------------------------------------------------------------------------


def path_id(req: ApiRequest, name: str) -> str:
    return str(req.path_params.get(name, ""))


def get_or_404(collection: Mapping[str, T], key: Any, model: str) -> T:
    """The object with id ``key``; unknown or malformed ids are a Close-worded 404."""
    if isinstance(key, str):
        found = collection.get(key)
        if found is not None:
            return found
    raise NotFound(model)


def user_name(org: Organization, user_id: str | None) -> str | None:
    user = org.users.get(user_id) if user_id else None
    return user.full_name if user else None


def audit(org: Organization, record: Record, *, names: bool = False) -> dict[str, Any]:
    """``organization_id``, ``created_by``/``updated_by`` and the two dates of a record."""
    out: dict[str, Any] = {
        "organization_id": org.id,
        "created_by": record.created_by or None,
        "updated_by": record.updated_by or None,
        "date_created": iso(record.date_created),
        "date_updated": iso(record.date_updated),
    }
    if names:
        out["created_by_name"] = user_name(org, record.created_by)
        out["updated_by_name"] = user_name(org, record.updated_by)
    return out


def role_allows(user: User, roles: list[str]) -> bool:
    """``editable_with_roles`` semantics: empty means everyone."""
    return not roles or user.role_id in roles


# ---------------------------------------------------------------------------------------
# Body checks
# ---------------------------------------------------------------------------------------


class Missing:
    """Marker for "key absent" (distinct from an explicit ``null``); falsy."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing()


class Body:
    """Typed access to a JSON body that collects field errors instead of crashing.

    Each accessor returns the value, ``MISSING`` when the key is absent, or records a
    field error and returns ``MISSING``. Call :meth:`raise_errors` once done.
    """

    def __init__(self, raw: Any) -> None:
        self.raw: dict[str, Any] = raw if isinstance(raw, dict) else {}
        self.errors: dict[str, Any] = {}
        if raw is not None and not isinstance(raw, dict):
            raise BadRequest("JSON data must be a dict.")

    def __contains__(self, key: str) -> bool:
        return key in self.raw

    def fail(self, key: str, message: Any) -> Missing:
        self.errors.setdefault(key, message)
        return MISSING

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.raw:
            return self.fail(key, "This field is required.") if required else MISSING
        return self.raw[key]

    def string(
        self,
        key: str,
        *,
        required: bool = False,
        nullable: bool = False,
        max_length: int | None = None,
        non_empty: bool = False,
    ) -> Any:
        value = self._get(key, required)
        if value is MISSING:
            return MISSING
        if value is None:
            if nullable and not required:
                return None
            return self.fail(key, "This field is required." if required else "Value is required.")
        if not isinstance(value, str):
            return self.fail(key, "Value must be of string type.")
        if non_empty and not value:
            return self.fail(key, "This field is required.")
        if max_length is not None and len(value) > max_length:
            return self.fail(key, f"The value must be no longer than {max_length} characters.")
        return value

    def boolean(self, key: str) -> Any:
        value = self._get(key, False)
        if value is MISSING:
            return MISSING
        if not isinstance(value, bool):
            return self.fail(key, "Value must be of bool type.")
        return value

    def integer(
        self, key: str, *, nullable: bool = False, low: int | None = None, high: int | None = None
    ) -> Any:
        value = self._get(key, False)
        if value is MISSING or (value is None and nullable):
            return value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            return self.fail(key, "Value must be of int type.")
        if (low is not None and value < low) or (high is not None and value > high):
            return self.fail(key, f"Value must be between {low} and {high}.")
        return value

    def choice(self, key: str, options: Iterable[str], *, required: bool = False) -> Any:
        value = self._get(key, required)
        if value is MISSING:
            return MISSING
        if not isinstance(value, str) or value not in set(options):
            return self.fail(key, "Not a valid choice.")
        return value

    def string_list(self, key: str, *, nullable: bool = False) -> Any:
        value = self._get(key, False)
        if value is MISSING:
            return MISSING
        if value is None and nullable:
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return self.fail(key, "Value must be a list of strings.")
        return list(value)

    def dict_list(self, key: str) -> Any:
        value = self._get(key, False)
        if value is MISSING:
            return MISSING
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            return self.fail(key, "Value must be a list of objects.")
        return value

    def raise_errors(self) -> None:
        if self.errors:
            raise ValidationFailed(field_errors=self.errors)


def nested_errors(errors_by_index: Mapping[int, Mapping[str, Any]]) -> dict[str, Any]:
    """Close's shape for errors inside list items, keyed by the item's index."""
    return {
        "errors": {
            str(index): {"errors": [], "field-errors": dict(errors)}
            for index, errors in errors_by_index.items()
        }
    }


def check_roles(org: Organization, body: Body, key: str) -> Any:
    """Validate an ``editable_with_roles`` list: every id must name a role of the org."""
    roles = body.string_list(key, nullable=True)
    if roles is MISSING:
        return MISSING
    unknown = [role_id for role_id in roles if role_id not in org.roles]
    if unknown:
        return body.fail(key, f"Role does not exist: {', '.join(unknown)}.")
    return list(dict.fromkeys(roles))
