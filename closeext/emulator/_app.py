"""The request pipeline: one linear pass from raw ASGI request to Close-shaped response.

    fault (reset-before) -> auth -> rate limit -> fault (429 / 503) -> route
        -> parameters -> content type & JSON -> body schema -> handler -> render
        -> fault (reset-after) -> send

Every response, errors included, carries a ``RateLimit`` header. Nothing answers 500: an
unexpected exception in a handler is logged, counted on :attr:`Emulator.internal_errors`
and answered as a Close-shaped 400, so a test can assert that it never happened.

Handlers are synchronous and run directly on the event loop, never in a thread pool, so
two concurrent requests can never interleave inside one handler.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Final

from starlette.applications import Starlette
from starlette.routing import Router
from starlette.types import Receive, Scope, Send

from . import _errors, _export_files, _files, _limits
from ._clock import Clock, use_clock
from ._control import Control
from ._control_http import CONTROL_PREFIX, serve_control
from ._faults import Fault, FaultInjector, drop_connection, transport_of
from ._json import dumps, encode, parse_json
from ._params import (
    check_header_params,
    check_params,
    check_path_params,
    flatten_query,
    parse_query,
)
from ._ratelimit import Decision, RateLimiter
from ._spec import CompiledSpec, Operation
from ._store import World
from ._types import ApiError, ApiRequest, ApiResponse, BadRequest, Handler, SimpleError
from ._webhook_delivery import WebhookDispatcher

logger = logging.getLogger("closeext.emulator")

MAX_BODY_BYTES: Final = _limits.MAX_BODY_BYTES
_TRANSPORT_KEY: Final = "closeext.emulator.transport"
_JSON: Final = (b"content-type", b"application/json")
_SLASHES: Final = re.compile(r"/{2,}")
#: Old spellings of paths Close still serves (its changelog of 2020-09-18 keeps the plural
#: ``/custom_fields/<kind>/`` working); answered as the current path, not redirected.
_LEGACY_PREFIXES: Final = (("/custom_fields/", "/custom_field/"),)


class Emulator:
    """The state behind one app: its world, limits, faults and compiled spec.

    Reach it as ``app.state.emulator``. :meth:`reset` wipes every organization's data
    (keys stay valid), clears rate-limit windows and restarts the fault sequence.
    """

    def __init__(
        self,
        *,
        spec: CompiledSpec,
        world: World,
        handlers: Mapping[str, Handler],
        limiter: RateLimiter,
        faults: FaultInjector,
        api_keys: Sequence[str] = (),
    ) -> None:
        self.spec = spec
        self.world = world
        self.handlers = handlers
        self.limiter = limiter
        self.faults = faults
        self._api_keys: list[str] = []
        #: The control surface tests use (clock, injection); see ``_control``.
        self.control: Control = Control(self, _decode_api_key)
        #: How many requests hit an unexpected exception (each one is a bug to fix).
        self.internal_errors = 0
        for key in api_keys:
            self.add_api_key(key)

    def __repr__(self) -> str:
        return f"Emulator(keys={len(self._api_keys)}, world={self.world!r})"

    @property
    def clock(self) -> Clock:
        """This emulator's time (see :mod:`closeext.emulator._clock`): tests move it."""
        return self.world.clock

    @property
    def webhooks(self) -> WebhookDispatcher:
        """Webhook delivery: ``deliveries()`` made so far, ``drain()`` to wait for them."""
        return self.world.webhooks

    def close(self) -> None:
        """Stop background work (webhook delivery); the app's shutdown calls this."""
        self.world.webhooks.close()

    @property
    def api_keys(self) -> tuple[str, ...]:
        """The API keys this emulator accepts, each owning its own organization."""
        return tuple(self._api_keys)

    def add_api_key(self, api_key: str) -> None:
        """Accept ``api_key`` from now on, as the admin of a new organization."""
        if not isinstance(api_key, str) or not api_key or api_key != api_key.strip():
            raise ValueError("an API key must be a non-empty string without surrounding spaces")
        if ":" in api_key:
            raise ValueError("an API key cannot contain ':' (it is sent as a Basic username)")
        self.world.add_api_key(api_key)
        if api_key not in self._api_keys:
            self._api_keys.append(api_key)

    def reset(self) -> None:
        """Back to a fresh state: empty organizations, fresh rate limits, same fault seed."""
        self.world.reset()
        self.limiter.reset()
        self.faults.reseed()

    def missing_handlers(self) -> list[str]:
        """Operation ids the spec declares but no handler implements."""
        return sorted(set(self.spec.operations) - set(self.handlers))


