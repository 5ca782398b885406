"""The benchmark's numbers and their presentation: samples, targets, markdown tables.

Every figure is a :class:`Sample` of repeated measurements, shown as its median with the
interquartile range; every goal is a :class:`Target` that knows whether it was met. A
:class:`Report` renders the whole run as one markdown document (printed and written).
"""

from __future__ import annotations

import datetime
import os
import platform
import statistics
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sample:
    """Repeated measurements of one figure."""

    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Iterable[float]) -> Sample:
        collected = tuple(values)
        if not collected:
            raise ValueError("a sample needs at least one measurement")
        return cls(collected)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def quartiles(self) -> tuple[float, float]:
        """First and third quartile (both the value itself for a single run)."""
        if len(self.values) < 2:
            return self.values[0], self.values[0]
        q1, _, q3 = statistics.quantiles(self.values, n=4, method="inclusive")
        return q1, q3

    def show(self, fmt: Callable[[float], str]) -> str:
        """``median (IQR q1 to q3, n=N)`` with every number rendered by ``fmt``."""
        q1, q3 = self.quartiles
        return f"{fmt(self.median)} (IQR {fmt(q1)} to {fmt(q3)}, n={len(self.values)})"


def ms(seconds: float) -> str:
    """Seconds as milliseconds with three significant digits."""
    value = seconds * 1000
    return f"{value:.3g} ms" if value < 100 else f"{value:.0f} ms"


def ratio(value: float) -> str:
    return f"{value:.2f}x"


def rate(value: float) -> str:
    return f"{value:,.0f}/s"


def fraction(value: float) -> str:
    return f"{value:.3f}"


@dataclass(frozen=True)
class Target:
    """A goal from the benchmark's brief and whether this run met it."""

    section: str
    goal: str
    measured: str
    met: bool

    @property
    def verdict(self) -> str:
        return "met" if self.met else "**MISSED**"


@dataclass
class Table:
    """One section: a heading, a markdown table and notes on how it was measured."""

    title: str
    headers: Sequence[str]
    rows: list[Sequence[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *cells: str) -> None:
        if len(cells) != len(self.headers):
            raise ValueError(f"{self.title}: expected {len(self.headers)} cells, got {cells}")
        self.rows.append(cells)

    def markdown(self) -> str:
        lines = [f"### {self.title}", ""]
        lines.append("| " + " | ".join(self.headers) + " |")
        lines.append("|" + "|".join("---" for _ in self.headers) + "|")
        lines.extend("| " + " | ".join(row) + " |" for row in self.rows)
        if self.notes:
            lines.append("")
            lines.extend(f"- {note}" for note in self.notes)
        return "\n".join(lines)


@dataclass
class Report:
    """The whole run: environment, targets and one table per section."""

    quick: bool
    tables: list[Table] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    started: datetime.datetime = field(default_factory=lambda: datetime.datetime.now(datetime.UTC))
    seconds: float = 0.0

    def target(self, section: str, goal: str, measured: str, met: bool) -> None:
        self.targets.append(Target(section, goal, measured, met))

    def markdown(self) -> str:
        met = sum(t.met for t in self.targets)
        mode = " (--quick: tiny sizes, a smoke test; not for publishing)" if self.quick else ""
        lines = [
            f"## Benchmarks{mode}",
            "",
            f"- date: {self.started:%Y-%m-%d %H:%M} UTC; whole run {self.seconds:.0f} s",
            f"- Python {platform.python_version()} ({sys.implementation.name}), "
            f"{platform.platform()}, {os.cpu_count()} CPU(s)",
            "- figures are medians of repeated runs with the interquartile range (IQR); the "
            "sides of every comparison ran alternately in this one run, against the same "
            "local emulator (a separate uvicorn process over loopback). Ratios travel "
            "between machines better than absolute times.",
            "",
            f"### Targets: {met} of {len(self.targets)} met",
            "",
            "| section | target | measured | verdict |",
            "|---|---|---|---|",
        ]
        lines.extend(
            f"| {t.section} | {t.goal} | {t.measured} | {t.verdict} |" for t in self.targets
        )
        for table in self.tables:
            lines.extend(["", table.markdown()])
        return "\n".join(lines) + "\n"
