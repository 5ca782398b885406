"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        # Copies and unpickled models hold the one UNSET, which models test by identity.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class LazyModel:
    """Base of the models with values to convert: the JSON form of those values, until read.

    `from_dict` fills the plain attributes and leaves the others empty, with their JSON form in
    `_lazy_raw` (keyed by attribute name); the descriptors `lazy_fields` installs convert a value
    on its first read and store it, so later reads find it in its slot. A model built by its
    constructor has every slot filled and never looks at `_lazy_raw`.
    """

    if not TYPE_CHECKING:
        # Hidden from mypy, whose attrs support would otherwise see only the fields as the
        # subclasses' slots and refuse from_dict's assignment of `_lazy_raw`.
        __slots__ = ("_lazy_raw",)
    _lazy_raw: dict[str, Any]


_NOTHING: Any = object()


class _LazyField:
    """Stands in for one attribute's slot: reads convert the JSON form once, then use the slot."""

    __slots__ = ("_convert", "_name", "_slot")

    def __init__(self, slot: Any, name: str, convert: Callable[[Any], Any]) -> None:
        self._slot = slot
        self._name = name
        self._convert = convert

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        slot = self._slot
        try:
            return slot.__get__(instance, owner)
        except AttributeError:
            pass
        try:
            raw = instance._lazy_raw[self._name]
        except (AttributeError, KeyError):
            # Never set, or deleted: what reading an empty slot says.
            raise AttributeError(
                f"{type(instance).__name__!r} object has no attribute {self._name!r}"
            ) from None
        # Converted before the JSON form is dropped: a failed conversion fails again on the
        # next read, and a concurrent reader finds one or the other.
        value = self._convert(raw)
        slot.__set__(instance, value)
        instance._lazy_raw.pop(self._name, None)
        return value

    def __set__(self, instance: Any, value: Any) -> None:
        self._slot.__set__(instance, value)

    def __delete__(self, instance: Any) -> None:
        raw = getattr(instance, "_lazy_raw", None)
        pending = raw is not None and raw.pop(self._name, _NOTHING) is not _NOTHING
        try:
            self._slot.__delete__(instance)
        except AttributeError:
            if not pending:
                raise


def lazy_fields(
    cls: type[LazyModel], converters: Mapping[str, Callable[[Any], Any]]
) -> None:
    """Make each named attribute of an attrs model (slotted) convert its JSON form on first read."""
    for name, convert in converters.items():
        setattr(cls, name, _LazyField(cls.__dict__[name], name, convert))


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "LazyModel",
    "RequestFiles",
    "Response",
    "Unset",
    "lazy_fields",
]