def _decode_api_key(authorization: bytes) -> str | None:
    """The API key from ``Basic base64(key:)`` or ``Bearer key``; ``None`` otherwise."""
    scheme, _, credentials = authorization.decode("latin-1").partition(" ")
    scheme = scheme.lower()
    credentials = credentials.strip()
    if scheme == "bearer":
        return credentials or None
    if scheme != "basic":
        return None
    try:
        decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    username, sep, password = decoded.partition(":")
    # Close's keys are the username with an always-empty password.
    if not sep or password or not username:
        return None
    return username


class _Reply:
    """A response under construction: status, JSON body (or none) and extra headers."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, body: Any, headers: list[tuple[bytes, bytes]]) -> None:
        self.status = status
        self.body = body
        self.headers = headers


def _from_error(error: ApiError) -> _Reply:
    return _Reply(error.status, error.body(), [])


class Pipeline:
    """The ASGI callable serving every path of the emulator."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.base_path = emulator.spec.base_path
        self.prefix = self.base_path + "/"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1003})
            return
        emulator = self.emulator
        clock = emulator.world.clock
        with use_clock(clock):
            # Whatever Close would have done by now (retries, progress, expiry) happens
            # before this request is answered.
            try:
                clock.run_due()
            except Exception:
                self.emulator.internal_errors += 1
                logger.exception("a timer of the emulator's clock failed")
            path: str = scope["path"]
            if path == CONTROL_PREFIX.rstrip("/") or path.startswith(CONTROL_PREFIX):
                # The emulator's own control surface: outside Close's API and its limits.
                await serve_control(emulator, scope, receive, send)
                return
            if _export_files.handles(scope):
                # The files exports are downloaded from: outside Close's API too.
                await _export_files.serve(emulator.world, scope, receive, send)
                return
            if _files.handles(scope):
                # The file storage uploads go to (S3 for Close): outside Close's API too.
                await _files.serve(emulator.world, scope, receive, send)
                return
            await self._serve(scope, receive, send)

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        emulator = self.emulator
        fault = emulator.faults.draw() if emulator.faults.enabled else None
        if fault is Fault.RESET_BEFORE:
            await drop_connection(scope.get(_TRANSPORT_KEY), fault)
            return

        authorization: bytes | None = None
        content_type: bytes | None = None
        override: bytes | None = None
        tz_header: bytes | None = None
        for name, value in scope["headers"]:
            if name == b"authorization":
                authorization = value
            elif name == b"content-type":
                content_type = value
            elif name == b"x-http-method-override":
                override = value
            elif name == b"x-tz-offset":
                tz_header = value

        identity = None
        oauth = False
        if authorization is not None:
            key = _decode_api_key(authorization)
            if key is not None:
                found = emulator.world.authenticate(key)
                if found is None and authorization[:7].lower() == b"bearer ":
                    found = emulator.world.authenticate_oauth(key)
                    oauth = found is not None
                if found is not None:
                    identity = (key, found[0], found[1])
        if identity is None:
            reply = _from_error(_errors.unauthorized())
            rate_header = emulator.limiter.idle_header()
        else:
            key, org, user = identity
            # An injected 429 is refused like a real one, and like a real one not counted.
            if fault is Fault.RATE_LIMITED:
                decision = emulator.limiter.refuse(key, org.id)
            else:
                decision = emulator.limiter.hit(key, org.id)
            rate_header = decision.header
            if not decision.allowed:
                reply = self._rate_limited(decision)
            elif fault is Fault.UNAVAILABLE:
                reply = _Reply(503, {"error": "Service temporarily unavailable."}, [])
            else:
                try:
                    reply = await self._handle(
                        scope, receive, content_type, override, tz_header, org, user, oauth
                    )
                except ApiError as error:
                    reply = self._render_error(error)
                except Exception:
                    reply = self._internal_error("unexpected error in the request pipeline")

        if fault is Fault.RESET_AFTER:
            await drop_connection(scope.get(_TRANSPORT_KEY), fault)
            return
        await self._send(scope, send, reply, rate_header)

    def _internal_error(self, what: str) -> _Reply:
        """Log the exception being handled and answer Close-shaped; never a 500."""
        self.emulator.internal_errors += 1
        logger.exception(what)
        return _from_error(BadRequest(_errors.INTERNAL))

    def _render_error(self, error: ApiError) -> _Reply:
        try:
            return _Reply(int(error.status), dict(error.body()), [])
        except Exception:
            return self._internal_error(f"{type(error).__name__} could not render its body")

    @staticmethod
    def _rate_limited(decision: Decision) -> _Reply:
        return _Reply(
            429, decision.legacy_body(), [(b"retry-after", decision.retry_after().encode())]
        )

    async def _handle(
        self,
        scope: Scope,
        receive: Receive,
        content_type: bytes | None,
        override: bytes | None,
        tz_header: bytes | None,
        org: Any,
        user: Any,
        oauth: bool = False,
    ) -> _Reply:
        raw_path: bytes | None = scope.get("raw_path")
        # The raw path keeps %2F inside a segment apart from a real "/"; the router
        # percent-decodes each segment after splitting.
        path = raw_path.decode("utf-8", "surrogateescape") if raw_path else scope["path"]
        path = path.split("?", 1)[0]
        if "//" in path:
            # Close's framework merges repeated slashes by redirecting, as clients that
            # join a base URL and a path naively send them on every request.
            merged = _SLASHES.sub("/", path)
            return self._redirect(scope, merged, f"This URL has repeated slashes: {merged}")
        if not path.startswith(self.prefix):
            raise _errors.route_not_found()
        relative = path[len(self.base_path) :]
        for legacy, current in _LEGACY_PREFIXES:
            if relative.startswith(legacy):
                relative = current + relative[len(legacy) :]
        router = self.emulator.spec.router
        matched = router.match(relative)
        if matched is None:
            if not relative.endswith("/") and router.match(relative + "/") is not None:
                slashed = path + "/"
                return self._redirect(scope, slashed, f"This URL needs a trailing slash: {slashed}")
            raise _errors.route_not_found()
        route, values = matched

        method = scope["method"]
        query = parse_query(scope.get("query_string", b""))
        body_override: Any = None
        if override is not None and method == "POST":
            # Close lets a client POST {"_params": {...}} with this header to GET with
            # parameters too long for a URL.
            if override.decode("latin-1").strip().upper() != "GET":
                raise BadRequest("X-HTTP-Method-Override only supports GET.")
            body_override = await self._method_override_params(receive, content_type)
            method = "GET"
        lookup = "GET" if method == "HEAD" else method
        operation = route.operations.get(lookup)
        if operation is None:
            reply = _from_error(_errors.method_not_allowed())
            reply.headers.append((b"allow", route.allow.encode()))
            return reply
        if body_override is not None:
            query.update(body_override)

        path_params = check_path_params(operation, values)
        params = check_params(operation.query_params, query)
        if operation.header_params:
            check_header_params(operation, scope["headers"])
        tz_offset = _tz_offset(tz_header)
        body = None
        if operation.has_body and body_override is None:
            body = await self._read_json_body(operation, receive, content_type)

        handler = self.emulator.handlers.get(operation.operation_id)
        if handler is None:
            message = f"The emulator does not implement {operation.operation_id} yet."
            raise SimpleError(501, message)
        request = ApiRequest(
            operation_id=operation.operation_id,
            method=operation.method,
            path_params=path_params,
            query=flatten_query(query),
            body=body,
            org=org,
            user=user,
            params=params,
            path=relative,
            tz_offset=tz_offset,
            oauth=oauth,
            origin=_files.origin(scope),
            raw_headers=scope["headers"],
        )
        try:
            response = handler(request)
            if not isinstance(response, ApiResponse):
                raise TypeError(f"handler returned {type(response).__name__}, not ApiResponse")
            reply = self._success(operation, relative, response)
        except ApiError:
            raise
        except Exception:
            return self._internal_error(
                f"unexpected error in the handler of {operation.operation_id}"
            )
        return reply

    def _success(self, operation: Operation, relative: str, response: ApiResponse) -> _Reply:
        """Render a handler's answer with the operation's declared status unless it chose one."""
        status = operation.success_status if response.status is None else response.status
        headers = [
            (name.lower().encode("latin-1"), str(value).encode("latin-1"))
            for name, value in response.headers.items()
        ]
        if status == 201 and "Location" not in response.headers:
            created = response.body.get("id") if isinstance(response.body, dict) else None
            if isinstance(created, str):
                location = f"{self.base_path}{relative}{created}/"
                headers.append((b"location", location.encode("utf-8", "surrogateescape")))
        if status == 204 or (response.body is None and response.encoded is None):
            return _Reply(status, None, headers)
        if response.encoded is not None:
            return _Reply(status, response.encoded, headers)
        return _Reply(status, encode(response.body), headers)

    @staticmethod
    def _redirect(scope: Scope, target: str, message: str) -> _Reply:
        query_string: bytes = scope.get("query_string", b"")
        # Built from the bytes as received, so the client gets back exactly what it sent.
        location = target.encode("utf-8", "surrogateescape")
        if query_string:
            location += b"?" + query_string
        shown = message.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if query_string:
            shown += "?" + query_string.decode("utf-8", "replace")
        # 308 keeps the method and body, like the redirect Close's framework issues.
        return _Reply(308, {"error": shown}, [(b"location", location)])

    async def _read_body(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise SimpleError(400, "The client disconnected before sending the body.")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise SimpleError(413, _errors.BODY_TOO_LARGE)
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _read_json_body(
        self, operation: Operation, receive: Receive, content_type: bytes | None
    ) -> Any:
        raw = await self._read_body(receive)
        if not raw.strip():
            if not operation.body_required:
                return None
            # Nothing was sent at all: a plain 400, as Close's framework answers; 415 is
            # kept for a body that was sent in another format.
            if content_type is None:
                raise BadRequest(_errors.UNSUPPORTED_MEDIA)
            if not _is_json_media(content_type):
                raise _errors.unsupported_media_type()
            raise BadRequest(_errors.INVALID_JSON)
        if content_type is None or not _is_json_media(content_type):
            raise _errors.unsupported_media_type()
        body = _parse_json(raw)
        validator = operation.body_validator
        if validator is not None:
            try:
                errors = list(validator.iter_errors(body))
            except RecursionError:
                raise BadRequest(_errors.TOO_DEEP) from None
            if errors:
                raise _errors.validation_error(errors, wants_object=operation.body_wants_object)
        elif operation.body_wants_object and not isinstance(body, dict):
            raise BadRequest(_errors.NOT_A_DICT)
        return body

    async def _method_override_params(
        self, receive: Receive, content_type: bytes | None
    ) -> dict[str, list[str]]:
        raw = await self._read_body(receive)
        if content_type is None or not _is_json_media(content_type):
            raise _errors.unsupported_media_type()
        body = _parse_json(raw)
        params = body.get("_params") if isinstance(body, dict) else None
        if not isinstance(params, dict):
            raise BadRequest('The body must be a JSON object with a "_params" object.')
        return {str(k): [v if isinstance(v, str) else dumps(v)] for k, v in params.items()}

    async def _send(self, scope: Scope, send: Send, reply: _Reply, rate_header: str) -> None:
        headers = [(b"ratelimit", rate_header.encode()), *reply.headers]
        body = reply.body
        if body is not None and not isinstance(body, bytes):
            try:
                body = encode(body)
            except (TypeError, ValueError):
                reply = self._internal_error(f"the body of a {reply.status} answer is not JSON")
                headers = [(b"ratelimit", rate_header.encode())]
                body = encode(reply.body)
        if body is not None and len(body) > _limits.MAX_RESPONSE_BYTES:
            # Refused rather than sent: a client cannot mean to read this much at once.
            reply = _from_error(BadRequest(_errors.RESPONSE_TOO_LARGE))
            headers = [(b"ratelimit", rate_header.encode())]
            body = encode(reply.body)
        if body is None:
            headers.append((b"content-length", b"0"))
            payload = b""
        else:
            headers.append(_JSON)
            headers.append((b"content-length", str(len(body)).encode()))
            payload = b"" if scope["method"] == "HEAD" else body
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})


