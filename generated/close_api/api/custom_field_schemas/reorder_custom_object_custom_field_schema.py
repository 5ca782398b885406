from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_schema import CustomFieldSchema
from ...models.custom_field_schema_reorder import CustomFieldSchemaReorder
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    custom_object_type_id: str,
    *,
    body: CustomFieldSchemaReorder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field_schema/custom_object/{custom_object_type_id}/".format(
            custom_object_type_id=quote(str(custom_object_type_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldSchema | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = CustomFieldSchema.from_dict(response.json())

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
) -> Response[CustomFieldSchema | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    custom_object_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaReorder,
) -> Response[CustomFieldSchema | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Reorder the custom field schema of a custom object type

     Changes the display order only. Send `fields` as a list of `{"id": ...}` items naming
    fields of this schema; fields left out keep their relative order and are placed after
    the listed ones. A field cannot be removed from a schema here: delete it, or
    disassociate it when it is a shared field. Answers with the schema in its new order.

    Args:
        custom_object_type_id (str):
        body (CustomFieldSchemaReorder): The new display order. Fields of the schema that are not
            listed keep their relative
            order and follow the listed ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldSchema | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        custom_object_type_id=custom_object_type_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_object_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaReorder,
) -> CustomFieldSchema | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Reorder the custom field schema of a custom object type

     Changes the display order only. Send `fields` as a list of `{"id": ...}` items naming
    fields of this schema; fields left out keep their relative order and are placed after
    the listed ones. A field cannot be removed from a schema here: delete it, or
    disassociate it when it is a shared field. Answers with the schema in its new order.

    Args:
        custom_object_type_id (str):
        body (CustomFieldSchemaReorder): The new display order. Fields of the schema that are not
            listed keep their relative
            order and follow the listed ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldSchema | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        custom_object_type_id=custom_object_type_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    custom_object_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaReorder,
) -> Response[CustomFieldSchema | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Reorder the custom field schema of a custom object type

     Changes the display order only. Send `fields` as a list of `{"id": ...}` items naming
    fields of this schema; fields left out keep their relative order and are placed after
    the listed ones. A field cannot be removed from a schema here: delete it, or
    disassociate it when it is a shared field. Answers with the schema in its new order.

    Args:
        custom_object_type_id (str):
        body (CustomFieldSchemaReorder): The new display order. Fields of the schema that are not
            listed keep their relative
            order and follow the listed ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldSchema | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        custom_object_type_id=custom_object_type_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_object_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaReorder,
) -> CustomFieldSchema | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Reorder the custom field schema of a custom object type

     Changes the display order only. Send `fields` as a list of `{"id": ...}` items naming
    fields of this schema; fields left out keep their relative order and are placed after
    the listed ones. A field cannot be removed from a schema here: delete it, or
    disassociate it when it is a shared field. Answers with the schema in its new order.

    Args:
        custom_object_type_id (str):
        body (CustomFieldSchemaReorder): The new display order. Fields of the schema that are not
            listed keep their relative
            order and follow the listed ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldSchema | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            custom_object_type_id=custom_object_type_id,
            client=client,
            body=body,
        )
    ).parsed
