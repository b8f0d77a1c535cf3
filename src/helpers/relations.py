"""Relations between figures: comparisons (ratio, difference), growth (implied base), the two
ends of a stated change, and a standfirst's figure the body states again."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from .figures import Figure
from .models import Article
from .periods import parse_time
from .relations_scope import match_ups, opens_new_scope, share_groups
from .units import convert, same_dimension
from .voice_patterns import GROUPS

COMPARABLE = ("money", "quantity", "count", "percent")
MAX_RATIO = 1000
"""Two figures further apart than this are no comparison: a total and a share of it ("£4bn" and a
pensioner's "£340"), a cap and what it caps ("£10,000" a donation and "£56m" in all)."""
_STOP = frozenset("the a an of to in on for and or between from by with its their this that".split())


@dataclass(frozen=True, slots=True)
class Relation:
    """Two figures read together; `sentences` are the sentence indices it rests on."""

    kind: str
    left: int
    right: int
    left_surface: str
    right_surface: str
    unit: str | None
    per: str | None
    ratio: float | None
    difference: float | None
    implied_base: float | None
    caveat: str
    sentences: tuple[int, ...]
    text: str

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["sentences"] = list(self.sentences)
        return data


RELATIVE_CHANGES = ("increase by", "decrease by")


def both_changes(change: object, other: object) -> bool:
    """Both figures weighed are changes ("fell 0.36%", "rose 0.24%"), not levels."""
    return change in RELATIVE_CHANGES and other in RELATIVE_CHANGES


def directed(value: float, change: object, other: object) -> float:
    """A change's value with its direction when both figures weighed are changes: "fell 0.36%" against
    "rose 0.24%" is -0.36 against 0.24, a gap of 0.6 points (as sizes, 0.36 and 0.24 are 0.12 apart
    and the fall looks like the larger gain). A level, or a change set against a level, is as stated."""
    return -abs(value) if both_changes(change, other) and change == "decrease by" else value


def _share(figure: Figure) -> bool:
    """A share of a whole: a percent level ("a 40% stake") or a fraction ("a fifth", "half")."""
    return (figure.unit == "fraction" or figure.kind == "percent") and figure.change not in RELATIVE_CHANGES


def _comparable(a: Figure, b: Figure) -> bool:
    """Two figures of one dimension. Percentages are two dimensions under one sign: a relative change
    ("rose 5%") and a share or rate ("a 40% stake"); only changes are weighed against changes and
    levels against levels. A fraction is a share like a percent level ("a fifth ... compared with
    1 percent"). A distance that names an event ("the 200m title", "the 10,000m final": flag "event") measures
    nothing and is weighed against nothing. Points on a market's own scale (an index's move or level, a bond's price
    in 32nds: flag "market") are weighed against nothing either: one index's points are no other's, and a move
    set against the level it reached is no comparison."""
    if a.per != b.per or "event" in a.flags or "event" in b.flags or "market" in a.flags or "market" in b.flags:
        return False
    if (a.unit == "fraction" or b.unit == "fraction") and _share(a) and _share(b):
        return True
    if a.kind != b.kind or a.kind not in COMPARABLE:
        return False
    if a.kind == "percent" and (a.change in RELATIVE_CHANGES) != (b.change in RELATIVE_CHANGES):
        return False
    if a.kind in ("money", "count", "percent"):
        return a.unit == b.unit
    return bool(a.unit and b.unit and same_dimension(a.unit, b.unit))


def in_unit(value: float, unit: str | None, to: str | None) -> float:
    """A figure's value in a relation's unit: a fraction weighed against a percent counts in percent
    (0.2 -> 20), a quantity converts ("100 bcm" against metres); anything else is as stated."""
    if to == "%" and unit == "fraction":
        return value * 100
    if isinstance(unit, str) and isinstance(to, str) and unit not in (to, "fraction"):
        return convert(value, unit, to)
    return value


def _same_thing(a: Figure, b: Figure, article: Article | None = None) -> bool:
    """Figures of two sentences are weighed against each other only when they measure one thing: their
    subjects share a word, or neither says what it measures. "43% of contributions ..." and, in the
    next sentence, "1 percent" of something else are two readings, not a comparison."""
    if a.subject is None and b.subject is None:
        return True
    shared = _words(a.subject) & _words(b.subject)
    if a.kind == "percent" and b.kind == "percent" and shared <= _ASKED and article is not None and \
            _named_in_own_sentence(article, a) and _named_in_own_sentence(article, b):
        return False  # "28 percent of voters said ..." and "46 percent of voters said ...": two questions put to one group
    return bool(shared)


def _named_in_own_sentence(article: Article, figure: Figure) -> bool:
    """The figure's subject is written in its own sentence, not carried from one before ("Twenty-four
    percent said ..." after "46 percent of voters said ...": the same question's answers)."""
    if figure.subject_start is None or not 0 <= figure.sentence < len(article.sentences):
        return False
    sentence = article.sentences[figure.sentence]
    return sentence.start <= figure.subject_start < sentence.end


_ASKED = frozenset(GROUPS | {"respondents", "adults", "voter", "participants", "those", "people"})
"""Words for the people a poll or survey asked: a share's subject names them, not what they said."""


_RESTATING = re.compile(r"[^\w]*|[^\d]*\(\s*")
"""What stands between a figure and the same figure said again: nothing but punctuation ("just shy of
half, 49%,") or the first figure's phrase and an opening bracket ("more than half of her support
(57 percent)")."""
_DASH_OPENS = re.compile(r"[^\d]*\s[-–—]\s*")
_DASH_CLOSES = re.compile(r"\s*[-–—]")
"""A restatement set between dashes ("nearly four in 10 likely voters — 39 percent — said"): the second dash closes
it; a dash that closes nothing opens a clause of its own ("Smith has half - 38 percent back Jones")."""


def _restated(text: str, a: Figure, b: Figure) -> bool:
    """The second figure restates the first in another form (a fraction as a percent, words as digits)
    right after it: no comparison. The same form after a comma is a list ("bids of £3m, £4m")."""
    other_form = a.unit != b.unit or any(c.isdigit() for c in a.surface) != any(c.isdigit() for c in b.surface)
    between = text[a.end : b.start]
    return other_form and a.sentence == b.sentence and a.end <= b.start and (
        _RESTATING.fullmatch(between) is not None or _DASH_OPENS.fullmatch(between) is not None and _DASH_CLOSES.match(text, b.end) is not None
    )


def _sentences_text(article: Article, indices: tuple[int, ...]) -> str:
    return " ".join(article.sentences[i].text for i in indices if 0 <= i < len(article.sentences))


def _by_sentence(figures: tuple[Figure, ...]) -> dict[int, list[int]]:
    """Indices of body figures, by sentence: the index every pairing below looks up."""
    found: dict[int, list[int]] = {}
    for i, figure in enumerate(figures):
        if figure.sentence >= 0:
            found.setdefault(figure.sentence, []).append(i)
    return found


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _list_of(text: str, figures: tuple[Figure, ...], same: list[int], i: int) -> tuple[list[int], int | None]:
    """The figures of one sentence comparable with figure `i` (and `i` itself), in order, leaving out
    a figure restated in another form; and the first of them after `i` whose subject shares a word
    with its subject (None when none does)."""
    a = figures[i]
    group = [k for k in same if k == i or (_comparable(a, figures[k]) and not _restated(text, figures[min(i, k)], figures[max(i, k)]))]
    words = _words(a.subject)
    follower = next((k for k in group[group.index(i) + 1 :] if words & _words(figures[k].subject)), None)
    return group, follower


def _paired_in_list(group: list[int], follower: int | None, i: int, j: int, respectively: bool) -> bool:
    """Whether two comparable figures of one sentence are a pair a reader would set side by side when
    the sentence holds more than two of their kind. With "respectively" and two lists of equal length
    ("growth of 1.8% and 3.5%, down from 2.3% and 4%, respectively") the i-th of the first list goes
    with the i-th of the second, nothing else; a list of more than three ("Smith at 31%, Jones at 17%,
    Brown at 13%, Green at 8%") gives its neighbours only, not every two of it, and each figure with
    the next one of its own subject when two measures alternate ("Acme holds $9bn abroad and would owe
    $3bn in taxes; Beta holds $5bn and would owe $1bn in taxes": the two taxes). Three or fewer
    without "respectively" are every pair ("bids of £3m, £4m and £5m")."""
    if j not in group:
        return True
    m, n = group.index(i), group.index(j)
    half = len(group) // 2
    if respectively and len(group) >= 4 and len(group) % 2 == 0:
        return abs(n - m) == half
    if len(group) > 3:
        return abs(n - m) == 1 or (n > m and follower == j)  # `j` comes after `i` in their sentence
    return True


_CELL_BEFORE = re.compile(r"(?:^|\s)(?!(?:19|20)\d\d\s+$)[-+−]?[$£€]?\d(?:[\d,.]*\d)?%?\s+$")
"""A bare number right before a figure with nothing but a space between: the cell before it in a
table row that segmenting flattened into one sentence ("Acme Corp. 120.50 -4.10 -3.20%"); a list's
comma ("7, 8, 10 percent") or a year ("by 2008 £60bn") is no cell."""


def _in_row(article: Article, figure: Figure) -> bool:
    """The figure is the last cell of a table row. Two such figures are one column of two rows the
    table already sets side by side (one ticker's move against another's made "-5.44% is 3.9 times
    -1.41%"); the sentence split cannot tell the table's rows from its columns, so no comparison."""
    if not 0 <= figure.sentence < len(article.sentences):
        return False
    start = article.sentences[figure.sentence].start
    return _CELL_BEFORE.search(article.text[start : figure.start]) is not None


_SET_AGAINST = re.compile(
    r"\b(?:compared|against|versus|vs|from|than|surpass\w*|exceed\w*|outpac\w*|outstrip\w*|better(?:ed|ing)?|beat(?:s|ing)?)\b",
    re.IGNORECASE,
)
"""A word between two figures that sets the one against the other ("85 percent, down from the 95
percent", "raised $413,000, surpassing the $394,000", "6.66m to better the mark of 6.52m"): a
comparison the writer made, whatever holders and subjects the figures were read with."""


_GAP_IN = re.compile(r"\S\s+(?:more|fewer|less)\b(?!\s+than)", re.IGNORECASE)
_GAP_AFTER = re.compile(r"\s*(?:more|fewer|less|higher|lower)\s+(?:[\w-]+\s+){0,2}?than\b", re.IGNORECASE)


_MARGIN_POINTS = re.compile(r"[\s-]+points?\s+(?:behind|ahead|clear|adrift|off|above|below|short|down|up)\b", re.IGNORECASE)


_MARGIN_ANY = re.compile(r"[\s-]+(?:(?:short|shy|clear|ahead|adrift|wide)\s+of|behind)\b", re.IGNORECASE)
"""After a figure of any unit: a margin to something else ("3cm short of the standard", "two seconds
behind the winner", "£2m shy of its target", "five lengths clear of the field")."""


def _gap(text: str, figure: Figure) -> bool:
    """The figure is a margin over something else ("$800 more than it costs now", "2 million more
    votes than her rival", "4 percent higher than last year", "four points behind Rovers", "3cm short of
    the standard"), not a level: set against a level it made "9 million votes is 3.6 times 2.5 million
    more votes", "31 points is 7.8 times four points behind" and "2.20m is 73 times 3cm". A bound ("more
    than 60 percent") is a level."""
    return _GAP_IN.search(figure.surface) is not None or _GAP_AFTER.match(text, figure.end) is not None or (
        figure.unit == "point" and _MARGIN_POINTS.match(text, figure.end) is not None
    ) or _MARGIN_ANY.match(text, figure.end) is not None


def _said_again(a: Figure, b: Figure) -> bool:
    """The same amount twice, not of two named holders: in the same words ("six men ... you cannot fight
    six men"; "the rate, at 35 percent, ... The rate of 35 percent"), or in other words for no other
    period ("the detention of 12 men ... The 12 affected", "$5 per hour ... $5 an hour", "the dozen
    emails ... 12 of the 19"): the figure said again, a ratio of 1 that compares nothing. Two holders at
    one level stay ("Lee 3 percent and Ray 3 percent"), as does one amount in other words at two times."""
    if (a.value, a.low, a.high) != (b.value, b.low, b.high) or _other_holders(a, b):
        return False
    return a.surface.lower() == b.surface.lower() or not (a.time and b.time and a.time != b.time)


def _unrelated(a: Figure, b: Figure) -> bool:
    """Two figures that name both a different holder and a different subject measure two things of two
    parties ("a $50 million renovation of the club ... houses of $5 million in the town"): a reader
    sets a measure against itself across holders ("Acme at 35%, Beta at 25%") or two measures of one
    holder, not the one party's thing against the other's."""
    if not (a.subject and b.subject):
        return False
    return not (_words(a.subject) & _words(b.subject)) and _other_holders(a, b)


def _holder_words(holder: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (holder or "").lower()) if w not in _STOP}


