"""Scheduling links: members' own (``/scheduling_link/``), shared ones and their mappings.

A user scheduling link belongs to the member who made it: the list shows the caller's
own, and only its owner changes or deletes one. OAuth apps keep ``THIRD_PARTY`` links
through ``/scheduling_link/integration/``, keyed by their ``source_id`` (per member, as if
every token came from one app); an API key is refused there. A shared scheduling link is
a template tag each member maps, through ``/shared_scheduling_link_association/``, to one
of their own links or to a URL; deleting a link or a shared link drops its mappings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .._engine import Bound, Family
from .._listing import Listing
from .._organization import COLLECTIONS, Organization
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
from ._support import require_manage_organization

ASSOCIATIONS = "shared_scheduling_link_associations"
_INTEGRATION_FIELDS = ("name", "url", "description", "source_type", "duration_in_minutes")


@dataclass(slots=True, kw_only=True)
class SchedulingLink(Record):
    """A member's booking link; ``source`` says who keeps it."""

    user_id: str
    name: str
    url: str
    description: str | None
    source: str
    source_id: str | None = None
    source_type: str | None = None
    duration_in_minutes: int | None = None


@dataclass(slots=True, kw_only=True)
class SharedSchedulingLink(Record):
    """An organization-wide scheduling link that each member maps."""

    name: str
    description: str | None


@dataclass(slots=True, kw_only=True)
class SharedSchedulingLinkAssociation(Record):
    """One member's mapping of a shared link: to one of their links or to a URL."""

    shared_scheduling_link_id: str
    user_id: str
    user_scheduling_link_id: str | None
    url: str | None


def _links(org: Organization) -> dict[str, SchedulingLink]:
    records: dict[str, SchedulingLink] = org.collection("scheduling_links")
    return records


def _mappings(org: Organization) -> dict[str, SharedSchedulingLinkAssociation]:
    records: dict[str, SharedSchedulingLinkAssociation] = org.collection(ASSOCIATIONS)
    return records


def _own(req: ApiRequest, listing: Listing) -> Iterable[Any]:
    me = req.user.id
    return (link for link in _links(req.org).values() if link.user_id == me)


def _owner_only(req: ApiRequest, link: SchedulingLink | None) -> None:
    if link is not None and link.user_id != req.user.id:
        raise NotFound("SchedulingLink")


def _unmap_link(org: Organization, link: SchedulingLink) -> None:
    for mapping in [m for m in _mappings(org).values() if m.user_scheduling_link_id == link.id]:
        org.remove(ASSOCIATIONS, mapping.id)


SCHEDULING_LINKS = Family(
    name="scheduling_link",
    plural="scheduling_links",
    collection="scheduling_links",
    record=SchedulingLink,
    model="SchedulingLink",
    defaults={
        "user_id": lambda write: write.req.user.id,
        "description": None,
        "source": "MANUAL",
    },
    authorize=_owner_only,
    list_source=_own,
    after_delete=_unmap_link,
)


def render_mapping(org: Organization, mapping: SharedSchedulingLinkAssociation) -> dict[str, Any]:
    """A mapping as the API shows it (a mapped link shows its URL)."""
    link = _links(org).get(mapping.user_scheduling_link_id or "")
    return {
        "id": mapping.id,
        "shared_scheduling_link_id": mapping.shared_scheduling_link_id,
        "user_id": mapping.user_id,
        "user_scheduling_link_id": mapping.user_scheduling_link_id,
        "url": link.url if link is not None else mapping.url,
    }


def _associations(org: Organization, shared: SharedSchedulingLink) -> list[dict[str, Any]]:
    ids = COLLECTIONS[ASSOCIATIONS].children(shared)
    mappings = _mappings(org)
    return [render_mapping(org, mappings[mid]) for mid in ids if mid in mappings]


SHARED_SCHEDULING_LINKS = Family(
    name="shared_scheduling_link",
    plural="shared_scheduling_links",
    collection="shared_scheduling_links",
    record=SharedSchedulingLink,
    model="SharedSchedulingLink",
    defaults={"description": None},
    authorize=lambda req, shared: require_manage_organization(
        req.org, req.user, "shared scheduling links"
    ),
    computed={"associations": _associations},
    # Renderings embed other records (links, mappings): never reuse them between writes.
    memoize=False,
)


