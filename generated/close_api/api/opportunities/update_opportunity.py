from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity import Opportunity
from ...models.opportunity_update import OpportunityUpdate
from ...types import Response

OPERATION_ID: Final = "update_opportunity"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    opportunity_id: str,
    *,
    body: OpportunityUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/opportunity/{opportunity_id}/".format(
            opportunity_id=quote(str(opportunity_id), safe=""),
        ),
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
    opportunity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
) -> Response[Opportunity]:
    """Update an opportunity

     Changes only the properties present in the body. Moving the opportunity to a status
    of type `won` sets `date_won` to today (in the time zone given by the `X-TZ-Offset`
    request header) unless `date_won` is already set or sent; moving it back to an
    `active` or `lost` status leaves `date_won` alone.

    Custom fields: `custom.cf_<field id>` sets a value (a list replaces the whole value
    of a multi-value field); `custom.cf_<field id>: null` unsets the field; for a field
    with `accepts_multiple_values: true`, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        opportunity_id (str):
        body (OpportunityUpdate): Changes to an opportunity; only the properties sent change.
            Moving to a `won` status
            sets `date_won` to today unless it is set or sent.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Opportunity]
    """

    kwargs = _get_kwargs(
        opportunity_id=opportunity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    opportunity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
) -> Opportunity:
    """Update an opportunity

     Changes only the properties present in the body. Moving the opportunity to a status
    of type `won` sets `date_won` to today (in the time zone given by the `X-TZ-Offset`
    request header) unless `date_won` is already set or sent; moving it back to an
    `active` or `lost` status leaves `date_won` alone.

    Custom fields: `custom.cf_<field id>` sets a value (a list replaces the whole value
    of a multi-value field); `custom.cf_<field id>: null` unsets the field; for a field
    with `accepts_multiple_values: true`, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        opportunity_id (str):
        body (OpportunityUpdate): Changes to an opportunity; only the properties sent change.
            Moving to a `won` status
            sets `date_won` to today unless it is set or sent.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Opportunity
    """

    kwargs = _get_kwargs(
        opportunity_id=opportunity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    opportunity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
) -> Response[Opportunity]:
    """Update an opportunity

     Changes only the properties present in the body. Moving the opportunity to a status
    of type `won` sets `date_won` to today (in the time zone given by the `X-TZ-Offset`
    request header) unless `date_won` is already set or sent; moving it back to an
    `active` or `lost` status leaves `date_won` alone.

    Custom fields: `custom.cf_<field id>` sets a value (a list replaces the whole value
    of a multi-value field); `custom.cf_<field id>: null` unsets the field; for a field
    with `accepts_multiple_values: true`, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        opportunity_id (str):
        body (OpportunityUpdate): Changes to an opportunity; only the properties sent change.
            Moving to a `won` status
            sets `date_won` to today unless it is set or sent.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Opportunity]
    """

    kwargs = _get_kwargs(
        opportunity_id=opportunity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    opportunity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
) -> Opportunity:
    """Update an opportunity

     Changes only the properties present in the body. Moving the opportunity to a status
    of type `won` sets `date_won` to today (in the time zone given by the `X-TZ-Offset`
    request header) unless `date_won` is already set or sent; moving it back to an
    `active` or `lost` status leaves `date_won` alone.

    Custom fields: `custom.cf_<field id>` sets a value (a list replaces the whole value
    of a multi-value field); `custom.cf_<field id>: null` unsets the field; for a field
    with `accepts_multiple_values: true`, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        opportunity_id (str):
        body (OpportunityUpdate): Changes to an opportunity; only the properties sent change.
            Moving to a `won` status
            sets `date_won` to today unless it is set or sent.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Opportunity
    """

    kwargs = _get_kwargs(
        opportunity_id=opportunity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
