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
        """True for anything but whole calendar years: a part of a year (a quarter, nine months, a single month)
        or a year from another month (`is_split_year`), never compared with calendar years."""
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

    @property
    def is_split_year(self) -> bool:
        """True for twelve whole months from a month after January ("Apr 2005-Mar 2006"): a financial
        year or a season, a year but no calendar year."""
        last_day = calendar.monthrange(self.end.year, self.end.month)[1]
        return self.months == 12 and self.start.month != 1 and self.start.day == 1 and self.end.day == last_day

    @property
    def year_to_date(self) -> bool:
        """True for a partial period from 1 January within one year ("Jan-Sep 2023")."""
        return self.partial and (self.start.month, self.start.day) == (1, 1) and self.start.year == self.end.year

    @property
    def span(self) -> str:
        """How long the period is, in words: "a full year", "3 full years", "a quarter", "9 months,
        year to date", "a year from April" (a financial year), "a month", "45 days"."""
        if self.is_whole_years:
            years = self.end.year - self.start.year + 1
            return "a full year" if years == 1 else f"{years} full years"
        whole_months = self.start.day == 1 and self.end.day == calendar.monthrange(self.end.year, self.end.month)[1]
        if not whole_months:
            days = self.end.toordinal() - self.start.toordinal() + 1
            return f"{days} day{'s' if days != 1 else ''}" + (", year to date" if self.year_to_date else "")
        if self.is_split_year:
            return f"a year from {calendar.month_name[self.start.month]}"
        if self.months == 1:
            return "a month"
        if self.months == 3 and self.start.month % 3 == 1 and self.start.year == self.end.year:
            return "a quarter"
        return f"{self.months} months" + (", year to date" if self.year_to_date else "")

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


_MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES.update({abbr.lower(): number for number, abbr in enumerate(calendar.month_abbr) if abbr})
_MONTH_NAMES["sept"] = 9
_MONTH_WORD = r"(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4}
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_YEAR_WORD = r"((?:1[89]|20)\d\d)"
_IN_TEXT = re.compile(
    r"\b(?:"
    rf"(?P<m1>{_MONTH_WORD})\s*(?:-|–|—|to|until|through)\s*(?P<m2>{_MONTH_WORD}),?\s+(?P<y1>{_YEAR_WORD[1:-1]})"
    rf"|(?:the\s+)?year\s+to\s+(?:the\s+end\s+of\s+)?(?P<m3>{_MONTH_WORD}),?\s+(?P<y2>{_YEAR_WORD[1:-1]})"
    rf"|first\s+(?P<n>\d{{1,2}}|{'|'.join(_COUNTS)})\s+months\s+of\s+(?P<y3>{_YEAR_WORD[1:-1]})"
    rf"|(?P<q1>{'|'.join(_ORDINALS)})\s+quarter\s+(?:of\s+)?(?P<y4>{_YEAR_WORD[1:-1]})"
    rf"|Q(?P<q2>[1-4])\s*(?P<y5>{_YEAR_WORD[1:-1]})|(?P<y6>{_YEAR_WORD[1:-1]})\s*-?\s*Q(?P<q3>[1-4])"
    rf"|(?P<h1>first|second|1st|2nd)\s+half\s+(?:of\s+)?(?P<y7>{_YEAR_WORD[1:-1]})|H(?P<h2>[12])\s*(?P<y8>{_YEAR_WORD[1:-1]})"
    rf"|(?P<m4>{_MONTH_WORD})\s+(?P<y9>{_YEAR_WORD[1:-1]})"
    rf"|(?P<fy>FY\s?)?(?P<y10>{_YEAR_WORD[1:-1]})\s*(?P<sep>-|–|—|/|to)\s*(?P<y11>(?:1[89]|20)?\d\d|(?<=[-–/])\d)(?![\d%])"
    rf"|(?P<y12>{_YEAR_WORD[1:-1]})"
    r")\b",
    re.IGNORECASE,
)


def months_to(last_year: int, last_month: int, length: int) -> Period:
    """The `length` months that end with a month: "the year to September 2023" is Oct 2022-Sep 2023 (as
    statistics offices write it; "Jan-Sep 2023" and "the first nine months of 2023" are the year to date)."""
    first_year, first_month = divmod(last_year * 12 + last_month - 1 - (length - 1), 12)
    return month_span(first_year, first_month + 1, last_year, last_month)


def _month(word: str) -> int:
    return _MONTH_NAMES[word.lower().rstrip(".")]


