from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazy_fields

T = TypeVar("T", bound="RateLimitedBody")


@_attrs_define
class RateLimitedBody(LazyModel):
    """Legacy body of a 429 answer, deprecated by Close in favour of the `RateLimit` and
    `Retry-After` headers; only `error.rate_reset` is reliably present.

    """

    error: RateLimitDetails
    """ Details of the rate limit that was hit (legacy, deprecated). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _model = cls.__new__(cls)
        _model._lazy_raw = {
            "error": d.pop("error"),
        }

        _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _convert_error(_raw: Any) -> RateLimitDetails:
    error = RateLimitDetails.from_dict(_raw)

    return error


lazy_fields(
    RateLimitedBody,
    {
        "error": _convert_error,
    },
)

# Imported after the class, once, so that models referring to each other can import one another.
from ..models.rate_limit_details import RateLimitDetails
