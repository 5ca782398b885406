"""closeext: a typed toolkit for the Close CRM API.

The public API is what ``__all__`` lists. Names load on first use (PEP 562), so
``import closeext`` stays cheap: the generated client's models are only imported by
the operations you call.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name → the private module that defines it.
_EXPORTS: dict[str, str] = {
    # clients
    "Close": "_client",
    "AsyncClose": "_client",
    "DEFAULT_BASE_URL": "_client",
    # retries and pacing
    "RetryPolicy": "_retry",
    "Pacer": "_retry",
    # pagination
    "OffsetPaginator": "_pagination",
    "AsyncOffsetPaginator": "_pagination",
    "CursorPaginator": "_pagination",
    "AsyncCursorPaginator": "_pagination",
    "EventReader": "events",
    "AsyncEventReader": "events",
    "EventBookmark": "events",
    "EventBatch": "events",
    # Advanced Filtering
    "Query": "_query",
    "Field": "_query",
    "Moment": "_query",
    "Sort": "_query",
    "SearchPaginator": "_searching",
    "AsyncSearchPaginator": "_searching",
    "SearchWindowError": "_searching",
    # custom fields
    "ObjectType": "_associations",
    "AssociationTarget": "_associations",
    "FieldDef": "_fields",
    "FieldType": "_fields",
    "FieldRegistry": "_fields",
    "field_key": "_fields",
    "add_key": "_fields",
    "remove_key": "_fields",
    "parse_field_key": "_fields",
    "read_value": "_values",
    "read_values": "_values",
    "Update": "_updates",
    # bulk
    "BulkResult": "_bulk",
    "Reconciler": "_bulk",
    "bulk": "_bulk",
    # errors
    "CloseError": "_helper_errors",
    "ConfigurationError": "_helper_errors",
    "APIError": "_errors",
    "BadRequest": "_errors",
    "ValidationError": "_errors",
    "Unauthorized": "_errors",
    "PaymentRequired": "_errors",
    "Forbidden": "_errors",
    "NotFound": "_errors",
    "MethodNotAllowed": "_errors",
    "UnsupportedMediaType": "_errors",
    "RateLimited": "_errors",
    "ServerError": "_errors",
    "TransportError": "_errors",
    "DeadlineExceeded": "_errors",
    "UnexpectedResponse": "_errors",
    "ReconcileError": "_bulk",
    "FieldError": "_helper_errors",
    "InvalidFieldKey": "_helper_errors",
    "InvalidObjectType": "_helper_errors",
    "InvalidSchema": "_helper_errors",
    "MissingSchema": "_helper_errors",
    "UnknownField": "_helper_errors",
    "AmbiguousFieldName": "_helper_errors",
    "InvalidFieldValue": "_helper_errors",
    "InvalidOperation": "_helper_errors",
    "ConflictingUpdate": "_helper_errors",
    # webhooks
    "verify_webhook": "webhooks",
    "VerifiedWebhook": "webhooks",
    "WebhookVerificationError": "webhooks",
    "InvalidWebhookSignature": "webhooks",
    "StaleWebhookTimestamp": "webhooks",
    "InvalidWebhookPayload": "webhooks",
}

# Spelled out (not derived from _EXPORTS) so linters and IDEs can read it; a test pins both.
__all__ = [
    "DEFAULT_BASE_URL",
    "APIError",
    "AmbiguousFieldName",
    "AssociationTarget",
    "AsyncClose",
    "AsyncCursorPaginator",
    "AsyncEventReader",
    "AsyncOffsetPaginator",
    "AsyncSearchPaginator",
    "BadRequest",
    "BulkResult",
    "Close",
    "CloseError",
    "ConfigurationError",
    "ConflictingUpdate",
    "CursorPaginator",
    "DeadlineExceeded",
    "EventBatch",
    "EventBookmark",
    "EventReader",
    "Field",
    "FieldDef",
    "FieldError",
    "FieldRegistry",
    "FieldType",
    "Forbidden",
    "InvalidFieldKey",
    "InvalidFieldValue",
    "InvalidObjectType",
    "InvalidOperation",
    "InvalidSchema",
    "InvalidWebhookPayload",
    "InvalidWebhookSignature",
    "MethodNotAllowed",
    "MissingSchema",
    "Moment",
    "NotFound",
    "ObjectType",
    "OffsetPaginator",
    "Pacer",
    "PaymentRequired",
    "Query",
    "RateLimited",
    "ReconcileError",
    "Reconciler",
    "RetryPolicy",
    "SearchPaginator",
    "SearchWindowError",
    "ServerError",
    "Sort",
    "StaleWebhookTimestamp",
    "TransportError",
    "Unauthorized",
    "UnexpectedResponse",
    "UnknownField",
    "UnsupportedMediaType",
    "Update",
    "ValidationError",
    "VerifiedWebhook",
    "WebhookVerificationError",
    "add_key",
    "bulk",
    "field_key",
    "parse_field_key",
    "read_value",
    "read_values",
    "remove_key",
    "verify_webhook",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'closeext' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"closeext.{module}"), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    from ._associations import AssociationTarget, ObjectType
    from ._bulk import BulkResult, ReconcileError, Reconciler, bulk
    from ._client import DEFAULT_BASE_URL, AsyncClose, Close
    from ._errors import (
        APIError,
        BadRequest,
        DeadlineExceeded,
        Forbidden,
        MethodNotAllowed,
        NotFound,
        PaymentRequired,
        RateLimited,
        ServerError,
        TransportError,
        Unauthorized,
        UnexpectedResponse,
        UnsupportedMediaType,
        ValidationError,
    )
    from ._fields import (
        FieldDef,
        FieldRegistry,
        FieldType,
        add_key,
        field_key,
        parse_field_key,
        remove_key,
    )
    from ._helper_errors import (
        AmbiguousFieldName,
        CloseError,
        ConfigurationError,
        ConflictingUpdate,
        FieldError,
        InvalidFieldKey,
        InvalidFieldValue,
        InvalidObjectType,
        InvalidOperation,
        InvalidSchema,
        MissingSchema,
        UnknownField,
    )
    from ._pagination import (
        AsyncCursorPaginator,
        AsyncOffsetPaginator,
        CursorPaginator,
        OffsetPaginator,
    )
    from ._query import Field, Moment, Query, Sort
    from ._retry import Pacer, RetryPolicy
    from ._searching import AsyncSearchPaginator, SearchPaginator, SearchWindowError
    from ._updates import Update
    from ._values import read_value, read_values
    from .events import AsyncEventReader, EventBatch, EventBookmark, EventReader
    from .webhooks import (
        InvalidWebhookPayload,
        InvalidWebhookSignature,
        StaleWebhookTimestamp,
        VerifiedWebhook,
        WebhookVerificationError,
        verify_webhook,
    )
