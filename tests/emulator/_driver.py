"""Drive the emulator over HTTP (in-process ASGI) for the domain-rule tests.

:func:`emulator` builds a fresh app with ``count`` API keys and yields one :class:`Api`
per key: a ``starlette.testclient.TestClient`` already authenticated and rooted at
``/api/v1``, plus the organization and user behind the key for the few tests that must
set up state no endpoint exposes (a member's role, a huge organization).

Every answer is checked against the spec as it goes by: its status must be one the
operation declares, its body must match that response's schema, and a 201 must carry a
``Location``. On exit the fixture checks that no request hit an unexpected exception in
the emulator: that would be a bug, even though the pipeline hides it behind a 400.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

with warnings.catch_warnings():
    # Newer Starlette nudges towards another HTTP library; the test client works the same.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from closeext.emulator import create_app
from closeext.emulator._organization import Organization
from closeext.emulator._records import User
from closeext.emulator._store import World

BASE_URL = "http://emulator.test/api/v1"


_SPEC_URI = "urn:rules-test:spec"


class ResponseChecker:
    """Validates answers against the response schemas of the spec the app serves."""

    def __init__(self, spec: Any) -> None:
        self.spec = spec
        resource = Resource.from_contents(spec.document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}

    def _resolve(self, node: Any) -> tuple[Any, str | None]:
        pointer = None
        while isinstance(node, dict) and "$ref" in node:
            pointer = node["$ref"][2:]
            node = self.spec.document
            for part in pointer.split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, pointer

    def check(self, method: str, url: httpx.URL, response: httpx.Response) -> None:
        relative = url.path.removeprefix(self.spec.base_path)
        matched = self.spec.router.match(relative)
        if matched is None or method not in matched[0].operations:
            return  # not an operation of the spec: the pipeline's own 404/405
        operation = matched[0].operations[method]
        item = self.spec.document["paths"][operation.template][method.lower()]
        declared = item["responses"].get(str(response.status_code))
        assert declared is not None, (
            f"{operation.operation_id} answered {response.status_code}, which the spec "
            f"does not declare: {response.text}"
        )
        answer, ref = self._resolve(declared)
        if response.status_code == 201:
            assert "location" in response.headers, operation.operation_id
        content = answer.get("content", {}).get("application/json")
        if content is None:
            assert response.content == b"", (operation.operation_id, response.text)
            return
        if ref is not None:
            pointer = f"{ref}/content/application~1json/schema"
        else:
            path = operation.template.replace("~", "~0").replace("/", "~1")
            pointer = (
                f"paths/{path}/{method.lower()}/responses/{response.status_code}"
                "/content/application~1json/schema"
            )
        validator = self._validators.get(pointer)
        if validator is None:
            validator = Draft202012Validator(
                {"$ref": f"{_SPEC_URI}#/{pointer}"}, registry=self.registry
            )
            self._validators[pointer] = validator
        problems = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(response.json())
        ]
        assert not problems, (operation.operation_id, response.status_code, problems[:5])


class Api(TestClient):
    """One API key's view of the emulator; every answer is checked against the spec."""

    org: Organization
    user: User
    checker: ResponseChecker

    def request(self, method: str, url: Any, *args: Any, **kwargs: Any) -> httpx.Response:
        response = super().request(method, url, *args, **kwargs)
        self.checker.check(method.upper(), response.request.url, response)
        return response


@contextmanager
def emulator(count: int = 1) -> Iterator[tuple[World, list[Api]]]:
    """A fresh emulator with ``count`` keys, each owning its own organization."""
    keys = [f"rules-test-key-{number}" for number in range(count)]
    app = create_app(api_keys=keys)
    world: World = app.state.emulator.world
    checker = ResponseChecker(app.state.emulator.spec)
    clients = []
    for key in keys:
        client = Api(app, base_url=BASE_URL)
        client.auth = httpx.BasicAuth(key, "")
        found = world.authenticate(key)
        assert found is not None
        client.org, client.user = found
        client.checker = checker
        clients.append(client)
    yield world, clients
    assert app.state.emulator.internal_errors == 0, "a handler raised an unexpected exception"


def ok(response: httpx.Response, status: int = 200) -> Any:
    """The JSON body of a response that must have ``status``; a readable failure otherwise."""
    assert response.status_code == status, (response.status_code, response.text)
    return response.json()


def field_errors(response: httpx.Response) -> dict[str, Any]:
    """The ``field-errors`` of a 400 validation answer."""
    assert response.status_code == 400, (response.status_code, response.text)
    body = response.json()
    assert set(body) == {"errors", "field-errors"}, body
    errors: dict[str, Any] = body["field-errors"]
    return errors


def error(response: httpx.Response, status: int = 400) -> str:
    """The message of a simple ``{"error": ...}`` answer with ``status``."""
    assert response.status_code == status, (response.status_code, response.text)
    body = response.json()
    assert set(body) == {"error"}, body
    message: str = body["error"]
    return message


def advance(api: Api, seconds: float) -> None:
    """Move the clock of the emulator behind ``api`` forward, running what falls due."""
    api.app.state.emulator.clock.advance(seconds)  # type: ignore[attr-defined]


def leads_named(name: str) -> dict[str, Any]:
    """An Advanced Filtering query for the leads whose name contains ``name`` as a word."""
    return {
        "type": "and",
        "queries": [
            {"type": "object_type", "object_type": "lead"},
            {"type": "text", "mode": "full_words", "value": name},
        ],
    }
