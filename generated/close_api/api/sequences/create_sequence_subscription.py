from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sequence_subscription import SequenceSubscription
from ...models.sequence_subscription_create import SequenceSubscriptionCreate
from ...types import Response

OPERATION_ID: Final = "create_sequence_subscription"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 201
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: SequenceSubscriptionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sequence_subscription/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SequenceSubscription:
    if response.status_code != 201:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_201 = SequenceSubscription.from_dict(data)

    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SequenceSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SequenceSubscriptionCreate,
) -> Response[SequenceSubscription]:
    """Subscribe a contact to a sequence

     Subscribes the contact `contact_id` to the sequence `sequence_id`, sent from the
    connected email account `sender_account_id` as `sender_name` <`sender_email`>.
    `contact_email` is the address the steps go to (whether Close insists that it be one
    of the contact's is [unverified]; the emulator takes it as sent). A contact can be
    subscribed to one sequence once. `sender_account_id` must name a connected email
    account (with an address) of the caller, or of a member who allowed the caller to send
    as them (`/send_as/`: "individual, bulk and sequence emails"), else 400 [unverified
    status]. The subscription starts `active` and moves
    through the steps, each after its `delay`, then becomes `finished`; while it or its
    sequence is paused it waits. The emulator runs the steps on its own clock (so a test
    moves them on by advancing it) but sends nothing for them (no email, SMS or call
    activity) and does not hold them to the sequence's `schedule`. Answers 201 with a
    `Location` header.

    Args:
        body (SequenceSubscriptionCreate): A contact to subscribe, and who sends.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SequenceSubscription]
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
    body: SequenceSubscriptionCreate,
) -> SequenceSubscription:
    """Subscribe a contact to a sequence

     Subscribes the contact `contact_id` to the sequence `sequence_id`, sent from the
    connected email account `sender_account_id` as `sender_name` <`sender_email`>.
    `contact_email` is the address the steps go to (whether Close insists that it be one
    of the contact's is [unverified]; the emulator takes it as sent). A contact can be
    subscribed to one sequence once. `sender_account_id` must name a connected email
    account (with an address) of the caller, or of a member who allowed the caller to send
    as them (`/send_as/`: "individual, bulk and sequence emails"), else 400 [unverified
    status]. The subscription starts `active` and moves
    through the steps, each after its `delay`, then becomes `finished`; while it or its
    sequence is paused it waits. The emulator runs the steps on its own clock (so a test
    moves them on by advancing it) but sends nothing for them (no email, SMS or call
    activity) and does not hold them to the sequence's `schedule`. Answers 201 with a
    `Location` header.

    Args:
        body (SequenceSubscriptionCreate): A contact to subscribe, and who sends.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SequenceSubscription
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
    body: SequenceSubscriptionCreate,
) -> Response[SequenceSubscription]:
    """Subscribe a contact to a sequence

     Subscribes the contact `contact_id` to the sequence `sequence_id`, sent from the
    connected email account `sender_account_id` as `sender_name` <`sender_email`>.
    `contact_email` is the address the steps go to (whether Close insists that it be one
    of the contact's is [unverified]; the emulator takes it as sent). A contact can be
    subscribed to one sequence once. `sender_account_id` must name a connected email
    account (with an address) of the caller, or of a member who allowed the caller to send
    as them (`/send_as/`: "individual, bulk and sequence emails"), else 400 [unverified
    status]. The subscription starts `active` and moves
    through the steps, each after its `delay`, then becomes `finished`; while it or its
    sequence is paused it waits. The emulator runs the steps on its own clock (so a test
    moves them on by advancing it) but sends nothing for them (no email, SMS or call
    activity) and does not hold them to the sequence's `schedule`. Answers 201 with a
    `Location` header.

    Args:
        body (SequenceSubscriptionCreate): A contact to subscribe, and who sends.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SequenceSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SequenceSubscriptionCreate,
) -> SequenceSubscription:
    """Subscribe a contact to a sequence

     Subscribes the contact `contact_id` to the sequence `sequence_id`, sent from the
    connected email account `sender_account_id` as `sender_name` <`sender_email`>.
    `contact_email` is the address the steps go to (whether Close insists that it be one
    of the contact's is [unverified]; the emulator takes it as sent). A contact can be
    subscribed to one sequence once. `sender_account_id` must name a connected email
    account (with an address) of the caller, or of a member who allowed the caller to send
    as them (`/send_as/`: "individual, bulk and sequence emails"), else 400 [unverified
    status]. The subscription starts `active` and moves
    through the steps, each after its `delay`, then becomes `finished`; while it or its
    sequence is paused it waits. The emulator runs the steps on its own clock (so a test
    moves them on by advancing it) but sends nothing for them (no email, SMS or call
    activity) and does not hold them to the sequence's `schedule`. Answers 201 with a
    `Location` header.

    Args:
        body (SequenceSubscriptionCreate): A contact to subscribe, and who sends.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SequenceSubscription
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
