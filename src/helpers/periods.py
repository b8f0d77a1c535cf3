"""Periods of time as intervals of days: the years, quarters and months that figures and reference
series refer to, with partial periods ("Jan-Sep 2023") told apart from whole years."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_MONTH_ABBR = tuple(calendar.month_abbr)  # ("", "Jan", ..., "Dec")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_RANGE = re.compile(r"^(\d{4})(?:-(\d{2}))?\s*/\s*(\d{4})(?:-(\d{2}))?$")


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A span of whole days, `start` to `end` inclusive."""

    start: date
    end: date

    @property
    def months(self) -> int:
        """Whole calendar months covered (a year is 12, a quarter 3)."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def is_whole_years(self) -> bool:
        """True for one or more calendar years, January to December."""
        return (self.start.month, self.start.day) == (1, 1) and (self.end.month, self.end.day) == (12, 31)

    @property
    def partial(self) -> bool:
        """True for a part of a year (a quarter, nine months, a single month)."""
        return not self.is_whole_years

    @property
    def midpoint(self) -> date:
        """The middle day: where a period is drawn on a date axis."""
        return date.fromordinal((self.start.toordinal() + self.end.toordinal()) // 2)

    @property
    def label(self) -> str:
        """"2023", "2019-2021", "Q2 2023", "Jan-Sep 2023", "Mar 2023", "Nov 2022-Feb 2023"."""
        first, last = self.start, self.end
        if self.is_whole_years:
            return str(first.year) if first.year == last.year else f"{first.year}-{last.year}"
        if first.day != 1 or last.day != calendar.monthrange(last.year, last.month)[1]:
            return f"{first.isoformat()} to {last.isoformat()}"
        if first.year == last.year:
            if first.month == last.month:
                return f"{_MONTH_ABBR[first.month]} {first.year}"
            if self.months == 3 and first.month % 3 == 1:
                return f"Q{(first.month + 2) // 3} {first.year}"
            return f"{_MONTH_ABBR[first.month]}-{_MONTH_ABBR[last.month]} {first.year}"
        return f"{_MONTH_ABBR[first.month]} {first.year}-{_MONTH_ABBR[last.month]} {last.year}"

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end


def month_span(first_year: int, first_month: int, last_year: int, last_month: int) -> Period:
    """The period from the first day of one month to the last day of another."""
    last_day = calendar.monthrange(last_year, last_month)[1]
    return Period(date(first_year, first_month, 1), date(last_year, last_month, last_day))


def year(value: int) -> Period:
    return month_span(value, 1, value, 12)


def parse_period(text: object) -> Period | None:
    """A period written as data: "2023", "2023-05", "2023-Q2", "2023-01/2023-09", "2019/2021";
    None for anything else (an empty cell, a free-text note)."""
    value = str(text or "").strip()
    try:
        if match := _YEAR.match(value):
            return year(int(match[1]))
        if match := _MONTH.match(value):
            y, m = int(match[1]), int(match[2])
            return month_span(y, m, y, m)
        if match := _QUARTER.match(value):
            y, q = int(match[1]), int(match[2])
            return month_span(y, 3 * q - 2, y, 3 * q)
        if match := _RANGE.match(value):
            first_year, first_month, last_year, last_month = match.groups()
            span = month_span(int(first_year), int(first_month or 1), int(last_year), int(last_month or 12))
            return span if span.start <= span.end else None
    except ValueError:  # month 13, year 0
        return None
    return None
