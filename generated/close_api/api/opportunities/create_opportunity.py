from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity import Opportunity
from ...models.opportunity_create import OpportunityCreate
from ...types import Response

OPERATION_ID: Final = "create_opportunity"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: OpportunityCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/opportunity/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Opportunity:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = Opportunity.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Opportunity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityCreate,
) -> Response[Opportunity]:
    """Create an opportunity

     Creates an opportunity on the lead given by `lead_id`; without `lead_id`, Close
    creates a new lead (shown as "Untitled") for it. Without `status_id`, the
    opportunity gets the organization's default (first) status, or the first status of
    `pipeline_id` when that is given. A `status_id` that is not in the given pipeline,
    or an unknown pipeline, is a 400. `value` is in cents.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects on the opportunity's lead.

    Args:
        body (OpportunityCreate): A new opportunity. Without `lead_id` a new, untitled lead is
            created for it. Without
            `status_id`, the default status (or the first status of `pipeline_id`) is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Opportunity]
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
    body: OpportunityCreate,
) -> Opportunity:
    """Create an opportunity

     Creates an opportunity on the lead given by `lead_id`; without `lead_id`, Close
    creates a new lead (shown as "Untitled") for it. Without `status_id`, the
    opportunity gets the organization's default (first) status, or the first status of
    `pipeline_id` when that is given. A `status_id` that is not in the given pipeline,
    or an unknown pipeline, is a 400. `value` is in cents.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects on the opportunity's lead.

    Args:
        body (OpportunityCreate): A new opportunity. Without `lead_id` a new, untitled lead is
            created for it. Without
            `status_id`, the default status (or the first status of `pipeline_id`) is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Opportunity
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
    body: OpportunityCreate,
) -> Response[Opportunity]:
    """Create an opportunity

     Creates an opportunity on the lead given by `lead_id`; without `lead_id`, Close
    creates a new lead (shown as "Untitled") for it. Without `status_id`, the
    opportunity gets the organization's default (first) status, or the first status of
    `pipeline_id` when that is given. A `status_id` that is not in the given pipeline,
    or an unknown pipeline, is a 400. `value` is in cents.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects on the opportunity's lead.

    Args:
        body (OpportunityCreate): A new opportunity. Without `lead_id` a new, untitled lead is
            created for it. Without
            `status_id`, the default status (or the first status of `pipeline_id`) is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Opportunity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityCreate,
) -> Opportunity:
    """Create an opportunity

     Creates an opportunity on the lead given by `lead_id`; without `lead_id`, Close
    creates a new lead (shown as "Untitled") for it. Without `status_id`, the
    opportunity gets the organization's default (first) status, or the first status of
    `pipeline_id` when that is given. A `status_id` that is not in the given pipeline,
    or an unknown pipeline, is a 400. `value` is in cents.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects on the opportunity's lead.

    Args:
        body (OpportunityCreate): A new opportunity. Without `lead_id` a new, untitled lead is
            created for it. Without
            `status_id`, the default status (or the first status of `pipeline_id`) is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Opportunity
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
