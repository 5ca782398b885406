from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

OPERATION_ID: Final = "delete_send_as_by_users"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 204
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    allowing_user_id: str,
    allowed_user_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allowing_user_id"] = allowing_user_id

    params["allowed_user_id"] = allowed_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/send_as/",
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> None:
    if response.status_code != 204:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    allowing_user_id: str,
    allowed_user_id: str,
) -> Response[None]:
    """Delete a send-as association by its members

     Revokes the association of `allowing_user_id` (which must be the caller, 403 otherwise)
    and `allowed_user_id`; 404 when there is none. Answers 204 with no body.

    Args:
        allowing_user_id (str):
        allowed_user_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        allowing_user_id=allowing_user_id,
        allowed_user_id=allowed_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    allowing_user_id: str,
    allowed_user_id: str,
) -> None:
    """Delete a send-as association by its members

     Revokes the association of `allowing_user_id` (which must be the caller, 403 otherwise)
    and `allowed_user_id`; 404 when there is none. Answers 204 with no body.

    Args:
        allowing_user_id (str):
        allowed_user_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        allowing_user_id=allowing_user_id,
        allowed_user_id=allowed_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    allowing_user_id: str,
    allowed_user_id: str,
) -> Response[None]:
    """Delete a send-as association by its members

     Revokes the association of `allowing_user_id` (which must be the caller, 403 otherwise)
    and `allowed_user_id`; 404 when there is none. Answers 204 with no body.

    Args:
        allowing_user_id (str):
        allowed_user_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        allowing_user_id=allowing_user_id,
        allowed_user_id=allowed_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    allowing_user_id: str,
    allowed_user_id: str,
) -> None:
    """Delete a send-as association by its members

     Revokes the association of `allowing_user_id` (which must be the caller, 403 otherwise)
    and `allowed_user_id`; 404 when there is none. Answers 204 with no body.

    Args:
        allowing_user_id (str):
        allowed_user_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        allowing_user_id=allowing_user_id,
        allowed_user_id=allowed_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
