from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity_status_change import OpportunityStatusChange
from ...models.opportunity_status_change_create import OpportunityStatusChangeCreate
from ...types import Response

OPERATION_ID: Final = "create_opportunity_status_change"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: OpportunityStatusChangeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/status_change/opportunity/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpportunityStatusChange:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = OpportunityStatusChange.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpportunityStatusChange]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityStatusChangeCreate,
) -> Response[OpportunityStatusChange]:
    """Record an opportunity status change

     Writes history only: the opportunity keeps its status. Close's guide requires
    `lead_id`, `opportunity_id`, `old_status_id` and `new_status_id` [unverified]; here
    only `opportunity_id` is: `lead_id` defaults to the opportunity's lead (and must be
    it when sent), `new_status_id` to its status now, `old_status_id` to none. Labels, pipelines and the
    opportunity's value are taken as they are
    now. Answers 200.

    Args:
        body (OpportunityStatusChangeCreate): A past status change of the opportunity
            `opportunity_id`, recorded as history only.
            `lead_id`, when sent, must be the opportunity's lead; left out, it is (Close's
            guide lists it as required [unverified]).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[OpportunityStatusChange]
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
    body: OpportunityStatusChangeCreate,
) -> OpportunityStatusChange:
    """Record an opportunity status change

     Writes history only: the opportunity keeps its status. Close's guide requires
    `lead_id`, `opportunity_id`, `old_status_id` and `new_status_id` [unverified]; here
    only `opportunity_id` is: `lead_id` defaults to the opportunity's lead (and must be
    it when sent), `new_status_id` to its status now, `old_status_id` to none. Labels, pipelines and the
    opportunity's value are taken as they are
    now. Answers 200.

    Args:
        body (OpportunityStatusChangeCreate): A past status change of the opportunity
            `opportunity_id`, recorded as history only.
            `lead_id`, when sent, must be the opportunity's lead; left out, it is (Close's
            guide lists it as required [unverified]).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        OpportunityStatusChange
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
    body: OpportunityStatusChangeCreate,
) -> Response[OpportunityStatusChange]:
    """Record an opportunity status change

     Writes history only: the opportunity keeps its status. Close's guide requires
    `lead_id`, `opportunity_id`, `old_status_id` and `new_status_id` [unverified]; here
    only `opportunity_id` is: `lead_id` defaults to the opportunity's lead (and must be
    it when sent), `new_status_id` to its status now, `old_status_id` to none. Labels, pipelines and the
    opportunity's value are taken as they are
    now. Answers 200.

    Args:
        body (OpportunityStatusChangeCreate): A past status change of the opportunity
            `opportunity_id`, recorded as history only.
            `lead_id`, when sent, must be the opportunity's lead; left out, it is (Close's
            guide lists it as required [unverified]).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[OpportunityStatusChange]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityStatusChangeCreate,
) -> OpportunityStatusChange:
    """Record an opportunity status change

     Writes history only: the opportunity keeps its status. Close's guide requires
    `lead_id`, `opportunity_id`, `old_status_id` and `new_status_id` [unverified]; here
    only `opportunity_id` is: `lead_id` defaults to the opportunity's lead (and must be
    it when sent), `new_status_id` to its status now, `old_status_id` to none. Labels, pipelines and the
    opportunity's value are taken as they are
    now. Answers 200.

    Args:
        body (OpportunityStatusChangeCreate): A past status change of the opportunity
            `opportunity_id`, recorded as history only.
            `lead_id`, when sent, must be the opportunity's lead; left out, it is (Close's
            guide lists it as required [unverified]).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        OpportunityStatusChange
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
