"""``Close`` and ``AsyncClose``: the generated client, wired for real use.

Each builds one pooled httpx client with the API key as Basic auth, timeouts, the
retrying and pacing transport, and a response hook that turns every 4xx/5xx into a typed
:class:`~closeext.CloseError` — so any generated operation, called through the facade
(``close.leads.get(...)``, generated per spec tag and inherited from
:class:`close_api.api.Api`), through :meth:`Close.call`, or directly with
``client=close.client``, returns only its success model and raises on errors. Results are
typed from the operation (:class:`Operation`, :class:`ListPage`). ``with_options`` gives a
view with per-call timeout, headers or deadline on the same pool. Sync and async differ
only in I/O: the same methods, the same parameters.
"""

from __future__ import annotations

import asyncio
import copy
import os
import re
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from types import ModuleType, TracebackType
from typing import Any, Protocol, Self, TypeVar, cast

import httpx
from close_api import Client as GeneratedClient
from close_api.api import Api, AsyncApi

from ._associations import ObjectType
from ._fields import FieldRegistry
from ._helper_errors import ConfigurationError
from ._operations import association_call, schema_call
from ._options import AsyncOptionsClient, OptionsClient, RequestOptions
from ._pagination import (
    ASYNC_PAGER,
    PAGER,
    AsyncOffsetPaginator,
    OffsetPaginator,
    max_limit_of,
    page_size_for,
    pagination_of,
)
from ._query import Query, Sort
from ._retry import Pacer, RetryPolicy
from ._searching import AsyncSearchPaginator, SearchPaginator, _SearchState
from ._transport import DEFAULT_DEADLINE, AsyncRetryTransport, RetryTransport

__all__ = ["DEFAULT_BASE_URL", "AsyncClose", "AsyncOperation", "Close", "ListPage", "Operation"]

DEFAULT_BASE_URL = "https://api.close.com/api/v1/"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "closeext/0.1"
R = TypeVar("R")
T = TypeVar("T")
R_co = TypeVar("R_co", covariant=True)
T_co = TypeVar("T_co", covariant=True)


class Operation(Protocol[R_co]):
    """A generated operation module, e.g. ``close_api.api.leads.get_lead``.

    Its ``sync`` returns the operation's success type only, so ``close.call(get_lead, ...)``
    is typed ``Lead`` with no annotation at the call site.
    """

    @property
    def sync(self) -> Callable[..., R_co]: ...


class AsyncOperation(Protocol[R_co]):
    """A generated operation module, seen from :class:`AsyncClose` (its ``asyncio``)."""

    @property
    def asyncio(self) -> Callable[..., Awaitable[R_co]]: ...


class ListPage(Protocol[T_co]):
    """The success body of an offset-paginated list: ``data`` and ``has_more``."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> bool: ...


class _KeyAuth(httpx.Auth):
    """Basic auth with the API key as user name and an empty password, as Close expects.

    Unlike ``httpx.BasicAuth`` it keeps no readable copy of the key on the instance, and its
    repr says nothing about it.
    """

    def __init__(self, api_key: str) -> None:
        self._header = httpx.BasicAuth(api_key, "")._auth_header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "<closeext API key auth>"


def _resolve_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get("CLOSE_API_KEY")
    if not key or not key.strip():
        raise ConfigurationError(
            "no Close API key: pass api_key=... or set the CLOSE_API_KEY environment variable"
        )
    if key != key.strip() or any(ch in key for ch in "\r\n:"):
        # A key with a colon or a line break would corrupt the Basic auth header.
        raise ConfigurationError("the Close API key contains whitespace or a colon")
    return key


def _redacted_url(url: str) -> str:
    """The URL fit for an error message: no ``user:password@``, query or fragment."""
    shown = re.sub(r"[^/?#@]*@", "[REDACTED]@", url.split("?", 1)[0].split("#", 1)[0])
    return shown if len(shown) <= 200 else shown[:199] + "…"


def _normalise_base_url(base_url: str | None) -> str:
    url = base_url or os.environ.get("CLOSE_BASE_URL") or DEFAULT_BASE_URL
    # The URL may carry credentials (user:key@host, ?api_key=): never echo it whole.
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        shown = _redacted_url(url) if isinstance(url, str) else type(url).__name__
        raise ConfigurationError(f"base_url must be an http(s) URL, got {shown!r}")
    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        shown = _redacted_url(url)
        raise ConfigurationError(f"base_url is not a valid URL: {shown!r}") from None
    # The generated operations use paths like "/lead/"; httpx joins them onto a base URL
    # that ends with a slash, keeping its /api/v1 prefix.
    return url if url.endswith("/") else url + "/"


def _offset_only(op: object) -> None:
    """Refuse a cursor-paginated list: its tag's facade pages it (``close.events.paginate()``)."""
    if pagination_of(op) == "cursor":
        module = getattr(op, "__name__", "")
        raise TypeError(
            f"{module} pages with a cursor, not an offset: use the facade's paginate method "
            "(for example close.events.paginate())"
        )


