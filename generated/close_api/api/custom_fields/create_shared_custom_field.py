from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_custom_field import SharedCustomField
from ...models.shared_custom_field_create import SharedCustomFieldCreate
from ...types import Response

OPERATION_ID: Final = "create_shared_custom_field"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: SharedCustomFieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/shared/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedCustomField:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = SharedCustomField.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SharedCustomField]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldCreate,
) -> Response[SharedCustomField]:
    """Create a shared custom field

     Creates a Shared Custom Field. `name` and `type` are required; `type` is one of
    `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields). It has no
    associations yet: associate it with
    object kinds (association endpoints) before values can be set. One shared field can
    be associated with leads and with several Custom Activity Types at once.
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (SharedCustomFieldCreate): A new Shared Custom Field. It starts without associations.
            `accepts_multiple_values`
            may only be true for `user`, `choices`, `contact` and `custom_object` fields.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedCustomField]
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
    body: SharedCustomFieldCreate,
) -> SharedCustomField:
    """Create a shared custom field

     Creates a Shared Custom Field. `name` and `type` are required; `type` is one of
    `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields). It has no
    associations yet: associate it with
    object kinds (association endpoints) before values can be set. One shared field can
    be associated with leads and with several Custom Activity Types at once.
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (SharedCustomFieldCreate): A new Shared Custom Field. It starts without associations.
            `accepts_multiple_values`
            may only be true for `user`, `choices`, `contact` and `custom_object` fields.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedCustomField
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
    body: SharedCustomFieldCreate,
) -> Response[SharedCustomField]:
    """Create a shared custom field

     Creates a Shared Custom Field. `name` and `type` are required; `type` is one of
    `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields). It has no
    associations yet: associate it with
    object kinds (association endpoints) before values can be set. One shared field can
    be associated with leads and with several Custom Activity Types at once.
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (SharedCustomFieldCreate): A new Shared Custom Field. It starts without associations.
            `accepts_multiple_values`
            may only be true for `user`, `choices`, `contact` and `custom_object` fields.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SharedCustomField]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldCreate,
) -> SharedCustomField:
    """Create a shared custom field

     Creates a Shared Custom Field. `name` and `type` are required; `type` is one of
    `text`, `number`, `date`, `datetime`, `choices`, `user`, `contact`,
    `custom_object` or `hidden` (`textarea` is only accepted for activity fields). It has no
    associations yet: associate it with
    object kinds (association endpoints) before values can be set. One shared field can
    be associated with leads and with several Custom Activity Types at once.
    `user` fields accept user ids (recommended) or exact full names of
    current or former members and always return ids; `contact` and `custom_object`
    fields only accept objects that belong to the same lead as the record being edited,
    and a `custom_object` field only holds objects of its `referenced_custom_type_id`.
    `accepts_multiple_values` may only be true for `user`, `choices`, `contact` and
    `custom_object` fields.

    Requires a role with the `manage_organization` permission; otherwise the request
    is refused with 403.

    Args:
        body (SharedCustomFieldCreate): A new Shared Custom Field. It starts without associations.
            `accepts_multiple_values`
            may only be true for `user`, `choices`, `contact` and `custom_object` fields.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SharedCustomField
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
