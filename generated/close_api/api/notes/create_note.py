from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.note import Note
from ...models.note_create import NoteCreate
from ...models.rate_limited_body import RateLimitedBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: NoteCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/note/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ValidationErrorBody | Note | RateLimitedBody | None:
    if response.status_code == 200:
        response_200 = Note.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorBody | ValidationErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ValidationErrorBody.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorBody.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RateLimitedBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | ValidationErrorBody | Note | RateLimitedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NoteCreate,
) -> Response[ErrorBody | ValidationErrorBody | Note | RateLimitedBody]:
    """Create a note

     Records a note on the lead `lead_id` (required). Send the text as `note` (plain) or
    `note_html` (rich text wrapped in `<body>…</body>`); setting one overwrites the other,
    and `note_html` wins when both are sent. `contact_id` must be a contact of the same
    lead. Answers 200, as every activity create does.

    Args:
        body (NoteCreate): A new note; `lead_id` is required, the text goes in `note` or
            `note_html`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | Note | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: NoteCreate,
) -> ErrorBody | ValidationErrorBody | Note | RateLimitedBody | None:
    """Create a note

     Records a note on the lead `lead_id` (required). Send the text as `note` (plain) or
    `note_html` (rich text wrapped in `<body>…</body>`); setting one overwrites the other,
    and `note_html` wins when both are sent. `contact_id` must be a contact of the same
    lead. Answers 200, as every activity create does.

    Args:
        body (NoteCreate): A new note; `lead_id` is required, the text goes in `note` or
            `note_html`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | Note | RateLimitedBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NoteCreate,
) -> Response[ErrorBody | ValidationErrorBody | Note | RateLimitedBody]:
    """Create a note

     Records a note on the lead `lead_id` (required). Send the text as `note` (plain) or
    `note_html` (rich text wrapped in `<body>…</body>`); setting one overwrites the other,
    and `note_html` wins when both are sent. `contact_id` must be a contact of the same
    lead. Answers 200, as every activity create does.

    Args:
        body (NoteCreate): A new note; `lead_id` is required, the text goes in `note` or
            `note_html`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | ValidationErrorBody | Note | RateLimitedBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NoteCreate,
) -> ErrorBody | ValidationErrorBody | Note | RateLimitedBody | None:
    """Create a note

     Records a note on the lead `lead_id` (required). Send the text as `note` (plain) or
    `note_html` (rich text wrapped in `<body>…</body>`); setting one overwrites the other,
    and `note_html` wins when both are sent. `contact_id` must be a contact of the same
    lead. Answers 200, as every activity create does.

    Args:
        body (NoteCreate): A new note; `lead_id` is required, the text goes in `note` or
            `note_html`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | ValidationErrorBody | Note | RateLimitedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
