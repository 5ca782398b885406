"""Typed errors: one status table, Close's validation bodies kept intact, no secrets shown."""

from __future__ import annotations

import base64
import json
import pickle
from typing import Any

import httpx
import pytest

from closeext._errors import (
    APIError,
    BadRequest,
    CloseError,
    Forbidden,
    MethodNotAllowed,
    NotFound,
    PaymentRequired,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
    UnsupportedMediaType,
    ValidationError,
    araise_for_status,
    error_from_response,
    raise_for_status,
    transport_error_from,
)
from closeext._retry import RateLimitInfo

API_KEY = "sk_test_SECRET123"
BASE = "https://api.close.com/api/v1"
BASIC = "Basic " + base64.b64encode(f"{API_KEY}:".encode()).decode()


def response(
    status: int,
    body: Any = None,
    *,
    method: str = "GET",
    url: str = f"{BASE}/lead/",
    headers: dict[str, str] | None = None,
    auth: str = BASIC,
) -> httpx.Response:
    request = httpx.Request(method, url, headers={"Authorization": auth})
    if isinstance(body, str | bytes):
        return httpx.Response(status, content=body, headers=headers, request=request)
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (400, {"error": "The request contains invalid JSON."}, BadRequest),
        (400, {"errors": [], "field-errors": {"name": "This field is required."}}, ValidationError),
        (400, {"errors": ["Invalid request: JSON dictionary expected."]}, ValidationError),
        (401, {"error": "Unauthorized"}, Unauthorized),
        (402, {"error": "Plan limit reached"}, PaymentRequired),
        (403, {"error": "Forbidden"}, Forbidden),
        (404, {"error": "Empty query: Lead matching query does not exist."}, NotFound),
        (405, {"error": "Method Not Allowed"}, MethodNotAllowed),
        (415, {"error": "Unsupported Media Type"}, UnsupportedMediaType),
        (429, {"error": "Too many requests"}, RateLimited),
        (500, "Internal Server Error", ServerError),
        (502, None, ServerError),
        (503, None, ServerError),
        (504, None, ServerError),
        (599, None, ServerError),
        (409, {"error": "Conflict"}, APIError),
        (418, None, APIError),
        (422, {"error": "x"}, APIError),
    ],
)
def test_each_status_maps_to_its_class(status: int, body: Any, cls: type[APIError]) -> None:
    error = error_from_response(response(status, body))
    assert type(error) is cls
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == f"{BASE}/lead/"
    assert error.body == (body if body is not None else None)
    with pytest.raises(cls):
        raise_for_status(response(status, body))


def test_the_tree() -> None:
    assert issubclass(ValidationError, BadRequest)
    for cls in (BadRequest, Unauthorized, NotFound, RateLimited, ServerError):
        assert issubclass(cls, APIError)
    assert issubclass(APIError, CloseError)
    assert issubclass(TransportError, CloseError)
    assert not issubclass(TransportError, APIError)


@pytest.mark.parametrize("status", [200, 201, 204, 301, 302, 399])
def test_raise_for_status_ignores_success_and_redirects(status: int) -> None:
    raise_for_status(response(status, {"ok": True}))


NESTED = {
    "errors": [],
    "field-errors": {
        "contacts": {
            "errors": {
                "0": {
                    "errors": [],
                    "field-errors": {
                        "phones": {
                            "errors": {
                                "0": {
                                    "errors": [],
                                    "field-errors": {"phone": "Invalid phone number."},
                                }
                            }
                        },
                        "custom.LinkedIn": 'The Custom Field "LinkedIn" does not exist.',
                    },
                }
            }
        }
    },
}


def test_validation_error_carries_nested_field_errors_unchanged() -> None:
    error = error_from_response(response(400, NESTED, method="POST"))
    assert isinstance(error, ValidationError)
    assert error.errors == []
    assert error.field_errors == NESTED["field-errors"]
    assert error.body == NESTED
    # The exact wire text survives a JSON round trip: nothing was renamed or flattened.
    assert json.dumps(error.field_errors, sort_keys=True) == json.dumps(
        NESTED["field-errors"], sort_keys=True
    )


def test_validation_error_with_both_lists() -> None:
    body = {"errors": ["It's not allowed to update more than 1000 objects at once"], "count": 0}
    error = error_from_response(response(400, body, method="PUT", url=f"{BASE}/task/?id__in=a"))
    assert isinstance(error, ValidationError)
    assert error.errors == body["errors"]
    assert error.field_errors == {}
    assert str(error) == (
        "400 Bad Request on PUT /task/: errors: "
        '["It\'s not allowed to update more than 1000 objects at once"]'
    )


