from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_create import ContactCreate
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "create_contact"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: ContactCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/",
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = Contact.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Contact]:
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
    fields: str | Unset = UNSET,
) -> Response[Contact]:
    """Create a contact

     Creates a contact on the lead given by `lead_id`. Without `lead_id`, Close creates a
    new lead named after the contact and puts the contact on it.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects that belong to the same lead as the contact.

    Args:
        fields (str | Unset):
        body (ContactCreate): A new contact. Without `lead_id`, Close creates a new lead named
            after the contact.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).
            `contact` and `custom_object` fields only accept objects on the contact's lead.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Contact]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    fields: str | Unset = UNSET,
) -> Contact:
    """Create a contact

     Creates a contact on the lead given by `lead_id`. Without `lead_id`, Close creates a
    new lead named after the contact and puts the contact on it.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects that belong to the same lead as the contact.

    Args:
        fields (str | Unset):
        body (ContactCreate): A new contact. Without `lead_id`, Close creates a new lead named
            after the contact.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).
            `contact` and `custom_object` fields only accept objects on the contact's lead.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Contact
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    fields: str | Unset = UNSET,
) -> Response[Contact]:
    """Create a contact

     Creates a contact on the lead given by `lead_id`. Without `lead_id`, Close creates a
    new lead named after the contact and puts the contact on it.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects that belong to the same lead as the contact.

    Args:
        fields (str | Unset):
        body (ContactCreate): A new contact. Without `lead_id`, Close creates a new lead named
            after the contact.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).
            `contact` and `custom_object` fields only accept objects on the contact's lead.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Contact]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    fields: str | Unset = UNSET,
) -> Contact:
    """Create a contact

     Creates a contact on the lead given by `lead_id`. Without `lead_id`, Close creates a
    new lead named after the contact and puts the contact on it.

    Custom fields: set a value with a `custom.cf_<field id>` key; for a multi-value
    field, a list replaces the whole value. `contact` and `custom_object` fields only
    accept objects that belong to the same lead as the contact.

    Args:
        fields (str | Unset):
        body (ContactCreate): A new contact. Without `lead_id`, Close creates a new lead named
            after the contact.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).
            `contact` and `custom_object` fields only accept objects on the contact's lead.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Contact
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