def find_period(text: object) -> Period | None:
    """The first period a piece of prose names: "in 2022", "by early 2024" (2024), "Jan-Sep 2023",
    "the first nine months of 2023", "the year to September 2023", "Q2 2023", "the third quarter of
    2023", "the first half of 2023", "March 2023", "2019-21"; None when it names none."""
    for match in _IN_TEXT.finditer(str(text or "")):
        found = _from_match(match)
        if found is not None:
            return found
    return None


def _from_match(match: re.Match[str]) -> Period | None:
    g = match.groupdict()
    try:
        if g["m1"]:
            y = int(g["y1"])
            first, last = _month(g["m1"]), _month(g["m2"])
            return month_span(y, first, y, last) if first <= last else None
        if g["m3"]:
            return months_to(int(g["y2"]), _month(g["m3"]), 12)
        if g["n"]:
            months = int(g["n"]) if g["n"].isdigit() else _COUNTS[g["n"].lower()]
            return month_span(int(g["y3"]), 1, int(g["y3"]), months) if 1 <= months <= 12 else None
        quarter, y = (g["q1"], g["y4"]) if g["q1"] else (g["q2"], g["y5"]) if g["q2"] else (g["q3"], g["y6"])
        if quarter:
            q = int(quarter) if quarter.isdigit() else _ORDINALS[quarter.lower()]
            return month_span(int(y), 3 * q - 2, int(y), 3 * q)
        half, y = (g["h1"], g["y7"]) if g["h1"] else (g["h2"], g["y8"])
        if half:
            h = 1 if half.lower() in ("first", "1st", "1") else 2
            return month_span(int(y), 6 * h - 5, int(y), 6 * h)
        if g["m4"]:
            m = _month(g["m4"])
            return month_span(int(g["y9"]), m, int(g["y9"]), m)
        if g["y10"]:
            first = int(g["y10"])
            before, after = match.string[max(0, match.start() - 25) : match.start()], match.string[match.end() : match.end() + 50]
            return years_written(first, g["y11"], g["sep"], before, after, fiscal=bool(g["fy"])) or year(first)  # "the financial year 2005-06", "2004/05 season"
        return year(int(g["y12"]))
    except (KeyError, ValueError):
        return None


SPLIT_YEAR_STARTS = {"financial": 4, "fiscal": 4, "tax": 4, "budget": 4, "season": 8, "academic": 9, "school": 9}
"""The month a split year ("2005/06") begins, by a word written with it; April (the UK financial and tax
year) when none is."""
_SPLIT_WORDS = "|".join(SPLIT_YEAR_STARTS)
_SPLIT_WORD_BEFORE = re.compile(rf"(?i)\b({_SPLIT_WORDS})(?:\s+years?)?(?:\s+of)?\s*(?:the\s+)?$")
"""A split year's word written right before it: "the financial year 2005-06", "fiscal 2010-11", "season 2004/05"."""
_NAME_WORDS = r"(?:[A-Z][\w&'.-]*\s+){0,4}"
_SPLIT_WORD_AFTER = re.compile(rf"^\s*{_NAME_WORDS}(?i:({_SPLIT_WORDS})s?)\b")
"""A split year's word written right after it, or after a proper name: "the 2004/05 season", "the 2010-11 school
year", "the 2005-06 budget", "the 2004/05 Premier League season", "the 2010-11 NBA season"."""


FISCAL_YEAR_STARTS = {"GB": 4, "IN": 4, "CA": 4, "JP": 4, "AU": 7, "NZ": 7, "US": 10}
"""The month a country's government financial year begins (ISO country codes): what a "financial" or "fiscal"
split year means in that country's press, and what a split year with no word ("2010-11") means there, but
in the United States, whose press writes a fiscal year as one ("fiscal 2011") and "2010-11" for a season or
a school year: there a split year with no word keeps the calendar span."""
_WRITES_SPLIT_FISCAL_YEARS = frozenset(FISCAL_YEAR_STARTS) - {"US"}


def _split_year_word(before: str, after: str) -> re.Match[str] | None:
    """The word that names a split year's kind, written next to it (not anywhere near: "School budgets in
    2010-2011" names no school year)."""
    return _SPLIT_WORD_BEFORE.search(before) or _SPLIT_WORD_AFTER.match(after)


def _last_year_written(first: int, written: str) -> int:
    """The second year of "2005/06", "2003/4", "1999/00", "2001-2004" in full."""
    if len(written) >= 4:
        return int(written)
    size = 10 ** len(written)
    last = first - first % size + int(written)
    return last + size if last <= first and last + size == first + 1 else last  # "1999/00", "2009/0"; not "2019-5"


