"""One ``contract.py`` run: preflight, the schemathesis campaign, then the clean-up.

:class:`Campaign` runs the fuzzing campaign's checks (:mod:`._contract_checks`) against a
live server, with a
:class:`~_contract_guard.WriteGuard` keeping it to its own objects, and gathers what the
server and the spec disagree on into a :class:`Report`. With writes allowed it deletes
everything the run made afterwards, newest first, and sweeps the lists for anything
still carrying the run's prefix.
"""

from __future__ import annotations

import dataclasses
import secrets
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._contract_checks import build_config, load_schema, reach_every_rule
from ._contract_guard import NAME_KEYS, PARENT_PREFIX, WriteGuard
from ._paths import pinned_spec_path
from ._spec_walk import Spec, SpecOperation

KEY_VARIABLE = "CLOSE_API_KEY"
STATEFUL_STEPS = 6
# How many pages of each list the clean-up reads, looking for what still has the prefix.
SWEEP_PAGES = 10
REQUEST_TIMEOUT = 30.0


class UsageError(Exception):
    """Bad usage: the message is one line for the user, and the exit status is 2."""


@dataclasses.dataclass
class Disagreement:
    """One (operation, check) pair where the server and the spec disagree."""

    operation: str
    label: str
    check: str
    reason: str
    reproduction: str
    cases: int = 1


@dataclasses.dataclass
class Report:
    """Everything a run found; :func:`contract.render` turns it into text or markdown."""

    base_url: str
    mode: str
    seed: int
    max_examples: int
    run_id: str
    cases: int = 0
    operations: set[str] = dataclasses.field(default_factory=set)
    disagreements: dict[tuple[str, str, str], Disagreement] = dataclasses.field(
        default_factory=dict
    )
    errors: list[str] = dataclasses.field(default_factory=list)
    created: int = 0
    deleted: int = 0
    swept: int = 0
    left_behind: list[str] = dataclasses.field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.disagreements or self.errors or self.left_behind)


