"""The API key never shows: not in a message, a repr, a log record, or a pickled error."""

from __future__ import annotations

import base64
import logging
import pickle
from typing import Any

import pytest
from close_api.api.leads import create_lead, get_lead, list_leads
from close_api.models.lead_create import LeadCreate

from closeext import AsyncClose, Close, CloseError, Reconciler, RetryPolicy, bulk
from closeext.emulator import ServerThread, create_app

SECRET = "sk_live_SECRET_4f9a8b7c6d5e"
WRONG = "sk_live_WRONG_0a1b2c3d4e5f"
POLICY = RetryPolicy(backoff_base=0.01, backoff_cap=0.02)


def forms(key: str) -> list[str]:
    """Every spelling of a key that could leak: as is, and inside a Basic header."""
    basic = base64.b64encode(f"{key}:".encode()).decode()
    return [key, basic, basic.rstrip("=")]


def assert_clean(text: str) -> None:
    for secret in (*forms(SECRET), *forms(WRONG)):
        assert secret not in text, f"key material leaked: {text[:200]!r}"


def describe(error: BaseException) -> str:
    copy = pickle.loads(pickle.dumps(error))
    parts = [str(error), repr(error), str(copy), repr(copy), repr(error.args)]
    parts += [repr(value) for value in vars(error).values()]
    return "\n".join(parts)


async def test_no_key_in_errors_reprs_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's, httpcore's, uvicorn's
    app = create_app(api_keys=[SECRET], faults="503=0.2,reset-after=0.2,429=0.1", seed=5)
    errors: list[BaseException] = []
    with ServerThread(app) as server:
        with Close(SECRET, base_url=server.base_url, retry=POLICY) as close:
            assert_clean(repr(close) + str(close) + repr(close.http.auth))
            for call in (
                lambda: close.call(get_lead, lead_id="lead_" + "0" * 43),
                lambda: close.call(create_lead, body=LeadCreate(name="x", status="No such")),
                lambda: list(close.paginate(list_leads)),
            ):
                for _ in range(5):
                    try:
                        call()
                    except CloseError as exc:
                        errors.append(exc)
        with Close(WRONG, base_url=server.base_url, retry=POLICY) as intruder:
            with pytest.raises(CloseError) as refused:
                intruder.call(list_leads)
            errors.append(refused.value)
        async with AsyncClose(SECRET, base_url=server.base_url, retry=POLICY) as aclose:
            items = [{"body": LeadCreate(name=f"n{n}")} for n in range(60)]
            results = await bulk(aclose, create_lead, items)
            reconciled = await bulk(
                aclose,
                create_lead,
                items[:20],
                reconcile=Reconciler(list_op=list_leads, key=lambda r: r.name),
            )
        errors += [r.error for r in [*results, *reconciled] if r.error is not None]
        assert_clean("\n".join(repr(r) for r in [*results, *reconciled]))

    kinds = {type(error).__name__ for error in errors}
    # The run met the kinds of failure that carry a request: auth, 4xx, 5xx, transport.
    assert {"Unauthorized", "NotFound"} <= kinds
    assert kinds & {"ValidationError", "BadRequest"}
    assert kinds & {"ServerError", "TransportError"}
    for error in errors:
        assert_clean(describe(error))
    records: list[Any] = caplog.records
    assert records, "the retries should have been logged"
    for record in records:
        assert_clean(record.getMessage() + repr(record.args) + str(record.__dict__))


# -- pickles carry no key: TransportError, and a BulkResult holding one -------------------------


def _failing_transport(error: type[Exception]) -> Any:
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        raise error("connection reset", request=request)  # type: ignore[call-arg]

    return httpx.MockTransport(handler)


def _assert_pickle_clean(value: object) -> bytes:
    data = pickle.dumps(value)
    for secret in forms(SECRET):
        assert secret.encode() not in data, "key material in the pickle"
    assert b"Authorization" not in data and b"authorization" not in data
    return data


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_a_pickled_transport_error_carries_no_authorization(protocol: int) -> None:
    import httpx

    from closeext import TransportError

    policy = RetryPolicy(max_attempts=1)
    close = Close(SECRET, transport=_failing_transport(httpx.ReadError), retry=policy)
    with close, pytest.raises(TransportError) as caught:
        close.call(get_lead, lead_id="lead_1")
    error = caught.value
    # The live error still has httpx's, with its request: useful in a debugger.
    assert error.cause is not None and error.cause.request.headers["authorization"]
    data = pickle.dumps(error, protocol=protocol)
    for secret in forms(SECRET):
        assert secret.encode() not in data
    assert b"uthorization" not in data
    copy = pickle.loads(data)
    assert type(copy) is TransportError and str(copy) == str(error)
    assert isinstance(copy.cause, httpx.ReadError) and str(copy.cause) == "connection reset"


async def test_a_pickled_bulk_result_holding_a_transport_error_carries_no_key() -> None:
    import httpx

    policy = RetryPolicy(max_attempts=1)
    transport = _failing_transport(httpx.RemoteProtocolError)
    async with AsyncClose(SECRET, transport=transport, retry=policy) as aclose:
        results = await bulk(aclose, create_lead, [{"body": LeadCreate(name="x")}])
    assert results[0].uncertain
    data = _assert_pickle_clean(results)
    assert pickle.loads(data)[0].error.method == "POST"


# -- a malformed base_url is refused without echoing its credentials ----------------------------


@pytest.mark.parametrize(
    "url",
    [
        f"ftp://user:{SECRET}@api.close.com/api/v1/",
        f"{SECRET}@api.close.com/api/v1/",
        f"api.close.com/api/v1/?api_key={SECRET}",
        f"https://user:{SECRET}@[::1/api/v1/",
        f"http://{SECRET}:@host:notaport/",
    ],
)
def test_a_malformed_base_url_is_refused_without_its_credentials(url: str) -> None:
    import traceback

    from closeext import ConfigurationError

    with pytest.raises(ConfigurationError) as caught:
        Close("sk_other_key", base_url=url)
    shown = "".join(traceback.format_exception(caught.value))
    assert_clean(shown + repr(caught.value))
    assert "base_url" in str(caught.value)
