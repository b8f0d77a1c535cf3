"""What a copied page says about itself in the furniture cleaning cut: the date its dateline (or
its byline) states, the writer its byline names and the outlet its copyright line names.

Plain text carries no metadata, but a page selected in a browser usually keeps a dateline under the
headline ("Wednesday 20 November 2019 9:22 am") and a copyright line at the foot ("Copyright © 2019
CityAM. Limited"). Cleaning removes both as furniture (with their reasons); the report's first page
reads them back so "date not stated" means the page truly states none. Only a whole date (day,
month and year) counts, so nothing depends on today's date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATES = (
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)"),
)
_SLASHED = re.compile(r"(?<![\d/])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>(?:19|20)\d\d)(?![\d/])")
""""21/06/2014" (day first) or "06/21/2014" (month first): read only when one of the two is over 12."""
_COMPANY_THEN_ADDRESS = re.compile(r"(?i)(.+?\b(?:limited|ltd|inc|llc|plc|gmbh))\b\.?,\s")
_COPYRIGHT = re.compile(r"(?i)(?:copyright|©|\(c\))")
_LEGAL = re.compile(
    r"(?i)\b(?:all\s+rights\s+reserved|or\s+its\s+affiliated\s+compan\w+|and\s+its\s+licensors|"
    r"(?:is\s+)?a\s+(?:registered\s+)?trade\s*mark|company\s+(?:no|number)\b|registered\s+in)\b.*$"
)
_SUFFIX = re.compile(r"(?i)[\s,.]*\b(?:limited|ltd|inc|llc|plc|l\.l\.c|corp(?:oration)?|gmbh|s\.a|l\.?p)\b\.?$")


Row = tuple[int, int, str, str]
"""A row cleaning cut: start, end, rule, text."""


def _rows(removed: Iterable[Mapping[str, object]]) -> list[Row]:
    """The rows cleaning cut, in the order of the text."""
    return sorted((int(row.get("start") or 0), int(row.get("end") or 0), str(row.get("rule", "")),
                   str(row.get("text") or "")) for row in removed)


def _nearest(rows: list[Row], read: Callable[[int, Row], str | None], reach: int | None = None) -> str | None:
    """What `read` finds in the row nearest to where the article starts (the first stretch of kept
    text), a tie to the earlier row; rows more than `reach` characters of kept text past that start
    are not read."""
    start = _article_start(rows)
    best: tuple[int, int, str] | None = None
    for n, row in enumerate(rows):
        if reach is not None and _kept_between(rows, start, row[0]) > reach:
            break
        if (found := read(n, row)) is not None:
            distance = max(row[0] - start, start - row[1], 0)
            if best is None or (distance, row[0]) < best[:2]:
                best = (distance, row[0], found)
    return best[2] if best else None


def stated_date(removed: Iterable[Mapping[str, object]]) -> str | None:
    """The whole date (ISO "2019-11-20") of the dateline the cleaning cut nearest to where the
    article starts (the first stretch of kept text): a masthead's "today" above the menus or the
    dates of a teaser list below the article lie further away."""
    # "By Ann Lee Updated Nov 13, 2019": a byline may date the story
    return _nearest(_rows(removed), lambda _, row: parse_date(row[3]) if row[2].endswith(("/date", "/byline")) else None)


def stated_meta(removed: Iterable[Mapping[str, object]]) -> dict[str, str]:
    """The date and the writer a pasted page states in the lines the cleaning cut (`stated_date`,
    `stated_author`), under the metadata's keys (`published`, `author`); what is not found is left out."""
    rows = list(removed)
    found = {"published": stated_date(rows), "author": stated_author(rows)}
    return {key: value for key, value in found.items() if value}


def _article_start(rows: list[Row]) -> int:
    """Where the first stretch of text the cleaning kept begins (the headline, usually)."""
    at = 0
    for row_start, row_end, _, _ in rows:
        if row_start - at > 30:
            return at
        at = max(at, row_end)
    return at


def parse_date(text: str) -> str | None:
    """ "Wednesday 20 November 2019 9:22 am", "Nov. 20, 2019", "2019-11-20", "20/11/2019" ->
    "2019-11-20"; None unless day, month and year are all written and valid (and, in digits with
    slashes, unless the day is over 12: "06/07/2019" could be either)."""
    for pattern in _DATES:
        for match in pattern.finditer(text):
            month = match.group("month")
            number = int(month) if month.isdigit() else MONTHS.get(month.lower())
            day, year = int(match.group("day")), int(match.group("year"))
            if number and 1 <= number <= 12 and 1 <= day <= calendar.monthrange(year, number)[1]:
                return f"{year:04d}-{number:02d}-{day:02d}"
    for match in _SLASHED.finditer(text):
        first, second, year = int(match.group("first")), int(match.group("second")), int(match.group("year"))
        day, number = (first, second) if first > 12 >= second else (second, first) if second > 12 >= first else (0, 0)
        if 1 <= number <= 12 and 1 <= day <= calendar.monthrange(year, number)[1]:
            return f"{year:04d}-{number:02d}-{day:02d}"
    return None