@pytest.mark.parametrize(
    ("status", "method", "url", "body", "message"),
    [
        (
            400,
            "POST",
            f"{BASE}/lead/",
            {"errors": [], "field-errors": {"custom.cf_x": "Not a valid choice."}},
            "400 Bad Request on POST /lead/: field-errors: {'custom.cf_x': 'Not a valid choice.'}",
        ),
        (
            404,
            "GET",
            f"{BASE}/lead/lead_abc/?_fields=id",
            {"error": "Empty query: Lead matching query does not exist."},
            "404 Not Found on GET /lead/lead_abc/: "
            "Empty query: Lead matching query does not exist.",
        ),
        (
            400,
            "GET",
            f"{BASE}/lead/?_limit=5000",
            {"error": "The limit you set is larger than the maximum limit for this resource."},
            "400 Bad Request on GET /lead/: "
            "The limit you set is larger than the maximum limit for this resource.",
        ),
        (
            429,
            "GET",
            f"{BASE}/lead/",
            {"error": {"message": "API call count exceeded", "rate_reset": 1.5}},
            "429 Too Many Requests on GET /lead/: API call count exceeded (reset in 1.5s)",
        ),
        (502, "DELETE", f"{BASE}/lead/lead_1/", "<html>\n Bad  gateway\n</html>", None),
        (503, "GET", f"{BASE}/me/", None, "503 Service Unavailable on GET /me/"),
        (499, "GET", f"{BASE}/me/", None, "499 Error on GET /me/"),
    ],
)
def test_messages_show_status_method_path_and_closes_words(
    status: int, method: str, url: str, body: Any, message: str | None
) -> None:
    error = error_from_response(response(status, body, method=method, url=url))
    expected = message or "502 Bad Gateway on DELETE /lead/lead_1/: <html> Bad gateway </html>"
    assert str(error) == expected
    assert repr(error).startswith(f"{type(error).__name__}(status_code={status}, ")
    assert f"method={method!r}, path={error.path!r}, detail={error.detail!r}" in repr(error)


def test_long_bodies_are_shortened_in_the_message_but_kept_in_body() -> None:
    body = {
        "errors": [],
        "field-errors": {f"custom.cf_{i}": "Not a valid choice." for i in range(200)},
    }
    error = error_from_response(response(400, body, method="POST"))
    assert len(str(error)) < 1100
    assert str(error).endswith("…")
    assert isinstance(error, ValidationError)
    assert error.field_errors == body["field-errors"]


@pytest.mark.parametrize(
    ("headers", "body", "reset"),
    [
        ({"RateLimit": "limit=10, remaining=0, reset=0.734", "Retry-After": "1"}, None, 0.734),
        ({"Retry-After": "3"}, None, 3.0),
        ({"RateLimit": "limit=10, remaining=4, reset=9", "Retry-After": "2"}, None, 2.0),
        ({}, {"error": {"rate_reset": 2.5}}, 2.5),
        ({}, {"rate_reset": "4"}, 4.0),
        ({}, None, None),
    ],
)
def test_rate_limited_reports_how_long_to_wait(
    headers: dict[str, str], body: Any, reset: float | None
) -> None:
    error = error_from_response(response(429, body, headers=headers))
    assert isinstance(error, RateLimited)
    assert error.reset == reset


def test_rate_limit_reading_is_attached_to_any_error() -> None:
    headers = {"ratelimit": "limit=100, remaining=99, reset=5"}
    error = error_from_response(response(404, {"error": "nope"}, headers=headers))
    assert error.rate_limit == RateLimitInfo(limit=100, remaining=99, reset=5.0)


def test_constructors_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        NotFound(404, "GET", f"{BASE}/lead/")  # type: ignore[call-arg]
    error = NotFound(status_code=404, method="GET", url=f"{BASE}/lead/x/", body={"error": "gone"})
    assert str(error) == "404 Not Found on GET /lead/x/: gone"


def test_errors_survive_pickling() -> None:
    original = error_from_response(response(400, NESTED, method="POST"))
    assert isinstance(original, ValidationError)
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is ValidationError
    assert copy.field_errors == original.field_errors
    assert str(copy) == str(original)


def test_an_unread_streamed_response_is_read_for_its_body() -> None:
    stream = httpx.ByteStream(b'{"error": "Empty query: Lead matching query does not exist."}')
    request = httpx.Request("GET", f"{BASE}/lead/x/")
    unread = httpx.Response(404, stream=stream, request=request)
    error = error_from_response(unread)
    assert error.body == {"error": "Empty query: Lead matching query does not exist."}


