"""Send-as associations: ``/send_as/``. One member lets another send emails as them.

Only the allowing member creates or revokes an association, and a member sees only the
associations they are part of. A member cannot be allowed to send as themselves, and one
pair has at most one association.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .._engine import Bound, Family, Write
from .._listing import Listing
from .._organization import Organization
from .._records import Record, new_id
from .._types import (
    ApiRequest,
    ApiResponse,
    BadRequest,
    Handler,
    NotFound,
    SimpleError,
    ValidationFailed,
)

_NOT_YOURS = "allowing_user_id must be your own user id."


@dataclass(slots=True, kw_only=True)
class SendAs(Record):
    """``allowed_user_id`` may send emails as ``allowing_user_id``."""

    allowing_user_id: str
    allowed_user_id: str


def _associations(org: Organization) -> dict[str, SendAs]:
    records: dict[str, SendAs] = org.collection("send_as")
    return records


def find_pair(org: Organization, allowing: str, allowed: str) -> SendAs | None:
    """The association of two members, if any."""
    return next(
        (
            a
            for a in _associations(org).values()
            if a.allowing_user_id == allowing and a.allowed_user_id == allowed
        ),
        None,
    )


def _check(write: Write) -> None:
    me = write.req.user.id
    if write.body["allowing_user_id"] != me:
        raise SimpleError(403, _NOT_YOURS)
    allowed = write.body["allowed_user_id"]
    if allowed not in write.org.users:
        write.fail("allowed_user_id", "User does not exist.")
    elif allowed == me:
        write.fail("allowed_user_id", "A member cannot send as themselves.")
    elif find_pair(write.org, me, allowed) is not None:
        write.fail("allowed_user_id", "A send-as association for these members already exists.")
    write.attrs["allowing_user_id"] = me
    write.attrs["allowed_user_id"] = allowed


def _visible(req: ApiRequest, listing: Listing) -> Iterable[Any]:
    me = req.user.id
    allowing = req.params.get("allowing_user_id")
    allowed = req.params.get("allowed_user_id")
    if allowing is None and allowed is None:
        allowing = me
    if me not in (allowing, allowed):
        raise SimpleError(403, "allowing_user_id or allowed_user_id must be your own user id.")
    return (
        a
        for a in _associations(req.org).values()
        if (allowing is None or a.allowing_user_id == allowing)
        and (allowed is None or a.allowed_user_id == allowed)
    )


def _authorize(req: ApiRequest, association: SendAs | None) -> None:
    if association is None or association.allowing_user_id == req.user.id:
        return
    if association.allowed_user_id == req.user.id:
        raise SimpleError(403, "Only the allowing member can revoke a send-as association.")
    raise NotFound("SendAs")


SEND_AS = Family(
    name="send_as",
    plural="send_as",
    collection="send_as",
    record=SendAs,
    model="SendAs",
    claims=frozenset({"allowing_user_id", "allowed_user_id"}),
    check=_check,
    authorize=_authorize,
    list_source=_visible,
)


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """Reading one association, revoking by members and changes in bulk."""
    family = bound["send_as"]

    def get_send_as_association(req: ApiRequest) -> ApiResponse:
        association: SendAs = family.find(req)
        if req.user.id not in (association.allowing_user_id, association.allowed_user_id):
            raise NotFound("SendAs")
        return family.respond(req, association)

    def delete_send_as_by_users(req: ApiRequest) -> ApiResponse:
        if req.params["allowing_user_id"] != req.user.id:
            raise SimpleError(403, _NOT_YOURS)
        association = find_pair(req.org, req.user.id, req.params["allowed_user_id"])
        if association is None:
            raise NotFound("SendAs")
        req.org.remove("send_as", association.id)
        return ApiResponse()

    def bulk_update_send_as(req: ApiRequest) -> ApiResponse:
        org, me = req.org, req.user.id
        allow = list(dict.fromkeys(req.body.get("allow_user_ids") or []))
        disallow = list(dict.fromkeys(req.body.get("disallow_user_ids") or []))
        errors: dict[str, str] = {}
        for key, ids in (("allow_user_ids", allow), ("disallow_user_ids", disallow)):
            unknown = [uid for uid in ids if uid not in org.users]
            if unknown:
                errors[key] = f"User does not exist: {', '.join(unknown)}."
        if me in allow:
            errors.setdefault("allow_user_ids", "A member cannot send as themselves.")
        both = sorted(set(allow) & set(disallow))
        if both:
            raise BadRequest(f"Users cannot be allowed and disallowed at once: {', '.join(both)}.")
        if errors:
            raise ValidationFailed(field_errors=errors)
        for uid in allow:
            if find_pair(org, me, uid) is None:
                record = SendAs(
                    **org.stamp(me, new_id(family.prefix)), allowing_user_id=me, allowed_user_id=uid
                )
                org.insert("send_as", record)
        for uid in disallow:
            existing = find_pair(org, me, uid)
            if existing is not None:
                org.remove("send_as", existing.id)
        mine = [a for a in _associations(org).values() if a.allowing_user_id == me]
        return ApiResponse(
            body={"data": [family.renderer.render(org, a) for a in mine], "has_more": False}
        )

    return {
        "get_send_as_association": get_send_as_association,
        "delete_send_as_by_users": delete_send_as_by_users,
        "bulk_update_send_as": bulk_update_send_as,
    }
