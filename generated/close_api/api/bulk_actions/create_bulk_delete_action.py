from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_delete_action import BulkDeleteAction
from ...models.bulk_delete_action_create import BulkDeleteActionCreate
from ...types import Response

OPERATION_ID: Final = "create_bulk_delete_action"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: BulkDeleteActionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_action/delete/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkDeleteAction:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = BulkDeleteAction.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkDeleteAction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkDeleteActionCreate,
) -> Response[BulkDeleteAction]:
    """Start a bulk delete

     Starts a bulk delete of the leads or contacts (`bulk_object_type`, default `lead`
    [unverified]) an Advanced Filtering query selects (`s_query`, `results_limit`,
    `sort`, as `POST /data/search/` takes them; every object of that type without
    `s_query`). The query must return objects of that type only. Close's `call`,
    `custom_activity` and `form_submission` are not taken: the emulator's Advanced
    Filtering does not select activities. Deleting a lead deletes everything on it.

    It runs as bulk edits do: `created`, `processing` after 1 second, up to 100 objects
    per further second [unverified], then `done`; an object deleted meanwhile is
    skipped. Every deletion it makes is recorded with `meta.bulk_action_id`; its own
    events are `bulk_action.delete`. Answers 200.

    Args:
        body (BulkDeleteActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkDeleteAction]
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
    body: BulkDeleteActionCreate,
) -> BulkDeleteAction:
    """Start a bulk delete

     Starts a bulk delete of the leads or contacts (`bulk_object_type`, default `lead`
    [unverified]) an Advanced Filtering query selects (`s_query`, `results_limit`,
    `sort`, as `POST /data/search/` takes them; every object of that type without
    `s_query`). The query must return objects of that type only. Close's `call`,
    `custom_activity` and `form_submission` are not taken: the emulator's Advanced
    Filtering does not select activities. Deleting a lead deletes everything on it.

    It runs as bulk edits do: `created`, `processing` after 1 second, up to 100 objects
    per further second [unverified], then `done`; an object deleted meanwhile is
    skipped. Every deletion it makes is recorded with `meta.bulk_action_id`; its own
    events are `bulk_action.delete`. Answers 200.

    Args:
        body (BulkDeleteActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkDeleteAction
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
    body: BulkDeleteActionCreate,
) -> Response[BulkDeleteAction]:
    """Start a bulk delete

     Starts a bulk delete of the leads or contacts (`bulk_object_type`, default `lead`
    [unverified]) an Advanced Filtering query selects (`s_query`, `results_limit`,
    `sort`, as `POST /data/search/` takes them; every object of that type without
    `s_query`). The query must return objects of that type only. Close's `call`,
    `custom_activity` and `form_submission` are not taken: the emulator's Advanced
    Filtering does not select activities. Deleting a lead deletes everything on it.

    It runs as bulk edits do: `created`, `processing` after 1 second, up to 100 objects
    per further second [unverified], then `done`; an object deleted meanwhile is
    skipped. Every deletion it makes is recorded with `meta.bulk_action_id`; its own
    events are `bulk_action.delete`. Answers 200.

    Args:
        body (BulkDeleteActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkDeleteAction]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkDeleteActionCreate,
) -> BulkDeleteAction:
    """Start a bulk delete

     Starts a bulk delete of the leads or contacts (`bulk_object_type`, default `lead`
    [unverified]) an Advanced Filtering query selects (`s_query`, `results_limit`,
    `sort`, as `POST /data/search/` takes them; every object of that type without
    `s_query`). The query must return objects of that type only. Close's `call`,
    `custom_activity` and `form_submission` are not taken: the emulator's Advanced
    Filtering does not select activities. Deleting a lead deletes everything on it.

    It runs as bulk edits do: `created`, `processing` after 1 second, up to 100 objects
    per further second [unverified], then `done`; an object deleted meanwhile is
    skipped. Every deletion it makes is recorded with `meta.bulk_action_id`; its own
    events are `bulk_action.delete`. Answers 200.

    Args:
        body (BulkDeleteActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkDeleteAction
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
