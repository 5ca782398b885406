from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_upload import FileUpload
from ...models.file_upload_create import FileUploadCreate
from ...types import Response

OPERATION_ID: Final = "upload_file"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: FileUploadCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files/upload/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileUpload:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = FileUpload.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FileUpload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadCreate,
) -> Response[FileUpload]:
    """Start a file upload

     The first of Close's two upload steps: answers where and how to send the file. Within
    60 seconds, POST the file as `multipart/form-data` to `upload.url` with every field of
    `upload.fields` and the file itself as the field `file`; the storage answers 201. From
    then on, for 24 hours, `download.url` names the file in attachments (emails, notes,
    SMS, templates). Using it before the upload succeeded fails on Close.

    The emulator serves the upload itself, at `upload.url` on its own host (outside
    `/api/v1/`, like S3, and without the API key: the signed fields authorize it). An upload
    after 60 seconds on the emulator's clock, or with fields that were not issued, is refused
    with 403. `download.url` has Close's form (`https://app.close.com/go/file/…`), so it
    passes where attachments are checked; the emulator serves the same path, `/go/file/…`,
    on its own host, for 24 hours after the upload.

    Args:
        body (FileUploadCreate): The file about to be uploaded.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[FileUpload]
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
    body: FileUploadCreate,
) -> FileUpload:
    """Start a file upload

     The first of Close's two upload steps: answers where and how to send the file. Within
    60 seconds, POST the file as `multipart/form-data` to `upload.url` with every field of
    `upload.fields` and the file itself as the field `file`; the storage answers 201. From
    then on, for 24 hours, `download.url` names the file in attachments (emails, notes,
    SMS, templates). Using it before the upload succeeded fails on Close.

    The emulator serves the upload itself, at `upload.url` on its own host (outside
    `/api/v1/`, like S3, and without the API key: the signed fields authorize it). An upload
    after 60 seconds on the emulator's clock, or with fields that were not issued, is refused
    with 403. `download.url` has Close's form (`https://app.close.com/go/file/…`), so it
    passes where attachments are checked; the emulator serves the same path, `/go/file/…`,
    on its own host, for 24 hours after the upload.

    Args:
        body (FileUploadCreate): The file about to be uploaded.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        FileUpload
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
    body: FileUploadCreate,
) -> Response[FileUpload]:
    """Start a file upload

     The first of Close's two upload steps: answers where and how to send the file. Within
    60 seconds, POST the file as `multipart/form-data` to `upload.url` with every field of
    `upload.fields` and the file itself as the field `file`; the storage answers 201. From
    then on, for 24 hours, `download.url` names the file in attachments (emails, notes,
    SMS, templates). Using it before the upload succeeded fails on Close.

    The emulator serves the upload itself, at `upload.url` on its own host (outside
    `/api/v1/`, like S3, and without the API key: the signed fields authorize it). An upload
    after 60 seconds on the emulator's clock, or with fields that were not issued, is refused
    with 403. `download.url` has Close's form (`https://app.close.com/go/file/…`), so it
    passes where attachments are checked; the emulator serves the same path, `/go/file/…`,
    on its own host, for 24 hours after the upload.

    Args:
        body (FileUploadCreate): The file about to be uploaded.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[FileUpload]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadCreate,
) -> FileUpload:
    """Start a file upload

     The first of Close's two upload steps: answers where and how to send the file. Within
    60 seconds, POST the file as `multipart/form-data` to `upload.url` with every field of
    `upload.fields` and the file itself as the field `file`; the storage answers 201. From
    then on, for 24 hours, `download.url` names the file in attachments (emails, notes,
    SMS, templates). Using it before the upload succeeded fails on Close.

    The emulator serves the upload itself, at `upload.url` on its own host (outside
    `/api/v1/`, like S3, and without the API key: the signed fields authorize it). An upload
    after 60 seconds on the emulator's clock, or with fields that were not issued, is refused
    with 403. `download.url` has Close's form (`https://app.close.com/go/file/…`), so it
    passes where attachments are checked; the emulator serves the same path, `/go/file/…`,
    on its own host, for 24 hours after the upload.

    Args:
        body (FileUploadCreate): The file about to be uploaded.

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        FileUpload
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
