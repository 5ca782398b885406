"""Every family of Close objects the emulator serves, bound to the spec as handlers.

Most families are *declared* (see :mod:`.._engine`): the generic handlers do list / get /
create / update / delete from the declaration and the spec. The few operations that are
not CRUD — merging leads, shared-field associations, custom field schemas, users and the
organization — are small hand-written handlers beside them.

Every handler runs under its organization's lock, so a handler sees and leaves the
organization consistent and concurrent ``.add`` writes to one multi-value field all land.
A write bumps the organization's generation, which invalidates cached renderings.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from .._caller import caller, caller_today
from .._engine import Family, bind
from .._events import EventViews, api_key_id
from .._organization import Organization
from .._spec import CompiledSpec, load_spec
from .._types import ApiRequest, ApiResponse, Handler
from . import (
    activity_union,
    associations,
    events,
    history,
    leads,
    meetings,
    org,
    schemas,
    search,
    tasks,
)
from .bulk_actions import FAMILIES as BULK_ACTION_FAMILIES
from .bulk_actions import actions as bulk_action_actions
from .calls import CALLS
from .comments import COMMENT_THREADS, COMMENTS
from .comments import actions as comment_actions
from .contacts import CONTACTS
from .custom_activities import CUSTOM_ACTIVITIES
from .custom_fields import CUSTOM_FIELDS
from .custom_objects import CUSTOM_OBJECTS
from .custom_types import CUSTOM_ACTIVITY_TYPES, CUSTOM_OBJECT_TYPES
from .emails import EMAIL_THREADS, EMAILS
from .enrichment import actions as enrichment_actions
from .exports import EXPORTS
from .exports import actions as export_actions
from .files import HANDLERS as FILE_HANDLERS
from .groups import GROUPS
from .groups import actions as group_actions
from .h15b import H15B_FAMILIES, h15b_actions, h15b_event_views
from .memberships import MEMBERSHIPS
from .memberships import actions as membership_actions
from .notes import NOTES
from .opportunities import OPPORTUNITIES
from .opportunity_groups import actions as opportunity_group_actions
from .reports import HANDLERS as REPORT_HANDLERS
from .roles import ROLES
from .sequences import FAMILIES as SEQUENCE_FAMILIES
from .smart_views import SMART_VIEWS
from .sms import SMS_MESSAGES
from .statuses import LEAD_STATUSES, OPPORTUNITY_STATUSES, PIPELINES
from .tasks import TASK_COMPLETIONS, TASKS
from .templates import EMAIL_TEMPLATES, SMS_TEMPLATES
from .templates import actions as template_actions
from .webhooks import WEBHOOKS
from .webhooks import actions as webhook_actions
from .whatsapp import WHATSAPP_MESSAGES

#: In binding order: a family that embeds another comes after it.
FAMILIES: tuple[Family, ...] = (
    CONTACTS,
    OPPORTUNITIES,
    TASKS,
    leads.LEADS,
    *CUSTOM_FIELDS,
    CUSTOM_OBJECT_TYPES,
    CUSTOM_ACTIVITY_TYPES,
    CUSTOM_OBJECTS,
    CUSTOM_ACTIVITIES,
    SMART_VIEWS,
    EXPORTS,
    NOTES,
    TASK_COMPLETIONS,
    CALLS,
    EMAILS,
    EMAIL_THREADS,
    SMS_MESSAGES,
    WHATSAPP_MESSAGES,
    meetings.MEETINGS,
    *history.FAMILIES,
    LEAD_STATUSES,
    OPPORTUNITY_STATUSES,
    PIPELINES,
    ROLES,
    # ==== h12: families go below ====
    #
    #
    # ==== h13e: families go below ====
    #
    #
    # ==== h13w: families go below ====
    WEBHOOKS,
    #
    #
    # ==== h14: families go below ====
    *BULK_ACTION_FAMILIES,
    #
    #
    # ==== h15a: families go below ====
    EMAIL_TEMPLATES,
    SMS_TEMPLATES,
    GROUPS,
    COMMENTS,
    COMMENT_THREADS,
    *SEQUENCE_FAMILIES,
    #
    #
    # ==== h15b: families go below ====
    *H15B_FAMILIES,
    #
    #
    # ==== h15c: families go below ====
    MEMBERSHIPS,
    #
    #
)


#: Operations that only read although they are not GETs: they leave the generation alone,
#: so cached renderings (and Advanced Filtering's indexes) survive them.
READ_ONLY = frozenset({"search"})


def _new_day(org: Organization) -> None:
    # Cached renderings that embed a task's ``view`` hold for one caller's day: a new day
    # (the clock moved, or a caller in another time zone) makes them stale.
    day = caller_today()
    if day != org.render_day:
        org.render_day = day
        org.generation += 1


def _serialized(handler: Handler, views: EventViews, base_path: str) -> Handler:
    @functools.wraps(handler)
    def run(req: ApiRequest) -> ApiResponse:
        org = req.org
        if req.method == "GET" or req.operation_id in READ_ONLY:
            with org.lock, caller(req.tz_offset):
                _new_day(org)
                return handler(req)
        # A write is recorded as one request of the event log; its events are committed
        # when the handler is done (still in the caller's time zone), then handed to the
        # event listeners with the lock released.
        meta = {"request_method": req.method, "request_path": base_path + req.path}
        recording = org.recording(
            meta=meta, user_id=req.user.id, api_key_id=api_key_id(req.user.id), views=views
        )
        with caller(req.tz_offset), recording:
            _new_day(org)
            org.generation += 1
            try:
                return handler(req)
            finally:
                org.generation += 1

    return run


class Built(NamedTuple):
    """The handlers of one spec and how its families' records look in the event log."""

    handlers: Mapping[str, Handler]
    views: EventViews


