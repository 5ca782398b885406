from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_page import SearchPage
from ...models.search_request import SearchRequest
from ...types import Response

OPERATION_ID: Final = "search"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: SearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/data/search/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchPage:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = SearchPage.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest,
) -> Response[SearchPage]:
    """Search leads, contacts, opportunities or custom objects (Advanced Filtering)

     Evaluates a query tree (`SearchQuery`) over the organization and answers one page of
    hits. Every query must name the object types it returns with an `object_type` node
    (outside any `has_related`). Without `_fields` a hit is `__object_type` and `id`;
    `_fields` keyed by object type picks the properties of that type's hits (any name the
    object's own GET answers, `custom.cf_…` included; unknown names are left out, as
    `_fields` does elsewhere).

    Paging: the answer's `cursor` (opaque; `null` on the last page) goes back in the next
    request's body with the same query. A cursor expires 30 seconds after it was issued
    and one cursor sequence returns at most 10,000 objects: beyond that, query again from
    the last `date_created` with a stable sort on it. The emulator takes the matching ids
    when the sequence starts, so later pages do not shift when records change
    [unverified]; a record deleted in between is skipped.

    Emulator choices where Close's docs are silent [unverified]: `_limit` defaults to 100;
    without `sort` hits come in creation order; objects without a value for a sort field
    come last in either direction; ties keep creation order; weeks start on Monday;
    `text` search looks at the object's own text fields (a lead's also at its contacts'
    names, titles, emails, phones and urls) and matches whole words, case-insensitively.
    A query part the emulator does not understand is refused with a 400 that names it,
    never answered as if it matched everything.

    Args:
        body (SearchRequest): An Advanced Filtering request (`POST /data/search/`).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SearchPage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest,
) -> SearchPage:
    """Search leads, contacts, opportunities or custom objects (Advanced Filtering)

     Evaluates a query tree (`SearchQuery`) over the organization and answers one page of
    hits. Every query must name the object types it returns with an `object_type` node
    (outside any `has_related`). Without `_fields` a hit is `__object_type` and `id`;
    `_fields` keyed by object type picks the properties of that type's hits (any name the
    object's own GET answers, `custom.cf_…` included; unknown names are left out, as
    `_fields` does elsewhere).

    Paging: the answer's `cursor` (opaque; `null` on the last page) goes back in the next
    request's body with the same query. A cursor expires 30 seconds after it was issued
    and one cursor sequence returns at most 10,000 objects: beyond that, query again from
    the last `date_created` with a stable sort on it. The emulator takes the matching ids
    when the sequence starts, so later pages do not shift when records change
    [unverified]; a record deleted in between is skipped.

    Emulator choices where Close's docs are silent [unverified]: `_limit` defaults to 100;
    without `sort` hits come in creation order; objects without a value for a sort field
    come last in either direction; ties keep creation order; weeks start on Monday;
    `text` search looks at the object's own text fields (a lead's also at its contacts'
    names, titles, emails, phones and urls) and matches whole words, case-insensitively.
    A query part the emulator does not understand is refused with a 400 that names it,
    never answered as if it matched everything.

    Args:
        body (SearchRequest): An Advanced Filtering request (`POST /data/search/`).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SearchPage
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest,
) -> Response[SearchPage]:
    """Search leads, contacts, opportunities or custom objects (Advanced Filtering)

     Evaluates a query tree (`SearchQuery`) over the organization and answers one page of
    hits. Every query must name the object types it returns with an `object_type` node
    (outside any `has_related`). Without `_fields` a hit is `__object_type` and `id`;
    `_fields` keyed by object type picks the properties of that type's hits (any name the
    object's own GET answers, `custom.cf_…` included; unknown names are left out, as
    `_fields` does elsewhere).

    Paging: the answer's `cursor` (opaque; `null` on the last page) goes back in the next
    request's body with the same query. A cursor expires 30 seconds after it was issued
    and one cursor sequence returns at most 10,000 objects: beyond that, query again from
    the last `date_created` with a stable sort on it. The emulator takes the matching ids
    when the sequence starts, so later pages do not shift when records change
    [unverified]; a record deleted in between is skipped.

    Emulator choices where Close's docs are silent [unverified]: `_limit` defaults to 100;
    without `sort` hits come in creation order; objects without a value for a sort field
    come last in either direction; ties keep creation order; weeks start on Monday;
    `text` search looks at the object's own text fields (a lead's also at its contacts'
    names, titles, emails, phones and urls) and matches whole words, case-insensitively.
    A query part the emulator does not understand is refused with a 400 that names it,
    never answered as if it matched everything.

    Args:
        body (SearchRequest): An Advanced Filtering request (`POST /data/search/`).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SearchPage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest,
) -> SearchPage:
    """Search leads, contacts, opportunities or custom objects (Advanced Filtering)

     Evaluates a query tree (`SearchQuery`) over the organization and answers one page of
    hits. Every query must name the object types it returns with an `object_type` node
    (outside any `has_related`). Without `_fields` a hit is `__object_type` and `id`;
    `_fields` keyed by object type picks the properties of that type's hits (any name the
    object's own GET answers, `custom.cf_…` included; unknown names are left out, as
    `_fields` does elsewhere).

    Paging: the answer's `cursor` (opaque; `null` on the last page) goes back in the next
    request's body with the same query. A cursor expires 30 seconds after it was issued
    and one cursor sequence returns at most 10,000 objects: beyond that, query again from
    the last `date_created` with a stable sort on it. The emulator takes the matching ids
    when the sequence starts, so later pages do not shift when records change
    [unverified]; a record deleted in between is skipped.

    Emulator choices where Close's docs are silent [unverified]: `_limit` defaults to 100;
    without `sort` hits come in creation order; objects without a value for a sort field
    come last in either direction; ties keep creation order; weeks start on Monday;
    `text` search looks at the object's own text fields (a lead's also at its contacts'
    names, titles, emails, phones and urls) and matches whole words, case-insensitively.
    A query part the emulator does not understand is refused with a 400 that names it,
    never answered as if it matched everything.

    Args:
        body (SearchRequest): An Advanced Filtering request (`POST /data/search/`).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SearchPage
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
