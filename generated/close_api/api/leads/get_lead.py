from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead import Lead
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "get_lead"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    lead_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lead/{lead_id}/".format(
            lead_id=quote(str(lead_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

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
    lead_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Lead]:
    """Get a lead

     Returns one lead with its basic information, contacts, opportunities, incomplete
    tasks and custom field values (`custom.cf_<field id>` keys, only for fields that
    hold a value). Activities are not included. `_fields` trims the response; `custom`
    selects all custom fields, `custom.cf_<id>` one, and `_all` adds the Smart Fields.

    Args:
        lead_id (str):
        fields (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Lead]
    """

    kwargs = _get_kwargs(
        lead_id=lead_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lead_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Lead:
    """Get a lead

     Returns one lead with its basic information, contacts, opportunities, incomplete
    tasks and custom field values (`custom.cf_<field id>` keys, only for fields that
    hold a value). Activities are not included. `_fields` trims the response; `custom`
    selects all custom fields, `custom.cf_<id>` one, and `_all` adds the Smart Fields.

    Args:
        lead_id (str):
        fields (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Lead
    """

    kwargs = _get_kwargs(
        lead_id=lead_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    lead_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Lead]:
    """Get a lead

     Returns one lead with its basic information, contacts, opportunities, incomplete
    tasks and custom field values (`custom.cf_<field id>` keys, only for fields that
    hold a value). Activities are not included. `_fields` trims the response; `custom`
    selects all custom fields, `custom.cf_<id>` one, and `_all` adds the Smart Fields.

    Args:
        lead_id (str):
        fields (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Lead]
    """

    kwargs = _get_kwargs(
        lead_id=lead_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lead_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Lead:
    """Get a lead

     Returns one lead with its basic information, contacts, opportunities, incomplete
    tasks and custom field values (`custom.cf_<field id>` keys, only for fields that
    hold a value). Activities are not included. `_fields` trims the response; `custom`
    selects all custom fields, `custom.cf_<id>` one, and `_all` adds the Smart Fields.

    Args:
        lead_id (str):
        fields (str | Unset):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Lead
    """

    kwargs = _get_kwargs(
        lead_id=lead_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
