"""pytest fixtures that run the Close emulator for your own tests.

Installed with closeext, this plugin registers itself (entry point ``closeext_emulator``).
It lives outside :mod:`closeext.emulator` and imports nothing of it until a fixture is
used, so a project that installed closeext without the ``emulator`` extra runs its tests
as before; only a test that asks for a fixture fails, with a message naming the extra.

Fixtures:

``close_emulator`` (session scope)
    A real HTTP server (:class:`closeext.emulator._server.ServerThread`: uvicorn in a
    background thread on a free ``127.0.0.1`` port), so
    your client talks to it over sockets exactly as it would to Close. It yields a
    :class:`EmulatorServer` with ``base_url`` (ending ``/api/v1/``), ``api_key``, ``app``
    and ``reset()``. Data persists across tests unless you reset it.

``close_emulator_fresh`` (function scope)
    The same server, reset before the test: empty organization (the API key stays
    valid), fresh rate-limit windows and the fault sequence restarted from its seed.

``close_webhook_receiver`` (function scope)
    A local webhook receiver (:class:`closeext.tools._webhook_receiver.WebhookReceiver`:
    stdlib ``http.server`` on a free ``127.0.0.1`` port) for the session's emulator.
    ``receiver.subscribe(events)`` creates a subscription pointing at it; every delivery
    is verified with :func:`closeext.verify_webhook` against the emulator's clock, and
    ``receiver.wait(n)`` returns the verified ones. Its subscriptions are deleted after
    the test.

Example::

    def test_create_lead(close_emulator_fresh):
        client = httpx.Client(base_url=close_emulator_fresh.base_url,
                              auth=(close_emulator_fresh.api_key, ""))
        assert client.post("lead/", json={"name": "Acme"}).status_code == 200

Options (command line or ini file): ``--close-emulator-rate-limit N/S``,
``--close-emulator-faults KIND=P,...`` and ``--close-emulator-seed N`` configure the
session's server as the ``python -m closeext.emulator`` options of the same names do.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from closeext.emulator._server import ServerThread
    from closeext.tools._webhook_receiver import WebhookReceiver

_OPTIONS = (
    ("rate_limit", "N/S: requests per S seconds per API key (3N per organization)"),
    ("faults", "KIND=P,...: inject faults (429, 503, reset-before, reset-after)"),
    ("seed", "seed for fault injection"),
)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("closeext-emulator", "Close API emulator")
    for name, help_text in _OPTIONS:
        flag = "--close-emulator-" + name.replace("_", "-")
        group.addoption(flag, dest=f"close_emulator_{name}", default=None, help=help_text)
        parser.addini(f"close_emulator_{name}", help_text, default=None)


def _option(config: pytest.Config, name: str) -> str | None:
    value = config.getoption(f"close_emulator_{name}")
    if value is None:
        value = config.getini(f"close_emulator_{name}")
    return str(value) if value else None


class EmulatorServer:
    """A running emulator: where it is, the key to use, and a way to reset it.

    Attributes:
        base_url: ``http://127.0.0.1:PORT/api/v1/``, ready for an HTTP client.
        api_key: an API key of the emulator's organization (Basic user, empty password).
        app: the emulator's ASGI app; ``app.state.emulator`` holds its state.
    """

    def __init__(self, *, api_key: str, app: Starlette, server: ServerThread) -> None:
        self.base_url = server.base_url
        self.api_key = api_key
        self.app = app
        self._server = server

    def __repr__(self) -> str:
        # The key is a secret, even a test one: keep it out of pytest's failure output.
        return f"EmulatorServer(base_url={self.base_url!r})"

    def add_api_key(self, api_key: str) -> None:
        """Accept another key, owning an organization of its own (e.g. to test isolation)."""
        self._server.call(lambda: self.app.state.emulator.add_api_key(api_key))

    def reset(self) -> None:
        """Wipe all data, rate-limit windows and the fault sequence; keys stay valid.

        Runs on the server's event loop, so it never interleaves with a request.
        """
        self._server.call(self.app.state.emulator.reset)


@pytest.fixture(scope="session")
def close_emulator(pytestconfig: pytest.Config) -> Iterator[EmulatorServer]:
    """A Close emulator served over HTTP for the whole session; see the module docstring."""
    try:
        from closeext.emulator import create_app
        from closeext.emulator._server import ServerThread
    except ModuleNotFoundError as missing:
        pytest.fail(
            "the close_emulator fixtures need closeext's emulator extra: "
            f"pip install 'closeext[emulator]' (missing module: {missing.name})",
            pytrace=False,
        )

    api_key = "test_" + secrets.token_urlsafe(16)
    seed = _option(pytestconfig, "seed")
    try:
        app = create_app(
            api_keys=[api_key],
            rate_limit=_option(pytestconfig, "rate_limit"),
            faults=_option(pytestconfig, "faults"),
            seed=int(seed) if seed is not None else None,
        )
    except ValueError as exc:
        raise pytest.UsageError(f"close emulator options: {exc}") from None
    with ServerThread(app) as server:
        yield EmulatorServer(api_key=api_key, app=app, server=server)


@pytest.fixture
def close_emulator_fresh(close_emulator: EmulatorServer) -> EmulatorServer:
    """The session's emulator, reset before this test (see the module docstring)."""
    close_emulator.reset()
    return close_emulator


@pytest.fixture
def close_webhook_receiver(close_emulator: EmulatorServer) -> Iterator[WebhookReceiver]:
    """A verified webhook receiver subscribed through the session's emulator (see above)."""
    from closeext.tools._webhook_receiver import WebhookReceiver

    clock = close_emulator.app.state.emulator.clock
    receiver = WebhookReceiver(
        base_url=close_emulator.base_url, api_key=close_emulator.api_key, now=clock.now
    )
    with receiver:
        yield receiver


__all__ = [
    "EmulatorServer",
    "close_emulator",
    "close_emulator_fresh",
    "close_webhook_receiver",
    "pytest_addoption",
]
