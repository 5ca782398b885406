"""The fuzz campaign's edge round: numbers at and past every edge, oversized collections.

Schemathesis generates what the schema describes; these are the values it cannot send
(``1e400``, ``NaN``, integers of 400 digits are not Python floats or JSON it would write)
and the sizes it never reaches. For every operation with a JSON body, a valid request is
built from the spec (``_coverage_builder``), then each top-level property in turn gets:

* every number of :data:`EDGE_NUMBERS` (huge, non-finite, negative zero, the 64-bit
  bounds and one past them, subnormals), written into the JSON text as is;
* lists at and one past the emulator's limits, a list far past them, and a value nested
  deeper than allowed;

and ``X-HTTP-Method-Override`` GETs get the numbers in ``_params``. Each answer must be
below 500, be JSON, be Close-shaped when it is an error, and leave the emulator's count
of internal errors alone. After every accepted write, every list the spec offers (and
the object written, for an update) must still answer 200 with JSON: nothing accepted
may poison a later read.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Iterator
from typing import Any

from closeext.emulator import EmulatorApp, _limits
from closeext.tools._coverage_builder import Builder, CoverageError
from closeext.tools._spec_walk import Spec, SpecOperation, SpecWalkError

EDGE_NUMBERS = (
    "1e400",
    "-1e400",
    "1e308",
    "-1.7976931348623157e308",
    "NaN",
    "Infinity",
    "-Infinity",
    "-0.0",
    "-0",
    "0.0",
    "5e-324",
    "-5e-324",
    "1e-400",
    str(_limits.MAX_NUMBER),
    str(-_limits.MAX_NUMBER),
    str(_limits.MAX_NUMBER + 1),
    str(-_limits.MAX_NUMBER - 1),
    "9007199254740993",
    "1" + "0" * 400,
    "-" + "9" * 5000,
    "12.50",
    "1E2",
)
LIST_SIZES = (
    _limits.MAX_LIST_OBJECTS,
    _limits.MAX_LIST_OBJECTS + 1,
    _limits.MAX_LIST_ITEMS,
    _limits.MAX_LIST_ITEMS + 1,
    250_000,
)
_MARK = "\x00edge\x00"
_JSON = {"content-type": "application/json"}


@dataclasses.dataclass
class EdgeReport:
    """What the edge round sent and found."""

    cases: int = 0
    accepted_writes: int = 0
    skipped_operations: int = 0
    internal_errors: int = 0
    failures: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class _Case:
    op: SpecOperation
    url: str
    raw: bytes
    what: str
    headers: tuple[tuple[str, str], ...] = ()


def _encode(body: Any, literal: str) -> bytes:
    """``body`` as JSON with the marker string replaced by ``literal`` verbatim."""
    return json.dumps(body).replace(json.dumps(_MARK), literal).encode()


def _with(body: Any, name: str, value: Any) -> Any:
    changed = dict(body) if isinstance(body, dict) else {}
    changed[name] = value
    return changed


class _Cases:
    def __init__(
        self, spec: Spec, builder: Builder, rng: random.Random, custom_keys: list[str]
    ) -> None:
        self.spec = spec
        self.builder = builder
        self.rng = rng
        self.custom_keys = custom_keys

    def for_operation(self, op: SpecOperation) -> Iterator[_Case]:
        path_params = self.builder._path_params(op, fresh=False)
        url = op.path.lstrip("/")
        for name, value in path_params.items():
            url = url.replace("{" + name + "}", str(value))
        if op.body_schema is None:
            if op.method == "GET" and not op.path_params:
                yield from self._override(op, url)
            return
        base = self.builder._body(op.body_schema, fresh=False, variant={})
        properties = self.spec.properties(op.body_schema)
        for name, schema in properties.items():
            prop = self.spec.merged(schema)
            kinds = prop.get("type", [])
            kinds = [kinds] if isinstance(kinds, str) else list(kinds)
            numeric = bool({"integer", "number"} & set(kinds)) or not kinds
            # Every edge number where a number belongs; a few elsewhere (a type error).
            numbers = EDGE_NUMBERS if numeric else self.rng.sample(EDGE_NUMBERS, 3)
            for literal in numbers:
                raw = _encode(_with(base, name, _MARK), literal)
                yield _Case(op, url, raw, f"{name}={literal[:24]}")
            if "array" in kinds:
                item = self.builder._value(self.spec.deref(prop.get("items", {})), fresh=False)
                for size in LIST_SIZES:
                    filler = {} if size > _limits.MAX_LIST_ITEMS else item
                    raw = json.dumps(_with(base, name, [filler] * size)).encode()
                    yield _Case(op, url, raw, f"{name}=[{size} items]")
            deep: Any = 0
            for _ in range(_limits.MAX_JSON_DEPTH + 2):
                deep = [deep]
            yield _Case(op, url, json.dumps(_with(base, name, deep)).encode(), f"{name}=deep")
        for key in self.custom_keys:
            for literal in self.rng.sample(EDGE_NUMBERS, 4):
                raw = _encode(_with(base, key, _MARK), literal)
                yield _Case(op, url, raw, f"{key}={literal[:24]}")
        oversized = json.dumps(_with(base, "name", "x" * _limits.MAX_BODY_BYTES)).encode()
        yield _Case(op, url, oversized, "a body past the size limit")

    def _override(self, op: SpecOperation, url: str) -> Iterator[_Case]:
        header = (("X-HTTP-Method-Override", "GET"),)
        for literal in EDGE_NUMBERS:
            for name in ("_limit", "_skip"):
                raw = _encode({"_params": {name: _MARK}}, literal)
                yield _Case(op, url, raw, f"override {name}={literal[:24]}", header)
        text = json.dumps({"_params": {"_fields": ["id"] * (_limits.MAX_LIST_ITEMS + 1)}})
        yield _Case(op, url, text.encode(), "override _fields=[1001 items]", header)


def _problem(response: Any) -> str | None:
    """Why an answer breaks the emulator's promises, or ``None``."""
    if response.status_code >= 500:
        return f"answered {response.status_code}"
    if not response.content:
        return None if response.status_code in (204, 308) or response.is_success else "no body"
    try:
        body = response.json()
    except ValueError:
        return "the answer is not JSON"
    if response.status_code >= 400:
        simple = isinstance(body, dict) and isinstance(body.get("error"), str)
        envelope = isinstance(body, dict) and {"errors", "field-errors"} <= set(body)
        if not (simple or envelope):
            return f"a {response.status_code} that is not Close-shaped: {str(body)[:200]}"
    return None


