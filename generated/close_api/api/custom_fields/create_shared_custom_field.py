from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.shared_custom_field import SharedCustomField
from ...models.shared_custom_field_create import SharedCustomFieldCreate
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: SharedCustomFieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/shared/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomField | None:
    if response.status_code == 200:
        response_200 = SharedCustomField.from_dict(response.json())

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
) -> Response[ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomField]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldCreate,
) -> Response[ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomField]:
    """Create a shared custom field

     Creates a Shared Custom Field. `name` and `type` are required; `type` is one of
    `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields). It has no
    associations yet: associate it with
    object kinds (association endpoints) before values can be set. One shared field can
    be associated with leads and with several Custom Activity Types at once.
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (SharedCustomFieldCreate): A new Shared Custom Field. It starts without associations.
            `accepts_multiple_values`
            may only be true for `user`, `choices`, `contact` and `custom_object` fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomField]
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
    body: SharedCustomFieldCreate,
) -> ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomField | None:
    """Create a shared custom field

     Creates a Shared Custom Field. `name` and `type` are required; `type` is one of
    `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields). It has no
    associations yet: associate it with
    object kinds (association endpoints) before values can be set. One shared field can
    be associated with leads and with several Custom Activity Types at once.
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (SharedCustomFieldCreate): A new Shared Custom Field. It starts without associations.
            `accepts_multiple_values`
            may only be true for `user`, `choices`, `contact` and `custom_object` fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomField
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldCreate,
) -> Response[ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomField]:
    """Create a shared custom field

     Creates a Shared Custom Field. `name` and `type` are required; `type` is one of
    `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields). It has no
    associations yet: associate it with
    object kinds (association endpoints) before values can be set. One shared field can
    be associated with leads and with several Custom Activity Types at once.
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (SharedCustomFieldCreate): A new Shared Custom Field. It starts without associations.
            `accepts_multiple_values`
            may only be true for `user`, `choices`, `contact` and `custom_object` fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomField]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldCreate,
) -> ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomField | None:
    """Create a shared custom field

     Creates a Shared Custom Field. `name` and `type` are required; `type` is one of
    `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields). It has no
    associations yet: associate it with
    object kinds (association endpoints) before values can be set. One shared field can
    be associated with leads and with several Custom Activity Types at once.
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (SharedCustomFieldCreate): A new Shared Custom Field. It starts without associations.
            `accepts_multiple_values`
            may only be true for `user`, `choices`, `contact` and `custom_object` fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomField
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
