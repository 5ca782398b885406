"""The per-request shortcuts give what the long way gives.

Bench section 1 asks closeext to cost little more than raw httpx per call, so a few things
take a shortcut: JSON bodies decode with msgspec when it is installed, the usual ``RateLimit``
form is read with one match, the generated operation's extension is read once per module,
an attempt's timeouts are left alone when they already end before the deadline, and each
tag's facade is built once per client. Each is checked here against the general path.
"""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeext import Close, _json
from closeext._answers import OPERATION_EXTENSION, Operation
from closeext._retry import _parse_ratelimit_parts, parse_ratelimit, rate_limit_from_headers
from closeext._transport import _Attempts, _RetryCore

KEY = "fast_path_key_0001"


@pytest.fixture(params=["msgspec", "stdlib"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with msgspec (when installed) and with the standard library alone."""
    if request.param == "stdlib":
        monkeypatch.setattr(_json, "_fast", None)
    elif _json._fast is None:
        pytest.skip("msgspec is not installed")
    return str(request.param)


def _outcome(decode: Any, content: bytes) -> tuple[str, Any]:
    try:
        value = decode(content)
    except Exception as exc:
        return ("raises", type(exc))
    return ("value", value)


def _same(a: Any, b: Any) -> bool:
    """Equal, with NaN equal to itself (json.loads reads `NaN`)."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return bool(type(a) is type(b) and a == b)


@pytest.mark.parametrize(
    "content",
    [
        b'{"data": [{"id": "lead_1", "n": 1.5}], "has_more": false}',
        b'{"a": 1, "a": 2}',  # duplicate keys: the last wins
        b"[NaN, Infinity, -Infinity]",  # the stdlib reads these, msgspec does not
        b"123456789012345678901234567890",  # beyond 64 bits: still an exact int
        b"[18446744073709551616, -9223372036854775809, 9223372036854775807]",
        b'"a\x01b"',  # a raw control character: refused by both
        b"1e400",
        b'\xef\xbb\xbf{"bom": true}',  # a UTF-8 byte order mark
        '{"utf16": "é"}'.encode("utf-16"),
        b'"\\ud800"',  # a lone surrogate
        b'"caf\xc3\xa9 \\u00e9"',
        b'{"id": "lead_1", "name": "Ac',  # cut short
        b"<html>gateway</html>",
        b"",
        b"\xff\xfe\xfd",
        b"[" * 100_000,  # nested too deep: RecursionError from both
    ],
)
def test_decoding_matches_the_standard_library(decoder: str, content: bytes) -> None:
    kind, got = _outcome(_json.loads, content)
    expected_kind, expected = _outcome(json.loads, content)
    assert kind == expected_kind
    if kind == "raises":
        assert got is expected or (issubclass(got, ValueError) and issubclass(expected, ValueError))
    else:
        assert _same(got, expected) or got == expected


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_any_json_document_decodes_as_the_standard_library_decodes_it(value: Any) -> None:
    content = json.dumps(value).encode()
    assert json.dumps(_json.loads(content)) == json.dumps(json.loads(content))


# -- RateLimit -------------------------------------------------------------------------------


@given(
    st.integers(0, 10**15 - 1),
    st.integers(0, 10**15 - 1),
    st.integers(0, 10**6),
    st.sampled_from(["", ".0", ".5", ".734", ".000001", ".123456789012345"]),
)
def test_the_usual_ratelimit_form_reads_as_the_general_parser_reads_it(
    limit: int, remaining: int, seconds: int, fraction: str
) -> None:
    header = f"limit={limit}, remaining={remaining}, reset={seconds}{fraction}"
    assert parse_ratelimit(header) == _parse_ratelimit_parts(header)
    assert parse_ratelimit(header) is not None


def test_the_ratelimit_header_is_found_in_any_case() -> None:
    for name in ("RateLimit", "ratelimit", "RATELIMIT"):
        info = rate_limit_from_headers(httpx.Headers({name: "limit=10, remaining=9, reset=1.5"}))
        assert info is not None and (info.limit, info.remaining, info.reset) == (10, 9, 1.5)
        assert rate_limit_from_headers({name: "limit=10, remaining=9, reset=1.5"}) == info
    older = httpx.Headers({"X-Rate-Limit-Limit": "5", "X-Rate-Limit-Remaining": "4"})
    older["X-Rate-Limit-Reset"] = "2"
    info = rate_limit_from_headers(older)
    assert info is not None and (info.limit, info.remaining, info.reset) == (5, 4, 2.0)


# -- the operation extension, timeouts and facades -----------------------------------------------


def _request(extension: dict[str, Any]) -> httpx.Request:
    return httpx.Request("GET", "http://x/lead/", extensions={OPERATION_EXTENSION: extension})


def test_an_operation_extension_is_read_again_when_it_changes() -> None:
    extension: dict[str, Any] = {"operation_id": "get_lead", "success_status": 200}
    first = Operation.of(_request(extension))
    assert Operation.of(_request(extension)) is first
    assert first == Operation("get_lead", 200)
    extension["success_status"] = 201
    assert Operation.of(_request(extension)) == Operation("get_lead", 201)
    assert Operation.of(_request({"operation_id": 7})) == Operation(None, None)


@pytest.mark.parametrize(
    ("timeouts", "deadline", "cut"),
    [
        # Ending before the deadline: left as they are.
        ({"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}, 120.0, set()),
        # A phase without a timeout, or longer than what is left: cut to the deadline.
        ({"connect": 10.0, "read": None, "write": 30.0, "pool": 30.0}, 120.0, {"read"}),
        (
            {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0},
            20.0,
            {"read", "write", "pool"},
        ),
    ],
)
def test_attempt_timeouts_are_cut_only_where_the_deadline_is_sooner(
    timeouts: dict[str, float | None], deadline: float, cut: set[str]
) -> None:
    request = httpx.Request("GET", "http://x/lead/", extensions={"timeout": dict(timeouts)})
    core = _RetryCore(None, False, None, lambda: 0.0, None, None, deadline, True)
    _Attempts(core, request, b"").before_send()
    after = request.extensions["timeout"]
    assert after == {
        phase: deadline if phase in cut else value for phase, value in timeouts.items()
    }


def test_a_tag_facade_is_built_once_per_client_and_anew_for_options() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "lead_1", "name": "Acme"})

    with Close(KEY, transport=httpx.MockTransport(handler)) as close:
        assert close.leads is close.leads
        tagged = close.with_options(headers={"X-Tag": "one"})
        assert tagged.leads is not close.leads
        assert tagged.leads.get("lead_1").name == "Acme"
        assert close.leads.get("lead_1").name == "Acme"
    assert [request.headers.get("X-Tag") for request in seen] == ["one", None]
