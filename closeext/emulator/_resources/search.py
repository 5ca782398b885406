"""Advanced Filtering over HTTP: ``POST /data/search/`` (the evaluator is ``_search``).

A hit is ``__object_type`` plus the properties ``_fields`` names for its type (as the
object's own GET renders them), else its ``id``. Paging follows ``_search._cursors``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._engine import Bound
from .._listing import DEFAULT_LIMIT, project
from .._search import RETURNED, select
from .._search._cursors import MAX_PER_SEQUENCE, Sequence, issue, redeem
from .._search._moments import refuse
from .._types import ApiRequest, ApiResponse, Handler


def actions(families: Mapping[str, Bound]) -> dict[str, Handler]:
    """The search handler, rendering hits with the families' renderers."""
    renderers = {object_type: families[object_type].renderer for object_type in RETURNED}

    def search(req: ApiRequest) -> ApiResponse:
        org, body = req.org, req.body
        fields = body.get("_fields") or {}
        for object_type in fields:
            if object_type not in RETURNED:
                raise refuse(f"_fields.{object_type}", f"the object type {object_type!r}.")
        fingerprint = (body["query"], body.get("sort"), body.get("results_limit"))
        cursor = body.get("cursor")
        if cursor:
            sequence = redeem(org, cursor, fingerprint)
        else:
            hits = select(
                org,
                body["query"],
                user_id=req.user.id,
                tz_offset=req.tz_offset,
                sort=body.get("sort"),
            )
            results_limit = body.get("results_limit")
            # int(): JSON Schema takes 3.0 (and -0.0) as integers, slices do not.
            limited = len(hits) if results_limit is None else min(len(hits), int(results_limit))
            kept = [
                (hit.object_type, hit.record.id) for hit in hits[: min(limited, MAX_PER_SEQUENCE)]
            ]
            sequence = Sequence(fingerprint, kept, 0, len(hits), limited)
        limit = int(body.get("_limit", DEFAULT_LIMIT))
        page = sequence.hits[sequence.offset : sequence.offset + limit]
        sequence.offset += len(page)
        data: list[dict[str, Any]] = []
        for object_type, record_id in page:
            record = org.collection(RETURNED[object_type]).get(record_id)
            if record is None:
                continue  # deleted since the sequence began
            wanted = fields.get(object_type)
            if wanted is None:
                data.append({"__object_type": object_type, "id": record_id})
                continue
            rendered = renderers[object_type].cached(org, record)[0]
            data.append({"__object_type": object_type, **project(rendered, frozenset(wanted))})
        more = sequence.offset < len(sequence.hits)
        answer: dict[str, Any] = {"data": data, "cursor": issue(org, sequence) if more else None}
        if body.get("include_counts"):
            answer["count"] = {"limited": sequence.limited, "total": sequence.total}
        return ApiResponse(body=answer)

    return {"search": search}
