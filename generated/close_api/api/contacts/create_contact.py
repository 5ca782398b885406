from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_create import ContactCreate
from ...models.error_body import ErrorBody
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactCreate,
    field_fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = field_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

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
) -> Response[Contact | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    field_fields: str | Unset = UNSET,
) -> Response[Contact | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Create a contact

     Creates a contact on the lead given by `lead_id`. Without `lead_id`, Close creates a
    new lead named after the contact and puts the contact on it.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects that belong to the same lead as the contact.

    Args:
        field_fields (str | Unset):
        body (ContactCreate): A new contact. Without `lead_id`, Close creates a new lead named
            after the contact.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).
            `contact` and `custom_object` fields only accept objects on the contact's lead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        body=body,
        field_fields=field_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    field_fields: str | Unset = UNSET,
) -> Contact | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Create a contact

     Creates a contact on the lead given by `lead_id`. Without `lead_id`, Close creates a
    new lead named after the contact and puts the contact on it.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects that belong to the same lead as the contact.

    Args:
        field_fields (str | Unset):
        body (ContactCreate): A new contact. Without `lead_id`, Close creates a new lead named
            after the contact.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).
            `contact` and `custom_object` fields only accept objects on the contact's lead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return sync_detailed(
        client=client,
        body=body,
        field_fields=field_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    field_fields: str | Unset = UNSET,
) -> Response[Contact | ErrorBody | ValidationErrorBody | RateLimitedBody]:
    """Create a contact

     Creates a contact on the lead given by `lead_id`. Without `lead_id`, Close creates a
    new lead named after the contact and puts the contact on it.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects that belong to the same lead as the contact.

    Args:
        field_fields (str | Unset):
        body (ContactCreate): A new contact. Without `lead_id`, Close creates a new lead named
            after the contact.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).
            `contact` and `custom_object` fields only accept objects on the contact's lead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        body=body,
        field_fields=field_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    field_fields: str | Unset = UNSET,
) -> Contact | ErrorBody | ValidationErrorBody | RateLimitedBody | None:
    """Create a contact

     Creates a contact on the lead given by `lead_id`. Without `lead_id`, Close creates a
    new lead named after the contact and puts the contact on it.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects that belong to the same lead as the contact.

    Args:
        field_fields (str | Unset):
        body (ContactCreate): A new contact. Without `lead_id`, Close creates a new lead named
            after the contact.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).
            `contact` and `custom_object` fields only accept objects on the contact's lead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorBody | ErrorBody | ValidationErrorBody | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            field_fields=field_fields,
        )
    ).parsed
