from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_edit_action import BulkEditAction
from ...models.bulk_edit_action_create import BulkEditActionCreate
from ...types import Response

OPERATION_ID: Final = "create_bulk_edit_action"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: BulkEditActionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_action/edit/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkEditAction:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = BulkEditAction.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkEditAction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkEditActionCreate,
) -> Response[BulkEditAction]:
    """Start a bulk edit

     Starts a bulk edit of the leads an Advanced Filtering query selects (`s_query`,
    `results_limit`, `sort`, as `POST /data/search/` takes them; every lead without
    `s_query`). The query must return leads only. `type`:
    `set_lead_status` (needs `lead_status_id`; each lead changes as `PUT /lead/`
    changes it, recording its `LeadStatusChange` activity), `set_custom_field` (needs
    `custom_field_id` or `custom_field_name` of a lead custom field, and
    `custom_field_value` or, for a multi-value field, `custom_field_values`) or
    `clear_custom_field` (the field only). `custom_field_operation` is `replace`
    (default), `add` or `remove` and works on multi-value fields only.

    The `set_…` / `clear_…` pairs for `contact`, `opportunity`, `custom_object` and
    `activity` custom fields take a field of that kind (for `custom_object` and
    `activity`, a field of one Custom Object or Custom Activity Type) and edit it on
    every contact, every opportunity, or every instance of that type on each selected
    lead [inferred from the names; unverified]. Every object is written as its own
    update writes it; one whose write is refused (a role, a required field) is skipped
    [unverified]. `set_global_custom_field` / `clear_global_custom_field` (shared
    fields) are refused with 400: which objects of a lead they write is not documented.
    A value the field refuses is refused with 400 when the edit is created
    [unverified: Close may skip such objects]. A field that does not go with `type` is
    refused with 400, never kept: `custom_field_*` with `set_lead_status`,
    `lead_status_id` with the custom field types, a value or `custom_field_operation`
    with the `clear_…` types [unverified: Close may ignore them].

    It runs asynchronously on the emulator's clock: `created`, then `processing` after
    1 second, handling up to 100 leads per further second [unverified]
    (`n_objects_processed` counts them) until `done` (`error`, with what it handled,
    should the emulator hit a bug of its own). The selection is taken when the
    edit is created; a lead deleted meanwhile is skipped. Every change it makes is
    recorded in the event log with `meta.bulk_action_id`; the edit's own events are
    `bulk_action.edit` (`created`, `updated`, `paused`, `completed`). The emulator never
    sends the done email (`send_done_email` changes nothing a test can see). Answers 200.

    Args:
        body (BulkEditActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkEditAction]
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
    body: BulkEditActionCreate,
) -> BulkEditAction:
    """Start a bulk edit

     Starts a bulk edit of the leads an Advanced Filtering query selects (`s_query`,
    `results_limit`, `sort`, as `POST /data/search/` takes them; every lead without
    `s_query`). The query must return leads only. `type`:
    `set_lead_status` (needs `lead_status_id`; each lead changes as `PUT /lead/`
    changes it, recording its `LeadStatusChange` activity), `set_custom_field` (needs
    `custom_field_id` or `custom_field_name` of a lead custom field, and
    `custom_field_value` or, for a multi-value field, `custom_field_values`) or
    `clear_custom_field` (the field only). `custom_field_operation` is `replace`
    (default), `add` or `remove` and works on multi-value fields only.

    The `set_…` / `clear_…` pairs for `contact`, `opportunity`, `custom_object` and
    `activity` custom fields take a field of that kind (for `custom_object` and
    `activity`, a field of one Custom Object or Custom Activity Type) and edit it on
    every contact, every opportunity, or every instance of that type on each selected
    lead [inferred from the names; unverified]. Every object is written as its own
    update writes it; one whose write is refused (a role, a required field) is skipped
    [unverified]. `set_global_custom_field` / `clear_global_custom_field` (shared
    fields) are refused with 400: which objects of a lead they write is not documented.
    A value the field refuses is refused with 400 when the edit is created
    [unverified: Close may skip such objects]. A field that does not go with `type` is
    refused with 400, never kept: `custom_field_*` with `set_lead_status`,
    `lead_status_id` with the custom field types, a value or `custom_field_operation`
    with the `clear_…` types [unverified: Close may ignore them].

    It runs asynchronously on the emulator's clock: `created`, then `processing` after
    1 second, handling up to 100 leads per further second [unverified]
    (`n_objects_processed` counts them) until `done` (`error`, with what it handled,
    should the emulator hit a bug of its own). The selection is taken when the
    edit is created; a lead deleted meanwhile is skipped. Every change it makes is
    recorded in the event log with `meta.bulk_action_id`; the edit's own events are
    `bulk_action.edit` (`created`, `updated`, `paused`, `completed`). The emulator never
    sends the done email (`send_done_email` changes nothing a test can see). Answers 200.

    Args:
        body (BulkEditActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkEditAction
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
    body: BulkEditActionCreate,
) -> Response[BulkEditAction]:
    """Start a bulk edit

     Starts a bulk edit of the leads an Advanced Filtering query selects (`s_query`,
    `results_limit`, `sort`, as `POST /data/search/` takes them; every lead without
    `s_query`). The query must return leads only. `type`:
    `set_lead_status` (needs `lead_status_id`; each lead changes as `PUT /lead/`
    changes it, recording its `LeadStatusChange` activity), `set_custom_field` (needs
    `custom_field_id` or `custom_field_name` of a lead custom field, and
    `custom_field_value` or, for a multi-value field, `custom_field_values`) or
    `clear_custom_field` (the field only). `custom_field_operation` is `replace`
    (default), `add` or `remove` and works on multi-value fields only.

    The `set_…` / `clear_…` pairs for `contact`, `opportunity`, `custom_object` and
    `activity` custom fields take a field of that kind (for `custom_object` and
    `activity`, a field of one Custom Object or Custom Activity Type) and edit it on
    every contact, every opportunity, or every instance of that type on each selected
    lead [inferred from the names; unverified]. Every object is written as its own
    update writes it; one whose write is refused (a role, a required field) is skipped
    [unverified]. `set_global_custom_field` / `clear_global_custom_field` (shared
    fields) are refused with 400: which objects of a lead they write is not documented.
    A value the field refuses is refused with 400 when the edit is created
    [unverified: Close may skip such objects]. A field that does not go with `type` is
    refused with 400, never kept: `custom_field_*` with `set_lead_status`,
    `lead_status_id` with the custom field types, a value or `custom_field_operation`
    with the `clear_…` types [unverified: Close may ignore them].

    It runs asynchronously on the emulator's clock: `created`, then `processing` after
    1 second, handling up to 100 leads per further second [unverified]
    (`n_objects_processed` counts them) until `done` (`error`, with what it handled,
    should the emulator hit a bug of its own). The selection is taken when the
    edit is created; a lead deleted meanwhile is skipped. Every change it makes is
    recorded in the event log with `meta.bulk_action_id`; the edit's own events are
    `bulk_action.edit` (`created`, `updated`, `paused`, `completed`). The emulator never
    sends the done email (`send_done_email` changes nothing a test can see). Answers 200.

    Args:
        body (BulkEditActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkEditAction]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkEditActionCreate,
) -> BulkEditAction:
    """Start a bulk edit

     Starts a bulk edit of the leads an Advanced Filtering query selects (`s_query`,
    `results_limit`, `sort`, as `POST /data/search/` takes them; every lead without
    `s_query`). The query must return leads only. `type`:
    `set_lead_status` (needs `lead_status_id`; each lead changes as `PUT /lead/`
    changes it, recording its `LeadStatusChange` activity), `set_custom_field` (needs
    `custom_field_id` or `custom_field_name` of a lead custom field, and
    `custom_field_value` or, for a multi-value field, `custom_field_values`) or
    `clear_custom_field` (the field only). `custom_field_operation` is `replace`
    (default), `add` or `remove` and works on multi-value fields only.

    The `set_…` / `clear_…` pairs for `contact`, `opportunity`, `custom_object` and
    `activity` custom fields take a field of that kind (for `custom_object` and
    `activity`, a field of one Custom Object or Custom Activity Type) and edit it on
    every contact, every opportunity, or every instance of that type on each selected
    lead [inferred from the names; unverified]. Every object is written as its own
    update writes it; one whose write is refused (a role, a required field) is skipped
    [unverified]. `set_global_custom_field` / `clear_global_custom_field` (shared
    fields) are refused with 400: which objects of a lead they write is not documented.
    A value the field refuses is refused with 400 when the edit is created
    [unverified: Close may skip such objects]. A field that does not go with `type` is
    refused with 400, never kept: `custom_field_*` with `set_lead_status`,
    `lead_status_id` with the custom field types, a value or `custom_field_operation`
    with the `clear_…` types [unverified: Close may ignore them].

    It runs asynchronously on the emulator's clock: `created`, then `processing` after
    1 second, handling up to 100 leads per further second [unverified]
    (`n_objects_processed` counts them) until `done` (`error`, with what it handled,
    should the emulator hit a bug of its own). The selection is taken when the
    edit is created; a lead deleted meanwhile is skipped. Every change it makes is
    recorded in the event log with `meta.bulk_action_id`; the edit's own events are
    `bulk_action.edit` (`created`, `updated`, `paused`, `completed`). The emulator never
    sends the done email (`send_done_email` changes nothing a test can see). Answers 200.

    Args:
        body (BulkEditActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkEditAction
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
