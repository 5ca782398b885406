from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membership import Membership
from ...models.membership_create import MembershipCreate
from ...types import Response

OPERATION_ID: Final = "add_membership"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: MembershipCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/membership/",
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
    *,
    client: AuthenticatedClient,
    body: MembershipCreate,
) -> Response[Membership]:
    """Add a member to the organization

     Ensures an active membership for `email` in the caller's organization with the role
    `role_id` (`admin`, `superuser`, `user`, `restricteduser` or a `role_…` id): a user
    who already has that email joins (or stays, with the given role); otherwise a new user
    is provisioned. Needs the Manage Organization permission. **OAuth only**: Close
    refuses an API key here (since 2024-06-10); the status of that refusal is
    [unverified], 403 here. The emulator issues access tokens through its control
    surface (`POST /_emulator/oauth_token/`). A user provisioned by the emulator is named after the
    email's
    local part [unverified: what Close names a new user].

    Args:
        body (MembershipCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Membership]
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
    client: AuthenticatedClient,
    body: MembershipCreate,
) -> Membership:
    """Add a member to the organization

     Ensures an active membership for `email` in the caller's organization with the role
    `role_id` (`admin`, `superuser`, `user`, `restricteduser` or a `role_…` id): a user
    who already has that email joins (or stays, with the given role); otherwise a new user
    is provisioned. Needs the Manage Organization permission. **OAuth only**: Close
    refuses an API key here (since 2024-06-10); the status of that refusal is
    [unverified], 403 here. The emulator issues access tokens through its control
    surface (`POST /_emulator/oauth_token/`). A user provisioned by the emulator is named after the
    email's
    local part [unverified: what Close names a new user].

    Args:
        body (MembershipCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Membership
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
    client: AuthenticatedClient,
    body: MembershipCreate,
) -> Response[Membership]:
    """Add a member to the organization

     Ensures an active membership for `email` in the caller's organization with the role
    `role_id` (`admin`, `superuser`, `user`, `restricteduser` or a `role_…` id): a user
    who already has that email joins (or stays, with the given role); otherwise a new user
    is provisioned. Needs the Manage Organization permission. **OAuth only**: Close
    refuses an API key here (since 2024-06-10); the status of that refusal is
    [unverified], 403 here. The emulator issues access tokens through its control
    surface (`POST /_emulator/oauth_token/`). A user provisioned by the emulator is named after the
    email's
    local part [unverified: what Close names a new user].

    Args:
        body (MembershipCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Membership]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MembershipCreate,
) -> Membership:
    """Add a member to the organization

     Ensures an active membership for `email` in the caller's organization with the role
    `role_id` (`admin`, `superuser`, `user`, `restricteduser` or a `role_…` id): a user
    who already has that email joins (or stays, with the given role); otherwise a new user
    is provisioned. Needs the Manage Organization permission. **OAuth only**: Close
    refuses an API key here (since 2024-06-10); the status of that refusal is
    [unverified], 403 here. The emulator issues access tokens through its control
    surface (`POST /_emulator/oauth_token/`). A user provisioned by the emulator is named after the
    email's
    local part [unverified: what Close names a new user].

    Args:
        body (MembershipCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Membership
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
