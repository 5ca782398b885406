"""Typed errors for the Close API, built from a response by one function.

The tree::

    CloseError                      anything closeext raises on purpose
    ├── APIError                    Close answered, but not with what the operation promised
    │   ├── BadRequest              400
    │   │   └── ValidationError     400 with Close's "errors" / "field-errors"
    │   ├── Unauthorized            401
    │   ├── PaymentRequired         402 (a plan limit was reached)
    │   ├── Forbidden               403
    │   ├── NotFound                404
    │   ├── MethodNotAllowed        405
    │   ├── UnsupportedMediaType    415
    │   ├── RateLimited             429, after retries ran out or the wait was too long
    │   ├── ServerError             5xx
    │   └── UnexpectedResponse      a 2xx/3xx the operation does not declare, or a success
    │                               body that is not JSON, is empty, or is an error envelope
    ├── TransportError              no answer at all, after retries (wraps the httpx error)
    │   └── DeadlineExceeded        the call's deadline (retries included) ran out
    ├── ConfigurationError          a client built without a usable key or URL
    └── FieldError                  misuse of the custom field helpers (closeext._helper_errors)

Other 4xx statuses raise a plain :class:`APIError`. When the request named its generated
operation (the ``closeext.operation`` request extension), errors carry it in ``operation``
and in their message. Messages, ``str()`` and ``repr()``
show the status, method, path and Close's message, and never the API key: the URL is
stripped of user info, headers are never shown, and anything that looks like the key
the request was sent with is scrubbed from the text.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import http
import json
import time
from typing import Any

import httpx

from ._helper_errors import CloseError, ConfigurationError
from ._retry import RateLimitInfo, rate_limit_from_headers, requested_wait

__all__ = [
    "APIError",
    "BadRequest",
    "CloseError",
    "ConfigurationError",
    "DeadlineExceeded",
    "Forbidden",
    "MethodNotAllowed",
    "NotFound",
    "PaymentRequired",
    "RateLimited",
    "ServerError",
    "TransportError",
    "Unauthorized",
    "UnexpectedResponse",
    "UnsupportedMediaType",
    "ValidationError",
    "araise_for_status",
    "error_from_response",
    "raise_for_status",
    "transport_error_from",
    "unexpected_response",
]

_MAX_DETAIL = 1000  # characters of Close's message kept in str(); the body keeps it all
_REDACTED = "[REDACTED]"
_API_ROOT = "/api/v1"


class APIError(CloseError):
    """Close answered with an error status.

    ``body`` is the parsed JSON (or the text, or None when empty); ``url`` has no
    credentials; ``rate_limit`` is the response's ``RateLimit`` reading, if any;
    ``operation`` the generated operation's id (``get_lead``) when the request named it.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any = None,
        rate_limit: RateLimitInfo | None = None,
        detail: str | None = None,
        operation: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        self.rate_limit = rate_limit
        self.operation = operation
        self.detail = _describe(body) if detail is None else detail
        super().__init__(self._message())

    @property
    def path(self) -> str:
        """The request path as Close documents it (``/lead/``): no host, ``/api/v1`` or query."""
        return _display_path(self.url)

    def _message(self) -> str:
        try:
            phrase = http.HTTPStatus(self.status_code).phrase
        except ValueError:
            phrase = "Error"
        head = f"{self.status_code} {phrase} on {self.method} {self.path}"
        if self.operation:
            head += f" ({self.operation})"
        return f"{head}: {self.detail}" if self.detail else head

    def __str__(self) -> str:
        return self._message()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, method={self.method!r}, "
            f"path={self.path!r}, detail={self.detail!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors need help to survive pickling (multiprocessing).
        return (_rebuild, (type(self), self.__dict__.copy()))


def _rebuild(cls: type[CloseError], state: dict[str, Any]) -> CloseError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, str(error))
    return error


class BadRequest(APIError):
    """400: the request was malformed or refused (``body["error"]`` says why)."""


class ValidationError(BadRequest):
    """400 with Close's validation body. ``errors`` and ``field_errors`` are Close's
    ``errors`` and ``field-errors`` exactly as sent, nested ones included."""

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any = None,
        rate_limit: RateLimitInfo | None = None,
        detail: str | None = None,
        operation: str | None = None,
        errors: list[Any] | None = None,
        field_errors: dict[str, Any] | None = None,
    ) -> None:
        data = body if isinstance(body, dict) else {}
        self.errors: list[Any] = errors if errors is not None else data.get("errors", [])
        self.field_errors: dict[str, Any] = (
            field_errors if field_errors is not None else data.get("field-errors", {})
        )
        super().__init__(
            status_code=status_code,
            method=method,
            url=url,
            body=body,
            rate_limit=rate_limit,
            detail=detail,
            operation=operation,
        )


