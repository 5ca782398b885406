from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export import Export
from ...models.opportunity_export_create import OpportunityExportCreate
from ...types import Response

OPERATION_ID: Final = "create_opportunity_export"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: OpportunityExportCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/export/opportunity/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Export:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = Export.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Export]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityExportCreate,
) -> Response[Export]:
    """Export opportunities

     Starts an export of the opportunities that the filters in `params` select — the
    query parameters of `GET /opportunity/` as strings, e.g. `{"status_type": "won"}`
    (an unknown filter or a bad value is refused with 400 as the list refuses it; paging
    and `_fields` are not filters). One CSV row or JSON object per opportunity;
    `date_format` and `fields` as for lead exports. Runs as lead exports do. Answers 200.

    Args:
        body (OpportunityExportCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Export]
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
    body: OpportunityExportCreate,
) -> Export:
    """Export opportunities

     Starts an export of the opportunities that the filters in `params` select — the
    query parameters of `GET /opportunity/` as strings, e.g. `{"status_type": "won"}`
    (an unknown filter or a bad value is refused with 400 as the list refuses it; paging
    and `_fields` are not filters). One CSV row or JSON object per opportunity;
    `date_format` and `fields` as for lead exports. Runs as lead exports do. Answers 200.

    Args:
        body (OpportunityExportCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Export
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
    body: OpportunityExportCreate,
) -> Response[Export]:
    """Export opportunities

     Starts an export of the opportunities that the filters in `params` select — the
    query parameters of `GET /opportunity/` as strings, e.g. `{"status_type": "won"}`
    (an unknown filter or a bad value is refused with 400 as the list refuses it; paging
    and `_fields` are not filters). One CSV row or JSON object per opportunity;
    `date_format` and `fields` as for lead exports. Runs as lead exports do. Answers 200.

    Args:
        body (OpportunityExportCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[Export]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityExportCreate,
) -> Export:
    """Export opportunities

     Starts an export of the opportunities that the filters in `params` select — the
    query parameters of `GET /opportunity/` as strings, e.g. `{"status_type": "won"}`
    (an unknown filter or a bad value is refused with 400 as the list refuses it; paging
    and `_fields` are not filters). One CSV row or JSON object per opportunity;
    `date_format` and `fields` as for lead exports. Runs as lead exports do. Answers 200.

    Args:
        body (OpportunityExportCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Export
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
