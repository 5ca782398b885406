from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity import CustomActivity
from ...models.custom_activity_create import CustomActivityCreate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: CustomActivityCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/custom/",
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
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityCreate,
) -> Response[CustomActivity | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Create a custom activity

     Records a custom activity of the type `custom_activity_type_id` on the lead `lead_id`
    (both required). The activity is `published` unless `status: draft` is sent; a
    published activity must have a value for every field that is required on its type,
    while a draft may leave them empty. `pinned` pins or unpins it. Custom field values
    are set with `custom.cf_<field id>` keys; for a multi-value field, a list replaces the
    whole value; `contact` and `custom_object` fields only accept objects on the same
    lead.

    Args:
        body (CustomActivityCreate): A new custom activity: `custom_activity_type_id` and
            `lead_id` are required. It is
            `published` unless `status` is `draft`; published activities must have a value for
            every field required by the type, drafts need not.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActivity | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
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
    body: CustomActivityCreate,
) -> CustomActivity | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Create a custom activity

     Records a custom activity of the type `custom_activity_type_id` on the lead `lead_id`
    (both required). The activity is `published` unless `status: draft` is sent; a
    published activity must have a value for every field that is required on its type,
    while a draft may leave them empty. `pinned` pins or unpins it. Custom field values
    are set with `custom.cf_<field id>` keys; for a multi-value field, a list replaces the
    whole value; `contact` and `custom_object` fields only accept objects on the same
    lead.

    Args:
        body (CustomActivityCreate): A new custom activity: `custom_activity_type_id` and
            `lead_id` are required. It is
            `published` unless `status` is `draft`; published activities must have a value for
            every field required by the type, drafts need not.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActivity | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityCreate,
) -> Response[CustomActivity | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Create a custom activity

     Records a custom activity of the type `custom_activity_type_id` on the lead `lead_id`
    (both required). The activity is `published` unless `status: draft` is sent; a
    published activity must have a value for every field that is required on its type,
    while a draft may leave them empty. `pinned` pins or unpins it. Custom field values
    are set with `custom.cf_<field id>` keys; for a multi-value field, a list replaces the
    whole value; `contact` and `custom_object` fields only accept objects on the same
    lead.

    Args:
        body (CustomActivityCreate): A new custom activity: `custom_activity_type_id` and
            `lead_id` are required. It is
            `published` unless `status` is `draft`; published activities must have a value for
            every field required by the type, drafts need not.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActivity | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityCreate,
) -> CustomActivity | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Create a custom activity

     Records a custom activity of the type `custom_activity_type_id` on the lead `lead_id`
    (both required). The activity is `published` unless `status: draft` is sent; a
    published activity must have a value for every field that is required on its type,
    while a draft may leave them empty. `pinned` pins or unpins it. Custom field values
    are set with `custom.cf_<field id>` keys; for a multi-value field, a list replaces the
    whole value; `contact` and `custom_object` fields only accept objects on the same
    lead.

    Args:
        body (CustomActivityCreate): A new custom activity: `custom_activity_type_id` and
            `lead_id` are required. It is
            `published` unless `status` is `draft`; published activities must have a value for
            every field required by the type, drafts need not.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActivity | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