class Unauthorized(APIError):
    """401: the API key or OAuth token is missing, wrong or revoked."""


class PaymentRequired(APIError):
    """402: a limit of the organization's plan was reached."""


class Forbidden(APIError):
    """403: the key's user may not do this."""


class NotFound(APIError):
    """404: no such URL or object."""


class MethodNotAllowed(APIError):
    """405: the endpoint does not support this HTTP method."""


class UnsupportedMediaType(APIError):
    """415: the body was not sent in a format Close accepts (JSON)."""


class RateLimited(APIError):
    """429 that retrying did not cure. ``reset`` is the seconds Close asked us to wait."""

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any = None,
        rate_limit: RateLimitInfo | None = None,
        detail: str | None = None,
        operation: str | None = None,
        reset: float | None = None,
    ) -> None:
        self.reset = reset
        super().__init__(
            status_code=status_code,
            method=method,
            url=url,
            body=body,
            rate_limit=rate_limit,
            detail=detail,
            operation=operation,
        )

    def _message(self) -> str:
        message = super()._message()
        return message if self.reset is None else f"{message} (reset in {self.reset:g}s)"


class ServerError(APIError):
    """5xx: Close failed; the request may or may not have taken effect."""


class UnexpectedResponse(APIError):
    """Close answered, but not as the operation declares: a 2xx or 3xx other than the
    operation's success status, or a success whose body is empty, not JSON (or cut
    short), or an error envelope such as ``{"error": ...}``.

    ``status_code`` is the status received; ``detail`` says what was wrong. For a create,
    the record may have been written: :class:`~closeext.BulkResult` counts this as
    uncertain, so a :class:`~closeext.Reconciler` settles it.
    """


class TransportError(CloseError):
    """No response: the connection failed even after retrying. ``cause`` is httpx's error.

    A pickled TransportError (multiprocessing, a result store) keeps ``cause``'s type and
    scrubbed message but not the request it held, whose headers carry the API key.
    """

    def __init__(
        self, *, method: str, url: str, cause: Exception | None, operation: str | None = None
    ) -> None:
        self.method = method
        self.url = url
        self.cause = cause
        self.operation = operation
        if cause is None:
            self.detail = "no answer"
        else:
            self.detail = f"{type(cause).__name__}: {cause}" if str(cause) else type(cause).__name__
        super().__init__(str(self))

    def _what(self) -> str:
        return "connection failed"

    def __str__(self) -> str:
        where = f"{self.method} {_display_path(self.url)}"
        if self.operation:
            where += f" ({self.operation})"
        return f"{self._what()} on {where}: {self.detail}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(method={self.method!r}, url={self.url!r}, "
            f"operation={self.operation!r}, detail={self.detail!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # The httpx error holds the request, and the request its Authorization header:
        # pickle only a copy of the cause without it (same type, scrubbed message).
        state = self.__dict__.copy()
        state["cause"] = _detached(self.cause, self.detail)
        return (_rebuild, (type(self), state))


class DeadlineExceeded(TransportError):
    """The call's deadline (``deadline=``, retries and waits included) ran out first.

    For a write this is uncertain like any :class:`TransportError`: the server may have
    acted on an attempt that was cut short.
    """

    def _what(self) -> str:
        return "deadline exceeded"


def _detached(cause: Exception | None, detail: str) -> Exception | None:
    """A copy of an httpx error that holds no request (so no headers), or None."""
    if cause is None:
        return None
    message = detail.partition(": ")[2]
    try:
        return type(cause)(message)
    except Exception:  # an exception type with a constructor of its own: drop it
        return None


_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequest,
    401: Unauthorized,
    402: PaymentRequired,
    403: Forbidden,
    404: NotFound,
    405: MethodNotAllowed,
    415: UnsupportedMediaType,
    429: RateLimited,
}


