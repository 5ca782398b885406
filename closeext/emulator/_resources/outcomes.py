"""Outcomes (``/outcome/``) and playbooks (``/playbook/``).

An outcome's ``applies_to`` is deprecated and derived from its ``type`` unless sent:
``custom`` applies to calls and meetings, ``vm-dropped`` (set by a voicemail drop) to calls
only. A deleted outcome stays on the calls that carry it but can no longer be set, and
playbooks stop listing it.

Playbooks are ordered by ``position``; archiving one takes it out of the order (its
position becomes null [unverified]) and unarchiving puts it back at the end. Their
``outcome_ids`` name outcomes and their ``custom_field_ids`` shared custom fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .._engine import Bound, Family, Write
from .._listing import Listing
from .._organization import Organization
from .._records import Record, iso, parse_moment, utcnow
from .._types import ApiRequest, ApiResponse, BadRequest, Handler
from .integration_links import drop_nulls

_DERIVED_APPLIES_TO = {"custom": ["calls", "meetings"], "vm-dropped": ["calls"]}


@dataclass(slots=True, kw_only=True)
class Outcome(Record):
    """An outcome of calls and meetings."""

    name: str
    description: str | None
    type: str
    applies_to: list[str]


@dataclass(slots=True, kw_only=True)
class Playbook(Record):
    """A playbook: outcomes and shared fields of calls and meetings, in an order."""

    name: str
    description: str | None
    summary_guidance: str | None
    outcome_ids: list[str]
    custom_field_ids: list[str]
    position: int | None
    archived_at: datetime | None = None
    archived_by_id: str | None = None


def _check_outcome(write: Write) -> None:
    drop_nulls(write)
    kind = write.value("type") or "custom"
    if "applies_to" in write.attrs:
        write.attrs["applies_to"] = list(dict.fromkeys(write.attrs["applies_to"]))
    elif write.current is None or "type" in write.attrs:
        write.attrs["applies_to"] = list(_DERIVED_APPLIES_TO[kind])


OUTCOMES = Family(
    name="outcome",
    plural="outcomes",
    collection="outcomes",
    record=Outcome,
    model="Outcome",
    defaults={"description": None, "type": "custom"},
    check=_check_outcome,
)


def _live(org: Organization, collection: str, ids: Iterable[str]) -> list[str]:
    records = org.collection(collection)
    return [record_id for record_id in ids if record_id in records]


def _check_playbook(write: Write) -> None:
    org = write.org
    outcomes = write.body.get("outcome_ids")
    if outcomes is not None:
        unknown = [oid for oid in outcomes if oid not in org.collection("outcomes")]
        if unknown:
            write.fail("outcome_ids", f"Outcome does not exist: {', '.join(unknown)}.")
        write.attrs["outcome_ids"] = list(dict.fromkeys(outcomes))
    fields = write.body.get("custom_field_ids")
    if fields is not None:
        unknown = [
            fid for fid in fields if (f := org.custom_fields.get(fid)) is None or f.kind != "shared"
        ]
        if unknown:
            write.fail(
                "custom_field_ids", f"Shared custom field does not exist: {', '.join(unknown)}."
            )
        write.attrs["custom_field_ids"] = list(dict.fromkeys(fields))
    if write.current is None:
        write.attrs["position"] = _next_position(org)


def _next_position(org: Organization) -> int:
    playbooks: dict[str, Playbook] = org.collection("playbooks")
    return max((p.position or 0 for p in playbooks.values()), default=0) + 1


def _by_position(req: ApiRequest, listing: Listing) -> Iterable[Any]:
    playbooks: dict[str, Playbook] = req.org.collection("playbooks")
    # Archived playbooks (no position) come last, oldest first.
    return sorted(
        playbooks.values(),
        key=lambda p: (p.position is None, p.position or 0, p.date_created),
    )


def _created_before(org: Organization, playbook: Playbook, value: Any) -> bool:
    try:
        bound = parse_moment(str(value))
    except ValueError:
        raise BadRequest(f'created_at__lt must be an ISO 8601 datetime (got "{value}").') from None
    return playbook.date_created < bound


PLAYBOOKS = Family(
    name="playbook",
    plural="playbooks",
    collection="playbooks",
    record=Playbook,
    model="Playbook",
    defaults={
        "description": None,
        "summary_guidance": None,
        "outcome_ids": [],
        "custom_field_ids": [],
    },
    claims=frozenset({"outcome_ids", "custom_field_ids"}),
    check=_check_playbook,
    list_source=_by_position,
    derived={
        "is_archived": lambda org, p, value: (p.archived_at is not None) == bool(value),
        "position__gt": lambda org, p, value: p.position is not None and p.position > int(value),
        "created_at__lt": _created_before,
    },
    computed={
        "outcome_ids": lambda org, p: _live(org, "outcomes", p.outcome_ids),
        "custom_field_ids": lambda org, p: [
            fid for fid in p.custom_field_ids if fid in org.custom_fields
        ],
        "archived_at": lambda org, p: iso(p.archived_at) if p.archived_at else None,
        "created_at": lambda org, p: iso(p.date_created),
        "updated_at": lambda org, p: iso(p.date_updated),
        "created_by_id": lambda org, p: p.created_by,
        "updated_by_id": lambda org, p: p.updated_by,
    },
)


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """Archiving and unarchiving playbooks."""
    playbooks = bound["playbook"]

    def archive_playbook(req: ApiRequest) -> ApiResponse:
        playbook: Playbook = playbooks.find(req)
        if playbook.archived_at is None:
            attrs = {"archived_at": utcnow(), "archived_by_id": req.user.id, "position": None}
            req.org.change("playbooks", playbook, attrs, req.user.id)
        return playbooks.respond(req, playbook)

    def unarchive_playbook(req: ApiRequest) -> ApiResponse:
        playbook: Playbook = playbooks.find(req)
        if playbook.archived_at is not None:
            attrs = {
                "archived_at": None,
                "archived_by_id": None,
                "position": _next_position(req.org),
            }
            req.org.change("playbooks", playbook, attrs, req.user.id)
        return playbooks.respond(req, playbook)

    return {"archive_playbook": archive_playbook, "unarchive_playbook": unarchive_playbook}
