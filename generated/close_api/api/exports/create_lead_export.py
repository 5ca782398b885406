from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export import Export
from ...models.lead_export_create import LeadExportCreate
from ...types import Response

OPERATION_ID: Final = "create_lead_export"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: LeadExportCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/export/lead/",
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
    body: LeadExportCreate,
) -> Response[Export]:
    """Export leads

     Starts an export of the leads an Advanced Filtering query selects (`s_query`,
    `results_limit`, `sort`, as `POST /data/search/` takes them; every lead without
    them). `type`: `leads` (one CSV row per lead; in JSON each lead with its contacts,
    opportunities and tasks — a superset of the other two types), `contacts` (one CSV
    row per contact) or `lead_opps` (one CSV row per opportunity). `date_format` applies
    to CSV only: `original` (default; microseconds and offset), `iso8601` (no
    microseconds) or `excel` (UTC, 12-hour clock, no offset). `fields` keeps only these
    columns (CSV) or properties (JSON). `include_activities` adds each lead's activities
    (newest first) and works only for JSON `leads` exports. A flag used where it does not work
    is refused with 400 rather than ignored [unverified]. Close's
    `include_smart_fields`, `include_addresses` and `include_custom_objects` are not
    taken: the emulator has no Smart Fields, and Close does not describe the other two
    [unverified].

    The export runs asynchronously on the emulator's clock: `created`, then `started`
    (after 1 second), `in_progress` (after 2), `done` (after 3) with `download_url`. The
    selection is taken when the export is created; the file is written when it is done,
    from the records as they are then [unverified]. The file is gzip-compressed and served with
    `Content-Encoding: gzip`
    and `Content-Type: text/csv` or `application/json`; the emulator never emails the
    link (`send_done_email` is accepted and changes nothing a test can see). Answers 200.

    Args:
        body (LeadExportCreate):

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
    body: LeadExportCreate,
) -> Export:
    """Export leads

     Starts an export of the leads an Advanced Filtering query selects (`s_query`,
    `results_limit`, `sort`, as `POST /data/search/` takes them; every lead without
    them). `type`: `leads` (one CSV row per lead; in JSON each lead with its contacts,
    opportunities and tasks — a superset of the other two types), `contacts` (one CSV
    row per contact) or `lead_opps` (one CSV row per opportunity). `date_format` applies
    to CSV only: `original` (default; microseconds and offset), `iso8601` (no
    microseconds) or `excel` (UTC, 12-hour clock, no offset). `fields` keeps only these
    columns (CSV) or properties (JSON). `include_activities` adds each lead's activities
    (newest first) and works only for JSON `leads` exports. A flag used where it does not work
    is refused with 400 rather than ignored [unverified]. Close's
    `include_smart_fields`, `include_addresses` and `include_custom_objects` are not
    taken: the emulator has no Smart Fields, and Close does not describe the other two
    [unverified].

    The export runs asynchronously on the emulator's clock: `created`, then `started`
    (after 1 second), `in_progress` (after 2), `done` (after 3) with `download_url`. The
    selection is taken when the export is created; the file is written when it is done,
    from the records as they are then [unverified]. The file is gzip-compressed and served with
    `Content-Encoding: gzip`
    and `Content-Type: text/csv` or `application/json`; the emulator never emails the
    link (`send_done_email` is accepted and changes nothing a test can see). Answers 200.

    Args:
        body (LeadExportCreate):

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
    body: LeadExportCreate,
) -> Response[Export]:
    """Export leads

     Starts an export of the leads an Advanced Filtering query selects (`s_query`,
    `results_limit`, `sort`, as `POST /data/search/` takes them; every lead without
    them). `type`: `leads` (one CSV row per lead; in JSON each lead with its contacts,
    opportunities and tasks — a superset of the other two types), `contacts` (one CSV
    row per contact) or `lead_opps` (one CSV row per opportunity). `date_format` applies
    to CSV only: `original` (default; microseconds and offset), `iso8601` (no
    microseconds) or `excel` (UTC, 12-hour clock, no offset). `fields` keeps only these
    columns (CSV) or properties (JSON). `include_activities` adds each lead's activities
    (newest first) and works only for JSON `leads` exports. A flag used where it does not work
    is refused with 400 rather than ignored [unverified]. Close's
    `include_smart_fields`, `include_addresses` and `include_custom_objects` are not
    taken: the emulator has no Smart Fields, and Close does not describe the other two
    [unverified].

    The export runs asynchronously on the emulator's clock: `created`, then `started`
    (after 1 second), `in_progress` (after 2), `done` (after 3) with `download_url`. The
    selection is taken when the export is created; the file is written when it is done,
    from the records as they are then [unverified]. The file is gzip-compressed and served with
    `Content-Encoding: gzip`
    and `Content-Type: text/csv` or `application/json`; the emulator never emails the
    link (`send_done_email` is accepted and changes nothing a test can see). Answers 200.

    Args:
        body (LeadExportCreate):

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
    body: LeadExportCreate,
) -> Export:
    """Export leads

     Starts an export of the leads an Advanced Filtering query selects (`s_query`,
    `results_limit`, `sort`, as `POST /data/search/` takes them; every lead without
    them). `type`: `leads` (one CSV row per lead; in JSON each lead with its contacts,
    opportunities and tasks — a superset of the other two types), `contacts` (one CSV
    row per contact) or `lead_opps` (one CSV row per opportunity). `date_format` applies
    to CSV only: `original` (default; microseconds and offset), `iso8601` (no
    microseconds) or `excel` (UTC, 12-hour clock, no offset). `fields` keeps only these
    columns (CSV) or properties (JSON). `include_activities` adds each lead's activities
    (newest first) and works only for JSON `leads` exports. A flag used where it does not work
    is refused with 400 rather than ignored [unverified]. Close's
    `include_smart_fields`, `include_addresses` and `include_custom_objects` are not
    taken: the emulator has no Smart Fields, and Close does not describe the other two
    [unverified].

    The export runs asynchronously on the emulator's clock: `created`, then `started`
    (after 1 second), `in_progress` (after 2), `done` (after 3) with `download_url`. The
    selection is taken when the export is created; the file is written when it is done,
    from the records as they are then [unverified]. The file is gzip-compressed and served with
    `Content-Encoding: gzip`
    and `Content-Type: text/csv` or `application/json`; the emulator never emails the
    link (`send_done_email` is accepted and changes nothing a test can see). Answers 200.

    Args:
        body (LeadExportCreate):

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
