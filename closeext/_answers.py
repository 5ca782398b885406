"""What the transport checks on a final answer before handing it back: the one mapping.

Every way of calling a generated operation with the wired client — ``close.call(op)``,
``op.sync(client=close.client)``, their async twins, or a raw request on the httpx
client — goes through the transport, so errors are mapped here, once:

* an error status (4xx/5xx) raises the typed :class:`~closeext.APIError` for it;
* a 2xx/3xx other than the operation's declared success status raises
  :class:`~closeext.UnexpectedResponse` (when the request names its operation);
* a success body is parsed once: empty, non-JSON or truncated JSON, and error envelopes
  such as ``{"error": ...}`` on a 2xx raise :class:`~closeext.UnexpectedResponse`; the
  parsed value is left in ``response.extensions["closeext.json"]`` so the generated
  ``_parse_response`` need not parse it again.

The generated endpoint functions name their operation in the request extension
``closeext.operation``: ``{"operation_id": "get_lead", "success_status": 200}``. A raw
request without it gets the same error mapping, without the name; its non-JSON success
answers (``Content-Type`` that is not JSON) are left unread so streaming still works.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from . import _json
from ._errors import error_from_response, unexpected_response

__all__ = [
    "DEADLINE_EXTENSION",
    "JSON_EXTENSION",
    "OPERATION_EXTENSION",
    "Operation",
    "conclude",
    "needs_body",
]

OPERATION_EXTENSION = "closeext.operation"
"""Request extension naming the generated operation: ``operation_id``, ``success_status``."""
DEADLINE_EXTENSION = "closeext.deadline"
"""Request extension: seconds the whole call may take, retries included (overrides the client's)."""
JSON_EXTENSION = "closeext.json"
"""Response extension: the success body, parsed once by the transport."""

_ENVELOPE_KEYS = frozenset({"error", "errors", "field-errors"})
_SNIPPET = 80  # characters of a malformed body shown in the error


@dataclass(frozen=True, slots=True)
class Operation:
    """What the request's ``closeext.operation`` extension says (both parts optional)."""

    operation_id: str | None = None
    success_status: int | None = None

    @classmethod
    def of(cls, request: httpx.Request) -> Operation:
        """Read the extension; anything malformed in it is ignored, never fatal."""
        raw = request.extensions.get(OPERATION_EXTENSION)
        if not isinstance(raw, dict):
            return _ANONYMOUS
        # Each generated module sends the same constant dict with every request: read it once.
        # The cache holds the dict itself, so its id is never reused while cached; any other
        # dict (a caller's own, maybe changed between requests) is read afresh.
        cached = _SEEN.get(id(raw))
        if cached is not None and cached[0] is raw and cached[1] == raw:
            return cached[2]
        name = raw.get("operation_id")
        status = raw.get("success_status")
        operation = cls(
            operation_id=name if isinstance(name, str) and name else None,
            success_status=status if type(status) is int else None,
        )
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        _SEEN[id(raw)] = (raw, dict(raw), operation)
        return operation


_ANONYMOUS = Operation()
_SEEN: dict[int, tuple[dict[Any, Any], dict[Any, Any], Operation]] = {}
_SEEN_MAX = 1024  # more than the spec has operations


def needs_body(response: httpx.Response, operation: Operation) -> bool:
    """True when :func:`conclude` must see the body (read it first, within the deadline)."""
    status = response.status_code
    if status >= 400:
        return True
    if operation.success_status is not None:
        return status == operation.success_status and status != 204
    if 200 <= status < 300 and status != 204:
        content_type = response.headers.get("content-type")
        return content_type is None or "json" in content_type.lower()
    return False


def conclude(response: httpx.Response, operation: Operation) -> None:
    """Raise the typed error for an answer the operation does not promise; else parse it.

    The body must have been read when :func:`needs_body` said so.
    """
    status = response.status_code
    name = operation.operation_id
    if status >= 400:
        raise error_from_response(response, operation=name)
    declared = operation.success_status
    if declared is not None and status != declared:
        response.close()
        reason = f"status {status} where the operation declares {declared}"
        raise unexpected_response(response, reason=reason, operation=name)
    if not needs_body(response, operation) or response.request.method == "HEAD":
        return
    content = response.content
    if not content:
        if declared is None and "json" not in response.headers.get("content-type", "").lower():
            return  # a raw request may well expect nothing back; empty "JSON" is malformed
        raise unexpected_response(response, reason="empty body on a success", operation=name)
    try:
        parsed = _json.loads(content)
    except (ValueError, UnicodeDecodeError):
        snippet = content[:_SNIPPET].decode("utf-8", errors="replace")
        reason = f"the body is not JSON (or is cut short): {snippet!r}"
        raise unexpected_response(response, reason=reason, operation=name) from None
    if isinstance(parsed, dict) and not _ENVELOPE_KEYS.isdisjoint(parsed):
        reason = "an error body on a success status"
        raise unexpected_response(response, reason=reason, operation=name, body=parsed)
    response.extensions[JSON_EXTENSION] = parsed


def parsed_json(response: httpx.Response) -> Any:
    """The body the transport parsed, or the body parsed now (for other transports)."""
    if JSON_EXTENSION in response.extensions:
        return response.extensions[JSON_EXTENSION]
    return response.json()