class Campaign:
    """One contract run: preflight, the schemathesis campaign, then the clean-up."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        allow_writes: bool,
        max_examples: int,
        seed: int,
        run_id: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.allow_writes = allow_writes
        self.max_examples = max_examples
        self.seed = seed
        self.run_id = run_id or secrets.token_hex(4)
        self.prefix = f"closeext-contract-{self.run_id}"
        self.spec = Spec.from_path(pinned_spec_path())
        self.report = Report(
            base_url=self.base_url,
            mode="read and write" if allow_writes else "read-only: GET operations only",
            seed=seed,
            max_examples=max_examples,
            run_id=self.run_id,
        )

    def client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url + "/",
            auth=(self.api_key, ""),
            timeout=REQUEST_TIMEOUT,
            follow_redirects=False,
        )

    def preflight(self) -> None:
        """Fail fast, with one line, when the server is unreachable or refuses the key."""
        try:
            with self.client() as client:
                response = client.get("me/")
        except httpx.HTTPError as exc:
            raise UsageError(f"cannot reach {self.base_url}: {type(exc).__name__}: {exc}") from None
        if response.status_code in (401, 403):
            raise UsageError(
                f"{self.base_url} refused the key in {KEY_VARIABLE} "
                f"(GET /me/ answered {response.status_code})"
            )

    def run(self) -> Report:
        from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

        phases = ("examples", "coverage", "fuzzing") + (("stateful",) if self.allow_writes else ())
        config = build_config(
            seed=self.seed,
            max_examples=self.max_examples,
            auth_file=None,
            stateful_steps=STATEFUL_STEPS,
            phases=phases,
        )
        config.projects.override.update(
            base_url=self.base_url,
            basic_auth=(self.api_key, ""),
            rate_limit="auto",  # wait out a 429 as its Retry-After says
            request_timeout=REQUEST_TIMEOUT,
        )
        schema = load_schema(config)
        if self.allow_writes:
            singletons = [
                op.operation_id
                for op in self.spec.operations.values()
                if op.method == "PUT" and not op.path_params
            ]
            schema = schema.exclude(operation_id=singletons) if singletons else schema
            # or the stateful phase reaches few of its rules
            reach_every_rule(schema.as_state_machine())
        else:
            schema = schema.exclude(method=["POST", "PUT", "PATCH", "DELETE"])
        guard = WriteGuard(
            self.spec,
            prefix=self.prefix,
            allow_writes=self.allow_writes,
            make_parent=lambda: self._make_parent(guard),
        )
        # before_call exists only as a global hook; it is removed again right after the run
        # and acts only on this schema's cases.
        schema.hooks.register_hook_with_name(guard.after_call, "after_call")

        def before_call(context: Any, case: Any, kwargs: Any) -> None:
            if case.operation.schema is schema:
                guard.before_call(context, case, kwargs)

        GLOBAL_HOOK_DISPATCHER.register_hook_with_name(before_call, "before_call")
        try:
            self._execute(schema)
        finally:
            GLOBAL_HOOK_DISPATCHER.unregister(before_call)
            if self.allow_writes:
                self._clean_up(guard)
        return self.report

    def _make_parent(self, guard: WriteGuard) -> str | None:
        """A lead of the run's own, made directly (the guard tracks it like the others)."""
        producers = self.spec.producers().get(PARENT_PREFIX, [])
        if not producers:
            return None
        op = self.spec.operations[producers[0]]
        body = {"name": f"{self.prefix} parent"}
        try:
            with self.client() as client:
                response = client.post(op.path.lstrip("/"), json=body)
            answer = response.json()
        except (httpx.HTTPError, ValueError):
            return None
        if not 200 <= response.status_code < 300 or not isinstance(answer, dict):
            return None
        guard.record_created(op, {}, body, answer)
        parent = answer.get("id")
        return parent if isinstance(parent, str) else None

    def _execute(self, schema: Any) -> None:
        from schemathesis.engine import Status, events, from_schema

        report = self.report
        for event in from_schema(schema).execute():
            if isinstance(event, events.ScenarioFinished):
                recorder = event.recorder
                report.cases += len(recorder.cases)
                for node in recorder.cases.values():
                    report.operations.add(node.value.operation.label)
                for case_id, checks in recorder.checks.items():
                    for check in checks:
                        if check.status == Status.FAILURE and check.failure_info is not None:
                            self._add_failure(recorder, case_id, check.name, check.failure_info)
            elif isinstance(event, events.NonFatalError):
                message = _first_line(str(event.info.message or event.value))
                report.errors.append(f"{event.label}: {event.info.title}: {message}")
            elif isinstance(event, events.FatalError):
                report.errors.append(f"schemathesis stopped: {_first_line(str(event.exception))}")

    def _add_failure(self, recorder: Any, case_id: str, check: str, info: Any) -> None:
        failure = info.failure
        failing_id = failure.case_id or case_id
        node = recorder.cases.get(failing_id) or recorder.cases.get(case_id)
        label = failure.operation or (node.value.operation.label if node else "?")
        op = self.spec.by_label(label)
        interaction = recorder.interactions.get(failing_id) or recorder.interactions.get(case_id)
        reproduction = "(no request recorded)"
        if interaction is not None:
            request = interaction.request
            parts = urlsplit(request.uri)
            status = interaction.response.status_code if interaction.response else "no answer"
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            reproduction = f"{request.method} {target} -> {status}"
        title = str(failure.title)
        message = _first_line(str(failure.message))
        reason = f"{title}: {message}" if message and message != title else title
        key = (label, check, title)
        found = self.report.disagreements.get(key)
        if found is not None:
            found.cases += 1
            # The shortest request that shows it is the easiest to reproduce by hand.
            if len(reproduction) < len(found.reproduction):
                found.reproduction = reproduction
            return
        self.report.disagreements[key] = Disagreement(
            operation=op.operation_id if op else label,
            label=label,
            check=check,
            reason=reason,
            reproduction=reproduction,
        )

    def _clean_up(self, guard: WriteGuard) -> None:
        report = self.report
        report.left_behind.extend(guard.problems)
        report.created = len(guard.created)
        with self.client() as client:
            for item in reversed(guard.created):
                status = _delete(client, item.path)
                if _gone(status):
                    report.deleted += 1
                else:
                    report.left_behind.append(
                        f"DELETE {item.path} (made by {item.operation}) {_answered(status)}"
                    )
            # Objects made as a side effect (a contact created without a lead gets a lead
            # of its own) were never answered to a create; they still carry the prefix.
            for _, path, _ in list(self._still_prefixed(client)):
                if path is not None and _gone(_delete(client, path)):
                    report.swept += 1
            report.left_behind.extend(
                f"{object_id} ({name!r}) is still listed by {label}"
                for label, _, (object_id, name) in self._still_prefixed(client)
            )

    def _still_prefixed(
        self, client: httpx.Client
    ) -> Iterator[tuple[str, str | None, tuple[str, str]]]:
        """(list operation, delete path, (id, name)) of each object carrying the prefix."""
        seen: set[str] = set()
        for op in self.spec.operations.values():
            if op.method != "GET" or op.path_params or op.required_query:
                continue
            if op.path in HISTORY_PATHS:
                continue  # the event log keeps deleted objects' events by design
            # The delete of a listed object: DELETE <list path>{id}/, when the spec has one.
            delete = next(
                (
                    other
                    for other in self.spec.operations.values()
                    if other.method == "DELETE"
                    and len(other.path_params) == 1
                    and other.path == op.path + "{" + next(iter(other.path_params)) + "}/"
                ),
                None,
            )
            for obj in _objects(list(_pages(client, op))):
                name = next((obj[k] for k in NAME_KEYS if isinstance(obj.get(k), str)), "")
                object_id = obj.get("id")
                if name.startswith(self.prefix) and isinstance(object_id, str):
                    if object_id in seen:
                        continue
                    seen.add(object_id)
                    path = op.path + object_id + "/" if delete is not None else None
                    yield op.label, path, (object_id, name)


