from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.phone_number import PhoneNumber
from ...models.phone_number_request import PhoneNumberRequest
from ...types import Response

OPERATION_ID: Final = "create_phone_number"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 201
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: PhoneNumberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/phone_number/request/internal/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneNumber:
    if response.status_code != 201:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_201 = PhoneNumber.from_dict(data)

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PhoneNumber]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberRequest,
) -> Response[PhoneNumber]:
    """Rent an internal phone number

     Rents a new Close number (`country`, `sharing` required). A `personal` number belongs
    to the caller; a `group` number belongs to no one (`is_group_number`) and renting one
    needs a role that may manage the organization (Close's "Manage Group Phone Numbers"
    permission [unverified mapping]), else 403. The emulator rents from the countries of
    the `country` enum, and makes up the number from `prefix` (digits after the country
    code) and random digits. SMS and MMS follow the country unless `with_sms` /
    `with_mms` say otherwise; asking for SMS where the country has voice-only numbers,
    or for MMS where it has none, is refused with 400 and `status: has-voice-only`
    (Close's other refusals, `needs-more-info`, `billing-error` and `error`, never
    happen in the emulator). `with_mms: true` needs `with_sms: true`. Answers 201.
    The `phon_` id prefix, the price and the billing date are the emulator's
    [unverified].

    Args:
        body (PhoneNumberRequest):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[PhoneNumber]
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
    body: PhoneNumberRequest,
) -> PhoneNumber:
    """Rent an internal phone number

     Rents a new Close number (`country`, `sharing` required). A `personal` number belongs
    to the caller; a `group` number belongs to no one (`is_group_number`) and renting one
    needs a role that may manage the organization (Close's "Manage Group Phone Numbers"
    permission [unverified mapping]), else 403. The emulator rents from the countries of
    the `country` enum, and makes up the number from `prefix` (digits after the country
    code) and random digits. SMS and MMS follow the country unless `with_sms` /
    `with_mms` say otherwise; asking for SMS where the country has voice-only numbers,
    or for MMS where it has none, is refused with 400 and `status: has-voice-only`
    (Close's other refusals, `needs-more-info`, `billing-error` and `error`, never
    happen in the emulator). `with_mms: true` needs `with_sms: true`. Answers 201.
    The `phon_` id prefix, the price and the billing date are the emulator's
    [unverified].

    Args:
        body (PhoneNumberRequest):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        PhoneNumber
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberRequest,
) -> Response[PhoneNumber]:
    """Rent an internal phone number

     Rents a new Close number (`country`, `sharing` required). A `personal` number belongs
    to the caller; a `group` number belongs to no one (`is_group_number`) and renting one
    needs a role that may manage the organization (Close's "Manage Group Phone Numbers"
    permission [unverified mapping]), else 403. The emulator rents from the countries of
    the `country` enum, and makes up the number from `prefix` (digits after the country
    code) and random digits. SMS and MMS follow the country unless `with_sms` /
    `with_mms` say otherwise; asking for SMS where the country has voice-only numbers,
    or for MMS where it has none, is refused with 400 and `status: has-voice-only`
    (Close's other refusals, `needs-more-info`, `billing-error` and `error`, never
    happen in the emulator). `with_mms: true` needs `with_sms: true`. Answers 201.
    The `phon_` id prefix, the price and the billing date are the emulator's
    [unverified].

    Args:
        body (PhoneNumberRequest):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[PhoneNumber]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberRequest,
) -> PhoneNumber:
    """Rent an internal phone number

     Rents a new Close number (`country`, `sharing` required). A `personal` number belongs
    to the caller; a `group` number belongs to no one (`is_group_number`) and renting one
    needs a role that may manage the organization (Close's "Manage Group Phone Numbers"
    permission [unverified mapping]), else 403. The emulator rents from the countries of
    the `country` enum, and makes up the number from `prefix` (digits after the country
    code) and random digits. SMS and MMS follow the country unless `with_sms` /
    `with_mms` say otherwise; asking for SMS where the country has voice-only numbers,
    or for MMS where it has none, is refused with 400 and `status: has-voice-only`
    (Close's other refusals, `needs-more-info`, `billing-error` and `error`, never
    happen in the emulator). `with_mms: true` needs `with_sms: true`. Answers 201.
    The `phon_` id prefix, the price and the billing date are the emulator's
    [unverified].

    Args:
        body (PhoneNumberRequest):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        PhoneNumber
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