def test_transport_error_wraps_the_httpx_error() -> None:
    request = httpx.Request("POST", f"{BASE}/lead/")
    cause = httpx.ConnectError("[Errno 111] Connection refused", request=request)
    error = transport_error_from(cause)
    assert error.cause is cause
    assert error.method == "POST"
    assert str(error) == (
        "connection failed on POST /lead/: ConnectError: [Errno 111] Connection refused"
    )
    assert transport_error_from(httpx.ReadTimeout("")).method == "?"


# -- the API key never shows ----------------------------------------------------------------

SECRET_FORMS = [API_KEY, base64.b64encode(f"{API_KEY}:".encode()).decode()]


@pytest.mark.parametrize(
    ("url", "auth", "body"),
    [
        (f"{BASE}/lead/", BASIC, {"error": f"API key {API_KEY} is not valid"}),
        (f"https://{API_KEY}:@api.close.com/api/v1/lead/", "", {"error": "Unauthorized"}),
        (f"https://{API_KEY}@api.close.com/api/v1/lead/", "", f"bad key {API_KEY}"),
        (f"{BASE}/lead/", f"Bearer {API_KEY}", {"errors": [f"token {API_KEY} expired"]}),
        (f"{BASE}/lead/", BASIC, {"error": f"header was {BASIC}"}),
    ],
)
@pytest.mark.parametrize("status", [400, 401, 403, 404, 429, 503])
def test_the_api_key_never_appears_in_messages_or_reprs(
    status: int, url: str, auth: str, body: Any
) -> None:
    error = error_from_response(response(status, body, url=url, auth=auth))
    shown = [str(error), repr(error), error.url, *map(str, error.args)]
    for text in shown:
        for secret in SECRET_FORMS:
            assert secret not in text
    assert error.url == f"{BASE}/lead/"


def test_the_api_key_never_appears_in_transport_errors() -> None:
    request = httpx.Request(
        "GET", f"https://{API_KEY}:@api.close.com/api/v1/lead/", headers={"Authorization": BASIC}
    )
    error = transport_error_from(httpx.ConnectError(f"cannot reach {API_KEY}", request=request))
    for text in (str(error), repr(error), error.url, *map(str, error.args)):
        assert API_KEY not in text


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_raise_for_status_works_as_an_httpx_event_hook(kind: str) -> None:
    body = {"errors": [], "field-errors": {"custom.cf_x": "Not a valid choice."}}
    mock = httpx.MockTransport(lambda request: httpx.Response(400, json=body))
    headers = {"Authorization": BASIC}
    with pytest.raises(ValidationError) as caught:
        if kind == "sync":
            hooks: dict[str, list[Any]] = {"response": [raise_for_status]}
            with httpx.Client(transport=mock, event_hooks=hooks, headers=headers) as client:
                client.post(f"{BASE}/lead/", json={"custom.cf_x": "nope"})
        else:
            ahooks: dict[str, list[Any]] = {"response": [araise_for_status]}
            async with httpx.AsyncClient(
                transport=mock, event_hooks=ahooks, headers=headers
            ) as aclient:
                await aclient.post(f"{BASE}/lead/", json={"custom.cf_x": "nope"})
    assert caught.value.field_errors == body["field-errors"]
    assert str(caught.value) == (
        "400 Bad Request on POST /lead/: field-errors: {'custom.cf_x': 'Not a valid choice.'}"
    )


# -- operation names, unexpected answers and deadlines -------------------------------------------


def _request() -> httpx.Request:
    return httpx.Request("GET", f"{BASE}/lead/lead_1/", headers={"Authorization": BASIC})


def test_errors_name_the_operation_when_known_and_survive_pickling() -> None:
    from closeext._errors import unexpected_response

    answer = httpx.Response(404, json={"error": "Empty query"}, request=_request())
    named = error_from_response(answer, operation="get_lead")
    assert str(named) == "404 Not Found on GET /lead/lead_1/ (get_lead): Empty query"
    odd = unexpected_response(
        httpx.Response(204, request=_request()), reason="status 204", operation="get_lead"
    )
    for error in (named, odd):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert copy.operation == "get_lead"
        assert API_KEY not in repr(copy)


def test_a_deadline_error_is_a_transport_error_and_says_so() -> None:
    from closeext._errors import DeadlineExceeded

    cause = httpx.ReadTimeout("timed out", request=_request())
    error = transport_error_from(cause, operation="get_lead", deadline=True)
    assert isinstance(error, DeadlineExceeded) and isinstance(error, TransportError)
    assert str(error) == "deadline exceeded on GET /lead/lead_1/ (get_lead): ReadTimeout: timed out"
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is DeadlineExceeded and str(copy) == str(error)
    assert isinstance(copy.cause, httpx.ReadTimeout)
    with pytest.raises(RuntimeError):
        _ = copy.cause.request  # the request (and its Authorization) stayed behind
