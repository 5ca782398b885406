"""``POST /files/upload/``: the first of Close's two upload steps (see :mod:`.._files`)."""

from __future__ import annotations

from .._files import issue
from .._types import ApiRequest, ApiResponse, Handler


def upload_file(req: ApiRequest) -> ApiResponse:
    """The S3-style form to send the file to, and the URL it will have."""
    body = req.body
    return ApiResponse(body=issue(req.org, body["filename"], body["content_type"], req.origin))


HANDLERS: dict[str, Handler] = {"upload_file": upload_file}
