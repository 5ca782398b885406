from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field import CustomField
from ...models.custom_field_update import CustomFieldUpdate
from ...types import Response

OPERATION_ID: Final = "update_opportunity_custom_field"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    custom_field_id: str,
    *,
    body: CustomFieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field/opportunity/{custom_field_id}/".format(
            custom_field_id=quote(str(custom_field_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomField:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = CustomField.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomField]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldUpdate,
) -> Response[CustomField]:
    """Update a opportunity custom field

     Changes only the properties sent: the name, the type, the description, the choices,
    whether it accepts multiple values, which roles may edit its values, and for
    `custom_object` fields the referenced type and back-reference visibility. A new name
    appears in the Close UI at once. After `choices` are edited, the Opportunity API only
    returns stored values that are still valid choices. Some type changes convert every
    stored value; while that runs the field carries `converting_to_type`, which goes away
    when the conversion is done.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        custom_field_id (str):
        body (CustomFieldUpdate): Changes to a lead, contact or opportunity custom field; only the
            properties sent
            change. Changing `type` may start a conversion of the stored values.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomField]
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldUpdate,
) -> CustomField:
    """Update a opportunity custom field

     Changes only the properties sent: the name, the type, the description, the choices,
    whether it accepts multiple values, which roles may edit its values, and for
    `custom_object` fields the referenced type and back-reference visibility. A new name
    appears in the Close UI at once. After `choices` are edited, the Opportunity API only
    returns stored values that are still valid choices. Some type changes convert every
    stored value; while that runs the field carries `converting_to_type`, which goes away
    when the conversion is done.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        custom_field_id (str):
        body (CustomFieldUpdate): Changes to a lead, contact or opportunity custom field; only the
            properties sent
            change. Changing `type` may start a conversion of the stored values.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomField
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldUpdate,
) -> Response[CustomField]:
    """Update a opportunity custom field

     Changes only the properties sent: the name, the type, the description, the choices,
    whether it accepts multiple values, which roles may edit its values, and for
    `custom_object` fields the referenced type and back-reference visibility. A new name
    appears in the Close UI at once. After `choices` are edited, the Opportunity API only
    returns stored values that are still valid choices. Some type changes convert every
    stored value; while that runs the field carries `converting_to_type`, which goes away
    when the conversion is done.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        custom_field_id (str):
        body (CustomFieldUpdate): Changes to a lead, contact or opportunity custom field; only the
            properties sent
            change. Changing `type` may start a conversion of the stored values.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomField]
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldUpdate,
) -> CustomField:
    """Update a opportunity custom field

     Changes only the properties sent: the name, the type, the description, the choices,
    whether it accepts multiple values, which roles may edit its values, and for
    `custom_object` fields the referenced type and back-reference visibility. A new name
    appears in the Close UI at once. After `choices` are edited, the Opportunity API only
    returns stored values that are still valid choices. Some type changes convert every
    stored value; while that runs the field carries `converting_to_type`, which goes away
    when the conversion is done.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        custom_field_id (str):
        body (CustomFieldUpdate): Changes to a lead, contact or opportunity custom field; only the
            properties sent
            change. Changing `type` may start a conversion of the stored values.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomField
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