def stated_outlet(removed: Iterable[Mapping[str, object]]) -> str | None:
    """The owner a copyright line the cleaning cut names ("Copyright © 2019 CityAM. Limited" ->
    "CityAM"), the last such line on the page (the footer's)."""
    found = None
    for row in removed:
        for line in str(row.get("text") or "").splitlines():
            if _COPYRIGHT.search(line) and (name := copyright_owner(line)):
                found = name
    return found


def copyright_owner(line: str) -> str | None:
    """The name in a copyright line, without the mark, years, company suffix or legal tail; the
    name after the last mark when one follows it ("Advertise with us Jobs © 2019 Vox Media, LLC")."""
    marks = list(_COPYRIGHT.finditer(line))
    after = line[marks[-1].end() :] if marks else ""
    text = _COPYRIGHT.sub(" ", after if re.search(r"[A-Za-z]{2}", _LEGAL.sub("", after)) else line)
    text = re.sub(r"\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:19|20)?\d\d\b)?", " ", text)
    text = _LEGAL.sub("", text)
    text = re.split(r"(?<=[A-Za-z]{2})\.\s", text, maxsplit=1)[0]  # "NPR. To see more, visit ..."
    if company := _COMPANY_THEN_ADDRESS.match(text):
        text = company.group(1)  # "Mortons Media Group Ltd, Media Centre, Morton Way": the company, not its address
    text = re.sub(r"\s+", " ", text).strip(" .,;:|-–")
    while (shorter := _SUFFIX.sub("", text).strip(" .,;:|-–")) != text:
        text = shorter
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        words, text = words[:half], " ".join(words[:half])  # "Hearst Newspapers Hearst Newspapers"
    if not 1 <= len(words) <= 6 or not text[:1].isupper() or not re.search(r"[A-Za-z]{2}", text):
        return None
    return text


_BY = re.compile(r"(?i)^\W*(?:written\s+|words\s+|story\s+)?by\b[:\s]*(?:(?:dr|prof|professor)\.?\s+)?")
_NAME_STOP = re.compile(r"(?i)\s*(?:[|,;/@(\[–—:]|\s-\s|\bon\b|\bupdated\b|\bpublished\b|\bposted\b|\d).*$", re.S)
_DATE_AFTER = re.compile(
    r"(?i)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,?\s+\d.*$", re.S
)
"""A date glued after the name ("By Ann Lee November 19, 2019"): a month or day only counts when a number follows."""
_GLUED = re.compile(r"(?<=[a-z])(?=(?:Staff|Senior|Chief|Reporter|Writer|Editor|Correspondent|Contributor|Columnist)\b|[A-Z]{2})")
"""Where a role or an outlet in capitals was glued to the name when the page was copied ("By Ann
LeeStaff Writer", "By Ann LeeEXAMPLENews"); a name's own inner capital ("McDonald") is no glue."""
_NAME_PART = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_PARTICLES = frozenset("de del della der di da van von le la bin al".split())
_SUFFIXES = frozenset("Jr. Sr. Jr Sr II III IV".split())
ROLE_WORDS = frozenset(
    "staff writer reporter editor correspondent contributor columnist senior chief political business sports "
    "news associate deputy special contributing freelance".split()
)
"""Words that end a byline's name and start its role ("By Ann Lee, Staff Writer"; glued: "By Ann LeeStaff Writer")."""
BYLINE_REACH = 600
"""How far (characters of kept text) past the article's start a byline may stand: past the headline
and a standfirst, not past the story (a teaser's byline under it names another writer)."""


def _name_word(word: str, words: Sequence[str]) -> bool:
    """A word of a person's name: capitalized letters with inner hyphens or apostrophes ("Rees-Mogg",
    "O'Neil", "Álvarez"), an initial ("H."), a particle inside it ("de la"), or a suffix ("Jr.")."""
    if word in _SUFFIXES:
        return bool(words)
    if word.lower() in _PARTICLES:
        return bool(words)
    return word[:1].isupper() and _NAME_PART.fullmatch(word) is not None and (not word.endswith(".") or len(word) == 2) \
        and re.search(r"[A-Z]{2}", word) is None  # "FOXBusiness": an outlet glued on, no name


