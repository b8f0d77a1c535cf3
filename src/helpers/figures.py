"""Figures: every number an article states, normalized (value, unit, rate) with its context."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from . import figure_patterns as fp
from . import holders as holders_module
from . import meaning
from . import patterns
from . import series
from .article_place import Place, article_place, held_elsewhere, in_contest, local_place, owned_near, place_measure, side_measure, speaks_for, speech_before, starts_a_name
from .models import Article, Sentence
from .holders import _BODY_ENDINGS, Names, kind_of, adjective_modifier, adjective_by_ending as by_ending, article_capitals, authors_report, backed_by, backed_name, counts_contests, counts_places, demonym_body, described_run, description_of, echoes_opinion, frame_holder, coordinated_agent, counted_agent, giver_after, intending_agent, listed_name, name_acting, passive_agent_after, plan_owner, team_over_venue, may_view, named_before, names_nothing, no_name, participle_opener, qualifies_person, stray_lead, subject_possessor, titled_person, who_antecedent, percentile_group, poll_sides, with_share, report_after, restatements, share_set_against, speaker_of_other, same_side, change_ends, gapped, wanted, holding_verbs, group_nouns
from . import voice_patterns as vp
from .epithets import EPITHET_SUBJECT, epithet_head, epithet_noun, ranked
from .mentions import gazetteers, given_name
from .records import quick_init
from .syntax import _tagger
from .voice_patterns import EPITHET_ROLES
from .textcache import per_text
from .numbers import VULGAR_FRACTIONS, may_hold_number, number_pattern, parse_number, scale_pattern, scale_value
from .units import convert, currency_after, currency_before, currency_named, normalize, symbol_at, unit_at

KINDS = ("money", "percent", "percentage_points", "quantity", "duration", "count", "number")
_NO_THING = re.compile(r"(?i)(?:^|\s)(?:['’]s|n['’]t|have|has|had|is|are|was|were|be|been|percent|per\s?cent)$")
"""A subject that ends in a verb, a contraction or a percent sign's word: no noun phrase, so no measured thing."""
_ROLE_AND_NAME = re.compile(
    r"(?:(?!(?:to|of|in|for|on|at|from|with|by|past|into|over|under|and|or|against|about|between|towards?|meeting|their|his|her|its)\s)[a-z][\w-]*\s+){1,3}"
    r"((?:[A-Z][a-z][\w.’'-]*\s+){0,2}([A-Z][a-z][\w’'-]*))"
)
"""A subject that is lower-case words and then a name: a role and the person it describes."""
_PERSON_END = re.compile(r"(?:ist|er|or|man|woman|legend|star|champion|old|great|holder)$")
"""The end of a word that names a person ("finalist", "record holder", "legend"), before that person's name."""
_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:about|around|nearly|almost|roughly|some|just|only|over|more\s+than)\s+)?$")
_PROGRESS_AFTER = re.compile(r"\s+(?:reporting|counted|tallied|in)\b")
"""An absolute phrase after "with" that says how far a count has got ("with 94 percent of precincts reporting")."""
_IN_PLACES = re.compile(r"\b(?:in|across|from)\s+(?:(?:all|the|at\s+least|about|some|nearly|more\s+than)\s+)*$")
"""Before a count of the places where another count of the sentence is ("in five states", "across all 50 states")."""
_HYPHEN_COUNT = re.compile(r"-(?!strong$)[a-z]+$")
"""A count written as a modifier ("two-man", "15-member"): the noun after it is no thing it counts ("a
161-strong majority" is one: the majority numbers 161)."""


@quick_init
@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: what was written, where, and what it means."""

    surface: str
    start: int
    end: int
    kind: str
    value: float
    unit: str | None = None
    per: str | None = None
    qualifier: str | None = None
    low: float | None = None
    high: float | None = None
    change: str | None = None
    time: str | None = None
    subject: str | None = None
    holder: str | None = None
    sentence: int = -1
    paragraph: int = -1
    flags: tuple[str, ...] = field(default=())
    attributed_to: str | None = None
    subject_start: int | None = None
    subject_end: int | None = None
    holder_start: int | None = None
    holder_end: int | None = None
    time_start: int | None = None
    time_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["flags"] = list(self.flags)
        return data


@dataclass(slots=True)
class _Reading:
    """A figure being read: the number, then whatever is written around it."""

    start: int
    end: int
    value: float
    is_word: bool
    kind: str = "number"
    unit: str | None = None
    per: str | None = None
    currency_factor: float = 1.0
    scale_money_only: bool = False
    flags: list[str] = field(default_factory=list)


_FEET_INCHES = re.compile(r"(?<![\d.,])(?P<feet>[3-8])\s?['’′]\s?(?P<inches>\d{1,2})\s?(?:[\"”″]|''|\s?(?:inches|inch|in)\b)")
"""A height in feet and inches: 6'3", 5’2”, 5′10″."""
_POUNDS_WEIGHED = re.compile(r"(?i)\s+pounds?\b")
_WEIGHED_BEFORE = re.compile(
    r"(?i)\bweigh(?:s|ed|ing)?\s+(?:in\s+at\s+)?(?:(?:about|around|nearly|almost|just|over|under|roughly|some|more\s+than|less\s+than|up\s+to|an\s+estimated)\s+)?$"
)
"""Before a number of pounds: a verb of weighing ("weighs 236 pounds", "weighed in at 170 pounds"): a weight, not sterling."""

_CURRENCY_MODIFIER = re.compile(r"(?i)-(?P<name>dollar|euro|yen|rupee|franc|pound)\b(?!-)")
"""After a number: a currency written as a modifier ("a 300-euro fine"); a pound there may be a weight ("a 10-pound baby"), so it only marks a vague size."""
_SPELLED_AMOUNT = re.compile(
    r"(?i)(?:(?!an?\b)\w+[ -])+(?:hundred|thousand|million|billion|trillion)\b.*|an?[ -](?:hundred|thousand|million)\s+and\s+.+"
)
"""A number spelled out to a scale ("Five hundred turned up", "a hundred and two voted", "one hundred and twenty
thousand strong"): a figure though its noun is unsaid, as "500 turned up" is; "a hundred" or "a million" alone stays
a manner of speaking ("one in a million")."""
_YEAR_PREPOSITION = re.compile(r"(?i)\b(?:in|since|by|until|till|from|of|to|before|after)\s+$")


def _spelled_amount(text: str, match: re.Match[str], value: float) -> bool:
    """`_SPELLED_AMOUNT`, but not a year spelled out after its preposition ("in two thousand and five")."""
    if not _SPELLED_AMOUNT.fullmatch(match.group(0)):
        return False
    return not (1900 <= value <= 2100 and _YEAR_PREPOSITION.search(text, max(0, match.start() - 8), match.start()))
_SCALE_ONLY = re.compile(r"(?i)(?:an?\s+|multi-?)?(?:hundred|thousand|million|billion|trillion)")
_PLUS_AFTER = re.compile(r"-(?:plus|odd)\b(?!-)")
"""Right after a number: "-plus", at least that many (the guideline reads "£30m-plus" as £30m), or "-odd", about that many ("40-odd staff")."""

# compiled once: these run for every number read (same patterns as written inline before)
_METRE_AFTER = re.compile(r"\s?(?:m|met(?:er|re)s?)\b")
_M_AFTER = re.compile(r"\s?m\b")
_SIBILANT_PLURAL = re.compile(r"(?:ss|sh|ch|x|zz|tz)es$")
"""A plural that adds "-es" ("taxes", "buzzes", "waltzes"); not a noun ending in "-ze" ("prizes", "sizes")."""
_YEAR_JOIN_BEFORE = re.compile(r"\d{4}[-–/]$")
_DIGIT_COUNTS = frozenset("three four five six seven eight nine ten 3 4 5 6 7 8 9 10".split())
"""How many digits a sum has, in words or digits, before "figures" ("six figures", "a 6 figure salary")."""
_FIGURES_AFTER = re.compile(r"(?i)[\s-]figures?\b")
_FIGURE_NOUN_AFTER = re.compile(r"(?i)[\s-]figure\s+(?:salary|salaries|sum|sums|income|fee|fees|deal|price|pay|bonus|payout)\b")
"""After a digit: "a 6 figure salary" (a digit count, the idiom written in digits)."""
_CLOCK_DIGITS = re.compile(r"\d{1,2}\.[0-5]\d")
_SHARE_OR_SCALE_AFTER = re.compile(r"(?i)\s?(?:%|per\s?cent\b|percentage\s+points?\b|points?\b|pc\b|(?:m|bn|tn|million|billion|trillion)\b)")
_YEAR_DIGITS = re.compile(r"1\d\d\d|20\d\d")
_LETTER_FIRST = re.compile(r"^[A-Za-z]")
_TOP_BEFORE = re.compile(r"(?i)\btop\s$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_POSSESSIVE_END = re.compile(r"['’]s$")
_MODERN_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_SCORE_DASH_BEFORE = re.compile(r"\d[-–]$")
_SCORE_DASH_AFTER = re.compile(
    r"^(?:[-–]\d|-to-\d+(?:\s*(?:[,.;:)]|$)|\s+(?:vote|votes|decision|ruling|margin|majority|verdict|split|ratio|win|victory"
    r"|defeat|loss|lead|edge|tally|in|on|for|against|with|by|over|among)\b)"
    r"|\s+to\s+\d+\s+(?:vote|votes|decision|ruling|margin|majority|verdict|split|ratio)\b"
    r"|(?:-to-|[-–])\d+\s+(?:[a-z][\w-]*\s+){1,2}(?:vote|decision|ruling|margin|majority|verdict|split)\b)"
)
"""A score or tally after a bare number: "4-0", "a 5-4 decision", "by a 2-to-1 vote", "a 3 to 1 margin", "a
reliable 5-to-4 pro-business majority" (but "10-to-15 people" and "ages 17 to 20" are ranges)."""
_TALLY_VERB_BEFORE = re.compile(
    r"\b(?:voted|vote|votes|voting|confirmed|passed|approved|rejected|defeated|deadlocked|carried|overturned|upheld)"
    r"\s+(?:(?:by|on)\s+)?(?:a\s+)?$"
)
_TALLY_TO_AFTER = re.compile(r"\s+to\s+\d{1,3}(?![\d.,]\d)(?=\s*(?:[,.;:)]|$|\s+(?:to|in|on|for|against|with|and|but|last|this|after|before|when|that)\b))")
"""A tally written after a verb of voting: "confirmed 92 to 0", "voted by 229 to 206 to ...", "deadlocked 4 to 4": the
two sides of a vote, as "52-48" is (not "voted by 297 votes to 203", a count, nor "approved 5 to 10 percent", a range)."""


_FOLD_AFTER = re.compile(r"(?i)[-\s]?fold\b")
_CAPITAL_WORD_INSIDE = re.compile(r"\b[a-z][\w-]*(\s+)[A-Z]")
"""Inside a run of number words: a lower-case word, then a capitalized one ("two Six")."""
_COUNTER_BEFORE = re.compile(r"(?i)\b(?:image|photo|picture|slide|page|video|clip|item|story|card|part|episode|chapter)\s+\d{1,3}\s*(?:of|/)\s*$")
"""Before the second number of a gallery's or series' counter ("Photo 3 of 12", "Slide 2/9")."""
_K_RACE_AFTER = re.compile(r"(?i)K\s+(?:(?:road|cross[- ]country|fun|charity)\s+)?(?:race|run|walk|final|heat|event|course|title|record)s?\b")
"""After a number: "K" and a race ("the 10K race", "the 50K Walk"): a race's name, as "a 5K run" is."""
_K_MONEY_AFTER = re.compile(
    r"\s+(?:check|cheque|salary|salaries|bonus|bonuses|fee|fees|prize|grant|loan|donation|budget|contract|fine|payout|"
    r"pay|payment|raise|deal|jackpot|bursary|investment|debt|bill|wage|wages|income|profit|profits|sale|sales|revenue)s?\b"
)
_K_MONEY_BEFORE = re.compile(
    r"(?i)\b(?:earn|earns|earned|earning|paid|pay|pays|paying|cost|costs|costing|raised|raising|spent|spend|spends|"
    r"worth|salary\s+of|price\s+of|budget\s+of|fee\s+of|fined|owed|owes|owe|donated|charged|charges|charging|sold\s+for|bought\s+for)"
    r"\s+(?:(?:about|around|over|under|nearly|almost|just|some|roughly|only|more\s+than|less\s+than|up\s+to|between|from)\s+)?$"
)
"""Money around a number glued to "k" with no currency ("a 50K check", "earns 25k", "paid 10k"): the k is thousands.
Elsewhere a glued k is often a distance, a format or a grade ("a 10k run", "a 4k TV", "18k gold"), so the number
stays as written."""
_K_RANGE_BEFORE = re.compile(r"(?i)\b(?:earn|earns|earned|paid|pay|pays|cost|costs|worth|salary\s+of)\s+(?:between\s+|from\s+)?\d[\d.,]*k\s*(?:[-–]|to|and)\s*$")
"""The second end of a range of such thousands ("pays 25k-30k", "earns between 25k and 30k")."""
_TIEBREAK_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}[-–]\d{1,2}\s*\($")
"""Before a bracketed number: a set's score ("7-6 (5)", "6-7 (4)"), the bracket holding the tie-break's points."""
_RACE_EVENT_NOUN = (
    r"(?:titles?|finals?|semi-?finals?|races?|runs?|walks?|hurdles|hurdlers?|relays?|freestyle|backstroke|breaststroke|butterfly|"
    r"medley|records?|events?|heats?|champions?|championships?|crowns?|gold|silver|bronze|medals?|medallists?|medalists?|"
    r"winners?|runners?|swimmers?|specialists?|finalists?|legends?|wins?|victory|victories|sprint|dash|qualifying|"
    r"favou?rites?|rankings?|man|woman|men|women|season|successes?|double|place)\b"
)
_RACE_EVENT_AFTER = re.compile(
    r"(?:(?:\s*,|\s+(?:and|or))\s+(?:the\s+)?(?:\d[\d,]*\s?(?:k?m|metres|meters)|(?:one|two|three)\s+miles?)\b)*"  # "the 1500m and 5,000m titles"
    r"\s+(?:(?:world|olympic|indoor|outdoor|european|commonwealth|national|british|junior|senior|individual|men['’]s|women['’]s|"
    r"road|track|mile|metres?|meters?)\s+){0,2}" + _RACE_EVENT_NOUN,
    re.IGNORECASE,
)
"""After a length: an event noun, perhaps after a coordinated distance or a modifier ("won the 200m title", "the
10,000m final", "the 400m hurdles", "a 5km race", "the 100m and 200m finals", "the 5,000m world record"): the
distance names the event, it measures nothing the sentence compares."""
_EVENT_THE = re.compile(
    r"(?:\b(?:the|men['’]s|women['’]s|girls['’]|boys['’]|his|her|their)\s+(?:(?:world|olympic|indoor|outdoor|european|national|"
    r"favou?red|favou?rite|preferred|specialist|usual|main|chosen|pet|new|old)\s+)?)$",
    re.IGNORECASE,
)
_EVENT_LEN = re.compile(r"(?:60|100|110|200|300|400|800|1,?000|1,?500|3,?000|5,?000|10,?000)\s?(?:m|metres|meters)|(?:one|two)\s+miles?|4\s?x\s?\d+\s?m")
_EVENT_END = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:and|or|to|at|in|on|this|last|for|when|after|before|with|while|where|but|was|is|would|will|as|also|too)\b)")
"""Around a round track distance with "the", "men's" or "his" (perhaps "his favoured") right before it and no noun
after ("won the women's 800m in 2:01.52", "silver in the 100m.", "stepped down from his favoured 400m"): the event
by its distance."""
_EVENT_JOIN = re.compile(r"\s+(?:to|into|for|and|or)\s+(?:the\s+)?|,\s+(?:the\s+)?")
"""Between two round track distances: "to" ("from his favoured 400m to 200m", "from the 800m to the 1500m") or a
coordination ("both the 800m and 1500m", "in the 1500m and 5,000m"): when one names an event, the move is between
events, or the list is of events, and the other names one too."""


_LENGTH_UNITS = frozenset(("meter", "kilometer", "mile", "yard"))


_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:(?:titles?|crowns?|records?|holder|golds?|medals?|medallists?|medalists?|champions?|victory|wins?|finalists?)\s+(?:over|in|at)"
    r"|(?:compete|competes|competed|competing)\s+(?:over|in)(?:\s+the)?|finals?\s+of(?:\s+the)?)\s+"
    r"(?:\d[\d,.]*\s?(?:k?m|metres|meters)\s*(?:,\s*|\s+(?:and|or)\s+))*$"
)
"""Before a length: an event noun and "over"/"in"/"at", perhaps with the list's distances before it ("his first
Olympic titles over 1500m and 5,000m", "record holder at 3km, 5km and 10km")."""


def _names_event(text: str, start: int, end: int) -> bool:
    """A length that names a race rather than measuring a way run: an event noun after it (`_RACE_EVENT_AFTER`), or a
    round track distance standing alone after "the" (`_EVENT_THE`); "ran 200m in 19.8s", "over the final 400m",
    "cleared 4.89 metres" stay distances."""
    if _RACE_EVENT_AFTER.match(text, end) or _EVENT_BEFORE.search(text, max(0, start - 80), start):
        return True
    return bool(
        _EVENT_LEN.fullmatch(text, start, end) and _EVENT_THE.search(text, max(0, start - 40), start) and _EVENT_END.match(text, end)
    )


_POINTS_AFTER_FIGURE = re.compile(r"(?:\s+|-)(?P<unit>points?)\b(?![-–]\w)")
"""Right after a bare number: "points" ("fell 102.2 points", "scored 32 points", "leads by 3 points", "a 24-point
lead"); not "percentage points", read with the number, nor "a 10-point-plan" run on."""
_MOVE_AS_PERCENT = re.compile(r",\s*or\s+[-+−]?\d[\d.,]*\s?(?:%|per\s?cent\b)|\s*\(\s*[-+−]?\d[\d.,]*\s?(?:%|per\s?cent)\s*\)")
"""After points: the move restated as a share of the level it left ("102.2 points, or 0.36%", "35 points (0.5%)"):
an index's points."""
_INDEX_BEFORE = re.compile(
    r"(?:\b(?i:index|indices|indexes|futures|benchmark)|\b(?:Dow|Nasdaq|S&P|FTSE|Nikkei|DAX|CAC|Stoxx|STOXX|Hang\s+Seng|Sensex|KOSPI|TSX|Average))\b"
    r"[^.;:!?]{0,60}$"
)
"""Before points in the same clause: a stock index, its futures or the market ("the FTSE 100 closed 35 points higher"):
an index's points, whatever shares stand nearby."""
_SHARE_CONTEXT = re.compile(
    r"(?i)\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|voters?|votes?|voted|primar(?:y|ies)|caucus(?:es)?|"
    r"elections?|electoral|ballots?|approval|favou?rab(?:ility|le)|margin\s+of\s+error|electorate|"
    r"Democrats?|Republicans?|GOP|Senate|congressional|gubernatorial|presidential|campaigns?)\b"
)
"""Words of a poll or a vote: points there are points of a share, percentage points."""
_SPORT_CONTEXT = re.compile(
    r"(?i)\b(?:kick(?:s|ed|ing)?|scor(?:e|es|ed|ing)|table|league|standings|relegation|half-?time|penalt(?:y|ies)|tries|goals?)\b"
)
"""Words of a game in the sentence itself: points there are a score's, counted."""
_LEVEL_TO = re.compile(r"(?i)\b(?:to|at)\s+$")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]|;")
_TICKS = re.compile(r"(?:\d{1,3}[\s-])?\d{1,2}/(?:32|64)")
_BOND_WORDS = re.compile(r"(?i)\b(?:notes?|bonds?|treasur(?:y|ies)|gilts?|bunds?|in\s+price|yields?)\b")


def _shares_near(text: str, shares: list[int], low: int, high: int) -> bool:
    """Words of a poll or a vote, or a share (`shares`: where the shares start, in order), between `low` and `high`."""
    return _SHARE_CONTEXT.search(text, low, high) is not None or bisect.bisect_left(shares, low) < bisect.bisect_left(shares, high)


def _in_points(text: str, figures: list[Figure], bounds: list[tuple[int, ...]]) -> list[Figure]:
    """Bare numbers whose unit is points, given it after the reading (whose rules read "points" next to a bare
    number as they were; the surface stays the number): an index's move or level and a bond's price in 32nds
    ("fell 102.2 points, or 0.36%, to 27,934.02", "rose 7/32 in price": points of the instrument's own scale, flag
    "market", never weighed against another figure), points of a share where the text is about a poll or a vote
    ("leads by 3 points", "a 24-point lead" beside a percent or a poll: percentage points), and other points
    counted ("scored 32 points", "nine points clear", "a 10-point plan": a count of points). `bounds` are each figure's window (its
    sentence and those around it) and, when it is wider, its sentence: a poll or a share in the sentence, or
    around it unless the sentence is about a game ("kicked 14 points"), makes the points a share's."""
    out = list(figures)
    shares = sorted(f.start for f in figures if f.kind in ("percent", "percentage_points"))
    market_end = -1  # where the latest index move in points ends, inside its sentence
    for k, figure in enumerate(figures):
        low, high, *within = bounds[k]
        sentence = (within[0], within[1]) if within else (low, high)
        if figure.kind != "number" or figure.unit is not None or figure.low is not None:
            continue
        if _TICKS.fullmatch(figure.surface) and _BOND_WORDS.search(text, max(low, figure.start - 60), min(high, figure.end + 40)):
            out[k] = replace(figure, kind="count", unit="point", flags=(*(f for f in figure.flags if f != "unit_missing"), "market"))
            continue
        points = _POINTS_AFTER_FIGURE.match(text, figure.end)
        if points is None:
            if market_end >= 0 and market_end <= figure.start <= market_end + 60 and _LEVEL_TO.search(text, max(0, figure.start - 4), figure.start) and (
                _SENTENCE_BREAK.search(text, market_end, figure.start) is None
            ):  # "fell 102.2 points, or 0.36%, to 27,934.02": the level the index moved to, in points
                out[k] = replace(figure, kind="count", unit="point", flags=(*(f for f in figure.flags if f != "unit_missing"), "market"))
            continue
        if points.group("unit") == "point" and not figure.surface[:1].isdigit() and points.group(0)[:1] != "-":
            continue  # "two point five": a decimal said aloud
        flags = tuple(f for f in figure.flags if f != "unit_missing")
        clause = text[max(low, figure.start - 80) : figure.start]
        if _MOVE_AS_PERCENT.match(text, points.end()) or _INDEX_BEFORE.search(clause):
            out[k] = replace(figure, kind="count", unit="point", flags=(*flags, "market"))
            market_end = points.end()
        elif _shares_near(text, shares, *sentence) or not _SPORT_CONTEXT.search(text, *sentence) and _shares_near(text, shares, low, high):
            out[k] = replace(figure, kind="percentage_points", unit="percentage_point", flags=flags)
        else:
            out[k] = replace(figure, kind="count", unit="point", flags=flags)
    return out


_AGE_TEAM_BEFORE = re.compile(r"(?:\bUnder-|(?<=[\w,]\s)Under\s)$")
_AGE_TEAM_AFTER = re.compile(r"\s+Under[- ]\d")
"""Around a number: "Under" with a capital, hyphenated ("Under-21") or inside a sentence ("40 Under 40"): an age
group's team or a list's name, not "Under 40% of voters" opening a sentence."""
_CLOSING_QUOTE = re.compile(r"’(?![A-Za-z])")
"""A closing single quotation mark (not the apostrophe of "Clinton’s")."""
_CODE_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z]{1,3}|[A-Z][a-z][A-Z])-$")
"""Before a number: one to three capitals (or "MiG") and a hyphen, a code the number is part of ("H-1B", "F-16")."""
_RANKED_LINE = re.compile(r"[A-Z][\w'’.-]*[ \t]+\((?:[A-Za-z ]{1,20}:[ \t]*)?$")
"""A name and a bracket that opens right before a number ("Ted Cruz (4.)", "Donald Trump (Last week: 2.)"):
with a full stop after the number, a ranked list's rank before, no amount."""
_DECADE_APOSTROPHE = re.compile(r"['’]s\b")
_SPRINT_TIME = re.compile(r"\d{1,2}\.\d\d")
_TIME_LEAD = re.compile(r"(?i)\b(?:in|of|on\s+the|clocked|ran|running|timed)\s+$")
_SPRINT_NAMED = re.compile(r"(?i)(?<![\d,.])(?:60|100|110|200|300|400)\s?m(?:etres|eters)?\b|\bhurdles\b|\bsprint")
_LONGER_RACE = re.compile(r"(?i)(?<![\d,.])(?:[5-9]\d\d|\d{1,2},?\d{3})\s?m\b|\d\s?km\b|\bmiles?\b|marathon|cross[- ]country|steeplechase|relay")
_SECONDS_WRITTEN = re.compile(r"\d{1,2}\.\d\d\s?(?:seconds?|secs?)")
"""A time in seconds written with its unit and two decimals ("7.58 seconds", "8.47secs")."""


_UNIT_HYPHENED = re.compile(r"-\s*(?:year|month|week|day)s?$", re.I)
_WHO_IS_BEFORE = re.compile(r"(?i)\bwho\s+(?:is|was|are|were|turned|turns)\s+(?:now\s+|only\s+|just\s+)?$")


def _years_old(text: str, reading: _Reading, second: _Reading | None, end: int) -> bool:
    """A range of years (months, weeks, days) followed by "old" is an age group, as "18-24 year olds" is:
    "those 18 to 25 years old", "the Millennials were 4 to 20 years old"; so is one after "who is": "somebody
    who is 22 years old". A single span elsewhere stays a span: a thing's age names the thing ("the firm
    is 20 years old"), as the guideline's golds read it. Not "the 39-year old commissioner" nor "the 47
    year old actress" (modifiers, whose noun follows), nor "ten years older"."""
    return (reading.kind == "duration" and reading.unit in ("year", "month", "week", "day") and "age" not in reading.flags
            and fp.YEARS_OLD_AFTER.match(text, end) is not None and _UNIT_HYPHENED.search(text, reading.start, end) is None
            and text[end - 1 : end] in "sS"
            and (second is not None or _WHO_IS_BEFORE.search(text, max(0, reading.start - 20), reading.start) is not None))


def _led_bare_time(text: str, start: int, end: int) -> bool:
    """A bare number of 5 to 59.99 with two decimals after "in", "of", "clocked" ...: shaped as a race's
    time in seconds; `_sprint_time` and `_timed_like_others` say where the race makes it one."""
    return (_SPRINT_TIME.fullmatch(text, start, end) is not None and 5 <= float(text[start:end]) < 60
            and _TIME_LEAD.search(text, max(0, start - 16), start) is not None)


def _sprint_time(text: str, start: int, end: int) -> bool:
    """A bare number with two decimals after "in", "of", "clocked" ... where the paragraph around it names a
    sprint (60m to 400m, hurdles) and no longer race: a time in seconds ("finished second in 7.82", "set an
    Olympic record of 12.37 in winning the 100m hurdles"); not "completing the 10,500m course in 33.22",
    minutes and seconds written with a point."""
    if not _led_bare_time(text, start, end):
        return False
    low = max(text.rfind("\n", 0, start), start - 300)
    high = text.find("\n", end)
    window = text[max(0, low) : min(high if high >= 0 else len(text), end + 80)]
    return _SPRINT_NAMED.search(window) is not None and _LONGER_RACE.search(window) is None


_AGE_GROUP_AFTER = re.compile(r"(?i)\s+age[- ](?:group|bracket|range|band|cohort)s?\b")
"""What names a range of ages after it ("the 18-24 age group")."""
_SPAN_WORD = re.compile(r"(?i)\s+(?:consecutive|straight|successive|full|more|extra|further|additional|long)(?=\s)")
_NEAR = re.compile(r"(?i)\bnear[-\s]$")
_MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]*)?>")
_LIST_ENTRY = re.compile(r"\.?[ \t]+(?=[^\n]*[A-Z][a-z])(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*(?![\w'’.-])(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:\n|$)")
"""After a number that opens a line: only a name, perhaps a bracket, then the line's end."""
_RANK_CELL_AFTER = re.compile(r"\t[^\t\n\d]*[A-Za-z]")
"""After a number that opens a line: a tab and a cell of words, the table row's name (the number is its rank)."""
_DAY_SPAN = re.compile(r"(?:[-–]|\s+(?:and|or|to|until|till|through)\s+)\d{1,2}(?:st|nd|rd|th)?(?!\d)")
_STAGE_BEFORE = re.compile(r"(?i)\b(?:last|final|top|bottom)\s+$")
_FUNCTION = r"(?:the|a|an|its|their|his|her|this|that|these|those|in|on|at|to|for|by|from|with|and|or|but|as|than|is|was|are|were|be|which|who)\b"
_OF_STUFF = re.compile(rf"\s+of\s+(?!{_FUNCTION})[a-z][\w-]*(?:\s+(?!{_FUNCTION})[a-z][\w-]*)?(?=[\s,.;:)!?]|$)")
"""After a rate per unit: the stuff the unit measures ("per ton of carbon dioxide", "a barrel of oil")."""
_OF_ONE_PERCENT = re.compile(r"(?i)\s+of\s+(?:1|one|a)\s*(?P<unit>%|per\s?cent\b|percentage\s+points?\b)")
"""After a fraction: "one-half of 1 percent", "a third of 1%" is one share, the fraction of a percent."""
_CLOCK_JOIN = re.compile(r"(?:,\s+|\s+and\s+|\s+)(?=\d|[a-z]+\s+(?:seconds?|minutes?|inch(?:es)?|lbs?)\b)")
"""Between the hours and minutes, or minutes and seconds, of a time written out: "two minutes, 35.39 seconds",
"two hours 17 minutes" (a race's or a journey's time; "five years and eight months" stays two spans, as
quantulum3's suite reads them)."""
_CLOCK_PARTS = {("minute", "second"), ("hour", "minute"), ("foot", "inch"), ("stone", "pound")}
"""Units written one after the other as one amount: a time ("2hrs 17mins"), a height ("6ft 6in"), a weight ("9st 4lb")."""
_PARTS_PER = {"inch": 12, "pound": 14}
"""How many of the smaller unit make the larger, for a height or a weight: its part is less ("6ft 14in" is two figures)."""
_INCHES_AFTER_FOOT = re.compile(r"-(?P<inches>\d|1[01])(?![\w/%-]|[.,]\d|\s*(?:inch|in\b|ins\b|feet|foot|ft\b))")
"""After "6-foot": the inches of a height written "6-foot-4", "a 6-foot-10 centre" (0 to 11, nothing after them)."""
_STONE_AND_POUNDS = re.compile(r"st\s?\d{1,2}\s?lbs?\b")
"""After a number: "st" and pounds ("9st 4lb"), a weight in stone and pounds, not an ordinal."""
_DISTANCE_WORD_AFTER = re.compile(r"\s+(?:later|ago|earlier|before|after|afterwards)\b")
_POINTS_AFTER = re.compile(r"\s+(?:percentage\s+)?points?\b")
"""After a number a name stands before: "points" or "percentage points" after a space ("HuffPollster 4.3 points"):
the name's figure, not part of the name. Not one pattern with `_POINTS_AFTER_FIGURE` (a hyphen too, not "percentage
points", not run on into "-plan"), `_WORD_POINTS_AFTER` (any case, only the plural) or relations' `_MARGIN_POINTS`
(any spaces and hyphens, a margin's word after): each reads a different neighbourhood, and no two match the same."""
_WORD_POINTS_AFTER = re.compile(r"(?i)\s+points\b")
"""After a number word: points of a score, a poll's lead or an index ("nine points clear", "a five-point
lead"), a figure as its digits are; not a decimal said aloud ("two point five")."""
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’.-]*,\s(?:(?:then|now)\s)?$")
_AGE_CLOSE_AFTER = re.compile(r",(?!\s*\d)|\.(?!\d)|[ \t]*(?:\n|$)")


def _appositive_age(text: str, reading: _Reading) -> bool:
    """A whole number of years between commas right after a capitalized word: "Tom Lee, 30, said", the
    person's age, a number whose noun is left unsaid (as the gold guideline reads "Leslie Gray, 43"); not
    "In Ohio, 45, 50 and 60". `article_figures` keeps the flag only where a person's name ends at the comma."""
    if reading.is_word or not 1 <= reading.value < 120 or reading.value != int(reading.value):
        return False
    if _NAME_COMMA_BEFORE.search(text, max(0, reading.start - 40), reading.start) is None:
        return False
    return _AGE_CLOSE_AFTER.match(text, reading.end) is not None


def _person_before_age(known: Names, offset: int, sentence: str, start: int) -> meaning.Phrase | None:
    """The person whose name ends right before the comma of a bare age ("Tom Young, 30,"), if one does: a
    name read as a person's or as a bare name ("Anelka, 25,"), never a place's or a body's ("In Ohio, 45,")."""
    comma = len(re.sub(r"\s(?:then|now)$", "", sentence[:start].rstrip()))  # "Ms. Lee, then 35,": her age at the time
    if not sentence[:comma].endswith(","):
        return None
    end = offset + comma - 1
    return known.name_ending(end, "person") or known.name_ending(end, "name")  # a surname alone is often only a name


_AGES_BEFORE = re.compile(
    r"(?i)(?:\b(?:ages|aged)\s+(?:between\s+|over\s+|under\s+)?"
    r"|\bwho\s+(?:is|was|turns|turned)\s+)$"
)
"""Before a bare number that is an age: "aged 18", "ages 18 to 39", "Trump, who is 70"."""
_AGE_NOUN_BEFORE = re.compile(
    r"(?:\b(?-i:age)s?\s+(?:(?:of|to)\s+)?(?:between\s+|over\s+|under\s+)?"
    r"|\b(?:turns|turned|turning)\s+|\b(?:will|would|to|I|we|you|they|he|she|who)\s+turn\s+)$",
    re.I,
)
"""Before a small whole number: the noun "age" ("at the age of 43", "died at age 94", "the voting age to 16", "between
the ages of 18 and 29", "those age 45 and over") or a verb of reaching an age ("before he turns 35", "when I turn 60")."""


_SUSPENDED_JOIN = re.compile(r"(?:-\s*)?\s+(?:and|or)\s+")
"""After a number: "and" or "or" before a second number whose noun both share ("three and four-year-olds", "three- or
four-year-olds")."""


def _suspended_age(text: str, end: int) -> str | None:
    """The unit of the age written after "and"/"or" and a second number ("three and four-year-olds": "year"), which the
    bare number before it shares: three-year-olds and four-year-olds, two ages, no range; or None."""
    join = _SUSPENDED_JOIN.match(text, end)
    if join is None or (other := _number_at(text, join.end())) is None:
        return None
    age = fp.AGE.match(text[other.end() : other.end() + 16])
    return age.group("unit").lower() if age is not None else None


