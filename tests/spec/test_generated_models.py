"""The generated models keep `custom.cf_…` values: they land in `additional_properties`."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

import attrs
import yaml
from close_api.models.lead import Lead
from close_api.models.lead_update import LeadUpdate

LEAD: dict[str, Any] = {
    "id": "lead_" + "a" * 43,
    "name": "Acme",
    "display_name": "Acme",
    "status_id": "stat_" + "b" * 43,
    "status_label": "Potential",
    "description": None,
    "organization_id": "orga_" + "c" * 43,
    "date_created": "2026-11-22T05:30:24.844000+00:00",
    "date_updated": "2026-11-22T05:30:24.844000+00:00",
    "custom.cf_text": "hello",
    "custom.cf_number": 5.5,
    "custom.cf_multi": ["A", "B"],
    "custom.cf_user": "user_" + "d" * 43,
}


def test_a_lead_with_custom_values_round_trips_without_loss() -> None:
    lead = Lead.from_dict(LEAD)
    assert lead.additional_properties["custom.cf_multi"] == ["A", "B"]
    assert lead["custom.cf_number"] == 5.5
    assert lead.to_dict() == LEAD
    assert Lead.from_dict(lead.to_dict()).to_dict() == LEAD


def test_an_update_carries_add_remove_and_unset_keys() -> None:
    body = {
        "name": "Renamed",
        "custom.cf_multi.add": "C",
        "custom.cf_multi.remove": "A",
        "custom.cf_text": None,
    }
    update = LeadUpdate.from_dict(body)
    assert update.to_dict() == body


SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "close.openapi.yaml"


def test_clean_names_never_collide() -> None:
    # `field_prefix: ""` turns `_limit` into `limit` and `_type` into `type_`: no two spec
    # names may meet in one Python name, in a parameter list or in a model.
    import close_api.models as models

    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    for name, schema in spec["components"]["schemas"].items():
        cls = getattr(models, name, None)
        if cls is None or not attrs.has(cls) or "properties" not in schema:
            continue
        fields = [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
        assert len(fields) == len(set(fields)) == len(schema["properties"]), name
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in {"get", "post", "put", "delete", "patch"}:
                continue
            tag = operation["tags"][0]
            module = importlib.import_module(f"close_api.api.{tag}.{operation['operationId']}")
            parameters = list(inspect.signature(module.sync).parameters)
            assert len(parameters) == len(set(parameters)), operation["operationId"]
            assert not [p for p in parameters if p.startswith("field_")], parameters


def test_list_parameters_have_close_names_without_the_underscore() -> None:
    from close_api.api.leads import list_leads

    assert {"limit", "skip", "fields"} <= set(inspect.signature(list_leads.sync).parameters)


def _plain_value(schema: dict[str, Any], number: int) -> Any:
    """A distinct value for a property of plain JSON type, or None when it is not plain."""
    if any(key in schema for key in ("$ref", "format", "enum", "const", "items", "oneOf")):
        return None
    types = schema.get("type")
    kinds = set(types) if isinstance(types, list) else {types}
    kinds.discard("null")
    if kinds == {"string"}:
        return f"value {number}"
    if kinds == {"integer"}:
        return number
    return None


def test_from_dict_puts_every_value_in_its_own_attribute() -> None:
    # from_dict passes attributes positionally: a slip in the order would swap values.
    import close_api.models as models

    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    checked = 0
    for name, schema in spec["components"]["schemas"].items():
        cls = getattr(models, name, None)
        properties = schema.get("properties")
        if cls is None or not properties:
            continue
        source = {key: _plain_value(prop, n) for n, (key, prop) in enumerate(properties.items())}
        if any(value is None for value in source.values()):
            continue
        assert cls.from_dict(source).to_dict() == source, name
        checked += 1
    assert checked >= 5
