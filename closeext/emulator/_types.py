"""The contract between the emulator's HTTP pipeline and its resource handlers.

The pipeline (``_app.py``) authenticates, routes by the spec, parses and schema-validates
the JSON body, then calls one handler per operationId with an :class:`ApiRequest`.
A handler returns an :class:`ApiResponse` or raises an :class:`ApiError`; the pipeline
turns either into Close-shaped JSON. Handlers keep no state of their own: everything
lives in the organization they are handed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._organization import Organization
    from ._records import User


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """One authenticated request, already matched to an operation of the spec.

    ``params`` holds the declared query parameters that were sent, coerced to their
    schema's types and validated (``_limit`` is an ``int`` within the operation's cap);
    ``query`` keeps the raw strings. ``body`` has passed the request schema. ``path`` is
    the request's path below the base path (``/lead/lead_…/``); ``tz_offset`` the caller's
    ``X-TZ-Offset`` (hours), which decides where the caller's day ends.
    """

    operation_id: str
    method: str
    path_params: Mapping[str, str]
    query: Mapping[str, str]
    body: Any
    org: Organization
    user: User
    params: Mapping[str, Any] = field(default_factory=dict)
    path: str = ""
    #: The caller's ``X-TZ-Offset`` in hours (0, UTC, without the header).
    tz_offset: float = 0.0
    #: Scheme and host the request reached, e.g. ``http://127.0.0.1:8765``, for answers that
    #: send the client back to the emulator outside ``/api/v1/`` (file uploads).
    origin: str = ""
    #: Whether the caller is an OAuth app (a Bearer access token), not an API key.
    oauth: bool = False
    #: The raw ASGI headers (lower-case names), for the few handlers that read one the
    #: spec cannot declare, such as ``Accept`` (see :func:`header`).
    raw_headers: Sequence[tuple[bytes, bytes]] = ()

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (lower case), or ``None`` when it was not sent."""
        wanted = name.encode("latin-1")
        for key, value in self.raw_headers:
            if key == wanted:
                return value.decode("latin-1")
        return None


@dataclass(slots=True)
class ApiResponse:
    """What a handler answers.

    ``status=None`` means the operation's declared success status (the usual case: the
    spec, not the handler, says whether a create answers 200 or 201). A 201 without a
    ``Location`` header gets one from the request path and the body's ``id``. ``encoded``
    is the body already encoded as JSON, for answers assembled from cached parts.
    """

    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    encoded: bytes | None = None


Handler = Callable[[ApiRequest], ApiResponse]


class ApiError(Exception):
    """An error the pipeline renders as Close-shaped JSON with ``status``."""

    status: int = 400

    def body(self) -> dict[str, Any]:
        raise NotImplementedError


class BadRequest(ApiError):
    """A 400 with Close's simple shape: ``{"error": "..."}``."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def body(self) -> dict[str, Any]:
        return {"error": self.message}


class ValidationFailed(ApiError):
    """A 400 with Close's validation shape: ``{"errors": [...], "field-errors": {...}}``.

    Errors inside list items nest by index, as Close does::

        {"contacts": {"errors": {"0": {"errors": [], "field-errors": {...}}}}}
    """

    status = 400

    def __init__(
        self,
        errors: list[str] | None = None,
        field_errors: Mapping[str, Any] | None = None,
    ) -> None:
        self.errors = list(errors or [])
        self.field_errors = dict(field_errors or {})
        super().__init__(f"{self.errors} {self.field_errors}")

    def body(self) -> dict[str, Any]:
        return {"errors": self.errors, "field-errors": self.field_errors}


class NotFound(ApiError):
    """A 404 worded as Close words it for a missing object."""

    status = 404

    def __init__(self, model: str) -> None:
        super().__init__(model)
        self.model = model

    def body(self) -> dict[str, Any]:
        return {"error": f"Empty query: {self.model} matching query does not exist."}


class SimpleError(ApiError):
    """Any other status with ``{"error": message}`` (401, 403, 405, 415, …)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def body(self) -> dict[str, Any]:
        return {"error": self.message}
