"""A local webhook receiver for tests: stdlib ``http.server`` on ``127.0.0.1``, verified.

:class:`WebhookReceiver` listens on a free loopback port in a background thread. Each
URL path it serves has its own signature key (:meth:`WebhookReceiver.subscribe` creates
a subscription on a Close API — the emulator, usually — and registers the key it
answers); every POST is kept with its verification by :func:`closeext.verify_webhook`:
verified deliveries are answered :attr:`WebhookReceiver.status` (200 unless a test wants
the sender to retry), refused ones 400. The pytest fixture ``close_webhook_receiver``
(:mod:`closeext.tools.pytest_plugin`) runs one subscribed to the session's emulator.

Only the standard library and closeext's core (httpx for :meth:`subscribe`) are used, so
the receiver works with any sender, the emulator extra installed or not.
"""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Any, Self

import httpx

from closeext.webhooks import (
    DEFAULT_TOLERANCE,
    InvalidWebhookSignature,
    VerifiedWebhook,
    WebhookVerificationError,
    verify_webhook,
)

__all__ = ["ReceivedWebhook", "WebhookReceiver"]

#: The largest body the receiver reads (Close's deliveries are far smaller).
MAX_BODY: int = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReceivedWebhook:
    """One POST the receiver got: as sent, and what verification made of it."""

    path: str
    headers: Mapping[str, str]
    body: bytes
    delivery: VerifiedWebhook | None
    refusal: WebhookVerificationError | None

    @property
    def verified(self) -> bool:
        """Whether the signature, the timestamp and the payload all passed."""
        return self.delivery is not None


class WebhookReceiver:
    """Receives webhook deliveries on ``127.0.0.1`` and verifies each; see the module docstring.

    Args:
        base_url: the Close API that :meth:`subscribe` creates subscriptions on.
        api_key: the key for that API (never shown in ``repr``).
        now: the time deliveries are judged by (default: the system clock); against the
            emulator, its clock, so a test that moves the clock still verifies.
        tolerance: the replay window, as :func:`closeext.verify_webhook` takes it.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        now: Callable[[], float | datetime] | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
    ) -> None:
        self.base_url = base_url
        self._api_key = api_key
        self._now = now or time.time
        self.tolerance = tolerance
        #: The status verified deliveries are answered with (set 500 to make them fail).
        self.status = 200
        self._keys: dict[str, str] = {}
        self._received: list[ReceivedWebhook] = []
        self._changed = threading.Condition()
        self._subscriptions: list[str] = []
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None
        host, port = self._server.server_address[:2]
        self.root = f"http://{host!s}:{port}"

    def __repr__(self) -> str:
        return f"WebhookReceiver(root={self.root!r}, received={len(self._received)})"

    # -- serving -----------------------------------------------------------------------

    def _handler_class(self) -> type[http.server.BaseHTTPRequestHandler]:
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(min(length, MAX_BODY))
                status = receiver._receive(self.path, dict(self.headers.items()), body)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass  # a test's output is no place for an access log

        return Handler

    def _receive(self, path: str, headers: dict[str, str], body: bytes) -> int:
        key = self._keys.get(path)
        delivery: VerifiedWebhook | None = None
        refusal: WebhookVerificationError | None = None
        try:
            if key is None:
                raise InvalidWebhookSignature(f"no signature key is registered for {path}")
            delivery = verify_webhook(headers, body, key, tolerance=self.tolerance, now=self._now())
        except WebhookVerificationError as exc:
            refusal = exc
        with self._changed:
            self._received.append(ReceivedWebhook(path, headers, body, delivery, refusal))
            self._changed.notify_all()
        return self.status if delivery is not None else 400

    def start(self) -> Self:
        """Start serving in a background thread."""
        if self._thread is None:
            self._thread = threading.Thread(
                # A short poll interval keeps stop() quick (shutdown waits for one poll).
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.02},
                name="closeext-webhook-receiver",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Delete the subscriptions made by :meth:`subscribe`, then stop serving."""
        for subscription_id in self._subscriptions:
            # The API may be gone already: then nothing is left to clean up.
            with contextlib.suppress(httpx.HTTPError), self._api() as client:
                client.delete(f"webhook/{subscription_id}/")
        self._subscriptions.clear()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- subscribing -------------------------------------------------------------------

    def url(self, path: str = "/hook") -> str:
        """The absolute URL of ``path`` on this receiver."""
        return self.root + (path if path.startswith("/") else "/" + path)

    def expect(self, path: str, signature_key: str) -> None:
        """Verify deliveries to ``path`` with ``signature_key`` (a subscription made elsewhere)."""
        self._keys[path if path.startswith("/") else "/" + path] = signature_key

    def _api(self) -> httpx.Client:
        if self.base_url is None or self._api_key is None:
            raise RuntimeError("this receiver was built without base_url and api_key")
        return httpx.Client(base_url=self.base_url, auth=(self._api_key, ""), timeout=10.0)

    def subscribe(
        self,
        events: Sequence[Mapping[str, Any]],
        *,
        path: str | None = None,
        **options: Any,
    ) -> dict[str, Any]:
        """Subscribe a new path of this receiver to ``events``; answer the subscription.

        ``options`` go into the body as they are (``event_filter``, ``verify_ssl``).
        The subscription is deleted again by :meth:`stop`.
        """
        path = path or f"/hook/{len(self._subscriptions) + 1}"
        body = {"url": self.url(path), "events": [dict(e) for e in events], **options}
        with self._api() as client:
            answer = client.post("webhook/", json=body)
        answer.raise_for_status()
        subscription: dict[str, Any] = answer.json()
        self.expect(path, subscription["signature_key"])
        self._subscriptions.append(subscription["id"])
        return subscription

    # -- what arrived ------------------------------------------------------------------

    @property
    def received(self) -> list[ReceivedWebhook]:
        """Every POST so far, in arrival order, verified or not."""
        with self._changed:
            return list(self._received)

    @property
    def deliveries(self) -> list[VerifiedWebhook]:
        """The verified deliveries so far, in arrival order."""
        return [r.delivery for r in self.received if r.delivery is not None]

    @property
    def refused(self) -> list[ReceivedWebhook]:
        """The POSTs that failed verification."""
        return [r for r in self.received if r.delivery is None]

    def wait(self, count: int = 1, timeout: float = 10.0) -> list[VerifiedWebhook]:
        """Wait until ``count`` verified deliveries arrived; answer them (all so far).

        Raises:
            TimeoutError: fewer arrived within ``timeout`` seconds.
        """

        def enough() -> bool:
            return sum(1 for r in self._received if r.delivery is not None) >= count

        with self._changed:
            if not self._changed.wait_for(enough, timeout):
                got = sum(1 for r in self._received if r.delivery is not None)
                raise TimeoutError(f"{got} of {count} webhook deliveries arrived in {timeout} s")
        return self.deliveries

    def clear(self) -> None:
        """Forget what arrived so far."""
        with self._changed:
            self._received.clear()