_SUSPENDED_HYPHEN = re.compile(r"-\s+(?:and|or)\s+")
"""After a number: a hyphen left hanging, then "and" or "or" before a second number whose hyphened noun both share
("two- and three-bedroom homes", "10- or 12-week courses")."""


def _suspended_compound(text: str, end: int) -> _Reading | None:
    """The reading of the second number of a suspended hyphen ("2- and 3-bedroom": a count of bedrooms), whose unit the
    number before it shares, when that second number is written with its unit by a hyphen; or None."""
    join = _SUSPENDED_HYPHEN.match(text, end)
    if join is None or (other := _number_at(text, join.end())) is None or text[other.end() : other.end() + 1] != "-":
        return None
    second = _read(text, other)
    return second if second is not None and second.unit is not None and second.kind != "money" else None


_BETWEEN_AGES = re.compile(r"(?i)\bbetween\s+(?:the\s+)?ages\s+of\s+$")
"""Before a range's low end: "between the ages of 18 and 29" (the ages between, as "between 18 and 29")."""


_AGE_LIMIT_BEFORE = re.compile(r"\b(?!(?:the|a|an|at|of|by|from|since|under|over|through|until|to|his|her|their|its|my|our|your)\b)[a-z]+\s+age\s+(?:of|to)\s+$")
"""Before an age: a noun or adjective that makes "age" a limit or a mean, not someone's ("the voting age to 16",
"the current minimum age of 21", "an average age of 71", "their pension age to 65")."""


_PERSON_BE_BEFORE = re.compile(
    r"\b(?:I\s+(?:am|was)|I['’]m|(?i:he|she)\s+(?:is|was)|(?i:you)\s+(?:are|were)|(?i:he|she)['’]s|(?i:you)['’]re"
    r"|(?:I|(?i:he|she|you))(?:\s+(?:will|would|might|may|could|should|must|shall)|['’]ll|['’]d)\s+be)\s+$"
)
_PERSON_BE_AFTER = re.compile(r"\s*(?:[.,;!?\"”)]|$|\s+(?:when|and|now|then|but|so|next|this|last)\b)")
"""Around a small bare number: a singular personal pronoun and a form of "be" before it (a modal's too: "she will be",
"I'll be"), and the clause's end after it ("I am 25.", "He was 84, had been ill", "since he was 5,", "when she was 25
and", "she might be 33 next month", "She was 22 but"): the person's age (not "we were 11", a count of the people)."""
_AT_AGE_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n)At\s+$")
_AT_AGE_AFTER = re.compile(
    r",\s+(?:(?P<pronoun>he|she|I)|(?P<name>(?!(?:The|This|That|These|Those|It|Its|There|In|On|At|A|An|By|For|With|After|Before)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*))\b"
)
"""Around a small bare number that opens a sentence after "At" and whose comma is followed by a personal pronoun or a
name ("At 16, she left school", "At 34, Kelly Holmes knows"): that person's age (not "At 34, the index was"), when the
name is a person's (`_person_after_at`)."""
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:were|are|have|remain|sit|lie|look|need)\b")
"""After a single name: a verb in the plural, as British English writes a team or a firm ("Arsenal were", "Stockport
have"), never one person."""


def _person_after_at(after: re.Match[str], text: str = "") -> bool:
    """The pronoun or name after an opening "At N," may be a person: a pronoun, or a name the name lexicon reads as
    no place and no group ("Kelly Holmes", "Holmes") and whose verb is not plural; not "At 12, Britain sits", "At 3,
    Liverpool were", "At 40, Arsenal were ahead" (a team, whatever the lexicon knows of it), "At 5, Acme Corp ranks".
    A bare name of unknown kind with a singular verb stays a person's, as the sport stories this reads mostly mean."""
    if after.group("pronoun"):
        return True
    if text and _PLURAL_VERB_AFTER.match(text, after.end("name")):
        return False
    return kind_of(after.group("name")) not in ("place", "group")


def _people_over(text: str, reading: _Reading) -> bool:
    """A bare whole number of at most 130 right after plural people and "over"/"under" ("voters over 60", "children
    under 16", "those over 65"): their age, when no unit, percent or "plus" follows ("people over 60 years", "women
    under 30 per cent" keep their own), no word of a count, rate or frequency ("over 40 times", "over 20 a day") and
    no counted noun right after it ("players over 30 goals"; "Men under 25 face higher premiums" is an age)."""
    if not (reading.value == int(reading.value) and 0 < reading.value <= 130 and (
        fp.PEOPLE_OVER.search(text, max(0, reading.start - 40), reading.start) is not None
        and unit_at(text, reading.end) is None and not fp.PERCENT.match(text[reading.end :])
        and not _PLUS_AFTER.match(text, reading.end)
    )):
        return False
    after = _WORD_AFTER.match(text, reading.end)
    if after is not None and after.group(1).lower() in _NO_AGE_AFTER:
        return False  # "drivers over 12 points", "smokers over 20 a day", "fined drivers over 40 times", "under 10 per class"
    probe = _Reading(reading.start, reading.end, reading.value, reading.is_word)
    _count_noun(text, probe)
    return not (probe.kind == "count" and after is not None and probe.end == after.end())  # "players over 30 goals": a count


_WORD_AFTER = re.compile(r"[ \t]+([\w'’-]+)")
_NO_AGE_AFTER = frozenset("times per a an each apiece point points percent".split())
"""Words after a number that make it a count, a rate or a frequency, never an age ("over 40 times", "over 20 a day")."""


def _ages_before(text: str, reading: _Reading) -> bool:
    """A bare number written as an age: after "aged"/"ages"/"who is", or a whole number of at most 130 after the
    noun "age" or "turn(s/ed)", or in digits after a personal pronoun and "be" at its clause's end ("He was 84."), or after
    a sentence's opening "At" before a comma and a person ("At 34, Holmes")."""
    if _AGES_BEFORE.search(text[max(0, reading.start - 16) : reading.start]):
        return True
    return reading.value == int(reading.value) and 0 < reading.value <= 130 and (
        _AGE_NOUN_BEFORE.search(text[max(0, reading.start - 24) : reading.start]) is not None
        or not reading.is_word and _PERSON_BE_BEFORE.search(text[max(0, reading.start - 20) : reading.start]) is not None
        and _PERSON_BE_AFTER.match(text, reading.end) is not None
        or not reading.is_word and _AT_AGE_BEFORE.search(text, max(0, reading.start - 6), reading.start) is not None
        and (after := _AT_AGE_AFTER.match(text, reading.end)) is not None and _person_after_at(after, text)
    )
_MULTIPLIER_AFTER = re.compile(r"(?i)[\s-]+times\s+(?:as|more|less|higher|lower|larger|bigger|greater|smaller|faster|the|that|what|its|their|his|her|over)\b")
_ONE_OR = re.compile(r"(?i)\bone\s+or\s+$")
_EACH_AFTER = re.compile(
    r"(?:,?\s+(?:or|and)\s+(?:more|less|so|over|above|under)\b)?\s+(?:each|apiece)\b"
    r"(?=\s*(?:[,.;:)!?\"”’]|$)|\s+(?:by|to|in|on|for|from|at|with|of|and|or|but|plus|after|before|last|this|next|per|as|while|when|under|over|since|until|during)\b)"
)
"""After an amount: "each" or "apiece" ending the clause or before a preposition ("£500 each", "$25,000
apiece.", "$1.2 million each by March"), a rate per item; not "the two nations each massing", the
subject's verb after it."""
_WORD_JOINED_BEFORE = re.compile(r"(?i)\b([a-z]+)\s+(?:and|or)\s+$")


def _second_of_two_words(text: str, start: int) -> bool:
    """The number word follows another and "and"/"or" ("parts one and two of the series"): a pair of
    names or ranks, not "two of the series" counted."""
    joined = _WORD_JOINED_BEFORE.search(text, max(0, start - 18), start)
    return joined is not None and parse_number(joined.group(1)) is not None


_INCH_MARK = re.compile(r'(?<![\d.,])\d{1,3}(?:\.\d{1,2})?["″](?![\w"″])')
_OPEN_OR_CLOSE = re.compile(r'(?<!\d)"')


def _inch_mark(text: str, match: re.Match[str]) -> bool:
    """A double prime right after a number that closes no quotation: inches ('a 34" monitor', '65" TV',
    'measures 22" long and 22" wide'); the straight quotes before it on its line, other than inch marks, are
    even, so none is open ('"2+2=5".', 'is "99.9" percent' close one)."""
    if _INCH_MARK.fullmatch(text, match.start(), match.end() + 1) is None:
        return False
    line = text.rfind("\n", 0, match.start()) + 1
    return len(_OPEN_OR_CLOSE.findall(text, line, match.start())) % 2 == 0


def _number_at(text: str, position: int) -> re.Match[str] | None:
    return number_pattern().match(text, position)


def _read_tail(text: str, reading: _Reading, currency: str | None) -> None:
    """Scale, unit, currency name and rate written after the number; extends `reading.end`."""
    position = reading.end
    if (plus := _PLUS_AFTER.match(text, position)) is not None:
        position = reading.end = plus.end()  # "15-plus years", "100,000-plus subscribers", "$20-plus trillion": an open top, then the unit
    scale = scale_pattern().match(text, position)
    if scale:
        factor, money_only = scale_value(scale.group("scale"))
        after = scale.end()
        if not money_only or currency or currency_after(text, after) or _measured_after(text, after):
            reading.value *= factor
            position = reading.end = after
        elif text[position : position + 1] in ("k", "K") and scale.group("scale") in ("k", "K") and (
            _K_MONEY_AFTER.match(text, after) or _K_MONEY_BEFORE.search(text, max(0, reading.start - 40), reading.start)
            or _K_RANGE_BEFORE.search(text, max(0, reading.start - 40), reading.start)
        ):
            reading.value *= factor  # "a 50K check", "earns 25k": "k" glued to the digits, money around it, is thousands
            position = reading.end = after
    if currency:
        reading.kind, reading.unit = "money", currency
    elif (weight := _POUNDS_WEIGHED.match(text, position)) is not None and _WEIGHED_BEFORE.search(text, max(0, reading.start - 40), reading.start):
        reading.kind, reading.unit = "quantity", "pound"  # "weighs 236 pounds": a weight, not a sum in sterling
        position = reading.end = weight.end()
    elif named := currency_after(text, position):
        code, factor, after = named
        reading.kind, reading.unit, reading.value = "money", code, reading.value * factor
        position = reading.end = after
    else:
        rest = text[position:]
        if points := fp.PERCENT_POINTS.match(rest):
            reading.kind, reading.unit = "percentage_points", "percentage_point"
            position = reading.end = position + points.end()
        elif (basis := fp.BASIS_POINTS.match(rest)) and not (reading.value >= 1200 and basis.group("abbreviation")):
            reading.kind, reading.unit, reading.value = "percentage_points", "percentage_point", reading.value / 100
            position = reading.end = position + basis.end()  # "25 basis points": 0.25 of a percentage point (not "9600 bps", a modem's bits)
        elif percent := fp.PERCENT.match(rest):
            reading.kind, reading.unit = "percent", "%"
            position = reading.end = position + percent.end()
        elif age := fp.AGE.match(rest):
            reading.kind, reading.unit = "duration", age.group("unit").lower()
            reading.flags.append("age")
            position = reading.end = position + age.end()
        elif (found := unit_at(text, position)) or (
            (span := _SPAN_WORD.match(rest)) and (found := unit_at(text, position + span.end())) and found[0].kind == "duration"
        ) or ((hedge := _OR_SO_AFTER.match(text, position)) and (found := unit_at(text, hedge.end()))):  # "20 or so miles"
            form, after = found  # "12 years", and a span with a word between: "12 straight years", "five more months"
            reading.value, reading.unit = normalize(reading.value, form)
            reading.kind, reading.per = form.kind, form.per
            position = reading.end = after
            if reading.unit == "year" and (olds := fp.AGE_GROUP_AFTER.match(text, position)):
                reading.flags.append("age")  # "18 to 24 year olds": an age, not a span of years
                position = reading.end = olds.end()
    if reading.kind in ("money", "quantity", "percent", "count") and reading.per is None:
        if rate := fp.PER.match(text, position):
            period = rate.group("period") or rate.group("short") or rate.group("adverb") or rate.group("share") or rate.group("thing") or rate.group("slashed")
            period = period.lower()
            reading.per = fp.PER_ADVERBS.get(period) or fp.PER_SHORT.get(period, period)
            reading.end = rate.end()
            if rate.group("thing") and (stuff := _OF_STUFF.match(text, reading.end)) is not None:
                reading.end = stuff.end()  # "$700 per ton of carbon dioxide": what the unit is of belongs to the rate


_TIMES_AFTER = re.compile(r"\s+times\b")
_PEOPLE_VERB_AFTER = re.compile(r"\s+(?:are|were|have|say|said|live|lived|voted|died|remain|signed|watched|visited|lack|own)\b")
_QUANTIFIED_BEFORE = re.compile(
    r"(?i)\b(?:some|about|around|nearly|almost|over|roughly|approximately|more\s+than|up\s+to|an\s+estimated|at\s+least)\s+[\d.,]+\s?m$"
)
"""Before a plural verb: "Nm" after a quantifier ("Some 2m have", "nearly 1.5m were"), people counted, not
"the last 5m were hard" or "the 400m were run in heats"."""
_OF_COUNTED = re.compile(
    r"\s+of\s+(?:(?P<pronoun>them|those|these|us|whom)\b|(?:(?:the|its|their|his|her|our|these|those|all)\s+)?"
    r"(?:[A-Za-z][\w.&-]*['’]s\s+)?(?:(?:about|some|nearly|almost|around|roughly|over|more\s+than)\s+)?(?=\d))"
)
"""After "Nm": "of" and a pronoun of people ("3m of them"), or a second figure the first is part of
("1.1m of the country's 1.6m voters")."""
_EVENT_NAMES = frozenset("games olympics paralympics championships nations trials series".split())


def _measured_after(text: str, position: int) -> bool:
    """True when a unit or a counted noun follows: "1.2m barrels", "5m people", "1.6m Muslims" (m =
    million), a count of times ("viewed 2m times") or a part of a count ("3m of them", "1.1m of the
    country's 1.6m voters"); not a race a distance in metres names ("60m hurdles", "800m runners")."""
    if fp.RACE_AFTER_METRES.match(text, position):
        return False
    if _TIMES_AFTER.match(text, position):
        return True  # "viewed 2m times": a count of times, as "2 million times"
    if (other := _RANGE_TO_M.match(text, position)) is not None:
        return _measured_after(text, other.end())  # "3.5m-4m people": the range's second end says what both count
    if _PEOPLE_VERB_AFTER.match(text, position) and _QUANTIFIED_BEFORE.search(text, max(0, position - 30), position):
        return True  # "Some 2m have signed", "nearly 1.5m were left homeless": a quantifier and a plural verb of people
    if (part := _OF_COUNTED.match(text, position)) is not None:
        if part.group("pronoun"):
            return True
        whole = _number_at(text, part.end())  # the whole the part is of: its "m" is million when it counts
        if whole is not None and (scale := scale_pattern().match(text, whole.end())) is not None and scale.group("scale").lower() == "m":
            return _measured_after(text, scale.end())
        return False
    if _METRE_AFTER.match(text[position:]) or unit_at(text, position):
        return unit_at(text, position) is not None and not _M_AFTER.match(text[position:])
    probe = _Reading(position, position, 1.0, False)
    _count_noun(text, probe)
    counted = text[position:probe.end].split()[-1:] if probe.kind == "count" else []
    # "5m people" is five million; "100m champion Kim Collins" is a distance, not 100 million Collinses;
    # "1.6m Muslims", "3m Americans": a plural name of people right after the number counts them
    return bool(counted) and counted[0].lower() not in fp.S_ADVERBS and (
        counted[0][:1].islower() or probe.end - len(counted[0]) == position + 1 and _plural_name(counted[0])
    ) or _level_in_millions(text, position)


_EVENT_DISTANCES = frozenset("50 60 100 110 150 200 300 400 600 800 1000 1500 1600 2000 3000 5000 10000".split())
"""The distances races are run and swum over, in metres: a bare "400m" is one of them, never 400 million."""
_RANGE_TO_M = re.compile(r"\s?(?:-|–|to|and)\s?(?:about\s+)?[\d.,]*\d\s?m\b")
"""After a first "Nm": the second end of a range written with the same "m" ("3.5m-4m", "2m to 3m")."""
_BARE_END = re.compile(r"\s*(?:[.,;:)]|$|\s(?:in|last|this|a|an|from|to|and|or|on|by|since|after|before|during|at|over|between)\b)")
_LENGTH_AFTER = re.compile(r"(?i)\s+(?:high|tall|long|wide|deep|away|above|below|across|under|underground|up|down|in\s+(?:length|height|diameter|depth|width|size))\b")
_LENGTH_CUES = re.compile(
    r"(?i)\b(?:met(?:re|er)s?|jump\w*|vault\w*|clear(?:ed|s|ing)?|hurdles?|sprint\w*|relay|races?|racing|throw\w*|swim\w*|swam|"
    r"freestyle|ran|run|runs|running|win|wins|won|winning|height|length|depth|distance|altitude|diameter|tall\w*|high(?:er|est)?|"
    r"long(?:er|est)?|wide|deep|stretch\w*|tower\w*|walls?|bridges?|tunnels?|tracks?|laps?|athlet\w*|indoors?|olympic\w*|titles?|"
    r"medal\w*|gold|silver|bronze|champion\w*|finals?|heats?|sea|waves?|floods?|depths?|cliffs?|buildings?|feet|foot|ft)\b"
)
_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|rises?|fell|fallen|falls?|hit|hits|reached|reach(?:es)?|peaked|totall?ed|totals?|stood|stands?|grew|grown|"
    r"dropped|climbed|increased|decreased|declined|swelled|topped|exceeded|to|at|of|by|from|were|are|about|some|nearly|"
    r"almost|around|roughly|over|than)\s+(?:(?:about|some|nearly|almost|around|roughly|over|just|more\s+than|an\s+estimated)\s+)?[\d.,]+\s?m$"
)


def _level_in_millions(text: str, position: int) -> bool:
    """A bare "Nm" that ends its phrase is millions when nothing in the sentence speaks of lengths ("Unemployment
    fell by 20,000 to 1.8m.", "viewing figures peaked at 9.5m"): in news "m" without a noun is far more often a
    million than a metre, and lengths come with their words (high, long, deep, a race, a jump) or two decimals
    ("cleared 1.76m"); a metre stays the reading whenever such a word is in the sentence."""
    if text[position - 1 : position] != "m" or not _BARE_END.match(text, position) or _LENGTH_AFTER.match(text, position):
        return False
    before = _LEVEL_BEFORE.search(text, max(0, position - 60), position)
    if before is None or re.search(r"\.\d\d\s?m$", text[before.start() : position]):
        return False
    number = re.search(r"([\d.,]+)\s?m$", text[before.start() : position])
    if number is None or "." not in number.group(1) and number.group(1).replace(",", "") in _EVENT_DISTANCES:
        return False  # "stepped down from his favoured 400m to 200m": a race's distance, as athletics and swimming name them
    return _LENGTH_CUES.search(text) is None


def _plural_name(word: str) -> bool:
    """A capitalized plural the tagger's lexicon reads as a plural name ("Muslims", "Americans",
    "Democrats"), not an event's ("Games", "Olympics", "Championships")."""

    return _tagger().lexicon.get(word) == "NNPS" and word.lower() not in _EVENT_NAMES


_IRREGULAR_SINGULARS = frozenset(fp.IRREGULAR_PLURALS.values())


def _lexicon_plural(word: str) -> bool:
    """Whether the tagger's lexicon reads a lower-case word only as a plural ("taxis", "menus", "gurus", not "bonus")."""

    return _tagger().lexicon.get(word) == "NNS"


_COMPOUND_PLURAL = re.compile(r"(?P<head>[a-z]{2,}?-?)(?P<tail>children|women|people|men)")
"""A compound whose last part is an irregular plural: "schoolchildren", "grandchildren", "policemen", "townspeople"."""


def _compound_plural(word: str) -> bool:
    """A compound plural in -children, -women or -people, or in -men when the tagger's lexicon reads it as a plural
    ("businessmen", "gunmen"; not "specimen", "abdomen", "omen")."""
    compound = _COMPOUND_PLURAL.fullmatch(word)
    return compound is not None and (compound.group("tail") != "men" or _lexicon_plural(word))


def _singular(noun: str) -> str:
    noun = noun.lower().replace("’", "'")
    if noun in fp.IRREGULAR_PLURALS:
        return fp.IRREGULAR_PLURALS[noun]
    if noun in fp.PLURAL_ONLY:
        return noun
    if (compound := _COMPOUND_PLURAL.fullmatch(noun)) is not None and _compound_plural(noun):
        return compound.group("head") + fp.IRREGULAR_PLURALS[compound.group("tail")]  # "schoolchildren" -> "schoolchild"
    if noun in _IRREGULAR_SINGULARS:
        return noun  # "gas", "atlas", "bias": the singular of a plural the table lists is its own ("gas" read "ga")
    if noun.endswith(("us", "sis", "xis", "ss")) and not _lexicon_plural(noun):
        return noun  # "bonus", "crisis", "axis", "loss": a singular's own -s (not "rabbis", "Iraqis"; not "taxis", "menus", "gurus")
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if _SIBILANT_PLURAL.search(noun):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


_COORDINATED_MODIFIER = re.compile(r"\s+(?P<first>[A-Za-z][a-z]*(?:-[a-z]+)*-?)\s+(?:and|or)(?=\s+[A-Za-z])")
"""After a number: a modifier and "and"/"or" before a second one ("European and Arab", "coal- and gas-fired")."""
_PLURAL_POSSESSIVE = re.compile(r"(?P<noun>[a-z][\w-]*[a-rt-z]s)['’]")
"""A plural's possessive written with the apostrophe alone ("unions'", "candidates’"), which owns the noun after it."""
_CONTRACTED_PRONOUN = re.compile(r"(?:it|he|she|that|there|what|who|here)['’]s")


def _function_word(word: str) -> bool:
    """An -s word the tagger's lexicon reads as a preposition, conjunction or adverb ("whereas",
    "besides", "nevertheless"), which the plural test would take for the counted noun; "plus"
    ("400,000 plus jobs") and adverbs inside the noun phrase ("two very fine saves") do not end it."""

    return word.endswith("s") and word != "plus" and _tagger().lexicon.get(word, "") in ("IN", "CC", "RB")


def _verb_after_plural(word: str) -> bool:
    """A verb after a counted plural, not a second noun: "a survey of 1,313 people suggests", "10
    vehicles it's": a contracted pronoun, or a reporting verb's third-person form the tagger's lexicon
    reads first as a verb. Other -s words that may be verbs are nouns there ("three singles matches",
    "two Six Nations wins", "four police reports"), and so is any word after a possessive."""
    from .attribution import reporting_stems, stem

    if _CONTRACTED_PRONOUN.fullmatch(word):
        return True
    return _tagger().lexicon.get(word) == "VBZ" and stem(word) in reporting_stems()  # "police reports" are nouns


def _singular_name(word: str) -> bool:
    """A capitalized word ending in s that the tagger's lexicon reads as one person's or place's name
    ("Sanders", "Hodges"), not a plural ("Americans", "Democrats")."""

    return _tagger().lexicon.get(word) == "NNP"


_SURNAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _given_before_surname(text: str, end: int, word: str) -> bool:
    """A given name ending in s ("Chris", "Carlos", "Lewis") right before another capitalized word: the start
    of a person's name, no plural."""

    return _SURNAME_AFTER.match(text, end) is not None and given_name(word) is not None


_NAME_THEN_LOWER = re.compile(r"[A-Z][a-z]+s\s+[a-z][a-z-]*")
"""A capitalized plural (a name's: "States", "Nations") and a lower-case word after it: the phrase goes on."""
_ONE_NOUN = re.compile(r"\s(?P<noun>[a-z]+)\b(?!['’-])(?:\s+(?P<next>[a-z]+)\b)?")
"""After the digit 1: a lower-case word, and the word after it (a second noun makes a compound, left alone)."""
_SHARE_OF_BEFORE = re.compile(r"(?i)(?:%|\bper\s?cent|\bpercent|\bhalf|\bthirds?|\bquarters?)\s+of\s+(?:(?:the|its|their|his|her|[\w.’'-]+['’]s?)\s+){0,3}$")
"""Before a count: a share "of" it ("1 percent of the bank's 100,000 bankers every year"): a rate after the
count is the share's (the firings' each year), not the whole's."""
_ABBREVIATION_COUNTED = re.compile(r" (?P<short>[A-Z]{2,4})(?=[,.;]|\s+(?:and|or)\b|[ \t]*(?:\n|$))")
"""After a number: a word of two to four capitals that ends a list's item ("2 QH.", "1 TFL,", "2 INT and")."""
_CLOCK_ABBREVIATIONS = frozenset("AM PM ET EST EDT CT CST CDT MT PT PST PDT GMT BST UTC CET CEST IST".split())
_SIDE_BEFORE = re.compile(r"\d\s*(?:[-–:]|\s+to\s+)$")


def _singular_noun(word: str) -> bool:
    """A word the tagger's lexicon reads as a singular common noun or a verb's base form, which after
    a number is the noun ("1 seat", "1 tackle", "1 try")."""

    return _tagger().lexicon.get(word) in ("NN", "VB")


def _plural_in_us(word: str) -> bool:
    """A plural in -us or -sis, which is mostly a singular's own ending ("bonus", "census", "crisis"): one the
    tagger's lexicon reads as a plural ("menus", "gurus"), or a capitalized word it does not know, a people's
    name whose singular ends in a vowel ("Tutsis", "Hutus"; not "Marcus", "Lexus", "Venus", which it knows)."""

    lexicon = _tagger().lexicon
    tag = lexicon.get(word) or lexicon.get(word.lower())
    if tag in ("NNS", "NNPS"):
        return True
    return word[:1].isupper() and tag is None and lexicon.get(word.capitalize()) is None and len(word) > 4


_OR_SO_AFTER = re.compile(r"\s+or\s+so(?=\s+[A-Za-z])")
"""After a number: a hedge between it and its counted noun ("some 250,000 or so voters", "the 30 or so pastors")."""


_HYPHEN_SCALED = re.compile(r"(?i)-(?:thousand|million|billion|trillion)$")
"""A number written as a modifier with its scale ("a 17-million population", "the 3-billion budget")."""


_ADVERB_BEFORE_VERB = re.compile(r"(?i)now|also|again|still|only|just|often|already|never|always|[a-z]{3,}ly")
"""A word before "points" that makes it a verb ("a rise to 5 now points to ...", "clearly points")."""


def _count_noun(text: str, reading: _Reading) -> None:
    """ "464,000 subscribers", "71,000 civil service jobs", "120 Gurkhas", "a 25-state union":
    the counted noun is the last plural word of the run of words after the number."""
    if hyphen := fp.HYPHEN_NOUN.match(text, reading.end):
        noun = hyphen.group("noun")
        if noun not in fp.NOT_NOUNS and not fp.VERB_ENDINGS.search(noun):
            reading.kind, reading.unit, reading.end = "count", _singular(noun), hyphen.end()
        return
    if (pair := _COORDINATED_MODIFIER.match(text, reading.end)) is not None and (
        (first := pair.group("first").lower().rstrip("-")) not in fp.NOT_NOUNS and first not in fp.IRREGULAR_PLURALS
        and not (first.endswith("s") and not first.endswith("ss")) and not first.endswith("men")
        and not _number_at(text, pair.end() + 1)
    ):  # (not "300 policemen and women", a plural of its own; not "two white and five ethnic minority women", a second count)  # "23 European and Arab countries", "1,500 coal- and gas-fired power plants": two modifiers of one counted noun
        probe = _Reading(pair.end(), pair.end(), reading.value, reading.is_word)
        _count_noun(text, probe)
        if probe.kind == "count":
            reading.kind, reading.unit, reading.end = "count", probe.unit, probe.end
            return
    if (hedge := _OR_SO_AFTER.match(text, reading.end)) is not None:
        probe = _Reading(hedge.end(), hedge.end(), reading.value, reading.is_word)
        _count_noun(text, probe)
        if probe.kind == "count":
            reading.kind, reading.unit, reading.end = "count", probe.unit, probe.end  # "some 250,000 or so voters"
        return
    run = fp.COUNT_WORDS.match(text, reading.end)
    if not run:
        return
    position = reading.end
    chosen: tuple[str, int] | None = None
    chosen_name: re.Match[str] | None = None
    previous = ""
    for place, word in enumerate(run.group(0).split()):
        start = text.index(word, position)
        position = start + len(word)
        lowered = word.lower().rstrip("'’")
        named_number = word.isdigit() and chosen is None and (
            previous[:1].isupper()  # "58 Fortune 500 companies"
            or not previous and _model_number(word) and not _YEAR_DIGITS.fullmatch(word)  # "three 529 plans", "two 747 jets"
        )
        previous_lower = previous[:1].islower()
        previous, word_before = word, previous
        if chosen is None and word[:1].isupper() and word.endswith(("'s", "’s")) and len(word) > 3:
            break  # "263 entering Tuesday's contests", "30,000 Clinton's lawyers": a name's possessive opens another phrase
        if word[:1].isdigit():
            if named_number:
                continue
            break
        if lowered in ("other", "more", "extra", "additional", "further") and chosen is None:
            continue  # "two other states", "20 more seats": the noun comes after
        if lowered == "plus" and place == 0 and chosen is None:
            continue  # "50 plus points", "100 plus staff": an open top (as "50-plus"), the noun after it
        if lowered in ("most", "least") and place == 0:
            continue  # "the 10 most populous cities", "the two least known candidates": a superlative, the noun after it
        if (lowered in fp.NOT_NOUNS or lowered in fp.PRONOUNS or lowered in fp.S_ADVERBS or _function_word(lowered)) and not (
            lowered == "points" and place > 0 and chosen is None and not _ADVERB_BEFORE_VERB.fullmatch(word_before)
        ):  # (but "three easy points", "20 quick points": points after a modifier, which the unit reader cannot reach)
            break  # "601 afterwards", "32,000 whereas": an adverb or a conjunction, not a counted noun
        plural = lowered in fp.IRREGULAR_PLURALS or _compound_plural(lowered) or (
            len(lowered) > 2 and lowered.endswith("s") and not lowered.endswith(("ss", "'s", "’s"))
            and (not lowered.endswith(("us", "sis")) or _plural_in_us(word))
            and not (word[:1].isupper() and previous_lower and _singular_name(word))
            and not (word[:1].isupper() and _given_before_surname(text, position, word))
        )  # not "263 entering Tuesday's", a possessive, nor "Men under 35 support Sanders", a name after a verb, nor
        # "Six Chris Paterson penalties", a person's given name (the noun counted comes after the name)
        if plural and chosen is not None and not chosen[0].endswith(("'s", "’s")) and _verb_after_plural(lowered):
            break  # "a survey of 1,313 people suggests": the plural's verb, not a second noun
        if (owner := _PLURAL_POSSESSIVE.fullmatch(word)) is not None and owner.group("noun").lower() not in fp.S_ADVERBS:
            chosen = (owner.group("noun").lower(), start + len(owner.group("noun")))
            break  # "two unions' executives", "two nations' interests": the owners are counted, not what they own
            # ("three children's books", "10 women's groups" are books and groups: a kind, left as they were)
        if not plural and chosen is None and place == 0 and _HYPHEN_SCALED.search(text, reading.start, reading.end):
            break  # "the 17-million population lives below ...": the modified noun is singular; "lives" is its verb
        if plural:
            chosen = (lowered, position)
        elif chosen is not None and not (chosen_name := chosen_name or _NAME_THEN_LOWER.fullmatch(text, chosen[1] - len(chosen[0]), position)):
            break  # (but "two United States service members": a name's plural as a modifier, the counted noun after it)
    if chosen:
        written = text[chosen[1] - len(chosen[0]) : chosen[1]]
        unit = chosen[0][:-1] if chosen[0].endswith(("us", "sis")) and chosen[0] not in fp.IRREGULAR_PLURALS and _plural_in_us(written) else _singular(chosen[0])
        reading.kind, reading.unit, reading.end = "count", unit, chosen[1]
    elif (
        reading.value == 1 and text[reading.start : reading.end] == "1" and (one := _ONE_NOUN.match(text, reading.end)) is not None
        and not _SIDE_BEFORE.search(text, max(0, reading.start - 12), reading.start)
    ):  # (not the second side of a score or ratio: "a 1-1 draw", "by a 3 to 1 margin")
        noun = one.group("noun")
        if noun not in fp.NOT_NOUNS and _singular_noun(noun) and not _singular_noun(one.group("next") or ""):
            reading.kind, reading.unit, reading.end = "count", noun, one.end("noun")  # "1 tackle", "1 seat": a count of one
    elif not reading.is_word and (abbreviation := _ABBREVIATION_COUNTED.match(text, reading.end)) is not None and (
        abbreviation.group("short") not in _CLOCK_ABBREVIATIONS
    ):  # "1 sack, 1 TFL, 2 QH.": a stats line's counts of abbreviated things, each ending its item
        reading.kind, reading.unit, reading.end = "count", abbreviation.group("short").lower(), abbreviation.end("short")


_ADDRESS_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w.'’-]*|\d+(?:st|nd|rd|th))){1,4}\s+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Place|Square|"
    r"Terrace|Parkway|Plaza)(?![\w-])(?!\s+(?!(?:has|is|was|its|as|plus|this|thus)\b)[a-z]+s\b)"
)
"""A street named after a number ("131 West 23rd Street"); not "200 Wall Street bankers"."""
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:at|on|of|to|from|near|outside|in|into|inside|opposite)\s+(?:No\.?\s+)?$")


_LIST_BOUNDARY = re.compile(r"(?:[:;,—–]|\band|\bor)\s*$")
_NUMBERED_LINE = re.compile(r"\.\s+[A-Z\"“‘']")
_ITEM_NUMBER = re.compile(r"\d{1,2}\.")
_ITEM_AFTER = re.compile(r"\s+[A-Za-z\"“‘']")


