from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object import CustomObject
from ...models.custom_object_create import CustomObjectCreate
from ...types import Response

OPERATION_ID: Final = "create_custom_object"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 201
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: CustomObjectCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_object/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObject:
    if response.status_code != 201:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_201 = CustomObject.from_dict(data)

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomObject]:
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
) -> Response[CustomObject]:
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
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomObject]
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
) -> CustomObject:
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
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomObject
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCreate,
) -> Response[CustomObject]:
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
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomObject]
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
) -> CustomObject:
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
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomObject
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
