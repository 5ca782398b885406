"""Close / AsyncClose construction, the public API surface, and bulk edge cases."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from close_api.api.leads import create_lead, get_lead, list_leads
from close_api.models.lead_create import LeadCreate

import closeext
from closeext import (
    AsyncClose,
    Close,
    ConfigurationError,
    NotFound,
    Reconciler,
    RetryPolicy,
    TransportError,
    bulk,
)


def _type_checking_imports() -> dict[str, str]:
    """Name -> private module of every import under ``if TYPE_CHECKING:`` in closeext/__init__."""
    tree = ast.parse(Path(closeext.__file__).read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.level == 1
                for alias in statement.names:
                    found[alias.asname or alias.name] = str(statement.module)
    return found


def test_the_public_api_is_pinned() -> None:
    exports = closeext._EXPORTS  # the lazy-import table
    assert sorted(exports) == sorted(closeext.__all__)
    # What type checkers and IDEs see must be exactly what runs.
    assert _type_checking_imports() == exports
    for name in closeext.__all__:
        assert getattr(closeext, name) is not None, name
    with pytest.raises(AttributeError):
        _ = closeext.NoSuchThing  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "no Close API key"),
        ({"api_key": "  "}, "no Close API key"),
        ({"api_key": "ab:cd"}, "colon"),
        ({"api_key": "k", "base_url": "ftp://x"}, r"http\(s\) URL"),
    ],
)
def test_a_client_without_a_usable_key_or_url_is_refused(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, str], message: str
) -> None:
    monkeypatch.delenv("CLOSE_API_KEY", raising=False)
    monkeypatch.delenv("CLOSE_BASE_URL", raising=False)
    with pytest.raises(ConfigurationError, match=message):
        Close(**kwargs)
    with pytest.raises(ConfigurationError, match=message):
        AsyncClose(**kwargs)


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "has_more": False})

    monkeypatch.setenv("CLOSE_API_KEY", "env_key")
    monkeypatch.setenv("CLOSE_BASE_URL", "http://close.test/api/v1")
    with Close(transport=httpx.MockTransport(handler)) as close:
        assert list(close.paginate(list_leads)) == []
        assert "env_key" not in repr(close)
    (request,) = seen
    assert str(request.url) == "http://close.test/api/v1/lead/?_limit=200&_skip=0"
    assert request.headers["Authorization"] == "Basic ZW52X2tleTo="  # "env_key:"
    assert request.headers["User-Agent"].startswith("closeext/")


def test_an_error_status_raises_from_any_generated_call() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"error": "Empty query: Lead matching query does not exist."}
        return httpx.Response(404, json=body)

    with Close("k", transport=httpx.MockTransport(handler)) as close:
        with pytest.raises(NotFound):
            close.call(get_lead, lead_id="lead_x")
        # Called directly with the wired client, the generated function raises too.
        with pytest.raises(NotFound):
            get_lead.sync("lead_x", client=close.client)


async def test_bulk_reports_what_it_cannot_settle_instead_of_guessing() -> None:
    """Two uncertain creates with the same key cannot be told apart: both stay failed."""
    created: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            name = json.loads(request.content)["name"]
            created.append(name)
            if name == "twin":
                raise httpx.ReadError("connection reset", request=request)
            return httpx.Response(200, json={"id": f"lead_{len(created)}", "name": name})
        data = [{"id": "lead_1", "name": "twin"}]
        return httpx.Response(200, json={"data": data, "has_more": False})

    items: list[dict[str, Any]] = [{"body": LeadCreate(name=n)} for n in ("a", "twin", "twin")]
    policy = RetryPolicy(max_attempts=1)
    async with AsyncClose("k", transport=httpx.MockTransport(handler), retry=policy) as client:
        results = await bulk(
            client,
            create_lead,
            items,
            concurrency=1,
            reconcile=Reconciler(list_op=list_leads, key=lambda r: r.name),
        )
    assert [r.ok for r in results] == [True, False, False]
    assert all(isinstance(r.error, TransportError) for r in results[1:])
    assert created.count("twin") == 2  # sent once each, never again


async def test_bulk_progress_bar_counts_every_record(capsys: pytest.CaptureFixture[str]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        name = json.loads(request.content)["name"]
        if name == "bad":
            return httpx.Response(400, json={"errors": [], "field-errors": {"name": "No."}})
        return httpx.Response(200, json={"id": "lead_1", "name": name})

    items = [{"body": LeadCreate(name=n)} for n in ("a", "bad", "c")]
    async with AsyncClose("k", transport=httpx.MockTransport(handler)) as client:
        results = await bulk(client, create_lead, items, progress="import")
    assert [r.ok for r in results] == [True, False, True]
    bar = capsys.readouterr().err
    assert "import" in bar and "3/3" in bar and "failed=1" in bar
