from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_list import CustomFieldList
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
    custom_object_type_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_limit"] = field_limit

    params["_skip"] = field_skip

    params["_fields"] = field_fields

    params["custom_object_type_id"] = custom_object_type_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom_field/custom_object_type/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldList | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = CustomFieldList.from_dict(response.json())

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
) -> Response[CustomFieldList | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
    custom_object_type_id: str | Unset = UNSET,
) -> Response[CustomFieldList | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """List custom object custom fields

     Returns the custom object custom field definitions of the organization one page at a
    time (`_limit` at most 1000, `_skip`).
    Each field belongs to one Custom Object Type (`custom_object_type_id`). For the
    fields of one type in display order, shared ones included, prefer the Custom Field
    Schema endpoint.

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):
        custom_object_type_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldList | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_skip=field_skip,
        field_fields=field_fields,
        custom_object_type_id=custom_object_type_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
    custom_object_type_id: str | Unset = UNSET,
) -> CustomFieldList | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """List custom object custom fields

     Returns the custom object custom field definitions of the organization one page at a
    time (`_limit` at most 1000, `_skip`).
    Each field belongs to one Custom Object Type (`custom_object_type_id`). For the
    fields of one type in display order, shared ones included, prefer the Custom Field
    Schema endpoint.

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):
        custom_object_type_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldList | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        client=client,
        field_limit=field_limit,
        field_skip=field_skip,
        field_fields=field_fields,
        custom_object_type_id=custom_object_type_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
    custom_object_type_id: str | Unset = UNSET,
) -> Response[CustomFieldList | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """List custom object custom fields

     Returns the custom object custom field definitions of the organization one page at a
    time (`_limit` at most 1000, `_skip`).
    Each field belongs to one Custom Object Type (`custom_object_type_id`). For the
    fields of one type in display order, shared ones included, prefer the Custom Field
    Schema endpoint.

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):
        custom_object_type_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldList | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_skip=field_skip,
        field_fields=field_fields,
        custom_object_type_id=custom_object_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
    custom_object_type_id: str | Unset = UNSET,
) -> CustomFieldList | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """List custom object custom fields

     Returns the custom object custom field definitions of the organization one page at a
    time (`_limit` at most 1000, `_skip`).
    Each field belongs to one Custom Object Type (`custom_object_type_id`). For the
    fields of one type in display order, shared ones included, prefer the Custom Field
    Schema endpoint.

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):
        custom_object_type_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldList | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            field_limit=field_limit,
            field_skip=field_skip,
            field_fields=field_fields,
            custom_object_type_id=custom_object_type_id,
        )
    ).parsed
