from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_type import CustomObjectType
from ...models.custom_object_type_create import CustomObjectTypeCreate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: CustomObjectTypeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_object_type/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectType | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    if response.status_code == 201:
        response_201 = CustomObjectType.from_dict(response.json())

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
) -> Response[CustomObjectType | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectTypeCreate,
) -> Response[CustomObjectType | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Create a custom object type

     Creates a Custom Object Type. `name` and `name_plural` (used by the UI) are required;
    `description`, `api_create_only` (when true, only API clients may create instances;
    default false) and `editable_with_roles` (default: anyone may edit instances) are
    optional. The type must exist before custom fields can be added to it through the
    Custom Object Custom Field endpoints. Answers 201 with a `Location` header.

    Args:
        body (CustomObjectTypeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectType | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
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
    body: CustomObjectTypeCreate,
) -> CustomObjectType | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Create a custom object type

     Creates a Custom Object Type. `name` and `name_plural` (used by the UI) are required;
    `description`, `api_create_only` (when true, only API clients may create instances;
    default false) and `editable_with_roles` (default: anyone may edit instances) are
    optional. The type must exist before custom fields can be added to it through the
    Custom Object Custom Field endpoints. Answers 201 with a `Location` header.

    Args:
        body (CustomObjectTypeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectType | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectTypeCreate,
) -> Response[CustomObjectType | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Create a custom object type

     Creates a Custom Object Type. `name` and `name_plural` (used by the UI) are required;
    `description`, `api_create_only` (when true, only API clients may create instances;
    default false) and `editable_with_roles` (default: anyone may edit instances) are
    optional. The type must exist before custom fields can be added to it through the
    Custom Object Custom Field endpoints. Answers 201 with a `Location` header.

    Args:
        body (CustomObjectTypeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectType | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectTypeCreate,
) -> CustomObjectType | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Create a custom object type

     Creates a Custom Object Type. `name` and `name_plural` (used by the UI) are required;
    `description`, `api_create_only` (when true, only API clients may create instances;
    default false) and `editable_with_roles` (default: anyone may edit instances) are
    optional. The type must exist before custom fields can be added to it through the
    Custom Object Custom Field endpoints. Answers 201 with a `Location` header.

    Args:
        body (CustomObjectTypeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectType | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