def error_from_response(response: httpx.Response, *, operation: str | None = None) -> APIError:
    """The typed error for an error response (the one place status maps to class).

    Reads a sync response body if it has not been read; await ``response.aread()``
    first for an async response, or the body will be missing. ``operation`` names the
    generated operation in the error.
    """
    status = response.status_code
    request = _request_of(response)
    secrets = _secrets(request)
    method = request.method if request is not None else "?"
    url = _scrub(_clean_url(request.url), secrets) if request is not None else ""
    body = _body(response)
    detail = _scrub(_describe(body), secrets)
    rate_limit = rate_limit_from_headers(response.headers)
    common: dict[str, Any] = {
        "status_code": status,
        "method": method,
        "url": url,
        "body": body,
        "rate_limit": rate_limit,
        "detail": detail,
        "operation": operation,
    }
    cls = _STATUS_CLASSES.get(status, ServerError if status >= 500 else APIError)
    if cls is BadRequest and _is_validation(body):
        return ValidationError(**common)
    if cls is RateLimited:
        reset = requested_wait(429, response.headers, body, now=time.time())
        return RateLimited(**common, reset=reset)
    return cls(**common)


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed :class:`APIError` for a 4xx/5xx response; do nothing otherwise.

    Fits as an httpx ``response`` event hook of a sync client.
    """
    if response.status_code >= 400:
        raise error_from_response(response)


async def araise_for_status(response: httpx.Response) -> None:
    """:func:`raise_for_status` for an async client's ``response`` event hook.

    Reads the body asynchronously first, so the error carries Close's message.
    """
    if response.status_code >= 400:
        await response.aread()
        raise error_from_response(response)


def unexpected_response(
    response: httpx.Response, *, reason: str, operation: str | None = None, body: Any = None
) -> UnexpectedResponse:
    """The error for an answer that is not what the operation declares (``reason`` says how)."""
    request = _request_of(response)
    secrets = _secrets(request)
    method = request.method if request is not None else "?"
    url = _scrub(_clean_url(request.url), secrets) if request is not None else ""
    return UnexpectedResponse(
        status_code=response.status_code,
        method=method,
        url=url,
        body=body,
        rate_limit=rate_limit_from_headers(response.headers),
        detail=_scrub(reason, secrets),
        operation=operation,
    )


def transport_error_from(
    exc: httpx.HTTPError | httpx.InvalidURL,
    *,
    operation: str | None = None,
    deadline: bool = False,
    request: httpx.Request | None = None,
) -> TransportError:
    """Wrap an httpx failure; use as ``raise transport_error_from(e) from e``.

    ``deadline=True`` makes it a :class:`DeadlineExceeded`; ``request`` is used when the
    httpx error does not carry one.
    """
    # httpx raises RuntimeError when the error was built without a request.
    with contextlib.suppress(RuntimeError):
        request = getattr(exc, "request", None) or request
    secrets = _secrets(request)
    method = request.method if request is not None else "?"
    url = _scrub(_clean_url(request.url), secrets) if request is not None else ""
    cls = DeadlineExceeded if deadline else TransportError
    error = cls(method=method, url=url, cause=exc, operation=operation)
    error.detail = _scrub(error.detail, secrets)
    error.args = (str(error),)
    return error


# -- helpers ---------------------------------------------------------------------------


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


def _body(response: httpx.Response) -> Any:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        try:
            content = response.read()
        except (httpx.StreamError, RuntimeError):
            return None
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return content.decode("utf-8", errors="replace")


def _is_validation(body: Any) -> bool:
    if not isinstance(body, dict) or not ({"errors", "field-errors"} & body.keys()):
        return False
    return isinstance(body.get("errors", []), list) and isinstance(
        body.get("field-errors", {}), dict
    )


def _describe(body: Any) -> str:
    """Close's message from an error body, shortened for display."""
    if isinstance(body, dict):
        parts = []
        error = body.get("error")
        if isinstance(error, dict):
            error = error.get("message")
        if isinstance(error, str) and error:
            parts.append(error)
        if body.get("errors"):
            parts.append(f"errors: {body['errors']!r}")
        if body.get("field-errors"):
            parts.append(f"field-errors: {body['field-errors']!r}")
        text = "; ".join(parts)
    elif isinstance(body, str):
        text = " ".join(body.split())
    else:
        text = ""
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"


def _display_path(url: str) -> str:
    path = httpx.URL(url).path
    # Every Close endpoint lives under /api/v1/; the docs (and users) name them without it.
    return path[len(_API_ROOT) :] if path.startswith(_API_ROOT + "/") else path


def _clean_url(url: httpx.URL) -> str:
    """The URL as text with any ``user:password@`` removed."""
    return str(url.copy_with(userinfo=b"")) if url.userinfo else str(url)


def _secrets(request: httpx.Request | None) -> list[str]:
    """Strings that would give the credentials away: the key, the token, their encodings."""
    if request is None:
        return []
    found: list[str] = []
    if request.url.userinfo:
        found += [request.url.username, request.url.password]
    auth = request.headers.get("authorization", "")
    scheme, _, credentials = auth.partition(" ")
    credentials = credentials.strip()
    if credentials:
        found.append(credentials)
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(credentials, validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                decoded = ""
            found += decoded.split(":", 1)
    # Very short strings (an empty password, say) would shred innocent text.
    return sorted({s for s in found if len(s) >= 4}, key=len, reverse=True)


def _scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, _REDACTED)
    return text
