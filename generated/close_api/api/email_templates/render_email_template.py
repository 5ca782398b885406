from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_template_rendering import EmailTemplateRendering
from ...types import UNSET, Response

OPERATION_ID: Final = "render_email_template"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    template_id: str,
    *,
    lead_id: str,
    contact_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lead_id"] = lead_id

    params["contact_id"] = contact_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/email_template/{template_id}/render/".format(
            template_id=quote(str(template_id), safe=""),
        ),
        "extensions": {"closeext.operation": _OPERATION},
    }
    # Only when there are any: an empty `params` costs httpx one more URL parse per request.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailTemplateRendering:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = EmailTemplateRendering.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailTemplateRendering]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    lead_id: str,
    contact_id: str,
) -> Response[EmailTemplateRendering]:
    """Render an email template

     Renders the template's `subject` and `body` for one contact of one lead, as the caller
    (`lead_id` and `contact_id`; the contact must belong to the lead).

    Template tags are `{{ <object>.<property> }}`, with an optional fallback
    `{{ contact.first_name | default("there") }}` used when the value is empty:
    * `lead`: `id`, `name`, `display_name`, `description`, `url`, `status_label`, and
      `custom.<Field Name>` for a lead custom field's value (several values joined with
      `, `);
    * `contact`: `id`, `name`, `first_name` (the name up to its first space), `last_name`
      (the rest), `title`, `email` and `phone` (the first of each);
    * `user` (the caller): `id`, `first_name`, `last_name`, `full_name`, `email`;
    * `organization`: `name`.
    Close's full tag syntax is not published [unverified]: a tag the emulator does not know
    renders as an empty string (or its fallback), as an undefined variable does in the
    Jinja-style syntax Close's tags follow; text outside tags is kept exactly.

    Close has a second form, not described here: a preview of a search (`query` or
    `s_query`, with `entry` 0–99 and `mode` `lead` or `contact`, answering `{}` past the
    last entry) instead of `lead_id` and `contact_id`. The emulator does not run Close's
    search language: a request with any of those parameters is refused with 400 rather
    than answered wrongly.

    Args:
        template_id (str):
        lead_id (str):
        contact_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[EmailTemplateRendering]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        lead_id=lead_id,
        contact_id=contact_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    lead_id: str,
    contact_id: str,
) -> EmailTemplateRendering:
    """Render an email template

     Renders the template's `subject` and `body` for one contact of one lead, as the caller
    (`lead_id` and `contact_id`; the contact must belong to the lead).

    Template tags are `{{ <object>.<property> }}`, with an optional fallback
    `{{ contact.first_name | default("there") }}` used when the value is empty:
    * `lead`: `id`, `name`, `display_name`, `description`, `url`, `status_label`, and
      `custom.<Field Name>` for a lead custom field's value (several values joined with
      `, `);
    * `contact`: `id`, `name`, `first_name` (the name up to its first space), `last_name`
      (the rest), `title`, `email` and `phone` (the first of each);
    * `user` (the caller): `id`, `first_name`, `last_name`, `full_name`, `email`;
    * `organization`: `name`.
    Close's full tag syntax is not published [unverified]: a tag the emulator does not know
    renders as an empty string (or its fallback), as an undefined variable does in the
    Jinja-style syntax Close's tags follow; text outside tags is kept exactly.

    Close has a second form, not described here: a preview of a search (`query` or
    `s_query`, with `entry` 0–99 and `mode` `lead` or `contact`, answering `{}` past the
    last entry) instead of `lead_id` and `contact_id`. The emulator does not run Close's
    search language: a request with any of those parameters is refused with 400 rather
    than answered wrongly.

    Args:
        template_id (str):
        lead_id (str):
        contact_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        EmailTemplateRendering
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        lead_id=lead_id,
        contact_id=contact_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    lead_id: str,
    contact_id: str,
) -> Response[EmailTemplateRendering]:
    """Render an email template

     Renders the template's `subject` and `body` for one contact of one lead, as the caller
    (`lead_id` and `contact_id`; the contact must belong to the lead).

    Template tags are `{{ <object>.<property> }}`, with an optional fallback
    `{{ contact.first_name | default("there") }}` used when the value is empty:
    * `lead`: `id`, `name`, `display_name`, `description`, `url`, `status_label`, and
      `custom.<Field Name>` for a lead custom field's value (several values joined with
      `, `);
    * `contact`: `id`, `name`, `first_name` (the name up to its first space), `last_name`
      (the rest), `title`, `email` and `phone` (the first of each);
    * `user` (the caller): `id`, `first_name`, `last_name`, `full_name`, `email`;
    * `organization`: `name`.
    Close's full tag syntax is not published [unverified]: a tag the emulator does not know
    renders as an empty string (or its fallback), as an undefined variable does in the
    Jinja-style syntax Close's tags follow; text outside tags is kept exactly.

    Close has a second form, not described here: a preview of a search (`query` or
    `s_query`, with `entry` 0–99 and `mode` `lead` or `contact`, answering `{}` past the
    last entry) instead of `lead_id` and `contact_id`. The emulator does not run Close's
    search language: a request with any of those parameters is refused with 400 rather
    than answered wrongly.

    Args:
        template_id (str):
        lead_id (str):
        contact_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[EmailTemplateRendering]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        lead_id=lead_id,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    lead_id: str,
    contact_id: str,
) -> EmailTemplateRendering:
    """Render an email template

     Renders the template's `subject` and `body` for one contact of one lead, as the caller
    (`lead_id` and `contact_id`; the contact must belong to the lead).

    Template tags are `{{ <object>.<property> }}`, with an optional fallback
    `{{ contact.first_name | default("there") }}` used when the value is empty:
    * `lead`: `id`, `name`, `display_name`, `description`, `url`, `status_label`, and
      `custom.<Field Name>` for a lead custom field's value (several values joined with
      `, `);
    * `contact`: `id`, `name`, `first_name` (the name up to its first space), `last_name`
      (the rest), `title`, `email` and `phone` (the first of each);
    * `user` (the caller): `id`, `first_name`, `last_name`, `full_name`, `email`;
    * `organization`: `name`.
    Close's full tag syntax is not published [unverified]: a tag the emulator does not know
    renders as an empty string (or its fallback), as an undefined variable does in the
    Jinja-style syntax Close's tags follow; text outside tags is kept exactly.

    Close has a second form, not described here: a preview of a search (`query` or
    `s_query`, with `entry` 0–99 and `mode` `lead` or `contact`, answering `{}` past the
    last entry) instead of `lead_id` and `contact_id`. The emulator does not run Close's
    search language: a request with any of those parameters is refused with 400 rather
    than answered wrongly.

    Args:
        template_id (str):
        lead_id (str):
        contact_id (str):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        EmailTemplateRendering
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        lead_id=lead_id,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
