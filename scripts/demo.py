"""The closeext demo: the helpers at work against the embedded Close emulator.

    python3 scripts/bootstrap.py demo        (or: nox -s demo, or python scripts/demo.py)

It starts the emulator on a free local port, then, through ``closeext.Close`` and
``closeext.AsyncClose``: creates custom fields (one of them shared and associated with a
custom activity type), creates leads in bulk with values set by field *name*, adds and
removes values of a multi-value field, logs a custom activity that needs the shared field,
pages through the leads, and prints what it did. Nothing leaves this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
from collections import Counter
from typing import Any

from close_api.api.custom_activities import create_custom_activity
from close_api.api.custom_activity_types import create_custom_activity_type
from close_api.api.custom_fields import create_lead_custom_field, create_shared_custom_field
from close_api.api.leads import create_lead, get_lead, list_leads, update_lead
from close_api.models.custom_activity_create import CustomActivityCreate
from close_api.models.custom_activity_type_create import CustomActivityTypeCreate
from close_api.models.custom_field_create import CustomFieldCreate
from close_api.models.lead_create import LeadCreate
from close_api.models.lead_update import LeadUpdate
from close_api.models.shared_custom_field_create import SharedCustomFieldCreate

from closeext import AsyncClose, Close, FieldRegistry, ObjectType, Update, bulk, read_value
from closeext.emulator import ServerThread, create_app

LEAD = ObjectType.lead()
INDUSTRIES = ("Software", "Retail", "Health", "Finance")
REGIONS = ("EMEA", "AMER", "APAC")


def say(step: str, detail: str) -> None:
    print(f"  {step:<28} {detail}")


def create_fields(close: Close) -> tuple[str, str]:
    """Regular lead fields, a custom activity type, and a shared field associated with both."""
    bodies: tuple[dict[str, object], ...] = (
        {"name": "Industry", "type": "choices", "choices": list(INDUSTRIES)},
        {"name": "Seats", "type": "number"},
        {"name": "Tags", "type": "choices", "choices": ["vip", "trial", "churn-risk", "partner"]},
    )
    for body in bodies:
        if body["name"] == "Tags":
            body["accepts_multiple_values"] = True
        field = close.call(create_lead_custom_field, body=CustomFieldCreate.from_dict(body))
        say("custom field (lead)", f"{field.name!r} {field.type_} -> {field.id}")
    call_type = close.call(
        create_custom_activity_type, body=CustomActivityTypeCreate(name="Discovery call")
    )
    say("custom activity type", f"{call_type.name!r} -> {call_type.id}")
    region = close.call(
        create_shared_custom_field,
        body=SharedCustomFieldCreate.from_dict(
            {"name": "Region", "type": "choices", "choices": list(REGIONS)}
        ),
    )
    # Ids are optional in the spec's response schemas (a `_fields` request may leave them out).
    assert isinstance(region.id, str) and isinstance(call_type.id, str)
    close.associate(region.id, LEAD)
    # The docs' spelling of a target works as well as ObjectType.custom_activity_type(...).
    close.associate(region.id, f"custom_activity_type/{call_type.id}", required=True)
    say("shared field", f"{region.name!r} -> {region.id}, on leads and {call_type.id}")
    return call_type.id, region.id


def lead_bodies(registry: FieldRegistry, count: int) -> list[dict[str, Any]]:
    """Create bodies with custom values set by field name; ids come from the registry."""
    bodies = []
    for n in range(count):
        update = (
            Update(registry=registry, object_type=LEAD)
            .set_attrs(name=f"Demo Company {n + 1:03d}")
            .set("Industry", INDUSTRIES[n % len(INDUSTRIES)])
            .set("Seats", 5 + n)
            .set("Region", REGIONS[n % len(REGIONS)])
            .set("Tags", ["trial"])
        )
        bodies.append({"body": update.to_model(LeadCreate)})
    return bodies


async def create_leads(api_key: str, base_url: str, bodies: list[dict[str, Any]]) -> list[str]:
    async with AsyncClose(api_key, base_url=base_url) as aclose:
        results = await bulk(aclose, create_lead, bodies, concurrency=8)
    failed = [result for result in results if not result.ok]
    if failed:
        raise SystemExit(f"{len(failed)} leads were not created: {failed[0].error}")
    return [result.value.id for result in results if result.value is not None]


def run(count: int) -> None:
    api_key = "demo_" + secrets.token_urlsafe(12)
    with ServerThread(create_app(api_keys=[api_key])) as server:
        print(f"closeext demo against the embedded Close emulator at {server.base_url}")
        with Close(api_key, base_url=server.base_url) as close:
            call_type_id, region_id = create_fields(close)
            call_target = ObjectType.custom_activity_type(call_type_id)
            registry = close.field_registry(LEAD, call_target)

            lead_ids = asyncio.run(
                create_leads(api_key, server.base_url, lead_bodies(registry, count))
            )
            say("bulk create (async)", f"{len(lead_ids)} leads, values set by field name")

            # .add / .remove change one value of a multi-value field without replacing it.
            first, second = lead_ids[0], lead_ids[1]
            builder = Update(registry=registry, object_type=LEAD)
            close.call(
                update_lead, lead_id=first, body=builder.add("Tags", "vip").to_model(LeadUpdate)
            )
            builder = Update(registry=registry, object_type=LEAD)
            close.call(
                update_lead,
                lead_id=first,
                body=builder.remove("Tags", "trial").to_model(LeadUpdate),
            )
            builder = Update(registry=registry, object_type=LEAD)
            close.call(
                update_lead,
                lead_id=second,
                body=builder.add("Tags", "partner").to_model(LeadUpdate),
            )
            for lead_id in (first, second):
                tags = read_value(close.call(get_lead, lead_id=lead_id), "Tags", registry=registry)
                say("tags after .add/.remove", f"{lead_id}: {tags}")

            # The shared field is required on the custom activity type it is associated with.
            activity = close.call(
                create_custom_activity,
                body=CustomActivityCreate.from_dict(
                    {
                        "custom_activity_type_id": call_type_id,
                        "lead_id": first,
                        registry.resolve(call_target, "Region").key: "EMEA",
                    }
                ),
            )
            say("custom activity", f"{activity.id} with shared field {region_id}")

            # Page through every lead; the page size follows the endpoint's maximum.
            by_region: Counter[str] = Counter()
            for lead in close.paginate(list_leads, page_size=20):
                by_region[read_value(lead, "Region", registry=registry)] += 1
            pages = -(-sum(by_region.values()) // 20)
            say("paginated", f"{sum(by_region.values())} leads in {pages} pages of 20")
            say("leads per region", ", ".join(f"{r}: {n}" for r, n in sorted(by_region.items())))
    print("done: the emulator is gone with everything it held.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=50, help="how many leads to create")
    args = parser.parse_args()
    if args.leads < 2:
        parser.error("--leads must be at least 2")
    run(args.leads)


if __name__ == "__main__":
    main()