_HOURS_WORD = re.compile(r"(?i)\s?hrs\b")
"""Hours written short after a number: a clock time after four digits ("1400 hrs"), hours otherwise."""
_CLOCK_HOURS = re.compile(r"[012]\d[0-5]\d")
_AT_CLOCK_WORD = re.compile(r"(?i)\b(?:at|by|from|until|till|to|before|after|since|between|and)\s*$")
_CLOCK_WORD = re.compile(r"(?i)\b(?:at|by|from|until|till|before|after|since|between)\s*$")
"""Before a clock time ("at 0700"); not 'and' or 'to', which join counts as well ("at 0900, and 0800 people queued")."""
_CLOCK_RANGE_AFTER = re.compile(r"(?i)\s*(?:to|until|till|and|-|–)\s*[012]\d[0-5]\d(?!\d)")
_CLOCK_RANGE_BEFORE = re.compile(r"(?i)\b0\d[0-5]\d\s*(?:to|until|till|and|-|–)\s*$")
"""A four-digit clock time joined to another ("from 0800 to 1800GMT", "0930-1700"): the 24-hour clock writes
the hours before ten with a leading zero, which no count or year has."""


def _list_number(text: str, match: re.Match[str]) -> bool:
    """A number that counts a list's items, not a figure: "three steps: 1) cut taxes, 2) raise
    spending and 3) borrow", "want (1) lower taxes and (2) better schools" (a marker whose neighbour
    in the count is marked the same way nearby), "1. Cut taxes" opening a line; not "the number of
    firms (12) rose", nor "60." alone on its line, a figure the next paragraph explains ("60. The
    number of countries that ...")."""
    start, end = match.span()
    if not match.group("digits") or len(match.group(0)) > 2 or not match.group(0).isdigit():
        return False
    opened = text[start - 1 : start] == "("
    left = text[max(0, start - opened - 24) : start - opened]
    at_line_start = not left.strip(" \t") and start - opened - len(left) == 0 or left.rstrip(" \t").endswith("\n")
    if text.startswith(")", end):
        if at_line_start or _LIST_BOUNDARY.search(left):
            return True
        number = int(match.group(0))  # "(1) lower taxes and (2) ...": a bracketed count with its next
        return opened and bool(_ITEM_AFTER.match(text, end + 1)) and bool(  # or last nearby, each before words
            re.search(rf"\({number + 1}\)\s+[A-Za-z]", text[end : end + 300])
            or number > 1 and re.search(rf"\({number - 1}\)\s+[A-Za-z]", text[max(0, start - 300) : start])
        )
    return not opened and at_line_start and bool(_NUMBERED_LINE.match(text, end))


_MODEL_DIGITS = re.compile(r"\d{2,3}[1-9]")
"""Three or four digits, not round: the shape of a model's or a plan's number ("737", "529") after a count."""


def _model_number(digits: str) -> bool:
    """`digits` have the shape of a model's or a plan's number ("529 plans", "747 jets"): three or four digits,
    not ending in 0 (a round number, "a 300 seat hall", is a size written unhyphenated). The one shape the
    count-noun run (`_count_noun`), `_named_number` and the glued plan letter (`_excluded`: "401k") share; each
    adds its own conditions (no year; a count before or "a 529 plan" in the text; three digits, not ending in 5)."""
    return _MODEL_DIGITS.fullmatch(digits) is not None
_LETTERED_SECTION = re.compile(r"\([a-z]\)")
"""Right after a number: a lettered subsection ("401(k) accounts", "a 501(c)(3) charity", "403(b) plans"): a legal
section's name, no amount."""
_PLAN_LETTER = re.compile(r"[kb](?![\w$£€%])")
"""Glued after three digits that end in neither 0 nor 5: a plan's or a code's letter ("401k plans", "403b
accounts"), not thousands or billions, which a round number or a currency ("$401k") would carry."""
_SUBSECTION_BEFORE = re.compile(r"\d\([a-z]\)\($")
"""Before a bracketed number: a section and its lettered subsection ("501(c)(3)"), the number a deeper level's."""
_COUNT_BEFORE = re.compile(r"(?i)(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|several|many|few)|(?<![\d,.])\d{1,3}) $")
"""A count right before a number of three or more digits and a noun ("three 529 plans", "two 747 jets"): a count
does not count a count, the number after it names a model or a plan."""
_NAMED_BY_ARTICLE = re.compile(r"\b(?:[Aa]n?|[Ee]ach|[Ee]very|[Aa]nother)\s+(?P<number>\d{3,4})\s+(?P<noun>[a-z]{3,})\b(?![-'’])")
"""A number between an indefinite article and a singular noun ("a 529 plan", "each 737 jet"): a count of 529 does
not take a singular noun, so in that text the number before that noun is a name."""
_NOUN_AFTER = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?P<noun>[a-z]{3,})\b")


@lru_cache(maxsize=8)
def _article_named_numbers(text: str) -> frozenset[tuple[str, str]]:
    """Every (number, noun) that `_NAMED_BY_ARTICLE` shows to be a name in `text`."""
    found = set()
    for named in _NAMED_BY_ARTICLE.finditer(text):
        noun = named.group("noun")
        if noun.endswith("s") or _function_word(noun) or unit_at(text, named.end("number")) or scale_pattern().match(text, named.end("number")):
            continue  # "a 35 percent", "a 10 mile walk", "a 20 million": a unit or a scale, the number an amount
        if fp.PERCENT.match(text, named.end("number")) or _YEAR_DIGITS.fullmatch(named.group("number")) or named.group("number").endswith("0"):
            continue
        found.add((named.group("number"), noun))
    return frozenset(found)


_LEAD_DIGITS = re.compile(r"\d{3,4}(?![\d,.])")


def _named_number(text: str, start: int, end: int, named: frozenset[tuple[str, str]] | None = None) -> bool:
    """A number of three or four digits the text shows to be part of a name: its noun (perhaps after up to three
    modifiers: "529 college savings plans") is one the text puts after the same number with "a" ("a 529 plan"),
    or a count stands right before it ("three 529 plans"); not a round number. `named`: the text's
    `_article_named_numbers`, when the caller keeps them (a long article is not read again for each number)."""
    if not _model_number(text[start:end]):
        return False  # a round number ("a 300 seat hall", "three 100 metre pools") is a size written unhyphenated
    if _COUNT_BEFORE.search(text, max(0, start - 12), start) and _NOUN_AFTER.match(text, end) and not (
        unit_at(text, end) or scale_pattern().match(text, end) or fp.PERCENT.match(text, end)
    ):
        return True
    named = _article_named_numbers(text) if named is None else named
    if not named or not any(number == text[start:end] for number, _ in named):
        return False
    words = re.findall(r"[a-z]{3,}", text[end : end + 60].split(".")[0])[:4]
    return any((text[start:end], _singular(word)) in named or (text[start:end], word) in named for word in words)


_DIALLED = re.compile(
    r"""(?x)(?<![\w.,])
    (?: (?<![\d%]\ )\+\d{1,3}[ -]?(?:\(0\)[ -]?)?\d{1,5}(?:[ -]\d{2,6}){1,4}   # +44 20 7946 0000, +1-202-555-0143; not "35 +2 32 28"
      | \(0?\d{2,5}\)[ -]?\d{3,4}[ -]?\d{3,4}                        # (202) 555-0143, (020) 7946 0000
      | 1-\d{3}-\d{3}-\d{4}                                          # 1-800-273-8255
      | 0\d{2,4}[ -]\d{3,6}(?:[ -]\d{3,4})?                            # 0800 555 111, 0161 234 5678, 07700 900123
      | \d{3}-0\d{3}                                                  # 555-0143
    )(?![\w,]|\.\d)"""
)
"""A telephone number written in digit groups: a country code, an area code in brackets or with its leading zero, or a
group that starts with 0 ("0800 555 111"); a quantity is never written with a leading zero, so none of its groups is one.
A sign right after a figure ("on 35 +2 32 28") is that figure's change, not a country code."""
_LEADING_ZERO = re.compile(r"0\d{2,}")
"""Three or more digits after a leading zero ("0800", "0000", "007"): a code or a number dialled, not an amount (unless
a plural it counts follows)."""


def _dialled(text: str, start: int, end: int) -> bool:
    """Whether the digits at start-end are a telephone number's, or a code written with a leading zero."""
    if _LEADING_ZERO.fullmatch(text, start, end):
        plural = _PLURAL_AFTER.match(text, end)
        return plural is None or _tagger().lexicon.get(plural.group("noun")) != "NNS"  # but "paid 0800 families" counts them
    return any(found.start() <= start and end <= found.end() for found in _DIALLED.finditer(text, max(0, start - 24), min(len(text), end + 24)))


_RANGE_END_AFTER = re.compile(r"(?:\s?[-–]\s?|\s+(?:to|and|or)\s+)(?P<other>\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]\d)")
"""After a number: a range's other end ("1000 to 1200", "1500 and 2,000", "1000-1200")."""
_RANGE_END_BEFORE = re.compile(r"\b(?P<other>\d{1,3}(?:,\d{3})+|\d+)(?:\s?[-–]\s?|\s+(?:to|and|or)\s+)$")
"""Before a number: a range's first end."""
_AMOUNT_QUALIFIER = re.compile(
    r"(?i)\b(?:about|around|some|nearly|almost|roughly|approximately|an\s+estimated|close\s+to|at\s+least|(?:just\s+|well\s+)?(?:more|fewer|less)\s+than"
    r"|as\s+many\s+as|upwards?\s+of|in\s+excess\s+of|(?:just|well)\s+over|just\s+under)\s+$"
)
"""Before a number: a qualifier that hedges an amount ("about 2000 people"); not one that also compares a year's level
("below 2005 levels", "over 2019 figures")."""
_PLURAL_AFTER = re.compile(r"\s+(?P<noun>[a-z]+)\b(?!['’-])")
_YEAR_LEAD = re.compile(
    r"(?i)(?:\b(?:in|since|until|till|by|from|before|after|during|circa|the|its|their|his|her|our|my|your|this|that|these|those|a|an)|['’]s?)\s+$"
)
"""Before a number: a time preposition or a determiner ("in 2000 people", "the 2000 elections", "Labour's 2019 pledges"),
which makes a year of four digits, whatever plural follows."""


def _counted_not_year(text: str, start: int, end: int) -> bool:
    """Four digits that count the plural written after them, not a year: "about 2000 people", "served 1000 to 1200 meals",
    "between 1500 and 2000 people". A year can modify a plural too ("the 2016 elections", "between 2010 and 2015 wages
    fell"), so the plural must come with a sign of an amount: a qualifier before the number, an end written with a
    thousands separator, or every end a round hundred (an estimate's; "1900 to 2000" spans centuries, no count);
    and nothing before it that makes a year (a time preposition, a determiner)."""
    ends = [(start, end)]
    if (after := _RANGE_END_AFTER.match(text, end)) is not None:
        ends.append(after.span("other"))
    elif (before := _RANGE_END_BEFORE.search(text, max(0, start - 16), start)) is not None:
        ends.insert(0, before.span("other"))
    written = [text[low:high] for low, high in ends]
    plural = _PLURAL_AFTER.match(text, ends[-1][1])
    if plural is None or _tagger().lexicon.get(plural.group("noun")) != "NNS" or unit_at(text, ends[-1][1]):
        return False
    lead = text[max(0, ends[0][0] - 40) : ends[0][0]]
    if plural.group("noun").lower() in fp.YEAR_MEASURES and fp.COMPARING.search(lead) and not any("," in text[low:high] for low, high in ends):
        return False  # "less than 1990 levels": a year's measure compared, not 1,990 levels
    between = lead.lower().endswith("between ")
    qualifier = _AMOUNT_QUALIFIER.search(lead)
    if _YEAR_LEAD.search(lead[: qualifier.start()] if qualifier else lead[: -len("between ")] if between else lead):
        return False
    values = [int(w.replace(",", "")) for w in written]
    centuries = len(values) == 2 and all(v % 100 == 0 for v in values) and values[1] - values[0] == 100
    return bool(qualifier) or any("," in w for w in written) or all(v % 100 == 0 for v in values) and not centuries


def _excluded(text: str, match: re.Match[str], value: float) -> str | None:
    """Why a number is not a figure (a year, a date, a name, an ordinal, a time of day), or None."""
    start, end = match.span()
    # every pattern on `left` is anchored at the number, and 24 characters hold the longest
    left, right = text[max(0, start - 24) : start], text[end : end + 60]
    if fp.ORDINAL_SUFFIX.match(right) and not _STONE_AND_POUNDS.match(right):
        return "ordinal"  # (but "9st 4lb" is a weight in stone and pounds)
    if match.group("digits") and (_LETTERED_SECTION.match(right) or _SUBSECTION_BEFORE.search(left)):
        return "part of a name"  # "401(k) accounts", "a 501(c)(3) group": a legal section's number and letter
    if match.group("digits") and _PLAN_LETTER.match(right) and _model_number(digits := match.group(0)) and len(digits) == 3 and (
        not digits.endswith("5")  # (a "125k" is thousands)
    ) and not (currency_before(text, start) or left.endswith((".", ","))):
        return "part of a name"  # "401k plans", "403b accounts": a plan's number and letter, not 401,000 plans
    if match.group("digits") and _named_number(text, start, end):
        return "part of a name"  # "three 529 plans"; "529 college savings plans" where the text says "a 529 plan"
    if match.group("digits") and _CODE_BEFORE.search(left) and not fp.PERCENT.match(right):
        return "part of a name"  # "H-1B visas", "an F-16", "the AK-47": a code of capitals and a number
    if match.group("digits") and right.startswith(")") and _TIEBREAK_BEFORE.search(left):
        return "score"  # "7-6 (5)": a tie-break's points in brackets after a set's score, part of the score
    if match.group("digits") and (_AGE_TEAM_BEFORE.search(left) or _AGE_TEAM_AFTER.match(right)):
        return "part of a name"  # "England Under-21 international", "the Under-18 side", "a 40 Under 40 award": an age group's or a list's name
    if match.group("digits") and _COUNTER_BEFORE.search(left):
        return "counter"  # "Photo 3 of 12", "Slide 2/9", "Part 1 of 3": where a viewer is in a gallery or series
    if _FOLD_AFTER.match(right):
        return "multiplier"  # "a two-fold rise", "a 10-fold increase": as "twice" and "six times" are
    if fp.MATURITY_NAME.match(right):
        return "part of a name"  # "the 10-year Treasury note", "two-year yields": a benchmark bond's name
    if fp.INDEX_NAME.match(right):
        return "part of a name"  # "the Standard & Poor's 500-stock index", "the 30-share index": a market index's name
    if left.endswith("&#") and right.startswith(";"):
        return "character reference"  # "S&#227;o Paulo": an HTML entity left in the text, a letter
    if left.endswith("[") and right.startswith("]") and match.group("digits"):
        return "reference mark"  # "Alarm fatigue [1]": a footnote's number
    if _list_number(text, match):
        return "list number"
    if match.group("digits") and right.startswith(".)") and _RANKED_LINE.search(text, max(0, start - 60), start):
        return "rank"  # "2. Marco Rubio (1.)", "1. Donald Trump (Last week: 2.)": an entry's rank before, in a ranked list
    if match.group("digits") and _DECADE_APOSTROPHE.match(right) and len(match.group(0)) == 2 and match.group(0).endswith("0"):
        return "decade"  # "during the 80's", "the 90’s": a decade written with an apostrophe
    if _YEAR_JOIN_BEFORE.search(left) and not _counted_not_year(text, start, end) or fp.SHORT_YEAR.search(left) and len(match.group(0)) == 2:
        return "year"
    if left.endswith("‘") and len(match.group(0)) == 2 and match.group("digits") and not _CLOSING_QUOTE.search(right):
        return "year"  # "Obama in ‘08", "‘16 And President": a year cut short with an opening mark, no quotation it opens
    if match.group("digits"):
        if fp.TIME_OF_DAY.match(right) and not (_HOURS_WORD.match(right) and not (
            _CLOCK_HOURS.fullmatch(match.group(0)) and (match.group(0).startswith("0") or _AT_CLOCK_WORD.search(left))
        )):
            return "time of day"  # "at 1400 hrs", "0930hrs", but "2hrs 17mins", "3 hrs", "logged 2000 hrs" are hours
        if _CLOCK_HOURS.fullmatch(digits := match.group(0)) and (
            digits.startswith("0") and (_CLOCK_WORD.search(left) or _CLOCK_RANGE_AFTER.match(right)) or _CLOCK_RANGE_BEFORE.search(left)
        ) and not unit_at(text, end):
            return "time of day"  # "open at 0700", "from 0800 to 1800GMT", "0930 until 1700": a 24-hour clock's leading zero
        if fp.AT_CLOCK.search(left) and _CLOCK_DIGITS.fullmatch(match.group(0)) and not unit_at(text, end) and not _SHARE_OR_SCALE_AFTER.match(right):
            return "time of day"  # "from 2.30 until 4.15", but not "from 2.18 percent to 2.72 percent"
        if _dialled(text, start, end):
            return "telephone number"  # "0800 555 111", "+44 20 7946 0000", "(202) 555-0143", a code with a leading zero
        if fp.DATE_AFTER.match(right) and value <= 31 or fp.DATE_BEFORE.search(left) and value <= 31:
            return "date"
        if (span := _DAY_SPAN.match(right)) and value <= 31 and fp.DATE_AFTER.match(right[span.end() :]):
            return "date"  # "from 4-6 March": a span of days
        if _YEAR_DIGITS.fullmatch(match.group(0)) and not currency_before(text, start):
            if not (scale_pattern().match(text, end) or fp.PERCENT.match(right) or unit_at(text, end) or _counted_not_year(text, start, end)):
                return "year"
        if re.match(r"(?i)K(?![\w])", right) and (len(match.group(0)) == 1 and right[0] == "K" or _K_RACE_AFTER.match(right)) and not currency_before(text, start):
            return "glued to letters"  # "4K streaming", "an 8K TV", "a 5K run", "the 10k race": a format or a race's name, not 4,000
        if _LETTER_FIRST.match(right) and not (
            scale_pattern().match(text, end) or unit_at(text, end) or currency_after(text, end)
            or fp.PERCENT.match(right) or fp.PERCENT_POINTS.match(right) or fp.BASIS_POINTS.match(right) and value < 1200 or fp.AGE.match(right)
        ):
            return "glued to letters"
    if match.group(0).lower() in _DIGIT_COUNTS and (_FIGURES_AFTER if match.group("words") else _FIGURE_NOUN_AFTER).match(right):
        return "vague amount"  # "six figures", "a seven-figure sum": how many digits, an idiom for a size
    if match.group("digits") and "," not in match.group("digits") and fp.IDENTIFIER_NAMED.search(text, max(0, start - 40), start):
        return "reference number"  # "his account number was 12345678", "quote reference 48213"; "12,000" is grouped as a count is
    if fp.REFERENCE_WORD.search(left) and not left.rstrip().lower().endswith(("the", "a", "an")) and not (
        _TOP_BEFORE.search(left) and fp.PERCENT.match(right)
    ):
        return "reference number"  # but "the top 1 percent of earners" is a share
    if match.group("words") and match.group(0)[:1].isupper() and left.strip() and _CAPITAL_NEXT.match(right):
        return "part of a name"  # "the Six Nations", "the Big Four": a capitalized number word mid-sentence
    name = fp.NAME_BEFORE.search(left)
    if name and name.group("word") not in fp.NOT_NAMES and not fp.MONTHS_ONLY.fullmatch(name.group("word")) and not (
        _POSSESSIVE_END.search(name.group("word")) and left.endswith(" ")
    ):  # "Mr Trump's two planes": a possessive owns the figure, it is no name with a number
        if not (currency_before(text, start) or fp.PERCENT.match(right) or scale_pattern().match(text, end) or _POINTS_AFTER.match(right)):
            if (not unit_at(text, end) or left.endswith("-")) and not _SIDE_TO_SHARE.match(right):
                return "part of a name"  # but "HuffPollster 4.3 points": a name's figure in a list
    if fp.YEAR_RANGE_TAIL.match(right) and _MODERN_YEAR.fullmatch(match.group(0)) and not _counted_not_year(text, start, end):
        return "year"
    if match.group("digits") and _ADDRESS_AFTER.match(right) and _PLACE_PREPOSITION_BEFORE.search(left):
        return "address"  # "in front of 131 West 23rd Street", "lives at 10 Downing Street": a house number
    if match.group("digits") and (start == 0 or text[start - 1] == "\n") and _LIST_ENTRY.match(text, end):
        return "list number"  # "1 Roger Federer (Switzerland)": a seed, a rank or an entry's number in a list
    if match.group("digits") and (start == 0 or text[start - 1] == "\n") and len(match.group(0)) <= 3 and _RANK_CELL_AFTER.match(text, end):
        return "list number"  # "1<TAB>Rovers<TAB>22": a table row's rank before the row's name
    return None


_RAISE = re.compile(r"(?i)rais(?:e|ed|es|ing)")


_RESTATES = re.compile(r"(?P<figure>[$£€]?\d[\d,.]*(?:\s?(?:%|per\s?cent\b|percent\b|points?\b|bn\b|m\b|billion\b|million\b))?)(?:,\s*or|\s\()\s*(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
"""Before a figure that restates the one before it in another unit: "fell 102.2 points, or 0.36%",
"rose $3bn (4%)"."""
_RESTATED_AFTER = re.compile(r"(?i)\s?(?:points?|pence|cents?)?(?:,\s*or|\s\()\s*(?:about\s+|some\s+|nearly\s+|almost\s+)?[$£€]?\d")
"""After a figure another restates ("20.72 points, or 0.24%", "$3bn (4%)")."""
_ADDED = r"(?i)\b(?:added|adds|advanced|advances)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?"
"""A market's rise said as "added" or "advanced", a hedge after it."""
_ADDED_BEFORE = re.compile(_ADDED + "$")
"""A market's rise said as "added" or "advanced" right before its figure ("the index added 20.72
points"); "added" farther off is a voice ("Bowen added: ... two to three weeks")."""
_ADDED_TO = re.compile(_ADDED + r"[$£€]?\d[\d,.]*"
                       r"(?:\s?(?:%|points?\b|per\s?cent\b|percent\b)(?:,\s*or\s+[$£€]?\d[\d,.]*(?:\s?(?:%|per\s?cent\b|percent\b|points?\b))?,?)?"
                       r"|(?:\s?(?:bn\b|m\b|billion\b|million\b|pence\b|cents?\b))?(?:,\s*or\s+\d[\d,.]*\s?(?:%|per\s?cent\b|percent\b),?|\s\(\d[\d,.]*\s?%\)))"
                       r"\s+to\s+$")
"""The level a market's "added" rise reached: "the Nasdaq added 20.72 points, or 0.24%, to 8,570.66" (a
change verb earlier in the sentence, "the Dow fell ... and the Nasdaq added ...", must not decide it). The rise is in
points or percent, or restated as a percent: "added 10 to 12 shops", "added £2bn to £50bn of borrowing" are a range
and a sum added to another."""


_PARTICLE_VERB = re.compile(r"(?i)\b(?!(?:been|gone|seen|even|then|when|often|open|ten|seven|eleven|between|green|golden|wooden|hidden|given)\b)[a-z]+(?:ed|en|wn)\s+$|\b(?:set|put|made|make|makes|making|took|take|takes|sign|signs|call|calls|back|backs|pick|picks|draw|draws)\s+$")
"""A verb right before "up"/"down" that makes it a particle ("drawn up", "turned down", "set up"), not a change ("were up",
"went up", "has gone down")."""


_UP_TO = re.compile(r"(?i)\bup\s+to\s+(?:(?:about|around|some|nearly|almost)\s+)?$")
"""Right before a figure: "up to", a ceiling ("up to 50,000 fans"), unless a verb of motion moved it there."""
_MOVED_UP = re.compile(r"(?i)\b(?:went|gone|go|goes|going|moved?|moves|moving|shot|climbed|crept|edged|ticked|jumped|rose|risen|surged|crawled)\s+(?:[a-z]+ly\s+)?$")
"""A verb of motion right before "up": "went up to $5", "prices have crept up to 4%"."""


_MAKE_UP = re.compile(r"(?i)\b(?:make|makes|made|making)\s+$")
""""make up" before a figure: what a part comes to of a whole ("make up 20% of voters"), no rise."""


_EXTEND = re.compile(r"(?i)extend(?:s|ed|ing)?|lengthen(?:s|ed|ing)?|shorten(?:s|ed|ing)?")


_BOUNDS_AFTER_A_VERB = frozenset(("over", "under", "above", "below", "exceeding", "approaching", "up to"))
"""Qualifiers that right after a change verb say where it went, not how much it moved ("fell below 5%", "rose above
$2bn": under or over a level, no change of that size); "up to" is read by `_change` itself (a ceiling, or "went up to")."""


def _change_reads_past(text: str, at: int, qualifier: str) -> bool:
    """Whether a figure's change is read from the words before its qualifier (at `at`): "rose to about £5m" is an
    increase to, "fell by nearly 5%" a decrease by, as without the hedge; a bound right after a verb is no change's
    size ("fell below 5%"), but after "to"/"by" it is ("rose to over 5%")."""
    word = qualifier.lower()
    if word == "up to":
        return False
    return word not in _BOUNDS_AFTER_A_VERB or fp.CHANGE_PREP.search(text, max(0, at - 24), at) is not None


def _change(text: str, start: int, end: int, kind: str | None = None) -> str | None:
    """ "increase by", "decrease to" ...: what the sentence says the figure is a change of. A sum of
    money "raised" as the verb's object is money collected ("the campaign raised $3m", "the tax would
    raise $1bn"), no change; "raised taxes by $3m" is one. A figure restating the one before it in
    another unit ("fell 102.2 points, or 0.36%") is the same change."""
    left, right = text[max(0, start - 120) : start], text[end : end + 40]
    if (restated := _RESTATES.search(left)) is not None:
        before = start - len(left) + restated.start("figure")
        return _change(text, before, before + len(restated.group("figure")))
    if _ADDED_BEFORE.search(left) and (kind in ("percent", "money") or _RESTATED_AFTER.match(right)):
        return "increase by"  # "added 0.5%", "added 20.72 points, or 0.24%"; not "added four conversions"
    if noun := fp.CHANGE_NOUN_AFTER.match(right):
        return "increase by" if noun.group("inc") else "decrease by"
    if noun := fp.CHANGE_NOUN_BEFORE.search(left, max(0, len(left) - 40)):
        return "increase by" if noun.group("inc") else "decrease by"
    if _ADDED_TO.search(left):
        return "increase to"
    prep = fp.CHANGE_PREP.search(left, max(0, len(left) - 24))
    clause = left[max(0, len(left) - 120) :]
    verbs = list(fp.CHANGE_VERB.finditer(clause))
    if not verbs:
        return None
    verb = verbs[-1]
    if verb.group(0).lower() == "up" and _MAKE_UP.search(clause, 0, verb.start()):
        return None  # "Hispanics made up about 2 in 10 voters", "makes up almost half the electorate": a part of a whole
    if verb.group(0).lower() == "up" and _UP_TO.search(clause) and not _MOVED_UP.search(clause, 0, verb.start()):
        return None  # "fines of up to £5,000", "hold up to 50,000 fans": a ceiling, no change ("went up to $5" is one)
    if verb.group(0).lower() in ("up", "down") and prep and prep.group("prep").lower() == "by" and kind == "count" and (
        _PARTICLE_VERB.search(clause, 0, verb.start())
    ):
        return None  # "drawn up by two committees", "turned down by 20 votes": a verb's particle and its agent, no change
    if verb.group("inc") or verb.group("dec"):
        direction = "increase" if verb.group("inc") else "decrease"
        if kind == "money" and not prep and _RAISE.fullmatch(verb.group("inc") or "") and clause[verb.end():].strip() == "":
            return None
        if not prep and _EXTEND.fullmatch(verb.group(0)):
            return None  # "extend six weeks of paid leave to mothers", "the pipeline extends 1,000 miles", "extended $500m in
            # loans": what is given or how long a thing is; only "extended to 65", "from six months to nine", "by a year" change
        if prep:
            return f"{direction} {prep.group('prep').lower()}"
        return f"{direction} by" if clause[verb.end():].strip() == "" else None
    if verb.group("lvl") and re.match(r"(?i)reach|hit", verb.group("lvl")) and clause[verb.end():].strip() == "":
        return "increase to"
    return None


_SLASHED = re.compile(r"(?<![\w/.,⁄\u0300-\u036f])(?:(?P<whole>\d{1,3})(?:\s+|-)(?=\d{1,2}[/⁄]\d))?(?P<top>\d{1,3})[/⁄](?P<bottom>\d{1,4})(?P<date>/\d{2,4})?(?:rds|ths|nds)?(?![\d/⁄]|\.\d|[^\W\d_]{3})")
"""A slash between numbers, also the fraction slash (U+2044) that NFKC makes of "¼"."""
_FRACTION_BOTTOMS = frozenset((2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100))
_TICK_BOTTOMS = frozenset((32, 64))
"""A bond price's ticks ("rose 7/32", "fell 5/64"): points of par in 32nds and 64ths, never a share of a group."""


_AND_A_PART = re.compile(
    r"\s+and\s+(?P<part>a\s+half|a\s+quarter|three\s+quarters|a\s+third|two\s+thirds)"
    r"(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:ago|later|earlier|before|after|since|in|on|at|for|to|from|with|by|behind|ahead|old|long)\b)"
)
"""After a number and its unit: a part of one more ("two years and a half", "3 miles and a quarter"), ending the
phrase; not "and a half-day tour", "and a half marathon", "and a half of the budget" (another thing, or a share)."""
_PARTS = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3, "two thirds": 2 / 3}
_UNIT_AND_BEFORE = re.compile(
    r"(?i)(?:(?<![\w-])(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d)[ -]?(?P<unit>[a-z]+)\s+and\s+$"
)


def _unit_and_before(text: str, start: int) -> bool:
    """A number (or "a") with its unit and "and" right before a fraction ("a mile and a half", "two miles and a
    quarter"): the part is the unit's, no share of a whole ("sold by the litre and a third of drivers": a share)."""
    found = _UNIT_AND_BEFORE.search(text, max(0, start - 40), start)
    if found is None or found.start("unit") == 0 or not text[found.start("unit") - 1].isspace():
        return False
    unit = unit_at(text, found.start("unit") - 1)
    return unit is not None and unit[1] == found.end("unit")


def _slashed_fraction(text: str, slash: re.Match[str]) -> _Reading | None:
    """A fraction written with a slash ("3/4 cup", "1 1/2 cups", "a 1-1/2 year war", "fell 7/32 in price"): its value, with the
    unit written after it; None for a slash that writes no fraction ("9/11", "24/7", "50/50", a date)."""
    top, bottom = int(slash.group("top")), int(slash.group("bottom"))
    if slash.group("date") or not 0 < top < bottom or bottom not in _FRACTION_BOTTOMS:
        return None
    whole = int(slash.group("whole")) if slash.group("whole") else 0
    reading = _Reading(slash.start(), slash.end(), whole + top / bottom, False)
    _read_tail(text, reading, None)
    if reading.kind == "number" and reading.unit is None:
        _count_noun(text, reading)  # "1 1/2 cups"
    if reading.kind == "number" and reading.unit is None:
        if whole or bottom in _TICK_BOTTOMS:
            reading.flags.append("unit_missing")  # "rose 7/32 in price": a bond's price moves in 32nds of a point, no share
        else:
            reading.unit = "fraction"  # "3/4": a share of a whole
    return reading


_BASE_AT_END = re.compile(fp.PER_BASE.pattern + r"$")
_BASED_KINDS = frozenset({"count", "number", "money", "quantity"})
_OF_RATE_KINDS = frozenset({"count", "money", "quantity", "duration"})
_OF_PHRASE = re.compile(
    rf"\s+of\s+(?!{_FUNCTION})[a-z][\w-]*(?:\s+(?:(?:and|or)\s+)?(?!{_FUNCTION})[a-z][\w-]*){{0,3}}?(?=[\s-](?:a|an|per|each|every)[\s-])"
)
"""What an amount is of, before a rate: "of moderate exercise", "of fruit and vegetables" (up to four words, none a function word)."""
_PERIOD_ORDER = {"second": 0, "minute": 1, "hour": 2, "day": 3, "night": 3, "week": 4, "month": 5, "quarter": 6, "year": 7}


def _base_named(base: re.Match[str]) -> str:
    """The base a rate is per, its number written in digits: "100,000 people", "1,000 live births", or "100,000" unnamed."""
    value = parse_number(base.group("base"))
    number = f"{int(value):,}" if value is not None else base.group("base").lower()
    return f"{number} {base.group('noun').lower()}" if base.group("noun") else number


def _as_read(text: str, figure: Figure) -> tuple[int, int, str, tuple[str, ...]]:
    """The span and kind the meaning reader is given. A rate per a counted base is read without its base ("7
    burglaries" of "7 burglaries for every 1,000 residents"), and one with no noun of its own ("1,057 per 100,000
    people") as the bare number it is written as, so the base's noun is not what it measures."""
    if not (figure.per or "")[:1].isdigit():
        return figure.start, figure.end, figure.kind, figure.flags
    if figure.kind == "count" and figure.unit is None:
        return figure.start, figure.end, "number", figure.flags
    base = _BASE_AT_END.search(text, figure.start, figure.end)
    return figure.start, base.start() if base is not None else figure.end, figure.kind, figure.flags


def _bare_end_before(text: str, last: tuple[_Reading, _Reading | None], start: int) -> bool:
    """The last figure read is a bare number (no range, unit or rate) joined to `start` by "to": a change's first end."""
    before, second = last
    return second is None and before.kind == "number" and before.unit is None and before.per is None and (
        "age" not in before.flags and _TO_JOIN.fullmatch(text, before.end, start) is not None
    )


def _base_named_before(readings: list[tuple[_Reading, _Reading | None]], number: str) -> str:
    """The nearest rate before whose base is `number` and names its noun: that base ("100,000 people"), else `number`."""
    named = (r.per for r, _ in reversed(readings) if r.per is not None and r.per.startswith(number + " "))
    return next(named, number)


def _rate_after_of(text: str, end: int) -> str | None:
    """The period of a rate written after what an amount is of ("150 minutes of moderate exercise a week": "week")."""
    return _period_after(text, of.end()) if (of := _OF_PHRASE.match(text, end)) is not None else None


def _period_after(text: str, position: int) -> str | None:
    """The period of a rate written at `position` ("a week", "per year", "daily"), None for any other rate or none."""
    if (rate := fp.PER.match(text, position)) is None:
        return None
    period = rate.group("period") or rate.group("short") or rate.group("adverb")
    return fp.PER_ADVERBS.get(period.lower()) or fp.PER_SHORT.get(period.lower(), period.lower()) if period else None


def _shorter_than(unit: str | None, period: str) -> bool:
    """A duration's unit is shorter than the period it is per ("150 minutes a week"; not "five years a term")."""
    return unit in _PERIOD_ORDER and period in _PERIOD_ORDER and _PERIOD_ORDER[unit] < _PERIOD_ORDER[period]