def _other_holders(a: Figure, b: Figure) -> bool:
    """Both figures name a holder and the two share no word ("Pfizer" and "Allergan"; "U.S." and
    "the U.S." are one)."""
    left, right = _holder_words(a.holder), _holder_words(b.holder)
    return bool(left and right) and not left & right


def comparisons(article: Article, figures: tuple[Figure, ...]) -> list[Relation]:
    """Figures of one dimension in one sentence, or in adjacent sentences of one paragraph (where a
    quote runs on); pairs come from the sentence index, so the cost grows with the article."""
    found = []
    index = _by_sentence(figures)
    in_row = {i: _in_row(article, figures[i]) for indices in index.values() for i in indices}
    groups = {i: group for indices in index.values() for i, group in share_groups(article, figures, indices).items()}
    new_scope = {sentence: opens_new_scope(article, sentence) for sentence in index}
    match_up = {i: n for indices in index.values() for i, n in match_ups(article, figures, indices).items()}
    for sentence in sorted(index):
        same = index[sentence]
        nxt = [j for j in index.get(sentence + 1, []) if figures[j].paragraph == figures[same[0]].paragraph]
        respectively = _RESPECTIVELY.search(article.sentences[sentence].text) is not None if 0 <= sentence < len(article.sentences) else False
        for n, i in enumerate(same):
            a = figures[i]
            listed: tuple[list[int], int | None] | None = None  # figure i's list in its sentence, worked out once
            for j in same[n + 1 :] + nxt:
                b = figures[j]
                if not _comparable(a, b) or (b.sentence != a.sentence and not _same_thing(a, b, article)) or _restated(article.text, a, b):
                    continue
                if _said_again(a, b):
                    continue
                if _gap(article.text, a) != _gap(article.text, b):
                    continue
                set_against = _SET_AGAINST.search(article.text[min(a.end, b.end) : max(a.start, b.start)]) is not None
                if _unrelated(a, b) and not set_against:
                    continue
                if _flow_and_stock(a, b, set_against) or _flow_and_stock(b, a, set_against):
                    continue
                if _share(a) and _share(b) and (match_up[i] != match_up[j] and b.sentence == a.sentence or not set_against and (
                        groups[i] != groups[j] or b.sentence != a.sentence and new_scope[b.sentence])):
                    continue  # "7% undecided" and "27% of those who named a candidate"; two match-ups' shares ("against X")
                if in_row[i] and in_row[j]:
                    continue
                if _other_period_lengths(a, b):
                    continue
                if b.sentence == a.sentence:
                    listed = _list_of(article.text, figures, same, i) if listed is None else listed
                    if not _paired_in_list(*listed, i, j, respectively):
                        continue
                unit = "%" if a.unit != b.unit and "%" in (a.unit, b.unit) else a.unit
                left_value = directed(in_unit(a.value, a.unit, unit), a.change, b.change)
                right_value = directed(in_unit(b.value, b.unit, unit), b.change, a.change)
                if right_value == 0 or left_value and not 1 / MAX_RATIO <= abs(left_value / right_value) <= MAX_RATIO:
                    continue  # "£4bn" against "£340" (a pensioner's): a total and a share of it, no comparison
                sentences = tuple(sorted({a.sentence, b.sentence}))
                found.append(
                    Relation(
                        kind="comparison",
                        left=i,
                        right=j,
                        left_surface=a.surface,
                        right_surface=b.surface,
                        unit=unit,
                        per=a.per,
                        ratio=left_value / right_value,
                        difference=right_value - left_value,
                        implied_base=None,
                        caveat=(
                            f"compares two {a.kind} figures stated "
                            + ("in one sentence" if len(sentences) == 1 else "in adjacent sentences of one paragraph")
                        ),
                        sentences=sentences,
                        text=_sentences_text(article, sentences),
                    )
                )
    found.sort(key=lambda r: (r.left, r.right))
    return found