def _function(op: Any, attribute: str) -> Callable[..., Any]:
    """Accept a generated operation module or one of its functions."""
    if isinstance(op, ModuleType):
        return cast(Callable[..., Any], getattr(op, attribute))
    if callable(op):
        return cast(Callable[..., Any], op)
    raise TypeError(f"expected a generated operation module or function, got {op!r}")


def _expected(result: Any, expect: type[Any] | None) -> Any:
    if expect is not None and not isinstance(result, expect):
        raise TypeError(
            f"expected {expect.__name__}, the operation returned {type(result).__name__}"
        )
    return result


def _page(parsed: ListPage[T]) -> tuple[Sequence[T], bool]:
    data = getattr(parsed, "data", None)
    if not isinstance(data, list):
        raise TypeError(f"{type(parsed).__name__} is not a paginated list response")
    return data, getattr(parsed, "has_more", False) is True


def _client_settings(
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    headers: dict[str, str] | None,
) -> dict[str, Any]:
    """What the sync and async httpx clients share: where, who, how long, which headers."""
    return {
        "base_url": _normalise_base_url(base_url),
        "auth": _KeyAuth(_resolve_key(api_key)),
        "timeout": timeout,
        "headers": {"User-Agent": USER_AGENT, **(headers or {})},
    }


class _Base:
    _base_url: str
    _options: RequestOptions

    def __repr__(self) -> str:
        # Never the key (nor any header): only where requests go.
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def _with(
        self,
        timeout: float | httpx.Timeout | None,
        headers: Mapping[str, str] | None,
        deadline: float | None,
    ) -> tuple[Self, RequestOptions]:
        clone = copy.copy(self)
        options = self._options.merged(
            RequestOptions(timeout=timeout, headers=dict(headers or {}), deadline=deadline)
        )
        clone._options = options
        return clone, options


