from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization import Organization
from ...models.organization_update import OrganizationUpdate
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "update_organization"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    organization_id: str,
    *,
    body: OrganizationUpdate,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/organization/{organization_id}/".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Organization:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = Organization.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Organization]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationUpdate,
    expand: str | Unset = UNSET,
) -> Response[Organization]:
    """Update the organization

     Changes `name` and `currency` (an ISO 4217 code) and reorders the lead statuses:
    `lead_statuses` lists existing statuses by id in their new order (the first becomes
    the default for new leads); statuses left out keep their relative order after the
    listed ones [unverified]. Needs the Manage Organization permission. Takes `_expand`
    as `GET` does.

    The change records no event: the object types Close documents for its event log
    name no `organization` (and no reordering of statuses), so the emulator logs none
    and sends no webhook for it [unverified].

    Args:
        organization_id (str):
        expand (str | Unset):
        body (OrganizationUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Organization]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationUpdate,
    expand: str | Unset = UNSET,
) -> Organization:
    """Update the organization

     Changes `name` and `currency` (an ISO 4217 code) and reorders the lead statuses:
    `lead_statuses` lists existing statuses by id in their new order (the first becomes
    the default for new leads); statuses left out keep their relative order after the
    listed ones [unverified]. Needs the Manage Organization permission. Takes `_expand`
    as `GET` does.

    The change records no event: the object types Close documents for its event log
    name no `organization` (and no reordering of statuses), so the emulator logs none
    and sends no webhook for it [unverified].

    Args:
        organization_id (str):
        expand (str | Unset):
        body (OrganizationUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Organization
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationUpdate,
    expand: str | Unset = UNSET,
) -> Response[Organization]:
    """Update the organization

     Changes `name` and `currency` (an ISO 4217 code) and reorders the lead statuses:
    `lead_statuses` lists existing statuses by id in their new order (the first becomes
    the default for new leads); statuses left out keep their relative order after the
    listed ones [unverified]. Needs the Manage Organization permission. Takes `_expand`
    as `GET` does.

    The change records no event: the object types Close documents for its event log
    name no `organization` (and no reordering of statuses), so the emulator logs none
    and sends no webhook for it [unverified].

    Args:
        organization_id (str):
        expand (str | Unset):
        body (OrganizationUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Organization]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationUpdate,
    expand: str | Unset = UNSET,
) -> Organization:
    """Update the organization

     Changes `name` and `currency` (an ISO 4217 code) and reorders the lead statuses:
    `lead_statuses` lists existing statuses by id in their new order (the first becomes
    the default for new leads); statuses left out keep their relative order after the
    listed ones [unverified]. Needs the Manage Organization permission. Takes `_expand`
    as `GET` does.

    The change records no event: the object types Close documents for its event log
    name no `organization` (and no reordering of statuses), so the emulator logs none
    and sends no webhook for it [unverified].

    Args:
        organization_id (str):
        expand (str | Unset):
        body (OrganizationUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Organization
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