LEVEL_MOVED = ("increase to", "decrease to", "increase from", "decrease from")


def _flow_and_stock(change: Figure, level: Figure, set_against: bool) -> bool:
    """An amount a level changed by and the level itself: a level it moved from or to ("jobs rose by 2,400
    to 311,000", "fell by $5m to $40m, from $45m"), or, unless a word between sets them against each other,
    one of the same subject and holder in the next sentence ("Jobs rose by 2,400. There are now 311,000 jobs").
    A flow and a stock: "311,000 is 130 times 2,400" compares nothing. (A percent change is kept from levels by
    `_comparable`.) In one sentence a level beside a change is often the change said for another case
    ("a net gain of four seats ... or five seats if they don't"), and stays."""
    if change.change not in RELATIVE_CHANGES or level.change in RELATIVE_CHANGES:
        return False
    if level.change in LEVEL_MOVED:
        return True
    return not set_against and change.sentence != level.sentence and bool(_words(change.subject) & _words(level.subject)) \
        and not _other_holders(change, level)


def _other_period_lengths(a: Figure, b: Figure) -> bool:
    """Whether two figures name periods of different lengths within a year ("$147bn in 2021" and "$114.5bn
    in the first half of 2023"): a year's total and a half-year's are no comparison; a split year ("2022-23",
    a financial year) is a year. A level at a date (one month: "at the end of March") and a span of years
    ("2019-21") are left to compare."""
    if not (a.time and b.time):
        return False
    first, second = parse_time(a.time, None), parse_time(b.time, None)
    if first is None or second is None:
        return False
    return first.months != second.months and 2 <= min(first.months, second.months) and max(first.months, second.months) <= 12


