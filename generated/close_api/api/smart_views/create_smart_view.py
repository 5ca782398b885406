from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.smart_view import SmartView
from ...models.smart_view_create import SmartViewCreate
from ...types import Response

OPERATION_ID: Final = "create_smart_view"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: SmartViewCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/saved_search/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmartView:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = SmartView.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmartView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmartViewCreate,
) -> Response[SmartView]:
    """Create a Smart View

     Creates a Smart View (`name` required). `type` defaults to `lead`. The selection is
    an Advanced Filtering tree in `s_query` (the same language as `POST /data/search/`),
    which must name the objects it returns with an `object_type` clause of the view's
    type; for lead, contact and opportunity views the emulator checks the whole tree as
    `/data/search/` does and refuses what it does not understand with a 400 naming the
    part. Close's views of activity types (`call`, `email`, …) are not made by the
    emulator, which cannot evaluate their queries [unverified]. Views made before
    Advanced Filtering carry the deprecated text `query` instead (read-only here: a new
    view takes `s_query`).

    `is_user_dependent` is computed: true when the query uses `current_user` (its results
    differ per user). Sharing: `sharing_settings.group_ids` must name groups of the
    organization and `user_ids` its users; `is_shared` says whether anyone else sees the
    view. Answers 200.

    Args:
        body (SmartViewCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SmartView]
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
    body: SmartViewCreate,
) -> SmartView:
    """Create a Smart View

     Creates a Smart View (`name` required). `type` defaults to `lead`. The selection is
    an Advanced Filtering tree in `s_query` (the same language as `POST /data/search/`),
    which must name the objects it returns with an `object_type` clause of the view's
    type; for lead, contact and opportunity views the emulator checks the whole tree as
    `/data/search/` does and refuses what it does not understand with a 400 naming the
    part. Close's views of activity types (`call`, `email`, …) are not made by the
    emulator, which cannot evaluate their queries [unverified]. Views made before
    Advanced Filtering carry the deprecated text `query` instead (read-only here: a new
    view takes `s_query`).

    `is_user_dependent` is computed: true when the query uses `current_user` (its results
    differ per user). Sharing: `sharing_settings.group_ids` must name groups of the
    organization and `user_ids` its users; `is_shared` says whether anyone else sees the
    view. Answers 200.

    Args:
        body (SmartViewCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SmartView
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
    body: SmartViewCreate,
) -> Response[SmartView]:
    """Create a Smart View

     Creates a Smart View (`name` required). `type` defaults to `lead`. The selection is
    an Advanced Filtering tree in `s_query` (the same language as `POST /data/search/`),
    which must name the objects it returns with an `object_type` clause of the view's
    type; for lead, contact and opportunity views the emulator checks the whole tree as
    `/data/search/` does and refuses what it does not understand with a 400 naming the
    part. Close's views of activity types (`call`, `email`, …) are not made by the
    emulator, which cannot evaluate their queries [unverified]. Views made before
    Advanced Filtering carry the deprecated text `query` instead (read-only here: a new
    view takes `s_query`).

    `is_user_dependent` is computed: true when the query uses `current_user` (its results
    differ per user). Sharing: `sharing_settings.group_ids` must name groups of the
    organization and `user_ids` its users; `is_shared` says whether anyone else sees the
    view. Answers 200.

    Args:
        body (SmartViewCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SmartView]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmartViewCreate,
) -> SmartView:
    """Create a Smart View

     Creates a Smart View (`name` required). `type` defaults to `lead`. The selection is
    an Advanced Filtering tree in `s_query` (the same language as `POST /data/search/`),
    which must name the objects it returns with an `object_type` clause of the view's
    type; for lead, contact and opportunity views the emulator checks the whole tree as
    `/data/search/` does and refuses what it does not understand with a 400 naming the
    part. Close's views of activity types (`call`, `email`, …) are not made by the
    emulator, which cannot evaluate their queries [unverified]. Views made before
    Advanced Filtering carry the deprecated text `query` instead (read-only here: a new
    view takes `s_query`).

    `is_user_dependent` is computed: true when the query uses `current_user` (its results
    differ per user). Sharing: `sharing_settings.group_ids` must name groups of the
    organization and `user_ids` its users; `is_shared` says whether anyone else sees the
    view. Answers 200.

    Args:
        body (SmartViewCreate):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SmartView
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
