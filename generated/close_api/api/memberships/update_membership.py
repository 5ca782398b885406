from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membership import Membership
from ...models.membership_update import MembershipUpdate
from ...types import Response

OPERATION_ID: Final = "update_membership"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    membership_id: str,
    *,
    body: MembershipUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/membership/{membership_id}/".format(
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
) -> Membership:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = Membership.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Membership]:
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
    body: MembershipUpdate,
) -> Response[Membership]:
    """Update a membership

     Changes the member's role (`role_id`: a built-in role or a `role_…` id) or whether
    their calls are recorded (`auto_record_calls`: `unset`, the initial value, `disabled`
    or `enabled`; the boolean `record_calls` is deprecated since 2024-12-02 and not
    accepted here). Needs the Manage Organization permission; a member cannot change
    their own role [unverified: the emulator's rule, so an organization keeps an admin].

    Args:
        membership_id (str):
        body (MembershipUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Membership]
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
    body: MembershipUpdate,
) -> Membership:
    """Update a membership

     Changes the member's role (`role_id`: a built-in role or a `role_…` id) or whether
    their calls are recorded (`auto_record_calls`: `unset`, the initial value, `disabled`
    or `enabled`; the boolean `record_calls` is deprecated since 2024-12-02 and not
    accepted here). Needs the Manage Organization permission; a member cannot change
    their own role [unverified: the emulator's rule, so an organization keeps an admin].

    Args:
        membership_id (str):
        body (MembershipUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Membership
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
    body: MembershipUpdate,
) -> Response[Membership]:
    """Update a membership

     Changes the member's role (`role_id`: a built-in role or a `role_…` id) or whether
    their calls are recorded (`auto_record_calls`: `unset`, the initial value, `disabled`
    or `enabled`; the boolean `record_calls` is deprecated since 2024-12-02 and not
    accepted here). Needs the Manage Organization permission; a member cannot change
    their own role [unverified: the emulator's rule, so an organization keeps an admin].

    Args:
        membership_id (str):
        body (MembershipUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Membership]
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
    body: MembershipUpdate,
) -> Membership:
    """Update a membership

     Changes the member's role (`role_id`: a built-in role or a `role_…` id) or whether
    their calls are recorded (`auto_record_calls`: `unset`, the initial value, `disabled`
    or `enabled`; the boolean `record_calls` is deprecated since 2024-12-02 and not
    accepted here). Needs the Manage Organization permission; a member cannot change
    their own role [unverified: the emulator's rule, so an organization keeps an admin].

    Args:
        membership_id (str):
        body (MembershipUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Membership
    """

    kwargs = _get_kwargs(
        membership_id=membership_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
