from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.organization import Organization
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: str,
    *,
    field_expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_expand"] = field_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/{organization_id}/".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ValidationErrorBody | Organization | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = Organization.from_dict(response.json())

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
) -> Response[ErrorBody | ValidationErrorBody | Organization | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    field_expand: str | Unset = UNSET,
) -> Response[ErrorBody | ValidationErrorBody | Organization | RateLimitedBody]:
    """Get an organization

     Returns the organization with its currency, ordered lead statuses, pipelines, and its
    active and inactive memberships. By default each membership carries the member's
    data flattened into `user_`-prefixed keys; `_expand=memberships__user,inactive_memberships__user`
    nests it as a `user` object instead.

    Args:
        organization_id (str):
        field_expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | Organization | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        field_expand=field_expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    field_expand: str | Unset = UNSET,
) -> ErrorBody | ValidationErrorBody | Organization | RateLimitedBody | None:
    """Get an organization

     Returns the organization with its currency, ordered lead statuses, pipelines, and its
    active and inactive memberships. By default each membership carries the member's
    data flattened into `user_`-prefixed keys; `_expand=memberships__user,inactive_memberships__user`
    nests it as a `user` object instead.

    Args:
        organization_id (str):
        field_expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | Organization | RateLimitedBody
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        field_expand=field_expand,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    field_expand: str | Unset = UNSET,
) -> Response[ErrorBody | ValidationErrorBody | Organization | RateLimitedBody]:
    """Get an organization

     Returns the organization with its currency, ordered lead statuses, pipelines, and its
    active and inactive memberships. By default each membership carries the member's
    data flattened into `user_`-prefixed keys; `_expand=memberships__user,inactive_memberships__user`
    nests it as a `user` object instead.

    Args:
        organization_id (str):
        field_expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | Organization | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        field_expand=field_expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    field_expand: str | Unset = UNSET,
) -> ErrorBody | ValidationErrorBody | Organization | RateLimitedBody | None:
    """Get an organization

     Returns the organization with its currency, ordered lead statuses, pipelines, and its
    active and inactive memberships. By default each membership carries the member's
    data flattened into `user_`-prefixed keys; `_expand=memberships__user,inactive_memberships__user`
    nests it as a `user` object instead.

    Args:
        organization_id (str):
        field_expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | Organization | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            field_expand=field_expand,
        )
    ).parsed
