"""Days, uncertain days and spans of days.

Upstream data often knows a date only to the month (ATOP leaves ``dayent`` blank
when the day of signature is unknown).  Such a date is a :class:`Bound`: the
earliest and the latest day it can be.  A :class:`Span` is half-open,
``[start, end)``: a membership that ends on 2024-12-04 no longer holds on that
day, and the instrument that replaces it holds from that day on.

Whether a day lies in a span is one of three answers (:class:`Tri`): yes, no, or
"unknown" when the day falls in the uncertainty of an endpoint.  The engine turns
"unknown" into a *conditional* finding that names the imprecise date; it never
guesses.

>>> s = Span(Bound.of(date(2000, 2, 9)), Bound.of(date(2024, 12, 4)))
>>> s.contains(date(2024, 12, 3)), s.contains(date(2024, 12, 4))
(<Tri.YES: 2>, <Tri.NO: 0>)
>>> Bound.month(1822, 12).latest
datetime.date(1822, 12, 31)
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date

from ..errors import InvalidDateError

__all__ = ["Tri", "Bound", "Span", "parse_date", "EARLIEST_DATE"]

#: The first day casus answers for: the COW state system begins in 1816.
EARLIEST_DATE = date(1816, 1, 1)


class Tri(enum.IntEnum):
    """Three-valued truth for "is this day inside?" and "does this condition hold?".

    Ordered NO < UNKNOWN < YES, so that a conjunction is the minimum and the best
    of several alternatives the maximum; the compiled engine stores these very
    values in its arrays.
    """

    NO = 0
    UNKNOWN = 1
    YES = 2


def tri_and(*values: Tri) -> Tri:
    """Conjunction: any NO gives NO, else any UNKNOWN gives UNKNOWN, else YES.

    >>> tri_and(Tri.YES, Tri.UNKNOWN), tri_and(Tri.UNKNOWN, Tri.NO), tri_and()
    (<Tri.UNKNOWN: 1>, <Tri.NO: 0>, <Tri.YES: 2>)
    """
    return min(values, default=Tri.YES)


__all__.append("tri_and")


@dataclass(frozen=True, order=True)
class Bound:
    """A day known to lie between ``earliest`` and ``latest`` (inclusive)."""

    earliest: date
    latest: date

    @classmethod
    def of(cls, d: date) -> Bound:
        return cls(d, d)

    @classmethod
    def month(cls, year: int, month: int) -> Bound:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last))

    @classmethod
    def from_parts(cls, year: int, month: int | None, day: int | None) -> Bound:
        """Build from year/month/day where day (or month) may be unknown."""
        if month is None:
            return cls(date(year, 1, 1), date(year, 12, 31))
        if day is None:
            return cls.month(year, month)
        return cls.of(date(year, month, day))

    @classmethod
    def parse(cls, text: str) -> Bound:
        """``YYYY-MM-DD``, ``YYYY-MM`` (day unknown) or ``YYYY`` (month unknown)."""
        parts = str(text).strip().split("-")
        try:
            nums = [int(p) for p in parts]
            if len(nums) == 3:
                return cls.of(date(*nums))
            if len(nums) == 2:
                return cls.month(*nums)
            if len(nums) == 1:
                return cls.from_parts(nums[0], None, None)
        except ValueError:
            pass
        raise ValueError(f"{text!r} is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)")

    @property
    def exact(self) -> bool:
        return self.earliest == self.latest

    def __str__(self) -> str:
        if self.exact:
            return self.earliest.isoformat()
        if self.earliest.day == 1 and self.latest.month == self.earliest.month:
            return self.earliest.strftime("%Y-%m") + " (day unknown)"
        return f"{self.earliest.isoformat()}..{self.latest.isoformat()}"


@dataclass(frozen=True)
class Span:
    """Half-open span ``[start, end)`` of days; ``end=None`` means still running."""

    start: Bound
    end: Bound | None = None

    def contains(self, d: date) -> Tri:
        """YES if surely inside, NO if surely outside, UNKNOWN otherwise."""
        if d < self.start.earliest:
            return Tri.NO
        if self.end is not None and d >= self.end.latest:
            return Tri.NO
        if d < self.start.latest:
            return Tri.UNKNOWN
        if self.end is not None and d >= self.end.earliest:
            return Tri.UNKNOWN
        return Tri.YES

    def __str__(self) -> str:
        return f"{self.start} – {self.end if self.end else 'in force'}"


def parse_date(text: str | date, *, today: date | None = None, what: str = "date") -> date:
    """Parse a user-given day and check it lies in 1816-01-01 .. today.

    >>> parse_date("2025-01-01", today=date(2026, 1, 1))
    datetime.date(2025, 1, 1)
    """
    today = today or date.today()
    if isinstance(text, date):
        d = text
    else:
        try:
            d = date.fromisoformat(str(text).strip())
        except ValueError:
            raise InvalidDateError(
                f"{what} {text!r} is not a valid day; write it as YYYY-MM-DD, e.g. 2025-01-01"
            ) from None
    if d < EARLIEST_DATE:
        raise InvalidDateError(
            f"{what} {d.isoformat()} is before 1816-01-01, where the state system (COW) begins; "
            "give a day from 1816-01-01 to today"
        )
    if d > today:
        raise InvalidDateError(
            f"{what} {d.isoformat()} is in the future; give a day from 1816-01-01 to today ({today.isoformat()})"
        )
    return d