def years_written(
    first: int, written: str, separator: str, before: str = "", after: str = "", fiscal: bool = False, country: str | None = None,
) -> Period | None:
    """Two years written together: one split year when they follow one another and are written as one
    ("2005/06", "2005-06", "2003/4", "FY2005/06", "2005/2006", or "2005-2006 financial year"), from the
    month the word written next to them names (`SPLIT_YEAR_STARTS`: a season from August; the words
    `before` and `after` them), else a span of calendar years ("2001-04", "2005-2006", "2005 to 2006",
    "school budgets in 2010-2011"). A financial year begins in the month of the outlet's `country`
    (`FISCAL_YEAR_STARTS`; April when it is unknown), and so does a split year with no word, but in a
    country whose press writes no split financial years, where it stays the calendar span; None when the
    second is not later."""
    last = _last_year_written(first, written)
    if last <= first:
        return None
    named = _split_year_word(before, after)
    one_year = fiscal or named is not None or separator == "/" or len(written) < 4 and separator != "to"
    if country is not None and country not in _WRITES_SPLIT_FISCAL_YEARS and named is None and not fiscal:
        one_year = False  # "2010-11" in an American paper: no financial year without a word saying so
    if last == first + 1 and one_year:
        kind = named[1].lower() if named else "financial"
        start = FISCAL_YEAR_STARTS.get(country or "GB", 4) if SPLIT_YEAR_STARTS[kind] == 4 else SPLIT_YEAR_STARTS[kind]
        return month_span(first, start, last, start - 1)
    return month_span(first, 1, last, 12)