def _read(text: str, match: re.Match[str]) -> _Reading | None:
    """Read one number and what is written with it, or None when it is not a figure."""
    value = parse_number(match.group(0))
    if value is None or not math.isfinite(value):
        return None
    if match.group("digits") and (clock := fp.RACE_TIME.match(text, match.end())) and value < 60:
        reading = _Reading(match.start(), clock.end(), round(value * 60 + float(clock.group("seconds")), 6), False, "duration", "second")
        return reading  # "3:46.04": minutes and seconds to the hundredth, a race time, never a time of day
    if _excluded(text, match, value):
        return None
    reading = _Reading(match.start(), match.end(), value, is_word=not match.group("digits"))
    if reading.is_word and value == 0 and (text[match.end() : match.end() + 1] == "-" or _NEAR.search(text[max(0, match.start() - 6) : match.start()])):
        return None  # "near-zero rates", "zero-hours contracts", "zero-sum": a description, not an amount
    if match.group("fraction") or match.group(0) in VULGAR_FRACTIONS and re.match(r"\s+of\b", text[match.end() :]):
        reading.kind, reading.unit = "number", "fraction"  # "a third of voters", "⅓ of voters", "¾ of a mile"
        of_a = re.match(r"(?i)\s+of\s+an?(?=\s)", text[match.end() :])
        if of_a:
            whole = _Reading(match.start(), match.end() + of_a.end(), 1.0, True)
            _read_tail(text, whole, None)
            if whole.end > match.end() + of_a.end():
                whole.value *= reading.value
                if whole.kind == "number" and whole.unit is None:
                    _count_noun(text, whole)
                return whole
        if (one := re.match(r"(?i)\s+an?(?=\s+\w)", text[match.end() :])) and not fp.FRACTION_NOT_BEFORE.search(
            text[max(0, match.start() - 12) : match.start()]
        ):  # "half an hour", "half a percentage point", "a quarter of a mile" above: a part of one unit
            unit = _Reading(match.start(), match.end() + one.end(), 1.0, True)
            _read_tail(text, unit, None)
            if unit.end > match.end() + one.end() and unit.kind in ("duration", "quantity", "percent", "percentage_points") and not (
                unit.kind in ("percent", "percentage_points") and re.match(r"\s+of\b", text[unit.end :])
            ):  # "half a percentage point of output": a share of what follows "of"; but "half a decade of
                # repeal efforts", "half a mile of road" are a span and a length of it
                unit.value *= reading.value
                return unit
        if fp.FRACTION_NOT_BEFORE.search(text[max(0, match.start() - 12) : match.start()]) or _unit_and_before(text, match.start()):
            return None  # "the third quarter of the year", "the first half": a period, not a share; "a mile and a half": a unit's half
        if not fp.FRACTION_OF.match(text[match.end():]) and not _fraction_alone(text, match):
            return None
    currency = None
    if found := currency_before(text, match.start()):
        currency, reading.start = found
    if fp.MINUS.search(text[max(0, reading.start - 10) : reading.start]) and not re.search(
        r"(?i)\bplus\s+or\s+minus\s+$", text[max(0, reading.start - 20) : reading.start]
    ):
        reading.value = -reading.value  # "minus 5C", but "plus or minus 3 points" is a margin
    _read_tail(text, reading, currency)
    if reading.kind in ("duration", "quantity") and reading.value == value and value >= 1 and (part := _AND_A_PART.match(text, reading.end)) is not None:
        reading.value, reading.end = value + _PARTS[" ".join(part.group("part").split())], part.end("part")  # "two years and a half": the unit's
    if reading.kind == "number" and reading.unit is None and (hyphened := _CURRENCY_MODIFIER.match(text, reading.end)) is not None:
        if reading.is_word and _SCALE_ONLY.fullmatch(match.group(0)):
            return None  # "a billion-dollar company", "a million-pound deal": a vague size, as the guideline says
        code, factor, _ = currency_after(" " + hyphened.group("name") + "s", 0) or (None, 1.0, 0)
        if code is not None and hyphened.group("name").lower() != "pound":  # "a 300-euro fine", "a 10-dollar bill": a sum as a modifier
            reading.kind, reading.unit, reading.value, reading.end = "money", code, reading.value * factor, hyphened.end()
    people_age = reading.kind == "number" and reading.unit is None and _people_over(text, reading)
    if people_age:  # "voters over 60", "men under 25 face higher premiums": their age, its noun unsaid (as "Tom Lee, 30,")
        reading.flags.append("age")
    if reading.kind == "number" and reading.unit is None and not people_age:
        _count_noun(text, reading)
    if reading.kind == "number" and reading.unit is None and not reading.is_word and _sprint_time(text, reading.start, reading.end):
        reading.kind, reading.unit = "duration", "second"  # "won the 200m in a personal best of 20.88": a sprint's time
        return reading
    if reading.kind == "number" and reading.unit is None:
        if reading.is_word and not _spelled_amount(text, match, value) and not (
            fp.PARTITIVE.match(text, reading.end) and " and " not in match.group(0)
            and not fp.NOT_PARTITIVE_BEFORE.search(text[max(0, reading.start - 8) : reading.start])
            and not _second_of_two_words(text, reading.start)
        ) and not ((ahead := _range_with(text, reading)) is not None and ahead.unit is not None) and not _WORD_POINTS_AFTER.match(text, reading.end) and (
            _suspended_age(text, reading.end) is None and _suspended_compound(text, reading.end) is None
        ):
            return None  # "the two met": no figure without a noun; but "four of the five", "two others", "two or three months" count,
            # and "up eight points", "a five-point lead" as "up 8 points" and "a 5-point lead" are
        if not people_age:
            reading.flags.append("unit_missing")  # (an age after "people over" is read as one: its noun, years, is never written)
    if reading.kind == "number" and reading.unit is None and _MULTIPLIER_AFTER.match(text, reading.end):
        return None  # "10 times as many cases", "four times more": a multiplier, as "twice" is
    if reading.kind == "number" and reading.unit is None and _STAGE_BEFORE.search(text[max(0, reading.start - 12) : reading.start]) and not (
            (ahead := _range_with(text, reading)) is not None and ahead.unit is not None):
        return None  # "the last 16", "the top 10": a stage or a rank, like "the top three" (but "the last three or four years" is a span)
    if reading.is_word and reading.value == 1 and not (reading.kind == "duration" and _CLOCK_JOIN.match(text, reading.end)):
        return None  # "one of", "one man", "one day": not a figure readers look for (but "one minute, 47.96 seconds")
    if reading.kind in _BASED_KINDS and reading.unit != "fraction" and reading.per is None and (base := fp.PER_BASE.match(text, reading.end)):
        reading.per, reading.end = _base_named(base), base.end()  # "1,057 per 100,000 people": a rate, its base no figure of its own
        if reading.kind == "number":
            reading.kind, reading.flags = "count", [f for f in reading.flags if f != "unit_missing"]  # what is counted is the subject
    if reading.per is None and reading.kind == "duration" and (rate := _period_after(text, reading.end)) is not None and _shorter_than(reading.unit, rate):
        reading.per = rate  # "150 minutes a week", "two days a week": time spent in each longer period
    if reading.per is None and reading.kind in _OF_RATE_KINDS and (rate := _rate_after_of(text, reading.end)) is not None and (
        reading.kind != "duration" or _shorter_than(reading.unit, rate)
    ):
        reading.per = rate  # "150 minutes of moderate exercise a week", "five portions of fruit and vegetables a day"
    if reading.kind in ("count", "number") and reading.unit != "fraction" and reading.per is None and not reading.is_word and (
        rate := fp.PER.match(text, reading.end)
    ) is not None and not rate.group("share") and not _SHARE_OF_BEFORE.search(text, max(0, reading.start - 60), reading.start):
        period = (rate.group("period") or rate.group("short") or rate.group("adverb") or rate.group("thing") or rate.group("slashed")).lower()
        reading.per = fp.PER_ADVERBS.get(period) or fp.PER_SHORT.get(period, period)  # "5,000 people a day", "about 3,000 a
        # year": a count's rate, as "£5 a week" is a sum's (the surface stays the count: its noun is what it measures)
    if reading.kind in ("money", "count", "quantity") and reading.per is None and _EACH_AFTER.match(text, reading.end):
        reading.per = "item"  # "£500 each", "$3m or more apiece": the amount for each one, no total to compare
    if reading.is_word and _ONE_OR.search(text[max(0, reading.start - 8) : reading.start]):
        return None  # "one or two people": as vague as "one"
    return reading


def _proportion(text: str, start: int) -> _Reading | None:
    """"one in four", "four in 10", "nine times out of ten": X of every Y, a fraction of a group."""
    found = fp.PROPORTION.match(text, start)
    if found is None:
        return None
    x, y = (parse_number(found.group(name)) for name in ("x", "y"))
    if not x or not y or x > y or y in range(1800, 2100):
        return None
    return _Reading(start, found.end(), round(x / y, 6), not found.group("x")[:1].isdigit(), "number", "fraction", flags=["proportion"])


_BY_BEFORE = re.compile(r"\bby\s+(?:(?:about|around|almost|nearly|roughly|some|just|only|up\s+to|more\s+than|less\s+than|over|under)\s+)?$")
_CHANGED_BEFORE = re.compile(rf"(?i)\b(?:{fp.INCREASE}|{fp.DECREASE})\b[^.;:!?,]*$")
_CLAUSE_WORD_AFTER = re.compile(
    r"\s+(?:if|when|while|as|because|than|after|before|unless|until|in|over|since|from|to|between|compared|and|or|but|within|"
    r"during|under|on|at|for|across|among|amid|following|last|this|next|a\s+year|each|every)\b"
)
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\s+$")


def _agent_by(text: str, by: int) -> bool:
    """Whether the "by" at `by` follows a past participle of a verb that is no change ("was followed by a third in
    March", "was announced by a quarter to ten"): a passive's agent or a time, not the size of a change before it."""

    before = _WORD_BEFORE.search(text, max(0, by - 30), by)
    if before is None:
        return False
    word = before.group("word").lower()
    return _tagger().lexicon.get(word) in ("VBN", "VBD") and not fp.rises_or_falls(word)


_SHARE_AFTER = re.compile(r"(?i)\s+(?:in|among|last|this|since|by|at|on|compared|against|versus|a\s+year)\b")


def _fraction_alone(text: str, match: re.Match[str]) -> bool:
    """A fraction that stands alone as a share ("cut by a third,", "nearly half those polled",
    "Three-quarters said"), not a period or an ordinal ("the second half", "a third term")."""
    if text[match.end() : match.end() + 1] == "-" or " " not in match.group(0).replace("-", " ") and match.group(0).lower() != "half":
        return False  # "half-time"; "took third": alone, only "half" is a share without its count ("a third")
    if fp.FRACTION_ALONE_AFTER.match(text[match.end() :]):
        return True
    if (
        (by := _BY_BEFORE.search(text, max(0, match.start() - 40), match.start())) and _CLAUSE_WORD_AFTER.match(text, match.end())
        and _CHANGED_BEFORE.search(text, max(0, match.start() - 80), match.start()) and not _agent_by(text, by.start())
    ):
        return True  # "cut the number of MPs by about one-fifth if they were elected", "fell by half in 2004": a change's
        # size, whatever clause follows (not "by a third party": a noun follows an ordinal)
    # "compared to almost two-thirds in 1999": a fraction whose count is no "a"/"one" (so no ordinal, as
    # in "a third in line") is a share before a preposition or time word too
    words = match.group(0).replace("-", " ").split()
    if len(words) > 1 and words[-1].lower().endswith("s") and _THRESHOLD_AFTER.match(text, match.end()):
        return True  # "a two-thirds majority", "a three-quarters share": a plural fraction before what it measures
    return len(words) > 1 and words[0].lower() not in ("a", "an", "one") and bool(_SHARE_AFTER.match(text, match.end()))


_THRESHOLD_AFTER = re.compile(r"(?i)\s+(?:majority|supermajority|share|stake|cut|reduction|rise|increase|fall|drop|discount|vote|turnout|chance)\b")
"""After a plural fraction used as a modifier: what it is a part of ("a two-thirds majority", "a three-fifths vote")."""


_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)


def _gerund_between(text: str, start: int, end: int) -> bool:
    """A gerund of another verb between a change verb and a figure ("gain citizenship by investing"):
    the figure is what that verb takes, not the change's."""

    lexicon = _tagger().lexicon
    return any(word.endswith("ing") and lexicon.get(word, "") == "VBG" for word in re.findall(r"[a-z]+", text[start:end]))


_UPPER_END_QUALIFIER = re.compile(
    r"(?i)(?:" + patterns.alternation(sorted(fp.QUALIFIERS, key=len, reverse=True)) + r")\s+(?=[$£€¥\d])"
)
"""A hedge before a range's upper end written in digits: the range still runs from the first number to it."""


_LEVEL_REACHED = re.compile(r"(?i)\s+(?:[a-z]+ly\s+)?to\s")
"""After a change verb, "to": the figure after it is the level reached ("rose to an estimated £300m to £400m"), so a
"to" after that figure joins a range, not a change's amount and its level ("rose 5% to $4bn")."""


_MOVED_FROM = re.compile(
    r"(?i)\b(?:went|gone|goes|go|going|moved|moves|move|moving|shifted|shifts|shift|changed|changes|change|swung|swings|swing|switched|"
    r"switches|switch|has\s+gone|had\s+gone)\b[^.;]{0,60}\bfrom\s+(?:(?:about|around|some|nearly|almost|just|roughly)\s+)?(?:the\s+)?[$£€¥]?$"
)
"""A verb of moving with no direction, then "from" right before a figure: "went from 5% to 7%", "has changed from £5 to
£7", "swung from a £2m loss": a change whose direction the two levels give (not "ranged from", "vary from": a range)."""
_MOVE_JOIN = re.compile(r"(?:\s+(?!to\b)[\w'’-]+){0,4}?\s+to\s+(?:(?:about|around|some|nearly|almost|just|roughly)\s+)?(?:the\s+)?")
"""Between the two levels of a move: "to", after at most a short time phrase of the first ("from 5% last year to 7%")."""


_STOP = re.compile(r"\.(?!\d)")
"""A full stop, not a decimal point ("rose 3.1% from 28% to 31%": the verb before "3.1" still governs)."""


def _last_stop(text: str, before: int) -> int:
    """Where the text after the last full stop before `before` starts (0 when there is none)."""
    stops = [m.end() for m in _STOP.finditer(text, max(0, before - 400), before)]
    return stops[-1] if stops else 0


def _range_with(text: str, first: _Reading) -> _Reading | None:
    """A second number joined by "-", "to", "and" or "or" that shares the first one's unit."""
    join = fp.RANGE_JOIN.match(text, first.end)
    if not join:
        return None
    word = join.group(0).strip().lower().strip("-").strip()  # "- to" and "-to-" join as "to"
    between = fp.BETWEEN.search(text[max(0, first.start - 12) : first.start]) or _BETWEEN_AGES.search(text[max(0, first.start - 24) : first.start])
    if word == "and" and not between or word == "or" and (between or first.unit is not None or first.kind != "number"):
        return None  # "17 or 18 percent", "two or three months": a bare number before "or" and a figure is a range
    change = False
    reach = 200 if between and between.group(0).lower().startswith("from") else 60  # ", from 2.18 percent to 2.72 percent" ends a long change clause
    window = max(0, first.start - reach, _last_stop(text, first.start))
    verbs = list(fp.CHANGE_VERB.finditer(text[window : first.start])) if word == "to" else []
    if verbs and (verb := verbs[-1]).group("lvl") is None and (between or not _gerund_between(text, window + verb.end(), first.start)) and (
        between or not _LEVEL_REACHED.match(text, window + verb.end())
    ):
        # "rose 5% to $4bn", "fell from £5m to £4m": the two ends of a change (the nearest verb decides:
        # "those who lost their jobs were making $35,000 to $60,000" is a range, and so is "gain
        # citizenship by investing $500,000 to $1 million")
        change = not between or between.group(0).lower().startswith("from")
    elif word == "to" and between and between.group(0).lower().startswith("from") and _MOVED_FROM.search(text, window, first.start):
        change = True  # "the rate went from 5% to 7%": a move between two levels, its direction theirs
    start = position = join.end()
    hedged = word in ("to", "and") and (upper := _UPPER_END_QUALIFIER.match(text, position)) is not None
    if hedged:
        start = position = upper.end()  # "$500,000 to more than $1 million", "between 5 and nearly 8%": a hedged upper end
    currency = None
    if symbol := symbol_at(text, position):  # "$1.2m to $23.5m"
        currency, position = symbol
    elif hedged and first.kind == "money":
        return None  # "grants of $500 to more than 1,200 students": whom the sums went to, no range of sums
    match = _number_at(text, position)
    if not match or not match.group("digits") and not match.group("words"):
        return None
    value = parse_number(match.group(0))
    if value is None:
        return None
    if match.group("digits") and value <= 31 and fp.DATE_AFTER.match(text[match.end() : match.end() + 40]):
        return None  # "in the 52 weeks to 30 June": a date ends the period, no range "52 weeks to 30"
    second = _Reading(start, match.end(), value, not match.group("digits"))
    _read_tail(text, second, currency or (first.unit if first.kind == "money" else None))
    if change and not (first.kind == "number" and first.unit is None and "age" in second.flags):
        return None  # but "was 17% of 18 to 24 year olds": an age group is no change's end
    if first.kind != "percent" and _PERCENT_AFTER.match(text, second.end):
        return None  # "£50bn - 14% higher": a second figure of its own, not a range
    if second.kind == "number" and second.unit is None:
        _count_noun(text, second)
    if word == "or" and not (second.unit is not None and abs(second.value) > abs(first.value)):
        return None  # "5 or 6", "10 or 2%": no range
    upward_only = word != "and" and not (between and between.group(0).lower().startswith("between"))
    if first.kind == "number" and first.unit is None and second.unit is not None:
        return None if upward_only and abs(second.value) < abs(first.value) else second  # "212,205 to 210,424 votes"
    if upward_only and abs(second.value) < abs(first.value):
        return None  # "leads by 39% to 34%", "62%-32%", "from 80mg to 50mg", "by 297 votes to 203", "from 15-6 down": two
        # figures or a score; a range runs upward
    if second.kind == "number" and second.unit is None and first.unit is not None and word in ("-", "–", "—", "and", "to"):
        second.kind, second.unit, second.per = first.kind, first.unit, first.per
        return second
    if (second.kind, second.unit) == (first.kind, first.unit):
        return second
    return None


_TO_JOIN = re.compile(r"\s+to\s+")
_SIDE_TO_SHARE = re.compile(r"(?i)\s+to\s+\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)")
"""After a number a name comes before: the other side of a share written once ("Clinton leads Trump 46
to 40 percent"), so the number is the first side, not part of a name as "Boeing 757" is."""


def _shares_unit_before(text: str, readings: list[tuple[_Reading, _Reading | None]], start: int) -> bool:
    """The last figure read, no range, is a count, quantity or duration (no age) that ends in "to" right
    before `start`: a bare number there is its other side or end ("by 297 votes to 203")."""
    if not readings or readings[-1][1] is not None:
        return False
    before = readings[-1][0]
    return (
        before.unit is not None and before.kind in ("count", "quantity", "duration") and "age" not in before.flags
        and _TO_JOIN.fullmatch(text, before.end, start) is not None
    )


def _other_end(text: str, first: _Reading) -> _Reading | None:
    """The figure after a bare number and "to", "and", "or" or a comma that is no range with it, whose
    unit the bare number shares: a change's two ends ("rose from 10 to 12 years", "by 25 to 30
    seats"), a comparison's two sides ("won 52 to 38 percent", "212,205 to 210,424 votes") and a
    list's items ("12 and 11 players", "7, 8, 10 percent", "by 5 and 10 percentage points"); None when
    the last has no unit, or is an age group ("17 to 24 year olds", "16 and 17-year-olds") or a date.
    Not past a comma after a name's age ("Smith, 45, 10 years on")."""
    position, hops = first.end, 0
    while hops < 6:
        join = _TO_JOIN.match(text, position) if hops == 0 else None
        join = join or _LIST_JOIN.match(text, position)
        if join is None or join.group(0).lstrip().startswith(",") and (
            _APPOSED_AGE.search(text, max(0, first.start - 6), first.start)
            or hops == 0 and join.group(0).strip() != "," and not _LIST_ITEM_BEFORE.search(text, max(0, first.start - 4), first.start)
        ):
            return None  # (", or £300 where ...": a comma and a conjunction end a list, they open none)
        position = join.end()
        currency = None
        if symbol := symbol_at(text, position):
            if not _TO_JOIN.fullmatch(join.group(0)):
                return None  # "over 60, or £300": no list of bare numbers ends in a sum
            currency, position = symbol
        match = _number_at(text, position)
        if match is None or match.start() != position or _excluded(text, match, parse_number(match.group(0)) or 0.0):
            return None
        second = _read(text, match)
        if second is None or "age" in second.flags:
            return None
        if second.unit is not None and second.kind != "number":
            return second
        if second.kind != "number" or second.unit is not None or currency or _TO_JOIN.match(text, join.start()):
            return None  # a change's or comparison's bare second end: nothing to share
        position, hops = second.end, hops + 1  # "7, 8, 10 percent": a bare item, the unit comes later
    return None


_LIST_JOIN = re.compile(r",?\s+(?:and|or)\s+|,\s+")

_GAP_QUALIFIER = r"(?:(?:about|around|nearly|almost|roughly|some|just|only|over|under|more\s+than|less\s+than|fewer\s+than)\s+)?"
_GAPPED_MEMBER = re.compile(
    r"(?:\s+(?:up|down|in|on|at|for|this|last|next)\b(?:\s+[\w.'’-]+){0,3}?)??"  # the first member's own phrase ("24 seats up in November, Democrats 10")
    r"(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:(?:the|its|their|his|her|our|my)\s+)(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:['’]s?)?)"
    r"|(?:(?P<place>in|at|across|among)\s+)?(?:the\s+)?(?P<name>[A-Z][\w.&-]*(?:['’]s?)?(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w.&-]*(?:['’]s?)?){0,4}))"
    rf"\s+(?:(?P<link>[a-z]+)\s+)?{_GAP_QUALIFIER}"
)
"""Between a figure and a bare number: the next member of a series whose verb is left out after the first
(", Bolt ", " and the bank ", ", the union's ") or repeated ("and Rubio has "), then a qualifier."""
_GAP_LINK_BEFORE = re.compile(rf"\b(?P<link>[a-z]+)\s+{_GAP_QUALIFIER}[$£€]?$")
"""Before a series' first figure: the verb or preposition a later member may repeat ("Cruz has 11", "Cruz at 25")."""
_GAP_END = re.compile(
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|or|but|while|whereas|are|were|is|was|have|has|had|will|would|could|can|may|might|must|should)\b)"
)
"""After a gapped member's number: nothing else written with it (no noun, unit or phrase of its own); the series
may end there or be the subject of the verb after it ("..., the union's 70,000 and Amicus' 20,000 are among them")."""
_SERIES_GOES_ON = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:and|or)\b")
"""After a number read as a member though it looks like part of a name: the series ends or goes on."""
_GAP_KINDS = frozenset({"count", "percent", "percentage_points", "quantity", "duration"})


def _gapped_member(
    text: str, readings: list[tuple[_Reading, _Reading | None]], start: int, end: int, *, bare_after_place: bool = False
) -> _Reading | None:
    """The figure whose kind and unit a bare number takes as a later member of a gapped series: "Acme
    employs 400 people, Bolt 300 and Carter 120", "Cruz at 25 percent and Rubio at 14", "Cruz has 11
    delegates and Rubio has 10". The figure before it (no range; a count, share, quantity or duration,
    no age, no money: a bare sum would lose its scale) is joined to it by a comma or "and", then a name
    or a determined noun, then at most the word written before that figure (its verb or preposition,
    repeated) and a qualifier; nothing is written after the number. None otherwise. With `bare_after_place`, a
    bare number before is a first member too when the later one is set after a preposition and a place ("In Kent
    it was just over 66,000, in Essex just over 59,000 and in Surrey 53,000"): the member is kept, bare like it."""
    if not readings or readings[-1][1] is not None:
        return None
    before = readings[-1][0]
    bare = bare_after_place and before.kind == "number" and before.unit is None and not before.is_word and "age" not in before.flags
    if not bare and (before.kind not in _GAP_KINDS or before.unit is None or before.unit == "fraction" or "age" in before.flags):
        return None
    member = _GAPPED_MEMBER.fullmatch(text, before.end, start)
    if member is None or not _GAP_END.match(text, end) or member.group("name") and fp.MONTHS_ONLY.fullmatch(member.group("name").split()[-1]):
        return None  # (not "in May and June 12": a date)
    if bare and member.group("place") is None:
        return None
    if member.group("link") is not None:
        link = _GAP_LINK_BEFORE.search(text, max(0, before.start - 40), before.start)
        if link is None or link.group("link") != member.group("link"):
            return None  # "killed 49 people and wounded 53": another verb, not the series' own repeated
    return before
_LIST_ITEM_BEFORE = re.compile(r"\d,\s*$")
_APPOSED_AGE = re.compile(r"[A-Za-z.]{2},\s*$")


_CURRENCY_THING = (
    r"(?:(?:US|U\.S\.|American|Japanese|British|Chinese|Indian|Russian|Swiss|Canadian|Australian|New\s+Zealand|Hong\s+Kong|"
    r"Singapore|Mexican)\s+)?(?i:dollar|greenback|euro|pound|sterling|yen|yuan|renminbi|franc|rouble|ruble|rupee|peso|loonie|single\s+currency)"
)
"""A currency named as a thing traded ("the dollar", "the Japanese yen", "Sterling", "the greenback"); not the ones
that are also English words ("won", "real", "rand", "buck")."""
_PER_CURRENCY = re.compile(
    rf"\s+(?P<join>per|to\s+the|against\s+the|versus\s+the)\s+(?P<base>{_CURRENCY_THING})\b(?![-’'])(?!\s+(?:zone|area|store|shop|bills?|coins?|notes?)\b)"
)
"""After an amount: the currency it is the price of ("108.55 yen per dollar", "1.27 dollars to the pound")."""
_CURRENCY_TRADED_AT = re.compile(
    rf"\b(?P<base>{_CURRENCY_THING})(?![-’'])(?:\s+[A-Z]{{3}}=)?(?:\s+(?:was|is|were|has|had|been|last|later|then|also|briefly|still|now|"
    r"stood|standing|trading|traded|trades|rose|fell|climbed|slipped|dropped|gained|firmed|eased|edged|jumped|slid|sank|weakened|"
    r"strengthened|up|down|higher|lower|[\d.]+%|\d[\d.]*\s+(?:per\s?cent|percent)|on\s+the\s+day|a|its|new|low|high|of)){0,6}?"
    r"\s+(?:at|to|bought|buys|buying|fetched|fetches|fetching|worth)\s+"
    r"(?:(?:about|around|nearly|almost|just|over|under|roughly|some|more\s+than|less\s+than)\s+)?$"
)
"""Before an amount: a currency, then only words of its trading, then the amount it stood at, bought or fetched
("the dollar bought 108.55 yen", "the euro at $1.08", "sterling was last trading at $1.2925")."""
_CURRENCY_WORD = re.compile(rf"\b{_CURRENCY_THING}\b(?![-’'])(?!\s+(?:zone|area)\b)")
_RATE_SCALED = re.compile(r"(?i)\d\s?(?:thousand|million|billion|trillion|bn|mn|tn|m|k|b)\b")


def _currency_code(words: str) -> str | None:
    """ISO code of a currency named as a thing: the whole name ("Canadian dollar"), else its last word ("Japanese yen")."""
    last = words.split()[-1]
    return currency_named(words) or currency_named(last) or currency_named(last.lower())


def _exchange_rate(text: str, reading: _Reading) -> tuple[str, str, int] | None:
    """(quote currency, base currency, end) when `reading` is a currency pair's rate: an amount of one currency
    that one of another costs. Written after the amount ("108.55 yen per dollar", "1.27 dollars to the pound",
    "108.55 per dollar" after the yen is named in the sentence) or before it as the currency that stood at, bought
    or fetched it ("the dollar bought 108.55 yen", "the euro at $1.08"). The amount has no scale (a rate is no
    total: not "sold $3bn of euro bonds") and another currency than the one it prices; "per pound" is a weight's."""
    if reading.kind not in ("money", "number") or reading.kind == "number" and (reading.unit is not None or reading.is_word):
        return None
    if reading.per is not None or _RATE_SCALED.search(text, reading.start, reading.end) or scale_pattern().match(text, reading.end):
        return None
    end = reading.end
    if (after := _PER_CURRENCY.match(text, end)) is not None and not (
        after.group("join") == "per" and after.group("base").split()[-1].lower() == "pound"
    ):
        base, end = _currency_code(after.group("base")), after.end()
    elif reading.kind == "money" and (before := _CURRENCY_TRADED_AT.search(text, max(0, reading.start - 90), reading.start)) is not None:
        base = _currency_code(before.group("base"))
    else:
        return None
    quote = reading.unit
    if reading.kind == "number":  # "the yen strengthened ... at 108.55 per dollar": the currency the sentence named before
        clause = text[max(0, reading.start - 150) : reading.start]
        clause = clause[max(clause.rfind(". "), clause.rfind("\n"), clause.rfind(";"), clause.rfind(", and "), clause.rfind(" while ")) + 1 :]
        named = [code for m in _CURRENCY_WORD.finditer(clause) if (code := _currency_code(m.group(0))) is not None and code != base]
        quote = named[-1] if named else None
    if base is None or quote is None or quote == base:
        return None
    return quote, base, end


def extract_figures(text: str) -> list[Figure]:
    """Every figure in one piece of text (a sentence, ideally), with offsets into `text`; a subject
    written as "it" stays unresolved here (`article_figures` carries it over from the sentence before)."""
    found = [_with_meaning(figure, read) for figure, read in _extract(text)]
    return list(yen_or_yuan(_in_points(text, found, [(0, len(text))] * len(found)), text))


_YEN_CUES = re.compile(r"\b(?:yen|Japan|Japan's|Japanese|Tokyo|Osaka|Nikkei|Topix|BoJ)\b")
_YUAN_CUES = re.compile(r"\b(?:yuan|renminbi|RMB|China|China's|Chinese|Beijing|Shanghai|Shenzhen|PBoC)\b")


def yen_or_yuan(figures: Sequence[Figure], context: str) -> tuple[Figure, ...]:
    """The "¥" sign writes both the yen and the yuan: sums written with it are yen when `context` (the
    article) speaks of Japan more than of China ("Japan spent ¥3trn"), and yuan otherwise, as the sign alone reads."""
    if not any(f.unit == "CNY" and "¥" in f.surface for f in figures):
        return tuple(figures)
    if len(_YEN_CUES.findall(context)) <= len(_YUAN_CUES.findall(context)):
        return tuple(figures)
    return tuple(replace(f, unit="JPY") if f.unit == "CNY" and "¥" in f.surface else f for f in figures)


def _with_meaning(figure: Figure, found: meaning.Meaning, **more: Any) -> Figure:
    """The figure with its subject, holder and time (and any `more` fields), in one copy."""
    values: dict[str, Any] = more
    for name in ("subject", "holder", "time"):
        phrase = getattr(found, name)
        if name == "holder" and phrase is not None and (both := _BOTH_PAIR.match(phrase.text)) is not None:
            phrase = meaning.Phrase(phrase.text[both.end() :], phrase.start + both.end(), phrase.end)  # "Both Ann Lee and Sue Day": the pair, not the quantifier
        values[name] = phrase.text if phrase else None
        values[f"{name}_start"] = phrase.start if phrase else None
        values[f"{name}_end"] = phrase.end if phrase else None
    return replace(figure, **values)


_CONNECTIVE = re.compile(r"(?:But|And|However|Meanwhile|Earlier|Later|Now),?\s+")


def _epithet_read(text: str, names: frozenset[str] | None) -> dict[int, meaning.Meaning]:
    """The holders the reader gives a sentence's figures when the description it opens with stands for a
    person named before (the voices' epithet subject, `epithets.epithet_head`: "The Olympic champion went on
    to attempt 5.05m", "The Welsh runner set a best of 1:49.87"): the reader takes a pronoun subject as the
    holder of what its clause does or has, but not a description it does not know as one. Read again with
    "He" for the description; each figure (by its offset in `text`) whose holder is then that pronoun gets
    the description as holder and pointer, for `Names.find` to name. Only when the description ends in its
    epithet noun and a verb follows it ("The Japanese yen strengthened" is no person)."""

    opening = _CONNECTIVE.match(text)
    low = opening.end() if opening else 0
    if not EPITHET_SUBJECT.match(text, low) or not epithet_head(text[low : low + 80]):
        return {}
    words = [w.group(0) for w in re.finditer(r"\S+", text[low : low + 80])]
    lexicon = _tagger().lexicon
    head = next((k for k in range(1, min(6, len(words) - 1)) if (epithet_noun(words[k]) or ranked(words, k)) and str(lexicon.get(words[k + 1], ""))[:2] in ("VB", "MD", "RB")), None)
    if head is None or "," in " ".join(words[: head + 1]) or wanted(" ".join(words[: head + 1])) != ("person", None):
        return {}  # "The Japanese yen strengthened": no epithet heads the subject before its verb
    end = low + len(" ".join(words[: head + 1])) if text[low : low + len(" ".join(words[: head + 1]))] == " ".join(words[: head + 1]) else -1
    if end < 0:
        return {}
    pronoun = "He" if low == 0 else "he"
    shift = end - low - len(pronoun)
    described = meaning.Phrase(text[low:end], low, end)
    held: dict[int, meaning.Meaning] = {}
    for figure, read in _extract(text[:low] + pronoun + text[end:], names):
        who = read.pointer or read.holder
        if who is not None and (who.start, who.end) == (low, low + len(pronoun)):
            held[figure.start + shift] = replace(read, holder=described, pointer=described)
    return held


_FIRST_PERSON_WORD = re.compile(r"(?<![\w'’-])(?:I(?![\w'’-])(?!\s+(?:of|and)\b|,)|(?:[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)(?![\w'’-]))")
"""A first-person word; not an "I" before "of", "and" or a comma ("Part I of the plan", "World War I," are
numerals)."""
_AS_THIRD = {"I": "He", "my": "his", "My": "His", "me": "him", "Me": "Him", "we": "he", "We": "He", "our": "his", "Our": "His", "us": "him", "Us": "Him"}
_THINKING_AFTER = re.compile(
    r"\s+(?:(?:do|did|does|would|will|could|can|should|must|really|still|also|all|certainly|not|n['’]t|don['’]t|didn['’]t)\s+)*"
    r"(?:think|thought|know|knew|believe|believed|expect|expected|estimate|estimated|hope|hoped|reckon|feel|felt|guess|suspect|fear|feared|say|said|want|wanted|need|needed|see|saw|hear|heard|understand|assume|predict|predicted|accept|accepted)\b"
)  # "we think 40% of voters ...", "The pictures I saw of two-story snowdrifts": what is thought or seen is not the speaker's


