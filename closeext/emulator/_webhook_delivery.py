"""Webhook delivery: each matching event POSTed, signed, over real HTTP, retried on the clock.

One :class:`WebhookDispatcher` serves a world. It listens to every organization's event
log (``Organization.event_listeners``); for each event it finds the active subscriptions
that match and queues one delivery per subscription. A single background thread sends
them with the standard library's ``http.client`` — no proxy, no redirect followed, only
the subscribed URL — so a request that causes an event never waits for a webhook, and a
receiver that hangs costs at most :attr:`WebhookDispatcher.timeout` of that thread.

Each attempt POSTs ``{"event": …, "subscription_id": …}`` with Close's headers:
``close-sig-timestamp`` (Unix seconds on the emulator's clock) and ``close-sig-hash``, the
hex HMAC-SHA256 keyed by ``bytes.fromhex(signature_key)`` over the timestamp followed by
the body. An answer other than 2xx, or none, is a failure: the next attempt is a timer on
the emulator's clock (exponential back-off from :attr:`~WebhookDispatcher.first_retry`,
at most :attr:`~WebhookDispatcher.max_retry_interval` apart), so a test moves the clock
instead of sleeping. After :attr:`~WebhookDispatcher.give_up_after` of failures (Close:
three days) — or once :attr:`~WebhookDispatcher.max_backlog` events wait — the
subscription pauses itself and its queue is cleared, as Close does.

Every attempt is kept (the latest :data:`LOG_SIZE`) as a :class:`Delivery` for tests:
``app.state.emulator.webhooks.deliveries()``; :meth:`~WebhookDispatcher.drain` waits
until nothing is queued or in flight.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import http.client
import json
import logging
import queue
import ssl
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Final
from urllib.parse import urlsplit

from ._clock import Clock
from ._json import encode
from ._organization import Organization

__all__ = ["Delivery", "WebhookDispatcher", "sign"]

logger = logging.getLogger("closeext.emulator.webhooks")

#: How many attempts :meth:`WebhookDispatcher.deliveries` remembers.
LOG_SIZE: Final = 10_000
#: How much of a receiver's answer is read (and kept) per attempt.
_MAX_ANSWER: Final = 64 * 1024
_USER_AGENT: Final = "closeext-emulator-webhooks"


def sign(signature_key: str, timestamp: str, body: bytes) -> str:
    """Close's ``close-sig-hash``: hex HMAC-SHA256 of timestamp + body under the hex key."""
    message = timestamp.encode("ascii") + body
    return hmac.new(bytes.fromhex(signature_key), message, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class Delivery:
    """One attempt to deliver one event to one subscription, as it went.

    ``status`` is the HTTP status the receiver answered (``None`` when it did not answer:
    ``error`` says why); ``at`` is the moment on the emulator's clock; ``headers`` and
    ``body`` are exactly what was sent.
    """

    subscription_id: str
    event_id: str | None
    url: str
    attempt: int
    at: datetime
    headers: Mapping[str, str]
    body: bytes
    status: int | None
    error: str | None

    @property
    def ok(self) -> bool:
        """Whether the receiver answered 2xx."""
        return self.status is not None and 200 <= self.status < 300

    def payload(self) -> Any:
        """The JSON body sent: ``{"event": …, "subscription_id": …}``."""
        return json.loads(self.body)


@dataclass(frozen=True, slots=True)
class _Job:
    """One event for one subscription; ``attempt`` counts from 1."""

    org: Organization
    subscription: Any  # a WebhookSubscription of the org's "webhooks" collection
    epoch: int
    event_id: str | None
    body: bytes
    attempt: int = 1

    def current(self) -> bool:
        """Whether the subscription still exists, is active and kept this job's queue."""
        sub = self.subscription
        kept = self.org.collection("webhooks").get(sub.id) is sub
        return kept and sub.status == "active" and sub.epoch == self.epoch


class WebhookDispatcher:
    """Delivers one world's webhook events; see the module docstring.

    The timing attributes may be changed on an instance (a test that wants a small
    backlog limit, say); they are read at each decision.
    """

    #: The wait before the first retry; each later one doubles it [unverified: Close
    #: documents exponential back-off, not its start].
    first_retry = timedelta(seconds=30)
    #: Close retries "up to one try every 20 minutes".
    max_retry_interval = timedelta(minutes=20)
    #: Failing this long pauses the subscription (Close: 72 hours).
    give_up_after = timedelta(hours=72)
    #: Events waiting for one subscription before it pauses itself (Close: 100,000).
    max_backlog = 100_000
    #: Seconds one attempt may take (connect, send, answer) before it counts as failed.
    timeout = 5.0

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._log: deque[Delivery] = deque(maxlen=LOG_SIZE)
        self._idle = threading.Condition()
        self._outstanding = 0
        self._thread: threading.Thread | None = None
        #: Set while :meth:`close` stops the worker: what is still queued is dropped.
        self._stopping = False

    def __repr__(self) -> str:
        return f"WebhookDispatcher(outstanding={self._outstanding}, attempts={len(self._log)})"

    # -- the event side (request thread) ---------------------------------------------

    def attach(self, org: Organization) -> None:
        """Listen to ``org``'s event log."""
        org.event_listeners.append(functools.partial(self.on_event, org))

    def on_event(self, org: Organization, event: Mapping[str, Any]) -> None:
        """Queue ``event`` for every active subscription of ``org`` it matches.

        Never raises: a problem here is logged, and the request that caused the event is
        answered as if there were no webhooks.
        """
        try:
            with org.lock:
                subscriptions = list(org.collection("webhooks").values())
                event_id = event.get("id")
                for sub in subscriptions:
                    if sub.status != "active" or not sub.matches(event):
                        continue
                    if sub.backlog >= self.max_backlog:
                        self._pause(org, sub, "its backlog reached the limit")
                        continue
                    sub.backlog += 1
                    body = encode({"event": event, "subscription_id": sub.id})
                    self._submit(_Job(org, sub, sub.epoch, event_id, body))
        except Exception:
            logger.exception("an event could not be queued for webhook delivery")

    # -- inspection --------------------------------------------------------------------

    def deliveries(self, subscription_id: str | None = None) -> list[Delivery]:
        """Every attempt remembered, oldest first (only ``subscription_id``'s if given)."""
        attempts = list(self._log)
        if subscription_id is None:
            return attempts
        return [d for d in attempts if d.subscription_id == subscription_id]

    @property
    def outstanding(self) -> int:
        """Deliveries queued or being sent now (waiting retries are timers, not counted)."""
        return self._outstanding

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until nothing is queued or in flight; ``False`` if ``timeout`` passed first.

        Retries that are not due yet wait on the clock: advance it, then drain again.
        """
        with self._idle:
            return self._idle.wait_for(lambda: self._outstanding == 0, timeout)

    def reset(self) -> None:
        """Forget every attempt (the world was wiped; queued work for it is dropped)."""
        self._log.clear()

    def close(self, timeout: float | None = None) -> None:
        """Stop the worker thread, dropping what is queued; wait at most ``timeout``.

        The default wait is one attempt's :attr:`timeout` (an attempt under way is not
        interrupted). An event after this starts a new worker.
        """
        with self._idle:
            thread, self._thread = self._thread, None
            if thread is None or not thread.is_alive():
                return
            self._stopping = True
        self._queue.put(None)
        thread.join(self.timeout + 1.0 if timeout is None else timeout)
        with self._idle:
            self._stopping = False

    # -- the worker --------------------------------------------------------------------

    def _submit(self, job: _Job) -> None:
        with self._idle:
            self._outstanding += 1
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._work, name="closeext-emulator-webhooks", daemon=True
                )
                self._thread.start()
        self._queue.put(job)

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                if not self._stopping:
                    self._attempt(job)
            except Exception:
                logger.exception("a webhook delivery failed unexpectedly")
            finally:
                with self._idle:
                    self._outstanding -= 1
                    self._idle.notify_all()

    def _attempt(self, job: _Job) -> None:
        org, sub = job.org, job.subscription
        with org.lock:
            if not job.current():
                return  # paused, deleted or its queue cleared: dropped, as Close does
            url, verify_ssl, key = sub.url, sub.verify_ssl, sub.signature_key
        at = self.clock.now()
        timestamp = str(int(at.timestamp()))
        headers = {
            "Content-Type": "application/json",
            "User-Agent": _USER_AGENT,
            "close-sig-timestamp": timestamp,
            "close-sig-hash": sign(key, timestamp, job.body),
        }
        status: int | None = None
        error: str | None = None
        try:
            status = _post(url, job.body, headers, verify_ssl=verify_ssl, timeout=self.timeout)
        except Exception as exc:  # any failure to get an answer is a failed attempt
            error = f"{type(exc).__name__}: {exc}"
        delivery = Delivery(
            subscription_id=sub.id,
            event_id=job.event_id,
            url=url,
            attempt=job.attempt,
            at=at,
            headers=headers,
            body=job.body,
            status=status,
            error=error,
        )
        self._log.append(delivery)
        self._settle(job, delivery)

    def _settle(self, job: _Job, delivery: Delivery) -> None:
        """After an attempt: done, retried later on the clock, or the subscription paused."""
        org, sub = job.org, job.subscription
        with org.lock:
            if not job.current():
                return
            if delivery.ok:
                sub.failing_since = None
                sub.backlog = max(0, sub.backlog - 1)
                return
            if sub.failing_since is None:
                sub.failing_since = delivery.at
            if self.clock.now() - sub.failing_since >= self.give_up_after:
                self._pause(org, sub, "its deliveries failed for too long")
                return
            doublings = min(job.attempt - 1, 30)  # beyond 2**30 the cap applies anyway
            delay = min(self.first_retry * (2**doublings), self.max_retry_interval)
            self.clock.call_later(delay, functools.partial(self._retry, job))

    def _retry(self, job: _Job) -> None:
        with job.org.lock:
            if job.current():
                self._submit(replace(job, attempt=job.attempt + 1))

    @staticmethod
    def _pause(org: Organization, sub: Any, why: str) -> None:
        """Pause ``sub`` and clear its queue (what waits for it is dropped)."""
        logger.warning("webhook subscription %s paused: %s", sub.id, why)
        sub.status = "paused"
        sub.epoch += 1
        sub.backlog = 0
        sub.failing_since = None
        org.generation += 1  # cached renderings of the subscription are stale


def _post(
    url: str, body: bytes, headers: Mapping[str, str], *, verify_ssl: bool, timeout: float
) -> int:
    """POST ``body`` to ``url`` and answer the HTTP status (raises when there is none)."""
    parts = urlsplit(url)
    host = parts.hostname
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError("not an absolute http(s) URL")
    port = parts.port  # ValueError for a port out of range
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        context = ssl.create_default_context()
        if not verify_ssl:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection(host, port, timeout=timeout, context=context)
    else:
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("POST", target, body=body, headers=dict(headers))
        answer = connection.getresponse()
        answer.read(_MAX_ANSWER)
        return answer.status
    finally:
        connection.close()
