"""Every helper, through the generated client, against the emulator — sync and async."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from close_api.api.contacts import create_contact
from close_api.api.custom_activity_types import create_custom_activity_type
from close_api.api.custom_fields import (
    create_contact_custom_field,
    create_custom_object_custom_field,
    create_lead_custom_field,
    create_shared_custom_field,
    delete_lead_custom_field,
)
from close_api.api.custom_object_types import create_custom_object_type
from close_api.api.custom_objects import create_custom_object, list_custom_objects
from close_api.api.leads import create_lead, get_lead, list_leads, update_lead
from close_api.api.users import get_me
from close_api.models.contact_create import ContactCreate
from close_api.models.custom_activity_type_create import CustomActivityTypeCreate
from close_api.models.custom_field_create import CustomFieldCreate
from close_api.models.custom_object_create import CustomObjectCreate
from close_api.models.custom_object_custom_field_create import CustomObjectCustomFieldCreate
from close_api.models.custom_object_type_create import CustomObjectTypeCreate
from close_api.models.lead_create import LeadCreate
from close_api.models.lead_update import LeadUpdate
from close_api.models.shared_custom_field_create import SharedCustomFieldCreate

from closeext import (
    InvalidFieldValue,
    InvalidOperation,
    NotFound,
    ObjectType,
    UnknownField,
    Update,
    ValidationError,
    read_value,
    read_values,
)

from .conftest import collect, resolve

LEAD = ObjectType.lead()


async def lead_field(client: Any, name: str, type_: str, **extra: Any) -> str:
    body = CustomFieldCreate.from_dict({"name": name, "type": type_, **extra})
    field = await resolve(client.call(create_lead_custom_field, body=body))
    return str(field.id)


async def new_lead(client: Any, name: str = "Acme", **custom: Any) -> Any:
    return await resolve(
        client.call(create_lead, body=LeadCreate.from_dict({"name": name, **custom}))
    )


async def update(client: Any, lead_id: str, body: dict[str, Any]) -> Any:
    return await resolve(client.call(update_lead, lead_id=lead_id, body=LeadUpdate.from_dict(body)))


async def test_names_to_ids_to_values_round_trip_for_every_field_type(client: Any) -> None:
    me = await resolve(client.call(get_me))
    cotype = await resolve(
        client.call(
            create_custom_object_type,
            body=CustomObjectTypeCreate(name="Project", name_plural="Projects"),
        )
    )
    await lead_field(client, "Industry", "text")
    await lead_field(client, "Seats", "number")
    await lead_field(client, "Price", "number")
    await lead_field(client, "Renewal", "date")
    await lead_field(client, "Last call", "datetime")
    await lead_field(client, "Tier", "choices", choices=["Gold", "Silver"])
    await lead_field(
        client, "Tags", "choices", choices=["a", "b", "c"], accepts_multiple_values=True
    )
    await lead_field(client, "Owner", "user")
    await lead_field(client, "Champion", "contact")
    await lead_field(client, "Project", "custom_object", referenced_custom_type_id=cotype.id)
    await lead_field(client, "Notes for bots", "hidden")
    registry = await resolve(client.field_registry(LEAD))

    lead = await new_lead(client)
    contact = await resolve(
        client.call(
            create_contact, body=ContactCreate.from_dict({"lead_id": lead.id, "name": "Jo"})
        )
    )
    project = await resolve(
        client.call(
            create_custom_object,
            body=CustomObjectCreate(
                custom_object_type_id=cotype.id, lead_id=lead.id, name="Roll-out"
            ),
        )
    )
    renewal = dt.date(2027, 1, 31)
    last_call = dt.datetime(2026, 11, 22, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=-8)))
    body = (
        Update(registry=registry, object_type=LEAD)
        .set("Industry", "Software")
        .set("Seats", 12)
        .set("Price", 9.5)
        .set("Renewal", renewal)
        .set("Last call", last_call)
        .set("Tier", "Gold")
        .set("Tags", ["a", "c"])
        .set("Owner", f"{me.first_name} {me.last_name}")  # by exact name; comes back an id
        .set("Champion", contact.id)
        .set("Project", project.id)
        .set("Notes for bots", {"sync": 3})
        .to_model(LeadUpdate)
    )
    await resolve(client.call(update_lead, lead_id=lead.id, body=body))
    fetched = await resolve(client.call(get_lead, lead_id=lead.id))

    values = read_values(fetched, registry)
    assert values == {
        "Industry": "Software",
        "Seats": 12,
        "Price": 9.5,
        "Renewal": renewal,
        "Last call": last_call,
        "Tier": "Gold",
        "Tags": ["a", "c"],
        "Owner": me.id,
        "Champion": contact.id,
        "Project": project.id,
        "Notes for bots": {"sync": 3},
    }
    assert isinstance(values["Seats"], int)
    assert values["Last call"].utcoffset() == dt.timedelta(0)  # Close returns UTC


async def test_add_remove_and_unset_on_a_multi_value_field(client: Any) -> None:
    await lead_field(
        client, "Tags", "choices", choices=["a", "b", "c"], accepts_multiple_values=True
    )
    await lead_field(client, "Industry", "text")
    registry = await resolve(client.field_registry(LEAD))
    lead = await new_lead(client)

    def builder() -> Update:
        return Update(registry=registry, object_type=LEAD)

    await update(client, lead.id, builder().set("Tags", ["a"]).set("Industry", "x").build())
    await update(client, lead.id, builder().add("Tags", "b").build())
    await update(client, lead.id, builder().add("Tags", "c").build())
    await update(client, lead.id, builder().remove("Tags", "a").build())
    fetched = await resolve(client.call(get_lead, lead_id=lead.id))
    assert read_value(fetched, "Tags", registry=registry) == ["b", "c"]

    await update(client, lead.id, builder().unset("Industry").unset("Tags").build())
    fetched = await resolve(client.call(get_lead, lead_id=lead.id))
    industry = registry.resolve(LEAD, "Industry")
    assert industry.key not in fetched.additional_properties  # unset fields are absent
    assert read_value(fetched, "Tags", registry=registry) == []
    assert read_value(fetched, "Industry", registry=registry) is None


async def test_the_builder_refuses_before_anything_is_sent(client: Any) -> None:
    await lead_field(client, "Tier", "choices", choices=["Gold", "Silver"])
    registry = await resolve(client.field_registry(LEAD))
    builder = Update(registry=registry, object_type=LEAD)
    with pytest.raises(InvalidOperation):
        builder.add("Tier", "Gold")  # single-value field
    with pytest.raises(InvalidFieldValue):
        builder.set("Tier", "Bronze")  # not a choice
    with pytest.raises(UnknownField) as info:
        builder.set("Teir", "Gold")
    assert "Tier" in str(info.value)  # suggests the near miss


async def test_the_registry_refreshes_after_field_changes(client: Any) -> None:
    field_id = await lead_field(client, "Industry", "text")
    registry = await resolve(client.field_registry(LEAD))
    assert registry.resolve(LEAD, "Industry").id == field_id
    await resolve(client.call(delete_lead_custom_field, custom_field_id=field_id))
    await lead_field(client, "Region", "text")
    await resolve(client.refresh_fields(registry, LEAD))
    with pytest.raises(UnknownField):
        registry.resolve(LEAD, "Industry")
    assert registry.resolve(LEAD, "Region").name == "Region"


async def test_close_rejections_arrive_as_typed_errors(client: Any) -> None:
    field_id = await lead_field(client, "Tier", "choices", choices=["Gold"])
    lead = await new_lead(client)
    with pytest.raises(ValidationError) as info:
        await update(client, lead.id, {f"custom.{field_id}": "Bronze"})
    assert f"custom.{field_id}" in info.value.field_errors
    with pytest.raises(NotFound):
        await resolve(client.call(get_lead, lead_id="lead_" + "x" * 43))


@pytest.mark.parametrize(
    "target",
    [
        "lead",
        "contact",
        "opportunity",
        "custom_activity_type/{actitype}",
        "custom_object_type/{cotype}",
    ],
)
async def test_every_association_target(client: Any, target: str) -> None:
    actitype = await resolve(
        client.call(create_custom_activity_type, body=CustomActivityTypeCreate(name="Demo call"))
    )
    cotype = await resolve(
        client.call(
            create_custom_object_type,
            body=CustomObjectTypeCreate(name="Project", name_plural="Projects"),
        )
    )
    parsed = ObjectType.parse(target.format(actitype=actitype.id, cotype=cotype.id))
    shared = await resolve(
        client.call(
            create_shared_custom_field,
            body=SharedCustomFieldCreate.from_dict({"name": "Region", "type": "text"}),
        )
    )
    typed = parsed.type_id is not None

    created = await resolve(client.associate(shared.id, parsed, required=False))
    assert created.object_type == parsed.object_type
    fetched = await resolve(client.association(shared.id, parsed))
    assert fetched.to_dict() == created.to_dict()
    changed = await resolve(
        client.update_association(
            shared.id, parsed, required=True if typed else None, editable_with_roles=["admin"]
        )
    )
    assert changed.editable_with_roles == ["admin"]
    assert changed.required is typed

    # The shared field now shows in the target's schema, and leaves it when disassociated.
    registry = await resolve(client.field_registry(parsed))
    assert registry.resolve(parsed, "Region").id == shared.id
    await resolve(client.disassociate(shared.id, parsed))
    with pytest.raises(NotFound):
        await resolve(client.association(shared.id, parsed))
    registry = await resolve(client.field_registry(parsed))
    with pytest.raises(UnknownField):
        registry.resolve(parsed, "Region")


async def test_pagination_over_several_pages_and_over_an_empty_list(client: Any) -> None:
    assert await collect(client.paginate(list_leads)) == []
    created = [(await new_lead(client, f"Lead {n}")).id for n in range(23)]
    everything = await collect(client.paginate(list_leads, page_size=5))
    assert [lead.id for lead in everything] == created
    # An exact multiple of the page size stops cleanly too.
    assert len(await collect(client.paginate(list_leads, page_size=23))) == 23
    lead = await new_lead(client)
    assert await collect(client.paginate(list_custom_objects, lead_id=lead.id)) == []


async def test_shared_fields_carry_values_only_where_associated(client: Any) -> None:
    shared = await resolve(
        client.call(
            create_shared_custom_field,
            body=SharedCustomFieldCreate.from_dict({"name": "Region", "type": "text"}),
        )
    )
    await resolve(client.associate(shared.id, "lead"))
    await resolve(
        client.call(
            create_contact_custom_field,
            body=CustomFieldCreate.from_dict({"name": "Nickname", "type": "text"}),
        )
    )
    registry = await resolve(client.field_registry(LEAD, ObjectType.contact()))
    lead = await new_lead(client, **{registry.resolve(LEAD, "Region").key: "EMEA"})
    assert read_value(lead, "Region", registry=registry) == "EMEA"
    with pytest.raises(UnknownField):
        registry.resolve(ObjectType.contact(), "Region")
    # Close refuses the value on an object type the field is not associated with.
    with pytest.raises(ValidationError):
        await resolve(
            client.call(
                create_contact,
                body=ContactCreate.from_dict({"lead_id": lead.id, f"custom.{shared.id}": "EMEA"}),
            )
        )


async def test_custom_object_custom_fields_resolve_by_type(client: Any) -> None:
    cotype = await resolve(
        client.call(
            create_custom_object_type,
            body=CustomObjectTypeCreate(name="Project", name_plural="Projects"),
        )
    )
    await resolve(
        client.call(
            create_custom_object_custom_field,
            body=CustomObjectCustomFieldCreate.from_dict(
                {"name": "Budget", "type": "number", "custom_object_type_id": cotype.id}
            ),
        )
    )
    target = ObjectType.custom_object_type(cotype.id)
    registry = await resolve(client.field_registry(target))
    lead = await new_lead(client)
    body = CustomObjectCreate.from_dict(
        {
            "custom_object_type_id": cotype.id,
            "lead_id": lead.id,
            "name": "Roll-out",
            registry.resolve(target, "Budget").key: 1200,
        }
    )
    project = await resolve(client.call(create_custom_object, body=body))
    assert read_value(project, "Budget", registry=registry) == 1200


async def test_expect_narrows_the_result_and_checks_it(client: Any) -> None:
    from close_api.models.contact import Contact
    from close_api.models.lead import Lead

    lead = await resolve(client.call(create_lead, body=LeadCreate(name="Typed"), expect=Lead))
    assert isinstance(lead, Lead) and lead.name == "Typed"
    with pytest.raises(TypeError, match="expected Contact"):
        await resolve(client.call(get_lead, lead_id=lead.id, expect=Contact))
