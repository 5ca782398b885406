"""Full-text matching: whole words, case-insensitively; ``phrase`` wants them adjacent.

Text is cut into words at every character that is not a letter or a digit, so an email
address ``ann@acme.com`` holds the words ``ann``, ``acme`` and ``com`` and a phone number
its digits [unverified: Close's analyzers are not documented].
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

_WORD: Final = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded, in order."""
    return _WORD.findall(text.casefold())


def matcher(value: str, mode: str) -> Any:
    """A test of a sequence of texts: do they hold ``value``'s words (or its phrase)?"""
    wanted = words(value)
    if mode == "phrase":
        width = len(wanted)

        def phrase(texts: Iterable[Any]) -> bool:
            if not wanted:
                return True
            for text in texts:
                found = words(str(text))
                if any(found[i : i + width] == wanted for i in range(len(found) - width + 1)):
                    return True
            return False

        return phrase
    needed = set(wanted)

    def full_words(texts: Iterable[Any]) -> bool:
        if not needed:
            return True
        seen: set[str] = set()
        for text in texts:
            seen.update(words(str(text)))
            if needed <= seen:
                return True
        return False

    return full_words
