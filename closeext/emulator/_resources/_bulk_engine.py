"""The shared engine of Close's bulk actions: one selection, stepped on the emulator's clock.

A bulk action is asynchronous, as Close's are: ``POST`` answers it ``created`` with the
selection taken (``n_objects``); the emulator's clock moves it to ``processing`` after 1
second, then handles up to :data:`BATCH` objects per further second [unverified] until it
is ``done`` (``error`` should a step hit a bug of the emulator). Each step is one clock
timer; ``PUT {"status": "paused"}`` stops it at the next step and ``{"status":
"resuming"}`` goes on one second later [inferred endpoint]. Every
change a step makes is recorded with ``meta.bulk_action_id``; the action's own changes are
``bulk_action.<kind>`` events.

A kind (:class:`Kind`) declares only what differs: which objects its query selects, how
its create body is checked and kept (``prepare``) and what it does to one selected object
(``apply``). A step acts as the member who created the action, through the families' own
writes (:class:`Actor`), so a bulk change records what the same change made over the API
records (a status change its ``LeadStatusChange``, an email its thread).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from .._clock import current_clock, use_clock
from .._engine import Bound, Family
from .._organization import Organization
from .._records import Record, User, new_id, utcnow
from .._search import select
from .._types import ApiRequest, ApiResponse, BadRequest, Handler, NotFound

#: Objects one step of the clock handles [unverified].
BATCH: Final = 100
#: Seconds between two steps.
STEP_SECONDS: Final = 1.0
#: Statuses in which an action takes no further step.
_STOPPED: Final = frozenset({"paused", "done", "error"})
#: How long a paused action may still be resumed (Close's docs: 7 days).
RESUMABLE: Final = timedelta(days=7)


@dataclass(slots=True, kw_only=True)
class BulkAction(Record):
    """One bulk action of any kind: what it selected, what it does, and where it stands."""

    kind: str
    status: str = "created"
    s_query: Any = None
    results_limit: int | None = None
    sort: list[Any] = field(default_factory=list)
    send_done_email: bool = True
    selected: list[str] = field(default_factory=list)
    n_objects: int = 0
    n_objects_processed: int = 0
    # edit
    type: str | None = None
    lead_status_id: str | None = None
    custom_field_id: str | None = None
    custom_field_value: Any = None
    custom_field_values: list[Any] | None = None
    custom_field_operation: str | None = None
    # delete
    bulk_object_type: str = "lead"
    # email and sequence subscription
    contact_preference: str | None = None
    template_id: str | None = None
    sender: str | None = None
    email_account_id: str | None = None
    action_type: str | None = None
    sequence_id: str | None = None
    sender_account_id: str | None = None
    sender_name: str | None = None
    sender_email: str | None = None
    calls_assigned_to: list[str] | None = None
    from_phone_number_id: str | None = None
    #: Bumped by every pause and resume: a timer of an older run does nothing.
    run: int = 0
    paused_at: Any = None


@dataclass(frozen=True, slots=True)
class Actor:
    """Who a step acts as (the action's creator) and the families it writes through."""

    req: ApiRequest
    bound: Mapping[str, Bound]

    @property
    def org(self) -> Organization:
        return self.req.org


#: Check a create (raise ``BadRequest``) and keep its kind's body fields on the action.
Prepare = Callable[[ApiRequest, BulkAction], None]
#: Do the action to one selected object (its id); an object gone meanwhile is skipped.
Apply = Callable[[Actor, BulkAction, str], None]


@dataclass(frozen=True, kw_only=True)
class Kind:
    """One kind of bulk action (``edit``, ``delete``, ``email``, ``sequence_subscription``)."""

    name: str
    family: Family
    prepare: Prepare
    apply: Apply
    #: The object type its query must select, from the create body (default: leads).
    object_type: Callable[[Mapping[str, Any]], str] = lambda body: "lead"

    @property
    def model(self) -> str:
        """Close's model name in a 404 (``BulkEmailAction``)."""
        return self.family.model


def family(
    kind: str,
    model: str,
    claims: frozenset[str] = frozenset(),
    computed: Mapping[str, Callable[[Organization, Any], Any]] | None = None,
) -> Family:
    """The declaration of one kind's family (list and get are the engine's)."""
    return Family(
        name=f"bulk_{kind}_action",
        plural=f"bulk_{kind}_actions",
        collection=f"bulk_{kind}_actions",
        record=BulkAction,
        model=model,
        event_type=f"bulk_action.{kind}",
        event_actions={"status": {"done": "completed", "paused": "paused"}},
        computed={
            "organization_id": lambda org, action: org.id,
            "n_leads": lambda org, action: action.n_objects,
            "n_leads_processed": lambda org, action: action.n_objects_processed,
            # Close's legacy text query; the emulator's actions select by s_query only.
            "query": lambda org, action: None,
            **(computed or {}),
        },
        claims=claims,
        handwritten=frozenset({"create", "update"}),
    )


def actor(org: Organization, bound: Mapping[str, Bound], action: BulkAction) -> Actor:
    """The creator of ``action`` as the requester of its writes."""
    user: User | None = org.users.get(action.created_by or "")
    if user is None:  # members never leave an organization in the emulator; be safe anyway
        user = next(iter(org.users.values()))
    req = ApiRequest(
        operation_id=f"create_bulk_{action.kind}_action",
        method="POST",
        path_params={},
        query={},
        body={},
        org=org,
        user=user,
    )
    return Actor(req, bound)


class Engine:
    """Creates, steps, pauses and resumes the actions of every kind."""

    def __init__(self, kinds: tuple[Kind, ...], bound: Mapping[str, Bound]) -> None:
        self.kinds = {kind.name: kind for kind in kinds}
        self.bound = bound

    # -- stepping on the clock -------------------------------------------------------

    def _step(self, org: Organization, kind: Kind, action_id: str, run: int, due: datetime) -> None:
        collection = kind.family.collection
        action = org.collection(collection).get(action_id)
        if action is None or action.run != run or action.status in _STOPPED:
            return  # reset, paused meanwhile, superseded by a resume, or failed
        with org.recording(user_id=action.created_by, meta={"bulk_action_id": action.id}):
            if action.status in ("created", "resuming"):
                org.change(collection, action, {"status": "processing"}, action.created_by)
            else:
                acting = actor(org, self.bound, action)
                start = action.n_objects_processed
                for offset, object_id in enumerate(action.selected[start : start + BATCH]):
                    try:
                        kind.apply(acting, action, object_id)
                    except Exception:
                        # A bug of the emulator, never a refusal (a kind skips those): the
                        # action stops as Close's failed ones do, ``error`` with what it
                        # handled, and the exception goes on to the clock, whose caller
                        # counts it in ``Emulator.internal_errors`` as a request's would be.
                        failed = {"status": "error", "n_objects_processed": start + offset}
                        org.change(collection, action, failed, action.created_by)
                        raise
                done = min(start + BATCH, action.n_objects)
                attrs: dict[str, Any] = {"n_objects_processed": done}
                if done >= action.n_objects:
                    attrs["status"] = "done"
                org.change(collection, action, attrs, action.created_by)
        if action.status != "done":
            # From when this step was due, not from now: one advance of the clock over
            # several seconds runs every step that fell due in them.
            self._schedule(org, kind, action, due + timedelta(seconds=STEP_SECONDS))

    def _schedule(
        self, org: Organization, kind: Kind, action: BulkAction, due: datetime | None = None
    ) -> None:
        clock = current_clock()
        when = due or clock.now() + timedelta(seconds=STEP_SECONDS)
        action_id, run = action.id, action.run

        def fire() -> None:
            with use_clock(clock):
                self._step(org, kind, action_id, run, when)

        clock.call_at(when, fire)

    # -- requests --------------------------------------------------------------------

    def _select(self, req: ApiRequest, object_type: str) -> tuple[Any, list[str]]:
        body = req.body
        tree = body.get("s_query", {"type": "object_type", "object_type": object_type})
        hits = select(
            req.org,
            tree,
            user_id=req.user.id,
            tz_offset=req.tz_offset,
            sort=body.get("sort"),
            path="s_query",
            sort_path="sort",
        )
        if any(hit.object_type != object_type for hit in hits):
            raise BadRequest(
                f"A bulk action on {object_type}s takes an s_query that returns "
                f"{object_type}s only."
            )
        selected = [hit.record.id for hit in hits]
        if "results_limit" in body:
            selected = selected[: int(body["results_limit"])]
        return tree, selected

    def create(self, kind: Kind) -> Handler:
        def handler(req: ApiRequest) -> ApiResponse:
            body = req.body
            now = utcnow()
            action = BulkAction(
                id=new_id("bulk_"),
                created_by=req.user.id,
                updated_by=req.user.id,
                date_created=now,
                date_updated=now,
                kind=kind.name,
                results_limit=body.get("results_limit"),
                sort=list(body.get("sort") or []),
                send_done_email=bool(body.get("send_done_email", True)),
            )
            # The kind's refusals come first: a body it refuses never runs its query.
            kind.prepare(req, action)
            action.s_query, action.selected = self._select(req, kind.object_type(body))
            action.n_objects = len(action.selected)
            req.org.insert(kind.family.collection, action)
            self._schedule(req.org, kind, action)
            return ApiResponse(body=self.bound[kind.family.name].renderer.render(req.org, action))

        return handler

    def update(self, kind: Kind) -> Handler:
        """``PUT {"status": "paused" | "resuming"}`` [inferred endpoint]."""

        def handler(req: ApiRequest) -> ApiResponse:
            org = req.org
            collection = kind.family.collection
            action = org.collection(collection).get(req.path_params[f"bulk_{kind.name}_action_id"])
            if action is None:
                raise NotFound(f"Empty query: {kind.model} matching query does not exist.")
            wanted = req.body["status"]
            attrs: dict[str, Any] = {"status": wanted, "run": action.run + 1}
            if wanted == "paused":
                if action.status not in ("created", "processing", "resuming"):
                    raise BadRequest(
                        f"Only a running bulk action can be paused; this one is {action.status}."
                    )
                attrs["paused_at"] = utcnow()
            else:
                if action.status != "paused":
                    raise BadRequest(
                        f"Only a paused bulk action can be resumed; this one is {action.status}."
                    )
                if action.paused_at is not None and utcnow() - action.paused_at > RESUMABLE:
                    raise BadRequest("Only a bulk action paused at most 7 days ago can be resumed.")
            org.change(collection, action, attrs, req.user.id)
            if wanted == "resuming":
                self._schedule(org, kind, action)
            return ApiResponse(body=self.bound[kind.family.name].renderer.render(org, action))

        return handler

    def handlers(self) -> dict[str, Handler]:
        """The create and the pause / resume update of every kind."""
        out: dict[str, Handler] = {}
        for kind in self.kinds.values():
            out[f"create_bulk_{kind.name}_action"] = self.create(kind)
            out[f"update_bulk_{kind.name}_action"] = self.update(kind)
        return out
