from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field import CustomField
from ...models.custom_field_update import CustomFieldUpdate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    custom_field_id: str,
    *,
    body: CustomFieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field/lead/{custom_field_id}/".format(
            custom_field_id=quote(str(custom_field_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomField | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = CustomField.from_dict(response.json())

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
) -> Response[CustomField | ErrorBody | ValidationErrorBody | RateLimitedBody]:
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
) -> Response[CustomField | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Update a lead custom field

     Changes only the properties sent: the name, the type, the description, the choices,
    whether it accepts multiple values, which roles may edit its values, and for
    `custom_object` fields the referenced type and back-reference visibility. A new name
    appears in the Close UI at once. After `choices` are edited, the Lead API only
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomField | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
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
) -> CustomField | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Update a lead custom field

     Changes only the properties sent: the name, the type, the description, the choices,
    whether it accepts multiple values, which roles may edit its values, and for
    `custom_object` fields the referenced type and back-reference visibility. A new name
    appears in the Close UI at once. After `choices` are edited, the Lead API only
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomField | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        custom_field_id=custom_field_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    custom_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldUpdate,
) -> Response[CustomField | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Update a lead custom field

     Changes only the properties sent: the name, the type, the description, the choices,
    whether it accepts multiple values, which roles may edit its values, and for
    `custom_object` fields the referenced type and back-reference visibility. A new name
    appears in the Close UI at once. After `choices` are edited, the Lead API only
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomField | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
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
) -> CustomField | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Update a lead custom field

     Changes only the properties sent: the name, the type, the description, the choices,
    whether it accepts multiple values, which roles may edit its values, and for
    `custom_object` fields the referenced type and back-reference visibility. A new name
    appears in the Close UI at once. After `choices` are edited, the Lead API only
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomField | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            custom_field_id=custom_field_id,
            client=client,
            body=body,
        )
    ).parsed
