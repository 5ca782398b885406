"""``GET /activity/``: every type in one list, Close's filter rules, typed client objects."""

from __future__ import annotations

from close_api.models.activity_list import ActivityList
from close_api.models.call import Call
from close_api.models.created_activity import CreatedActivity
from close_api.models.custom_activity import CustomActivity
from close_api.models.email import Email
from close_api.models.email_thread import EmailThread
from close_api.models.note import Note

from tests.emulator._driver import Api, emulator, field_errors, ok


def _lead(api: Api, **body: object) -> dict[str, object]:
    answer: dict[str, object] = ok(api.post("/lead/", json={"name": "Acme", **body}))
    return answer


def _listed(api: Api, **params: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = ok(api.get("/activity/", params=params))["data"]
    return found


def _custom_type(api: Api, name: str) -> str:
    made = ok(api.post("/custom_activity/", json={"name": name}), 201)
    return str(made["id"])


def test_every_type_is_listed_newest_first_and_parsed_into_its_class() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        note = ok(api.post("/activity/note/", json={"lead_id": lead["id"], "note": "n"}))
        call = ok(api.post("/activity/call/", json={"lead_id": lead["id"]}))
        email = ok(api.post("/activity/email/", json={"lead_id": lead["id"], "status": "draft"}))
        kind = _custom_type(api, "Visit")
        custom = ok(
            api.post(
                "/activity/custom/",
                json={"lead_id": lead["id"], "custom_activity_type_id": kind},
            )
        )
        listed = _listed(api, lead_id=lead["id"])
        assert [a["id"] for a in listed] == [
            custom["id"],
            email["id"],
            call["id"],
            note["id"],
            *[a["id"] for a in listed[4:]],
        ]
        assert [a["_type"] for a in listed[4:]] == ["Created"]
        page = ActivityList.from_dict(ok(api.get("/activity/", params={"lead_id": lead["id"]})))
        classes = [type(item) for item in page.data]
        assert classes == [CustomActivity, Email, Call, Note, CreatedActivity]
        oldest = _listed(api, lead_id=lead["id"], _order_by="date_created")
        assert [a["id"] for a in oldest] == [a["id"] for a in reversed(listed)]


def test_thread_emails_chooses_emails_threads_or_both() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        email = ok(api.post("/activity/email/", json={"lead_id": lead["id"], "status": "draft"}))

        def types(**params: str) -> list[object]:
            return [a["_type"] for a in _listed(api, lead_id=lead["id"], **params)]

        assert "EmailThread" not in types() and "Email" in types()
        both = ActivityList.from_dict(
            ok(api.get("/activity/", params={"lead_id": lead["id"], "thread_emails": "true"}))
        )
        assert {type(item) for item in both.data} >= {Email, EmailThread}
        only = types(thread_emails="only")
        assert "EmailThread" in only and "Email" not in only
        thread = next(a for a in _listed(api, thread_emails="only"))
        assert thread["id"] == email["thread_id"]


def test_filters_that_need_lead_id_are_refused_without_it() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        for name, value in (
            ("user_id", api.user.id),
            ("user_id__in", api.user.id),
            ("contact_id", "cont_" + "x" * 43),
            ("contact_id__in", "cont_" + "x" * 43),
            ("_type", "Note"),
            ("_type__in", "Note,Call"),
        ):
            assert field_errors(api.get("/activity/", params={name: value})) == {
                "lead_id": f"Filtering by {name} requires lead_id."
            }
            ok(api.get("/activity/", params={name: value, "lead_id": lead["id"]}))
        assert field_errors(api.get("/activity/", params={"_order_by": "-activity_at"})) == {
            "lead_id": "Ordering by -activity_at requires lead_id."
        }
        refused = api.get(
            "/activity/", params={"lead_id": lead["id"], "activity_at__gte": "2020-01-01"}
        )
        assert field_errors(refused) == {
            "_order_by": "Filtering by activity_at__gte requires _order_by=-activity_at."
        }
        assert (
            api.get("/activity/", params={"_type": "Nonsense", "lead_id": lead["id"]}).status_code
            == 400
        )


def test_type_filters_activity_at_and_the_custom_types() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api, contacts=[{"name": "Ada"}])
        ada = lead["contacts"][0]["id"]  # type: ignore[index]
        visit, demo = _custom_type(api, "Visit"), _custom_type(api, "Demo")
        made = {}
        for kind in (visit, demo):
            made[kind] = ok(
                api.post(
                    "/activity/custom/",
                    json={"lead_id": lead["id"], "custom_activity_type_id": kind},
                )
            )["id"]
        old = ok(
            api.post(
                "/activity/note/",
                json={
                    "lead_id": lead["id"],
                    "contact_id": ada,
                    "activity_at": "2020-01-01T00:00:00Z",
                },
            )
        )
        call = ok(api.post("/activity/call/", json={"lead_id": lead["id"]}))

        def ids(**params: str) -> set[object]:
            return {a["id"] for a in _listed(api, lead_id=str(lead["id"]), **params)}

        assert ids(_type="Custom") == set(made.values())
        assert ids(_type=visit) == {made[visit]}
        assert ids(_type__in=f"{demo},Call") == {made[demo], call["id"]}
        assert ids(_type="Note") == {old["id"]} == ids(contact_id=ada)
        assert field_errors(
            api.get("/activity/", params={"lead_id": lead["id"], "_type": "actitype_" + "x" * 22})
        ) == {"_type": f"Custom Activity Type actitype_{'x' * 22} does not exist."}
        recent = _listed(
            api, lead_id=lead["id"], _order_by="-activity_at", activity_at__gte="2021-01-01"
        )
        assert old["id"] not in {a["id"] for a in recent} and call["id"] in {
            a["id"] for a in recent
        }
        by_activity = _listed(api, lead_id=lead["id"], _order_by="-activity_at")
        assert by_activity[-1]["id"] == old["id"]


def test_the_organization_wide_list_pages_across_types_and_leads() -> None:
    with emulator() as (_, (api,)):
        a, b = _lead(api), _lead(api)
        made = [
            ok(api.post("/activity/note/", json={"lead_id": a["id"]}))["id"],
            ok(api.post("/activity/call/", json={"lead_id": b["id"]}))["id"],
            ok(api.post("/activity/note/", json={"lead_id": b["id"]}))["id"],
        ]
        pages = [ok(api.get("/activity/", params={"_limit": 2, "_skip": s})) for s in (0, 2, 4)]
        assert [p["has_more"] for p in pages] == [True, True, False]
        seen = [x["id"] for p in pages for x in p["data"]]
        assert seen[:3] == list(reversed(made))
        assert len(seen) == 5  # and the two leads' Created activities, oldest last
        assert seen == [x["id"] for x in _listed(api)]
        assert {x["id"] for x in _listed(api, lead_id__in=f"{a['id']},{b['id']}")} == set(seen)
        assert [x["id"] for x in _listed(api, id__in=made[1])] == [made[1]]
        ok(api.delete(f"/lead/{a['id']}/"))
        assert made[0] not in {x["id"] for x in _listed(api)}
