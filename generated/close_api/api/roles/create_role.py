from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.role import Role
from ...models.role_create import RoleCreate
from ...types import Response

OPERATION_ID: Final = "create_role"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 201
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: RoleCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/role/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Role:
    if response.status_code != 201:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_201 = Role.from_dict(data)

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Role]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RoleCreate,
) -> Response[Role]:
    """Create a role

     Creates a custom role (`name` required) with a list of `permissions`.
    `visibility_user_lcf_ids` lists lead custom fields (of type `user`) that decide which
    leads members with this role can see, and `visibility_user_lcf_behavior` says whether
    leads with no assigned user are hidden (`require_assignment`) or visible
    (`allow_unassigned`). Both must be empty when the role has the `view_all_leads`
    permission. Answers 201 with a `Location` header.

    Args:
        body (RoleCreate): A new custom role. `visibility_user_lcf_ids` and
            `visibility_user_lcf_behavior` must be
            empty when `permissions` contains `view_all_leads`.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Role]
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
    body: RoleCreate,
) -> Role:
    """Create a role

     Creates a custom role (`name` required) with a list of `permissions`.
    `visibility_user_lcf_ids` lists lead custom fields (of type `user`) that decide which
    leads members with this role can see, and `visibility_user_lcf_behavior` says whether
    leads with no assigned user are hidden (`require_assignment`) or visible
    (`allow_unassigned`). Both must be empty when the role has the `view_all_leads`
    permission. Answers 201 with a `Location` header.

    Args:
        body (RoleCreate): A new custom role. `visibility_user_lcf_ids` and
            `visibility_user_lcf_behavior` must be
            empty when `permissions` contains `view_all_leads`.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Role
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
    body: RoleCreate,
) -> Response[Role]:
    """Create a role

     Creates a custom role (`name` required) with a list of `permissions`.
    `visibility_user_lcf_ids` lists lead custom fields (of type `user`) that decide which
    leads members with this role can see, and `visibility_user_lcf_behavior` says whether
    leads with no assigned user are hidden (`require_assignment`) or visible
    (`allow_unassigned`). Both must be empty when the role has the `view_all_leads`
    permission. Answers 201 with a `Location` header.

    Args:
        body (RoleCreate): A new custom role. `visibility_user_lcf_ids` and
            `visibility_user_lcf_behavior` must be
            empty when `permissions` contains `view_all_leads`.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Role]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RoleCreate,
) -> Role:
    """Create a role

     Creates a custom role (`name` required) with a list of `permissions`.
    `visibility_user_lcf_ids` lists lead custom fields (of type `user`) that decide which
    leads members with this role can see, and `visibility_user_lcf_behavior` says whether
    leads with no assigned user are hidden (`require_assignment`) or visible
    (`allow_unassigned`). Both must be empty when the role has the `view_all_leads`
    permission. Answers 201 with a `Location` header.

    Args:
        body (RoleCreate): A new custom role. `visibility_user_lcf_ids` and
            `visibility_user_lcf_behavior` must be
            empty when `permissions` contains `view_all_leads`.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Role
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