def _words(subject: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (subject or "").lower()) if w not in _STOP and len(w) > 2}


def growth(article: Article, figures: tuple[Figure, ...], window: int = 2) -> list[Relation]:
    """A percent change and a level about the same subject imply the level before the change."""
    found = []
    index = _by_sentence(figures)
    for i, pct in enumerate(figures):
        if pct.kind != "percent" or pct.change not in ("increase by", "decrease by") or pct.sentence < 0:
            continue
        near = sorted(j for s in range(pct.sentence - window, pct.sentence + window + 1) for j in index.get(s, []))
        after = [j for j in index.get(pct.sentence, []) if j > i][:1]
        reached = [j for j in after if figures[j].change in ("increase to", "decrease to") and figures[j].kind in ("money", "quantity", "count")]
        levels = [j for j in (reached or near) if _grows_into(pct, figures[j])]
        own = [j for j in levels if figures[j].sentence == pct.sentence]
        if own:  # "reached $240bn in 2023, up 26% from 2022": the level its own sentence states, not the next sentences'
            levels = [min(own, key=lambda k: (abs(k - i), k))]
        for j in levels:  # "revenue rose 3.5% to $27.2bn": the level it reached, not a forecast beside it
            level = figures[j]
            shared = _words(pct.subject) & _words(level.subject)
            sign = 1 if pct.change == "increase by" else -1
            factor = 1 + sign * pct.value / 100
            if factor <= 0:
                continue
            sentences = tuple(sorted({pct.sentence, level.sentence}))
            caveat = (
                f"linked by the shared subject '{' '.join(sorted(shared))}' "
                f"({'sentence' if len(sentences) == 1 else 'sentences'} {', '.join(str(s) for s in sentences)}): assumes the {pct.surface} "
                f"{pct.change.split()[0]}{' (' + pct.time + ')' if pct.time else ''} ends at the "
                f"{level.surface} level{' (' + level.time + ')' if level.time else ''}"
                + ("; its sentence states the two together" if len(sentences) == 1 else
                   "; the article does not say the two cover the same period")
            )
            found.append(
                Relation(
                    kind="growth",
                    left=i,
                    right=j,
                    left_surface=pct.surface,
                    right_surface=level.surface,
                    unit=level.unit,
                    per=level.per,
                    ratio=factor,
                    difference=level.value - level.value / factor,
                    implied_base=level.value / factor,
                    caveat=caveat,
                    sentences=sentences,
                    text=_sentences_text(article, sentences),
                )
            )
    return found


