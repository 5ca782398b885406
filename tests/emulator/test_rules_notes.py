"""Note activities (``/activity/note/``): the first activity family on the resource engine."""

from __future__ import annotations

from tests.emulator._driver import Api, emulator, error, field_errors, ok


def _lead(api: Api, **body: object) -> dict[str, object]:
    answer: dict[str, object] = ok(api.post("/lead/", json={"name": "Acme", **body}))
    return answer


def test_a_note_is_a_lead_activity_with_plain_and_rich_text() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api)
        note = ok(api.post("/activity/note/", json={"lead_id": lead["id"], "note": "a < b\nok"}))
        assert note["_type"] == "Note" and note["id"].startswith("acti_")
        assert note["note_html"] == "<body><p>a &lt; b</p><p>ok</p></body>"
        assert (note["user_id"], note["user_name"]) == (api.user.id, api.user.full_name)
        rich = ok(
            api.post(
                "/activity/note/",
                json={
                    "lead_id": lead["id"],
                    "note": "ignored",
                    "note_html": "<body><p>x</p></body>",
                },
            )
        )
        assert (rich["note"], rich["note_html"]) == ("x", "<body><p>x</p></body>")
        changed = ok(api.put(f"/activity/note/{note['id']}/", json={"note_html": "<p>new</p>"}))
        assert changed["note"] == "new" and changed["pinned"] is False
        assert ok(api.get(f"/activity/note/{note['id']}/", params={"_fields": "note"})) == {
            "note": "new"
        }


def test_references_must_exist_and_contacts_belong_to_the_lead() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api, contacts=[{"name": "Ada"}])
        other = _lead(api, contacts=[{"name": "Bob"}])
        missing = "lead_" + "x" * 43
        assert field_errors(api.post("/activity/note/", json={"lead_id": missing})) == {
            "lead_id": "Object does not exist."
        }
        foreign = other["contacts"][0]["id"]  # type: ignore[index]
        assert field_errors(
            api.post("/activity/note/", json={"lead_id": lead["id"], "contact_id": foreign})
        ) == {"contact_id": "Object does not exist on this lead."}
        assert "lead_id" in field_errors(api.post("/activity/note/", json={"note": "x"}))
        note = ok(api.post("/activity/note/", json={"lead_id": lead["id"]}))
        # A note cannot move to another lead (NoteUpdate does not take lead_id).
        moved = api.put(f"/activity/note/{note['id']}/", json={"lead_id": other["id"]})
        assert moved.status_code == 400
        assert ok(api.get(f"/activity/note/{note['id']}/"))["lead_id"] == lead["id"]
        assert error(api.get("/activity/note/acti_" + "x" * 43 + "/"), 404) == (
            "Empty query: Activity matching query does not exist."
        )


def test_the_list_honours_every_declared_filter() -> None:
    with emulator() as (_, (api,)):
        a = _lead(api, contacts=[{"name": "Ada"}])
        b = _lead(api)
        ada = a["contacts"][0]["id"]  # type: ignore[index]
        early = ok(
            api.post(
                "/activity/note/",
                json={"lead_id": a["id"], "contact_id": ada, "activity_at": "2020-01-01T10:00:00Z"},
            )
        )
        late = ok(api.post("/activity/note/", json={"lead_id": b["id"], "note": "b"}))

        def ids(**params: str) -> list[str]:
            return [n["id"] for n in ok(api.get("/activity/note/", params=params))["data"]]

        assert ids() == [early["id"], late["id"]]
        assert ids(lead_id=a["id"]) == [early["id"]]
        assert ids(contact_id=ada) == [early["id"]]
        assert ids(user_id=api.user.id) == [early["id"], late["id"]]
        assert ids(id__in=f"{late['id']},acti_nope") == [late["id"]]
        assert ids(activity_at__lt="2021-01-01") == [early["id"]]
        assert ids(activity_at__gte="2020-01-01T10:00:00+00:00") == [early["id"], late["id"]]
        assert ids(date_created__gt="2020-01-01") == [early["id"], late["id"]]
        assert ids(date_created__lte="2020-01-01") == []
        page = ok(api.get("/activity/note/", params={"_limit": 1}))
        assert page["has_more"] is True and len(page["data"]) == 1
        assert "activity_at__lt" in field_errors(
            api.get("/activity/note/", params={"activity_at__lt": "yesterday"})
        )


def test_notes_go_with_their_lead_and_forget_a_deleted_contact() -> None:
    with emulator() as (_, (api,)):
        lead = _lead(api, contacts=[{"name": "Ada"}])
        contact = lead["contacts"][0]["id"]  # type: ignore[index]
        note = ok(api.post("/activity/note/", json={"lead_id": lead["id"], "contact_id": contact}))
        ok(api.delete(f"/contact/{contact}/"))
        assert ok(api.get(f"/activity/note/{note['id']}/"))["contact_id"] is None
        target = _lead(api)
        ok(api.post("/lead/merge/", json={"source": lead["id"], "destination": target["id"]}))
        assert ok(api.get(f"/activity/note/{note['id']}/"))["lead_id"] == target["id"]
        ok(api.delete(f"/lead/{target['id']}/"))
        assert api.get(f"/activity/note/{note['id']}/").status_code == 404
        assert ok(api.get("/activity/note/"))["data"] == []