def _first_person_holders(article: Article, found: list[Figure], names: frozenset[str] | None, article_names: Any) -> list[Figure]:
    """A figure no rule gave a holder, inside a direct quotation whose "I"/"my"/"me" or "we"/"our"/"us"
    holds it ('"We made £5m last year," said Acme's chief executive Ann Lee'; '"In 2005 our waiting time
    will fall to six months"'): the guideline's pronoun resolved to the name the text gives, by the voices
    (`quotes.quotes_of`): "I" is the quotation's speaker; "we" is the body the speaker speaks for (the
    organisation of the speaker's descriptor or of a mention with a role, `holders.speaker_body`), else the
    speaker. Read as the reader reads a third person: the sentence again with "he"/"his"/"him" for the
    quotation's first-person words; a figure whose holder is then one of them takes the voice. A holder the
    rules gave stays, unless it is the speaker and the word "we"/"our"/"us" with a body found for it ('"our
    waiting time will fall to six months," said Ann Lee, chief executive of Acme Trust': the trust). Not a
    share (the opinion of those asked), nor a pronoun before a verb of thinking, saying or seeing ("we think
    40% ..."), a possessive after a preposition or before a person's noun ("in my opinion", "my
    grandmother"), a time ago, or another's words quoted inside the quotation."""
    from .quotes import quotes_of

    candidates: list[tuple[int, Any]] = []  # (figure's index, its first-person word) before the voices are asked
    by_sentence: dict[int, list[int]] = {}
    for k, figure in enumerate(found):
        if figure.sentence >= 0:
            by_sentence.setdefault(figure.sentence, []).append(k)
    for index, ks in by_sentence.items():
        sentence = article.sentences[index]
        if not _FIRST_PERSON_WORD.search(sentence.text):
            continue
        pieces, subs, position, shift = [], [], 0, 0
        for word in _FIRST_PERSON_WORD.finditer(sentence.text):
            third = _AS_THIRD[word.group(0)]
            pieces.append(sentence.text[position : word.start()] + third)
            subs.append((word.start() + shift, word.start() + shift + len(third), word))
            shift += len(third) - len(word.group(0))
            position = word.end()
        pieces.append(sentence.text[position:])
        reread = {f.start: r for f, r in _extract("".join(pieces), names)}
        for k in ks:
            figure = found[k]
            at = figure.start - sentence.start + sum(len(_AS_THIRD[w.group(0)]) - len(w.group(0)) for _, _, w in subs if w.end() <= figure.start - sentence.start)
            read = reread.get(at)
            who = None if read is None or read.share else (read.pointer or read.holder)
            word = next((w for a, b, w in subs if who is not None and (a, b) == (who.start, who.end)), None)
            if word is None or _THINKING_AFTER.match(sentence.text, word.end()):
                continue
            if word.group(0).lower() in ("my", "our") and (
                _PREPOSITION_BEFORE.search(sentence.text, 0, word.start()) or _agentive_next(sentence.text, word.end())
            ):
                continue  # "in my opinion", "where my grandmother was murdered along with a million others": not the speaker's
            if figure.kind != "duration" and word.start() + sentence.start > figure.end and not article.text[figure.end : word.start() + sentence.start].strip():
                continue  # "There's two tries we lost": a relative clause's subject right after the figure is no holder of its object
            if figure.kind == "duration" and re.match(r"\s+ago\b", article.text[figure.end :]):
                continue  # "I started preparing nine months ago": a time ago is no one's
            candidates.append((k, word))
    if not candidates:
        return found
    quotes = [q for q in quotes_of(article) if q.kind == "direct" and q.speaker]
    for k, word in candidates:
        figure = found[k]
        sentence = article.sentences[figure.sentence]
        said = sentence.start + word.start()
        part = next(((q, a, b) for q in quotes for a, b in (q.parts or ((q.start, q.end),)) if a <= figure.start and figure.end <= b and a <= said < b), None)
        if part is None:
            continue  # the word and the figure in one quotation (an author's "we" is nobody the text names)
        quote = part[0]
        inner = article.text.rfind("‘", part[1], figure.start)
        if inner >= 0 and not re.search(r"’(?![a-z])", article.text[inner : figure.start]):
            continue  # '“She said, ‘I had to drive 400 miles’”': another's words inside the quotation
        pronoun = word.group(0).lower()
        if figure.holder is not None:
            if pronoun not in ("we", "our", "us") or quote.speaker_kind != "person" or not re.search(
                rf"(?<![\w'’-]){re.escape(quote.speaker.split()[-1])}$", figure.holder.strip()
            ):
                continue  # the rules' holder stays, unless it is the speaker whose "we" is a body
            holder = holders_module.speaker_body(article.text, quote.speaker, quote.descriptor, article_names(), figure.start)
        else:
            holder = _voice_holder(article, quote, pronoun, figure.start, article_names())
        if holder is not None:
            found[k] = replace(figure, holder=holder.text, holder_start=holder.start, holder_end=holder.end)
    return found


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|with|for|to|from|of|at|by|on|about|under|after|before|into|like)\s+$", re.IGNORECASE)


def _agentive_next(text: str, end: int) -> bool:
    """Whether the word after a possessive at `end` names a person or a body ("my grandmother", "our team"):
    a figure in its clause is that one's, not the speaker's."""
    word = re.match(r"\s+([a-z][\w-]*)", text[end:])
    return word is not None and holders_module.agentive(word.group(1))


def _voice_holder(article: Article, quote: Any, pronoun: str, at: int, holders: Names) -> meaning.Phrase | None:
    """The name a quotation's first-person `pronoun` stands for: its speaker for "i"/"my"/"me" (a person);
    for "we"/"our"/"us" the body the speaker speaks for, or a body that speaks itself, else the speaker. The
    name where the article writes it nearest before `at` (else after)."""
    speaker = quote.speaker
    if quote.speaker_kind not in ("person", "organization") or speaker.lower().startswith(("unnamed", "the ")):
        return None
    if pronoun in ("i", "my", "me") and quote.speaker_kind != "person":
        return None
    if pronoun in ("we", "our", "us") and quote.speaker_kind == "person":
        body = holders_module.speaker_body(article.text, speaker, quote.descriptor, holders, at)
        if body is not None:
            return body
    last = re.escape(speaker.split()[-1])
    if (quote.speaker_as_written or "").strip().lower() in ("he", "she"):
        k = bisect.bisect_left(holders.positions, quote.start)
        person = next((n for n in reversed(holders.names[max(0, k - 12) : k]) if n.kind == "person" and n.end <= quote.start), None)
        if person is None or not re.search(rf"(?<![\w'’-]){last}(?![\w-])", person.text):
            return None  # 'Garcia ... "I make $20 an hour," he said' given to another: "he" is the person named last
    low, high = max(0, quote.start - 600), min(len(article.text), quote.end + 300)
    written = [m for m in re.finditer(rf"(?<![\w'’-])(?:{re.escape(speaker)}|{last})(?![\w-])", article.text[low:high])]
    if not written:
        return None  # a speaker the quotation's neighbourhood does not name ('"I make $20 an hour"' of a voter the voices gave to another)
    before = [m for m in written if low + m.start() < at]
    m = before[-1] if before else written[0]
    return meaning.Phrase(m.group(0), low + m.start(), low + m.end())  # the speaker as the text names it there


def _found_or_role(holders: Names, words: meaning.Phrase) -> meaning.Phrase | None:
    """The name a pronoun or description stands for; a description headed by a role epithet that names no
    one ("The junior champion clocked 44.93 seconds" with no one named before) stays as written, as it did
    before holders.wanted read the voices' epithet roles (voice_patterns.EPITHET_ROLES) as people."""

    found = holders.find(words)
    return found if found is not None or words.text.split()[-1].lower() not in EPITHET_ROLES else words


def _epithet_past_lost_subject(article: Article, described: meaning.Phrase, named: meaning.Phrase) -> bool:
    """Whether a description headed by an epithet ("The Olympic champion", "the Welsh runner") would reach
    back to `named` past a sentence that lost its subject: the BBC pages drop linked names, leaving a
    sentence that opens in lower case or a nationality alone on its line ("Russian / was back on
    record-breaking form ... The Olympic champion set a new world mark"); the description stands for the
    lost one as often, so it names no one (the voices read such a sentence as a name they missed). Nor does a
    role epithet ("the scrum-half") reach a person its own sentence names before it: it is another, as the
    voices read a description (quote_speakers._Speakers._person_described)."""

    words = described.text.split()
    if len(words) < 2 or not epithet_noun(words[-1].rstrip("'’s")):
        return False
    from .quotes import sentence_holding

    sentences = article.sentences
    here, there = sentence_holding(article, described.start), sentence_holding(article, named.start)
    if here is None or there is None:
        return False
    if here == there and words[-1].rstrip("'’s").lower() in vp.EPITHET_ROLES and named.end <= described.start:
        return True  # "when Lee was penalised, the scrum-half's boot cut the deficit": another than the one its sentence names
    for sentence in sentences[there + 1 : here]:
        text = sentence.text.strip()
        if text[:1].islower() or len(text.split()) == 1 and text[:1].isupper():
            return True
    return False


def _excluded_as_zero(known: dict[re.Match[str], str | None], text: str, match: re.Match[str]) -> str | None:
    """`_excluded(text, match, 0.0)`, read once per number: `_extract` asks it up to three times for a
    number `_read` refused (a year, a name's number), and the answer depends on the match alone."""
    if match not in known:
        known[match] = _excluded(text, match, 0.0)
    return known[match]


def _extract(text: str, names: frozenset[str] | None = None) -> list[tuple[Figure, meaning.Meaning]]:
    """Figures and the meaning read for each (offsets into `text`); `names` as `meaning.read` takes them."""
    readings: list[tuple[_Reading, _Reading | None]] = []
    position = 0
    name_end = -1
    markup = [span for tag in _MARKUP.finditer(text) for span in tag.span()] if "<" in text else []
    as_zero: dict[re.Match[str], str | None] = {}  # `_excluded(text, match, 0.0)` per number (`_excluded_as_zero`)
    while (match := number_pattern().search(text, position)) is not None:
        position = max(match.end(), position + 1)
        if markup and bisect.bisect_right(markup, match.start()) % 2:
            continue  # '<tweet timestamp="1474387200">': markup left in pasted text, not the article's words
        if readings and match.start() < max(r.end for pair in readings[-1:] for r in pair if r):
            continue
        if match.group("words") and (capital := _CAPITAL_WORD_INSIDE.search(match.group(0))) is not None:
            # "two Six Nations games": a number word does not run on into a name's capitalized one (was 8 games)
            match = number_pattern().match(text, match.start(), match.start() + capital.start(1)) or match
        if name_end >= 0 and fp.LIST_GAP.match(text[name_end : match.start()]):
            name_end = match.end()  # "Key Stages 1, 3 and 4": the list goes on
            continue
        if match.group(0)[:1] in "-−" and (text[match.start() - 1 : match.start()] == "%" or text[max(0, match.start() - 2) : match.start()] == "+/"):
            match = _number_at(text, match.start() + 1)  # "62%-32%", "+/-3 points": a joined figure or a margin, not minus 32
            if match is None:
                continue
        if match.group("digits") and (height := _FEET_INCHES.match(text, match.start())) is not None:
            feet, inches = int(height.group("feet")), int(height.group("inches"))
            if inches < 12:  # "he is 6'3\" tall", "she's 5’2”": one height, in inches
                readings.append((_Reading(match.start(), height.end(), float(feet * 12 + inches), False, "quantity", "inch"), None))
                position = height.end()
                continue
        if match.group("digits") and _inch_mark(text, match):
            readings.append((_Reading(match.start(), match.end() + 1, float(parse_number(match.group(0)) or 0.0), False, "quantity", "inch"), None))
            position = match.end() + 1
            continue  # '65" TV', 'measures 22" long': inches, as 6'3" is
        if (proportion := _proportion(text, match.start())) is not None and not _excluded_as_zero(as_zero, text, match):
            readings.append((proportion, None))
            position = proportion.end
            continue
        if match.group("digits") and (slash := _SLASHED.match(text, match.start())) is not None:
            position = slash.end()
            if (fraction := _slashed_fraction(text, slash)) is not None:
                readings.append((fraction, None))
                position = fraction.end
            continue  # "9/11", "24/7", "3/4/2016": a name or a date, no figure
        reading = _read(text, match)
        if reading is None and match.group("words") and (value := parse_number(match.group(0))) not in (None, 1) and _shares_unit_before(text, readings, match.start()):
            reading = _Reading(match.start(), match.end(), float(value), True)  # "cutting six regiments to five": a number word the unit before counts
        if reading is None and match.group("digits") and _excluded_as_zero(as_zero, text, match) == "part of a name" and (
            first := _gapped_member(text, readings, match.start(), match.end(), bare_after_place=True)
        ) is not None and fp.NAME_BEFORE.search(text, max(0, match.start() - 24), match.start()) and (
            _SERIES_GOES_ON.match(text, match.end()) or re.search(r"['’]s?\s+$", text[max(0, match.start() - 4) : match.start()])
        ):
            value = parse_number(match.group(0)) or 0.0  # "Acme employs 400 people, Bolt 300": a member's figure, not a name's number
            # (a possessor's may lead into the verb, "Rivermen' 700 will vote"; but not "and Windows 10 was a hit")
            reading = _Reading(match.start(), match.end(), float(value), False, first.kind, first.unit, first.per)
            if first.unit is None:
                reading.flags.append("unit_missing")  # "..., in Wales just over 59,000 and in Scotland 53,000": bare like the member before
        if reading is None and match.group("words") and match.group(0)[:1].islower() and (value := parse_number(match.group(0))) not in (None, 1) and (
            (why := _excluded(text, match, value)) is None
            or why == "part of a name" and fp.NAME_BEFORE.search(text, max(0, match.start() - 24), match.start())
        ) and (first := _gapped_member(text, readings, match.start(), match.end())) is not None:  # "Cruz has 11 delegates, ..., Kasich has five": a member written in words, its noun left out like the others'
            reading = _Reading(match.start(), match.end(), float(value), True, first.kind, first.unit, first.per)
        if reading is None:
            if match.group("digits") and _excluded_as_zero(as_zero, text, match) == "part of a name":
                name_end = match.end()
            continue
        name_end = -1
        if reading.per is not None and reading.per[:1].isdigit() and " " not in reading.per:
            reading.per = _base_named_before(readings, reading.per)  # "879 per 100,000" after "1,057 per 100,000 people"
        if reading.per is not None and reading.per[:1].isdigit() and readings and _bare_end_before(text, readings[-1], reading.start):
            before = readings[-1][0]  # "fell from 7.5 to 6.1 per 1,000 live births": the first end is per the same base
            before.kind, before.per, before.flags = reading.kind, reading.per, [f for f in before.flags if f != "unit_missing"]
        if reading.kind == "number" and not reading.unit and _SCORE_DASH_BEFORE.search(text[max(0, reading.start - 2):reading.start]):
            continue  # the "0" of "Madrid's 4-0 win": the end of a score whose start was not read as a figure
        if reading.kind == "number" and reading.unit is None and "age" not in reading.flags and _shares_unit_before(text, readings, reading.start):
            # "by 297 votes to 203", "from 24 weeks to 20", "36 holes to 18": the second side or end in the first one's unit
            before = readings[-1][0]
            reading.kind, reading.unit, reading.per = before.kind, before.unit, before.per
            reading.flags = [f for f in reading.flags if f != "unit_missing"]
        second = _range_with(text, reading)
        if second is None and reading.kind == "number" and reading.unit is None and not _ages_before(text, reading) and (
            other := _other_end(text, reading)
        ) is not None:  # (not "won the by-election aged 21 and 144 days": an age in years)
            if other.kind == "money":  # "from 2 to $3bn": the bare end in the other end's scale
                reading.value *= _scale_of(text, other)
            reading.kind, reading.unit, reading.per = other.kind, other.unit, other.per
            reading.flags = [f for f in reading.flags if f != "unit_missing"]
        if second is not None:
            if reading.kind == "number" and reading.unit is None:
                if second.kind == "money" and reading.kind != "money":
                    reading.value *= _scale_of(text, second)
                reading.kind, reading.unit, reading.per = second.kind, second.unit, second.per
                if "age" in second.flags and "age" not in reading.flags:
                    reading.flags.append("age")  # "18-24 year olds": both ends are ages
                reading.flags = [f for f in reading.flags if f != "unit_missing"]
            if reading.kind == "number" and not reading.unit and (
                _ages_before(text, reading) or _AGE_GROUP_AFTER.match(text, second.end)
            ):
                reading.kind, reading.unit = "duration", "year"  # "voters ages 18 to 39", "those aged 18-24", "the 18-24 age group": an age range
                reading.flags = [f for f in reading.flags if f != "unit_missing"] + ["age"]
            elif reading.kind == "number" and not reading.unit and (
                not fp.BETWEEN.search(text[max(0, reading.start - 12) : reading.start]) or _score_from(text, reading, second)
            ) and not (text[reading.end - 1] in "kK" and text[second.end - 1] in "kK"):
                second = None  # "6-2": a score, not a range (but "pays 25k-30k" is one of thousands)
            if reading.kind == "number" and not reading.unit and "unit_missing" not in reading.flags:
                reading.flags.append("unit_missing")
        if second is not None and reading.per is None and second.per is not None and (reading.kind, reading.unit) == (second.kind, second.unit):
            reading.per = second.per  # "£300m to £400m a year": the rate after the upper end is both ends'
        if second is None and reading.kind == "number" and reading.unit is None and (shared := _suspended_age(text, reading.end)) is not None:
            reading.kind, reading.unit = "duration", shared  # "three and four-year-olds": an age, its noun written once after the second
            reading.flags = [f for f in reading.flags if f not in ("unit_missing", "age")] + ["age"]
        if second is None and reading.kind == "number" and reading.unit is None and (shared_unit := _suspended_compound(text, reading.end)) is not None:
            reading.kind, reading.unit, reading.per = shared_unit.kind, shared_unit.unit, shared_unit.per  # "2- and 3-bedroom homes"
            reading.flags = [f for f in reading.flags if f != "unit_missing"]
        if second is None and reading.kind == "number" and reading.unit is None and "age" not in reading.flags and (
            first := _gapped_member(text, readings, reading.start, reading.end)
        ) is not None:  # "Cruz at 25 percent and Rubio at 14": the series' first member's kind and unit
            reading.kind, reading.unit, reading.per = first.kind, first.unit, first.per
            reading.flags = [f for f in reading.flags if f != "unit_missing"]
        if second is None and (rate := _exchange_rate(text, reading)) is not None:
            reading.kind, reading.unit, reading.per, reading.end = "money", rate[0], rate[1], rate[2]  # "108.55 yen per dollar": a currency pair's rate
            reading.flags = [f for f in reading.flags if f != "unit_missing"]
        if second is not None and (factor := _range_scale(text, second)) > 1 and _range_scale(text, reading) == 1 and reading.value * factor <= second.value:
            reading.value *= factor  # "£2-3m", "2.5-3.5 million people": the scale written once is both ends' (not "500 to 2 million")
        if second is None and reading.kind == "number" and not reading.unit and _ages_before(text, reading):
            reading.kind, reading.unit = "duration", "year"  # "adults aged 18 or over", "died at the age of 92": an age
            reading.flags = [f for f in reading.flags if f != "unit_missing"]
            if not _AGE_LIMIT_BEFORE.search(text, max(0, reading.start - 40), reading.start):
                reading.flags.append("age")  # (but "the voting age to 16" is a limit in years, whose subject is the limit, no one's age)
        if second is None and reading.kind == "number" and not reading.unit and _appositive_age(text, reading):
            reading.flags.append("age")  # "Tom Lee, 30, said": his age, its noun left unsaid (still `unit_missing`)
        if second is None and reading.unit == "foot" and (inches := _INCHES_AFTER_FOOT.match(text, reading.end)) is not None:
            reading.value = reading.value * 12 + int(inches.group("inches"))  # "the 6-foot-4 guard": 76 inches
            reading.unit, reading.end = "inch", inches.end()
        if second is None and reading.kind in ("duration", "quantity") and (join := _CLOCK_JOIN.match(text, reading.end)) and (
            (part := _number_at(text, join.end())) is not None and (smaller := _read(text, part)) is not None
            and (reading.unit, smaller.unit) in _CLOCK_PARTS and not _DISTANCE_WORD_AFTER.match(text, smaller.end)
            and (reading.kind == "duration" or "," not in join.group(0) and smaller.value < _PARTS_PER.get(smaller.unit, 60))
        ):  # "two minutes, 35.39 seconds": one duration, in the smaller unit (not "two hours. 30 minutes later"); a height or
            # weight only unbroken and in range ("6ft 6in", not "3ft, 6in and 2in sizes" or "6ft 14in")
            reading.value = round(convert(reading.value, reading.unit, smaller.unit) + smaller.value, 6)  # 107.96, not 107.96000000000001
            reading.unit, reading.end = smaller.unit, smaller.end
        if second is None and reading.unit == "fraction" and (whole := _OF_ONE_PERCENT.match(text, reading.end)) is not None:
            points = whole.group("unit").lower().startswith("percentage")
            reading.kind, reading.unit = ("percentage_points", "percentage_point") if points else ("percent", "%")
            reading.end, reading.flags = whole.end(), [f for f in reading.flags if f != "unit_missing"]
        if second is None and _SCORE_DASH_AFTER.match(text[reading.end :]) and reading.kind == "number":
            position = _skip_score(text, reading.end)
            continue
        if second is None and reading.kind == "number" and reading.unit is None and not reading.is_word and (
            _TALLY_VERB_BEFORE.search(text, max(0, reading.start - 30), reading.start) and _TALLY_TO_AFTER.match(text, reading.end)
        ):
            position = _skip_score(text, reading.end)
            continue
        readings.append((reading, second))
        position = max(position, (second or reading).end)
    figures: list[Figure] = []
    for reading, second in readings:
        end = (second or reading).end
        low = max(0, reading.start - 40)
        qualifier = fp.QUALIFIER.search(text[low : reading.start])
        hedged = low + qualifier.start("q") if qualifier and _change_reads_past(text, low + qualifier.start("q"), qualifier.group("q")) else reading.start
        figures.append(
            Figure(
                surface=text[reading.start : end],
                start=reading.start,
                end=end,
                kind=reading.kind,
                value=float(reading.value),
                unit=reading.unit,
                per=reading.per,
                qualifier=qualifier.group("q").lower() if qualifier else None,
                low=float(reading.value) if second else None,
                high=float(second.value) if second else None,
                change=_change(text, hedged, end, reading.kind),
                flags=tuple(reading.flags) + (("age",) if _years_old(text, reading, second, end) else ()),
            )
        )
    if not figures:
        return []
    for k in range(len(figures) - 1):  # "the rate went from 5% to 7%": the direction the two levels give
        a, b = figures[k], figures[k + 1]
        if a.change is None and b.change is None and (a.kind, a.unit, a.per) == (b.kind, b.unit, b.per) and a.low is None and b.low is None and (
            a.value != b.value and _MOVE_JOIN.fullmatch(text, a.end, b.start) and _MOVED_FROM.search(text, max(0, a.start - 90), a.start)
            and not (a.unit == "meter" and f"{a.value:g}" in _EVENT_DISTANCES and f"{b.value:g}" in _EVENT_DISTANCES)  # "moved from 400m to 200m": events
        ):
            direction = "increase" if b.value > a.value else "decrease"
            figures[k], figures[k + 1] = replace(a, change=f"{direction} from"), replace(b, change=f"{direction} to")
    meanings, _ = meaning.read(text, [_as_read(text, f) for f in figures], names)
    figures = [  # flagged after the reading, which the flag does not concern
        replace(f, flags=(*f.flags, "event")) if f.unit in _LENGTH_UNITS and _names_event(text, f.start, f.end) else f for f in figures
    ]
    for k in range(len(figures) - 1):  # "from his favoured 400m to 200m", "from the 800m to the 1500m": the event it moved to or from
        a, b = figures[k], figures[k + 1]
        if ("event" in a.flags) != ("event" in b.flags) and a.unit in _LENGTH_UNITS and b.unit in _LENGTH_UNITS and (
            _EVENT_LEN.fullmatch(text, a.start, a.end) and _EVENT_LEN.fullmatch(text, b.start, b.end) and _EVENT_JOIN.fullmatch(text, a.end, b.start)
        ):
            other = k if "event" in b.flags else k + 1
            figures[other] = replace(figures[other], flags=(*figures[other].flags, "event"))
    return list(zip(figures, meanings))


def _scale_of(text: str, reading: _Reading) -> float:
    match = _number_at(text, reading.start) or _number_at(text, reading.start + 1)
    if not match:
        return 1.0
    base = parse_number(match.group(0)) or 1.0
    return reading.value / base if base else 1.0


_SCALE_WORD_END = re.compile(r"(?i)\s(?P<scale>thousand|million|billion|trillion)$")


def _range_scale(text: str, reading: _Reading) -> float:
    """The scale a range's end is written with: "3m", "3 million", "three million" (1e6), "3" (1)."""
    match = _number_at(text, reading.start) or _number_at(text, reading.start + 1)
    if match is not None and match.group("words") and (word := _SCALE_WORD_END.search(match.group(0))) is not None:
        return scale_value(word.group("scale"))[0]
    return _scale_of(text, reading)


_SCORE_STATE_AFTER = re.compile(r"\s+(?:down|up|behind|ahead)\b")
"""After a score: how the side stood ("from 0-40 down", "from 2-0 up")."""


def _score_from(text: str, low: _Reading, high: _Reading) -> bool:
    """Two bare numbers joined by a hyphen after "from" that are a score, not a range: level ends ("from 3-3 in the
    second set": no range has equal ends) or a side's standing after them ("came from 0-40 down")."""
    return text[low.end : high.start] in ("-", "–") and (low.value == high.value or _SCORE_STATE_AFTER.match(text, high.end) is not None)


def _skip_score(text: str, position: int) -> int:
    match = re.match(r"(?:[-–]|-to-|\s+to\s+)\d+(?:[-–]\d+)*", text[position:])
    return position + (match.end() if match else 1)


@per_text
def _written_as_noun(text: str, word: str) -> bool:
    """The text writes `word` (an adjective of nationality) as a noun after "the" somewhere ("the Irish
    were", "the French, who"): a people or a team. Once per text and word: a long text is read once."""
    return re.search(
        rf"\b[Tt]he\s+{re.escape(word)}(?=\s*[.,;:!?)]|\s+(?:in|on|at|of|and|or|who|are|were|have|had|will|would|to|for|with|from|by)\b)", text
    ) is not None


def _names_a_person(names: Names, holder: meaning.Phrase) -> bool:
    """The holder a "he" or "she" was carried to is a person: a person's name as the article's names read it there (or,
    where they name nothing there, as the name lexicon reads its words), or a common noun ("the former minister");
    not a club, a company or a place ("Leeds United", "Acme Corp")."""
    if holder.text[:1].islower():
        return True
    kind = names.kind_at(holder.start, holder.end)
    return (kind_of(holder.text) if kind is None else kind) == "person"


class _NamesOnDemand:
    """An article's `Names` read only when a rule first looks inside them: `titled_person` and `members_body`
    most often answer from the holder's or subject's own words, and reading every name of the article
    for them alone is most of the cost of an article that needs no name looked up."""

    __slots__ = ("_read", "text")

    def __init__(self, read: Callable[[], Names], text: str) -> None:
        self._read = read
        self.text = text  # the text the names are read from, as `Names.text`: no reading needed to scan it

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read(), name)