def _grows_into(pct: Figure, level: Figure) -> bool:
    """Whether a level may be where a percent change ended: a money, quantity or count level (not one a
    change started from) about a subject the percent shares a word with, of no other holder, and not of
    another period than the percent's when both name one ("up 40% in the first half" is no part of "$147bn
    in 2021")."""
    if level.kind not in ("money", "quantity", "count") or level.change in ("increase from", "decrease from"):
        return False
    if not _words(pct.subject) & _words(level.subject) or _other_holders(pct, level):
        return False  # "Acme's stock fell 2.7% at $31; Beta's stock fell 3.4% to $301": Acme's fall is no part of Beta's price
    if pct.time and level.time:
        first, second = parse_time(pct.time, None), parse_time(level.time, None)
        return first is None or second is None or first == second
    return True


def stated_percent(
    sentence: Sequence[tuple[int, str, str | None]], start: int, end: int, change: str | None,
    kinds: tuple[str, ...] = ("percent", "fraction"),
) -> int | None:
    """Which of a sentence's stated changes of `kinds` (figure index, kind, change; "fraction" for a share of the whole:
    "fell by a fifth"; "percentage_points" for a share's change in points) belongs to the change from
    figure `start` to figure `end`: one in the change's direction if any, the nearest to the two levels
    ("sales rose 5% to $3bn from $2.8bn, while profit fell 10% to $1bn from $1.2bn": 5% for the sales, 10% for
    the profit). None when the sentence states no such change."""
    stated = [(k, c) for k, kind, c in sentence if kind in kinds and c in ("increase by", "decrease by")]
    direction = (change or "").split(" ")[0]
    candidates = [k for k, c in stated if c.startswith(direction + " ")] or [k for k, _ in stated]
    if not candidates:
        return None
    low, high = min(start, end), max(start, end)
    return min(candidates, key=lambda k: (max(low - k, k - high, 0), k))


