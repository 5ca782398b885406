from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.opportunity import Opportunity
from ...models.opportunity_update import OpportunityUpdate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


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
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ValidationErrorBody | Opportunity | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = Opportunity.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorBody | ValidationErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ValidationErrorBody.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorBody.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RateLimitedBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | ValidationErrorBody | Opportunity | RateLimitedBody]:
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
) -> Response[ErrorBody | ValidationErrorBody | Opportunity | RateLimitedBody]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | Opportunity | RateLimitedBody]
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
) -> ErrorBody | ValidationErrorBody | Opportunity | RateLimitedBody | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | Opportunity | RateLimitedBody
    """

    return sync_detailed(
        opportunity_id=opportunity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    opportunity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
) -> Response[ErrorBody | ValidationErrorBody | Opportunity | RateLimitedBody]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | Opportunity | RateLimitedBody]
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
) -> ErrorBody | ValidationErrorBody | Opportunity | RateLimitedBody | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | Opportunity | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            opportunity_id=opportunity_id,
            client=client,
            body=body,
        )
    ).parsed