def run_edge_round(
    app: EmulatorApp, client: Any, spec: Spec, *, seed: int, max_cases: int | None = None
) -> EdgeReport:
    """Send the edge cases through ``client`` (authenticated, rooted at the API)."""
    emulator = app.state.emulator
    rng = random.Random(seed)
    builder = Builder(spec, client)
    report = EdgeReport()
    custom_keys = []
    # A hidden field takes any value, a number field parses strings: both store numbers.
    for target in ("lead", "contact", "opportunity"):
        for kind in ("hidden", "number"):
            body = {"name": f"edge {target} {kind}", "type": kind}
            made = client.post(f"custom_field/{target}/", json=body)
            if made.is_success:
                custom_keys.append(f"custom.{made.json()['id']}")
    cases = _Cases(spec, builder, rng, custom_keys)
    lists = [
        op
        for op in spec.operations.values()
        if op.method == "GET"
        and not op.path_params
        and not op.required_query
        and client.get(op.path.lstrip("/")).status_code == 200
    ]
    operations = [op for op in spec.operations.values() if op.method != "DELETE"]
    planned: list[_Case] = []
    for op in operations:
        try:
            planned.extend(cases.for_operation(op))
        except (CoverageError, SpecWalkError):
            report.skipped_operations += 1
    if max_cases is not None and len(planned) > max_cases:
        planned = rng.sample(planned, max_cases)
    for case in planned:
        before = emulator.internal_errors
        response = client.request(
            "POST" if case.headers else case.op.method,
            case.url,
            content=case.raw,
            headers={**_JSON, **dict(case.headers)},
        )
        report.cases += 1
        problem = _problem(response)
        if emulator.internal_errors != before:
            problem = "an internal error in the emulator"
        if problem is None and response.is_success and case.op.method in ("POST", "PUT"):
            report.accepted_writes += 1
            problem = _read_back(client, case, lists)
        if problem is not None:
            report.failures.append(f"{case.op.operation_id} with {case.what}: {problem}")
    report.internal_errors = emulator.internal_errors
    return report


def _page_size(op: SpecOperation) -> int:
    """100, or less where the list's ``_limit`` caps pages lower (the event log: 50)."""
    schema = op.query_params.get("_limit")  # the parameter's schema (see _spec_walk)
    maximum = schema.get("maximum") if isinstance(schema, dict) else None
    return min(100, maximum) if isinstance(maximum, int) else 100


def _read_back(client: Any, case: _Case, lists: list[SpecOperation]) -> str | None:
    """After an accepted write: every list, and the object updated, still answer."""
    reads = [(op.path.lstrip("/"), {"_limit": str(_page_size(op))}) for op in lists]
    if case.op.method == "PUT":
        reads.append((case.url, {}))
    for url, params in reads:
        answer = client.get(url, params=params)
        if answer.status_code in (404, 405) and url == case.url:
            continue  # some PUTs address what has no GET
        if answer.status_code != 200:
            return f"then GET {url} answered {answer.status_code}: {answer.text[:200]}"
        try:
            answer.json()
        except ValueError:
            return f"then GET {url} answered non-JSON"
    return None
