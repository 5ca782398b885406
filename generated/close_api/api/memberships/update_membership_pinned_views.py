from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pinned_views import PinnedViews
from ...types import Response

OPERATION_ID: Final = "update_membership_pinned_views"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    membership_id: str,
    *,
    body: PinnedViews,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/membership/{membership_id}/pinned_views/".format(
            membership_id=quote(str(membership_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PinnedViews:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = PinnedViews.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PinnedViews]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    membership_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinnedViews,
) -> Response[PinnedViews]:
    """Set a member's pinned views

     Replaces the whole ordered list with `saved_view_ids` (an id listed twice is kept
    once, at its first place). Each id must name a Smart View (`save_…`) of the
    organization, when the emulator serves Smart Views. Only the member themselves or a
    member with the Manage Organization permission may set them [unverified].

    Args:
        membership_id (str):
        body (PinnedViews):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[PinnedViews]
    """

    kwargs = _get_kwargs(
        membership_id=membership_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    membership_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinnedViews,
) -> PinnedViews:
    """Set a member's pinned views

     Replaces the whole ordered list with `saved_view_ids` (an id listed twice is kept
    once, at its first place). Each id must name a Smart View (`save_…`) of the
    organization, when the emulator serves Smart Views. Only the member themselves or a
    member with the Manage Organization permission may set them [unverified].

    Args:
        membership_id (str):
        body (PinnedViews):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        PinnedViews
    """

    kwargs = _get_kwargs(
        membership_id=membership_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    membership_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinnedViews,
) -> Response[PinnedViews]:
    """Set a member's pinned views

     Replaces the whole ordered list with `saved_view_ids` (an id listed twice is kept
    once, at its first place). Each id must name a Smart View (`save_…`) of the
    organization, when the emulator serves Smart Views. Only the member themselves or a
    member with the Manage Organization permission may set them [unverified].

    Args:
        membership_id (str):
        body (PinnedViews):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[PinnedViews]
    """

    kwargs = _get_kwargs(
        membership_id=membership_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    membership_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinnedViews,
) -> PinnedViews:
    """Set a member's pinned views

     Replaces the whole ordered list with `saved_view_ids` (an id listed twice is kept
    once, at its first place). Each id must name a Smart View (`save_…`) of the
    organization, when the emulator serves Smart Views. Only the member themselves or a
    member with the Manage Organization permission may set them [unverified].

    Args:
        membership_id (str):
        body (PinnedViews):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        PinnedViews
    """

    kwargs = _get_kwargs(
        membership_id=membership_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
