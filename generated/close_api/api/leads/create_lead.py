from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead import Lead
from ...models.lead_create import LeadCreate
from ...types import Response

OPERATION_ID: Final = "create_lead"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: LeadCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lead/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Lead:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = Lead.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Lead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LeadCreate,
) -> Response[Lead]:
    """Create a lead

     Creates a lead. Contacts (`contacts`), addresses (`addresses`) and custom field
    values can be nested in the same request; opportunities, tasks and activities must
    be created separately through their own endpoints.

    Status: send either `status_id` (recommended, because users may rename statuses)
    or `status` holding the label of an existing lead status, but not both. With
    neither, the organization's default lead status (the first one) is used.

    Custom fields: set a value with a `custom.cf_<field id>` key. For a field with
    `accepts_multiple_values: true`, send a list; the list replaces the whole value
    (to go from `["A", "B"]` to `["A", "B", "C"]`, send all three). The deprecated
    `custom` object and `custom.<Field Name>` keys should not be used.

    Args:
        body (LeadCreate): A new lead. Send either `status_id` or `status` (a label), not both;
            with neither,
            the organization's default (first) lead status is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value: a string, a
            number, or for a field with `accepts_multiple_values: true` a list, which replaces
            the whole value. `user` fields accept user ids or exact user names; `contact` and
            `custom_object` fields only accept objects on this lead. A key naming no existing
            field is refused with 400. The `custom` object and `custom.<Field Name>` keys are
            deprecated. Other unknown keys are ignored.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Lead]
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
    body: LeadCreate,
) -> Lead:
    """Create a lead

     Creates a lead. Contacts (`contacts`), addresses (`addresses`) and custom field
    values can be nested in the same request; opportunities, tasks and activities must
    be created separately through their own endpoints.

    Status: send either `status_id` (recommended, because users may rename statuses)
    or `status` holding the label of an existing lead status, but not both. With
    neither, the organization's default lead status (the first one) is used.

    Custom fields: set a value with a `custom.cf_<field id>` key. For a field with
    `accepts_multiple_values: true`, send a list; the list replaces the whole value
    (to go from `["A", "B"]` to `["A", "B", "C"]`, send all three). The deprecated
    `custom` object and `custom.<Field Name>` keys should not be used.

    Args:
        body (LeadCreate): A new lead. Send either `status_id` or `status` (a label), not both;
            with neither,
            the organization's default (first) lead status is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value: a string, a
            number, or for a field with `accepts_multiple_values: true` a list, which replaces
            the whole value. `user` fields accept user ids or exact user names; `contact` and
            `custom_object` fields only accept objects on this lead. A key naming no existing
            field is refused with 400. The `custom` object and `custom.<Field Name>` keys are
            deprecated. Other unknown keys are ignored.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Lead
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
    body: LeadCreate,
) -> Response[Lead]:
    """Create a lead

     Creates a lead. Contacts (`contacts`), addresses (`addresses`) and custom field
    values can be nested in the same request; opportunities, tasks and activities must
    be created separately through their own endpoints.

    Status: send either `status_id` (recommended, because users may rename statuses)
    or `status` holding the label of an existing lead status, but not both. With
    neither, the organization's default lead status (the first one) is used.

    Custom fields: set a value with a `custom.cf_<field id>` key. For a field with
    `accepts_multiple_values: true`, send a list; the list replaces the whole value
    (to go from `["A", "B"]` to `["A", "B", "C"]`, send all three). The deprecated
    `custom` object and `custom.<Field Name>` keys should not be used.

    Args:
        body (LeadCreate): A new lead. Send either `status_id` or `status` (a label), not both;
            with neither,
            the organization's default (first) lead status is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value: a string, a
            number, or for a field with `accepts_multiple_values: true` a list, which replaces
            the whole value. `user` fields accept user ids or exact user names; `contact` and
            `custom_object` fields only accept objects on this lead. A key naming no existing
            field is refused with 400. The `custom` object and `custom.<Field Name>` keys are
            deprecated. Other unknown keys are ignored.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Lead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LeadCreate,
) -> Lead:
    """Create a lead

     Creates a lead. Contacts (`contacts`), addresses (`addresses`) and custom field
    values can be nested in the same request; opportunities, tasks and activities must
    be created separately through their own endpoints.

    Status: send either `status_id` (recommended, because users may rename statuses)
    or `status` holding the label of an existing lead status, but not both. With
    neither, the organization's default lead status (the first one) is used.

    Custom fields: set a value with a `custom.cf_<field id>` key. For a field with
    `accepts_multiple_values: true`, send a list; the list replaces the whole value
    (to go from `["A", "B"]` to `["A", "B", "C"]`, send all three). The deprecated
    `custom` object and `custom.<Field Name>` keys should not be used.

    Args:
        body (LeadCreate): A new lead. Send either `status_id` or `status` (a label), not both;
            with neither,
            the organization's default (first) lead status is used.

            Custom field values: add keys `custom.cf_<field id>` holding the value: a string, a
            number, or for a field with `accepts_multiple_values: true` a list, which replaces
            the whole value. `user` fields accept user ids or exact user names; `contact` and
            `custom_object` fields only accept objects on this lead. A key naming no existing
            field is refused with 400. The `custom` object and `custom.<Field Name>` keys are
            deprecated. Other unknown keys are ignored.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Lead
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
