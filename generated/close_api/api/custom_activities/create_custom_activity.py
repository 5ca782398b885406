from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity import CustomActivity
from ...models.custom_activity_create import CustomActivityCreate
from ...types import Response

OPERATION_ID: Final = "create_custom_activity"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: CustomActivityCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/custom/",
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
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityCreate,
) -> Response[CustomActivity]:
    """Create a custom activity

     Records a custom activity of the type `custom_activity_type_id` on the lead `lead_id`
    (both required). The activity is `published` unless `status: draft` is sent; a
    published activity must have a value for every field that is required on its type,
    while a draft may leave them empty. `pinned` pins or unpins it. Custom field values
    are set with `custom.cf_<field id>` keys; for a multi-value field, a list replaces the
    whole value; `contact` and `custom_object` fields only accept objects on the same
    lead.

    Args:
        body (CustomActivityCreate): A new custom activity: `custom_activity_type_id` and
            `lead_id` are required. It is
            `published` unless `status` is `draft`; published activities must have a value for
            every field required by the type, drafts need not.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomActivity]
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
    body: CustomActivityCreate,
) -> CustomActivity:
    """Create a custom activity

     Records a custom activity of the type `custom_activity_type_id` on the lead `lead_id`
    (both required). The activity is `published` unless `status: draft` is sent; a
    published activity must have a value for every field that is required on its type,
    while a draft may leave them empty. `pinned` pins or unpins it. Custom field values
    are set with `custom.cf_<field id>` keys; for a multi-value field, a list replaces the
    whole value; `contact` and `custom_object` fields only accept objects on the same
    lead.

    Args:
        body (CustomActivityCreate): A new custom activity: `custom_activity_type_id` and
            `lead_id` are required. It is
            `published` unless `status` is `draft`; published activities must have a value for
            every field required by the type, drafts need not.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomActivity
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
    body: CustomActivityCreate,
) -> Response[CustomActivity]:
    """Create a custom activity

     Records a custom activity of the type `custom_activity_type_id` on the lead `lead_id`
    (both required). The activity is `published` unless `status: draft` is sent; a
    published activity must have a value for every field that is required on its type,
    while a draft may leave them empty. `pinned` pins or unpins it. Custom field values
    are set with `custom.cf_<field id>` keys; for a multi-value field, a list replaces the
    whole value; `contact` and `custom_object` fields only accept objects on the same
    lead.

    Args:
        body (CustomActivityCreate): A new custom activity: `custom_activity_type_id` and
            `lead_id` are required. It is
            `published` unless `status` is `draft`; published activities must have a value for
            every field required by the type, drafts need not.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[CustomActivity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityCreate,
) -> CustomActivity:
    """Create a custom activity

     Records a custom activity of the type `custom_activity_type_id` on the lead `lead_id`
    (both required). The activity is `published` unless `status: draft` is sent; a
    published activity must have a value for every field that is required on its type,
    while a draft may leave them empty. `pinned` pins or unpins it. Custom field values
    are set with `custom.cf_<field id>` keys; for a multi-value field, a list replaces the
    whole value; `contact` and `custom_object` fields only accept objects on the same
    lead.

    Args:
        body (CustomActivityCreate): A new custom activity: `custom_activity_type_id` and
            `lead_id` are required. It is
            `published` unless `status` is `draft`; published activities must have a value for
            every field required by the type, drafts need not.

            Custom field values: add keys `custom.cf_<field id>` holding the value (a string, a
            number, or for a multi-value field a list, which replaces the whole value).

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        CustomActivity
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
