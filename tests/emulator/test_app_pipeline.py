"""The request pipeline on a small spec of its own, with stand-in handlers and world.

These pin the pipeline's behaviour (routing, parsing, validation, error shapes) apart
from the real spec and domain, which have their own tests.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from closeext.emulator._app import Emulator, EmulatorApp
from closeext.emulator._clock import Clock
from closeext.emulator._faults import FaultInjector, FaultPlan
from closeext.emulator._ratelimit import RateLimiter
from closeext.emulator._spec import load_spec
from closeext.emulator._types import ApiError, ApiRequest, ApiResponse, NotFound, ValidationFailed

MINI_SPEC = """
openapi: 3.1.0
info: {title: mini, version: "1"}
servers: [{url: https://api.close.com/api/v1}]
security: [{basic: []}]
components:
  securitySchemes:
    basic: {type: http, scheme: basic}
  schemas:
    Email:
      type: object
      required: [email]
      properties:
        email: {type: string, format: email}
        type: {type: string, enum: [office, home]}
    Contact:
      type: object
      required: [name]
      properties:
        name: {type: string, maxLength: 10}
        emails: {type: array, items: {$ref: '#/components/schemas/Email'}}
    LeadCreate:
      type: object
      properties:
        name: {type: [string, "null"], maxLength: 20}
        contacts: {type: array, items: {$ref: '#/components/schemas/Contact'}}
        tags: {type: array, items: {type: string}, maxItems: 3}
        score: {anyOf: [{type: integer}, {type: "null"}]}
        date_won: {type: string, format: date}
        address: {type: object, properties: {city: {type: string}}, required: [city]}
paths:
  /lead/:
    get:
      operationId: list_leads
      parameters:
        - {name: _limit, in: query, schema: {type: integer, minimum: 0, maximum: 100}}
        - {name: _skip, in: query, schema: {type: integer, minimum: 0}}
        - {name: flag, in: query, schema: {type: boolean}}
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
        - {name: view, in: query, schema: {type: string, enum: [inbox, future]}}
      responses: {"200": {description: ok}}
    post:
      operationId: create_lead
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LeadCreate'}}}
      responses: {"200": {description: ok}}
  /lead/merge/:
    post:
      operationId: merge_leads
      requestBody:
        required: true
        content: {application/json: {schema: {type: object}}}
      responses: {"200": {description: ok}}
  /lead/{lead_id}/:
    parameters:
      - {name: lead_id, in: path, required: true, schema: {type: string}}
    get:
      operationId: get_lead
      parameters:
        - {name: x-tz-offset, in: header, schema: {type: number}}
      responses: {"200": {description: ok}}
    put:
      operationId: update_lead
      requestBody:
        content: {application/json: {schema: {type: object}}}
      responses: {"200": {description: ok}}
    delete:
      operationId: delete_lead
      responses: {"200": {description: ok}}
  /thing/{kind}/:
    get:
      operationId: get_thing
      parameters:
        - {name: kind, in: path, required: true, schema: {type: string, enum: [a, b]}}
      responses: {"200": {description: ok}}
    delete:
      operationId: delete_thing
      responses: {"204": {description: gone}}
"""

KEY = "pipeline-test-key"


@dataclass
class FakeOrg:
    id: str


@dataclass
class FakeWorld:
    keys: dict[str, tuple[FakeOrg, str]] = field(default_factory=dict)
    clock: Clock = field(default_factory=Clock)

    def add_api_key(self, api_key: str) -> tuple[FakeOrg, str]:
        return self.keys.setdefault(api_key, (FakeOrg(f"orga_{len(self.keys)}"), "user_1"))

    def authenticate(self, api_key: str) -> tuple[FakeOrg, str] | None:
        return self.keys.get(api_key)

    def reset(self) -> None:
        pass


@dataclass
class Recorder:
    """Stand-in handlers: record each request, answer with what the test set up."""

    calls: list[ApiRequest] = field(default_factory=list)
    threads: list[int] = field(default_factory=list)
    answers: dict[str, Callable[[ApiRequest], ApiResponse]] = field(default_factory=dict)

    def handler(self, operation_id: str) -> Callable[[ApiRequest], ApiResponse]:
        def handle(request: ApiRequest) -> ApiResponse:
            self.calls.append(request)
            self.threads.append(threading.get_ident())
            answer = self.answers.get(operation_id)
            if answer is not None:
                return answer(request)
            return ApiResponse(200, {"operation": operation_id})

        return handle


@pytest.fixture(scope="module")
def spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spec") / "mini.yaml"
    path.write_text(MINI_SPEC)
    return path


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def emulator(spec_path: Path, recorder: Recorder) -> Emulator:
    spec = load_spec(spec_path)
    handlers = {op: recorder.handler(op) for op in spec.operations if op != "delete_lead"}
    return Emulator(
        spec=spec,
        world=FakeWorld(),  # type: ignore[arg-type]
        handlers=handlers,
        limiter=RateLimiter(None),
        faults=FaultInjector(FaultPlan()),
        api_keys=[KEY],
    )


@pytest.fixture
async def client(emulator: Emulator) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=EmulatorApp(emulator))
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emulator", auth=(KEY, "")
    ) as c:
        yield c


def assert_close_json(response: httpx.Response) -> Any:
    """Every answer is JSON with a RateLimit header, whatever went wrong."""
    assert response.headers["content-type"] == "application/json"
    assert response.headers["ratelimit"].startswith("limit=")
    return response.json()


# --- routing -------------------------------------------------------------------------


async def test_routes_to_the_operation_with_path_and_query(
    client: httpx.AsyncClient, recorder: Recorder
) -> None:
    response = await client.get("/api/v1/lead/lead_abc/", params={"_fields": "id,name"})
    assert response.status_code == 200
    assert assert_close_json(response) == {"operation": "get_lead"}
    (call,) = recorder.calls
    assert call.operation_id == "get_lead"
    assert call.method == "GET"
    assert call.path_params == {"lead_id": "lead_abc"}
    assert call.query == {"_fields": "id,name"}
    assert call.org.id == "orga_0"


async def test_literal_segment_wins_over_parameter(client: httpx.AsyncClient) -> None:
    merge = await client.post("/api/v1/lead/merge/", json={})
    assert merge.json() == {"operation": "merge_leads"}
    # /lead/merge/ only accepts POST: a GET is refused there, not routed to get_lead.
    wrong = await client.get("/api/v1/lead/merge/")
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "POST"


async def test_percent_encoded_slash_stays_inside_the_parameter(
    client: httpx.AsyncClient, recorder: Recorder
) -> None:
    response = await client.get("/api/v1/lead/a%2Fb/")
    assert response.status_code == 200
    assert recorder.calls[0].path_params == {"lead_id": "a/b"}


async def test_non_ascii_paths_route_and_redirect_byte_for_byte(
    client: httpx.AsyncClient, recorder: Recorder
) -> None:
    ok = await client.get("/api/v1/lead/caf%C3%A9/")
    assert ok.status_code == 200
    assert recorder.calls[0].path_params == {"lead_id": "café"}
    moved = await client.get("/api/v1/lead/caf%C3%A9?q=%E2%82%AC")
    assert moved.status_code == 308
    assert moved.headers["location"] == "/api/v1/lead/caf%C3%A9/?q=%E2%82%AC"


async def test_lone_surrogates_in_requests_survive_the_response(
    client: httpx.AsyncClient, recorder: Recorder
) -> None:
    recorder.answers["create_lead"] = lambda request: ApiResponse(200, request.body)
    raw = b'{"name": "bad \\udc80 text"}'
    response = await client.post(
        "/api/v1/lead/", content=raw, headers={"content-type": "application/json"}
    )
    assert response.status_code == 200
    assert response.content == b'{"name":"bad \\udc80 text"}'


@pytest.mark.parametrize(
    "path", ["/api/v1/nope/", "/api/v2/lead/", "/", "/api/v1/lead/x/y/", "/api/v1/a%0Ab/"]
)
async def test_unknown_path_is_a_json_404(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 404
    assert assert_close_json(response) == {
        "error": "The requested URL was not found on the server."
    }


async def test_path_parameter_outside_its_schema_is_a_404(
    client: httpx.AsyncClient, recorder: Recorder
) -> None:
    assert (await client.get("/api/v1/thing/a/")).status_code == 200
    response = await client.get("/api/v1/thing/c/")
    assert response.status_code == 404
    assert len(recorder.calls) == 1


async def test_wrong_method_is_a_json_405_with_allow(client: httpx.AsyncClient) -> None:
    response = await client.patch("/api/v1/lead/", json={})
    assert response.status_code == 405
    assert assert_close_json(response) == {
        "error": "The method is not allowed for the requested URL."
    }
    assert response.headers["allow"] == "GET, POST, HEAD"
    options = await client.options("/api/v1/lead/abc/")
    assert options.status_code == 405
    assert options.headers["allow"] == "GET, PUT, DELETE, HEAD"


@pytest.mark.parametrize("method", ["GET", "POST", "PUT"])
async def test_missing_trailing_slash_redirects_keeping_the_query(
    client: httpx.AsyncClient, method: str, recorder: Recorder
) -> None:
    response = await client.request(method, "/api/v1/lead/lead_1?_fields=id&x=a%20b")
    assert response.status_code == 308
    assert response.headers["location"] == "/api/v1/lead/lead_1/?_fields=id&x=a%20b"
    assert "error" in assert_close_json(response)
    assert recorder.calls == []


async def test_redirect_is_followed_to_the_same_operation(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/lead/merge", json={}, follow_redirects=True)
    assert response.status_code == 200
    assert response.json() == {"operation": "merge_leads"}


async def test_head_is_get_without_a_body(client: httpx.AsyncClient) -> None:
    response = await client.head("/api/v1/lead/lead_1/")
    assert response.status_code == 200
    assert response.content == b""
    assert int(response.headers["content-length"]) == len(b'{"operation":"get_lead"}')


async def test_operation_without_a_handler_is_501_not_500(client: httpx.AsyncClient) -> None:
    response = await client.delete("/api/v1/lead/lead_1/")
    assert response.status_code == 501
    assert assert_close_json(response) == {
        "error": "The emulator does not implement delete_lead yet."
    }


# --- bodies --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [{"content-type": "text/plain"}, {"content-type": "application/x-www-form-urlencoded"}, {}],
)
async def test_body_without_json_content_type_is_415(
    client: httpx.AsyncClient, recorder: Recorder, headers: dict[str, str]
) -> None:
    response = await client.post("/api/v1/lead/", content=b'{"name": "x"}', headers=headers)
    assert response.status_code == 415
    assert assert_close_json(response) == {
        "error": "Please send valid JSON with a 'Content-Type: application/json' header."
    }
    assert recorder.calls == []


async def test_json_content_type_with_charset_and_suffix_is_accepted(
    client: httpx.AsyncClient,
) -> None:
    for content_type in ("application/json; charset=utf-8", "application/merge-patch+json"):
        response = await client.post(
            "/api/v1/lead/", content=b'{"name": "x"}', headers={"content-type": content_type}
        )
        assert response.status_code == 200, content_type


@pytest.mark.parametrize("raw", [b"{", b'{"name": NaN}', b"\xff\xfe{", b'{"a": Infinity}'])
async def test_malformed_json_is_400(client: httpx.AsyncClient, raw: bytes) -> None:
    response = await client.post(
        "/api/v1/lead/", content=raw, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert assert_close_json(response) == {"error": "The request contains invalid JSON."}


@pytest.mark.parametrize("raw", [b"[1, 2]", b'"text"', b"3", b"null"])
async def test_body_that_is_not_an_object_is_400(client: httpx.AsyncClient, raw: bytes) -> None:
    response = await client.post(
        "/api/v1/lead/", content=raw, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert assert_close_json(response) == {"error": "JSON data must be a dict."}


async def test_required_body_missing(client: httpx.AsyncClient) -> None:
    # Nothing sent at all is a plain 400 (no format was sent, so 415 would be misleading).
    no_type = await client.post("/api/v1/lead/")
    assert no_type.status_code == 400
    assert no_type.json() == {
        "error": "Please send valid JSON with a 'Content-Type: application/json' header."
    }
    empty_json = await client.post(
        "/api/v1/lead/", content=b"", headers={"content-type": "application/json"}
    )
    assert empty_json.status_code == 400
    assert empty_json.json() == {"error": "The request contains invalid JSON."}


async def test_optional_body_may_be_absent(client: httpx.AsyncClient, recorder: Recorder) -> None:
    response = await client.put("/api/v1/lead/lead_1/")
    assert response.status_code == 200
    assert recorder.calls[0].body is None


async def test_body_of_an_operation_without_one_is_ignored(
    client: httpx.AsyncClient, recorder: Recorder
) -> None:
    response = await client.request(
        "GET", "/api/v1/lead/lead_1/", content=b"not json", headers={"content-type": "text/plain"}
    )
    assert response.status_code == 200
    assert recorder.calls[0].body is None


# --- validation shapes ----------------------------------------------------------------


async def post_invalid(client: httpx.AsyncClient, body: Any) -> Any:
    response = await client.post("/api/v1/lead/", json=body)
    assert response.status_code == 400, response.text
    return assert_close_json(response)


async def test_type_and_length_errors_use_closes_wording(client: httpx.AsyncClient) -> None:
    assert await post_invalid(client, {"name": 5, "tags": "x"}) == {
        "errors": [],
        "field-errors": {
            "name": "Value must be of str type.",
            "tags": "Value must be of list type.",
        },
    }
    assert await post_invalid(client, {"name": "n" * 21}) == {
        "errors": [],
        "field-errors": {"name": "The value must be no longer than 20 characters."},
    }
    assert await post_invalid(client, {"score": "high"}) == {
        "errors": [],
        "field-errors": {"score": "Value must be of int type."},
    }
    assert await post_invalid(client, {"date_won": "2024-02-30"}) == {
        "errors": [],
        "field-errors": {"date_won": "Invalid ISO 8601 datetime."},
    }


async def test_errors_inside_list_items_nest_by_index(client: httpx.AsyncClient) -> None:
    body = {
        "contacts": [
            {"name": "ok"},
            {"emails": [{"email": "a@b.c"}, {"type": "fax"}]},
        ]
    }
    assert await post_invalid(client, body) == {
        "errors": [],
        "field-errors": {
            "contacts": {
                "errors": {
                    "1": {
                        "errors": [],
                        "field-errors": {
                            "name": "This field is required.",
                            "emails": {
                                "errors": {
                                    "1": {
                                        "errors": [],
                                        "field-errors": {
                                            "email": "This field is required.",
                                            "type": "Not a valid choice.",
                                        },
                                    }
                                }
                            },
                        },
                    }
                }
            }
        },
    }


async def test_list_of_scalars_and_embedded_objects(client: httpx.AsyncClient) -> None:
    assert await post_invalid(client, {"tags": ["a", 2], "address": {}}) == {
        "errors": [],
        "field-errors": {
            "tags": {"errors": {"1": "Value must be of str type."}},
            "address": {"errors": [], "field-errors": {"city": "This field is required."}},
        },
    }
    assert await post_invalid(client, {"tags": ["a", "b", "c", "d"]}) == {
        "errors": [],
        "field-errors": {"tags": "List is too long."},
    }


async def test_valid_body_reaches_the_handler_unchanged(
    client: httpx.AsyncClient, recorder: Recorder
) -> None:
    body = {"name": None, "contacts": [{"name": "Ann", "emails": [{"email": "a@b.co"}]}]}
    response = await client.post("/api/v1/lead/", json=body)
    assert response.status_code == 200
    assert recorder.calls[0].body == body


# --- parameters ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("_limit=abc", {"error": '_limit must be an integer (got "abc" instead).'}),
        (
            "_limit=101",
            {
                "error": "The limit you set is larger than the maximum limit for this "
                "resource (max_limit = 100)."
            },
        ),
        ("_skip=-1", {"error": '_skip must be a non-negative integer (got "-1" instead).'}),
        ("flag=maybe", {"errors": [], "field-errors": {"flag": "Value must be of bool type."}}),
        ("ids=1&ids=x", {"errors": [], "field-errors": {"ids": "Value must be of int type."}}),
        ("view=outbox", {"errors": [], "field-errors": {"view": "Not a valid choice."}}),
    ],
)
async def test_bad_query_parameters_are_400(
    client: httpx.AsyncClient, recorder: Recorder, query: str, expected: Any
) -> None:
    response = await client.get(f"/api/v1/lead/?{query}")
    assert response.status_code == 400
    assert assert_close_json(response) == expected
    assert recorder.calls == []


async def test_good_query_parameters_pass_as_strings(
    client: httpx.AsyncClient, recorder: Recorder
) -> None:
    response = await client.get("/api/v1/lead/?_limit=5&flag=true&ids=1&ids=2&other=x")
    assert response.status_code == 200
    assert recorder.calls[0].query == {"_limit": "5", "flag": "true", "ids": "1,2", "other": "x"}


async def test_bad_header_parameter_is_400(client: httpx.AsyncClient) -> None:
    ok = await client.get("/api/v1/lead/lead_1/", headers={"x-tz-offset": "-2.5"})
    assert ok.status_code == 200
    bad = await client.get("/api/v1/lead/lead_1/", headers={"x-tz-offset": "east"})
    assert bad.status_code == 400
    assert bad.json() == {
        "errors": [],
        "field-errors": {"x-tz-offset": "Value must be of float type."},
    }


async def test_method_override_turns_a_post_into_a_get_with_params(
    client: httpx.AsyncClient, recorder: Recorder
) -> None:
    response = await client.post(
        "/api/v1/lead/",
        json={"_params": {"_limit": "5", "view": "inbox"}},
        headers={"x-http-method-override": "GET"},
    )
    assert response.json() == {"operation": "list_leads"}
    assert recorder.calls[0].query == {"_limit": "5", "view": "inbox"}
    bad = await client.post(
        "/api/v1/lead/",
        json={"_params": {"_limit": "x"}},
        headers={"x-http-method-override": "GET"},
    )
    assert bad.status_code == 400


# --- handlers -------------------------------------------------------------------------


async def test_handler_errors_are_rendered(client: httpx.AsyncClient, recorder: Recorder) -> None:
    def missing(request: ApiRequest) -> ApiResponse:
        raise NotFound("Lead")

    def invalid(request: ApiRequest) -> ApiResponse:
        raise ValidationFailed([], {"status_id": "Object does not exist."})

    recorder.answers["get_lead"] = missing
    recorder.answers["merge_leads"] = invalid
    response = await client.get("/api/v1/lead/lead_1/")
    assert response.status_code == 404
    assert assert_close_json(response) == {
        "error": "Empty query: Lead matching query does not exist."
    }
    response = await client.post("/api/v1/lead/merge/", json={})
    assert response.status_code == 400
    assert response.json() == {
        "errors": [],
        "field-errors": {"status_id": "Object does not exist."},
    }


@pytest.mark.parametrize(
    "answer",
    [
        lambda request: 1 / 0,
        lambda request: ApiResponse(200, {"when": object()}),
        lambda request: {"not": "an ApiResponse"},
        lambda request: ApiResponse(200, {}, {"x-note": "caf\u00e9 \u2615"}),
        lambda request: (_ for _ in ()).throw(ApiError("an ApiError without a body")),
    ],
)
async def test_a_broken_handler_never_answers_500(
    client: httpx.AsyncClient,
    recorder: Recorder,
    emulator: Emulator,
    caplog: pytest.LogCaptureFixture,
    answer: Callable[[ApiRequest], ApiResponse],
) -> None:
    recorder.answers["get_lead"] = answer
    with caplog.at_level(logging.ERROR, logger="closeext.emulator"):
        response = await client.get("/api/v1/lead/lead_1/")
    assert response.status_code == 400
    assert "bug in closeext.emulator" in assert_close_json(response)["error"]
    assert emulator.internal_errors == 1
    # The log says where it happened: the handler's operation, or the error that broke.
    assert "get_lead" in caplog.text or "ApiError could not render its body" in caplog.text
    assert KEY not in caplog.text


async def test_204_has_no_body(client: httpx.AsyncClient, recorder: Recorder) -> None:
    recorder.answers["delete_thing"] = lambda request: ApiResponse(204, None)
    response = await client.delete("/api/v1/thing/a/")
    assert response.status_code == 204
    assert response.content == b""
    assert "content-type" not in response.headers
    assert response.headers["ratelimit"].startswith("limit=")


async def test_handler_headers_are_sent(client: httpx.AsyncClient, recorder: Recorder) -> None:
    recorder.answers["create_lead"] = lambda request: ApiResponse(
        201, {"id": "x"}, {"Location": "/api/v1/lead/x/"}
    )
    response = await client.post("/api/v1/lead/", json={})
    assert response.status_code == 201
    assert response.headers["location"] == "/api/v1/lead/x/"


async def test_handlers_run_on_the_event_loop_thread(
    client: httpx.AsyncClient, recorder: Recorder
) -> None:
    await asyncio.gather(*(client.get(f"/api/v1/lead/lead_{i}/") for i in range(20)))
    assert set(recorder.threads) == {threading.get_ident()}
    assert len(recorder.calls) == 20


# --- auth (the full matrix runs against the real app in test_app_auth.py) -----------


async def test_no_credentials_is_401_before_routing(emulator: Emulator) -> None:
    transport = httpx.ASGITransport(app=EmulatorApp(emulator))
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as anonymous:
        for path in ("/api/v1/lead/", "/api/v1/nope/", "/api/v1/lead"):
            response = await anonymous.get(path)
            assert response.status_code == 401
            assert assert_close_json(response) == {"error": "Unauthorized"}
        token = base64.b64encode(f"{KEY}:".encode()).decode()
        ok = await anonymous.get("/api/v1/lead/", headers={"authorization": f"Basic {token}"})
        assert ok.status_code == 200