def _tz_offset(header: bytes | None) -> float:
    """The caller's ``X-TZ-Offset`` in hours (0 without one); Close reads it everywhere."""
    if header is None:
        return 0.0
    try:
        offset = float(header.decode("latin-1"))
    except ValueError:
        offset = float("nan")
    if not -14 <= offset <= 14:
        raise BadRequest("X-TZ-Offset must be a number of hours between -14 and 14.")
    return offset


def _is_json_media(content_type: bytes) -> bool:
    media = content_type.split(b";", 1)[0].strip().lower()
    return media == b"application/json" or media.endswith(b"+json")


def _parse_json(raw: bytes) -> Any:
    # Numbers and collections beyond the limits are refused here, before any handler
    # could store them (see ``_json``).
    return parse_json(raw)


def _lifespan(emulator: Emulator) -> Callable[[Any], AbstractAsyncContextManager[None]]:
    """The app's lifespan: at shutdown, the emulator's background work stops."""

    @asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        try:
            yield
        finally:
            emulator.close()

    return lifespan


class _PipelineRouter(Router):
    """Sends every HTTP request to the pipeline; Starlette still handles lifespan.

    (A ``Mount`` would not do: its pattern does not match paths holding a newline, which
    would then get Starlette's plain-text 404 instead of a Close-shaped one.)
    """

    def __init__(self, pipeline: Pipeline) -> None:
        super().__init__(lifespan=_lifespan(pipeline.emulator))
        self._pipeline = pipeline

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self._pipeline(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


class EmulatorApp(Starlette):
    """A Starlette app whose HTTP requests all go to the emulator's :class:`Pipeline`.

    Beyond routing everything to the pipeline, it adds one thing to Starlette: when faults
    are on, it notes the server's transport (found behind uvicorn's raw ``send``) in the
    scope, before any middleware wraps ``send``, so that a fault can drop the connection.
    """

    def __init__(self, emulator: Emulator) -> None:
        super().__init__()
        self.router = _PipelineRouter(Pipeline(emulator))
        self.state.emulator = emulator
        self.state.world = emulator.world
        self._emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self._emulator.faults.enabled:
            scope[_TRANSPORT_KEY] = transport_of(send)
        await super().__call__(scope, receive, send)
