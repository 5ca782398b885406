from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_email_action import BulkEmailAction
from ...models.bulk_email_action_create import BulkEmailActionCreate
from ...types import Response

OPERATION_ID: Final = "create_bulk_email_action"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: BulkEmailActionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_action/email/",
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
    *,
    client: AuthenticatedClient | Client,
    body: BulkEmailActionCreate,
) -> Response[BulkEmailAction]:
    """Start a bulk email

     Sends the email template `template_id` (it must exist) to the leads an Advanced
    Filtering query selects (`s_query`, `results_limit`, `sort`, as bulk edits take
    them; every lead without `s_query`). `contact_preference`: `lead` (default
    [unverified]) emails the lead's first contact email, `contact` the first email of
    every contact, `all` every email of every contact [inferred: Close's enum has it,
    its docs do not say what it does]. Unsubscribed addresses are passed over before
    choosing [unverified] and contacts without email get nothing.

    `email_account_id` must name a connected email account of the caller, or of a member
    who allowed the caller to send as them (`/send_as/`), else 400 [unverified status];
    default: the caller's own [unverified]. `sender` is the From (default: the
    account's owner and address, `"Name" <address>`).

    It runs as bulk edits do, on the emulator's clock (`created`, `processing` after 1
    second, up to 100 leads per further second [unverified], then `done`). Each
    recipient gets the template rendered for their contact and lead, as `GET
    /email_template/{id}/render/` renders it, as an email activity on the lead (a new
    thread; `template_id` set) made as an `outbox` email is: stored `sent` at once, with
    its `created` and `sent` events, recorded with `meta.bulk_action_id`. The
    emulator delivers nothing to anyone. Its own events are `bulk_action.email`.
    Answers 200.

    Args:
        body (BulkEmailActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkEmailAction]
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
    body: BulkEmailActionCreate,
) -> BulkEmailAction:
    """Start a bulk email

     Sends the email template `template_id` (it must exist) to the leads an Advanced
    Filtering query selects (`s_query`, `results_limit`, `sort`, as bulk edits take
    them; every lead without `s_query`). `contact_preference`: `lead` (default
    [unverified]) emails the lead's first contact email, `contact` the first email of
    every contact, `all` every email of every contact [inferred: Close's enum has it,
    its docs do not say what it does]. Unsubscribed addresses are passed over before
    choosing [unverified] and contacts without email get nothing.

    `email_account_id` must name a connected email account of the caller, or of a member
    who allowed the caller to send as them (`/send_as/`), else 400 [unverified status];
    default: the caller's own [unverified]. `sender` is the From (default: the
    account's owner and address, `"Name" <address>`).

    It runs as bulk edits do, on the emulator's clock (`created`, `processing` after 1
    second, up to 100 leads per further second [unverified], then `done`). Each
    recipient gets the template rendered for their contact and lead, as `GET
    /email_template/{id}/render/` renders it, as an email activity on the lead (a new
    thread; `template_id` set) made as an `outbox` email is: stored `sent` at once, with
    its `created` and `sent` events, recorded with `meta.bulk_action_id`. The
    emulator delivers nothing to anyone. Its own events are `bulk_action.email`.
    Answers 200.

    Args:
        body (BulkEmailActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkEmailAction
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
    body: BulkEmailActionCreate,
) -> Response[BulkEmailAction]:
    """Start a bulk email

     Sends the email template `template_id` (it must exist) to the leads an Advanced
    Filtering query selects (`s_query`, `results_limit`, `sort`, as bulk edits take
    them; every lead without `s_query`). `contact_preference`: `lead` (default
    [unverified]) emails the lead's first contact email, `contact` the first email of
    every contact, `all` every email of every contact [inferred: Close's enum has it,
    its docs do not say what it does]. Unsubscribed addresses are passed over before
    choosing [unverified] and contacts without email get nothing.

    `email_account_id` must name a connected email account of the caller, or of a member
    who allowed the caller to send as them (`/send_as/`), else 400 [unverified status];
    default: the caller's own [unverified]. `sender` is the From (default: the
    account's owner and address, `"Name" <address>`).

    It runs as bulk edits do, on the emulator's clock (`created`, `processing` after 1
    second, up to 100 leads per further second [unverified], then `done`). Each
    recipient gets the template rendered for their contact and lead, as `GET
    /email_template/{id}/render/` renders it, as an email activity on the lead (a new
    thread; `template_id` set) made as an `outbox` email is: stored `sent` at once, with
    its `created` and `sent` events, recorded with `meta.bulk_action_id`. The
    emulator delivers nothing to anyone. Its own events are `bulk_action.email`.
    Answers 200.

    Args:
        body (BulkEmailActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[BulkEmailAction]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkEmailActionCreate,
) -> BulkEmailAction:
    """Start a bulk email

     Sends the email template `template_id` (it must exist) to the leads an Advanced
    Filtering query selects (`s_query`, `results_limit`, `sort`, as bulk edits take
    them; every lead without `s_query`). `contact_preference`: `lead` (default
    [unverified]) emails the lead's first contact email, `contact` the first email of
    every contact, `all` every email of every contact [inferred: Close's enum has it,
    its docs do not say what it does]. Unsubscribed addresses are passed over before
    choosing [unverified] and contacts without email get nothing.

    `email_account_id` must name a connected email account of the caller, or of a member
    who allowed the caller to send as them (`/send_as/`), else 400 [unverified status];
    default: the caller's own [unverified]. `sender` is the From (default: the
    account's owner and address, `"Name" <address>`).

    It runs as bulk edits do, on the emulator's clock (`created`, `processing` after 1
    second, up to 100 leads per further second [unverified], then `done`). Each
    recipient gets the template rendered for their contact and lead, as `GET
    /email_template/{id}/render/` renders it, as an email activity on the lead (a new
    thread; `template_id` set) made as an `outbox` email is: stored `sent` at once, with
    its `created` and `sent` events, recorded with `meta.bulk_action_id`. The
    emulator delivers nothing to anyone. Its own events are `bulk_action.email`.
    Answers 200.

    Args:
        body (BulkEmailActionCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        BulkEmailAction
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