def article_figures(article: Article) -> tuple[Figure, ...]:
    """The figures of every body sentence, with sentence and paragraph indices; a subject or holder
    written as "it"/"its" is the previous sentence's topic; a figure whose sentence names no holder
    in its structure is held by the nearest person, group, place or pair named before it."""
    found: list[Figure] = []
    last: dict[str, tuple[int, meaning.Phrase]] = {}  # the latest subject of a share and of a count
    headline = article.text[article.headline.start : article.headline.end] if article.headline else ""
    names = article_capitals("\n".join(s.text for s in article.sentences), headline)  # a headline's capitals count only when it is in sentence case
    holders: Names | None = None
    people: Names | None = None
    opinion_end = 0  # where the first share with a holder of the latest such sentence ends
    firsts: dict[int, int] = {}  # where each sentence's figures start in `found` (the sentence before's, for a continued subject)

    def article_names() -> Names:
        nonlocal holders
        holders = holders or people or Names(article.text, [s.start for s in article.sentences], names)  # one reading of the article's names
        return holders

    article_named: frozenset[tuple[str, str]] | None = None

    def named_numbers() -> frozenset[tuple[str, str]]:
        """The (number, noun) pairs the whole article shows to be names, read once."""
        nonlocal article_named
        article_named = _article_named_numbers(article.text) if article_named is None else article_named
        return article_named

    def names_aside() -> Names:
        """The article's names, read without keeping them as `holders` (whose presence changes how the
        nearest name before a figure is read), for a rule that only looks a name up."""
        nonlocal people
        people = people or holders or Names(article.text, [s.start for s in article.sentences], names)
        return people

    names_later = _NamesOnDemand(names_aside, article.text)  # for a rule that most often answers before it looks a name up

    for sentence in article.sentences:
        if not may_hold_number(sentence.text):
            continue
        if _ITEM_NUMBER.fullmatch(sentence.text) and (following := sentence.index + 1) < len(article.sentences) and (
            article.sentences[following].paragraph == sentence.paragraph
        ):
            continue  # "1. Cut taxes": the segmenter's sentence "1." numbers the item its paragraph goes on with
        first_here = len(found)  # this sentence's figures start here
        firsts[sentence.index] = first_here
        carried_in, own_group = last.get("percent"), None  # the group shares were of before this sentence; this one's first
        extracted = _extract(sentence.text, names)
        if any(figure.kind in ("count", "number") and (lead := _LEAD_DIGITS.match(figure.surface)) for figure, _ in extracted):
            extracted = [  # "529 college savings plans" where another sentence says "a 529 plan": a name's number
                (figure, read) for figure, read in extracted
                if not (figure.kind in ("count", "number") and (lead := _LEAD_DIGITS.match(figure.surface))
                        and _named_number(article.text, sentence.start + figure.start, sentence.start + figure.start + lead.end(), named_numbers()))
            ]
        extracted = [  # a bare age between commas is one only after a person's name ("Tom Lee, 30,"; not "Finally, 30,")
            (replace(figure, flags=tuple(f for f in figure.flags if f != "age")), read)
            if "age" in figure.flags and "unit_missing" in figure.flags
            and _person_before_age(names_later, sentence.start, sentence.text, figure.start) is None else (figure, read)
            for figure, read in extracted
        ]
        topic: meaning.Topic | None | bool = False
        as_pronoun: dict[int, meaning.Meaning] | None = None  # the sentence read with its epithet subject as "He"
        for figure, read in extracted:
            epithet_subject = False
            if read.pointer is None and (read.holder is None or read.holder.end <= 80):
                if as_pronoun is None:
                    as_pronoun = _epithet_read(sentence.text, names)
                epithet_subject = (epithet := as_pronoun.get(figure.start)) is not None and (read.holder is None or (
                        epithet.holder is not None and epithet.holder.start <= read.holder.start and read.holder.end <= epithet.holder.end
                        and (read.holder.start, read.holder.end) != (epithet.holder.start, epithet.holder.end)))  # the reader's own description stays its
                if epithet_subject and epithet is not None and epithet.holder is not None:
                    # "The Olympic champion went on to attempt 5.05m" (read as "Olympic", a word of the description, or no one):
                    # only when the description names someone here; else the reader's reading goes on as it was
                    described = epithet.holder.shifted(sentence.start)
                    named = article_names().find(described)
                    if named is not None and not _epithet_past_lost_subject(article, described, named):
                        read = replace(read, holder=epithet.holder, pointer=epithet.pointer, carry=epithet.carry, carry_holder=epithet.carry_holder)
            read = read.shifted(sentence.start)
            it_share = False
            if read.subject is not None and figure.kind in ("money", "quantity") and any(
                "age" in other.flags and sentence.start + other.start <= read.subject.start and read.subject.end <= sentence.start + other.end
                for other, _ in extracted
            ):  # "18 to 21 year olds will be paid £4.25": an age group is who is paid, not what the amount measures
                read = replace(read, subject=None, holder=read.holder or read.subject)
            opinion = read.share or read.carry == "share" or figure.kind == "percent" and _OPINION_AFTER.match(sentence.text, figure.end) is not None and (
                _CLAUSE_OPENS.search(sentence.text, 0, figure.start) is not None
            )  # "32% said ...": a share of those polled; also one opening a clause after a dash ("Among men the two are closer - 57 percent see X negatively")
            if read.holder is not None and (report := report_after(article.text, read.holder.end)) is not None and not (
                read.subject is not None and report in read.subject.text
            ):
                read = replace(read, holder=None, pointer=None)  # "A National Audit Office report ... says costs rose £1.7bn": a source
            elif read.holder is not None and authors_report(article.text, read.holder.start):
                read = replace(read, holder=None, pointer=None)  # "A 2014 study by Justin Levitt found 31 incidents": its author is a source
            elif read.holder is not None and read.holder.text.split()[-1].lower() in _COUNTING_BODIES and _COUNTS_AFTER.match(article.text, read.holder.end):
                read = replace(read, holder=None, pointer=None)  # "German police reported 906 attacks": what the police counted, not theirs
            elif read.holder is not None and sentence.start + figure.end <= read.holder.start < sentence.end and read.holder.text.split()[-1].lower() in fp.POLL_NOUNS | {"surveys", "study"}:
                read = replace(read, holder=None, pointer=None)  # "86 percent of black voters in a recent Gallup survey": the source, not whose
            elif read.holder is not None and sentence.start + figure.end <= read.holder.start < sentence.end and _AT_BEFORE.search(
                article.text, max(sentence.start, read.holder.start - 8), read.holder.start
            ) and read.holder.text.split()[-1].lower() in _EVENT_HEADS:
                # "won the women's 5,000m at the Boston Indoor Games": when, not whose ("£153m at the Foreign Office" is the office's)
                read = replace(read, holder=None, pointer=None)
            elif (who := read.holder or read.pointer) is not None and sentence.start <= who.start and who.end <= sentence.start + figure.start and speaker_of_other(
                article.text, who.end, sentence.start + figure.start, sentence.end
            ):
                # "The Foreign Office says 41 Britons died", "He said the £50 million allocated from the department": who says is a source
                read = replace(read, holder=None, pointer=None, carry=None if read.carry in _PERSON_CARRIES else read.carry)
            elif read.holder is not None and holders_module.as_reported(article.text, sentence.start, read.holder):
                read = replace(read, holder=None, pointer=None)  # "As The Post's Abby Phillip documented, more than a dozen governors": a source
            elif read.holder is not None and holders_module.estimated_by(article.text, sentence.start + figure.end, read.holder.start):
                read = replace(read, holder=None, pointer=None)  # "worth less than the $36.5 billion estimated by Forbes": a source
            if read.holder is not None and names_nothing(read.holder.text):
                read = replace(read, holder=None, pointer=None)  # "in December and January in the two states", "In April": a date names no one
            if read.holder is not None and read.holder.text.lower() in _TIME_OWNERS:
                read = replace(read, holder=None, pointer=None)  # "a season's best of 7.48": a time owns nothing
            if read.holder is not None and read.holder.text.lower().split()[-1] in _CATEGORY_OWNERS and article.text[read.holder.end : read.holder.end + 2] in ("'s", "’s", "s'", "s’"):
                read = replace(read, holder=None, pointer=None)  # "the men's 800m", "the women's team title": a category of event, not its holder
            if read.holder is not None and _demonym(read.holder.text):
                # "Turkish-American donations": a people's adjective names no holder as written; "English local authorities": the bodies do
                read = replace(read, holder=demonym_body(article.text, read.holder), pointer=None)
            if read.holder is not None and read.pointer is None and _NAME_GOES_ON.match(article.text, read.holder.end):
                known = names_aside()  # "The fiscally conservative Club for Growth Action": the whole name, not "conservative Club"
                k = bisect.bisect_right(known.positions, read.holder.end) - 1
                if k >= 0 and (whole := known.names[k]).start >= read.holder.start and whole.end > read.holder.end and not re.search(
                    r"[A-Z]", article.text[read.holder.start : whole.start]
                ) and _common_head(read.holder.text):  # not "Abebe Dinkessa" of "Abebe Dinkessa of Ethiopia": a person and a place
                    read = replace(read, holder=meaning.Phrase(whole.text, whole.start, whole.end))
            pointed = read.pointer is not None  # "he strengthened his claims by kicking 28 points": someone, if unnamed
            if opinion and read.holder is not None and read.subject is not None and (
                read.subject.start <= read.holder.start < read.subject.end
                or read.holder.end <= read.subject.start and not article.text[read.holder.end : read.subject.start].strip()
            ):
                read = replace(read, holder=None, pointer=None)  # "46 percent of Republican voters": the group's kind, not its owner
            following = [f.start for f, _ in extracted if f.start > figure.start]
            high = sentence.start + (min(following) if following else len(sentence.text))
            if opinion and read.holder is None and read.pointer is None and (
                _MAY_NAME.search(article.text, sentence.start + figure.end, high) or sentence.text.lstrip("\"“'‘ ").startswith(("For ", "But for ", "And for "))
                or ":" in sentence.text[: figure.start] or " for the " in article.text[sentence.start + figure.end : high]
            ):
                # "74 percent have a favorable view of Clinton", "64 percent call him competent": a share of
                # those polled is the support of the candidate its clause is about
                holders = article_names()
                if (about := holders.opinion_about(sentence.start + figure.end, high)) is not None:
                    read = replace(read, holder=about, pointer=about if about.text.lower() in ("he", "she", "him", "her") or about.text.startswith("the ") else None)
                    if read.subject is not None and read.subject.end <= sentence.start + figure.start and read.subject.text[:1].isupper() and (
                        holders.kind_at(read.subject.start, read.subject.end) == "person" or (read.subject.start, read.subject.end) == (about.start, about.end)
                    ):
                        read = replace(read, subject=None)  # "For Lee, a majority of voters, 56%": a person read as the subject measures nothing
            if figure.kind in ("percent", "number") and _MAY_VIEW.search(sentence.text, 0, figure.start) and may_view(sentence.text, figure.start):
                holders = article_names()
                if (viewed := holders.viewed_by(sentence.start, sentence.start + figure.start)) is not None:
                    # "Clinton, who's viewed as honest by 55 percent", "Johnson supported by an average of 13 percent"
                    read = replace(read, holder=viewed, pointer=viewed if viewed.text.lower() in ("he", "she", "him", "her") else None)
            subject = read.subject
            if subject is not None and read.holder is None and subject.text[:1].isupper() and subject.text in article.text[subject.start : subject.end]:
                # "Trump rose 1 point": a subject the article names as a person holds the figure, measuring nothing named
                holders = article_names()
                if (owner := subject_possessor(subject)) is not None:
                    read = replace(read, holder=owner)  # "Statista estimates LinkedIn's active monthly users at 100 million"
                elif holders.kind_at(subject.start, subject.end) in ("person",):
                    read = replace(read, subject=None, holder=subject)
                elif not opinion and not meaning.instrument(subject.text) and (owner := holders.name_opening(subject.start, subject.end)) is not None:
                    read = replace(read, holder=owner)  # "Home Office spending", "Acme Corp profits": the name that modifies the thing owns it
                elif not opinion and holders.kind_at(subject.start, subject.end) in ("group", "name") and subject.end <= sentence.start + figure.start and name_acting(
                    article.text, subject.end, sentence.start + figure.start
                ):
                    read = replace(read, subject=None, holder=subject)  # "Our Principles PAC, a group set up to ..., took in $4.8 million"
            if read.pointer is not None and read.pointer.text.lower() in ("it", "its"):
                if topic is False:
                    topic = _topic_before(article, sentence.index, names)
                if topic and topic.holder is None and topic.subject.text[:1].islower() and wanted(topic.subject.text) is None and not (
                    _OWNED_BEFORE.search(article.text, max(0, topic.subject.start - 8), topic.subject.start)
                ):  # "Acme said its revenue rose 5%. Its profit ...": the thing before was itself its owner's
                    # "Such a pipeline ... its construction": "its" is the thing the sentence before was about
                    read = replace(read, holder=None, pointer=None, carry=None if read.carry_holder else read.carry, carry_holder=False)
            if (own := _possessive_before(article.text, sentence.start, sentence.start + figure.start)) is not None and not (
                "age" in figure.flags and read.holder is not None and read.holder.text[:1].isupper()  # "his 17-year-old daughter, Ellie": the age is Ellie's
            ) and (
                own.text[:1].isupper() and own.text.lower() not in fp.POSSESSIVE_PRONOUNS or read.carry is None and not opinion
            ):
                # "his 3000 euros (£2,060) punishment", "to her 35 percent", "to Clinton's 46 percent": the
                # figure's own possessor outranks whatever else the clause names
                if own.text.lower() in fp.POSSESSIVE_PRONOUNS:
                    holders = article_names()
                    kept = read.holder is not None and (
                        own.text.lower() in ("its", "their") or holders.kind_at(read.holder.start, read.holder.end) == "person"
                    )  # "Mr Smith withdrew his £25m offer": the clause already names who "his" is
                    read = read if kept else replace(read, holder=None, pointer=own)
                else:
                    read = replace(read, holder=own, pointer=None)
            if read.pointer is None and read.holder is None and read.carry in ("he", "she", "his", "her") or read.carry_holder and read.pointer is None and read.carry in ("they", "their"):
                # "And he ran 20.13secs": a person is whose the figure is, never what it measures
                said = [m for m in re.finditer(rf"\b{read.carry}\b", article.text[sentence.start : sentence.start + figure.start], re.I)]
                if said:
                    where = meaning.Phrase(said[-1].group(0), sentence.start + said[-1].start(), sentence.start + said[-1].end())
                    read = replace(read, pointer=where, carry_holder=True)
            if read.pointer is None and read.holder is not None and (
                read.holder.text.lower() in fp.PERSONAL_PRONOUNS | fp.POSSESSIVE_PRONOUNS | {"him", "them"} or wanted(read.holder.text) is not None
            ):
                read = replace(read, pointer=read.holder)  # a pronoun or description read by a path that left it unnamed
            elif read.pointer is None and read.holder is not None and " " not in read.holder.text and no_name(read.holder.text):
                read = replace(read, holder=None)  # "That's 33,000 people a year": a word that is never a name holds nothing
            elif read.holder is not None and read.pointer is None and (described := description_of(article.text, read.holder)) is not None:
                # "the state's turnout", "the Ohio governor earned": a description, or a person named after a role
                read = replace(read, pointer=described) if wanted(described.text) is not None else replace(read, holder=described)
            if read.holder is not None and read.holder.text[:1] in "TtAaHhIi" and " " in read.holder.text and (
                _APPOSED_NAME.match(article.text, read.holder.end)
                or (run := described_run(article.text, read.holder.end)) is not None and _APPOSED_NAME.match(article.text, run)
                or _NAME_APPOSED.search(article.text, max(0, read.holder.start - 40), read.holder.start)
            ):
                holders = article_names()
                if (named := holders.apposed(read.holder)) is not None:  # "His super PAC, Right to Rise, is paying $375"
                    read = replace(read, holder=named, pointer=None)
            if read.pointer is not None and " " in read.pointer.text.strip() and _OF_MEMBERS.match(article.text, read.pointer.end):
                read = replace(read, holder=None, pointer=None)  # "the group of voters making $100,000": a kind of people, not a body named before
            if read.pointer is not None:  # "his", "the club": the name they stand for
                holders = article_names()
                if (named := holders.find(read.pointer)) is not None and _epithet_past_lost_subject(article, read.pointer, named):
                    read = replace(read, carry=None if read.carry_holder else read.carry, carry_holder=False)  # the description as written
                elif named is not None:
                    carry = None if read.carry_holder else read.carry
                    read = replace(read, holder=named, carry=carry, carry_holder=False)
                elif (teller := _teller(article.text, sentence.start, read.pointer)) is not None:
                    # "The campaign said it had $20m in the bank": no name for "it", but the body that says so
                    carry = None if read.carry_holder else read.carry
                    read = replace(read, holder=teller, carry=carry, carry_holder=False)
                elif read.holder is not None and read.holder.text.lower() in fp.POSSESSIVE_PRONOUNS | fp.PERSONAL_PRONOUNS | {"i", "my", "me", "him", "them"}:
                    read = replace(read, holder=None)  # a pronoun with no name to stand for is no holder
            if read.carry is not None and read.carry.startswith("given:"):  # "it gave $100,000": the gifts named before
                window = article.sentences[max(0, sentence.index - 2)].start
                read = meaning.given_subject(read, article.text, window, sentence.start + figure.start)
            elif read.carry == "owned":  # "Smith trails Jones's approval mark by 8 points": Smith's share named before
                window = article.sentences[max(0, sentence.index - 2)].start
                read = meaning.owned_subject(read, article.text, window, sentence.start + figure.start)
            elif read.carry in ("share", "count"):  # "32% said ...", "401 people before and 601 afterwards"
                kind = "percent" if read.carry == "share" else "count"
                earlier = last.get(kind)
                window = 99 if kind == "percent" else 2
                if earlier and sentence.index - earlier[0] <= window:
                    read = meaning.Meaning(earlier[1], read.holder, read.time)
                elif kind == "percent" and (group := _poll_group(article, sentence.index, sentence.start + figure.start)) is not None:
                    read = meaning.Meaning(group, read.holder, read.time)  # "a greater percentage of likely voters ... 72 percent now believe"
                elif kind == "count" and (others := _OTHERS_AFTER.match(sentence.text, figure.end)) is not None:
                    # "He and three others were indicted": no count before for "others" to go on from, so the others as written
                    at = sentence.start + others.start("others")
                    read = meaning.Meaning(meaning.Phrase("others", at, at + len("others")), read.holder, read.time)
                else:
                    read = meaning.Meaning(None, read.holder, read.time)
            elif read.carry in ("its", "their") and read.carry_holder and read.holder is None and read.pointer is None and (
                named := _possessive_with_name_before(article.text, article_names, sentence.start, sentence.start + figure.start)
            ) is not None:
                read = replace(read, holder=named, carry=None, carry_holder=False)  # "Acme says its business has tripled over three years": Acme's
            elif read.carry is not None:
                if topic is False:
                    topic = _topic_before(article, sentence.index, names)
                it_share = figure.kind == "percent" and read.carry == "it" and read.subject is None and not read.carry_holder  # "It is expected to rise to 2.9 percent"
                pronoun = read.carry if read.carry_holder else None
                read = meaning.resolve(read, topic or None)
                if pronoun in ("he", "she") and read.holder is not None and not _names_a_person(article_names(), read.holder):
                    read = replace(read, holder=None)  # "Leeds United have offered ... He will be 34": "he" stands for no club
            if read.subject is not None and _NO_THING.search(read.subject.text) is not None:
                read = replace(read, subject=None)  # "That’s", "hasn’t", "incidents that have", "50 percent": a tagger's slip names no thing
            elif read.subject is not None and read.subject.start >= sentence.start + figure.end and (person := _ROLE_AND_NAME.fullmatch(read.subject.text)) is not None and (
                not person.group(2).endswith("s") and not _common_head(person.group(2))
            ):
                role = read.subject.text[: person.start(1)].rstrip()
                role_word = role.split()[-1].lower()
                if meaning._names_person(role_word) or _PERSON_END.search(role_word) is not None:
                    read = replace(read, subject=None)  # "800m record holder Ceplak", "5,000m finalist Pavey": a person is no measured thing
                else:  # "the 49 minute speech Mr Brown gave": the thing, without the name that opens a relative clause
                    read = replace(read, subject=meaning.Phrase(role, read.subject.start, read.subject.start + len(role)))
            modifier = figure.kind == "count" and read.subject is not None and read.subject.start >= sentence.start + figure.end and (
                _HYPHEN_COUNT.search(figure.surface) is not None
            )  # "a two-man contest", "a 214-delegate advantage": it counts men or delegates, not what it modifies
            placed = figure.kind == "count" and last.get("count", (-1,))[0] == sentence.index and _IN_PLACES.search(sentence.text, 0, figure.start) is not None
            # "691 delegates are up for grabs in five states": where the sentence's count is, not a count it goes on with
            aside = figure.kind == "percent" and read.subject is not None and _WITH_BEFORE.search(sentence.text, 0, figure.start) is not None and (
                _PROGRESS_AFTER.match(article.text, read.subject.end) is not None
            )  # "with 94 percent of precincts reporting": how far the count has got, no group the later shares are of
            if aside:
                read = replace(read, share=False)
            if read.subject is not None and (figure.kind == "count" and not modifier and not placed or read.share and figure.kind != "percentage_points") and not read.subgroup:
                last["count" if figure.kind == "count" else "percent"] = (sentence.index, read.subject)
                if figure.kind != "count" and read.subject.start >= sentence.start:
                    if own_group is not None and own_group.end <= read.subject.start and own_group.text.lower() != read.subject.text.lower():
                        last.pop("percent")  # "60% of young women and 55% of young men": parts set against each other, no group later shares are of
                        if carried_in is not None:
                            last["percent"] = carried_in
                    own_group = own_group or read.subject
                if figure.kind == "count" and read.share:  # a poll's sample: later shares are of it
                    last["percent"] = (sentence.index, read.subject)
            if not opinion and (owner := plan_owner(article.text, sentence.start, sentence.start + figure.start)) is not None and (
                read.holder is None and read.pointer is None or read.holder is not None and read.holder.end <= owner.start
            ):
                read = replace(read, holder=owner, pointer=None)  # "Ministers attacked Lib Dem plans for a new 50% tax rate": the plan's owner's
            if read.holder is None and read.pointer is None and not opinion and figure.kind == "count" and (
                body := holders_module.members_body(article.text, read.subject, names_later)
            ) is not None:
                read = replace(read, holder=body)  # "around eight other members of London UKIP": the body's members, its possessor
            if read.holder is None and not opinion and not pointed and not (read.subject is not None and read.subject.text[:1].isupper()):
                # the structure named no holder (not even a pronoun), the figure measures no named thing and
                # is no share of those polled: the nearest name before it (not one inside the subject)
                named = nearest = named_before(article.text, sentence.start, sentence.start + figure.start, names, holders, where=not counts_places(figure.surface))
                if named is not None and figure.kind == "count" and holders_module.counts_unowned_people(figure.surface) and holders_module.people_of_no_one(
                    article.text, named, sentence.start + figure.start, article_names().kind_at(named.start, named.end)
                ):
                    named = nearest = None  # "the attack that left 14 people dead", "Hochsprung was one of 26 people killed": no one's
                if (who := _relative_antecedent(article.text, sentence.start, sentence.start + figure.start)) is not None:
                    # "The 28-year-old, who joined Rangers from Red Star Belgrade for £1.2m": the one the clause is about
                    holders = article_names()
                    named = _found_or_role(holders, who) if wanted(who.text) is not None else who
                agent = _pronoun_subject(article.text, sentence.start, sentence.start + figure.start) if figure.kind != "count" else (
                    _pronoun_holding(article.text, sentence.start, sentence.start + figure.start) if named is None else None
                )  # a count only when "he"/"she" has, wins or loses it ("He has lost six primaries") and no name before says whose
                if agent is None and named is None and (opener := holders_module.opening_agent(article.text, sentence.start, sentence.start + figure.start)) is not None and not _quoted(article.text, opener.start):
                    agent = opener  # "He went on to win the cup and four other titles": the subject's, past the words between
                if agent is None and (listed := holders_module.list_object_agent(article.text, sentence.start, sentence.start + figure.start)) is not None and not _quoted(
                    article.text, listed.start
                ) and (named is None or named.start > listed.end) and (person := article_names().find(listed)) is not None:
                    named = person  # "She ... won the World Cup in 1991 and two Olympic golds": hers, not the other object's
                if figure.kind == "number" and figure.unit is None and (aged := _pronoun_aged(article.text, sentence.start, sentence.start + figure.start)) is not None:
                    agent = aged  # "She will be 60 in May", "when she will be 34": right before the number, nearer than any other subject
                if agent is not None and (named is None or named.start < agent.start):
                    # "In 2009, he decided to sell his Boeing 727, which was 41 years old": whoever "he" is
                    holders = article_names()
                    named = holders.find(agent)
                if named is None and agent is None and (counted := counted_agent(
                    article.text, sentence.start, sentence.start + figure.start,
                    [(f.start, f.subject_end) for f in found[first_here:] if f.kind == "count" and f.subject_end is not None and f.holder is None],
                )) is not None:
                    named = counted  # "Two million low-paid families were paying 40% marginal tax rates": those counted
                if agent is None and (named is None or named.start >= sentence.start and named.end <= sentence.start + figure.start) and (
                    joined := coordinated_agent(article.text, sentence.start, sentence.start + figure.start)
                ) is not None and (named is None or named.start >= joined.end):
                    # "The inquiry is nearing the two-year mark and has spent more than $6 million": the subject of both verbs;
                    # a name in the first verb's object is not ("The Tories attacked Labour and pledged £5bn")
                    holders = article_names()
                    named = _found_or_role(holders, joined) if wanted(joined.text) is not None else joined
                if agent is None and (intent := intending_agent(article.text, sentence.start, sentence.start + figure.start)) is not None:
                    # "The government has announced plans to cut 100,000 civil servants": the one that means to act on it
                    holders = article_names()
                    named = _found_or_role(holders, intent) if wanted(intent.text) is not None else intent
                if named is None and agent is None and (collective := holders_module.collective_acting(article.text, sentence.start, sentence.start + figure.start)) is not None:
                    named = collective  # "The British public has now pledged £76m": the collective that gives it
                if named is None and agent is None and "I " in sentence.text[: figure.start] and (
                    speaking := _first_person(article.text, names_aside(), sentence.start, sentence.start + figure.start)
                ) is not None:
                    named = speaking  # '"I had 60 seconds to make my pitch," Johnson said': the one quoted acts
                if named is not None and named is nearest and agent is None and (
                    acting := holders_module.clause_agent(article.text, sentence.start, sentence.end, sentence.start + figure.start, sentence.start + figure.end, figure.kind)
                ) is not None and acting.start >= named.end and wanted(acting.text) is None and not _quoted(article.text, acting.start):
                    # "while Trump boasts he has no super PAC, a trio of PACs have spent $513,000": the figure's clause has its own
                    # subject, as written (not a pronoun or a description to be named: the nearest name is most often the one meant)
                    named = holders_module.named_agent(acting, names_aside()) or named
                if named is not None and named.start < sentence.start + figure.start:
                    named = team_over_venue(article.text, sentence.start, sentence.start + figure.start, sentence.start + figure.end, named)
                if named is not None and counts_places(figure.surface):
                    holders = article_names()
                    if holders.kind_at(named.start, named.end) in ("place", "pair"):
                        named = None  # "Acapulco, Mexico, the three locations": a count of the places named before it, held by none
                if named is not None and not (read.subject is not None and read.subject.start <= named.start < read.subject.end):
                    read = replace(read, holder=named)
                elif named is None and (passive := passive_agent_after(article.text, sentence.start + figure.end, sentence.end)) is not None:
                    read = replace(read, holder=passive)  # "Plans to abolish 162 quangos have been unveiled by the Conservatives"
                elif named is None and (giver := giver_after(article.text, sentence.start + figure.end, sentence.end)) is not None:
                    read = replace(read, holder=giver)  # "two goals from Tore Andre Flo", "$62,000 from donors in Lodi"
                elif named is None and agent is None and (
                    acting := holders_module.clause_agent(article.text, sentence.start, sentence.end, sentence.start + figure.start, sentence.start + figure.end, figure.kind)
                ) is not None and not (_quoted(article.text, acting.start) and acting.text.lower() in ("he", "she", "they")):
                    # "Households face a £500 rise", "Acme lost $5m": the clause's agent, the default after every rule above
                    read = replace(read, holder=holders_module.named_agent(acting, names_aside()))
                elif named is None and agent is None and figure.kind == "duration" and (
                    acting := holders_module.framed_agent(article.text, sentence.start, sentence.end, sentence.start + figure.start, sentence.start + figure.end)
                ) is not None and not _quoted(article.text, acting.start):
                    # "Acme has agreed a deal with Zenco for the next four years": how long the clause's agent acts; "he"/"she"
                    # named, a description as written ("As the platform committee meets over the next two days")
                    read = replace(read, holder=holders_module.named_agent(acting, names_aside()) if acting.text.lower() in ("he", "she") else acting)
            elif read.holder is None and not opinion and not pointed and (
                agent := holders_module.pronoun_over_modifier(read.subject, article.text, sentence.start, sentence.start + figure.start, figure.kind, _pronoun_subject, _pronoun_holding)
            ) is not None:
                # "She won two Olympic golds": a capital only in the measured thing's modifier, the pronoun's person holds it
                holders = article_names()
                if (named := holders.find(agent)) is not None:
                    read = replace(read, holder=named)
            if read.holder is not None and read.pointer is None and not opinion and read.holder.start >= sentence.start + figure.end and (
                acting := holders_module.clause_agent(article.text, sentence.start, sentence.end, sentence.start + figure.start, sentence.start + figure.end, figure.kind)
            ) is not None and wanted(acting.text) is None and not _quoted(article.text, acting.start) and (agentive := holders_module.named_agent(acting, names_aside())) is not None:
                # "Conservative Solutions PAC raised about $58 million in support of Rubio": the agent before the figure, not the one it is for
                read = replace(read, holder=agentive)
            if read.holder is not None and read.pointer is None and not opinion and figure.kind != "percent" and (
                figure.kind != "count" or _ACTED_ON.search(sentence.text, 0, figure.start) is not None
            ) and read.holder.start >= sentence.start + figure.end and _AT_PLACE.fullmatch(article.text, sentence.start + figure.end, read.holder.start) and (
                names_aside().kind_at(read.holder.start, read.holder.end) in ("place", "name")
            ) and (actor := _acting_before(article.text, names, names_aside(), sentence.start, sentence.start + figure.start)) is not None:
                # "Lagat ..., clocking 3:35.27 in Birmingham", "Isinbayeva broke her record by clearing 4.89 metres in
                # Lievin", "winning 14 delegates in Wyoming": where the figure was made, when a person or body before it made it
                read = replace(read, holder=actor)
            elif read.holder is not None and read.pointer is None and not opinion and figure.kind in ("count", "money", "quantity") and (
                read.holder.start >= sentence.start + figure.end and _IN_PLACE.fullmatch(article.text, sentence.start + figure.end, read.holder.start)
            ):
                if figure.kind == "count" and names_aside().kind_at(read.holder.start, read.holder.end) in ("place", "name") and holders_module.passive_agent_count(
                    article.text, sentence.start, sentence.start + figure.start
                ):
                    read = replace(read, holder=None)  # "signed by all 25 current EU members in Rome": where they signed, not whose members
                elif figure.kind != "count" and holders_module.invested_before(article.text, sentence.start, sentence.start + figure.start) and (
                    investor := _investor(article.text, names, article_names(), sentence.start, sentence.start + figure.start)
                ) is not None:
                    read = replace(read, holder=investor)  # "he made a proposal to invest £10m in Sheffield Wednesday": what he invests in holds nothing
                elif names_aside().kind_at(read.holder.start, read.holder.end) == "place" and (
                    pronoun := (_pronoun_holding if figure.kind == "count" else _pronoun_subject)(article.text, sentence.start, sentence.start + figure.start)
                ) is not None and pronoun.text.lower() in ("he", "she") and (acting := article_names().find(pronoun)) is not None:
                    read = replace(read, holder=acting)  # "He would deploy up to 30,000 soldiers in the Middle East": where, not whose
            if read.holder is not None and read.pointer is None and figure.kind == "duration" and (read.subject is None or _PASSED_BEFORE.search(sentence.text, 0, figure.start)) and read.holder.start >= sentence.start + figure.end and (
                _SPENT_AT.fullmatch(article.text, sentence.start + figure.end, read.holder.start)
            ) and not any(f.kind == "duration" and "age" not in f.flags and f.start < figure.start for f, _ in extracted):
                # "spent four days in Arizona", "lasted two hours in Dubai", "after two decades in Congress", "a three-day session in
                # Leeds": where the time passed, not whose (a time that measures a thing, "a wait of 18 weeks in Wales", or a series
                # member, "12 months for Welsh patients but three months in England", keeps its place)
                read = replace(read, holder=None)
            if opinion and read.holder is None and read.pointer is None and sentence.text.lstrip("\"“'‘ ").startswith(("In ", "And in ", "But in ")):
                holders = article_names()  # "In Florida, 46% of eligible voters cast ballots": where the share was measured
                read = replace(read, holder=holders.place_framing(sentence.start, sentence.start + figure.start))
            decided, frame = frame_holder(
                article.text, (sentence.start, sentence.end), (sentence.start + figure.start, sentence.start + figure.end),
                figure.kind, read.holder, found[first_here:], article_names,
            )
            if decided:  # "For 24 hours, he drove ...", "a $1.1 billion Zika funding bill crafted by the House", ...
                read = replace(read, holder=frame, pointer=None)
            if read.holder is not None and names_nothing(read.holder.text):
                read = replace(read, holder=None)  # a date read as a name by any path ("In April, a poll found by 43%-41%")
            if read.holder is not None and figure.kind in ("count", "number") and counts_contests(article.text, sentence.start + figure.start, figure.surface):
                read = replace(read, holder=None, pointer=None)  # "sweep the first three contests": the race's own units, no one's
            if opinion and read.holder is None and read.pointer is None and figure.kind == "percent" and (
                acting := holders_module.clause_agent(article.text, sentence.start, sentence.end, sentence.start + figure.start, sentence.start + figure.end, figure.kind)
            ) is not None and wanted(acting.text) is None and not _quoted(article.text, acting.start):
                # "A super PAC aligned with Bush accounts for about 40% of the planned advertising": a share the clause's agent holds
                read = replace(read, holder=holders_module.named_agent(acting, names_aside()))
            if (opinion or figure.kind == "percent") and read.holder is None and (earlier := last.get("opinion holder")) and sentence.index - earlier[0] <= 1 and (
                opinion and echoes_opinion(article.text, sentence.start + figure.end, sentence.end)
                or earlier[0] == sentence.index and ":" in article.text[opinion_end : sentence.start + figure.start]
            ):
                # "after 55 percent said so", "35%, agree": the opinion of the share before; "four in 10 have a
                # positive reaction: 15% enthusiastic and 24% satisfied": the shares a colon lists
                read = replace(read, holder=earlier[1], pointer=None)
            if opinion and read.holder is not None:
                if last.get("opinion holder", (-1,))[0] != sentence.index:
                    opinion_end = sentence.start + figure.end  # the sentence's first share with a holder
                last["opinion holder"] = (sentence.index, read.holder)
            if read.subject is None and figure.kind == "percent" and (earlier := last.get("any percent")):
                if sentence.index - earlier[0] <= 1 and (earlier[0] == sentence.index or _poll_group(article, sentence.index, sentence.start + figure.start, back=0) is None):
                    # "Rubio lags behind with 15 percent": the shares the sentence before (or this one) reported, unless this
                    # one names its own group before the share ("His lead among undeclared voters ... is larger - 64% to 27%")
                    read = replace(read, subject=earlier[1])
            if read.subject is None and figure.kind == "percent" and (
                group := _poll_group(article, sentence.index, sentence.start + figure.start, back=4 if opinion else 0)
            ) is not None:
                read = replace(read, subject=group)  # "Among likely voters, 46 percent would choose Clinton"
            if figure.kind == "percent" and read.subject is not None and _ranked_group(article.text, sentence.start + figure.start, sentence.start + figure.end, read.subject):
                read = replace(read, subject=None)  # "the top 10 percent paid 69 percent of all taxes": a group named by its rank, no share of the taxes
            if read.subject is not None and figure.kind == "percent" and not aside:
                last["any percent"] = (sentence.index, read.subject)
            if read.subject is not None and read.subject.text[:1].isupper() and figure.kind != "count":
                if (person := _person_ending(names_aside(), read.subject)) is not None:
                    # "Kenyan Bernard Lagat missed the record by 1.45secs": a person is whose the figure is, not what it measures
                    whole = read.subject if re.search(r" and |&", read.subject.text) else person  # "Feroz Abbasi and Richard Belmar"
                    read = replace(read, subject=None, holder=read.holder or whole)
            if figure.kind == "number" and (bracket := _NAME_BRACKET.search(sentence.text, max(0, figure.start - 4), figure.start)) is not None and (
                sentence.text[figure.end : figure.end + 1] == ")"
            ):
                known = names_aside()
                end = sentence.start + bracket.start()
                if (named := known.name_ending(end, "person") or known.name_ending(end, "group") or known.name_ending(end, "name")) is not None:
                    read = replace(read, holder=named, pointer=None, carry=None, carry_holder=False)  # "strikes from Rivaldo (2), Luis Figo and Dani": his count
            if figure.kind in ("money", "percent", "count", "quantity", "number") and (
                group := percentile_group(article.text, sentence.start, sentence.start + figure.start, sentence.start + figure.end, sentence.start + len(sentence.text))
            ) is not None and (read.holder is None or group.end <= sentence.start + figure.start and re.search(r"\btheir\b", article.text[group.end : sentence.start + figure.start])):
                # "The top 1 percent paid 25 percent of all taxes": the income group's; "The top 1 percent would see
                # their incomes rise 12 percent": "their" is the group, not a name read before it
                read = replace(read, holder=group, pointer=None)
            if read.holder is None and figure.kind in ("money", "count", "quantity", "duration") and "ing " in sentence.text[: figure.start] and (
                opener := participle_opener(names_later, sentence.start, sentence.start + figure.start)
            ) is not None:
                read = replace(read, holder=opener)  # "As well as pledging £960m over 15 years to the fund, Britain urged ..."
            if read.holder is None and read.pointer is None and figure.kind == "count" and (
                place := names_aside().people_placed(figure.surface, sentence.start + figure.end, sentence.start + len(sentence.text))
            ) is not None:
                read = replace(read, holder=place)  # "1.7m people needing care in England": where the people no one holds are
            if figure.kind == "percent" and " with " in sentence.text[: figure.start] and (
                side := with_share(names_aside(), sentence.start, sentence.start + figure.start, sentence.start + figure.end, sentence.start + len(sentence.text))
            ) is not None and (side.text.lower() not in ("he", "she") or (side := names_aside().find(side)) is not None):
                read = replace(read, holder=side, pointer=None)  # "Cruz comes in second with 34 percent", "she swept Arkansas with 70 percent"
            if figure.kind in ("count", "number", "percent") and _MAY_BACK.match(sentence.text, figure.start) and (
                backed := backed_by(names_aside(), sentence.start + figure.start, sentence.start + len(sentence.text))
            ) is not None:
                read = replace(read, holder=backed)  # "449 of the party insiders back Clinton, while only 19 support Sanders"
            if figure.kind == "percent" and _MAY_SET_AGAINST.search(sentence.text, max(0, figure.start - 30), figure.start) and (
                side := share_set_against(names_aside(), sentence.start, sentence.start + figure.start, sentence.start + figure.end, sentence.start + len(sentence.text))
            ) is not None:
                read = replace(read, holder=side, pointer=None)  # "..., versus 39 percent for Trump": the candidate it is support for
            if read.holder is not None and _demonym(read.holder.text) and not (
                _written_as_noun(article.text, read.holder.text)  # the article writes it as a noun: a people or a team
            ) and not re.match(r"\s+(?:[a-z-]+\s+)?(?!(?:was|has|is|does|says|goes)\b)[a-z-]+[^su\W]s\b", article.text[read.holder.end : read.holder.end + 40]):
                # "past a Chinese guard ... over 90 minutes": an adjective of nationality read as a name by a later
                # path names no holder; before a plural ("American families") or as a noun ("the Irish") it stands for the group
                read = replace(read, holder=None, pointer=None)
            if read.holder is not None and figure.kind == "count" and _THE_PEOPLE_NAMED.fullmatch(figure.surface) and re.search(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|all)\s+$", sentence.text[: figure.start]):
                read = replace(read, holder=None, pointer=None)  # "a rift between the two men": the people named before, counted, not anyone's
            if read.holder is not None and _ERROR_MARGIN.search(sentence.text[: figure.start]) and not _POLL_WORD.search(read.holder.text):
                read = replace(read, holder=None, pointer=None)  # "Acme polled 900 voters, with a margin of error of 3 points": the poll's, not the pollster's or a candidate's
            if read.holder is not None and (lead := _LOWER_LEAD.match(read.holder.text)) is not None and stray_lead(lead.group("word")):
                whole = names_aside().name_at(read.holder.start + lead.end())
                if whole is not None and whole.end == read.holder.end:
                    read = replace(read, holder=whole)  # "for the night Clinton has earned 175 delegates", "sponsor ABC News got 8 million viewers": the name alone
            if read.holder is not None and "age" in figure.flags and _SOMEONE_AGED.search(sentence.text, 0, figure.start) and (
                _UNNAMED_AFTER_AGE.match(sentence.text, figure.end)
            ):
                read = replace(read, holder=None, pointer=None)  # "a 15-year-old girl outside the venue was pepper-sprayed": someone unnamed
            if "age" in figure.flags and figure.unit is None and (
                aged := _person_before_age(names_aside(), sentence.start, sentence.text, figure.start)
            ) is not None:
                read = replace(read, holder=aged, pointer=None)  # "Iraq veteran Tom Young, 30, lay down": the age is the named person's
            if read.holder is not None and read.holder.start >= sentence.start and read.holder.text[:1].isupper() and qualifies_person(article.text, read.holder) and (
                names_aside().kind_at(read.holder.start, read.holder.end) not in ("group", "person")
            ):
                read = replace(read, holder=None, pointer=None)  # "The Olympic champion set a new world mark of 4.88m": the champion's, not "Olympic"'s
            if "age" not in figure.flags and not _HYPHEN_COUNT.search(figure.surface) and " who " in sentence.text[: figure.start] and (
                sentence.text[figure.start - 1 : figure.start] != "-" and not _OWNED_AFTER.match(sentence.text, figure.end)  # "under-21", "half the party's superdelegates"
            ) and (
                who := who_antecedent(names_aside(), sentence.start, sentence.start + figure.start)
            ) is not None and (
                read.holder is None or read.holder.end <= who.end and read.holder.text.split()[-1] not in who.text.split()
                or who.end < read.holder.start and read.holder.end <= article.text.rfind(" who ", sentence.start, sentence.start + figure.start)
            ):  # a holder before the person, or inside a role set beside it ("Erin Clark, a fellow at Brandeis University who makes $46,344")
                read = replace(read, holder=who, pointer=None)  # "Thanou, 30, who won the women's 100m silver medal": the clause's subject
            if (", a " in sentence.text[: figure.start] or ", an " in sentence.text[: figure.start]) and (
                apposed := _apposed_name(names_aside(), sentence.start, sentence.start + figure.start)
            ) is not None and (
                read.holder is None or read.holder.start > apposed.end and read.holder.end <= sentence.start + figure.end
                or read.holder.start >= sentence.start + figure.end
            ):
                read = replace(read, holder=apposed, pointer=None)  # "Jeb Bush, a former two-term Florida governor", "Ringsted, a hamlet with a population under 500"
            if (agent := _INFINITIVE_AGENT.search(sentence.text, max(0, figure.start - 120), figure.start)) is not None and (
                read.holder is None or read.holder.end <= sentence.start + agent.start("who")
            ):
                known = names_aside()
                end = sentence.start + agent.end("who")
                if (acting := next((n for kind in ("group", "person", "name", "pair") if (n := known.name_ending(end, kind)) is not None), None)) is not None:
                    read = replace(read, holder=acting, pointer=None)  # "looking for United Technologies to post a 17 percent increase"
            if "age" not in figure.flags and ", whose " in sentence.text[: figure.start] and (whose := _WHOSE_CLAUSE.search(sentence.text, max(0, figure.start - 120), figure.start)) is not None and (
                read.holder is None or sentence.start + whose.start() < read.holder.start and not read.holder.text[:1].isupper() or read.holder.start >= sentence.start + figure.end
                or sentence.start + whose.start() < read.holder.start and names_aside().kind_at(read.holder.start, read.holder.end) == "place"
            ):
                known = names_aside()
                if (owner := known.name_ending(sentence.start + whose.start(), "person") or known.name_ending(sentence.start + whose.start(), "group")) is not None:
                    read = replace(read, holder=owner, pointer=None)  # "McIlroy, whose time of 1:46.68 in Erfurt elevated him": McIlroy's
            if (placed := _PLACED_BEFORE.search(sentence.text, max(0, figure.start - 120), figure.start)) is not None:
                known = names_aside()
                end = sentence.start + placed.end("who")
                if (ranked := next((n for kind in ("person", "group", "place", "name") if (n := known.name_ending(end, kind)) is not None), None)) is not None:
                    read = replace(read, holder=ranked, pointer=None)  # "won in 7:39.89 as Bekele battled to second in 7:41.42": the one placed
            if read.holder is None and not opinion and figure.kind != "percent" and "age" not in figure.flags and (
                aged := _AGED_SUBJECT.match(sentence.text)
            ) is not None and aged.end() <= figure.start and ";" not in sentence.text[aged.end() : figure.start]:
                # "The 22-year-old has only made 10 starts for his club": the one the opening age describes
                age = next((f for f in found[first_here:] if "age" in f.flags and f.start == sentence.start + aged.start("age")), None)
                if age is not None and age.holder is not None and age.holder_start is not None and age.holder_end is not None and _only_person_before(
                    names_aside(), article.sentences[max(0, sentence.index - 1)].start, age.start, age.holder
                ) and not _quoted(article.text, age.holder_start):
                    read = replace(read, holder=meaning.Phrase(age.holder, age.holder_start, age.holder_end), pointer=None)
            if read.holder is None and (" it " in sentence.text[: figure.start] or " they " in sentence.text[: figure.start]) and (
                said := _SAID_IT.search(sentence.text, max(0, figure.start - 200), figure.start)
            ) is not None and said.group("verb") not in _NOT_ACTING and said.group("verb") not in _REPORTED:
                known = names_aside()
                end = sentence.start + said.end("name")
                kinds = ("group", "name") if said.group("it") == "it" else ("group", "name", "pair")
                if said.group("noun") is not None:  # "Bernie Sanders' campaign says it raised more than $21 million": the campaign's owner
                    kinds = ("person", "group", "name", "pair") if said.group("noun") in group_nouns() else ()
                if (body := next((n for kind in kinds if (n := known.name_ending(end, kind)) is not None), None)) is not None:
                    read = replace(read, holder=body, pointer=None)  # "HP announced it would slash up to 30,000 jobs": the body that says so acts
            if read.holder is not None and read.holder.text.isupper() and _in_capitals(article.text, read.holder.start, read.holder.end):
                read = replace(read, holder=None, pointer=None)  # "INDIANA’S DEMOGRAPHICS FAVOR CRUZ, BUT ...": words of a heading in capitals
            if read.holder is not None and (_AGED_PEOPLE.search(figure.surface) or _SUSPENDED_OLDS.match(article.text, sentence.start + figure.end)) and _possessive_before(article.text, sentence.start, sentence.start + figure.start) is None:
                read = replace(read, holder=None, pointer=None)  # "tests for HIV for over 16-year-olds": the ages name the people, no one holds them
            if read.holder is not None and (person := titled_person(names_later, read.holder)) is not None:
                read = replace(read, holder=person, pointer=None)  # "former Secretary of State Hillary Clinton": the person, not "Secretary"
            if read.holder is not None and read.pointer is None and backed_name(article.text, sentence.start, read.holder.start):
                read = replace(read, holder=None)  # "A coalition of super PACs backing Mr. Cruz began March with $20 million": the backers'
            if read.holder is not None and (cut := _PARAGRAPH_BREAK.search(read.holder.text)) is not None and read.holder.text[cut.end() :].strip():
                # "the club.\n\nThe 24-year-old England midfielder": a holder runs over no paragraph's end; the words after it
                read = replace(read, holder=meaning.Phrase(read.holder.text[cut.end() :], read.holder.start + cut.end(), read.holder.end))
            if read.holder is not None and read.holder.start >= sentence.start and read.holder.text in article.text[read.holder.start : read.holder.end] and adjective_modifier(article.text, read.holder) and not (
                read.subject is not None and read.subject.start == read.holder.end + 1 and not by_ending(read.holder.text)  # "Republican turnout was up 70 percent": the party's, as written
            ) and names_aside().kind_at(read.holder.start, read.holder.end) != "person":  # "Brown", "White": a surname
                read = replace(read, holder=None, pointer=None)  # "about a third of Democratic voters": a kind of voter, no party's share
            if not opinion and (listed := listed_name(
                article.text, sentence.start, sentence.start + figure.start, [(f.start, f.holder) for f in found[first_here:]]
            )) is not None:
                read = replace(read, holder=listed, pointer=None)  # "followed by Cruz at 25 percent and Rubio at 14": Rubio's
            if read.subject is not None and meaning.pronoun_only(read.subject.text):
                them = read.subject.text == "them" and _OF_THEM.match(article.text, sentence.start + figure.end) is not None
                read = replace(read, subject=_plural_before(article, sentence, figure.start, names) if them else None, share=False)
                # "It costs $9,000 a year to run": a pronoun measures nothing (its holder read above); "Vacancies have risen. ... 34 of them are": the plural before
            if figure.kind in ("number", "count") and read.subject is None and (whole := _elided_whole(sentence.text, figure)) is not None:
                # "Ten of the 22 on duty were also involved", "12 of the 19 contain ...": a part and whole whose noun is left out
                # count what the same number counted in the two sentences before ("were among 19 the inspector reviewed"), else
                # the last plural before them, in their sentence, else in the sentence before in the paragraph
                same = next((
                    f for f in reversed(found) if f.value == whole and f.kind in ("number", "count") and f.sentence >= sentence.index - 2
                    and f.subject and f.subject_start is not None and f.subject_end is not None
                ), None)
                if same is not None and same.subject is not None and same.subject_start is not None and same.subject_end is not None:
                    read = replace(read, subject=meaning.Phrase(same.subject, same.subject_start, same.subject_end))
                elif (plural := _plural_before(article, sentence, figure.start, names, _unprepositioned)) is not None:
                    read = replace(read, subject=plural)
            if (it_share or meaning.may_continue(figure.kind, read.subject.text if read.subject else None)) and (
                carried := meaning.continued_subject(
                    article.text, sentence.start, sentence.start + figure.start, sentence.start + figure.end, figure.kind,
                    [(f.kind, f.start, f.end, meaning.Phrase(f.subject, f.subject_start, f.subject_end), f.change is not None) for f in found[firsts.get(sentence.index - 1, first_here) : first_here] if f.sentence == sentence.index - 1 and f.subject and f.subject_start is not None and f.subject_end is not None],
                    [(f.kind, f.start, f.end, meaning.Phrase(f.subject, f.subject_start, f.subject_end), f.change is not None) for f in found[first_here:] if f.subject and f.subject_start is not None and f.subject_end is not None],
                    read.subject.text if read.subject else None, it_share,
                )
            ) is not None:
                read = replace(read, subject=carried)  # "Of that, $1.2bn came from exports": the sentence it continues measured it
            found.append(
                _with_meaning(
                    figure, read, start=sentence.start + figure.start, end=sentence.start + figure.end,
                    sentence=sentence.index, paragraph=sentence.paragraph,
                )
            )
    if found:
        found = _first_person_holders(article, found, names, article_names)
    spans = [(f.start, f.end, f.kind) for f in found]
    forward = set(gapped(article.text, spans))  # "will receive $44.4m for advising Salix, and $32m for helping Omnicare"
    for i, j in [*restatements(article.text, spans), *change_ends(article.text, spans), *forward]:
        a, b = found[i], found[j]  # "about two-thirds, 67 percent, say ...": one amount written twice has one holder
        if (i, j) in forward and not (b.holder is None and a.holder_start is not None and a.holder_start < a.start):
            continue  # a gapped figure shares the verb's subject, named before the first figure
        if (a.holder is None) != (b.holder is None):
            source = a if a.holder is not None else b
            moved = {"holder": source.holder, "holder_start": source.holder_start, "holder_end": source.holder_end}
            found[i if a.holder is None else j] = replace(b if a.holder is not None else a, **moved)
    if found and " to " in article.text:
        starts = [s.start for s in article.sentences]
        # "beating Clinton 45 to 40 percent": a bare first side the extraction leaves out is a side all the same
        sides = [(spans[k][0], spans[k][1], spans[k][2], k) for k in range(len(spans))]
        for k, (start, end, kind) in enumerate(spans):
            bare = _BARE_SIDE.search(article.text, max(0, start - 16), start) if kind == "percent" else None
            if bare is not None and not (k and spans[k - 1][1] > bare.start()):
                sides.append((bare.start(1), bare.end(1), "percent", -1))
        sides.sort()
        given = [found[k].holder if k >= 0 else None for *_, k in sides]
        at = [k for *_, k in sides]
        for i, leader, j, trailer in poll_sides(article.text, [side[:3] for side in sides], starts, lambda: holders or people or article_names(), given):
            # "finds Clinton with a small lead over Sanders, 46 percent to 44 percent": each side's share
            i, j = at[i], at[j]
            if j < 0 or i >= 0 and found[j].holder is not None and found[j].holder != found[i].holder and found[j].holder != trailer.text:
                continue  # the second share already has a holder of its own
            if leader is None and i >= 0 and found[i].holder is not None and same_side(found[i].holder, trailer.text):
                found[i] = replace(found[i], holder=None, holder_start=None, holder_end=None)  # "he now has 739 to Cruz's 465": not Cruz's
            for k, side in ((i, leader), (j, trailer)):
                if side is not None and k >= 0:
                    found[k] = replace(found[k], holder=side.text, holder_start=side.start, holder_end=side.end)
    if len(found) > 1:  # figures in series: "A and B raised $5m and $3m, respectively"; "X had 12 thefts; Y had 9"
        found = series.read_series(article.text, [(s.start, s.end) for s in article.sentences], found)
    if found:  # a window of the sentence, the two before and the one after, for whether points are a share's
        sentences = article.sentences
        found = _in_points(article.text, found, [
            (sentences[max(0, f.sentence - 2)].start, sentences[min(len(sentences) - 1, f.sentence + 1)].end,
             sentences[f.sentence].start, sentences[f.sentence].end) for f in found
        ])
    if "\t" in article.text:
        found = _table_cells(article, found)
    found = _timed_like_others(article.text, found)
    found = [  # "on 75 minutes": a moment on a game's clock; "won the 60m hurdles title": an event's distance
        replace(f, holder=None, holder_start=None, holder_end=None) if f.holder is not None and holders_module.holds_no_one(
            article.text, f.kind, f.unit, f.flags, f.start, f.end
        ) else f for f in found
    ]
    return tuple(_placed(article, _counted_like_before(article.text, found), names_aside))


