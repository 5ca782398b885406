"""Everything an emulator instance knows: organizations, their users and their records.

The state layer is data only; it knows nothing about HTTP (the handlers in ``_resources``
validate requests and call into it). It is split by concern:

* ``_records``: ids, timestamps and the record classes (plain data);
* ``_organization``: one tenant's collections, indexes and cascades;
* this module: :class:`World`, the root that maps API keys to organizations.
"""

from __future__ import annotations

import threading

from ._clock import Clock, use_clock
from ._events import EventViews
from ._organization import Organization
from ._records import User, new_id
from ._webhook_delivery import WebhookDispatcher

__all__ = ["World"]


class World:
    """Everything one emulator instance knows; no globals, so two worlds never mix."""

    def __init__(
        self,
        *,
        render_cache: bool = True,
        clock: Clock | None = None,
        event_views: EventViews | None = None,
    ) -> None:
        self.render_cache = render_cache
        #: How records look in the event log; every organization records by it.
        self.event_views = event_views
        #: This world's time; every organization in it reads it (see ``_clock``).
        self.clock = clock or Clock()
        #: Delivers every organization's events to its webhook subscriptions.
        self.webhooks = WebhookDispatcher(self.clock)
        self._keys: dict[str, tuple[str, str]] = {}
        # OAuth access tokens the control surface issued: token -> (org id, user id).
        self._tokens: dict[str, tuple[str, str]] = {}
        self.organizations: dict[str, Organization] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        # Never show the keys: they are secrets.
        return f"World(organizations={len(self.organizations)})"

    def add_api_key(self, api_key: str) -> tuple[Organization, User]:
        """Create an organization with one admin user who owns ``api_key``.

        Adding a key twice returns the organization and user it already belongs to.
        """
        with self._lock, use_clock(self.clock):
            known = self._keys.get(api_key)
            if known is not None:
                org = self.organizations[known[0]]
                return org, org.users[known[1]]
            number = len(self.organizations) + 1
            org = Organization(new_id("orga_"), f"Emulator Organization {number}")
            org.memoize = self.render_cache
            org.event_views = self.event_views
            user = org.add_user("Emulator", f"User {number}", f"user{number}@emulator.invalid")
            org.reset()  # stamp the defaults with the new user as their creator
            self.webhooks.attach(org)
            self.organizations[org.id] = org
            self._keys[api_key] = (org.id, user.id)
            return org, user

    def authenticate(self, api_key: str) -> tuple[Organization, User] | None:
        """The organization and user that own ``api_key``, or ``None``."""
        known = self._keys.get(api_key)
        if known is None:
            return None
        org = self.organizations[known[0]]
        return org, org.users[known[1]]

    def issue_oauth_token(self, org: Organization, user: User) -> str:
        """A new OAuth access token acting as ``user`` of ``org`` (see ``_control``)."""
        token = new_id("oauth_")
        with self._lock:
            self._tokens[token] = (org.id, user.id)
        return token

    def authenticate_oauth(self, token: str) -> tuple[Organization, User] | None:
        """The organization and user an OAuth access token acts for, or ``None``."""
        known = self._tokens.get(token)
        if known is None:
            return None
        org = self.organizations[known[0]]
        return org, org.users[known[1]]

    def reset(self) -> None:
        """Wipe every organization's data; keys, organization ids and user ids stay."""
        with self._lock, use_clock(self.clock):
            for org in self.organizations.values():
                with org.lock:
                    org.reset()
            self.webhooks.reset()