def build_handlers(spec: CompiledSpec) -> Mapping[str, Handler]:
    """``operationId -> handler`` for ``spec``, read-only."""
    return build(spec).handlers


def build(spec: CompiledSpec) -> Built:
    """The handlers of ``spec`` with the event views they record by."""
    bound, handlers = bind(FAMILIES, spec)
    views = events.views(bound, h15b_event_views(bound))
    extra = {
        **leads.actions(bound),
        **tasks.actions(bound),
        **associations.HANDLERS,
        **schemas.actions(bound),
        **org.actions(bound, spec),
        **meetings.actions(bound),
        **activity_union.actions(spec, bound),
        # ==== h12: hand-written actions go below ====
        #
        #
        # ==== h13e: hand-written actions go below ====
        #
        #
        **events.actions(),
        # ==== h13w: hand-written actions go below ====
        **webhook_actions(bound),
        #
        #
        # ==== h14: hand-written actions go below ====
        **bulk_action_actions(bound),
        **search.actions(bound),
        #
        #
        **export_actions(spec, bound),
        # ==== h15a: hand-written actions go below ====
        **template_actions(bound),
        **group_actions(bound, spec),
        **comment_actions(bound),
        **FILE_HANDLERS,
        #
        #
        # ==== h15b: hand-written actions go below ====
        **h15b_actions(bound),
        #
        #
        # ==== h15c: hand-written actions go below ====
        **membership_actions(bound),
        **enrichment_actions(bound),
        **REPORT_HANDLERS,
        #
        #
        # ==== h16r: hand-written actions go below ====
        **opportunity_group_actions(bound),
        #
        #
    }
    for operation_id, handler in extra.items():
        if operation_id in handlers:  # a typo in a table would silently shadow a handler
            raise RuntimeError(f"duplicate handler for {operation_id}")
        handlers[operation_id] = handler
    wrapped = {op: _serialized(h, views, spec.base_path) for op, h in handlers.items()}
    return Built(MappingProxyType(wrapped), views)


#: The handlers of the pinned spec, and its event views.
PINNED: Built = build(load_spec())
HANDLERS: Mapping[str, Handler] = PINNED.handlers

__all__ = ["FAMILIES", "HANDLERS", "PINNED", "Built", "build", "build_handlers"]
