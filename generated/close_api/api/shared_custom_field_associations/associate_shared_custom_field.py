from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.shared_custom_field_association import SharedCustomFieldAssociation
from ...models.shared_custom_field_association_create import (
    SharedCustomFieldAssociationCreate,
)
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    custom_field_id: str,
    *,
    body: SharedCustomFieldAssociationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/shared/{custom_field_id}/association/".format(
            custom_field_id=quote(str(custom_field_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorBody
    | ValidationErrorBody
    | RateLimitedBody
    | SharedCustomFieldAssociation
    | None
):
    if response.status_code == 201:
        response_201 = SharedCustomFieldAssociation.from_dict(response.json())

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
) -> Response[
    ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomFieldAssociation
]:
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
    body: SharedCustomFieldAssociationCreate,
) -> Response[
    ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomFieldAssociation
]:
    """Associate a shared custom field with an object kind

     Lets the Shared Custom Field be set on one more object kind. `object_type` is one of
    `lead`, `contact`, `opportunity`, `custom_activity_type` or `custom_object_type`; for
    `custom_activity_type` also send `custom_activity_type_id`, for `custom_object_type`
    also send `custom_object_type_id` (each is ignored for other object types).
    `editable_with_roles` lists the roles that may edit the field's values on this object
    kind (empty: anyone). `required` says a value must be provided on this object kind and
    only counts for `custom_activity_type` and `custom_object_type` associations. Both
    settings are per association: the same shared field can be required or restricted on
    one object kind and not on another.

    Args:
        custom_field_id (str):
        body (SharedCustomFieldAssociationCreate): A new association. `custom_activity_type_id` is
            needed (and only relevant) for
            `object_type: custom_activity_type`, `custom_object_type_id` for
            `object_type: custom_object_type`. `required` only counts for those two object types.
            Both `required` and `editable_with_roles` apply to this association only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomFieldAssociation]
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
    body: SharedCustomFieldAssociationCreate,
) -> (
    ErrorBody
    | ValidationErrorBody
    | RateLimitedBody
    | SharedCustomFieldAssociation
    | None
):
    """Associate a shared custom field with an object kind

     Lets the Shared Custom Field be set on one more object kind. `object_type` is one of
    `lead`, `contact`, `opportunity`, `custom_activity_type` or `custom_object_type`; for
    `custom_activity_type` also send `custom_activity_type_id`, for `custom_object_type`
    also send `custom_object_type_id` (each is ignored for other object types).
    `editable_with_roles` lists the roles that may edit the field's values on this object
    kind (empty: anyone). `required` says a value must be provided on this object kind and
    only counts for `custom_activity_type` and `custom_object_type` associations. Both
    settings are per association: the same shared field can be required or restricted on
    one object kind and not on another.

    Args:
        custom_field_id (str):
        body (SharedCustomFieldAssociationCreate): A new association. `custom_activity_type_id` is
            needed (and only relevant) for
            `object_type: custom_activity_type`, `custom_object_type_id` for
            `object_type: custom_object_type`. `required` only counts for those two object types.
            Both `required` and `editable_with_roles` apply to this association only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomFieldAssociation
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
    body: SharedCustomFieldAssociationCreate,
) -> Response[
    ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomFieldAssociation
]:
    """Associate a shared custom field with an object kind

     Lets the Shared Custom Field be set on one more object kind. `object_type` is one of
    `lead`, `contact`, `opportunity`, `custom_activity_type` or `custom_object_type`; for
    `custom_activity_type` also send `custom_activity_type_id`, for `custom_object_type`
    also send `custom_object_type_id` (each is ignored for other object types).
    `editable_with_roles` lists the roles that may edit the field's values on this object
    kind (empty: anyone). `required` says a value must be provided on this object kind and
    only counts for `custom_activity_type` and `custom_object_type` associations. Both
    settings are per association: the same shared field can be required or restricted on
    one object kind and not on another.

    Args:
        custom_field_id (str):
        body (SharedCustomFieldAssociationCreate): A new association. `custom_activity_type_id` is
            needed (and only relevant) for
            `object_type: custom_activity_type`, `custom_object_type_id` for
            `object_type: custom_object_type`. `required` only counts for those two object types.
            Both `required` and `editable_with_roles` apply to this association only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomFieldAssociation]
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
    body: SharedCustomFieldAssociationCreate,
) -> (
    ErrorBody
    | ValidationErrorBody
    | RateLimitedBody
    | SharedCustomFieldAssociation
    | None
):
    """Associate a shared custom field with an object kind

     Lets the Shared Custom Field be set on one more object kind. `object_type` is one of
    `lead`, `contact`, `opportunity`, `custom_activity_type` or `custom_object_type`; for
    `custom_activity_type` also send `custom_activity_type_id`, for `custom_object_type`
    also send `custom_object_type_id` (each is ignored for other object types).
    `editable_with_roles` lists the roles that may edit the field's values on this object
    kind (empty: anyone). `required` says a value must be provided on this object kind and
    only counts for `custom_activity_type` and `custom_object_type` associations. Both
    settings are per association: the same shared field can be required or restricted on
    one object kind and not on another.

    Args:
        custom_field_id (str):
        body (SharedCustomFieldAssociationCreate): A new association. `custom_activity_type_id` is
            needed (and only relevant) for
            `object_type: custom_activity_type`, `custom_object_type_id` for
            `object_type: custom_object_type`. `required` only counts for those two object types.
            Both `required` and `editable_with_roles` apply to this association only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody | SharedCustomFieldAssociation
    """

    return (
        await asyncio_detailed(
            custom_field_id=custom_field_id,
            client=client,
            body=body,
        )
    ).parsed
