"""Contract test: does a Close-compatible server still answer the way the spec says?

    CLOSE_API_KEY=... python scripts/contract.py --base-url https://api.close.com/api/v1/
        [--allow-writes] [--max-examples N] [--seed N] [--format text|markdown]

Runs the schemathesis campaign of ``scripts/fuzz.py`` (same checks, same configuration,
``rejections_depend_on_state`` included) against the server at ``--base-url`` over HTTP,
with the key from ``CLOSE_API_KEY`` (HTTP Basic, the key as user name, empty password).
It reports every operation where the server and the spec disagree, with the check, a
one-line reason and a minimal reproduction (method, path, status), then a summary line.
Exit status: 0 when they agree, 1 on any disagreement (or a run that could not finish
cleanly), 2 on bad usage (no key, a malformed URL, a server that cannot be reached or
that refuses the key).

Read-only by default: only GET operations are tested, nothing else is ever sent, and
the stateful phase (which creates objects) is off. ``--allow-writes`` tests every
operation and the linked workflows, under three rules that keep a real account safe:

* every name or label a request sends starts with ``closeext-contract-<run id>``, so
  what the run made is easy to recognise;
* a write may only name objects this run created: an id in the path that the run did
  not create, or an id in the body that the server showed as someone else's, is
  replaced by one that cannot exist; a ``PUT`` that names no object at all (it would
  change the organization's own settings, e.g. the order of its custom fields) is
  never sent;
* every object created is deleted afterwards, newest first; whatever could not be
  deleted, or still carries the run's prefix afterwards, is reported (and fails the run).

The key never appears in the output: it is masked wherever it could show up.
"""

from __future__ import annotations

import argparse
import base64
import dataclasses
import importlib.util
import os
import re
import secrets
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import httpx

SCRIPTS = Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from emulator_coverage import Spec, SpecOperation  # noqa: E402

EXIT_OK, EXIT_DISAGREEMENT, EXIT_USAGE = 0, 1, 2
KEY_VARIABLE = "CLOSE_API_KEY"
DEFAULT_MAX_EXAMPLES = 2
STATEFUL_STEPS = 6
# How many pages of each list the clean-up reads, looking for what still has the prefix.
SWEEP_PAGES = 10
REQUEST_TIMEOUT = 30.0
# QUERY is the safe, body-carrying method schemathesis probes with (RFC draft).
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "QUERY"})
# Body properties that name an object, in the order tried when a create has none.
NAME_KEYS = ("name", "label", "note")
NOT_CREATED = "closeextContractNotCreated"
# Close makes a lead of its own for a contact or an opportunity created without one.
PARENT_KEY, PARENT_PREFIX = "lead_id", "lead_"
_ID_PREFIX = re.compile(r"^([a-z]+_)")
_ID_VALUE = re.compile(r"^[a-z]+_[A-Za-z0-9]+$")


class UsageError(Exception):
    """Bad usage: the message is one line for the user, and the exit status is 2."""


class RefusedWrite(RuntimeError):
    """A read-only run was about to send a request that could change something."""


def load_fuzz() -> ModuleType:
    """``scripts/fuzz.py``, under the one module name the test suite also uses.

    Loading it twice under two names would register its extra check twice, which
    schemathesis refuses.
    """
    name = "closeext_fuzz"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@dataclasses.dataclass
class Disagreement:
    """One (operation, check) pair where the server and the spec disagree."""

    operation: str
    label: str
    check: str
    reason: str
    reproduction: str
    cases: int = 1


@dataclasses.dataclass(frozen=True)
class Created:
    """An object the run created, and the request that deletes it."""

    operation: str
    path: str


@dataclasses.dataclass
class Report:
    """Everything a run found; :func:`render` turns it into text or markdown."""

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


