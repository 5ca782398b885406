"""The emulator's control surface for tests: its clock, and what only Close makes.

Close's API cannot create meetings (calendar sync makes them), form submissions, calls
through Close's own phone system, or the tasks Close raises for missed calls, voicemails
and incoming emails and SMS. Tests need them all the same, so the emulator offers a
control surface of its own — never part of Close's API, never in its spec:

* in Python, ``app.state.emulator.control`` (a :class:`Control`);
* over HTTP, under ``/_emulator/`` (see :mod:`._control_http`), refused without the
  header ``X-Closeext-Emulator-Control: 1`` so no Close client reaches it by accident.

It moves the clock (:meth:`Control.clock`, :meth:`advance`, :meth:`travel`,
:meth:`freeze`, :meth:`thaw`), injects objects of the kinds in
:data:`._control_kinds.KINDS` as if they had arrived — stored through the organization,
with the tasks Close raises for them — and issues OAuth access tokens, which the few
OAuth-only operations require (an API key is refused there, as Close refuses it).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped, unused-ignore]

from . import _errors
from ._clock import Clock, use_clock
from ._control_kinds import KINDS, Kind, raised_task
from ._organization import Organization
from ._records import Task, User, iso, new_id, parse_moment
from ._spec import CompiledSpec
from ._store import World
from ._types import ApiRequest, Handler, ValidationFailed

__all__ = ["Control", "Host", "Injected"]


class Host(Protocol):
    """What the control surface needs of its emulator (``_app.Emulator``)."""

    spec: CompiledSpec
    world: World
    handlers: Mapping[str, Handler]

    @property
    def clock(self) -> Clock: ...

    @property
    def api_keys(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class Injected:
    """An injected record as Close's API renders it, and the tasks it raised or joined."""

    record: dict[str, Any]
    tasks: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        return {"record": self.record, "tasks": self.tasks}


