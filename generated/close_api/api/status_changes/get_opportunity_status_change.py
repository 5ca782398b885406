from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.opportunity_status_change import OpportunityStatusChange
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    activity_id: str,
    *,
    field_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_fields"] = field_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/status_change/opportunity/{activity_id}/".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ValidationErrorBody | OpportunityStatusChange | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = OpportunityStatusChange.from_dict(response.json())

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
) -> Response[
    ErrorBody | ValidationErrorBody | OpportunityStatusChange | RateLimitedBody
]:
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
    field_fields: str | Unset = UNSET,
) -> Response[
    ErrorBody | ValidationErrorBody | OpportunityStatusChange | RateLimitedBody
]:
    """Get an opportunity status change

     Returns one opportunity status change.

    Args:
        activity_id (str):
        field_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | OpportunityStatusChange | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        field_fields=field_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    field_fields: str | Unset = UNSET,
) -> ErrorBody | ValidationErrorBody | OpportunityStatusChange | RateLimitedBody | None:
    """Get an opportunity status change

     Returns one opportunity status change.

    Args:
        activity_id (str):
        field_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | OpportunityStatusChange | RateLimitedBody
    """

    return sync_detailed(
        activity_id=activity_id,
        client=client,
        field_fields=field_fields,
    ).parsed


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    field_fields: str | Unset = UNSET,
) -> Response[
    ErrorBody | ValidationErrorBody | OpportunityStatusChange | RateLimitedBody
]:
    """Get an opportunity status change

     Returns one opportunity status change.

    Args:
        activity_id (str):
        field_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | OpportunityStatusChange | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        field_fields=field_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    field_fields: str | Unset = UNSET,
) -> ErrorBody | ValidationErrorBody | OpportunityStatusChange | RateLimitedBody | None:
    """Get an opportunity status change

     Returns one opportunity status change.

    Args:
        activity_id (str):
        field_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | OpportunityStatusChange | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            client=client,
            field_fields=field_fields,
        )
    ).parsed
