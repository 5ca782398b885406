"""``closeext spec-diff --coverage``: templated upstream paths and the ones ours spells out."""

from __future__ import annotations

from typing import Any

from closeext.tools import spec_diff as sd

Json = dict[str, Any]
_OK: Json = {"200": {"description": "ok"}}


def _spec(paths: dict[str, list[str]]) -> Json:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.close.com/api/v1"}],
        "paths": {
            path: {m: {"operationId": f"{m}{i}", "responses": _OK} for m in methods}
            for i, (path, methods) in enumerate(paths.items())
        },
    }


def test_parameter_names_do_not_matter() -> None:
    upstream = _spec(
        {"/group/{id}/member/{user_id}/": ["delete"], "/unsubscribe/email/{email}/": ["delete"]}
    )
    ours = _spec(
        {
            "/group/{group_id}/member/{member}/": ["delete"],
            "/unsubscribe/email/{email_address}/": ["delete"],
        }
    )
    report = sd.coverage(ours, upstream)
    assert len(report.covered) == 2 and not report.missing and not report.ours_only


def test_literal_expansions_cover_the_template() -> None:
    upstream = _spec(
        {
            "/custom_field_schema/{object_type}/": ["get", "put"],
            "/custom_field/shared/{scf_id}/association/{object_type}/": ["get", "delete"],
        }
    )
    ours = _spec(
        {
            "/custom_field_schema/lead/": ["get", "put"],
            "/custom_field_schema/activity/{custom_activity_type_id}/": ["get"],
            "/custom_field/shared/{cf}/association/contact/": ["get"],
            "/custom_field/shared/{cf}/association/custom_object_type/{cot}/": ["delete"],
        }
    )
    report = sd.coverage(ours, upstream)
    assert report.covered == [
        "GET /custom_field_schema/{object_type}/ (get0)",
        "PUT /custom_field_schema/{object_type}/ (put0)",
        "GET /custom_field/shared/{scf_id}/association/{object_type}/ (get1)",
        "DELETE /custom_field/shared/{scf_id}/association/{object_type}/ (delete1)",
    ]
    assert report.ours_only == []


def test_an_exact_match_is_no_expansion_and_methods_must_agree() -> None:
    upstream = _spec(
        {"/blocked_phone_number/settings/": ["get"], "/blocked_phone_number/{id}/": ["get", "put"]}
    )
    ours = _spec(
        {"/blocked_phone_number/settings/": ["get"], "/blocked_phone_number/bulk/": ["post"]}
    )
    report = sd.coverage(ours, upstream)
    assert report.covered == ["GET /blocked_phone_number/settings/ (get0)"]
    assert report.missing == [
        "GET /blocked_phone_number/{id}/ (get1)",
        "PUT /blocked_phone_number/{id}/ (put1)",
    ]
    assert report.ours_only == ["POST /blocked_phone_number/bulk/ (post1)"]


def test_a_parameter_inside_the_path_matches_one_segment_only() -> None:
    upstream = _spec({"/a/{x}/b/": ["get"]})
    ours = _spec({"/a/one/two/b/": ["get"], "/a/one/b/": ["get"]})
    report = sd.coverage(ours, upstream)
    assert report.covered == ["GET /a/{x}/b/ (get0)"]
    assert report.ours_only == ["GET /a/one/two/b/ (get0)"]
