from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_email_action_list import BulkEmailActionList
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "list_bulk_email_actions"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
MAX_LIMIT: Final = 100
"""The largest `_limit` (page size) the spec allows for this list."""
PAGINATION: Final = "offset"
"""How this list pages: `offset` (`_skip` / `has_more`) or `cursor` (`_cursor` / `cursor_next`)."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_limit"] = limit

    params["_skip"] = skip

    params["_fields"] = fields

    params["template_id"] = template_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bulk_action/email/",
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkEmailActionList:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = BulkEmailActionList.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkEmailActionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> Response[BulkEmailActionList]:
    """List bulk emails

     Returns the organization's bulk emails, oldest first, one page at a time
    (`_limit` at most 100 — the emulator's cap [unverified] — and `_skip`);
    `template_id` keeps those that send that template.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        template_id (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkEmailActionList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        template_id=template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> BulkEmailActionList:
    """List bulk emails

     Returns the organization's bulk emails, oldest first, one page at a time
    (`_limit` at most 100 — the emulator's cap [unverified] — and `_skip`);
    `template_id` keeps those that send that template.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        template_id (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkEmailActionList
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        template_id=template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> Response[BulkEmailActionList]:
    """List bulk emails

     Returns the organization's bulk emails, oldest first, one page at a time
    (`_limit` at most 100 — the emulator's cap [unverified] — and `_skip`);
    `template_id` keeps those that send that template.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        template_id (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkEmailActionList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> BulkEmailActionList:
    """List bulk emails

     Returns the organization's bulk emails, oldest first, one page at a time
    (`_limit` at most 100 — the emulator's cap [unverified] — and `_skip`);
    `template_id` keeps those that send that template.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        fields (str | Unset):
        template_id (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkEmailActionList
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        fields=fields,
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
