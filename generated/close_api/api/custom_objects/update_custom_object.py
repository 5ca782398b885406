from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object import CustomObject
from ...models.custom_object_update import CustomObjectUpdate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    custom_object_id: str,
    *,
    body: CustomObjectUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_object/{custom_object_id}/".format(
            custom_object_id=quote(str(custom_object_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = CustomObject.from_dict(response.json())

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
) -> Response[CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    custom_object_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectUpdate,
) -> Response[CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Update a custom object

     Changes the `name` and/or custom field values; anything not sent is kept.
    `custom.cf_<field id>` sets a value (a list replaces the whole value of a multi-value
    field); `custom.cf_<field id>: null` unsets it; for a multi-value field,
    `custom.cf_<field id>.add` adds one value and `custom.cf_<field id>.remove` removes
    one value.

    Args:
        custom_object_id (str):
        body (CustomObjectUpdate): Changes to a custom object: its `name` and custom field values.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObject | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        custom_object_id=custom_object_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_object_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectUpdate,
) -> CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Update a custom object

     Changes the `name` and/or custom field values; anything not sent is kept.
    `custom.cf_<field id>` sets a value (a list replaces the whole value of a multi-value
    field); `custom.cf_<field id>: null` unsets it; for a multi-value field,
    `custom.cf_<field id>.add` adds one value and `custom.cf_<field id>.remove` removes
    one value.

    Args:
        custom_object_id (str):
        body (CustomObjectUpdate): Changes to a custom object: its `name` and custom field values.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObject | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        custom_object_id=custom_object_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    custom_object_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectUpdate,
) -> Response[CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Update a custom object

     Changes the `name` and/or custom field values; anything not sent is kept.
    `custom.cf_<field id>` sets a value (a list replaces the whole value of a multi-value
    field); `custom.cf_<field id>: null` unsets it; for a multi-value field,
    `custom.cf_<field id>.add` adds one value and `custom.cf_<field id>.remove` removes
    one value.

    Args:
        custom_object_id (str):
        body (CustomObjectUpdate): Changes to a custom object: its `name` and custom field values.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObject | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        custom_object_id=custom_object_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_object_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectUpdate,
) -> CustomObject | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Update a custom object

     Changes the `name` and/or custom field values; anything not sent is kept.
    `custom.cf_<field id>` sets a value (a list replaces the whole value of a multi-value
    field); `custom.cf_<field id>: null` unsets it; for a multi-value field,
    `custom.cf_<field id>.add` adds one value and `custom.cf_<field id>.remove` removes
    one value.

    Args:
        custom_object_id (str):
        body (CustomObjectUpdate): Changes to a custom object: its `name` and custom field values.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObject | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            custom_object_id=custom_object_id,
            client=client,
            body=body,
        )
    ).parsed