def _require_oauth(req: ApiRequest) -> None:
    if not req.oauth:
        raise SimpleError(
            403, "Only OAuth applications can manage integration scheduling links; API keys cannot."
        )


def _app_link(org: Organization, user_id: str, source_id: str) -> SchedulingLink | None:
    return next(
        (
            link
            for link in _links(org).values()
            if link.user_id == user_id
            and link.source == "THIRD_PARTY"
            and link.source_id == source_id
        ),
        None,
    )


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """The OAuth apps' links and the mappings of shared links."""
    links = bound["scheduling_link"]

    def create_scheduling_link_integration(req: ApiRequest) -> ApiResponse:
        _require_oauth(req)
        org, me, body = req.org, req.user.id, req.body
        attrs = {key: body[key] for key in _INTEGRATION_FIELDS if key in body}
        link = _app_link(org, me, body["source_id"])
        if link is not None:
            org.change("scheduling_links", link, attrs, me)
            return links.respond(req, link)
        missing = {
            key: "Required: a link with this source_id does not exist yet."
            for key in ("name", "url")
            if key not in body
        }
        if missing:
            raise ValidationFailed(field_errors=missing)
        link = SchedulingLink(
            **org.stamp(me, new_id(links.prefix)),
            user_id=me,
            name=body["name"],
            url=body["url"],
            description=body.get("description"),
            source="THIRD_PARTY",
            source_id=body["source_id"],
            source_type=body.get("source_type"),
            duration_in_minutes=body.get("duration_in_minutes"),
        )
        org.insert("scheduling_links", link)
        return links.respond(req, link)

    def delete_scheduling_link_integration(req: ApiRequest) -> ApiResponse:
        _require_oauth(req)
        link = _app_link(req.org, req.user.id, req.path_params["source_id"])
        if link is None:
            raise NotFound("SchedulingLink")
        req.org.remove("scheduling_links", link.id)
        _unmap_link(req.org, link)
        return ApiResponse()

    def _shared(req: ApiRequest) -> SharedSchedulingLink:
        found = req.org.collection("shared_scheduling_links").get(
            req.body["shared_scheduling_link_id"]
        )
        if found is None:
            raise ValidationFailed(
                field_errors={"shared_scheduling_link_id": "Object does not exist."}
            )
        shared: SharedSchedulingLink = found
        return shared

    def _drop_mine(org: Organization, shared_id: str, me: str) -> None:
        for mapping in list(_mappings(org).values()):
            if mapping.shared_scheduling_link_id == shared_id and mapping.user_id == me:
                org.remove(ASSOCIATIONS, mapping.id)

    def create_shared_scheduling_link_association(req: ApiRequest) -> ApiResponse:
        org, me, body = req.org, req.user.id, req.body
        if ("user_scheduling_link_id" in body) == ("url" in body):
            raise BadRequest("Exactly one of user_scheduling_link_id and url is required.")
        shared = _shared(req)
        link_id = body.get("user_scheduling_link_id")
        if link_id is not None:
            link = _links(org).get(link_id)
            if link is None or link.user_id != me:
                raise ValidationFailed(
                    field_errors={"user_scheduling_link_id": "Object does not exist."}
                )
        _drop_mine(org, shared.id, me)
        mapping = SharedSchedulingLinkAssociation(
            **org.stamp(me, new_id("sslassoc_")),
            shared_scheduling_link_id=shared.id,
            user_id=me,
            user_scheduling_link_id=link_id,
            url=body.get("url"),
        )
        org.insert(ASSOCIATIONS, mapping)
        return ApiResponse(body=render_mapping(org, mapping))

    def unmap_shared_scheduling_link(req: ApiRequest) -> ApiResponse:
        shared = _shared(req)
        _drop_mine(req.org, shared.id, req.user.id)
        return ApiResponse(body={})

    return {
        "create_scheduling_link_integration": create_scheduling_link_integration,
        "delete_scheduling_link_integration": delete_scheduling_link_integration,
        "create_shared_scheduling_link_association": create_shared_scheduling_link_association,
        "unmap_shared_scheduling_link": unmap_shared_scheduling_link,
    }