def changes(article: Article, figures: tuple[Figure, ...]) -> list[Relation]:
    """Both ends of a change stated in one sentence ("profits rose 12% to $4.2bn in the second
    quarter, from $3.75bn a year earlier"): the level it started from, the level it reached, and
    whether the stated percent agrees with them."""
    found = []
    for sentence, indices in sorted(_by_sentence(figures).items()):
        for i in indices:
            start = figures[i]
            if start.change not in ("increase from", "decrease from"):
                continue
            ends = [j for j in indices if figures[j].change in ("increase to", "decrease to") and _comparable(_at_rate_of(start, figures[j]), figures[j])]
            if not ends or start.value == 0:
                continue
            j = min(ends, key=lambda k: abs(k - i))
            end = figures[j]
            value = end.value if end.kind != "quantity" else convert(end.value, end.unit or "", start.unit or "")
            said = stated_percent([(k, figures[k].kind, figures[k].change) for k in indices], i, j, start.change)
            change = (value / start.value - 1) * 100
            what = start.subject or end.subject or "the figure"
            caveat = (
                f"{what}{' (' + (start.holder or end.holder or '') + ')' if start.holder or end.holder else ''}: "
                f"{start.surface}{' (' + start.time + ')' if start.time else ''} to "
                f"{end.surface}{' (' + end.time + ')' if end.time else ''}, {change:+.1f}%"
            )
            if said is not None:
                caveat += f"; the article states {figures[said].surface}"
            found.append(
                Relation(
                    kind="change", left=i, right=j, left_surface=start.surface, right_surface=end.surface,
                    unit=end.unit, per=end.per, ratio=value / start.value, difference=value - start.value,
                    implied_base=None, caveat=caveat, sentences=(sentence,), text=_sentences_text(article, (sentence,)),
                )
            )
    return found


