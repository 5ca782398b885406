from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field import CustomField
from ...models.custom_field_create import CustomFieldCreate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: CustomFieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/opportunity/",
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
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldCreate,
) -> Response[CustomField | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Create a opportunity custom field

     Creates a custom field for opportunities. `name` and `type` are required; `type` is
    one of `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields).
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (CustomFieldCreate): A new lead, contact or opportunity custom field.
            `accepts_multiple_values` may only be
            true for `user`, `choices`, `contact` and `custom_object` fields. `textarea` is not
            accepted here (it exists only for activity fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomField | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
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
    body: CustomFieldCreate,
) -> CustomField | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Create a opportunity custom field

     Creates a custom field for opportunities. `name` and `type` are required; `type` is
    one of `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields).
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (CustomFieldCreate): A new lead, contact or opportunity custom field.
            `accepts_multiple_values` may only be
            true for `user`, `choices`, `contact` and `custom_object` fields. `textarea` is not
            accepted here (it exists only for activity fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomField | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldCreate,
) -> Response[CustomField | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Create a opportunity custom field

     Creates a custom field for opportunities. `name` and `type` are required; `type` is
    one of `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields).
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (CustomFieldCreate): A new lead, contact or opportunity custom field.
            `accepts_multiple_values` may only be
            true for `user`, `choices`, `contact` and `custom_object` fields. `textarea` is not
            accepted here (it exists only for activity fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomField | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldCreate,
) -> CustomField | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Create a opportunity custom field

     Creates a custom field for opportunities. `name` and `type` are required; `type` is
    one of `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields).
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (CustomFieldCreate): A new lead, contact or opportunity custom field.
            `accepts_multiple_values` may only be
            true for `user`, `choices`, `contact` and `custom_object` fields. `textarea` is not
            accepted here (it exists only for activity fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomField | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
