from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.lead_list import LeadList
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_limit"] = field_limit

    params["_skip"] = field_skip

    params["_fields"] = field_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lead/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ValidationErrorBody | LeadList | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = LeadList.from_dict(response.json())

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
) -> Response[ErrorBody | ValidationErrorBody | LeadList | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
) -> Response[ErrorBody | ValidationErrorBody | LeadList | RateLimitedBody]:
    """List leads

     Returns leads one page at a time (`_limit` at most 200, `_skip`), with `has_more`
    telling whether another page exists. Each lead comes with its basic information,
    its contacts, its opportunities, its incomplete tasks and its custom field values;
    activities are never included and must be fetched separately.

    Custom field values appear as `custom.cf_<field id>` keys, only for fields that hold
    a value. With `_fields`, name the properties to return: `custom` returns all custom
    fields, `custom.cf_<id>` a single one. Smart Fields (calculated values) are left
    out unless named in `_fields` or requested with `_fields=_all`; use `_all` only to
    discover which Smart Fields exist. To find leads matching conditions, use
    Close's Advanced Filtering API rather than paging through this list.

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | LeadList | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_skip=field_skip,
        field_fields=field_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
) -> ErrorBody | ValidationErrorBody | LeadList | RateLimitedBody | None:
    """List leads

     Returns leads one page at a time (`_limit` at most 200, `_skip`), with `has_more`
    telling whether another page exists. Each lead comes with its basic information,
    its contacts, its opportunities, its incomplete tasks and its custom field values;
    activities are never included and must be fetched separately.

    Custom field values appear as `custom.cf_<field id>` keys, only for fields that hold
    a value. With `_fields`, name the properties to return: `custom` returns all custom
    fields, `custom.cf_<id>` a single one. Smart Fields (calculated values) are left
    out unless named in `_fields` or requested with `_fields=_all`; use `_all` only to
    discover which Smart Fields exist. To find leads matching conditions, use
    Close's Advanced Filtering API rather than paging through this list.

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | LeadList | RateLimitedBody
    """

    return sync_detailed(
        client=client,
        field_limit=field_limit,
        field_skip=field_skip,
        field_fields=field_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
) -> Response[ErrorBody | ValidationErrorBody | LeadList | RateLimitedBody]:
    """List leads

     Returns leads one page at a time (`_limit` at most 200, `_skip`), with `has_more`
    telling whether another page exists. Each lead comes with its basic information,
    its contacts, its opportunities, its incomplete tasks and its custom field values;
    activities are never included and must be fetched separately.

    Custom field values appear as `custom.cf_<field id>` keys, only for fields that hold
    a value. With `_fields`, name the properties to return: `custom` returns all custom
    fields, `custom.cf_<id>` a single one. Smart Fields (calculated values) are left
    out unless named in `_fields` or requested with `_fields=_all`; use `_all` only to
    discover which Smart Fields exist. To find leads matching conditions, use
    Close's Advanced Filtering API rather than paging through this list.

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | LeadList | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        field_limit=field_limit,
        field_skip=field_skip,
        field_fields=field_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    field_limit: int | Unset = UNSET,
    field_skip: int | Unset = UNSET,
    field_fields: str | Unset = UNSET,
) -> ErrorBody | ValidationErrorBody | LeadList | RateLimitedBody | None:
    """List leads

     Returns leads one page at a time (`_limit` at most 200, `_skip`), with `has_more`
    telling whether another page exists. Each lead comes with its basic information,
    its contacts, its opportunities, its incomplete tasks and its custom field values;
    activities are never included and must be fetched separately.

    Custom field values appear as `custom.cf_<field id>` keys, only for fields that hold
    a value. With `_fields`, name the properties to return: `custom` returns all custom
    fields, `custom.cf_<id>` a single one. Smart Fields (calculated values) are left
    out unless named in `_fields` or requested with `_fields=_all`; use `_all` only to
    discover which Smart Fields exist. To find leads matching conditions, use
    Close's Advanced Filtering API rather than paging through this list.

    Args:
        field_limit (int | Unset):
        field_skip (int | Unset):
        field_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | LeadList | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            field_limit=field_limit,
            field_skip=field_skip,
            field_fields=field_fields,
        )
    ).parsed
