"""Bulk actions over an Advanced Filtering query: ``/bulk_action/{edit,delete,email,
sequence_subscription}/``.

Each kind is a short declaration (:class:`._bulk_engine.Kind`); the engine in
:mod:`._bulk_engine` selects, steps on the emulator's clock, pauses and resumes them all
alike. Edits are :mod:`.bulk_edit`, emails :mod:`.bulk_email`, sequence subscriptions
:mod:`.bulk_sequences`; deletes are here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from .._engine import Bound, Family
from .._types import ApiRequest, Handler
from ._bulk_engine import Actor, BulkAction, Engine, Kind, family
from .bulk_edit import EDIT
from .bulk_email import EMAIL
from .bulk_sequences import SEQUENCE_SUBSCRIPTION


def _prepare_delete(req: ApiRequest, action: BulkAction) -> None:
    action.bulk_object_type = req.body.get("bulk_object_type", "lead")


def _delete(acting: Actor, action: BulkAction, object_id: str) -> None:
    # A lead or contact deleted meanwhile is skipped; deleting a lead deletes what is on it.
    name = "leads" if action.bulk_object_type == "lead" else "contacts"
    if object_id in acting.org.collection(name):
        acting.org.remove(name, object_id)


def _delete_object_type(body: Mapping[str, Any]) -> str:
    return str(body.get("bulk_object_type", "lead"))


DELETE = Kind(
    name="delete",
    family=family("delete", "BulkDeleteAction"),
    prepare=_prepare_delete,
    apply=_delete,
    object_type=_delete_object_type,
)

KINDS: Final[tuple[Kind, ...]] = (EDIT, DELETE, EMAIL, SEQUENCE_SUBSCRIPTION)
#: What the kinds declare, for the registry in ``__init__``.
FAMILIES: Final[tuple[Family, ...]] = tuple(kind.family for kind in KINDS)


def actions(bound: Mapping[str, Bound]) -> dict[str, Handler]:
    """The creates and the pause / resume updates (the engine serves list and get)."""
    return Engine(KINDS, bound).handlers()
