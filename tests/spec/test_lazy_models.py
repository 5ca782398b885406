"""Generated models convert nested values on first read, and behave as if they had not.

`from_dict` keeps the JSON form of the values that need converting (nested models, lists of
them, dates) and converts each when it is first read (close_api.types.lazy_fields). Reading,
comparing, copying, evolving, pickling and to_dict must give what eager conversion gave.
"""

from __future__ import annotations

import copy
import datetime
import pickle
import threading
from typing import Any

import attrs
import pytest
from close_api.models.address import Address
from close_api.models.lead import Lead
from close_api.models.lead_custom import LeadCustom
from close_api.models.lead_list import LeadList
from close_api.types import UNSET

LEAD: dict[str, Any] = {
    "id": "lead_1",
    "name": "Acme",
    "addresses": [{"label": "business", "city": "Lisbon", "country": "PT"}],
    "contacts": [],
    "custom": {"Industry": "Software"},
    "date_created": "2026-11-22T05:30:24.844000+00:00",
    "custom.cf_text": "hello",
}


def test_nested_values_are_converted_when_read() -> None:
    lead = Lead.from_dict(LEAD)
    assert lead.addresses == [Address(label="business", city="Lisbon", country="PT")]
    assert isinstance(lead.addresses, list) and isinstance(lead.addresses[0], Address)
    assert lead.addresses is lead.addresses  # converted once, then kept
    assert lead.contacts == []
    assert isinstance(lead.custom, LeadCustom) and lead.custom["Industry"] == "Software"
    assert lead.date_created == datetime.datetime(
        2026, 11, 22, 5, 30, 24, 844000, tzinfo=datetime.UTC
    )
    assert lead.date_updated is UNSET and lead.tasks is UNSET  # absent stays UNSET
    assert lead["custom.cf_text"] == "hello"
    assert "addresses" not in lead.additional_properties


def test_a_bad_nested_value_fails_when_read_and_again_on_the_next_read() -> None:
    lead = Lead.from_dict({**LEAD, "date_created": "not a date"})
    assert lead.name == "Acme"
    for _ in range(2):
        with pytest.raises(ValueError):
            _ = lead.date_created


def test_a_missing_required_nested_value_still_fails_in_from_dict() -> None:
    with pytest.raises(KeyError):
        LeadList.from_dict({"has_more": False})


def test_equality_repr_copies_and_to_dict_see_the_converted_values() -> None:
    built = Lead(
        id="lead_1",
        name="Acme",
        addresses=[Address(label="business", city="Lisbon", country="PT")],
        contacts=[],
        custom=LeadCustom.from_dict({"Industry": "Software"}),
        date_created=datetime.datetime.fromisoformat(LEAD["date_created"]),
    )
    built.additional_properties = {"custom.cf_text": "hello"}
    assert Lead.from_dict(LEAD) == built
    assert repr(Lead.from_dict(LEAD)) == repr(built)
    assert copy.copy(Lead.from_dict(LEAD)) == built
    assert copy.deepcopy(Lead.from_dict(LEAD)).addresses == built.addresses
    assert attrs.evolve(Lead.from_dict(LEAD), name="Other").addresses == built.addresses
    assert pickle.loads(pickle.dumps(Lead.from_dict(LEAD))) == built
    assert copy.deepcopy(Lead.from_dict(LEAD)).to_dict() == LEAD
    assert Lead.from_dict(LEAD).to_dict() == LEAD == built.to_dict()


def test_setting_and_deleting_work_as_on_any_slot() -> None:
    lead = Lead.from_dict(LEAD)
    lead.addresses = []
    assert lead.addresses == []
    del lead.addresses
    with pytest.raises(AttributeError, match="addresses"):
        _ = lead.addresses
    pending = Lead.from_dict(LEAD)
    del pending.custom  # never read: deleting drops the JSON form too
    with pytest.raises(AttributeError, match="custom"):
        _ = pending.custom
    with pytest.raises(AttributeError):
        del pending.custom
    pending.custom = UNSET
    assert pending.custom is UNSET


def test_the_source_mapping_is_not_kept_or_changed() -> None:
    source = dict(LEAD)
    lead = Lead.from_dict(source)
    source["addresses"] = []
    source["date_created"] = "garbage"
    assert lead.addresses[0].city == "Lisbon"
    assert lead.date_created.year == 2026  # type: ignore[union-attr]
    assert source["addresses"] == []


def test_a_list_response_converts_its_items_on_read() -> None:
    page = LeadList.from_dict({"data": [LEAD, LEAD], "has_more": True})
    assert page.has_more is True
    assert [lead.name for lead in page.data] == ["Acme", "Acme"]
    assert all(isinstance(lead, Lead) for lead in page.data)


def test_concurrent_first_reads_all_get_the_value() -> None:
    def read(lead: Lead, seen: list[Any]) -> None:
        seen.append(lead.addresses)

    for _ in range(50):
        lead = Lead.from_dict(LEAD)
        seen: list[Any] = []
        threads = [threading.Thread(target=read, args=(lead, seen)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(seen) == 4
        assert all(value == lead.addresses for value in seen)
