"""Operations tagged `files`, and their typed facade (`Files`, `AsyncFiles`)."""

import builtins
from collections.abc import AsyncIterable, Iterable, Sequence
from typing import Any, cast

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.file_upload import FileUpload
from ...models.file_upload_create import FileUploadCreate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from .. import AsyncPager, Pager
from . import upload_file

__all__ = ["AsyncFiles", "Files"]


class Files:
    """The `files` operations on one client; errors raise (closeext's exceptions)."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: Pager) -> None:
        self._client = client
        self._pager = pager

    def upload(
        self,
        *,
        body: FileUploadCreate,
    ) -> FileUpload:
        """Start a file upload (`POST /files/upload/`)."""
        return upload_file.sync(
            body=body,
            client=self._client,
        )


class AsyncFiles:
    """The asyncio twin of `Files`: the same methods, awaited; `paginate…` with `async for`."""

    __slots__ = ("_client", "_pager")

    def __init__(self, client: AuthenticatedClient | Client, pager: AsyncPager) -> None:
        self._client = client
        self._pager = pager

    async def upload(
        self,
        *,
        body: FileUploadCreate,
    ) -> FileUpload:
        """Start a file upload (`POST /files/upload/`)."""
        return await upload_file.asyncio(
            body=body,
            client=self._client,
        )
