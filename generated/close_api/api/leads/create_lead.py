from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.lead import Lead
from ...models.lead_create import LeadCreate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: LeadCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lead/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ValidationErrorBody | Lead | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = Lead.from_dict(response.json())

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
) -> Response[ErrorBody | ValidationErrorBody | Lead | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LeadCreate,
) -> Response[ErrorBody | ValidationErrorBody | Lead | RateLimitedBody]:
    """Create a lead

     Creates a lead. Contacts (`contacts`), addresses (`addresses`) and custom field
    values can be nested in the same request; opportunities, tasks and activities must
    be created separately through their own endpoints.

    Status: send either `status_id` (recommended, because users may rename statuses)
    or `status` holding the label of an existing lead status, but not both. With
    neither, the organization's default lead status (the first one) is used.

    Custom fields: set a value with a `custom.cf_<field id>` key. For a field with
    `accepts_multiple_values: true`, send a list; the list replaces the whole value
    (to go from `["A", "B"]` to `["A", "B", "C"]`, send all three). The deprecated
    `custom` object and `custom.<Field Name>` keys should not be used.

    Args:
        body (LeadCreate): A new lead. Send either `status_id` or `status` (a label), not both;
            with neither,
            the organization's default (first) lead status is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value: a string, a
            number, or for a field with `accepts_multiple_values: true` a list, which replaces
            the whole value. `user` fields accept user ids or exact user names; `contact` and
            `custom_object` fields only accept objects on this lead. A key naming no existing
            field is refused with 400. The `custom` object and `custom.<Field Name>` keys are
            deprecated. Other unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | Lead | RateLimitedBody]
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
    body: LeadCreate,
) -> ErrorBody | ValidationErrorBody | Lead | RateLimitedBody | None:
    """Create a lead

     Creates a lead. Contacts (`contacts`), addresses (`addresses`) and custom field
    values can be nested in the same request; opportunities, tasks and activities must
    be created separately through their own endpoints.

    Status: send either `status_id` (recommended, because users may rename statuses)
    or `status` holding the label of an existing lead status, but not both. With
    neither, the organization's default lead status (the first one) is used.

    Custom fields: set a value with a `custom.cf_<field id>` key. For a field with
    `accepts_multiple_values: true`, send a list; the list replaces the whole value
    (to go from `["A", "B"]` to `["A", "B", "C"]`, send all three). The deprecated
    `custom` object and `custom.<Field Name>` keys should not be used.

    Args:
        body (LeadCreate): A new lead. Send either `status_id` or `status` (a label), not both;
            with neither,
            the organization's default (first) lead status is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value: a string, a
            number, or for a field with `accepts_multiple_values: true` a list, which replaces
            the whole value. `user` fields accept user ids or exact user names; `contact` and
            `custom_object` fields only accept objects on this lead. A key naming no existing
            field is refused with 400. The `custom` object and `custom.<Field Name>` keys are
            deprecated. Other unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | Lead | RateLimitedBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LeadCreate,
) -> Response[ErrorBody | ValidationErrorBody | Lead | RateLimitedBody]:
    """Create a lead

     Creates a lead. Contacts (`contacts`), addresses (`addresses`) and custom field
    values can be nested in the same request; opportunities, tasks and activities must
    be created separately through their own endpoints.

    Status: send either `status_id` (recommended, because users may rename statuses)
    or `status` holding the label of an existing lead status, but not both. With
    neither, the organization's default lead status (the first one) is used.

    Custom fields: set a value with a `custom.cf_<field id>` key. For a field with
    `accepts_multiple_values: true`, send a list; the list replaces the whole value
    (to go from `["A", "B"]` to `["A", "B", "C"]`, send all three). The deprecated
    `custom` object and `custom.<Field Name>` keys should not be used.

    Args:
        body (LeadCreate): A new lead. Send either `status_id` or `status` (a label), not both;
            with neither,
            the organization's default (first) lead status is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value: a string, a
            number, or for a field with `accepts_multiple_values: true` a list, which replaces
            the whole value. `user` fields accept user ids or exact user names; `contact` and
            `custom_object` fields only accept objects on this lead. A key naming no existing
            field is refused with 400. The `custom` object and `custom.<Field Name>` keys are
            deprecated. Other unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | Lead | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LeadCreate,
) -> ErrorBody | ValidationErrorBody | Lead | RateLimitedBody | None:
    """Create a lead

     Creates a lead. Contacts (`contacts`), addresses (`addresses`) and custom field
    values can be nested in the same request; opportunities, tasks and activities must
    be created separately through their own endpoints.

    Status: send either `status_id` (recommended, because users may rename statuses)
    or `status` holding the label of an existing lead status, but not both. With
    neither, the organization's default lead status (the first one) is used.

    Custom fields: set a value with a `custom.cf_<field id>` key. For a field with
    `accepts_multiple_values: true`, send a list; the list replaces the whole value
    (to go from `["A", "B"]` to `["A", "B", "C"]`, send all three). The deprecated
    `custom` object and `custom.<Field Name>` keys should not be used.

    Args:
        body (LeadCreate): A new lead. Send either `status_id` or `status` (a label), not both;
            with neither,
            the organization's default (first) lead status is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value: a string, a
            number, or for a field with `accepts_multiple_values: true` a list, which replaces
            the whole value. `user` fields accept user ids or exact user names; `contact` and
            `custom_object` fields only accept objects on this lead. A key naming no existing
            field is refused with 400. The `custom` object and `custom.<Field Name>` keys are
            deprecated. Other unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | Lead | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