def _persons(names: Names) -> frozenset[int]:
    """Where the article's names read a person ("Virginia Woolf"), or the given name of one it names in
    full ("Virginia" after "Virginia Woolf", though read as a place)."""
    given = frozenset(n.text.split()[0] for n in names.names if n.kind == "person" and " " in n.text.strip())
    return frozenset(n.start for n in names.names if names.person(n) or n.text.strip() in given)


def _organisation_speaks(text: str, names: Names, start: int, end: int) -> bool:
    """A name in text[start:end] that is no person's nor a place's is its clause's speaker or agent
    ("Galp said emissions fell 5 percent")."""
    at = bisect.bisect_left(names.positions, start)
    return any(
        n.end <= end and not names.person(n) and n.kind in ("name", "group") and speaks_for(text, n.start, n.end)
        for n in names.names[at : bisect.bisect_left(names.positions, end)]
    )


def _placed(article: Article, found: list[Figure], names: Callable[[], Names]) -> list[Figure]:
    """A figure left with no holder that measures a whole place ("The jobless rate fell to 5 percent",
    "the tax rose to 30 dollars") is the article's place's, named where the text names it nearest
    before the figure (`helpers.article_place`); a place's name the article's names read as a
    person's ("Georgia said") is no mention of it."""
    place: Place | None | bool = False
    persons: frozenset[int] | None = None  # read from the article's names only when a place's name starts a longer name
    contest: bool | None = None
    for k, figure in enumerate(found):
        if figure.holder is None and place_measure(figure.subject, figure.kind, figure.value, article.text[figure.end : figure.end + 8]):
            if place is False:
                first = article.sentences[0]  # a figure has a sentence, so there is a first
                opening = (article.headline.start if article.headline else first.start, first.end)
                place = article_place(article.text, opening)
                if place is not None and starts_a_name(article.text, place.name):
                    persons = _persons(names())
                    place = article_place(article.text, opening, persons)
            sentence = article.sentences[figure.sentence]
            before = _sentence_before(article, sentence)
            window = ((before.start, before.end) if before is not None else (0, 0), sentence.start, figure.start)
            here = local_place(article.text, *window, place, persons or frozenset())  # another place named just before blocks the article's
            if here is not None and here is not place and persons is None and starts_a_name(article.text, here.name):
                persons = _persons(names())
                here = local_place(article.text, *window, place, persons)
            if here is None:
                continue
            if here is place and side_measure(figure.subject):
                contest = in_contest(article.text, here) if contest is None else contest
                if contest:
                    continue  # "Brazil beat Germany 2-0 ... wages rose 5 percent": the team's
            if owned_near(article.text, sentence.start, figure.start, figure.end) or (
                speech_before(article.text, sentence.start, figure.start) and _organisation_speaks(article.text, names(), sentence.start, figure.start)
            ):
                continue  # "At Apple, earnings rose 5 percent", "Galp said emissions fell 5 percent": the firm's
            subject = (figure.subject_start, figure.subject_end) if figure.subject_start is not None and figure.subject_end is not None else None
            if held_elsewhere(article.text, here, (figure.start, figure.end), subject):
                continue  # "6 million American jobs", "earnings at the firm": someone else's
            start, end = here.mention_before(figure.start)
            found[k] = replace(figure, holder=article.text[start:end], holder_start=start, holder_end=end)
    return found


_AGE_LIKE_BEFORE = re.compile(r"\b(?:over|under|aged|age|to|at)\s+$")
"""Before a small bare number: a word that may make it an age ("voters over 60", "closer to 18")."""
_ASIDE_BEFORE = re.compile(r",\s*(?:now\s+|aged\s+)?$")
_ASIDE_AFTER = re.compile(r"\s*[,;.)]")
"""Around a small bare number: an aside's commas ("Tom Lee, now 34,"; "Ivanka, 34;"), which may be an age."""


_AFTER_BARE_NUMBER = re.compile(r"\s*(?:(?P<stop>[,.;:!?)\]—–]|$)|(?P<word>[A-Za-z][\w'’-]*))")


_MEASURE_AFTER = re.compile(
    r"\s+(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|minute|head|person|game|match|season|term|shift)\b"
    r"|on\s+average\b|in\s+(?:profits?|revenues?|sales|cash|funding|fees|taxe?s?|wages|pay|salary|income|losses|savings|donations)\b)"
)


def _nothing_counted_after(text: str, end: int) -> bool:
    """After a bare number: punctuation, the end, or a word that is no noun of its own (a verb, preposition,
    conjunction, adverb or "more": "25,000 on the streets", "14 more ready"); not "800,000 Tutsis", "four others"."""

    after = _AFTER_BARE_NUMBER.match(text, end)  # (not a copy of the rest of the text for every bare number)
    if after is None or _MEASURE_AFTER.match(text, end):
        return False  # "pays them 25,000 a year", "scored 85 on average", "made 400 in profit": a rate or a sum, no head count
    if after.group("stop") is not None:
        return True
    word = after.group("word")
    return word[:1].islower() and _tagger().lexicon.get(word, "NN")[:2] in ("IN", "CC", "TO", "MD", "VB", "RB", "JJ", "DT", "WD", "WP", "WR", "PR")


_PART_OF_AFTER = re.compile(r"\s+(?:out\s+)?of\b")
"""After a bare number: a part of a whole named after it ("94,000 of the 140,000 deaths"), which the gold leaves bare."""
_RANGE_TO_AFTER = re.compile(r"\s*(?:[-–]|to\b)\s*[$£€]?\d")
"""After a bare number: the other end of a range or change ("from 60 to 65")."""
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def _counted_like_after(text: str, figure: Figure) -> bool:
    """Whether a bare number may count the noun a later count of its paragraph counts ("Trump leads the race for
    delegates with 55. Cruz has 11 delegates"): its subject is written before it in its sentence, and it is no part of a whole
    ("94,000 of the 140,000 deaths"), no range nor end of one ("from 60 to 65") and no part of a hyphened measure
    ("5-foot-11")."""
    return (
        figure.high is None and figure.subject_end is not None and figure.subject_end <= figure.start
        and not _SENTENCE_END.search(text, figure.subject_end, figure.start)  # (a subject carried from a sentence before may be another thing's)
        and not _PART_OF_AFTER.match(text, figure.end) and not _RANGE_TO_AFTER.match(text, figure.end)
        and text[max(0, figure.start - 1) : figure.start] not in ("-", "–")
    )


def _timed_like_others(text: str, found: list[Figure]) -> list[Figure]:
    """A bare number with two decimals after "in", "of", "clocked" ... is a time in seconds when its
    paragraph gives another figure of the same shape in seconds and names no longer race ("won the title
    in 7.58 seconds. Turner finished second in 7.82"): `_sprint_time` reads one sentence, this its paragraph."""
    timed = {f.paragraph for f in found if f.kind == "duration" and f.unit == "second" and f.value is not None
             and 5 <= f.value < 60 and _SECONDS_WRITTEN.fullmatch(f.surface)}
    if not timed:
        return found
    out = []
    for figure in found:
        if (
            figure.paragraph in timed and figure.kind == "number" and figure.unit is None and "unit_missing" in figure.flags
            and _led_bare_time(text, figure.start, figure.end)
            and _LONGER_RACE.search(text, text.rfind("\n", 0, figure.start) + 1,
                                    end if (end := text.find("\n", figure.end)) >= 0 else len(text)) is None
        ):
            figure = replace(figure, kind="duration", unit="second", flags=tuple(f for f in figure.flags if f != "unit_missing"))
        out.append(figure)
    return out


def _counted_like_before(text: str, found: list[Figure]) -> list[Figure]:
    """A bare number whose subject is the noun an earlier count of its paragraph counts is a count of
    that noun too: "There are 3,500 officers ... ministers want 25,000 by 2008" (25,000 officers); so is one
    a later count's noun counts, under `_counted_like_after`'s conditions. Not a score ("3-3") nor a number
    that may be an age ("Tom Lee, now 34,"; "voters over 60")."""
    counted: dict[int, set[str]] = {}
    later: dict[int, set[str]] = {}
    for figure in found:
        if figure.kind == "count" and figure.unit:
            later.setdefault(figure.paragraph, set()).add(figure.unit)
    out = []
    for figure in found:
        units = counted.setdefault(figure.paragraph, set())
        if figure.kind == "count" and figure.unit:
            units.add(figure.unit)
        elif (
            figure.kind == "number" and figure.unit is None and figure.subject and "unit_missing" in figure.flags
            and "age" not in figure.flags and not re.search(r"\d\s*[-–]", figure.surface)
            and not (figure.value is not None and figure.value <= 120 and (
                _AGE_LIKE_BEFORE.search(text, max(0, figure.start - 12), figure.start)
                or _ASIDE_BEFORE.search(text, max(0, figure.start - 12), figure.start) and _ASIDE_AFTER.match(text, figure.end)
            ))
            and (words := re.findall(r"[A-Za-z][\w'’-]*", figure.subject))
            and ((unit := _singular(words[-1])) in units or unit in later.get(figure.paragraph, ()) and _counted_like_after(text, figure))
            and _nothing_counted_after(text, figure.end)
            and not (figure.holder and (held := re.findall(r"[A-Za-z][\w'’-]*", figure.holder)) and _singular(held[-1]) == unit)
        ):  # (not "the nurses earn 30,000 a year": what the counted people themselves hold, not how many they are)
            figure = replace(figure, kind="count", unit=unit, flags=tuple(f for f in figure.flags if f != "unit_missing"))
        out.append(figure)
    return out


_APPOSITION_BEFORE = re.compile(r",\s+(?:a|an)\s+(?P<words>[^,;:()—–\"“”]*)$")
_OWN_SUBJECT_INSIDE = re.compile(
    r"\b(?:that|which|who|whom|where|when)\s+(?:(?:the|a|an)\s+)?(?:[A-Z]|he\b|she\b|they\b|it\b|we\b|you\b|I\b)|\b(?:said|says|told|estimated|concluded|reported|claimed)\b"
    r"|(?<![\w'’-])[A-Z][\w'’.-]*\s+[a-z]+ed\b"  # "the 95 percent Obama received", "an atoll Beijing grabbed": a clause of its own
)


def _cells(text: str, start: int) -> list[tuple[int, int]]:
    """The offsets (from `start`) of the tab-separated cells of one paragraph's text."""
    found, position = [], start
    for cell in text.split("\t"):
        found.append((position, position + len(cell)))
        position += len(cell) + 1
    return found


_YEAR_CELL = re.compile(r"\s*(?:1[89]|20)\d\d\s*")


def _year_header(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """A table's header whose labels are years ("Party<TAB>2019<TAB>2024"): the first cell words or nothing, every
    other a year, two at least; or only years, two at least, whose empty first cell the cleaning dropped
    ("<TAB>2019<TAB>2024", given back as an empty cell). Its years date the columns' figures; it is no row."""
    years = [_YEAR_CELL.fullmatch(text, a, b) is not None for a, b in cells]
    written = [int(text[a:b].strip()[:4]) for (a, b), year in zip(cells, years) if year and text[a:b].strip()[:4].isdigit()]
    if written != sorted(set(written)) and written != sorted(set(written), reverse=True):
        return None  # a row of values that look like years ("Greens<TAB>1950<TAB>2010" under "Votes<TAB>Seats") need not run in order
    if len(cells) >= 3 and not any(ch.isdigit() for ch in text[cells[0][0] : cells[0][1]]) and all(years[1:]):
        return cells
    if len(cells) >= 2 and all(years):
        return [(cells[0][0], cells[0][0]), *cells]
    return None


def _table_cells(article: Article, found: list[Figure]) -> list[Figure]:
    """Figures in a copied table's rows (paragraphs whose cells the cleaning kept apart with tabs,
    "Ann Lee<TAB>63<TAB>85%"): a figure that is a whole cell measures its column, whose header (the
    table's last row without digits above it, with as many cells) is its subject; every figure of a row
    belongs to the row's name, the last cell with words before its first number (a rank before the name aside)."""
    text = article.text
    header: list[tuple[int, int]] | None = None
    rows: list[tuple[int, int, list[tuple[int, int]] | None, list[tuple[int, int]]]] = []  # a row's span, header, cells
    for paragraph in article.paragraphs:
        position = paragraph.start
        for line in paragraph.text.split("\n"):
            start, position = position, position + len(line) + 1
            if "\t" not in line:
                header = None  # a table's rows follow one another: prose ends it
                continue
            cells = _cells(line, start)
            if not any(ch.isdigit() for ch in line):
                header = cells
                continue
            if header is None and (years := _year_header(text, cells)) is not None:
                header = years  # "Party<TAB>2019<TAB>2024": labels that are years head their columns too
                continue
            rows.append((start, start + len(line), header if header is not None and len(header) == len(cells) else None, cells))
    if not rows:
        return found
    starts = [row[0] for row in rows]
    out = []
    for figure in found:
        at = bisect.bisect_right(starts, figure.start) - 1
        if at < 0 or not rows[at][0] <= figure.start < rows[at][1]:
            out.append(figure)
            continue
        _, _, head, cells = rows[at]
        column = next((k for k, (a, b) in enumerate(cells) if a <= figure.start < b), None)
        first_words = next((k for k, (a, b) in enumerate(cells) if any(ch.isalpha() for ch in text[a:b])), len(cells))
        first_number = next(  # after the first cell with words: a rank before the name ("1<TAB>Rovers<TAB>22") is no value of the row's
            (k for k, (a, b) in enumerate(cells) if k > first_words and patterns.NUMERIC_CELL.fullmatch(text, a, b)), None
        )
        if first_number is None:
            first_number = column  # no cell is a number: the figure is inside words, the cell before it names the row
        if column is None or not first_number:
            out.append(figure)
            continue
        more: dict[str, Any] = {}
        name = cells[first_number - 1]
        if any(ch.isalpha() for ch in text[name[0] : name[1]]) and column >= first_number:
            more.update(holder=text[name[0] : name[1]], holder_start=name[0], holder_end=name[1])
        whole = (figure.start, figure.end) == cells[column]
        if head is not None and whole and _YEAR_CELL.fullmatch(text, *head[column]):
            more.update(time=text[head[column][0] : head[column][1]], time_start=head[column][0], time_end=head[column][1])
        elif head is not None and whole:  # a header without words ("%") names no measure: the prose reading of a cell has none either
            words = any(ch.isalpha() for ch in text[head[column][0] : head[column][1]])
            more.update(
                subject=text[head[column][0] : head[column][1]] if words else None,
                subject_start=head[column][0] if words else None, subject_end=head[column][1] if words else None,
            )
        out.append(replace(figure, **more) if more else figure)
    return out


def _apposed_name(names: Names, low: int, at: int) -> meaning.Phrase | None:
    """The name a description ", a/an ..." holding the figure is set beside ("Jeb Bush, a former two-term
    Florida governor", "United Technologies, a company with revenue of $56 billion", "Ringsted, a hamlet
    with a population under 500"): what the description says is that name's. Not when a clause inside
    the description has its own subject or reports ("a super-PAC that Mercer poured $13.5 million into",
    "a professor who had concluded that the top 1 percent ...")."""
    found = _APPOSITION_BEFORE.search(names.text, max(low, at - 160), at)
    if found is None or _OWN_SUBJECT_INSIDE.search(found.group("words")):
        return None

    lexicon = _tagger().lexicon
    rest = re.match(r"[^,;:()—–\"“”]*", names.text[at : at + 120])
    if rest is not None and re.match(r",\s+(?:the|a|an)\s", names.text[at + rest.end() : at + rest.end() + 6]):
        return None  # "we have Obamacare, a $20 trillion budget, the weakest military": a list, no description
    head = re.split(r"\b(?:who|whose|that|which|where|when)\b", found.group("words") + (rest.group(0) if rest else ""))[0]
    if any(lexicon.get(word, "") in ("VBD", "VBZ", "VBP", "MD") for word in re.findall(r"[a-z]+", head)):
        return None  # "In Florida, a June poll found Trump receiving 20 percent": a clause's subject after a frame, no description
    for kind in ("person", "group", "place", "name"):
        if (name := names.name_ending(found.start(), kind)) is not None:
            return name
    return None


_PLACED_BEFORE = re.compile(
    r"\b(?:as|while|with|and)\s+(?:[A-Z][\w'’.-]*\s+)*?(?P<who>[A-Z][\w'’.-]*(?:\s+(?:van|de|der|von|da|di)\s+[A-Z][\w'’.-]*)?)"
    r"\s+(?:[a-z]+\s+){0,3}?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:in|on|with)\s+(?:a\s+|an\s+)?$"
)
"""A result's other finisher, placed in a clause of its own right before the figure ("as Bekele battled to
second in 7:41.42", "with Dutchman Patrick van Balkom second in 21.58 secs", "with Britain second on 48")."""


_INFINITIVE_AGENT = re.compile(
    r"\b(?:for|forced|forces|force|allowed|allows|expects?|expected|wants?|wanted|urged|urges|helped|helps|enabled|enables)\s+"
    r"(?:the\s+)?(?P<who>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*)\s+to\s+[a-z]+(?:\s+(?:a|an|the|about|nearly|some|up\s+to|more\s+than))?\s+$"
)
"""The agent of an infinitive whose object is the figure ("Wall Street is looking for United Technologies to post
a 17 percent increase", "the merger forced HP to slash 30,000 jobs"): who does it, not who wants it."""


_COUNTING_BODIES = frozenset("police authorities officials".split())
_COUNTS_AFTER = re.compile(r"\s+(?:(?:have|has|had|also)\s+)*(?:reported|recorded|counted|registered|confirmed|found|report|record)\b")
"""Public bodies that report what they count ("police reported 906 attacks"): a source of the count, not its holder."""


_WHOSE_CLAUSE = re.compile(r",\s+whose\s+[^,;:()—–\"“”]*$")
"""A ", whose ..." clause holding the figure: what it owns is its antecedent's."""


_PERSON_CARRIES = frozenset(("he", "she", "his", "her", "they", "their"))
"""Carries that only say whose a figure is (a pronoun's person), never what it measures."""


_ACTED_ON = re.compile(r"\b[a-z]+(?:ing|ed)\s+(?:(?:just|only|about|some|nearly|almost|more\s+than|over|another|a\s+further|a\s+total\s+of|a|an|the|his|her|their|its)\s+)*$")


def _acting_before(text: str, capitalized: frozenset[str], names: Names, low: int, at: int) -> meaning.Phrase | None:
    """The person or body before a figure at `at` that made it: the nearest name the holder step reads
    there, or, when that name only owns another noun ("the Moroccan's world best"), the name opening
    the sentence as its subject ("Lagat settled for silver ...")."""
    actor = named_before(text, low, at, capitalized, names)
    if actor is not None and _RELATIVE_BETWEEN.search(text, actor.end, at):
        return None  # "the attacks that killed 130 people in Paris": a relative clause's own subject made it
    if actor is not None and names.kind_at(actor.start, actor.end) in ("person", "group") and not _POSSESSIVE_AFTER.match(text, actor.end):
        return actor
    k = bisect.bisect_left(names.positions, low)
    opening = names.names[k] if k < len(names.names) and names.names[k].start == low else None
    if opening is not None and opening.kind in ("person", "group", "name") and _VERB_NEXT.match(text, opening.end) and (
        actor is None or actor.start > opening.start
    ):
        return meaning.Phrase(opening.text, opening.start, opening.end)
    return None


def _investor(text: str, capitalized: frozenset[str], names: Names, low: int, at: int) -> meaning.Phrase | None:
    """Who invests or spends the sum at `at`, an investing verb right before it: "he"/"she" of the
    clause ("In May, he made a proposal to invest"), the subject that plans or means to ("The government
    plans to invest"), else a person or body named before it that acts (`_acting_before`)."""
    if (pronoun := holders_module.pronoun_investing(text, low, at)) is not None:
        return names.find(pronoun)
    if (intent := intending_agent(text, low, at)) is not None:
        return names.find(intent) if wanted(intent.text) is not None else intent
    return _acting_before(text, capitalized, names, low, at)


_RELATIVE_BETWEEN = re.compile(r"\b(?:that|which|who|whom|whose)\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|had|has|was|is|won|set|ran|took|made|held|broke|beat|came|went|got|led)\b")
_SAID_IT = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|of\s+the\s+)?[A-Z][\w&.'’-]*)*)(?:['’]s?\s+(?P<noun>[a-z]+))?\s+(?:has\s+|had\s+)?"
    r"(?:said|says|announced|announces|reported|reports|added|adds|claimed|claims|estimated|estimates|confirmed|confirms)\s+(?:that\s+)?"
    r"(?:[^,.;:\"“”]{0,40},\s+|(?:in|on|last|this|since|by)\s+[\w-]+\s+)?(?P<it>it|they)\s+(?:(?:will|would|had|has|have|could|can|may|might|also|now|then|still|is|was|are|were)\s+)*"
    r"(?P<verb>[a-z]+)(?:\s+(?:a|an|the|about|almost|nearly|over|some|more\s+than|up\s+to|another|just|only|around|roughly))*\s+$"
)
"""A body that says what it does ("HP announced it would slash up to 30,000 jobs", "Acme says that in
2012 it paid $3.2 billion"): "it" or "they" right after a saying verb and its subject, and the verb whose
object the figure is."""
_AGED_SUBJECT = re.compile(r"[\s\"“‘']*(?:(?:And|But)\s+)?[Tt]he\s+(?P<age>\d{1,3}-year-old)\b")
_AT_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")  # a figure's place right after it
_PASSED_BEFORE = re.compile(r"\b(?:last(?:s|ed|ing)?|spen(?:t|d|ds|ding)|serv(?:e|es|ed|ing))\s+(?:(?:just|only|about|almost|nearly|more\s+than|over|some|another)\s+)*$")
"""A verb of time passing or spent right before a time ("the talks lasted two hours", "spending four days"): the time of an act."""
_BOTH_PAIR = re.compile(r"(?:Both|both|Either|either|Neither|neither)\s+(?=[A-Z][^,;]*\s(?:and|or|nor)\s+[A-Z])")
"""A quantifier before a pair of names ("Both Ann Lee and Sue Day", "Neither Leeds nor Hull"): no part of the pair's name."""
_SPENT_AT = re.compile(r"(?:\s+[a-z]+)?\s+(?:in|at)\s+(?:the\s+)?")  # a time's place right after it or after its noun
_IN_PLACE = re.compile(r"\s+(?:in|into|at)\s+(?:the\s+)?")  # also what a sum goes into
_AT_BEFORE = re.compile(r"(?<![\w'’-])at\s+(?:the\s+)?$")
""""at" before a name read after its figure: where or when ("at the General Election")."""
_EVENT_HEADS = frozenset(
    """games olympics paralympics championships championship prix meeting meet election elections convention conference
    summit camp dinner cup open invitational final finals tournament classic rally debate caucuses primary festival""".split()
)
"""Last words of an event's name ("the Birmingham Grand Prix", "the GOP convention"): an occasion holds no figure."""


