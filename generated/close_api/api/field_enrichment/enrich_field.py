from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.field_enrichment import FieldEnrichment
from ...models.field_enrichment_result import FieldEnrichmentResult
from ...types import Response

OPERATION_ID: Final = "enrich_field"
"""The spec's operationId."""
SUCCESS_STATUS: Final = 200
"""The one 2xx status the spec declares for this operation."""
_OPERATION: Final = {"operation_id": OPERATION_ID, "success_status": SUCCESS_STATUS}
_NOT_PARSED: Final[Any] = object()


def _get_kwargs(
    *,
    body: FieldEnrichment,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enrich_field/",
        "extensions": {"closeext.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FieldEnrichmentResult:
    if response.status_code != 200:
        # Error answers are never returned as values: closeext's client raises its typed
        # exceptions before this point; anything else reaching here is unexpected.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    # Taken out, not read: the response may live on in a reference cycle (httpx's), and the
    # parsed body with it, costing the garbage collector a walk over every one of its objects.
    data = response.extensions.pop("closeext.json", _NOT_PARSED)
    if data is _NOT_PARSED:
        data = response.json()
    response_200 = FieldEnrichmentResult.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FieldEnrichmentResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FieldEnrichment,
) -> Response[FieldEnrichmentResult]:
    """Enrich a custom field of a lead or contact

     Close fills one custom field of a lead or contact with AI from the record's data and
    outside sources. The emulator has no such sources: it derives a deterministic value
    from the field's type (the first choice of a `choices` field, today for a `date`, now
    for a `datetime`, 0 for a `number`, otherwise `<field name> of <record name>`) and
    says so in `source: emulator`. `set_new_value` (default true) stores it;
    `overwrite_existing_value` (default false) lets it replace a value the record
    already holds, which is otherwise kept (`value_set: false`). Fields of type `user`,
    `contact`, `custom_object` and `hidden` are refused [unverified]. The field must be
    a `lead` custom field for `object_type: lead` and a `contact` one for
    `object_type: contact` (shared fields associated with that kind count). The answer's
    shape is [unverified]: Close documents no body. Close warns that heavy use may be
    rate limited.

    Args:
        body (FieldEnrichment):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[FieldEnrichmentResult]
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
    body: FieldEnrichment,
) -> FieldEnrichmentResult:
    """Enrich a custom field of a lead or contact

     Close fills one custom field of a lead or contact with AI from the record's data and
    outside sources. The emulator has no such sources: it derives a deterministic value
    from the field's type (the first choice of a `choices` field, today for a `date`, now
    for a `datetime`, 0 for a `number`, otherwise `<field name> of <record name>`) and
    says so in `source: emulator`. `set_new_value` (default true) stores it;
    `overwrite_existing_value` (default false) lets it replace a value the record
    already holds, which is otherwise kept (`value_set: false`). Fields of type `user`,
    `contact`, `custom_object` and `hidden` are refused [unverified]. The field must be
    a `lead` custom field for `object_type: lead` and a `contact` one for
    `object_type: contact` (shared fields associated with that kind count). The answer's
    shape is [unverified]: Close documents no body. Close warns that heavy use may be
    rate limited.

    Args:
        body (FieldEnrichment):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        FieldEnrichmentResult
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    # Parsed straight away: the `Response` wrapper sync_detailed builds is not needed here.
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FieldEnrichment,
) -> Response[FieldEnrichmentResult]:
    """Enrich a custom field of a lead or contact

     Close fills one custom field of a lead or contact with AI from the record's data and
    outside sources. The emulator has no such sources: it derives a deterministic value
    from the field's type (the first choice of a `choices` field, today for a `date`, now
    for a `datetime`, 0 for a `number`, otherwise `<field name> of <record name>`) and
    says so in `source: emulator`. `set_new_value` (default true) stores it;
    `overwrite_existing_value` (default false) lets it replace a value the record
    already holds, which is otherwise kept (`value_set: false`). Fields of type `user`,
    `contact`, `custom_object` and `hidden` are refused [unverified]. The field must be
    a `lead` custom field for `object_type: lead` and a `contact` one for
    `object_type: contact` (shared fields associated with that kind count). The answer's
    shape is [unverified]: Close documents no body. Close warns that heavy use may be
    rate limited.

    Args:
        body (FieldEnrichment):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        Response[FieldEnrichmentResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FieldEnrichment,
) -> FieldEnrichmentResult:
    """Enrich a custom field of a lead or contact

     Close fills one custom field of a lead or contact with AI from the record's data and
    outside sources. The emulator has no such sources: it derives a deterministic value
    from the field's type (the first choice of a `choices` field, today for a `date`, now
    for a `datetime`, 0 for a `number`, otherwise `<field name> of <record name>`) and
    says so in `source: emulator`. `set_new_value` (default true) stores it;
    `overwrite_existing_value` (default false) lets it replace a value the record
    already holds, which is otherwise kept (`value_set: false`). Fields of type `user`,
    `contact`, `custom_object` and `hidden` are refused [unverified]. The field must be
    a `lead` custom field for `object_type: lead` and a `contact` one for
    `object_type: contact` (shared fields associated with that kind count). The answer's
    shape is [unverified]: Close documents no body. Close warns that heavy use may be
    rate limited.

    Args:
        body (FieldEnrichment):

    Raises:
        closeext.CloseError: With closeext's client, for any error status or transport failure.
        errors.UnexpectedStatus: With a plain httpx client, for any status but the declared 2xx.

    Returns:
        FieldEnrichmentResult
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