def byline_name(text: str) -> str | None:
    """The writer a byline names ("By Ann Lee | Example News" -> "Ann Lee"; "By Ann LeeStaff Writer"
    -> "Ann Lee"; "BY ANN LEE ON 11/13/19" -> "Ann Lee"; "By Ann Lee and Tom Ash" -> "Ann Lee and Tom
    Ash"): the name-shaped words after "By", up to a separator, a date or a role word. None unless
    they make a name (`_person`, each of a pair): "By Any Means Necessary" is a title, "By India
    Post News" an outlet."""
    line = (text.strip().splitlines() or [""])[0]
    found = _BY.match(line)
    if found is None:
        return None
    rest = line[found.end() :].replace("&", "and")
    if rest.isupper():
        rest = rest.title()
    rest = _NAME_STOP.sub("", _DATE_AFTER.sub("", _GLUED.sub(" ", rest)))
    words: list[str] = []
    for word in rest.split():
        if word.lower() == "and" and words:
            words.append("and")
        elif word.lower() not in ROLE_WORDS and _name_word(word, words):
            words.append(word)
        else:
            break
    while words and (words[-1] == "and" or words[-1].lower() in _PARTICLES or len(words[-1]) == 2 and words[-1].endswith(".")):
        words.pop()  # a name ends in a surname (or its suffix), not in "and", a particle or an initial
    people = " ".join(words).split(" and ")
    if not words or len(people) > 3 or not all(_person(person) for person in people):
        return None
    return " ".join(words)


def _person(name: str) -> bool:
    """Words that make a person's name: two to five, and the first a given name the lexicon knows
    ("Ann Lee", `mentions.classify`), or none of them a common English word ("Jamelle Bouie"; not
    "Any Means Necessary", "India Post")."""
    from .mentions import classify
    from .syntax import _tagger

    words = [w for w in name.split() if w not in _SUFFIXES]
    if not 2 <= len(words) <= 5:
        return False
    if classify(" ".join(words)) == "person":
        return True
    lexicon = _tagger().lexicon
    return not any(w[:1].isupper() and not w.endswith(".") and w.lower() in lexicon for w in words)


def stated_author(removed: Iterable[Mapping[str, object]]) -> str | None:
    """The writer the byline cleaning cut nearest to where the article starts names (`byline_name`),
    or a bare name (a given name the lexicon knows and a surname) cut right beside the story's
    dateline, within BYLINE_REACH characters of kept text past the article's start (past it stand a
    teaser's or a related story's bylines); None when the page names no writer that way."""
    rows = _rows(removed)

    def read(n: int, row: Row) -> str | None:
        if row[2].endswith("/byline"):
            return byline_name(row[3])
        return _bare_name(row[3]) if row[2].endswith("/before-article") and _beside_date(rows, n) else None

    return _nearest(rows, read, BYLINE_REACH)


def _kept_between(rows: list[Row], start: int, end: int) -> int:
    """How many characters the cleaning kept between `start` and `end` (what no cut row covers)."""
    covered, at = 0, start
    for row_start, row_end, _, _ in rows:
        low, high = max(row_start, at), min(row_end, end)
        if high > low:
            covered += high - low
            at = high
    return max(0, end - start - covered)


def _beside_date(rows: list[Row], n: int) -> bool:
    """The cut row `n` touches a dateline's row (a few characters apart, nothing kept between)."""
    return any(
        0 <= m < len(rows) and rows[m][2].endswith("/date") and (rows[m][0] - rows[n][1] if m > n else rows[n][0] - rows[m][1]) <= 3
        for m in (n - 1, n + 1)
    )


def _bare_name(text: str) -> str | None:
    """A line that is only a person's name: two or three name-shaped words, the first a given name."""
    from .mentions import classify

    words = text.split()
    if not 2 <= len(words) <= 3 or "\n" in text.strip() or not all(_name_word(w, words[:i]) for i, w in enumerate(words)):
        return None
    return " ".join(words) if classify(" ".join(words)) == "person" else None


_STATE_DATELINE = re.compile(
    r"^(?P<town>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}),\s+(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)\s*"
    r"(?:\([^)\n]{1,40}\)\s*)?[–—:-]\s"
)
"""A dateline as the US press writes it, a town and its state before a dash, and an agency's name in brackets:
"CLEVELAND, Ohio – ", "Dekalb, Ill. — ", "SIOUX FALLS, S.D. (AP) - "."""


def dateline_country(opening: str) -> str | None:
    """"US" when the article's first paragraph opens with a dateline naming a US state (`_STATE_DATELINE`, the
    states of `resources/places.yml` that name no country: not "Tbilisi, Georgia"), else None. What the outlet's
    country is when no web address says it (`dataset.ArticleData.country`): on webbench's 52 tune pages the three
    such datelines all stand on American sites, while a city alone is where the story was filed ("MADRID" on a
    Canadian site, "VIENNA" on an American one, "NEW YORK (Reuters)"), and a page's currency its subject's."""
    from .mentions import gazetteers

    found = _STATE_DATELINE.match(opening)
    if found is None:
        return None
    places = gazetteers()
    state = found["state"]
    return "US" if state in places["states"] and state not in places["places"] else None