_LOWER_LEAD = re.compile(r"(?:[Tt]he\s+)?(?!(?:the|a|an|his|her|its|their|our|my|your)\s)(?P<word>[a-z][\w-]*)\s+(?=[A-Z])")
"""A common word the reading of a holder kept before the name it ends with ("the night Clinton", "meaning
Trump", "sponsor ABC News")."""


_SOMEONE_AGED = re.compile(r"(?<![,(—–-])(?<![,(—–-]\s)(?<!\bas\s)(?<!\bnamed\s)(?:^|(?<=\W))(?:[Aa]n?)\s+(?:[a-z]+\s+)?$")
_UNNAMED_AFTER_AGE = re.compile(r"(?:\s+(?:[A-Z][\w.-]*\s+)?[a-z][a-z-]*)++(?!\s+[A-Z])")
"""An age of someone the sentence does not name: "a 15-year-old girl", "a kidnapped 8-year-old Fort
Worth girl", not "a 22-year-old Liverpool student David Dunne"."""


_BARE_SIDE = re.compile(r"(?<![\w.,$£€-])(\d{1,2}(?:\.\d)?)\s+to\s+$")
"""A poll's first side written as a bare number before the second share ("45 to 40 percent")."""


_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?P<own>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|(?P<name>(?<![\w'’])[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?"
    r"|(?<![\w'’])(?P<name_plural>[a-z][a-z-]*s)['’](?=\s))"
    r"\s+(?:(?:up\s+to|about|around|nearly|almost|some|over|more\s+than|less\s+than|roughly|estimated|annual|total)\s+)*$"
)


_OPENING_PREPOSITION = re.compile(
    r"(?:After|Against|Amid|Before|Behind|Beside|Besides|Beyond|Despite|Following|For|From|Given|Including|Like|"
    r"Since|Thanks\s+to|Through|Unlike|Until|With|Without|Within)\s+(?=[A-Z])"
)
"""A capitalized preposition opening a sentence before a possessor's name: no word of the name."""


def _possessive_before(text: str, low: int, at: int) -> meaning.Phrase | None:
    """The possessor written right before the figure: a possessive determiner ("his 3000 euros
    punishment", "its £2bn budget", as words to be named) or a name with 's ("Clinton's 46 percent")."""
    found = _POSSESSIVE_BEFORE.search(text, max(low, at - 60), at)
    if found is None:
        return None
    group = "own" if found.group("own") else "name" if found.group("name") else "name_plural"  # "compared with females' $67,000"
    if group == "name" and no_name(found.group("name")):
        return None  # "That's 33,000 people a year", "There's two tries": 's is "is", not a possessor
    start = found.start(group)
    if group == "name" and (opener := _OPENING_PREPOSITION.match(text, start, found.end(group))) is not None:
        start = opener.end()  # "Despite Barkley's three missed penalties", "After Smith's two goals": the name after the preposition
    if group == "name" and found.group(group).lower() in _BODY_ENDINGS and (run := _BODY_RUN.search(text, max(low, start - 80), start)) is not None:
        start = run.start()  # "the Transport and General Workers' Union's 70,000": the body's whole name, not "Union"
    return meaning.Phrase(text[start : found.end(group)], start, found.end(group))


_BODY_RUN = re.compile(r"(?<![\w'’])(?:(?!The\b)[A-Z][\w.-]*(?:s['’])?\s+(?:(?:and|&)\s+(?=[A-Z]))?)+$")
"""The capitalized words before a body's last name word ("Union", "Association", holders'
`_BODY_ENDINGS`), with "and" between and a plural's apostrophe ("General Workers' Union")."""


_RELATIVE = re.compile(
    r"(?P<who>(?:(?:[Tt]he|[Tt]his)\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)(?:(?:,|\s+[—–-])\s+(?:who|which|whose)|(?:,|\s+[—–-])\s+(?:a|an))\s+(?:[^,;:—–()]|,\s+(?=(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,|\s+and\b)))*$"
)


def _relative_antecedent(text: str, low: int, at: int) -> meaning.Phrase | None:
    """What a relative clause or an apposition holding the figure is about, when it opens its
    sentence ("The 28-year-old, who joined Rangers for £1.2m", "Acme Corp, which paid $5m",
    "Ferguson — a community of over 21,000"), also past a list of names inside the clause ("Alden,
    which owns the Denver Post, the Register and 90 other papers"): a name as written, or a
    description to be named."""
    found = _RELATIVE.match(text, low, at)
    if found is None:
        return None
    words = found.group("who")
    if not words[:1].isupper():
        return None
    if wanted(words) is None and not all(w[:1].isupper() for w in words.split()):
        tail = re.search(r"(?<=[a-z] )[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*$", words)  # "The private equity firm Alden Capital"
        if tail is None:
            return None
        start = found.start("who") + tail.start()
        for word in tail.group(0).split()[:-1]:  # "last November Samuel Amoah": a date is no part of the name
            if not names_nothing(word):
                break
            start += len(word) + 1
        return meaning.Phrase(text[start : found.end("who")], start, found.end("who"))
    return meaning.Phrase(words, found.start("who"), found.end("who"))


_PRONOUN_SUBJECT = re.compile(r"\b(?P<who>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+(?:(?:also|then|still|later|now|had|has|have|would|will|could|did)\s+)*(?P<verb>[a-z]+)\b")


_NEAR_OBJECT = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+")
"""At most three words between a verb and the figure it takes ("he took a massive $916 million loss")."""


def _pronoun_subject(text: str, low: int, at: int) -> meaning.Phrase | None:
    """The nearest pronoun before the figure that is a clause's subject ("he launched ..., after
    paying $365m"), as words to be named."""
    low = max([low] + [low + k + 1 for k, c in enumerate(text[low:at]) if c in ':;—–"“”'])  # its own clause
    found = None

    lexicon = _tagger().lexicon
    for verb in _PRONOUN_SUBJECT.finditer(text, low, at):
        words = verb.group(0).split()[1:]
        if any(word.endswith(("ed", "s")) for word in words) or (
            lexicon.get(words[-1], "") == "VBD" or len(words) > 1 and words[-1] in holding_verbs()
        ) and verb.group("who").lower() in ("he", "she") and (
            _NEAR_OBJECT.fullmatch(text, verb.end(), at) is not None
        ):
            found = verb  # "he launched", "it has", and a person's past form the lexicon knows right before the figure: "he took a $916 million loss"
            # or a verb of having, winning or getting after an auxiliary: "she will win at least 56"
    if found is None or any(w in _REPORTED for w in re.findall(r"[a-z]+", text[found.start("who") : at])):
        return None  # "He said he's raised $100,000": the one who says is no agent of what follows
    return meaning.Phrase(found.group("who"), found.start("who"), found.end("who"))


_FIRST_PERSON = re.compile(
    r"(?<![\w'’])(?P<who>I)(?:['’]ve|['’]d)?\s+(?:(?:also|then|still|now|just|already|again|actually|once|have|has|had|would|will|could|did|can)\s+)*(?P<verb>[a-z]+)\b"
)
_NOT_ACTING = frozenset(
    "think thought know knew guess believe believed want wanted hope hoped remember like hate mean meant say said tell told wish "
    "expect expected doubt feel felt suppose supposed imagine see saw urge don didn can cannot would should".split()
)


def _first_person(text: str, names: Names, low: int, at: int) -> meaning.Phrase | None:
    """The speaker of an "I" inside a quotation whose verb takes the figure as its object ("I had 60
    seconds", "I employed 50,000 people", "I pledged to create 700,000 jobs", "I am 51"): the person
    the quotation is attributed to, right after its closing mark (', Johnson said', ', she said') or
    before its opening one ('Johnson said: "', 'she said. "'). Not a verb of thinking or saying, whose
    clause has a subject of its own, nor an author's "I" outside quotation marks."""
    opening = text.rfind("\n", 0, low) + 1
    closing = text.find("\n", at)
    closing = len(text) if closing < 0 else closing
    before = text[opening:at]
    if before.count("“") > before.count("”"):
        marks = (text.rfind("“", opening, at), text.find("”", at, closing))
    elif before.count('"') % 2 == 1:
        marks = (text.rfind('"', opening, at), text.find('"', at, closing))
    elif before.count("''") % 2 == 1:
        marks = (text.rfind("''", opening, at), text.find("''", at, closing))
    else:
        return None  # an author's own "I" is nobody the text names
    low = max([low, marks[0] + 1] + [low + k + 1 for k, c in enumerate(text[low:at]) if c in ";:—–"])
    found = None
    for verb in _FIRST_PERSON.finditer(text, low, at):
        if verb.group("verb") not in _NOT_ACTING and verb.group("verb") not in _REPORTED and _OBJECT_GAP.fullmatch(text, verb.end(), at) is not None:
            found = verb
    if found is None:
        return None
    who = None
    if marks[1] >= 0:
        after = marks[1] + (2 if text.startswith("''", marks[1]) else 1)
        who = _ATTRIBUTED_AFTER.match(text, after, closing) or _SAID_AFTER_QUOTE.match(text, after, closing)
    if who is None:
        who = _ATTRIBUTED_BEFORE.search(text, max(opening, marks[0] - 80), marks[0])
    if who is None:
        return None
    words = meaning.Phrase(who.group("who"), who.start("who"), who.end("who"))
    if words.text.lower() in ("he", "she"):
        speaker = names.find(words)
    else:
        k = bisect.bisect_left(names.positions, words.start)
        person = next((n for n in names.names[k : k + 4] if n.start < words.end and n.kind in ("person", "name")), None)
        speaker = meaning.Phrase(person.text, person.start, person.end) if person is not None else None
    quoted = text[marks[0] : marks[1] if marks[1] >= 0 else closing]
    if speaker is None:
        return None
    surname = speaker.text.split()[-1]
    called = {w for n in names.names if n.kind == "person" and n.text.split()[-1] == surname for w in re.findall(r"[A-Z][\w'’-]+", n.text)}
    if any(re.search(rf"\b{re.escape(word)}\b", quoted) for word in called - {"Mr", "Mrs", "Ms", "Dr"}):
        return None  # '"Ben was polling No. 1, and I had handed over 15 months of research," he wrote': "he" is not the one named inside
    return speaker


_OBJECT_GAP = re.compile(r"\s+(?:(?:a|an|the|my|our|about|almost|nearly|over|more\s+than|just|only|some|another|around|roughly|to\s+[a-z]+)\s+)*")
_SPEAKER = r"(?P<who>he|she|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
_SAYING = r"(?:said|says|added|adds|told|tells|explained|insisted|argued|recalled|wrote|continued)"
_ATTRIBUTED_AFTER = re.compile(rf"\s*,?\s*{_SPEAKER}\s+(?:has\s+|had\s+|later\s+)?{_SAYING}\b")
_SAID_AFTER_QUOTE = re.compile(rf"\s*,?\s*{_SAYING}\s+{_SPEAKER.replace('he|she|', '')}")
_ATTRIBUTED_BEFORE = re.compile(rf"{_SPEAKER}\s+{_SAYING}(?:\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s*[:,.]\s*$")


_PRONOUN_HOLDING = re.compile(
    r"\b(?P<who>[Hh]e|[Ss]he)\s+(?:(?:also|then|still|later|now|already|only|just|had|has|have|would|will|could|did)\s+)*"
    r"(?:(?:plans?|planned|wants?|wanted|aims?|aimed|intends?|intended|hopes?|hoped|promised|pledged|vowed|announced\s+plans)\s+to\s+)?"
    r"(?P<verb>[a-z]+)\b(?:\s+off\b)?"
)
_STAFF_VERBS = frozenset("axe axed slash slashed create created hire hired laid lay".split())
"""Verbs whose object is a count of jobs or staff the agent makes or ends ("He plans to axe 104,000
jobs", "he laid off more than 200 staffers"), beside the holding verbs."""
_CROWD_VERBS = frozenset("greet greets greeted welcome welcomes welcomed address addresses addressed host hosts hosted".split())
"""Verbs whose object is a count of the people the agent receives or speaks to ("She greeted 3,000
supporters", "he welcomed several hundred guests"): the crowd is the agent's, as one drawn is."""


def _pronoun_holding(text: str, low: int, at: int) -> meaning.Phrase | None:
    """"He"/"she" right before a verb of having, winning or losing whose object the counted figure is, at
    most three words after it ("He has three children", "She already has 200 delegates", "He has lost
    six primaries"), as words to be named; the nearest such in the figure's own clause."""
    low = max([low] + [low + k + 1 for k, c in enumerate(text[low:at]) if c in ':;—–"“”'])
    found = None
    for verb in _PRONOUN_HOLDING.finditer(text, low, at):
        if (verb.group("verb") in holding_verbs() or verb.group("verb") in _STAFF_VERBS or verb.group("verb") in _CROWD_VERBS) and _NEAR_OBJECT.fullmatch(text, verb.end(), at) is not None:
            found = verb
    if found is None or _quoted(text, found.start()):
        return None  # '"He has 50 caps for Brazil," insisted his agent': a quotation's "he" is the speaker's to name
    return meaning.Phrase(found.group("who"), found.start("who"), found.end("who"))


_PRONOUN_AGED = re.compile(
    r"\b(?P<who>[Hh]e|[Ss]he)\s+(?:(?:will|would|could|might|may|should|must|soon|then|now|also|still|only|just)\s+)*"
    r"(?:be|turn|turns|turned|turning)\s+(?:(?:about|around|almost|nearly|just|only)\s+)?$"
)


def _pronoun_aged(text: str, low: int, at: int) -> meaning.Phrase | None:
    """"He"/"she" right before a bare number through a form of "be" or "turn" that `_pronoun_subject`
    does not read ("She will be 60 in May", "she might be 33 next month", "he will turn 40"): the
    number is the person's age, as "he is 60" already reads; as words to be named. Not inside a
    quotation, whose "he" is the speaker's to name."""
    low = max([low] + [low + k + 1 for k, c in enumerate(text[low:at]) if c in ':;—–"“”'])
    found = _PRONOUN_AGED.search(text, low, at)
    if found is None or _quoted(text, found.start()):
        return None
    return meaning.Phrase(found.group("who"), found.start("who"), found.end("who"))


def _only_person_before(names: Names, low: int, at: int, holder: str) -> bool:
    """Whether `holder` is the one person named between `low` (the sentence before's start) and `at`: an
    age that opens its sentence then surely describes that person ("Manchester City boss Kevin Keegan
    has praised striker Robbie Fowler. The 29-year-old ..." names two, and the age's own reading may
    take the wrong one)."""
    k = bisect.bisect_left(names.positions, low)
    people = [n for n in names.names[k : bisect.bisect_left(names.positions, at)] if n.kind == "person"]
    if {n.text.split()[-1] for n in people} != {holder.split()[-1]}:
        return False
    opening = names.starts[bisect.bisect_right(names.starts, people[0].start) - 1]
    lead = names.text[opening : people[0].start]
    return "," not in lead and len(lead.split()) <= 4  # its sentence's subject ("British hurdler Sarah Claxton is"), not an object ("sprinted past Catherine Murphy")


def _quoted(text: str, at: int) -> bool:
    """Whether `at` is inside a quotation opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("''") % 2 == 1


_REPORTED = fp.REPORTING_VERBS | frozenset("asked asks estimated estimates suggested suggests believes believed thinks thought".split())


_TELLER = re.compile(
    r"(?P<who>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]*))\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:said|says|say|reported|reports|announced|announces|estimated|estimates|expects|expected|added|adds|believes|thinks|told\s+\w+)\s+(?:that\s+)?$"
)


def _teller(text: str, low: int, pointer: meaning.Phrase) -> meaning.Phrase | None:
    """The body or people whose saying a pronoun's clause reports ("The campaign said it had $20m",
    "The unions say they will pay £2m"), when no name stands for the pronoun: a description that
    fits it ("it" a body, "they" a body or people)."""
    if pointer.text.lower() not in ("it", "its", "they", "their"):
        return None
    found = _TELLER.search(text, max(low, pointer.start - 80), pointer.start)
    if found is None:
        return None
    noun = found.group("noun")
    plural = pointer.text.lower() in ("they", "their")
    if not (meaning._names_agent(noun) or noun in fp.HOLDER_NOUNS) or plural != (noun.endswith("s") and noun not in fp.HOLDER_NOUNS):
        return None
    return meaning.Phrase(found.group("who"), found.start("who"), found.end("who"))


def _common_head(words: str) -> bool:
    """The phrase ends on a capitalized common noun ("the Center", "conservative Club", "the U.S. Court"), which a name goes on from."""

    return _tagger().lexicon.get(words.split()[-1].lower(), "").startswith("NN")


_THE_PEOPLE_NAMED = re.compile(r"(?i)(?:two|three|four)\s+(?:men|women|leaders|candidates|brothers|sisters|rivals|politicians|ministers|parties)")
"""A small count of people written after "the" ("the two men"): those named before, counted, not held by anyone."""
_ERROR_MARGIN = re.compile(r"(?i)\bmargins?\s+of\s+(?:sampling\s+)?error\b[^;.\d]{0,60}?(?:plus\s+or\s+minus\s+|\+/-\s*|±\s*|\bof\s+|\bis\s+|\bwas\s+)?$")
_POLL_WORD = re.compile(r"(?i)\b(?:poll|polls|survey|surveys|sample|samples)\b")
_NAME_BRACKET = re.compile(r"(?<=[\w.'’])\s*\($")
"""A bracket opened right after a word, before a bare number ("Rivaldo (2)")."""


def _in_capitals(text: str, start: int, end: int) -> bool:
    """The words around `start`..`end` are written in capitals (a heading: "EUROPEANS ASK IF VIOLENCE IS
    BECOMING FACT OF LIFE"), so a capitalized word there is no name."""
    around = text[max(0, start - 30) : start] + text[end : end + 30]
    letters = [c for c in around if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


_AGED_PEOPLE = re.compile(r"(?i)year[- ]olds$")
_SUSPENDED_OLDS = re.compile(r"(?i)(?:-\s*)?\s+(?:and|or)\s+[a-z0-9]+-(?:year|month|week)-olds\b")
"""After an age: a second that names people by both ages ("16 and 17-year-olds"): the first names them too."""
_OWNED_AFTER = re.compile(r"\s+(?:of\s+)?(?:the|a|an)\s+[\w-]+['’]s?\s")
_OF_THEM = re.compile(r"\s+of\s+them\b")
_PARAGRAPH_BREAK = re.compile(r".*\n\s*\n\s*", re.S)
_MAY_SET_AGAINST = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+$")
_MAY_BACK = re.compile(r"[^.;:!?]{0,60}?\b(?:back|backs|backed|support|supports|supported|favou?rs?|favou?red|endorse[sd]?|prefers?|preferred|chose)\s+[A-Z]")
"""A cheap look for a verb of backing a name after a figure."""
_NAME_GOES_ON = re.compile(r"\s+(?:for|of|on|and|&)\s+[A-Z]")
"""A name that may go on past a small word ("Club for Growth Action", "Bank of America")."""
_OF_MEMBERS = re.compile(r"\s+of\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b")
"""A description followed by the plural it is made of ("the group of voters"): no pointer to a name."""
_APPOSED_NAME = re.compile(r"(?:,|\s[—–]|\s--)\s+[A-Z]")
_NAME_APPOSED = re.compile(r"[A-Z][\w.&'’-]*(?:,|\s[—–]|\s--)\s+$")
"""A capitalized word set off right after or before a description: a name it may stand beside."""
_MAY_VIEW = re.compile(r" by (?:[a-z]+ ){0,3}$")
"""A cheap look for a passive's "by" right before a share ("viewed as honest by 55 percent")."""
_OPINION_AFTER = re.compile(
    r"\s+(?:(?:now|also|still)\s+)?(?:see|saw|view|viewed|say|said|think|thought|believe|believed|approve|approved|disapprove|disapproved"
    r"|support|supported|oppose|opposed|favou?r|favou?red|rate|rated|hold\s+an?)\b"
)
"""A verb of opinion right after a share: "57 percent see X negatively", "40 percent approve of X"."""
_CLAUSE_OPENS = re.compile(r"(?:^|\s[-—–]\s*|[;:]\s*|,\s*|\b(?:while|whereas|and|but)\s+)(?:(?:just|only|about|nearly|almost|some|roughly|around)\s+)?$")
"""What may stand right before a share that opens its clause: the sentence's start, a dash, a
semicolon, a colon, a comma, or a conjunction."""
_MAY_NAME = re.compile(r"\b(?:[Hh]im|[Hh]er|[Hh]e|[Ss]he)\b|\s[A-Z]")
"""A cheap look for a name or an object pronoun before the article's names are read (most opinion
shares name no one)."""
_TIME_OWNERS = frozenset("season year month week day decade century quarter today yesterday tonight night weekend".split())
"""Possessors that are times ("a season's best", "last year's total"): what they own is dated, not held."""
_CATEGORY_OWNERS = frozenset("men women boys girls ladies juniors seniors veterans mens womens".split())
"""Possessors that name a category of competition ("the men's 800m", "the women's team title"): a kind of event, not a holder."""


def _demonym(words: str) -> bool:
    """An adjective of nationality ("Russian", "Turkish-American"), not a name."""

    return " " not in words and all(part in gazetteers()["demonyms"] for part in words.split("-"))


_PEOPLE = (
    r"voters|adults|Americans|respondents|Democrats|Republicans|independents|residents|citizens|Britons|Latinos|Hispanics"
    r"|women|men|parents|students|workers|members|people|supporters|electorate|public"
)
_POLL_GROUP = re.compile(
    r"\b(?:(?P<poll>poll|survey|sample)|percentage|share|proportion|majority|plurality|number)\s+of\s+|\b[Aa]mong\s+"
)
_GROUP_AFTER = re.compile(
    rf"(?:(?:the|all|those|his|her|their|its|our)\s+)?(?P<group>(?!(?:the|his|her|their|its|our)\b)(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:{_PEOPLE}))\b"
)


_RANK_BEFORE = re.compile(rf"\b(?:the|those|their)\s+(?:{'|'.join(sorted(meaning._RANK_WORDS))})\s+$", re.I)
_RANK_OF_BEFORE = re.compile(rf"(?:{'|'.join(sorted(meaning._RANK_WORDS))})\s+\S+\s+(?:percent|per cent|%)?\s*of\s+(?:the\s+|all\s+)?$", re.I)


def _ranked_group(text: str, start: int, end: int, subject: meaning.Phrase) -> bool:
    """A share that names a group by its rank with no "of" after it ("the top 1 percent captured ...")
    whose subject, found before it, is no group an earlier ranked share was "of" ("the poorest 20% of
    society ... the richest 20%") and no noun it sizes ("the top 33 percent rate")."""
    if subject.end > start or re.match(rf"\s+{re.escape(subject.text.split()[-1])}\b", text[end : end + 40]) or _RANK_BEFORE.search(text, max(0, start - 30), start) is None or re.match(r"\s+of\b", text[end : end + 5]):
        return False
    return _RANK_OF_BEFORE.search(text, max(0, subject.start - 60), subject.start) is None


_OTHERS_AFTER = re.compile(r"\s+(?P<others>others)\b")
"""Right after a count: "others" ("two others"), the people or things counted besides those named."""


_PART_OF_WHOLE = re.compile(r"\s+of\s+(?:the|those|these|its|their)\s+(?P<whole>\d[\d,]*)(?![\d,.]*\s*(?:%|percent|[A-Za-z]+s\b|[A-Z]))")
"""After a number: "of the 22" with no noun after the whole ("Ten of the 22 on duty"); not "of the 19 states", "of the 1905 All Blacks"."""
_WHOLE_AFTER = re.compile(r"\bof\s+(?:the|those|these|its|their)\s+$")
"""Before a number: "of the", the whole of a part named before it ("a majority of the 4,051")."""
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|with|about|on|at|from|into|by|to|over|under|after|before|between|among|near)\s+"
    r"(?:(?:the|a|an|these|those|its|their|his|her|our)\s+)?(?:(?!for\b|of\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _plural_before(
    article: Article, sentence: Sentence, end: int, names: frozenset[str] | None,
    usable: Callable[[str, meaning.Phrase | None], meaning.Phrase | None] = lambda text, plural: plural,
) -> meaning.Phrase | None:
    """The last plural before `end` in its sentence, else the last of the sentence before in the same paragraph
    ("Vacancies have risen. ... 34 of them are"), as `usable` lets it be (in article offsets)."""
    if (own := usable(sentence.text, meaning.last_plural(sentence.text[:end], names))) is not None:
        return own.shifted(sentence.start)
    before = _sentence_before(article, sentence)
    if before is not None and (earlier := usable(before.text, meaning.last_plural(before.text, names))) is not None:
        return earlier.shifted(before.start)
    return None


_VERB_TO_POSSESSIVE = re.compile(
    r"(?:,[^,;:]{1,80},)?(?:\s+[a-z][^,;:.]{0,60}?\s+(?:but|and|then))?\s+(?:(?:has|have|had|will|would|can|could|may|might|did|does|do)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:said|says|say|told|tells|expects?|hopes?|wants?|thinks?|believes?|[a-z]+ed|[a-z]+s)\s+(?:that\s+)?$"
)
"""Between a name and a later "its"/"their": the name's own verb (an aside set off by commas may come first), so
the name is the subject whose clause the possessive is in ("Acme, a chain of 40 stores, says its sales rose"; "Zenco
keeps its books private but says its trade has doubled")."""
_FRAMING_BEFORE = re.compile(r"(?i)\b(?:in|with|for|to|from|of|at|by|on|about|under|after|before|into|like|unlike|according\s+to|than|via)\s+(?:the\s+)?$")


_ITS_OR_THEIR = re.compile(r"(?i)\b(?:its|their)\b")


def _possessive_with_name_before(text: str, article_names: Callable[[], Names], low: int, at: int) -> meaning.Phrase | None:
    """The body, group or pair a carried "its"/"their" before a figure at `at` stands for when its own sentence (from
    `low`) names it as the subject of the verb the possessive's clause hangs on ("Acme says its business has
    tripled", "Wealth-X, which tracks the rich, says its business ..."): that name, not the topic of the sentence
    before. Not a name after a preposition ("According to Reuters, its sales", "Data from Nielsen show its
    sales"), in a frame set off by a comma ("Unlike Samsung, its sales"), nor inside an aside about a person
    ("Mr Smith, a former Google executive, said its sales"). The article's names are read only once a
    possessive is found."""
    found = list(_ITS_OR_THEIR.finditer(text, low, at))
    if not found:
        return None
    start = found[-1].start()
    names = article_names()
    k, end = bisect.bisect_left(names.positions, low), bisect.bisect_left(names.positions, start)
    for name in reversed(names.names[k:end]):
        if name.end <= start and _VERB_TO_POSSESSIVE.fullmatch(text, name.end, start) is not None:
            if name.kind not in ("group", "name", "pair") or _FRAMING_BEFORE.search(text, max(low, name.start - 20), name.start):
                return None
            return meaning.Phrase(name.text, name.start, name.end)
    return None


def _sentence_before(article: Article, sentence: Sentence) -> Sentence | None:
    """The sentence before `sentence` in its paragraph, if any."""
    before = article.sentences[sentence.index - 1] if sentence.index else None
    return before if before is not None and before.paragraph == sentence.paragraph else None


def _unprepositioned(text: str, plural: meaning.Phrase | None) -> meaning.Phrase | None:
    """The plural, unless a preposition governs it ("interviewed witnesses about the crashes", "treated the victims
    in tents"): the noun a part and whole leaves out is a clause's subject or object, not a place or topic ("of"
    and "for" aside: "the race for delegates")."""
    if plural is None or _AFTER_PREPOSITION.search(text, max(0, plural.start - 40), plural.start) is not None:
        return None
    return plural


def _elided_whole(text: str, figure: Figure) -> float | None:
    """The whole of a part and whole whose noun is left out: 22 in "Ten of the 22 on duty", 19 in "12 of the 19
    contain" (for the part and for the whole itself: "a majority of the 4,051"); None when a noun follows the whole
    ("Four of the 1905 All Blacks", "12 of the 19 states") or the figure is no such part or whole."""
    if (part := _PART_OF_WHOLE.match(text, figure.end)) is not None:
        return float(part.group("whole").replace(",", ""))
    if figure.kind == "number" and figure.value is not None and _WHOLE_AFTER.search(text, max(0, figure.start - 20), figure.start) is not None:
        return figure.value
    return None


def _poll_group(article: Article, index: int, position: int, back: int = 4) -> meaning.Phrase | None:
    """The group a poll's shares are of, named without a figure in this or the four sentences before:
    "a greater percentage of Democratic registered voters ...", "leads among likely voters"; the group
    a poll or survey is "of" comes first ("A YouGov poll of American voters ... the majority of his citizens")."""
    start = article.sentences[max(0, index - back)].start
    found: dict[bool, meaning.Phrase] = {}
    for opener in _POLL_GROUP.finditer(article.text, start, position):
        if (group := _GROUP_AFTER.match(article.text, opener.end())) is not None and group.end() <= position:
            found[opener.group("poll") is not None] = meaning.Phrase(group.group("group"), group.start("group"), group.end("group"))
    return found.get(True) or found.get(False)


def _person_ending(holders: Names, subject: meaning.Phrase) -> meaning.Phrase | None:
    """The person's name that ends `subject` ("Kenyan Bernard Lagat"), if the article names one there."""
    k = bisect.bisect_left(holders.positions, subject.start)
    while k < len(holders.names) and holders.names[k].start < subject.end:
        name = holders.names[k]
        if name.end == subject.end and name.kind == "person":
            return meaning.Phrase(name.text, name.start, name.end)
        k += 1
    return None


_OWNED_BEFORE = re.compile(r"(?i)\b(?:its|their)\s+$")


def _topic_before(article: Article, index: int, names: frozenset[str] | None = None) -> meaning.Topic | None:
    """The topic of the nearest earlier sentence that names one (up to two back), in article offsets."""
    for back in (1, 2):
        if index - back < 0:
            return None
        sentence = article.sentences[index - back]
        _, topic = meaning.read(sentence.text, [], names)
        if topic is not None:
            return topic.shifted(sentence.start)
    return None


def boilerplate_figures(article: Article) -> tuple[Figure, ...]:
    """Figures inside removed boilerplate (flag "boilerplate"; offsets into the source text)."""
    from .segment import sentence_spans  # segment does not import figures; this keeps it that way

    found: list[Figure] = []
    for cut in article.removed:
        for block in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", cut.text):
            for start, end in sentence_spans(block.group(0)):
                text = block.group(0)[start:end]
                if not may_hold_number(text):
                    continue
                offset = cut.start + block.start() + start
                pairs = _extract(text)
                for figure, (_, read) in zip(_in_points(text, [f for f, _ in pairs], [(0, len(text))] * len(pairs)), pairs):
                    found.append(
                        _with_meaning(
                            figure, read.shifted(offset), start=offset + figure.start, end=offset + figure.end,
                            flags=(*figure.flags, "boilerplate"),
                        )
                    )
    return tuple(found)


def standfirst_figures(article: Article) -> tuple[Figure, ...]:
    """Figures in the standfirst, the summary under the headline (flag "standfirst"): read as a paragraph of its
    own by `article_figures`, the body's extraction and meaning, so its words name the holders; offsets into
    `article.text`, like the body's (not the source's, like boilerplate's). They carry sentence and paragraph -1:
    the standfirst is no body paragraph and no row of `article.sentences`, and it comes before paragraph 0."""
    from .segment import standfirst_alone  # segment does not import figures; this keeps it that way

    alone = standfirst_alone(article)
    if alone is None or not may_hold_number(alone.paragraphs[0].text):
        return ()
    return tuple(replace(f, sentence=-1, paragraph=-1, flags=(*f.flags, "standfirst")) for f in article_figures(alone))


def figures_of(article: Article, *, boilerplate: bool = True) -> tuple[Figure, ...]:
    """The article's figures: body sentences first (so a body figure's index does not depend on the standfirst),
    then the standfirst's (article text: kept with boilerplate=False, the CLI's --body-only), then (optionally)
    those in removed boilerplate."""
    found = article_figures(article) + standfirst_figures(article) + (boilerplate_figures(article) if boilerplate else ())
    return yen_or_yuan(found, article.text)
