from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_type_list import CustomObjectTypeList
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom_object_type/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectTypeList | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = CustomObjectTypeList.from_dict(response.json())

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
) -> Response[CustomObjectTypeList | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomObjectTypeList | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """List custom object types

     Returns every Custom Object Type of the organization (not paginated), each with two
    lists of field metadata: `fields`, the custom fields that belong to the type, and
    `back_reference_fields`, the `custom_object` fields on other objects (leads, contacts,
    opportunities, custom activities, custom objects) that reference this type. The
    field entries omit `choices`; fetch the field itself for those.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectTypeList | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> CustomObjectTypeList | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """List custom object types

     Returns every Custom Object Type of the organization (not paginated), each with two
    lists of field metadata: `fields`, the custom fields that belong to the type, and
    `back_reference_fields`, the `custom_object` fields on other objects (leads, contacts,
    opportunities, custom activities, custom objects) that reference this type. The
    field entries omit `choices`; fetch the field itself for those.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectTypeList | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomObjectTypeList | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """List custom object types

     Returns every Custom Object Type of the organization (not paginated), each with two
    lists of field metadata: `fields`, the custom fields that belong to the type, and
    `back_reference_fields`, the `custom_object` fields on other objects (leads, contacts,
    opportunities, custom activities, custom objects) that reference this type. The
    field entries omit `choices`; fetch the field itself for those.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectTypeList | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CustomObjectTypeList | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """List custom object types

     Returns every Custom Object Type of the organization (not paginated), each with two
    lists of field metadata: `fields`, the custom fields that belong to the type, and
    `back_reference_fields`, the `custom_object` fields on other objects (leads, contacts,
    opportunities, custom activities, custom objects) that reference this type. The
    field entries omit `choices`; fetch the field itself for those.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectTypeList | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