class Close(_Base, Api):
    """A synchronous Close API client.

    ``Close(api_key)`` (or the ``CLOSE_API_KEY`` environment variable) talks to
    ``https://api.close.com/api/v1/``; ``base_url`` points it elsewhere, e.g. at the
    emulator. Retries and pacing follow ``retry`` (a :class:`RetryPolicy`); ``pace=False``
    turns pacing off; ``transport`` replaces the network (the retrying layer wraps it).
    ``timeout`` bounds each connect and read; ``deadline`` (seconds, default
    ``DEFAULT_DEADLINE`` = 120, None for none) bounds a whole call, retries and waits
    included, and raises :class:`~closeext.DeadlineExceeded` when it runs out.

    Every operation of the spec is an attribute per tag, generated from the spec:
    ``close.leads.get(lead_id)``, ``close.leads.create(LeadCreate(...))``,
    ``close.leads.paginate()``; :meth:`call` runs any generated operation module.

    Use it as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        pace: bool = True,
        pacer: Pacer | None = None,
        transport: httpx.BaseTransport | None = None,
        headers: dict[str, str] | None = None,
        limits: httpx.Limits | None = None,
        sleep: Callable[[float], None] | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        settings = _client_settings(api_key, base_url, timeout, headers)
        self._base_url = settings["base_url"]
        inner = transport or httpx.HTTPTransport(limits=limits or httpx.Limits())
        extra: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        extra["deadline"] = deadline
        self._transport = RetryTransport(inner, policy=retry, pace=pace, pacer=pacer, **extra)
        self._http = httpx.Client(
            **settings,
            transport=self._transport,
        )
        self._options = RequestOptions()
        self.client: GeneratedClient = GeneratedClient(base_url=self._base_url)
        """The generated client to pass as ``client=`` to any ``close_api`` operation."""
        self.client.set_httpx_client(self._http)
        self._bind_api(self.client, PAGER)

    @property
    def http(self) -> httpx.Client:
        """The underlying httpx client (auth, retries and error mapping included)."""
        return self._http

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
    ) -> Self:
        """This client with a timeout, extra headers or a deadline for the calls made on it.

        ``close.with_options(timeout=5).leads.get(lead_id)``. The copy shares this client's
        connection pool, auth, retries and pacing (closing either closes both); options
        chain, the later ones winning. ``deadline`` bounds a whole call, retries included.
        """
        clone, options = self._with(timeout, headers, deadline)
        clone.client = GeneratedClient(base_url=self._base_url)
        clone.client.set_httpx_client(cast(httpx.Client, OptionsClient(self._http, options)))
        clone._bind_api(clone.client, PAGER)
        return clone

    def call(
        self,
        op: Operation[R] | Callable[..., R],
        /,
        *,
        expect: type[R] | None = None,
        **kwargs: Any,
    ) -> R:
        """Run a generated operation and return its parsed success body.

        ``op`` is a generated module (``close_api.api.leads.create_lead``) or its ``sync``
        function; the result is typed from it (``close.call(get_lead, ...)`` is a ``Lead``).
        Errors raise :class:`~closeext.CloseError` subclasses. ``expect=`` also checks the
        type at run time.
        """
        # Errors are mapped once, in the transport, for this path and every other.
        function = _function(op, "sync")
        return cast(R, _expected(function(client=self.client, **kwargs), expect))

    def paginate(
        self,
        op: Operation[ListPage[T]] | Callable[..., ListPage[T]],
        /,
        *,
        page_size: int | None = None,
        **kwargs: Any,
    ) -> OffsetPaginator[T]:
        """Iterate every record of an offset-paginated list operation, lazily.

        ``op`` is the generated module (``close_api.api.leads.list_leads``); other keyword
        arguments go to it (e.g. ``lead_id=`` for custom objects). Pages are as large as
        the spec allows for the endpoint (its ``MAX_LIMIT``) unless ``page_size`` is smaller.
        """
        _offset_only(op)
        function = _function(op, "sync")
        size = page_size_for(max_limit_of(op), page_size)

        def fetch(skip: int, limit: int) -> tuple[Sequence[T], bool]:
            return _page(self.call(function, skip=skip, limit=limit, **kwargs))

        return OffsetPaginator(fetch, page_size=size)

    def search(
        self,
        query: Query | Mapping[str, Any],
        /,
        *,
        fields: Mapping[str, Sequence[str]] | None = None,
        sort: Sequence[Sort | Mapping[str, Any]] | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> SearchPaginator:
        """Every object an Advanced Filtering query matches, lazily (``POST /data/search/``).

        ``query`` is a :class:`~closeext.Query` (or its JSON); ``fields`` the properties to
        return per object type (``{"lead": ["id", "display_name"]}``); without it each hit
        is ``{"__object_type", "id"}``. Without ``sort`` the iterator sorts on
        ``date_created`` and re-queries past the 10,000-object cap of one cursor sequence
        (and past an expired cursor) from the last ``date_created`` it saw; ``limit`` stops
        after that many hits. See :mod:`closeext._searching`.
        """
        from close_api.api.advanced_filtering import search as operation
        from close_api.models import SearchRequest

        state = _SearchState(query, fields=fields, sort=sort, page_size=page_size, limit=limit)

        def fetch(body: dict[str, Any]) -> Mapping[str, Any]:
            return self.call(operation, body=SearchRequest.from_dict(body)).to_dict()

        return SearchPaginator(fetch, state)

    # -- custom fields and shared field associations ------------------------------------

    def field_registry(self, *targets: ObjectType | str) -> FieldRegistry:
        """A name → id registry holding the custom field schemas of ``targets``.

        Backed by ``GET /custom_field_schema/<object type>/`` (regular and shared fields,
        in display order). Lookups never do I/O; :meth:`refresh_fields` loads another
        object type or picks up changes. The same on :class:`AsyncClose`, awaited.
        """
        registry = FieldRegistry()
        for target in targets:
            self.refresh_fields(registry, target)
        return registry

    def refresh_fields(self, registry: FieldRegistry, target: ObjectType | str) -> None:
        """(Re)load one object type's schema into ``registry``."""
        module, kwargs = schema_call(target)
        registry.set_schema(target, self.call(module, **kwargs))

    def associate(
        self,
        custom_field_id: str,
        target: ObjectType | str,
        *,
        required: bool | None = None,
        editable_with_roles: Sequence[str] | None = None,
    ) -> Any:
        """Associate a shared custom field with a target (``ObjectType`` or e.g.
        ``"custom_activity_type/actitype_…"``); returns the association."""
        module, kwargs = association_call(
            "create",
            custom_field_id,
            target,
            required=required,
            editable_with_roles=editable_with_roles,
        )
        return self.call(module, **kwargs)

    def association(self, custom_field_id: str, target: ObjectType | str) -> Any:
        """The association of a shared custom field with a target."""
        module, kwargs = association_call("get", custom_field_id, target)
        return self.call(module, **kwargs)

    def update_association(
        self,
        custom_field_id: str,
        target: ObjectType | str,
        *,
        required: bool | None = None,
        editable_with_roles: Sequence[str] | None = None,
    ) -> Any:
        """Change ``required`` and/or ``editable_with_roles`` of an association."""
        module, kwargs = association_call(
            "update",
            custom_field_id,
            target,
            required=required,
            editable_with_roles=editable_with_roles,
        )
        return self.call(module, **kwargs)

    def disassociate(self, custom_field_id: str, target: ObjectType | str) -> None:
        """Remove a shared field from a target; its values there are deleted by Close."""
        module, kwargs = association_call("delete", custom_field_id, target)
        self.call(module, **kwargs)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClose(_Base, AsyncApi):
    """The asyncio twin of :class:`Close`: the same shape, ``await`` and ``async for``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        pace: bool = True,
        pacer: Pacer | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: dict[str, str] | None = None,
        limits: httpx.Limits | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        settings = _client_settings(api_key, base_url, timeout, headers)
        self._base_url = settings["base_url"]
        inner = transport or httpx.AsyncHTTPTransport(limits=limits or httpx.Limits())
        extra: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        extra["deadline"] = deadline
        self._transport = AsyncRetryTransport(inner, policy=retry, pace=pace, pacer=pacer, **extra)
        self._http = httpx.AsyncClient(
            **settings,
            transport=self._transport,
        )
        self._options = RequestOptions()
        self.client: GeneratedClient = GeneratedClient(base_url=self._base_url)
        """The generated client to pass as ``client=`` to any ``close_api`` operation."""
        self.client.set_async_httpx_client(self._http)
        self._bind_api(self.client, ASYNC_PAGER)

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying httpx client (auth, retries and error mapping included)."""
        return self._http

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
    ) -> Self:
        """See :meth:`Close.with_options`."""
        clone, options = self._with(timeout, headers, deadline)
        clone.client = GeneratedClient(base_url=self._base_url)
        proxy = AsyncOptionsClient(self._http, options)
        clone.client.set_async_httpx_client(cast(httpx.AsyncClient, proxy))
        clone._bind_api(clone.client, ASYNC_PAGER)
        return clone

    async def call(
        self,
        op: AsyncOperation[R] | Callable[..., Awaitable[R]],
        /,
        *,
        expect: type[R] | None = None,
        **kwargs: Any,
    ) -> R:
        """Run a generated operation (module or ``asyncio`` function); see :meth:`Close.call`."""
        function = _function(op, "asyncio")
        return cast(R, _expected(await function(client=self.client, **kwargs), expect))

    def paginate(
        self,
        op: AsyncOperation[ListPage[T]] | Callable[..., Awaitable[ListPage[T]]],
        /,
        *,
        page_size: int | None = None,
        **kwargs: Any,
    ) -> AsyncOffsetPaginator[T]:
        """``async for`` over every record of a list operation; see :meth:`Close.paginate`."""
        _offset_only(op)
        function = _function(op, "asyncio")
        size = page_size_for(max_limit_of(op), page_size)

        async def fetch(skip: int, limit: int) -> tuple[Sequence[T], bool]:
            return _page(await self.call(function, skip=skip, limit=limit, **kwargs))

        return AsyncOffsetPaginator(fetch, page_size=size)

    def search(
        self,
        query: Query | Mapping[str, Any],
        /,
        *,
        fields: Mapping[str, Sequence[str]] | None = None,
        sort: Sequence[Sort | Mapping[str, Any]] | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> AsyncSearchPaginator:
        """``async for`` over every object a query matches; see :meth:`Close.search`."""
        from close_api.api.advanced_filtering import search as operation
        from close_api.models import SearchRequest

        state = _SearchState(query, fields=fields, sort=sort, page_size=page_size, limit=limit)

        async def fetch(body: dict[str, Any]) -> Mapping[str, Any]:
            page = await self.call(operation, body=SearchRequest.from_dict(body))
            return page.to_dict()

        return AsyncSearchPaginator(fetch, state)

    # -- custom fields and shared field associations ------------------------------------

    async def field_registry(self, *targets: ObjectType | str) -> FieldRegistry:
        """A name → id registry holding the schemas of ``targets`` (fetched concurrently).

        See :meth:`Close.field_registry`.
        """
        registry = FieldRegistry()
        await asyncio.gather(*(self.refresh_fields(registry, target) for target in targets))
        return registry

    async def refresh_fields(self, registry: FieldRegistry, target: ObjectType | str) -> None:
        """(Re)load one object type's schema into ``registry``."""
        module, kwargs = schema_call(target)
        registry.set_schema(target, await self.call(module, **kwargs))

    async def associate(
        self,
        custom_field_id: str,
        target: ObjectType | str,
        *,
        required: bool | None = None,
        editable_with_roles: Sequence[str] | None = None,
    ) -> Any:
        """See :meth:`Close.associate`."""
        module, kwargs = association_call(
            "create",
            custom_field_id,
            target,
            required=required,
            editable_with_roles=editable_with_roles,
        )
        return await self.call(module, **kwargs)

    async def association(self, custom_field_id: str, target: ObjectType | str) -> Any:
        """See :meth:`Close.association`."""
        module, kwargs = association_call("get", custom_field_id, target)
        return await self.call(module, **kwargs)

    async def update_association(
        self,
        custom_field_id: str,
        target: ObjectType | str,
        *,
        required: bool | None = None,
        editable_with_roles: Sequence[str] | None = None,
    ) -> Any:
        """See :meth:`Close.update_association`."""
        module, kwargs = association_call(
            "update",
            custom_field_id,
            target,
            required=required,
            editable_with_roles=editable_with_roles,
        )
        return await self.call(module, **kwargs)

    async def disassociate(self, custom_field_id: str, target: ObjectType | str) -> None:
        """See :meth:`Close.disassociate`."""
        module, kwargs = association_call("delete", custom_field_id, target)
        await self.call(module, **kwargs)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