class WriteGuard:
    """Schemathesis hooks that keep a run to its own objects and remember what it made.

    ``make_parent`` makes (once) a lead of the run's own. A create that could name a lead
    but names none is given that one: Close would otherwise make an "Untitled" lead for
    it, which nothing could recognise as the run's afterwards.
    """

    def __init__(
        self,
        spec: Spec,
        *,
        prefix: str,
        allow_writes: bool,
        make_parent: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.spec = spec
        self.prefix = prefix
        self.allow_writes = allow_writes
        self.make_parent = make_parent
        self.by_label = {op.label: op for op in spec.operations.values()}
        self.creates = {op.operation_id for op in spec.operations.values() if spec.delete_links(op)}
        self.own_ids: set[str] = set()
        self.foreign_ids: set[str] = set()
        self.created: list[Created] = []
        self.problems: list[str] = []
        self._parent: str | None = None

    # --- before a request ------------------------------------------------------------

    def before_call(self, context: Any, case: Any, kwargs: Any) -> None:
        method = str(case.method).upper()
        if method in SAFE_METHODS:
            return
        if not self.allow_writes:
            raise RefusedWrite(f"refusing {method} {case.path}: the run is read-only")
        for name, value in list(case.path_parameters.items()):
            if str(value) not in self.own_ids:
                case.path_parameters[name] = _not_created(value)
        if isinstance(case.body, dict | list):
            self._replace_foreign(case.body)
        op = self.by_label.get(f"{method} {case.path}")
        if isinstance(case.body, dict):
            self._prefix_names(case.body)
            if op is not None and method == "POST" and op.operation_id in self.creates:
                self._complete_create(case.body, op)

    def _replace_foreign(self, node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            if isinstance(value, str) and value in self.foreign_ids:
                node[key] = _not_created(value)
            elif isinstance(value, dict | list):
                self._replace_foreign(value)

    def _prefix_names(self, body: dict[str, Any]) -> None:
        for key in NAME_KEYS:
            value = body.get(key)
            if isinstance(value, str) and not value.startswith(self.prefix):
                body[key] = f"{self.prefix} {value}"

    def _complete_create(self, body: dict[str, Any], op: SpecOperation) -> None:
        """Name what a create makes, and hang it under the run's own lead."""
        properties = self.spec.properties(op.body_schema)
        if not any(isinstance(body.get(key), str) for key in NAME_KEYS):
            for key in NAME_KEYS:
                if key in properties and "string" in _types(self.spec.deref(properties[key])):
                    body[key] = self.prefix
                    break
        if PARENT_KEY in properties and body.get(PARENT_KEY) is None:
            if self._parent is None:
                self._parent = self.make_parent()
            if self._parent is not None:
                body[PARENT_KEY] = self._parent

    # --- after a response ------------------------------------------------------------

    def after_call(self, context: Any, case: Any, response: Any) -> None:
        try:
            answer = response.json()
        except ValueError:
            answer = None
        method = str(case.method).upper()
        op = self.by_label.get(f"{method} {case.path}")
        if op is not None and method == "POST" and 200 <= response.status_code < 300:
            self.record_created(op, case.path_parameters, case.body, answer)
        # Ids the run did not make belong to the account: writes must not name them.
        for key, value in _walk(answer):
            if _is_id(key, value) and value not in self.own_ids:
                self.foreign_ids.add(value)

    def record_created(
        self, op: SpecOperation, path_params: Mapping[str, Any], body: Any, answer: Any
    ) -> None:
        """Remember how to delete what ``op`` just made (nothing if it makes nothing)."""
        links = self.spec.delete_links(op)
        if len(links) > 1:
            # e.g. one delete per association kind: keep the one whose path names a value
            # the request sent (`object_type: contact` -> .../association/contact/).
            sent = (
                {v for v in body.values() if isinstance(v, str)}
                if isinstance(body, dict)
                else set()
            )
            named = [
                link
                for link in links
                if sent & set(self.spec.operations[link.target].path.strip("/").split("/"))
            ]
            links = named or links
        for link in links:
            values: dict[str, str] = {}
            for name, expression in link.parameters.items():
                value = _evaluate(expression, path_params, body, answer)
                if value is None:
                    self.problems.append(
                        f"{op.operation_id} made an object, but {expression} has no value, "
                        "so it cannot be deleted"
                    )
                    return
                values[name] = value
                if expression.startswith("$response."):
                    self.own_ids.add(value)
                    self.foreign_ids.discard(value)
            path = self.spec.operations[link.target].path
            for name, value in values.items():
                path = path.replace("{" + name + "}", value)
            self.created.append(Created(op.operation_id, path))


def _is_id(key: str, value: Any) -> bool:
    return (
        (key == "id" or key.endswith("_id"))
        and isinstance(value, str)
        and bool(_ID_VALUE.match(value))
    )


def _types(schema: Any) -> set[str]:
    kind = schema.get("type") if isinstance(schema, Mapping) else None
    if isinstance(kind, list):
        return set(kind)
    return {kind} if isinstance(kind, str) else {"string"}


def _not_created(value: Any) -> str:
    """An id of the same kind as ``value`` that no server can hold."""
    match = _ID_PREFIX.match(str(value))
    return (match.group(1) if match else "") + NOT_CREATED


def _walk(node: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for name, value in node.items():
            yield str(name), value
            yield from _walk(value, str(name))
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, key)


def _evaluate(
    expression: str, path_params: Mapping[str, Any], body: Any, answer: Any
) -> str | None:
    """A link's runtime expression against one request and its answer."""
    source: Any
    if expression.startswith("$request.path."):
        value = path_params.get(expression.removeprefix("$request.path."))
        return None if value is None else str(value)
    if expression.startswith("$response.body#"):
        source = answer
    elif expression.startswith("$request.body#"):
        source = body
    else:
        return None
    for part in expression.partition("#")[2].strip("/").split("/"):
        if not isinstance(source, dict) or part not in source:
            return None
        source = source[part]
    return source if isinstance(source, str) else None


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
        self.spec = Spec.from_path(load_fuzz().SPEC_PATH)
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

        fuzz = load_fuzz()
        phases = ("examples", "coverage", "fuzzing") + (("stateful",) if self.allow_writes else ())
        config = fuzz.build_config(
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
        schema = fuzz.load_schema(None, config)
        if self.allow_writes:
            singletons = [
                op.operation_id
                for op in self.spec.operations.values()
                if op.method == "PUT" and not op.path_params
            ]
            schema = schema.exclude(operation_id=singletons) if singletons else schema
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


def render(report: Report, fmt: str = "text") -> str:
    """The disagreements, errors and leftovers, then one summary line."""
    summary = (
        f"{len(report.disagreements)} disagreement(s) in "
        f"{len({d.operation for d in report.disagreements.values()})} operation(s), "
        f"{len(report.errors)} error(s); {report.cases} cases over {len(report.operations)} "
        f"operations; created {report.created} object(s), deleted {report.deleted} "
        f"(and {report.swept} made as a side effect), left behind {len(report.left_behind)}"
    )
    heading = (
        f"Contract run against {report.base_url} ({report.mode}; seed {report.seed}; "
        f"{report.max_examples} examples per operation and phase; run id {report.run_id})"
    )
    items = sorted(report.disagreements.values(), key=lambda d: (d.label, d.check))
    if fmt == "markdown":
        lines = [f"## {heading}", ""]
        if items:
            lines += [
                "| operation | request | check | reason | reproduction | seen |",
                "|---|---|---|---|---|---|",
            ]
            lines += [
                "| "
                + " | ".join(
                    _cell(x)
                    for x in (d.operation, d.label, d.check, d.reason, d.reproduction, d.cases)
                )
                + " |"
                for d in items
            ]
            lines.append("")
        for title, entries in (("Errors", report.errors), ("Left behind", report.left_behind)):
            if entries:
                lines += [f"**{title}**", "", *(f"- {_cell(e)}" for e in entries), ""]
        return "\n".join([*lines, f"**Summary:** {summary}"])
    lines = [heading, ""]
    for d in items:
        lines += [
            f"DISAGREEMENT {d.operation} ({d.label}) [{d.check}, seen {d.cases} time(s)]",
            f"  reason:    {d.reason}",
            f"  reproduce: {d.reproduction}",
        ]
    for title, entries in (("ERROR", report.errors), ("LEFT BEHIND", report.left_behind)):
        lines += [f"{title} {entry}" for entry in entries]
    if len(lines) > 2:
        lines.append("")
    return "\n".join([*lines, f"summary: {summary}"])


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def masker(api_key: str) -> Callable[[str], str]:
    """A function that hides the key, plain or inside a Basic credential, in any text."""
    secrets_seen = {
        api_key,
        base64.b64encode(f"{api_key}:".encode()).decode(),
        base64.b64encode(api_key.encode()).decode(),
    }

    def mask(text: str) -> str:
        for secret in sorted(secrets_seen, key=len, reverse=True):
            text = text.replace(secret, "***")
        return text

    return mask


def _base_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an http(s) URL, e.g. https://api.close.com/api/v1/"
        )
    return text


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="contract.py",
        description=__doc__.split("\n\n")[0],
        epilog=f"The API key is read from the {KEY_VARIABLE} environment variable.",
    )
    parser.add_argument(
        "--base-url",
        required=True,
        type=_base_url,
        metavar="URL",
        help="the API root, e.g. https://api.close.com/api/v1/",
    )
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="also test operations that create, change and delete (only the run's own objects)",
    )
    parser.add_argument(
        "--max-examples",
        type=_positive,
        default=DEFAULT_MAX_EXAMPLES,
        help="examples per operation and phase (default: %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=1, help="generation seed (default: 1)")
    parser.add_argument("--format", choices=["text", "markdown"], default="text")
    return parser


def main(argv: Sequence[str] | None = None, *, env: Mapping[str, str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    api_key = (os.environ if env is None else env).get(KEY_VARIABLE, "").strip()
    if not api_key:
        print(
            f"{parser.prog}: error: set {KEY_VARIABLE} to the API key to test with", file=sys.stderr
        )
        return EXIT_USAGE
    mask = masker(api_key)
    campaign = Campaign(
        base_url=args.base_url,
        api_key=api_key,
        allow_writes=args.allow_writes,
        max_examples=args.max_examples,
        seed=args.seed,
    )
    try:
        campaign.preflight()
    except UsageError as exc:
        print(mask(f"{parser.prog}: error: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    try:
        report = campaign.run()
    except Exception as exc:  # one masked line, never a traceback that might hold the key
        print(mask(f"{parser.prog}: the run stopped: {type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_DISAGREEMENT
    print(mask(render(report, args.format)))
    return EXIT_DISAGREEMENT if report.failed else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
