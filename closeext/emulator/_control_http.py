"""The control surface over HTTP: ``/_emulator/…``, beside Close's API, never inside it.

Every request must carry ``X-Closeext-Emulator-Control: 1``; without it the answer is a
403 saying so, so a Close client pointed at the emulator never moves its clock or makes
objects by accident. Nothing here is reachable under ``/api/v1/``, and none of it is in
Close's spec. Answers are JSON; errors have Close's shapes (``{"error": …}`` or
``{"errors": [], "field-errors": {…}}``).

==========================================  =================================================
``GET  /_emulator/``                        what the surface offers: endpoints, kinds, schemas
``GET  /_emulator/clock/``                  the clock: ``now``, ``frozen``, ``offset_seconds``
``POST /_emulator/clock/advance/``          ``{"seconds": 3600}``: move forward, run timers
``POST /_emulator/clock/travel/``           ``{"to": "2030-01-01T09:00:00Z"}``: move forward to
``POST /_emulator/clock/freeze/``           stop time; ``…/thaw/`` lets it run again
``POST /_emulator/inject/<kind>/``          make a ``meeting``, ``call``, ``email``, … (API key)
``POST /_emulator/oauth_token/``            an OAuth access token for the API key's user
==========================================  =================================================

The organization of ``inject`` and ``oauth_token`` is the one of the API key the request
authenticates with, as for Close's API (Basic auth, the key as user name).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any, Final, Protocol

from starlette.types import Receive, Scope, Send

from . import _errors
from ._control import Control
from ._json import encode, parse_json
from ._limits import MAX_BODY_BYTES
from ._store import World
from ._types import ApiError, BadRequest, SimpleError

__all__ = ["CONTROL_HEADER", "CONTROL_PREFIX", "serve_control"]

logger = logging.getLogger("closeext.emulator")

CONTROL_PREFIX: Final = "/_emulator/"
#: The header every control request must carry (value ``1``).
CONTROL_HEADER: Final = "X-Closeext-Emulator-Control"
_HEADER_KEY: Final = CONTROL_HEADER.lower().encode()


class Emulator(Protocol):
    """What this surface needs of its emulator (``_app.Emulator``)."""

    control: Control
    world: World
    internal_errors: int


Action = Callable[[Emulator, Any, Any], Any]


def _index(emulator: Emulator, body: Any, identity: Any) -> Any:
    return {
        "description": "The closeext emulator's control surface (not part of Close's API).",
        "header": f"{CONTROL_HEADER}: 1",
        "endpoints": [f"{method} {CONTROL_PREFIX}{path}" for method, path in _ROUTES],
        "kinds": emulator.control.kinds(),
    }


def _seconds(body: Any) -> timedelta:
    seconds = body.get("seconds") if isinstance(body, dict) else None
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
        raise BadRequest('The body must be {"seconds": <a number of seconds, 0 or more>}.')
    if seconds > 100 * 366 * 86400:
        raise BadRequest("The clock moves at most a hundred years at once.")
    return timedelta(seconds=seconds)


def _advance(emulator: Emulator, body: Any, identity: Any) -> Any:
    return emulator.control.advance(_seconds(body))


def _travel(emulator: Emulator, body: Any, identity: Any) -> Any:
    target = body.get("to") if isinstance(body, dict) else None
    if not isinstance(target, str):
        raise BadRequest('The body must be {"to": "<an ISO 8601 moment>"}.')
    try:
        return emulator.control.travel(target)
    except ValueError as exc:  # the past
        raise BadRequest(str(exc)) from None


def _inject(kind: str) -> Action:
    def inject(emulator: Emulator, body: Any, identity: Any) -> Any:
        org, user = _require(identity)
        if not isinstance(body, dict):
            raise BadRequest(_errors.NOT_A_DICT)
        return emulator.control.inject_into(org, user, kind, body).as_json()

    return inject


def _oauth_token(emulator: Emulator, body: Any, identity: Any) -> Any:
    org, user = _require(identity)
    token = emulator.world.issue_oauth_token(org, user)
    return {"access_token": token, "token_type": "Bearer", "user_id": user.id}


def _require(identity: Any) -> Any:
    if identity is None:
        raise SimpleError(
            401, "This control endpoint acts in an organization: authenticate with its API key."
        )
    return identity


_ROUTES: Final[dict[tuple[str, str], Action]] = {
    ("GET", ""): _index,
    ("GET", "clock/"): lambda emulator, body, identity: emulator.control.clock(),
    ("POST", "clock/advance/"): _advance,
    ("POST", "clock/travel/"): _travel,
    ("POST", "clock/freeze/"): lambda emulator, body, identity: emulator.control.freeze(),
    ("POST", "clock/thaw/"): lambda emulator, body, identity: emulator.control.thaw(),
    ("POST", "oauth_token/"): _oauth_token,
}


def _route(method: str, path: str) -> Action:
    relative = path[len(CONTROL_PREFIX) :] if path.startswith(CONTROL_PREFIX) else ""
    if relative and not relative.endswith("/"):
        relative += "/"
    if relative.startswith("inject/"):
        from ._control_kinds import KINDS

        kind = relative[len("inject/") :].rstrip("/")
        if kind not in KINDS:
            raise SimpleError(
                404, f"No injectable kind {kind!r}; the kinds are: {', '.join(KINDS)}."
            )
        if method != "POST":
            raise _errors.method_not_allowed()
        return _inject(kind)
    action = _ROUTES.get((method, relative))
    if action is None:
        if any(known == relative for _, known in _ROUTES):
            raise _errors.method_not_allowed()
        raise SimpleError(404, f"The control surface has no {CONTROL_PREFIX}{relative}.")
    return action


async def serve_control(emulator: Emulator, scope: Scope, receive: Receive, send: Send) -> None:
    """Answer one request to the control surface."""
    headers: Mapping[bytes, bytes] = dict(scope["headers"])
    try:
        if headers.get(_HEADER_KEY, b"").strip() != b"1":
            raise SimpleError(
                403,
                f"This is the emulator's control surface, not Close's API: send the header "
                f"{CONTROL_HEADER}: 1 to use it.",
            )
        action = _route(scope["method"], scope["path"])
        raw = await _read_body(receive)
        body = parse_json(raw) if raw.strip() else {}
        status, answer = 200, action(emulator, body, _identity(emulator, headers))
    except ApiError as error:
        status, answer = error.status, error.body()
    except Exception:
        emulator.internal_errors += 1
        logger.exception("unexpected error in the emulator's control surface")
        status, answer = 400, {"error": _errors.INTERNAL}
    payload = encode(answer)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


def _identity(emulator: Emulator, headers: Mapping[bytes, bytes]) -> Any:
    return emulator.control.identify(headers.get(b"authorization"))


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise BadRequest("The client disconnected before sending the body.")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise SimpleError(413, _errors.BODY_TOO_LARGE)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