#: Lists of history rather than of live objects: what a run deleted stays in them.
HISTORY_PATHS: frozenset[str] = frozenset({"/event/"})


def _pages(client: httpx.Client, op: SpecOperation) -> Iterator[Any]:
    """The answers of a list operation, page after page (at most SWEEP_PAGES of them)."""
    params: dict[str, int] = {}
    paged = {"_limit", "_skip"} <= set(op.query_params)
    if paged:
        params["_limit"] = int(op.query_params["_limit"].get("maximum", 100))
    for page in range(SWEEP_PAGES if paged else 1):
        if paged:
            params["_skip"] = page * params["_limit"]
        try:
            answer = client.get(op.path.lstrip("/"), params=params).json()
        except (httpx.HTTPError, ValueError):
            return
        yield answer
        if not (isinstance(answer, dict) and answer.get("has_more") is True):
            return


def _gone(status: int | None) -> bool:
    # 404: already gone (the run deleted it itself, or merged it away).
    return status is not None and (200 <= status < 300 or status == 404)


def _answered(status: int | None) -> str:
    return "got no answer" if status is None else f"answered {status}"


def _delete(client: httpx.Client, path: str) -> int | None:
    for _ in range(4):
        try:
            response = client.delete(path.lstrip("/"))
        except httpx.HTTPError:
            return None
        if response.status_code != 429:
            return response.status_code
        time.sleep(min(_retry_after(response.headers.get("retry-after")), 30.0))
    return 429


def _retry_after(value: str | None) -> float:
    try:
        return max(float(value or 1), 0.0)
    except ValueError:
        return 1.0


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for item in node:
            yield from _objects(item)


def _first_line(text: str, limit: int = 240) -> str:
    """The first line of ``text``; with the next one too when the first only introduces it."""
    lines = [part.strip() for part in text.splitlines() if part.strip()]
    line = " ".join(lines[:2]) if len(lines) > 1 and lines[0].endswith(":") else "".join(lines[:1])
    return line if len(line) <= limit else line[: limit - 3] + "..."
