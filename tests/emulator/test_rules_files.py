"""File uploads: the form, the upload to the emulator's storage and the download."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from closeext.emulator._store import World
from tests.emulator._driver import Api, emulator, ok

ORIGIN = "http://emulator.test"


@pytest.fixture
def world_api() -> Iterator[tuple[World, Api]]:
    with emulator() as (world, (client,)):
        yield world, client


def _start(api: Api, filename: str = "report.pdf") -> dict[str, Any]:
    body = {"filename": filename, "content_type": "application/pdf"}
    answer: dict[str, Any] = ok(api.post("/files/upload/", json=body))
    return answer


def _upload(api: Api, form: dict[str, Any], data: bytes = b"%PDF-1.4 hello") -> Any:
    fields = form["upload"]["fields"]
    return api.post(
        form["upload"]["url"], data=fields, files={"file": ("x.pdf", data, "application/pdf")}
    )


def _local(url: str) -> str:
    assert url.startswith("https://app.close.com/go/file/")
    return ORIGIN + url.removeprefix("https://app.close.com")


def test_upload_then_download_and_attach(world_api: tuple[World, Api]) -> None:
    _, api = world_api
    form = _start(api, "q3 report.pdf")
    assert form["upload"]["url"] == f"{ORIGIN}/_storage/"
    assert set(form["upload"]["fields"]) >= {"key", "policy", "x-amz-signature"}
    download = form["download"]["url"]
    assert api.get(_local(download)).status_code == 404  # nothing uploaded yet

    uploaded = _upload(api, form)
    assert uploaded.status_code == 201, uploaded.text
    served = api.get(_local(download))
    assert served.status_code == 200
    assert served.content == b"%PDF-1.4 hello"
    assert served.headers["content-type"] == "application/pdf"

    lead = ok(api.post("/lead/", json={"name": "Acme"}))
    attachment = {"url": download, "filename": "q3 report.pdf", "content_type": "application/pdf"}
    note = ok(
        api.post(
            "/activity/note/",
            json={"lead_id": lead["id"], "note": "x", "attachments": [attachment]},
        )
    )
    assert note["attachments"] == [attachment]


def test_the_form_must_be_sent_as_issued_within_a_minute(world_api: tuple[World, Api]) -> None:
    world, api = world_api
    form = _start(api)
    forged = {**form, "upload": {**form["upload"], "fields": {**form["upload"]["fields"]}}}
    forged["upload"]["fields"]["x-amz-signature"] = "0" * 40
    assert _upload(api, forged).status_code == 403
    no_file = api.post(form["upload"]["url"], data=form["upload"]["fields"], files={"x": b"1"})
    assert no_file.status_code == 400 and "file" in no_file.json()["error"]
    world.clock.advance(61)
    late = _upload(api, form)
    assert late.status_code == 403 and "expired" in late.json()["error"]
    assert api.get(_local(form["download"]["url"])).status_code == 404


def test_a_download_lasts_a_day(world_api: tuple[World, Api]) -> None:
    world, api = world_api
    form = _start(api)
    assert _upload(api, form).status_code == 201
    local = _local(form["download"]["url"])
    world.clock.advance(23 * 3600)
    assert api.get(local).status_code == 200
    world.clock.advance(3601)
    gone = api.get(local)
    assert gone.status_code == 404 and set(gone.json()) == {"error"}


def test_the_storage_is_per_key_and_needs_no_api_key(world_api: tuple[World, Api]) -> None:
    _, api = world_api
    form = _start(api)
    api.auth = None  # S3 takes the signed form, not Close's API key
    assert _upload(api, form).status_code == 201
    assert api.get(f"{ORIGIN}/_storage/").status_code == 405
    assert api.post(form["upload"]["url"], content=b"raw").status_code == 400
