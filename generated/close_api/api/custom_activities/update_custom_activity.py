from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity import CustomActivity
from ...models.custom_activity_update import CustomActivityUpdate
from ...types import Response

OPERATION_ID: Final = "update_custom_activity"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    activity_id: str,
    *,
    body: CustomActivityUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/activity/custom/{activity_id}/".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActivity:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = CustomActivity.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomActivity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityUpdate,
) -> Response[CustomActivity]:
    """Update a custom activity

     Changes only the properties sent: custom field values, `status` (between `draft` and
    `published`; publishing enforces the type's required fields), `pinned`,
    `activity_at`, `contact_id`. `custom.cf_<field id>` sets a value (a list replaces the
    whole value of a multi-value field); `custom.cf_<field id>: null` unsets it; for a
    multi-value field, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        activity_id (str):
        body (CustomActivityUpdate): Changes to a custom activity; only the properties sent
            change. Switching `status` to
            `published` enforces the type's required fields.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomActivity]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityUpdate,
) -> CustomActivity:
    """Update a custom activity

     Changes only the properties sent: custom field values, `status` (between `draft` and
    `published`; publishing enforces the type's required fields), `pinned`,
    `activity_at`, `contact_id`. `custom.cf_<field id>` sets a value (a list replaces the
    whole value of a multi-value field); `custom.cf_<field id>: null` unsets it; for a
    multi-value field, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        activity_id (str):
        body (CustomActivityUpdate): Changes to a custom activity; only the properties sent
            change. Switching `status` to
            `published` enforces the type's required fields.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomActivity
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityUpdate,
) -> Response[CustomActivity]:
    """Update a custom activity

     Changes only the properties sent: custom field values, `status` (between `draft` and
    `published`; publishing enforces the type's required fields), `pinned`,
    `activity_at`, `contact_id`. `custom.cf_<field id>` sets a value (a list replaces the
    whole value of a multi-value field); `custom.cf_<field id>: null` unsets it; for a
    multi-value field, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        activity_id (str):
        body (CustomActivityUpdate): Changes to a custom activity; only the properties sent
            change. Switching `status` to
            `published` enforces the type's required fields.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomActivity]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityUpdate,
) -> CustomActivity:
    """Update a custom activity

     Changes only the properties sent: custom field values, `status` (between `draft` and
    `published`; publishing enforces the type's required fields), `pinned`,
    `activity_at`, `contact_id`. `custom.cf_<field id>` sets a value (a list replaces the
    whole value of a multi-value field); `custom.cf_<field id>: null` unsets it; for a
    multi-value field, `custom.cf_<field id>.add` adds one value and
    `custom.cf_<field id>.remove` removes one value.

    Args:
        activity_id (str):
        body (CustomActivityUpdate): Changes to a custom activity; only the properties sent
            change. Switching `status` to
            `published` enforces the type's required fields.

            Custom field values: `custom.cf_<field id>` keys set a value (a list replaces the whole
            value of a multi-value field); `custom.cf_<field id>: null` unsets the field;
            `custom.cf_<field id>.add` adds ONE value to a multi-value field and
            `custom.cf_<field id>.remove` removes ONE value.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomActivity
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
