from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_template import SmsTemplate
from ...types import UNSET, Response, Unset

OPERATION_ID: Final = "get_sms_template"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    sms_template_id: str,
    *,
    fields: str | Unset = UNSET,
    include_attachments: bool | Unset = False,
    include_embedded: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params["include_attachments"] = include_attachments

    params["include_embedded"] = include_embedded

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms_template/{sms_template_id}/".format(
            sms_template_id=quote(str(sms_template_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsTemplate:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = SmsTemplate.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmsTemplate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sms_template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    include_attachments: bool | Unset = False,
    include_embedded: bool | Unset = False,
) -> Response[SmsTemplate]:
    """Get an SMS template

     Returns one SMS template. Its `attachments` are included only with
    `include_attachments=true`, as Close's parameter says. `include_embedded` also finds
    templates embedded in workflows; the emulator makes none, so it changes nothing here.

    Args:
        sms_template_id (str):
        fields (str | Unset):
        include_attachments (bool | Unset):  Default: False.
        include_embedded (bool | Unset):  Default: False.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SmsTemplate]
    """

    kwargs = _get_kwargs(
        sms_template_id=sms_template_id,
        fields=fields,
        include_attachments=include_attachments,
        include_embedded=include_embedded,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sms_template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    include_attachments: bool | Unset = False,
    include_embedded: bool | Unset = False,
) -> SmsTemplate:
    """Get an SMS template

     Returns one SMS template. Its `attachments` are included only with
    `include_attachments=true`, as Close's parameter says. `include_embedded` also finds
    templates embedded in workflows; the emulator makes none, so it changes nothing here.

    Args:
        sms_template_id (str):
        fields (str | Unset):
        include_attachments (bool | Unset):  Default: False.
        include_embedded (bool | Unset):  Default: False.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SmsTemplate
    """

    kwargs = _get_kwargs(
        sms_template_id=sms_template_id,
        fields=fields,
        include_attachments=include_attachments,
        include_embedded=include_embedded,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    sms_template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    include_attachments: bool | Unset = False,
    include_embedded: bool | Unset = False,
) -> Response[SmsTemplate]:
    """Get an SMS template

     Returns one SMS template. Its `attachments` are included only with
    `include_attachments=true`, as Close's parameter says. `include_embedded` also finds
    templates embedded in workflows; the emulator makes none, so it changes nothing here.

    Args:
        sms_template_id (str):
        fields (str | Unset):
        include_attachments (bool | Unset):  Default: False.
        include_embedded (bool | Unset):  Default: False.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[SmsTemplate]
    """

    kwargs = _get_kwargs(
        sms_template_id=sms_template_id,
        fields=fields,
        include_attachments=include_attachments,
        include_embedded=include_embedded,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    include_attachments: bool | Unset = False,
    include_embedded: bool | Unset = False,
) -> SmsTemplate:
    """Get an SMS template

     Returns one SMS template. Its `attachments` are included only with
    `include_attachments=true`, as Close's parameter says. `include_embedded` also finds
    templates embedded in workflows; the emulator makes none, so it changes nothing here.

    Args:
        sms_template_id (str):
        fields (str | Unset):
        include_attachments (bool | Unset):  Default: False.
        include_embedded (bool | Unset):  Default: False.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        SmsTemplate
    """

    kwargs = _get_kwargs(
        sms_template_id=sms_template_id,
        fields=fields,
        include_attachments=include_attachments,
        include_embedded=include_embedded,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
