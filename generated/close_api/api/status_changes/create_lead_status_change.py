from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead_status_change import LeadStatusChange
from ...models.lead_status_change_create import LeadStatusChangeCreate
from ...types import Response

OPERATION_ID: Final = "create_lead_status_change"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: LeadStatusChangeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/status_change/lead/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LeadStatusChange:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = LeadStatusChange.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LeadStatusChange]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LeadStatusChangeCreate,
) -> Response[LeadStatusChange]:
    """Record a lead status change

     Writes history only: the lead keeps its status. Useful when importing leads with
    their past. `lead_id`, `old_status_id` and `new_status_id` are required (Close's
    guide lists them; its spec types the body as anything [unverified]); the labels are
    taken from the statuses now. Answers 200.

    Args:
        body (LeadStatusChangeCreate): A past status change of the lead `lead_id`, recorded as
            history only.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[LeadStatusChange]
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
    body: LeadStatusChangeCreate,
) -> LeadStatusChange:
    """Record a lead status change

     Writes history only: the lead keeps its status. Useful when importing leads with
    their past. `lead_id`, `old_status_id` and `new_status_id` are required (Close's
    guide lists them; its spec types the body as anything [unverified]); the labels are
    taken from the statuses now. Answers 200.

    Args:
        body (LeadStatusChangeCreate): A past status change of the lead `lead_id`, recorded as
            history only.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        LeadStatusChange
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
    body: LeadStatusChangeCreate,
) -> Response[LeadStatusChange]:
    """Record a lead status change

     Writes history only: the lead keeps its status. Useful when importing leads with
    their past. `lead_id`, `old_status_id` and `new_status_id` are required (Close's
    guide lists them; its spec types the body as anything [unverified]); the labels are
    taken from the statuses now. Answers 200.

    Args:
        body (LeadStatusChangeCreate): A past status change of the lead `lead_id`, recorded as
            history only.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[LeadStatusChange]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LeadStatusChangeCreate,
) -> LeadStatusChange:
    """Record a lead status change

     Writes history only: the lead keeps its status. Useful when importing leads with
    their past. `lead_id`, `old_status_id` and `new_status_id` are required (Close's
    guide lists them; its spec types the body as anything [unverified]); the labels are
    taken from the statuses now. Answers 200.

    Args:
        body (LeadStatusChangeCreate): A past status change of the lead `lead_id`, recorded as
            history only.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        LeadStatusChange
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