def _at_rate_of(start: Figure, end: Figure) -> Figure:
    """The level a change started from, at the rate its end states when it states none itself ("rise to
    £5.05 an hour, up from £4.85": £4.85 an hour)."""
    return replace(start, per=end.per) if start.per is None else start


def _same_figure(a: Figure, b: Figure) -> bool:
    """One amount written twice: the same kind, value (and range), unit, rate and change, of one thing (the subjects
    share a word, or the holders do, or neither says what it measures); never a bare number whose unit is lost ("2"),
    which says too little to be told from another, and not two things that happen to agree ("Inflation rose 3%"
    and "Wages rose 3%")."""
    return (
        a.unit is not None and "unit_missing" not in a.flags
        and (a.kind, a.value, a.low, a.high, a.unit, a.per, a.change) == (b.kind, b.value, b.low, b.high, b.unit, b.per, b.change)
        and (not (a.subject and b.subject) or bool(_words(a.subject) & _words(b.subject))
             or bool(_holder_words(a.holder) & _holder_words(b.holder)))
    )


def restated(article: Article, figures: tuple[Figure, ...]) -> list[Relation]:
    """Each standfirst figure (flag "standfirst") that the body states again ("£10bn" in the summary under the
    headline and in paragraph 3): one figure said twice, tied to its first statement in the body, not two figures
    to weigh; ratio 1, difference 0, `sentences` the body's sentence."""
    found = []
    body = [j for j, figure in enumerate(figures) if figure.sentence >= 0]
    for i, figure in enumerate(figures):
        if "standfirst" not in figure.flags:
            continue
        j = next((j for j in body if _same_figure(figure, figures[j])), None)
        if j is None:
            continue
        again = figures[j]
        found.append(
            Relation(
                kind="restated", left=i, right=j, left_surface=figure.surface, right_surface=again.surface,
                unit=figure.unit, per=figure.per, ratio=1.0, difference=0.0, implied_base=None,
                caveat=f"the standfirst's {figure.surface} is stated again in the body, paragraph {again.paragraph + 1}",
                sentences=(again.sentence,), text=_sentences_text(article, (again.sentence,)),
            )
        )
    return found


_SENTENCE_NUMBERS = re.compile(r"\(sentences? \d+(?:, \d+)*\)")
"""Where a growth's caveat says which sentences it rests on ("(sentences 3, 4)"), numbers of the body's."""


def standfirst_relations(article: Article, figures: tuple[Figure, ...]) -> list[Relation]:
    """Comparisons, growth and changes among the standfirst's own figures (flag "standfirst"), found as the
    body's are, in the standfirst read as a paragraph of its own (as its figures were read): `left` and
    `right` index `figures`, `sentences` is (-1,) (the standfirst, as its figures' sentence) and `text` its
    words. A standfirst figure is never paired with the body's here: one the body states again is `restated`."""
    from .segment import standfirst_alone  # segment does not import relations; this keeps it that way

    own = [i for i, figure in enumerate(figures) if "standfirst" in figure.flags]
    alone = standfirst_alone(article) if len(own) > 1 else None
    if alone is None:
        return []
    ends = [sentence.end for sentence in alone.sentences]
    renumbered = tuple(
        replace(figures[i], sentence=min(bisect_right(ends, figures[i].start), len(ends) - 1), paragraph=0) for i in own
    )
    found = comparisons(alone, renumbered) + growth(alone, renumbered) + changes(alone, renumbered)
    return [
        replace(relation, left=own[relation.left], right=own[relation.right], sentences=(-1,),
                caveat=_SENTENCE_NUMBERS.sub("(the standfirst)", relation.caveat, count=1))
        for relation in found
    ]


def relate(article: Article, figures: tuple[Figure, ...]) -> tuple[Relation, ...]:
    """Every comparison, growth and change relation among an article's figures (the body's, then the
    standfirst's own), and each standfirst figure the body states again."""
    return tuple(
        comparisons(article, figures) + growth(article, figures) + changes(article, figures)
        + standfirst_relations(article, figures) + restated(article, figures)
    )
