from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity import CustomActivity
from ...models.custom_activity_update import CustomActivityUpdate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    activity_id: str,
    *,
    body: CustomActivityUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/activity/custom/{activity_id}/".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActivity | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = CustomActivity.from_dict(response.json())

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
) -> Response[CustomActivity | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityUpdate,
) -> Response[CustomActivity | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Update a custom activity

     Changes only the properties sent: custom field values, `status` (between `draft` and
    `published`; publishing enforces the type's required fields), `pinned`,
    `activity_at`, `contact_id`. `custom.cf_<field id>` sets a value (a list replaces the
    whole value of a multi-value field); `custom.cf_<field id>: null` unsets it; for a
    multi-value field, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        activity_id (str):
        body (CustomActivityUpdate): Changes to a custom activity; only the properties sent
            change. Switching `status` to
            `published` enforces the type's required fields.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActivity | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityUpdate,
) -> CustomActivity | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Update a custom activity

     Changes only the properties sent: custom field values, `status` (between `draft` and
    `published`; publishing enforces the type's required fields), `pinned`,
    `activity_at`, `contact_id`. `custom.cf_<field id>` sets a value (a list replaces the
    whole value of a multi-value field); `custom.cf_<field id>: null` unsets it; for a
    multi-value field, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        activity_id (str):
        body (CustomActivityUpdate): Changes to a custom activity; only the properties sent
            change. Switching `status` to
            `published` enforces the type's required fields.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActivity | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        activity_id=activity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityUpdate,
) -> Response[CustomActivity | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Update a custom activity

     Changes only the properties sent: custom field values, `status` (between `draft` and
    `published`; publishing enforces the type's required fields), `pinned`,
    `activity_at`, `contact_id`. `custom.cf_<field id>` sets a value (a list replaces the
    whole value of a multi-value field); `custom.cf_<field id>: null` unsets it; for a
    multi-value field, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        activity_id (str):
        body (CustomActivityUpdate): Changes to a custom activity; only the properties sent
            change. Switching `status` to
            `published` enforces the type's required fields.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActivity | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityUpdate,
) -> CustomActivity | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Update a custom activity

     Changes only the properties sent: custom field values, `status` (between `draft` and
    `published`; publishing enforces the type's required fields), `pinned`,
    `activity_at`, `contact_id`. `custom.cf_<field id>` sets a value (a list replaces the
    whole value of a multi-value field); `custom.cf_<field id>: null` unsets it; for a
    multi-value field, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        activity_id (str):
        body (CustomActivityUpdate): Changes to a custom activity; only the properties sent
            change. Switching `status` to
            `published` enforces the type's required fields.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActivity | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            client=client,
            body=body,
        )
    ).parsed
