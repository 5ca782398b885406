from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_action_status_update import BulkActionStatusUpdate
from ...models.bulk_email_action import BulkEmailAction
from ...types import Response

OPERATION_ID: Final = "update_bulk_email_action"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    bulk_email_action_id: str,
    *,
    body: BulkActionStatusUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/bulk_action/email/{bulk_email_action_id}/".format(
            bulk_email_action_id=quote(str(bulk_email_action_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkEmailAction:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = BulkEmailAction.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkEmailAction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bulk_email_action_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionStatusUpdate,
) -> Response[BulkEmailAction]:
    """Pause or resume a bulk email

     As for bulk edits: `{"status": "paused"}` pauses a running bulk email at its next
    step, `{"status": "resuming"}` continues a paused one [inferred endpoint]. Pausing
    one that is `done`, resuming one that is not paused, or one paused more than 7 days
    ago, is refused with 400.

    Args:
        bulk_email_action_id (str):
        body (BulkActionStatusUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkEmailAction]
    """

    kwargs = _get_kwargs(
        bulk_email_action_id=bulk_email_action_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bulk_email_action_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionStatusUpdate,
) -> BulkEmailAction:
    """Pause or resume a bulk email

     As for bulk edits: `{"status": "paused"}` pauses a running bulk email at its next
    step, `{"status": "resuming"}` continues a paused one [inferred endpoint]. Pausing
    one that is `done`, resuming one that is not paused, or one paused more than 7 days
    ago, is refused with 400.

    Args:
        bulk_email_action_id (str):
        body (BulkActionStatusUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkEmailAction
    """

    kwargs = _get_kwargs(
        bulk_email_action_id=bulk_email_action_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    bulk_email_action_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionStatusUpdate,
) -> Response[BulkEmailAction]:
    """Pause or resume a bulk email

     As for bulk edits: `{"status": "paused"}` pauses a running bulk email at its next
    step, `{"status": "resuming"}` continues a paused one [inferred endpoint]. Pausing
    one that is `done`, resuming one that is not paused, or one paused more than 7 days
    ago, is refused with 400.

    Args:
        bulk_email_action_id (str):
        body (BulkActionStatusUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkEmailAction]
    """

    kwargs = _get_kwargs(
        bulk_email_action_id=bulk_email_action_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bulk_email_action_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionStatusUpdate,
) -> BulkEmailAction:
    """Pause or resume a bulk email

     As for bulk edits: `{"status": "paused"}` pauses a running bulk email at its next
    step, `{"status": "resuming"}` continues a paused one [inferred endpoint]. Pausing
    one that is `done`, resuming one that is not paused, or one paused more than 7 days
    ago, is refused with 400.

    Args:
        bulk_email_action_id (str):
        body (BulkActionStatusUpdate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkEmailAction
    """

    kwargs = _get_kwargs(
        bulk_email_action_id=bulk_email_action_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