# --- time phrases as figures write them (parse_time) ---------------------------------------
_PHRASE_MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number], calendar.month_abbr[number] + "t")
}
_PHRASE_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_SPAN_WORDS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}
_YEAR_IN = re.compile(r"(?:\b(?P<fy>FY)\s?|\b)(?P<year>1[89]\d\d|20\d\d)(?:(?P<sep>[-/–])(?P<last>\d{2,4}|\d(?!\d)))?(?P<decade>s)?\b")
"""A year, two years ("2004-05", "2003/4", "FY2005/06", "2001-2004") or a decade ("the 1990s")."""
_MONTH_IN = re.compile(r"(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
_QUARTER_IN = re.compile(r"(?i)\b(?:(first|second|third|fourth|final)\s+quarter|q([1-4]))\b")
_HALF_IN = re.compile(r"(?i)\b(?:(first|second)\s+half|h([12]))\b")
_MONTHS_TO = re.compile(r"(?i)\b(three|six|nine|twelve|3|6|9|12)\s+months\s+(?:to|ending|ended|until|through)\b|\byear\s+(?:to|ending|ended)\b")
_RELATIVE = re.compile(r"(?i)\b(last|this|next|the\s+previous|the\s+current|the\s+coming)\s+(?:financial\s+|fiscal\s+|calendar\s+)?year\b")


_CAPITAL_MONTH = "|".join(
    sorted({name for number in range(1, 13) for name in (calendar.month_name[number], calendar.month_abbr[number])}, key=len, reverse=True)
)
_OPEN_BEFORE = re.compile(
    rf"\b(?P<word>(?i:before|prior\s+to|earlier\s+than))\s+"
    rf"(?:(?i:the\s+(?:start|beginning)\s+of\s+)|(?P<middle>(?i:the\s+middle\s+of\s+)))?(?P<part>(?i:(?:early|late|mid)[\s-]+))?"
    rf"(?:(?:1[89]|20)\d\d\b|(?:Sept|{_CAPITAL_MONTH})\b)"
)
"""A time phrase bounded on one side only, before a year or a month ("before 2015", "prior to March", "before the
start of 2024", "before early 2020"): no period a record can be read for ("in 2019, before the pandemic" is 2019;
"Before early 2020, unemployment stood at 3.8 per cent" is no 2020 figure). Before a point inside the period
(`middle`, `part`: "before mid-2024") names it only as a deadline, from an article written before it
(`_deadline_inside`). "Before the end of 2024" is no such span: a deadline inside the year, read as "by the end
of 2024" is."""
_RELATIVE_MONTH = re.compile(
    rf"\b(?:(?P<word>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?P<month>Sept|{_CAPITAL_MONTH})\.?"
    r"|(?P<unit_word>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\s+month)\b"
)
"""A month counted from when the article was written: "last October", "next June", "this month"
(month names capitalized: "this may" is a verb)."""
_SINCE_MONTH = re.compile(rf"\b[Ss]ince\s+(?:(?:early|late|mid)[\s-]+)?(?P<month>Sept|{_CAPITAL_MONTH})\b\.?(?:\s+(?P<year>(?:1[89]|20)\d\d)\b)?")
"""A span from a month to when the article was written: "since March", "since March 2021"."""
_BACK = frozenset({"last", "past"})
_ON = frozenset({"next", "coming"})


def _relative_month(found: re.Match[str], anchor: int | date | None) -> Period | None:
    """The month a relative phrase names, from the article's date: "last October" is the latest October
    before the month it was written in, "next June" the first June after it; "this October" needs only
    its year. None without what it needs: "last October" written in 2005 is October 2004 or 2005 by the
    month, so a year alone leaves it relative."""
    word = (found["word"] or found["unit_word"]).lower()
    if found["month"] and word == "this":
        known = anchor.year if isinstance(anchor, date) else anchor
        return None if known is None else month_span(known, _month(found["month"]), known, _month(found["month"]))
    if not isinstance(anchor, date):
        return None
    here = anchor.year * 12 + anchor.month - 1
    if found["month"]:
        target = _month(found["month"]) - 1
        if word in _BACK:
            at = here - (anchor.month - 1 - target) % 12 - (12 if target == anchor.month - 1 else 0)
        else:
            at = here + (target - anchor.month + 1) % 12 + (12 if target == anchor.month - 1 else 0)
    else:
        at = here + (-1 if word in _BACK else 1 if word in _ON else 0)
    y, m = divmod(at, 12)
    return month_span(y, m + 1, y, m + 1)


def _year_of(text: str, anchor: int | None) -> int | None:
    found = _YEAR_IN.search(text)
    if found:
        return int(found["year"])
    relative = _RELATIVE.search(text)
    if relative and anchor is not None:
        word = relative[1].lower()
        return anchor + (-1 if word in ("last", "the previous") else 1 if word in ("next", "the coming") else 0)
    return None


def parse_time(text: object, anchor: int | date | None = None, country: str | None = None) -> Period | None:
    """The period a time phrase from an article names: "in 2023", "by early 2024", "the second
    quarter of 2023", "the three months to June 2023", "March 2023", "2004/05" (one split year),
    "between 2001 and 2004", "the 1990s"; relative phrases only with `anchor`, when the article was
    written: its year for "last year", "the second quarter", "in March", its date for "last October",
    "next June", "this month"; a split year as the outlet's `country` writes one (`years_written`). None for
    what names no period ("a year earlier")."""
    phrase = str(text or "").strip()
    if not phrase:
        return None
    if (bounded := _OPEN_BEFORE.search(phrase)) is not None:
        return _deadline_inside(phrase, bounded, anchor, country)  # "before 2015": a span with no start, no period
    try:
        if _YEAR_IN.search(phrase) is None and (relative := _RELATIVE_MONTH.search(phrase)) is not None:
            month = _relative_month(relative, anchor)
            if month is not None and isinstance(anchor, date) and re.search(r"(?i)\bsince\b", phrase) and month.start <= anchor:
                return _up_to_written(month, anchor)
            return month
        if (since := _SINCE_MONTH.search(phrase)) is not None and (isinstance(anchor, date) or not since["year"]):
            return _since_month(since, anchor)
        if (months := _months_named(phrase)) is not None:
            return months
        year = _year_of(phrase, anchor.year if isinstance(anchor, date) else anchor)
        anchor = anchor.year if isinstance(anchor, date) else anchor
        if year is None and anchor is not None and any(
            pattern.search(phrase) for pattern in (_QUARTER_IN, _HALF_IN, _MONTHS_TO, _MONTH_IN)
        ):
            year = anchor  # "in the second quarter", "in March": of the year the article was written
        if year is None:
            return None
        written = [_years_in_phrase(m, phrase, country) for m in _YEAR_IN.finditer(phrase)]
        if len(written) == 2 and re.search(r"(?i)\b(?:between|from)\b", phrase) and None not in written and written[1].start > written[0].start:
            return Period(written[0].start, written[1].end)  # "between 2001 and 2004", "between 2020/21 and 2024/25"
        if (found := _YEAR_IN.search(phrase)) is not None and (found["decade"] or found["last"]):
            return written[0]  # "the 1990s"; "2004-05": one split year; "2001-2004": a span
        return _within_year(phrase, year, anchor)
    except (ValueError, KeyError):
        return None


def _deadline_inside(phrase: str, bounded: re.Match[str], anchor: int | date | None, country: str | None) -> Period | None:
    """The period "before mid-2024", "before late March" name as a deadline, read as "by mid-2024" is, when the
    article was written (`anchor`) before that period starts: only then is the point ahead of the text. Written
    later or undated, the phrase may be a past span with no start ("Before early 2020, unemployment stood at ..."),
    so None, as for "before 2020" and "before the start of 2024"."""
    if anchor is None or not (bounded["middle"] or bounded["part"]):
        return None
    period = parse_time(phrase[: bounded.start("word")] + "by" + phrase[bounded.end("word") :], anchor, country)
    if period is None:
        return None
    written_before = anchor < period.start if isinstance(anchor, date) else anchor < period.start.year
    return period if written_before else None


def _within_year(phrase: str, year: int, anchor: int | None) -> Period:
    """The part of one year a time phrase names: since it (to the year written), the months to a month,
    a quarter, a half, a month, else the whole year (`parse_time` catches a year out of range)."""
    if re.search(r"(?i)\bsince\b", phrase) and anchor is not None and anchor >= year:
        return month_span(year, 1, anchor, 12)
    if span := _MONTHS_TO.search(phrase):
        month = _MONTH_IN.search(phrase[span.end():])
        if month:
            last = _PHRASE_MONTHS[month[1].lower()[:3] if month[1].lower()[:3] != "sep" else "sep"]
            return months_to(year, last, _SPAN_WORDS.get((span[1] or "twelve").lower(), 12))
    if quarter := _QUARTER_IN.search(phrase):
        number = _PHRASE_ORDINALS[quarter[1].lower()] if quarter[1] else int(quarter[2])
        return month_span(year, 3 * number - 2, year, 3 * number)
    if half := _HALF_IN.search(phrase):
        number = _PHRASE_ORDINALS[half[1].lower()] if half[1] else int(half[2])
        return month_span(year, 6 * number - 5, year, 6 * number)
    if month := _MONTH_IN.search(phrase):
        number = _PHRASE_MONTHS[month[1].lower()[:3]]
        return month_span(year, number, year, number)
    return year_period(year)


def _years_in_phrase(found: re.Match[str], phrase: str, country: str | None = None) -> Period | None:
    """The period one year written in a time phrase names: a decade ("the 1990s"), a split year or a span
    ("2004-05", "2001-2004"; `years_written`, with the phrase's words), else the calendar year."""
    first = int(found["year"])
    if found["decade"]:
        return month_span(first, 1, first + 9, 12)
    if found["last"]:
        return years_written(first, found["last"], found["sep"], phrase[: found.start()], phrase[found.end() :], fiscal=bool(found["fy"]), country=country)
    return year(first)


def _months_named(phrase: str) -> Period | None:
    """A span of months `find_period` reads and the year, quarter and month words of a time phrase do not:
    a range ("Jan-Sep 2023"), the first months of a year ("the first nine months of 2023"), the year to a
    month ("the year to September 2023"): one reading for both."""
    for match in _IN_TEXT.finditer(phrase):
        if match["m1"] or match["m3"] or match["n"]:
            return _from_match(match)
    return None


def _up_to_written(first: Period, anchor: date) -> Period:
    """From a period's start to the end of the month the article was written in ("since last December")."""
    return Period(first.start, month_span(anchor.year, anchor.month, anchor.year, anchor.month).end)


def _since_month(since: re.Match[str], anchor: int | date | None) -> Period | None:
    """"since March" written on 10 June 2023: March 2023 to June 2023, the latest March not after the
    month written; "since March 2021": from March 2021. None without the article's date (its end is when
    it was written) or for a month after it."""
    if not isinstance(anchor, date):
        return None
    number = _month(since["month"])
    if since["year"]:
        start_year = int(since["year"])
    else:
        start_year = anchor.year if number <= anchor.month else anchor.year - 1
    first = month_span(start_year, number, start_year, number)
    return _up_to_written(first, anchor) if first.start <= anchor else None


def open_ended(text: object) -> bool:
    """A time phrase bounded on one side only ("before 2015", "prior to March"): it names no period."""
    return _OPEN_BEFORE.search(str(text or "")) is not None


def read_period(text: object, anchor: int | date | None = None, country: str | None = None) -> Period | None:
    """The one reading of a period that checks, record summaries and charts share: written as data
    ("2023-01/2023-09", `parse_period`), else a time phrase (`parse_time`, relative ones from `anchor`,
    split years as the outlet's `country` writes them)."""
    return parse_period(text) or parse_time(text, anchor, country)


def year_period(value: int) -> Period:
    """A whole calendar year (the name `year` is kept for existing callers)."""
    return year(value)
