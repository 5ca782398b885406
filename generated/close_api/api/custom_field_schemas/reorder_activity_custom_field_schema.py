from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_schema import CustomFieldSchema
from ...models.custom_field_schema_reorder import CustomFieldSchemaReorder
from ...types import Response

OPERATION_ID: Final = "reorder_activity_custom_field_schema"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    custom_activity_type_id: str,
    *,
    body: CustomFieldSchemaReorder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field_schema/activity/{custom_activity_type_id}/".format(
            custom_activity_type_id=quote(str(custom_activity_type_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldSchema:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = CustomFieldSchema.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomFieldSchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    custom_activity_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaReorder,
) -> Response[CustomFieldSchema]:
    """Reorder the custom field schema of a custom activity type

     Changes the display order only. Send `fields` as a list of `{"id": ...}` items naming
    fields of this schema; fields left out keep their relative order and are placed after
    the listed ones. A field cannot be removed from a schema here: delete it, or
    disassociate it when it is a shared field. Answers with the schema in its new order.

    Args:
        custom_activity_type_id (str):
        body (CustomFieldSchemaReorder): The new display order. Fields of the schema that are not
            listed keep their relative
            order and follow the listed ones.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomFieldSchema]
    """

    kwargs = _get_kwargs(
        custom_activity_type_id=custom_activity_type_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_activity_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaReorder,
) -> CustomFieldSchema:
    """Reorder the custom field schema of a custom activity type

     Changes the display order only. Send `fields` as a list of `{"id": ...}` items naming
    fields of this schema; fields left out keep their relative order and are placed after
    the listed ones. A field cannot be removed from a schema here: delete it, or
    disassociate it when it is a shared field. Answers with the schema in its new order.

    Args:
        custom_activity_type_id (str):
        body (CustomFieldSchemaReorder): The new display order. Fields of the schema that are not
            listed keep their relative
            order and follow the listed ones.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomFieldSchema
    """

    kwargs = _get_kwargs(
        custom_activity_type_id=custom_activity_type_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    custom_activity_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaReorder,
) -> Response[CustomFieldSchema]:
    """Reorder the custom field schema of a custom activity type

     Changes the display order only. Send `fields` as a list of `{"id": ...}` items naming
    fields of this schema; fields left out keep their relative order and are placed after
    the listed ones. A field cannot be removed from a schema here: delete it, or
    disassociate it when it is a shared field. Answers with the schema in its new order.

    Args:
        custom_activity_type_id (str):
        body (CustomFieldSchemaReorder): The new display order. Fields of the schema that are not
            listed keep their relative
            order and follow the listed ones.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomFieldSchema]
    """

    kwargs = _get_kwargs(
        custom_activity_type_id=custom_activity_type_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_activity_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaReorder,
) -> CustomFieldSchema:
    """Reorder the custom field schema of a custom activity type

     Changes the display order only. Send `fields` as a list of `{"id": ...}` items naming
    fields of this schema; fields left out keep their relative order and are placed after
    the listed ones. A field cannot be removed from a schema here: delete it, or
    disassociate it when it is a shared field. Answers with the schema in its new order.

    Args:
        custom_activity_type_id (str):
        body (CustomFieldSchemaReorder): The new display order. Fields of the schema that are not
            listed keep their relative
            order and follow the listed ones.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomFieldSchema
    """

    kwargs = _get_kwargs(
        custom_activity_type_id=custom_activity_type_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
