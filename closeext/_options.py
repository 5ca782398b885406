"""Per-call options: a timeout, extra headers or a deadline for some calls, on the same pool.

``close.with_options(timeout=5)`` returns a view of the client whose requests carry those
options; it shares the original's connection pool, auth, retries and pacing, so nothing is
built twice. The generated operations only ever call ``request(...)`` on the httpx client
they are given, so the view hands them a small stand-in whose ``request`` adds the options
and forwards to the real client.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = ["AsyncOptionsClient", "OptionsClient", "RequestOptions"]

DEADLINE_EXTENSION = "closeext.deadline"
"""Where the transport reads a per-request deadline: seconds for a whole call, retries included."""


@dataclass(frozen=True)
class RequestOptions:
    """What ``with_options`` sets; ``None`` leaves the client's own setting in force."""

    timeout: float | httpx.Timeout | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    deadline: float | None = None

    def __post_init__(self) -> None:
        for name, value in (("timeout", self.timeout), ("deadline", self.deadline)):
            if isinstance(value, int | float) and not value > 0:
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")

    def merged(self, other: RequestOptions) -> RequestOptions:
        """These options overridden by ``other`` (for ``with_options(...).with_options(...)``)."""
        return RequestOptions(
            timeout=other.timeout if other.timeout is not None else self.timeout,
            headers={**self.headers, **other.headers},
            deadline=other.deadline if other.deadline is not None else self.deadline,
        )

    def apply(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """``httpx.Client.request`` keyword arguments with these options added."""
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        if self.headers:
            kwargs["headers"] = {**self.headers, **(kwargs.get("headers") or {})}
        if self.deadline is not None:
            kwargs["extensions"] = {
                **(kwargs.get("extensions") or {}),
                DEADLINE_EXTENSION: self.deadline,
            }
        return kwargs


class OptionsClient:
    """Stands in for an ``httpx.Client`` in the generated client: ``request`` with options."""

    def __init__(self, http: httpx.Client, options: RequestOptions) -> None:
        self._http = http
        self._options = options

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._http.request(method, url, **self._options.apply(kwargs))


class AsyncOptionsClient:
    """The ``httpx.AsyncClient`` stand-in; see :class:`OptionsClient`."""

    def __init__(self, http: httpx.AsyncClient, options: RequestOptions) -> None:
        self._http = http
        self._options = options

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return await self._http.request(method, url, **self._options.apply(kwargs))