class Control:
    """The control surface of one emulator (reach it as ``app.state.emulator.control``)."""

    def __init__(self, emulator: Host, decode_key: Callable[[bytes], str | None]) -> None:
        self._emulator = emulator
        self._decode_key = decode_key
        self._validators = {
            name: Draft202012Validator(kind.schema(), format_checker=FormatChecker())
            for name, kind in KINDS.items()
        }

    def __repr__(self) -> str:
        return f"Control(kinds={sorted(KINDS)})"

    # -- the clock ---------------------------------------------------------------------

    def clock(self) -> dict[str, Any]:
        """The clock's state: ``now`` (ISO 8601), ``frozen``, ``offset_seconds``, timers."""
        clock = self._emulator.clock
        return {
            "now": iso(clock.now()),
            "frozen": clock.frozen,
            "offset_seconds": clock.offset.total_seconds(),
            "pending_timers": clock.pending(),
        }

    def advance(self, seconds: float | timedelta) -> dict[str, Any]:
        """Move the clock forward (and run what fell due); answer its state."""
        clock = self._emulator.clock
        with use_clock(clock):
            clock.advance(seconds)
        return self.clock()

    def travel(self, moment: datetime | str) -> dict[str, Any]:
        """Move the clock forward to ``moment`` (never back); answer its state."""
        target = _moment(moment) if isinstance(moment, str) else moment
        clock = self._emulator.clock
        with use_clock(clock):
            clock.travel_to(target)
        return self.clock()

    def freeze(self) -> dict[str, Any]:
        """Stop time where it stands; answer the clock's state."""
        self._emulator.clock.freeze()
        return self.clock()

    def thaw(self) -> dict[str, Any]:
        """Let time run again; answer the clock's state."""
        self._emulator.clock.thaw()
        return self.clock()

    # -- injection ---------------------------------------------------------------------

    @staticmethod
    def kinds() -> dict[str, dict[str, Any]]:
        """Every injectable kind: its description and the JSON schema of its body."""
        return {
            name: {"description": kind.description, "schema": kind.schema()}
            for name, kind in KINDS.items()
        }

    def inject(
        self, kind: str, body: Mapping[str, Any] | None = None, *, api_key: str | None = None
    ) -> Injected:
        """Make one object of ``kind`` in the organization of ``api_key`` as Close would.

        ``api_key`` may be left out when the emulator has a single key. The body is
        checked against the kind's schema and its references against the organization
        (Close-shaped 400s, :class:`~._types.ValidationFailed`); the record is stored
        through the organization, with the task Close raises for it.

        Raises:
            KeyError: for an unknown kind.
            ValueError: for an unknown API key, or none given among several.
        """
        org, user = self.organization(api_key)
        return self.inject_into(org, user, kind, dict(body or {}))

    def inject_into(
        self, org: Organization, user: User, kind_name: str, body: Mapping[str, Any]
    ) -> Injected:
        """:meth:`inject` for an organization already found (the HTTP surface's path)."""
        kind = KINDS.get(kind_name)
        if kind is None:
            raise KeyError(f"no injectable kind {kind_name!r}; known: {', '.join(KINDS)}")
        errors = list(self._validators[kind_name].iter_errors(body))
        if errors:
            raise _errors.validation_error(errors, wants_object=True)
        with self._writing(org):
            _check_references(org, kind, body)
            built = kind.build(org, body)
            record = kind.record(
                **org.stamp("", new_id("acti_")),
                lead_id=body["lead_id"],
                contact_id=body.get("contact_id"),
                user_id=body.get("user_id") or user.id,
                **built.attrs,
            )
            for collection, before in built.before:
                org.insert(collection, before)
            org.insert(kind.collection, record)
            kind.after(org, record)
            tasks = self._raise(org, kind, record)
        rendered = self._render(org, user, kind.get_operation, record.id)
        return Injected(rendered, [self._render(org, user, "get_task", t.id) for t in tasks])

    def _raise(self, org: Organization, kind: Kind, record: Any) -> list[Task]:
        raised = kind.raises(record)
        if raised is None:
            return []
        if raised.collect is not None:
            for task in _open_tasks(org, record.lead_id, raised.kind, raised.object_id):
                collected = list(task.extra.get(raised.collect, []))
                collected.extend(raised.fields.get(raised.collect, []))
                org.change("tasks", task, {"extra": {**task.extra, raised.collect: collected}}, "")
                return [task]
        task = raised_task(org, record, raised, record.user_id)
        org.insert("tasks", task)
        return [task]

    # -- OAuth -------------------------------------------------------------------------

    def oauth_token(self, api_key: str | None = None) -> str:
        """An OAuth access token for the user of ``api_key`` (sent as ``Bearer <token>``).

        Close issues these to OAuth apps; the emulator has no authorization flow, so
        tests take one here to call the operations only OAuth apps may call.
        """
        org, user = self.organization(api_key)
        return self._emulator.world.issue_oauth_token(org, user)

    # -- plumbing ----------------------------------------------------------------------

    def organization(self, api_key: str | None) -> tuple[Organization, User]:
        """The organization and user of ``api_key`` (or of the only key)."""
        keys = self._emulator.api_keys
        if api_key is None:
            if len(keys) != 1:
                raise ValueError(
                    f"the emulator has {len(keys)} API keys: name the one whose "
                    "organization is meant (api_key=...)"
                )
            api_key = keys[0]
        found = self._emulator.world.authenticate(api_key)
        if found is None:
            raise ValueError("the emulator does not know this API key")
        return found

    def identify(self, authorization: bytes | None) -> tuple[Organization, User] | None:
        """The organization and user of an ``Authorization`` header's API key, or ``None``."""
        key = self._decode_key(authorization) if authorization is not None else None
        return self._emulator.world.authenticate(key) if key is not None else None

    @contextmanager
    def _writing(self, org: Organization) -> Iterator[None]:
        """One change of ``org`` outside a request, as a request's write would make it.

        The event log records it (no user made it: Close's ``user_id`` null), under the
        organization's lock, and cached renderings are dropped.
        """
        with use_clock(self._emulator.clock), org.recording():
            org.generation += 1
            try:
                yield
            finally:
                org.generation += 1

    def _render(self, org: Organization, user: User, operation_id: str, record_id: str) -> Any:
        """The record as Close's API answers ``operation_id`` for it."""
        operation = self._emulator.spec.operations[operation_id]
        request = ApiRequest(
            operation_id=operation_id,
            method="GET",
            path_params={operation.path_params[-1].name: record_id},
            query={},
            body=None,
            org=org,
            user=user,
        )
        with use_clock(self._emulator.clock):
            response = self._emulator.handlers[operation_id](request)
        if response.encoded is not None:
            return json.loads(response.encoded)
        return response.body


def _open_tasks(org: Organization, lead_id: str, kind: str, object_id: str) -> Iterator[Task]:
    lead = org.leads.get(lead_id)
    for task_id in lead.children.get("tasks", {}) if lead is not None else ():
        task = org.tasks[task_id]
        if task.kind == kind and task.object_id == object_id and not task.is_complete:
            yield task


def _check_references(org: Organization, kind: Kind, body: Mapping[str, Any]) -> None:
    lead_id = body["lead_id"]
    errors: dict[str, str] = {}
    if lead_id not in org.leads:
        raise ValidationFailed(field_errors={"lead_id": "Object does not exist."})
    contact_id = body.get("contact_id")
    if contact_id is not None:
        contact = org.contacts.get(contact_id)
        if contact is None or contact.lead_id != lead_id:
            errors["contact_id"] = "Object does not exist on this lead."
    user_id = body.get("user_id")
    if user_id is not None and user_id not in org.users:
        errors["user_id"] = "Object does not exist."
    for key, collection in kind.refs.items():
        value = body.get(key)
        if value is None:
            continue
        record = org.collection(collection).get(value)
        if record is None or record.lead_id != lead_id:
            errors[key] = "Object does not exist on this lead."
    if errors:
        raise ValidationFailed(field_errors=errors)


def _moment(text: str) -> datetime:
    try:
        return parse_moment(text)
    except ValueError:
        raise ValidationFailed(field_errors={"to": "Enter a valid ISO 8601 datetime."}) from None
