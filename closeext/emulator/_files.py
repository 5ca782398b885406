"""The file storage behind ``POST /files/upload/``: the upload and the download.

Close's uploads take two steps: ``POST /files/upload/`` answers an S3 form (``upload.url``
and ``upload.fields``); the client then POSTs the file there as ``multipart/form-data``
within 60 seconds, S3 answers 201, and ``download.url`` references the file for 24 hours.
The emulator plays S3 itself, outside ``/api/v1/``:

* ``POST /_storage/`` takes the form. The issued fields (``key``, ``policy``,
  ``x-amz-signature``) authorize it, as the signed policy does on S3, so no API key is
  needed; a form with fields that were not issued, or sent after 60 seconds on the
  emulator's clock, is refused with 403; one without a ``file`` part with 400.
* ``GET /go/file/<token>/<filename>`` serves the uploaded bytes for 24 hours after the
  upload, on the emulator's host. ``download.url`` itself keeps Close's form
  (``https://app.close.com/go/file/…``), so it passes where attachments are checked.

Uploads are kept per organization (so :meth:`Organization.reset` drops them) in the
``file_uploads`` collection, written directly rather than through ``Organization.insert``:
they are not Close objects and Close's event log has no type for them. Errors are
Close-shaped JSON like every answer of the emulator.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final
from urllib.parse import quote, unquote

from starlette.types import Receive, Scope, Send

from ._json import encode
from ._limits import MAX_BODY_BYTES
from ._organization import Organization
from ._records import new_id, utcnow
from ._store import World

__all__ = ["DOWNLOAD_BASE", "STORAGE_PATH", "handles", "issue", "origin", "serve"]

STORAGE_PATH: Final = "/_storage/"
_DOWNLOAD_PATH: Final = "/go/file/"
#: What ``download.url`` starts with: Close's file URLs.
DOWNLOAD_BASE: Final = "https://app.close.com/go/file/"
UPLOAD_WINDOW: Final = timedelta(seconds=60)
AVAILABLE_FOR: Final = timedelta(hours=24)


@dataclass(slots=True)
class Upload:
    """One issued upload form and, once posted, the file."""

    token: str
    filename: str
    content_type: str
    signature: str
    issued_at: datetime
    uploaded_at: datetime | None = None
    data: bytes = b""

    @property
    def key(self) -> str:
        return f"{self.token}/{self.filename}"


def handles(scope: Scope) -> bool:
    """Whether the request is for the file storage rather than Close's API."""
    path: str = scope["path"]
    return path.startswith(STORAGE_PATH) or path.startswith(_DOWNLOAD_PATH)


def origin(scope: Scope) -> str:
    """``scheme://host[:port]`` the request was sent to."""
    for name, value in scope.get("headers", ()):
        if name == b"host" and value:
            return f"{scope.get('scheme', 'http')}://{value.decode('latin-1')}"
    server = scope.get("server") or ("127.0.0.1", 80)
    return f"{scope.get('scheme', 'http')}://{server[0]}:{server[1]}"


def issue(org: Organization, filename: str, content_type: str, at: str) -> dict[str, Any]:
    """Issue an upload form for ``filename``; ``at`` is the emulator's origin."""
    upload = Upload(
        token=new_id("")[:32],
        filename=filename,
        content_type=content_type,
        signature=secrets.token_hex(20),
        issued_at=utcnow(),
    )
    uploads: dict[str, Upload] = org.collection("file_uploads")
    uploads[upload.token] = upload
    expires = (upload.issued_at + UPLOAD_WINDOW).strftime("%Y-%m-%dT%H:%M:%SZ")
    policy = {"expiration": expires, "conditions": [{"key": upload.key}]}
    return {
        "upload": {
            "url": f"{at}{STORAGE_PATH}",
            "fields": {
                "key": upload.key,
                "Content-Type": content_type,
                "success_action_status": "201",
                "policy": base64.b64encode(json.dumps(policy).encode()).decode(),
                "x-amz-signature": upload.signature,
            },
        },
        "download": {"url": f"{DOWNLOAD_BASE}{upload.token}/{quote(filename)}"},
    }


# -- serving --------------------------------------------------------------------------


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _find(world: World, token: str) -> tuple[Organization, Upload] | None:
    for org in world.organizations.values():
        upload = org.collection("file_uploads").get(token)
        if upload is not None:
            return org, upload
    return None


async def _body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Refused(400, "The client disconnected before sending the body.")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _Refused(413, "The file is larger than the emulator stores.")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _form(content_type: bytes, raw: bytes) -> tuple[dict[str, str], bytes | None]:
    """The text fields and the ``file`` part of a ``multipart/form-data`` body."""
    if not content_type.lower().startswith(b"multipart/form-data"):
        raise _Refused(400, "The upload must be sent as multipart/form-data.")
    parser = email.parser.BytesParser(policy=email.policy.HTTP)
    message = parser.parsebytes(b"Content-Type: " + content_type + b"\r\n\r\n" + raw)
    if not message.is_multipart():
        raise _Refused(400, "The multipart body could not be read.")
    fields: dict[str, str] = {}
    data: bytes | None = None
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            continue
        if name == "file":
            data = payload
        else:
            fields[name] = payload.decode("utf-8", "replace")
    return fields, data


def _accept(world: World, fields: dict[str, str], data: bytes | None) -> None:
    token = fields.get("key", "").partition("/")[0]
    found = _find(world, token)
    if found is None:
        raise _Refused(403, "Invalid according to Policy: the key was not issued.")
    org, upload = found
    with org.lock:
        signature = fields.get("x-amz-signature", "")
        if fields.get("key") != upload.key or not hmac.compare_digest(signature, upload.signature):
            raise _Refused(403, "The request signature does not match the issued one.")
        if utcnow() > upload.issued_at + UPLOAD_WINDOW:
            raise _Refused(403, "Invalid according to Policy: Policy expired.")
        if data is None:
            raise _Refused(400, "The form has no file part named 'file'.")
        upload.data = data
        upload.uploaded_at = utcnow()


def _download(world: World, path: str) -> Upload:
    token, _, filename = path[len(_DOWNLOAD_PATH) :].partition("/")
    found = _find(world, token)
    upload = found[1] if found is not None else None
    if (
        upload is None
        or upload.uploaded_at is None
        or unquote(filename.rstrip("/")) != upload.filename
        or utcnow() > upload.uploaded_at + AVAILABLE_FOR
    ):
        raise _Refused(404, "The requested URL was not found on the server.")
    return upload


async def _send(send: Send, status: int, body: bytes, content_type: bytes) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def serve(world: World, scope: Scope, receive: Receive, send: Send) -> None:
    """Answer one request for the file storage (see the module docstring)."""
    path: str = scope["path"]
    method: str = scope["method"]
    try:
        if path.startswith(STORAGE_PATH):
            if method != "POST":
                raise _Refused(405, "The method is not allowed for the requested URL.")
            content_type = next((v for k, v in scope["headers"] if k == b"content-type"), b"")
            fields, data = _form(content_type, await _body(receive))
            _accept(world, fields, data)
            key = fields["key"]
            answer = f"<PostResponse><Key>{key}</Key></PostResponse>".encode()
            await _send(send, 201, answer, b"application/xml")
            return
        if method not in ("GET", "HEAD"):
            raise _Refused(405, "The method is not allowed for the requested URL.")
        upload = _download(world, path)
        body = b"" if method == "HEAD" else upload.data
        await _send(send, 200, body, upload.content_type.encode("latin-1", "replace"))
    except _Refused as refused:
        await _send(send, refused.status, encode({"error": refused.message}), b"application/json")
