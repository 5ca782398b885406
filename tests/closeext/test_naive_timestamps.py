"""Timestamps without a UTC offset: the emulator sends them where Close does, the client reads UTC.

Real pipelines, custom activity types and roles carry ``date_created`` / ``date_updated``
without an offset (built-in roles the year-one moment); every other timestamp ends in
``+00:00``. The generated client must turn both into aware UTC datetimes, so they compare.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import httpx
from close_api.models import CustomActivityTypeCreate, LeadCreate, Pipeline, Role

from closeext import Close

NAIVE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$")
AWARE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$")


def _raw(server: Any, path: str) -> Any:
    with httpx.Client(base_url=server.base_url, auth=(server.api_key, "")) as http:
        response = http.get(path)
        assert response.status_code == 200, response.text
        return response.json()


def test_the_emulator_sends_naive_timestamps_where_close_does(close_emulator_fresh: Any) -> None:
    server = close_emulator_fresh
    with Close(server.api_key, base_url=server.base_url) as close:
        close.custom_activity_types.create(body=CustomActivityTypeCreate(name="Demo"))
    (pipeline,) = _raw(server, "pipeline/")["data"]
    (activity_type,) = _raw(server, "custom_activity/")["data"]
    for record in (pipeline, activity_type):
        assert NAIVE.match(record["date_created"]) and NAIVE.match(record["date_updated"])
    admin = _raw(server, "role/admin/")
    assert admin["date_created"] == admin["date_updated"] == "0001-01-01T00:00:00"
    # Everything else keeps its offset.
    assert AWARE.match(_raw(server, "me/")["date_created"])


def test_the_client_reads_a_missing_offset_as_utc(close_emulator_fresh: Any) -> None:
    server = close_emulator_fresh
    with Close(server.api_key, base_url=server.base_url) as close:
        (pipeline,) = close.pipelines.list().data
        lead = close.leads.create(body=LeadCreate(name="Acme"))
        admin = close.roles.get("admin")
    assert isinstance(pipeline.date_created, dt.datetime)
    assert pipeline.date_created.tzinfo is not None
    assert pipeline.date_created.utcoffset() == dt.timedelta(0)
    assert isinstance(lead.date_created, dt.datetime)
    # A naive timestamp and an aware one compare: both are aware now.
    assert pipeline.date_created <= lead.date_created
    assert admin.date_created == dt.datetime(1, 1, 1, tzinfo=dt.UTC)


def test_models_parse_either_form_as_utc() -> None:
    naive = Pipeline.from_dict(
        {"id": "pipe_1", "name": "P", "date_created": "2021-07-13T11:36:04.983404"}
    )
    aware = Pipeline.from_dict(
        {"id": "pipe_1", "name": "P", "date_created": "2021-07-13T13:36:04.983404+02:00"}
    )
    assert naive.date_created == aware.date_created
    assert isinstance(naive.date_created, dt.datetime)
    assert naive.date_created.tzinfo == dt.UTC
    role = Role.from_dict({"id": "admin", "name": "Admin", "date_created": "0001-01-01T00:00:00"})
    assert role.date_created == dt.datetime(1, 1, 1, tzinfo=dt.UTC)
    assert (
        Role.from_dict({"id": "admin", "name": "Admin", "date_created": None}).date_created is None
    )
