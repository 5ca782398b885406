from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_sequence_subscription_action import BulkSequenceSubscriptionAction
from ...models.bulk_sequence_subscription_action_create import (
    BulkSequenceSubscriptionActionCreate,
)
from ...types import Response

OPERATION_ID: Final = "create_bulk_sequence_subscription_action"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: BulkSequenceSubscriptionActionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_action/sequence_subscription/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkSequenceSubscriptionAction:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = BulkSequenceSubscriptionAction.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkSequenceSubscriptionAction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSequenceSubscriptionActionCreate,
) -> Response[BulkSequenceSubscriptionAction]:
    """Start a bulk sequence subscription

     Acts on the sequence subscriptions of the contacts of the leads an Advanced
    Filtering query selects (`s_query`, `results_limit`, `sort`; every lead without
    `s_query`). `action_type`:

    - `subscribe` subscribes them to `sequence_id` from `sender_account_id` as
      `sender_name` <`sender_email`> (all required, with `contact_preference`: `lead`
      takes the lead's first contact email, `contact` the first email of every
      contact). `sender_account_id` is checked as `POST /sequence_subscription/` checks
      it (the caller's own account, or one they may send as), else 400. A contact already subscribed to
    the sequence, in any state, is left
      alone (Close subscribes contacts "that have never received" it); unsubscribed
      addresses are passed over [unverified]. Each subscription is made as `POST
      /sequence_subscription/` makes one, and runs on the emulator's clock.
    - `pause` pauses their active subscriptions, `resume` resumes their paused ones and
      `resume_finished` makes their finished ones active again (one whose sequence has
      no step left finishes again at once) — of `sequence_id`, or of every sequence
      when it is left out.
    - `reassign` is in Close's enum only, undocumented: refused with 400.

    `calls_assigned_to` (members) and `from_phone_number_id` (a phone number of the
    organization) are checked and kept with `subscribe`; they change nothing else, as
    the emulator's sequence steps make no calls. The sender fields,
    `contact_preference`, `calls_assigned_to` and `from_phone_number_id` are refused
    with the other action types [unverified: Close may ignore them]. `sequence_id`
    must name a sequence.

    It runs as bulk edits do, on the emulator's clock (`created`, `processing` after 1
    second, up to 100 leads per further second [unverified], then `done`). Every change
    it makes is recorded with `meta.bulk_action_id`; its own events are
    `bulk_action.sequence_subscription`. Answers 200.

    Args:
        body (BulkSequenceSubscriptionActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkSequenceSubscriptionAction]
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
    body: BulkSequenceSubscriptionActionCreate,
) -> BulkSequenceSubscriptionAction:
    """Start a bulk sequence subscription

     Acts on the sequence subscriptions of the contacts of the leads an Advanced
    Filtering query selects (`s_query`, `results_limit`, `sort`; every lead without
    `s_query`). `action_type`:

    - `subscribe` subscribes them to `sequence_id` from `sender_account_id` as
      `sender_name` <`sender_email`> (all required, with `contact_preference`: `lead`
      takes the lead's first contact email, `contact` the first email of every
      contact). `sender_account_id` is checked as `POST /sequence_subscription/` checks
      it (the caller's own account, or one they may send as), else 400. A contact already subscribed to
    the sequence, in any state, is left
      alone (Close subscribes contacts "that have never received" it); unsubscribed
      addresses are passed over [unverified]. Each subscription is made as `POST
      /sequence_subscription/` makes one, and runs on the emulator's clock.
    - `pause` pauses their active subscriptions, `resume` resumes their paused ones and
      `resume_finished` makes their finished ones active again (one whose sequence has
      no step left finishes again at once) — of `sequence_id`, or of every sequence
      when it is left out.
    - `reassign` is in Close's enum only, undocumented: refused with 400.

    `calls_assigned_to` (members) and `from_phone_number_id` (a phone number of the
    organization) are checked and kept with `subscribe`; they change nothing else, as
    the emulator's sequence steps make no calls. The sender fields,
    `contact_preference`, `calls_assigned_to` and `from_phone_number_id` are refused
    with the other action types [unverified: Close may ignore them]. `sequence_id`
    must name a sequence.

    It runs as bulk edits do, on the emulator's clock (`created`, `processing` after 1
    second, up to 100 leads per further second [unverified], then `done`). Every change
    it makes is recorded with `meta.bulk_action_id`; its own events are
    `bulk_action.sequence_subscription`. Answers 200.

    Args:
        body (BulkSequenceSubscriptionActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkSequenceSubscriptionAction
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
    body: BulkSequenceSubscriptionActionCreate,
) -> Response[BulkSequenceSubscriptionAction]:
    """Start a bulk sequence subscription

     Acts on the sequence subscriptions of the contacts of the leads an Advanced
    Filtering query selects (`s_query`, `results_limit`, `sort`; every lead without
    `s_query`). `action_type`:

    - `subscribe` subscribes them to `sequence_id` from `sender_account_id` as
      `sender_name` <`sender_email`> (all required, with `contact_preference`: `lead`
      takes the lead's first contact email, `contact` the first email of every
      contact). `sender_account_id` is checked as `POST /sequence_subscription/` checks
      it (the caller's own account, or one they may send as), else 400. A contact already subscribed to
    the sequence, in any state, is left
      alone (Close subscribes contacts "that have never received" it); unsubscribed
      addresses are passed over [unverified]. Each subscription is made as `POST
      /sequence_subscription/` makes one, and runs on the emulator's clock.
    - `pause` pauses their active subscriptions, `resume` resumes their paused ones and
      `resume_finished` makes their finished ones active again (one whose sequence has
      no step left finishes again at once) — of `sequence_id`, or of every sequence
      when it is left out.
    - `reassign` is in Close's enum only, undocumented: refused with 400.

    `calls_assigned_to` (members) and `from_phone_number_id` (a phone number of the
    organization) are checked and kept with `subscribe`; they change nothing else, as
    the emulator's sequence steps make no calls. The sender fields,
    `contact_preference`, `calls_assigned_to` and `from_phone_number_id` are refused
    with the other action types [unverified: Close may ignore them]. `sequence_id`
    must name a sequence.

    It runs as bulk edits do, on the emulator's clock (`created`, `processing` after 1
    second, up to 100 leads per further second [unverified], then `done`). Every change
    it makes is recorded with `meta.bulk_action_id`; its own events are
    `bulk_action.sequence_subscription`. Answers 200.

    Args:
        body (BulkSequenceSubscriptionActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkSequenceSubscriptionAction]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSequenceSubscriptionActionCreate,
) -> BulkSequenceSubscriptionAction:
    """Start a bulk sequence subscription

     Acts on the sequence subscriptions of the contacts of the leads an Advanced
    Filtering query selects (`s_query`, `results_limit`, `sort`; every lead without
    `s_query`). `action_type`:

    - `subscribe` subscribes them to `sequence_id` from `sender_account_id` as
      `sender_name` <`sender_email`> (all required, with `contact_preference`: `lead`
      takes the lead's first contact email, `contact` the first email of every
      contact). `sender_account_id` is checked as `POST /sequence_subscription/` checks
      it (the caller's own account, or one they may send as), else 400. A contact already subscribed to
    the sequence, in any state, is left
      alone (Close subscribes contacts "that have never received" it); unsubscribed
      addresses are passed over [unverified]. Each subscription is made as `POST
      /sequence_subscription/` makes one, and runs on the emulator's clock.
    - `pause` pauses their active subscriptions, `resume` resumes their paused ones and
      `resume_finished` makes their finished ones active again (one whose sequence has
      no step left finishes again at once) — of `sequence_id`, or of every sequence
      when it is left out.
    - `reassign` is in Close's enum only, undocumented: refused with 400.

    `calls_assigned_to` (members) and `from_phone_number_id` (a phone number of the
    organization) are checked and kept with `subscribe`; they change nothing else, as
    the emulator's sequence steps make no calls. The sender fields,
    `contact_preference`, `calls_assigned_to` and `from_phone_number_id` are refused
    with the other action types [unverified: Close may ignore them]. `sequence_id`
    must name a sequence.

    It runs as bulk edits do, on the emulator's clock (`created`, `processing` after 1
    second, up to 100 leads per further second [unverified], then `done`). Every change
    it makes is recorded with `meta.bulk_action_id`; its own events are
    `bulk_action.sequence_subscription`. Answers 200.

    Args:
        body (BulkSequenceSubscriptionActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkSequenceSubscriptionAction
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
