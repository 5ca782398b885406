from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object import CustomObject
from ...models.custom_object_create import CustomObjectCreate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: CustomObjectCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_object/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    if response.status_code == 201:
        response_201 = CustomObject.from_dict(response.json())

        return response_201

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
) -> Response[CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCreate,
) -> Response[CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Create a custom object

     Creates a custom object. Three properties are required: `custom_object_type_id` (the
    type decides which custom fields can be set), `lead_id` (the lead it belongs to) and
    `name` (used for display). Custom field values are set with `custom.cf_<field id>`
    keys; for a multi-value field, a list replaces the whole value. Fields marked
    `required` on the type must get a value. `contact` and `custom_object` fields only
    accept objects on the same lead. Answers 201 with a `Location` header.

    Args:
        body (CustomObjectCreate): A new custom object: `custom_object_type_id`, `lead_id` and
            `name` are required.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value). The type
            decides which fields can be set; fields required on the type must get a value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObject | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
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
    body: CustomObjectCreate,
) -> CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Create a custom object

     Creates a custom object. Three properties are required: `custom_object_type_id` (the
    type decides which custom fields can be set), `lead_id` (the lead it belongs to) and
    `name` (used for display). Custom field values are set with `custom.cf_<field id>`
    keys; for a multi-value field, a list replaces the whole value. Fields marked
    `required` on the type must get a value. `contact` and `custom_object` fields only
    accept objects on the same lead. Answers 201 with a `Location` header.

    Args:
        body (CustomObjectCreate): A new custom object: `custom_object_type_id`, `lead_id` and
            `name` are required.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value). The type
            decides which fields can be set; fields required on the type must get a value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObject | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCreate,
) -> Response[CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Create a custom object

     Creates a custom object. Three properties are required: `custom_object_type_id` (the
    type decides which custom fields can be set), `lead_id` (the lead it belongs to) and
    `name` (used for display). Custom field values are set with `custom.cf_<field id>`
    keys; for a multi-value field, a list replaces the whole value. Fields marked
    `required` on the type must get a value. `contact` and `custom_object` fields only
    accept objects on the same lead. Answers 201 with a `Location` header.

    Args:
        body (CustomObjectCreate): A new custom object: `custom_object_type_id`, `lead_id` and
            `name` are required.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value). The type
            decides which fields can be set; fields required on the type must get a value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObject | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCreate,
) -> CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Create a custom object

     Creates a custom object. Three properties are required: `custom_object_type_id` (the
    type decides which custom fields can be set), `lead_id` (the lead it belongs to) and
    `name` (used for display). Custom field values are set with `custom.cf_<field id>`
    keys; for a multi-value field, a list replaces the whole value. Fields marked
    `required` on the type must get a value. `contact` and `custom_object` fields only
    accept objects on the same lead. Answers 201 with a `Location` header.

    Args:
        body (CustomObjectCreate): A new custom object: `custom_object_type_id`, `lead_id` and
            `name` are required.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value). The type
            decides which fields can be set; fields required on the type must get a value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObject | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
