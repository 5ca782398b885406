"""One error mapping on every call path, and malformed success answers as typed errors.

The generated operations name themselves in the ``closeext.operation`` request
extension; until the templates do, these tests build such requests by hand on the wired
httpx client, which is exactly what the generated functions send through.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from close_api.api.leads import get_lead

from closeext import (
    AsyncClose,
    Close,
    NotFound,
    RetryPolicy,
    ServerError,
    TransportError,
    UnexpectedResponse,
)
from closeext._answers import JSON_EXTENSION, OPERATION_EXTENSION

KEY = "sk_answers_SECRET"
GET_LEAD = {"operation_id": "get_lead", "success_status": 200}
Handler = Callable[[httpx.Request], httpx.Response]


async def send(
    kind: str,
    handler: Handler,
    *,
    operation: dict[str, Any] | None = GET_LEAD,
    path: str = "/lead/lead_1/",
) -> httpx.Response:
    """One GET through the wired client of either kind, named as the generated code names it."""
    extensions = {OPERATION_EXTENSION: operation} if operation is not None else {}
    policy = RetryPolicy(max_attempts=1)
    if kind == "sync":
        with Close(KEY, transport=httpx.MockTransport(handler), retry=policy) as close:
            return close.client.get_httpx_client().request("GET", path, extensions=extensions)
    async with AsyncClose(KEY, transport=httpx.MockTransport(handler), retry=policy) as aclose:
        client = aclose.client.get_async_httpx_client()
        return await client.request("GET", path, extensions=extensions)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def answer(status: int, content: bytes, content_type: str | None = "application/json") -> Handler:
    headers = {"Content-Type": content_type} if content_type else {}
    return lambda request: httpx.Response(status, content=content, headers=headers)


@pytest.mark.parametrize(
    ("status", "content", "reason"),
    [
        (200, b"<html>gateway</html>", "not JSON"),
        (200, b'{"id": "lead_1", "name": "Ac', "not JSON"),  # truncated
        (200, b"", "empty body"),
        (200, b'{"error": "Something went wrong"}', "error body"),
        (200, b'{"errors": [], "field-errors": {"name": "bad"}}', "error body"),
        (201, b'{"id": "lead_1"}', "status 201 where the operation declares 200"),
        (204, b"", "status 204 where the operation declares 200"),
        (302, b"", "status 302 where the operation declares 200"),
    ],
)
async def test_malformed_success_answers_raise_a_typed_error_naming_op_and_status(
    kind: str, status: int, content: bytes, reason: str
) -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        await send(kind, answer(status, content))
    error = caught.value
    assert error.status_code == status
    assert error.operation == "get_lead"
    assert reason in str(error)
    assert f"{status} " in str(error) and "(get_lead)" in str(error)
    assert KEY not in str(error) and KEY not in repr(error)


async def test_a_good_answer_is_parsed_once_and_handed_on(kind: str) -> None:
    response = await send(kind, answer(200, b'{"id": "lead_1", "name": "Acme"}'))
    assert response.extensions[JSON_EXTENSION] == {"id": "lead_1", "name": "Acme"}
    assert response.json()["name"] == "Acme"


async def test_a_declared_204_needs_no_body(kind: str) -> None:
    operation = {"operation_id": "delete_lead", "success_status": 204}
    response = await send(kind, answer(204, b"", None), operation=operation)
    assert response.status_code == 204


async def test_error_statuses_name_the_operation(kind: str) -> None:
    with pytest.raises(NotFound) as caught:
        await send(kind, answer(404, b'{"error": "Empty query"}'))
    assert caught.value.operation == "get_lead"
    assert "404 Not Found on GET /lead/lead_1/ (get_lead): Empty query" in str(caught.value)


async def test_raw_requests_get_typed_errors_without_a_name(kind: str) -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        await send(kind, answer(200, b'{"error": "x"}'), operation=None)
    assert caught.value.operation is None
    with pytest.raises(UnexpectedResponse):
        await send(kind, answer(200, b"not json"), operation=None)
    with pytest.raises(ServerError):
        await send(kind, answer(500, b"oops", "text/plain"), operation=None)
    # A raw request for something that is not JSON is left alone (and unread).
    csv = await send(kind, answer(200, b"a,b\n1,2\n", "text/csv"), operation=None)
    assert csv.text == "a,b\n1,2\n"
    # An empty raw answer is not an error without an operation that promises a body.
    empty = await send(kind, answer(200, b"", None), operation=None)
    assert empty.content == b""
    with pytest.raises(UnexpectedResponse):  # but an empty body that claims to be JSON is
        await send(kind, answer(200, b""), operation=None)
    # A raw redirect stays the caller's business.
    moved = await send(kind, answer(302, b"", None), operation=None)
    assert moved.status_code == 302


async def test_a_malformed_extension_is_ignored_not_fatal(kind: str) -> None:
    bad = {"operation_id": 7, "success_status": "200"}
    response = await send(kind, answer(200, b'{"id": "lead_1"}'), operation=bad)
    assert response.status_code == 200


# -- transport failures on every call path -----------------------------------------------------


@pytest.fixture
def dead_url() -> Iterator[str]:
    """A loopback port that is bound but not listening: connections are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/api/v1/"


def test_every_sync_path_raises_transport_error_on_a_dead_server(dead_url: str) -> None:
    policy = RetryPolicy(max_attempts=1)
    with Close(KEY, base_url=dead_url, retry=policy) as close:
        with pytest.raises(TransportError):
            close.call(get_lead, lead_id="lead_1")
        with pytest.raises(TransportError):
            get_lead.sync("lead_1", client=close.client)
        with pytest.raises(TransportError):
            get_lead.sync_detailed("lead_1", client=close.client)
        with pytest.raises(TransportError) as caught:
            close.client.get_httpx_client().get("/lead/")
    assert isinstance(caught.value.cause, httpx.ConnectError)


async def test_every_async_path_raises_transport_error_on_a_dead_server(dead_url: str) -> None:
    policy = RetryPolicy(max_attempts=1)
    async with AsyncClose(KEY, base_url=dead_url, retry=policy) as aclose:
        with pytest.raises(TransportError):
            await aclose.call(get_lead, lead_id="lead_1")
        with pytest.raises(TransportError):
            await get_lead.asyncio("lead_1", client=aclose.client)
        with pytest.raises(TransportError):
            await aclose.client.get_async_httpx_client().get("/lead/")


async def test_generated_calls_on_a_malformed_answer_raise_typed_errors(kind: str) -> None:
    """Without the extension yet, an error envelope or non-JSON on a 200 is still typed."""
    for content in (b'{"error": "boom"}', b"{truncated"):
        handler = answer(200, content)
        policy = RetryPolicy(max_attempts=1)
        with pytest.raises(UnexpectedResponse):
            if kind == "sync":
                with Close(KEY, transport=httpx.MockTransport(handler), retry=policy) as close:
                    close.call(get_lead, lead_id="lead_1")
            else:
                transport = httpx.MockTransport(handler)
                async with AsyncClose(KEY, transport=transport, retry=policy) as aclose:
                    await aclose.call(get_lead, lead_id="lead_1")
