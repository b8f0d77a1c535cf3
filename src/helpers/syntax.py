"""A shallow parse of one sentence: tokens with offsets, part-of-speech tags (TextBlob's bundled
Pattern tagger, no download) and noun-phrase chunks; figures and time phrases are single tokens."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .records import quick_init

ABBREVIATION = (
    r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|[A-Z]['’][A-Z][a-z]+|"
    r"(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Rev|Prof|Gen|Lt|Col|Capt|Sgt|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|Bros|No)\.(?=\s)"
)
"""Initials and abbreviated titles keep their full stop: "U.S.", "C.V. Starr", "Sen. Ted Cruz"."""
WORD = re.compile(
    rf"{ABBREVIATION}|\w+(?:[-.&/]\w+)*(?=n['’]t\b)|n['’]t\b|\w+(?:[-.&/]\w+)*|['’](?:s|ve|re|ll|d|m)\b|[^\w\s]"
)
_CAMEL = re.compile(r"^(?:Mc|Mac)?[A-Z][a-z]+[A-Z]\w*$|^[A-Z]\.")
"""A name written with an inner capital or as initials ("YouGov", "McConnell", "U.S.")."""
_WORDLIKE = re.compile(r"\w")
_PLURAL_END = re.compile(r"\s[a-z]+s$")
_AGE_GROUP = re.compile(r"^[a-z]+-\d+s$")
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
"""The tags of a finite verb: past, present (third person or not), and a modal."""
_INDEFINITE = frozenset("none nobody nothing everyone everybody everything someone somebody anyone anybody".split())
_PREDETERMINERS = frozenset(("half", "a half", "a third", "a quarter", "two-thirds", "three-quarters", "twice", "such", "quite", "all"))
"""Words written before a determiner in one noun phrase: "half the vote", "such a pipeline"."""
_HEAD_ADJECTIVES = frozenset("worth total average maximum minimum majority best final".split())
"""Words the lexicon calls adjectives that head a noun phrase after a determiner ("his net worth",
"a season's best of 7.48", "at 40% in the final": the contest, which the lexicon knows only as an adjective)."""
_PEOPLE_ADJECTIVES = frozenset(
    "poor rich wealthy affluent needy elderly young sick disabled unemployed jobless uninsured homeless vulnerable"
    " privileged dispossessed destitute underprivileged poorest richest wealthiest".split()
)
"""Adjectives that after "the" name the people they describe ("aid for the poor", "taxes on the
wealthiest", "the elderly were hit hardest"): a noun phrase's head when no noun follows."""
_CHANGE_WORDS = frozenset("rise increase fall drop decline cut jump gain hike surge boost decrease climb".split())
"""Change nouns the lexicon reads as verbs ("a tax cut of", "a pay rise of")."""
_COMMON_ACRONYMS = frozenset("TV GDP GNP IPO IPOs DVD DVDs ATM ATMs".split())
"""Acronyms of common nouns: "TV and radio advertising" is one noun phrase, "TV" names no one."""
_OPENERS = frozenset(("“", '"', "‘", "'", "(", "-", "—", "–", ":"))
_PLURAL_DETERMINERS = frozenset("the those these its their his her our your my all both many some such".split())
_COMPOUND_PARTICIPLES = frozenset("related based backed owned funded linked controlled financed".split())
_PARTICIPLE_OPENERS = frozenset(("of", "in", "for", "on", "with"))
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
NP_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS", "FIG", "VBN", "VBG", "NN", "NNS", "NNP", "NNPS"})
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


@quick_init
@dataclass(frozen=True, slots=True)
class Token:
    """A word, a figure (tag FIG) or a time phrase (tag TIME); `start`/`end` index the text."""

    text: str
    start: int
    end: int
    tag: str
    figure: int = -1
    lower: str = ""
    """The text lower-cased (set by `parse`; read many times per token)."""

    @property
    def noun(self) -> bool:
        return self.tag in NOUN_TAGS

    @property
    def proper(self) -> bool:
        return self.tag in ("NNP", "NNPS")


@quick_init
@dataclass(frozen=True, slots=True)
class Chunk:
    """A noun phrase: tokens `first` to `last` inclusive; `head` is its last noun (or figure)."""

    first: int
    last: int
    head: int


@quick_init
@dataclass(frozen=True, slots=True)
class Parse:
    tokens: tuple[Token, ...]
    chunks: tuple[Chunk, ...]
    chunk_of: tuple[int, ...]
    """For each token, the index of the chunk that holds it, or -1."""

    def chunk_at(self, index: int) -> Chunk | None:
        if 0 <= index < len(self.tokens) and self.chunk_of[index] >= 0:
            return self.chunks[self.chunk_of[index]]
        return None


@lru_cache(maxsize=1)
def _tagger() -> Any:
    from textblob.en import parser  # imported on first use: 0.7 s, and only sentences with figures need it

    return parser


def has_finite(words: str) -> bool:
    """Whether any lower-case word of `words` is one the lexicon tags as a finite verb (VBD, VBZ, VBP,
    MD): the test for a clause of its own between or after figures."""
    lexicon = _tagger().lexicon
    return any(lexicon.get(word, "")[:3] in FINITE_TAGS for word in re.findall(r"[a-z]+", words))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Country names (pycountry) and their one-word forms: "China" opening a sentence is a name."""
    import pycountry

    names = {"Britain", "Europe", "America", "England", "Scotland", "Wales", "Ireland", "Africa", "Asia"}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(value)
                names.update(w for w in value.replace(",", " ").split() if w[:1].isupper() and len(w) > 3)
    return frozenset(names)


_INSTRUMENT_CODE = re.compile(
    r"(?<=[A-Za-z0-9] )(?:\.[A-Z][A-Z0-9]{1,11}|[A-Z]{1,5}c\d{1,2}|[A-Z]{2,6}\.[A-Z]{1,2}|[A-Z][A-Z0-9]{2,9}=[A-Z]{0,3}"
    r"|\((?=[A-Z0-9.=^]*\d|[A-Z]{3,})[A-Z][A-Z0-9.=^]{1,7}\))(?=[\s,;:)]|\.(?:\s|$)|$)"
)
"""A market code written after the instrument's name ("the Dow Jones Industrial Average .DJI fell",
"U.S. crude CLc1", "Apple AAPL.O", "the euro EUR=", "Japan's Nikkei 225 (N225)"): a label for machines, not a word of the
sentence."""


def instrument_codes(text: str) -> list[tuple[int, int]]:
    """The spans of the market codes in `text`: ".DJI", "EUR=" and "CLc1" wherever a word precedes them,
    "AAPL.O" only after a name or a number."""
    if "." not in text and "=" not in text and not any(ch.isdigit() for ch in text):
        return []
    spans = []
    for m in _INSTRUMENT_CODE.finditer(text):
        before = text[: m.start() - 1].rsplit(None, 1)[-1:]
        code = m.group(0)
        distinct = code[0] == "." or "=" in code or code[-2:-1] == "c"  # ".DJI", "EUR=", "CLc1": no word is written so
        if code[0] == "(" and not _after_instrument(text, m.start()):
            continue  # "(N225)", "(KOSPI)" only after an index's name; "Office of National Statistics (ONS)" keeps its acronym
        if before and (distinct or before[0][:1].isupper() or before[0][:1].isdigit()):  # else after a name ("Apple AAPL.O", "S&P 500 .SPX")
            spans.append(m.span())
    return spans


def instrument(words: str) -> bool:
    """A market index or price benchmark ("the Nasdaq", "Brent crude", "Japan's Nikkei 225"), from
    resources/market_instruments.txt."""
    from .assets import word_list

    return re.sub(r"^(?:the\s+|[^'’]{1,40}['’]s\s+)", "", words.strip().lower()) in word_list("market_instruments.txt")


def _after_instrument(text: str, position: int) -> bool:
    """The one to four words before `position` name a market index or benchmark ("Nikkei 225", "Hang Seng Index")."""
    words = text[max(0, position - 60) : position].split()
    if words and words[-1].lower() in ("index", "average"):
        words = words[:-1]  # "Kospi Index"
    return any(instrument(" ".join(words[-n:])) for n in range(1, min(4, len(words)) + 1))


def _tokens(text: str, figures: Sequence[tuple[int, int]], times: Sequence[tuple[int, int]]) -> list[tuple[str, int, int, str, int]]:
    """(text, start, end, fixed tag or "", figure index) for words, figures and time phrases; market
    codes after a name are left out."""
    found = _spans_tokens(text, figures, times)
    codes = instrument_codes(text)
    if not codes:
        return found
    return [t for t in found if t[3] or not any(s <= t[1] < e for s, e in codes)]


def _spans_tokens(text: str, figures: Sequence[tuple[int, int]], times: Sequence[tuple[int, int]]) -> list[tuple[str, int, int, str, int]]:
    spans = sorted([(s, -e, "FIG", i) for i, (s, e) in enumerate(figures)] + [(s, -e, "TIME", -1) for s, e in times])
    found: list[tuple[str, int, int, str, int]] = []
    position = 0
    for start, negative_end, tag, index in spans:
        end = -negative_end
        if start < position:
            continue  # a duration inside a time phrase ("the three months to June") reads as the time
        found.extend((m.group(0), m.start(), m.end(), "", -1) for m in WORD.finditer(text, position, start))
        found.append((text[start:end], start, end, tag, index))
        position = end
    found.extend((m.group(0), m.start(), m.end(), "", -1) for m in WORD.finditer(text, position))
    return found


def _names_then_verb(tokens: Sequence[Token], k: int) -> bool:
    """Names from token `k` on are followed by a finite verb ("... Wasserman Schultz raised")."""
    while k < len(tokens) and tokens[k].proper:
        k += 1
    return k < len(tokens) and tokens[k].tag in ("VBD", "VBN", "VBZ", "VBP", "MD")


_QUOTE_MARKS = frozenset(("'", '"', "“", "”", "``", "''"))
_SINGLE_MARKS = frozenset(("'",))


def _scare_quote(tokens: Sequence[Token], k: int, first: int) -> bool:
    """Token `k` closes a quoted figure that opened right before the noun phrase being read at `first`, and
    a lower-case noun goes on after it: the figure modifies that noun ("the "90 to 95 percent" figure",
    "Sanders' "2 million-plus" people"). A single mark counts only doubled ("''"); an apostrophe
    ("magistrates' courts") is no quote, and quoted words inside a phrase are left alone."""
    mark = tokens[k]
    if mark.text not in _QUOTE_MARKS or mark.start > tokens[k - 1].end or first < 1 or tokens[first - 1].text not in _QUOTE_MARKS or (
        tokens[k - 1].tag != "FIG"
    ):
        return False
    if mark.text in _SINGLE_MARKS and not (k + 1 < len(tokens) and tokens[k + 1].text in _SINGLE_MARKS and tokens[k + 1].start == mark.end):
        return False
    m = k
    while m < len(tokens) and tokens[m].text in _QUOTE_MARKS:
        m += 1
    return m < len(tokens) and tokens[m].tag in ("NN", "NNS") and tokens[m].text.islower()


_BARE_YEAR = re.compile(r"(?i:the\s+)?(?:(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?|(?i:first|second|third|fourth)-(?i:quarter)|(?i:full|half)-(?i:year)|(?i:first|second)-(?i:half))")
"""A year written bare ("2015", "the 2014-15") or a period written as one hyphenated word ("first-quarter",
"full-year"): before a noun, a modifier that dates it."""


def _modifying_time(tokens: Sequence[Token], k: int) -> bool:
    """The time token at `k` is a bare year right before a common noun ("Tesco's 2015 accounts", "a 2015
    profit", "the 2014-15 budget"): it dates the noun and belongs to its noun phrase."""
    return (
        0 <= k < len(tokens) - 1 and tokens[k].tag == "TIME" and tokens[k + 1].tag in ("NN", "NNS") and not tokens[k + 1].proper
        and _BARE_YEAR.fullmatch(tokens[k].text) is not None and not (k > 0 and tokens[k - 1].tag in ("NNP", "NNPS"))
    )  # (not "Guide to British Quangos 2005 author Dan Lewis": a year that ends a title)


def _chunks(tokens: Sequence[Token]) -> tuple[list[Chunk], list[int]]:
    """Noun phrases: runs of determiners, adjectives, participles, possessives, figures and nouns
    that end in a noun (or are a lone figure); participles only between a determiner or adjective
    and a noun ("the halted supplies")."""
    chunks: list[Chunk] = []
    chunk_of = [-1] * len(tokens)
    i = 0
    while i < len(tokens):
        if tokens[i].tag == "TIME" and _modifying_time(tokens, i) and not (i > 0 and tokens[i - 1].tag in NP_TAGS):
            pass  # "The 2015 budget included £2m": a bare year before a noun opens the noun phrase it dates
        elif tokens[i].tag not in NP_TAGS or tokens[i].tag in ("POS", "VBG") or tokens[i].tag == "VBN" and not (
            i > 0 and tokens[i - 1].lower in _PARTICIPLE_OPENERS and i + 1 < len(tokens) and tokens[i + 1].tag in ("NN", "NNS")
        ):
            i += 1  # a participle opens a noun phrase only after "of"/"in"/"for" and before a noun ("of licensed taxis")
            continue
        j = i
        while j + 1 < len(tokens) and (
            tokens[j + 1].tag in NP_TAGS or tokens[j + 1].text in _QUOTE_MARKS and _scare_quote(tokens, j + 1, i)
            or tokens[j + 1].tag == "TIME" and _modifying_time(tokens, j + 1)
        ):  # (each helper's first test written before its call: most tokens are neither a quote mark nor a time)
            nxt = tokens[j + 1]
            if nxt.tag == "TIME":
                j += 1  # "Tesco's 2015 accounts", "a 2015 profit": the year dates the noun, inside its phrase
                continue
            if nxt.tag not in NP_TAGS:
                j += 1  # "the ''moderate'' vote", "£35bn in "wasteful" spending": quotes around a modifier stay in the phrase
                continue
            if nxt.tag in ("VBN", "VBG") and (tokens[j].noun or tokens[j].tag == "FIG" or not (j + 2 < len(tokens) and tokens[j + 2].noun)) and not (
                nxt.lower in _COMPOUND_PARTICIPLES and tokens[j].noun and j + 2 < len(tokens) and tokens[j + 2].noun
            ):
                break  # but "HIV/Aids related work", "state owned firms": a compound modifier written without its hyphen
            if nxt.tag in ("DT", "PRP$") and tokens[j].tag not in ("DT", "PDT") and tokens[j].lower not in _PREDETERMINERS:
                break  # a determiner opens a new noun phrase ("to lower the rate")
            if tokens[j].tag == "FIG" and nxt.tag == "FIG":
                break
            if tokens[j].tag == "FIG" and nxt.tag == "POS" and _counts_own_plural(tokens[j].text):
                break  # "the two unions' executives": the count owns what follows; it counts the unions, not the executives
            if tokens[j].tag == "FIG" and nxt.proper and _PLURAL_END.search(tokens[j].text):
                break  # "after seven years Labour had": the figure has its own noun; a name starts anew
            if tokens[j].tag == "FIG" and nxt.proper and _names_then_verb(tokens, j + 1):
                break  # "the $3 million Wasserman Schultz raised": the name is the subject of a relative clause
            if tokens[j].tag in ("NN", "NNS") and not tokens[j].proper and j == i + 1 and tokens[i].lower in ("a", "an", "the") and nxt.proper and _names_then_verb(tokens, j + 1):
                break  # "a group Barack Obama won by 2 points", "the way Obama reached out": a relative clause's subject
            j += 1
        last = j
        while last >= i and not (tokens[last].noun or tokens[last].tag in ("FIG", "PRP")):
            last -= 1
        head = last
        if last >= i and last + 1 <= j and tokens[last].proper and tokens[last + 1].tag == "CD" and (last + 2 > j or tokens[last + 2].tag != "NNS"):
            last += 1  # "the FTSE 100", "the Boeing 757": a number that ends a name belongs to it
        if last >= i:
            chunks.append(Chunk(i, last, head))
            for k in range(i, last + 1):
                chunk_of[k] = len(chunks) - 1
        i = j + 1
    # pronouns are noun phrases of their own
    for k, token in enumerate(tokens):
        if token.tag == "PRP" and chunk_of[k] < 0:
            chunks.append(Chunk(k, k, k))
            chunk_of[k] = len(chunks) - 1
    order = sorted(range(len(chunks)), key=lambda c: chunks[c].first)
    renumber = {old: new for new, old in enumerate(order)}
    return [chunks[c] for c in order], [renumber[c] if c >= 0 else -1 for c in chunk_of]


_MIDDLE_CAPITAL = re.compile(r"[A-Z](?<=[a-z0-9,;’'] .)(?:(?<=M)(?:c|ac)[A-Z]|(?<=O)['’][A-Z]|)[a-z]+(?:['’-][A-Za-z]+)*")
"""A capitalized word after a lower-case word, a digit or a comma: "(?<=[a-z0-9,;’'] )(?:Mc|Mac|O['’])?[A-Z][a-z]+
(?:['’-][A-Za-z]+)*" written to open with the capital every match opens with ("Mc", "Mac", "O'" too), so
the scan skips to capitals (tests/test_speed.py compares both)."""


def capitalized_inside(text: str) -> frozenset[str]:
    """Words an article writes with a capital inside a sentence: the names among them ("Labour
    lead ..." opens a sentence, but "voted Labour" shows Labour is a name)."""
    return frozenset(m.group(0) for m in _MIDDLE_CAPITAL.finditer(text))


_MULTIPLYING = frozenset("double treble triple".split())
"""Words the lexicon reads as adjectives that after "to" or a modal are verbs of multiplying ("to double aid")."""

_BARE_PARTICIPLES = frozenset("cast cut set put hit shed spread bid split quit".split())
"""Participles spelt as their bare form, which the lexicon reads as a noun or a present verb."""
_PASTS_READ_AS_NOUNS = frozenset("shot slit cast bid split spread shed".split())
"""Past forms the lexicon reads only as nouns ("shot", "slit"): `_has_verb_forms` finds no "-ed" form for them."""


def _opens_clause(tokens: Sequence[Token], k: int) -> bool:
    """The run of names ending at token `k` opens its clause ("Acme plans to ...", "..., and Acme
    plans to ..."), rather than following a verb or preposition ("He underlined Lib Dem plans to ...")."""
    while k >= 0 and tokens[k].proper:
        k -= 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1  # "The Tax Foundation estimates"
    return k < 0 or tokens[k].tag in (",", ":", "CC", "(") or tokens[k].lower in ("that", "while", "whereas", "because")


_COUNTED_NOUN_END = re.compile(r"(?<![\w-])\d[\d,.]*\s+(?:[A-Za-z][\w-]*\s+)*(?!(?:percent|cent|points?|per)\b)[a-z]+s\Z|(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\s+(?:[A-Za-z][\w-]*\s+)*[a-z]+s\Z")
"""A figure token that ends in the plural noun it counts ("29 New Yorkers", "two police officers"), not a
share ("10 percent") or a modifier ("15-count")."""
_IRREGULAR_PLURAL_END = re.compile(r"(?<![\w-])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\s+(?:[A-Za-z][\w-]*\s+)*(?:people|[a-z]*men|children)\Z")
_PARTICLES = frozenset("up out down off back".split())
"""Particles of phrasal verbs ("sign up", "flame out")."""


_TIME_PLURAL_END = re.compile(r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centurie|quarter|season)s\Z")
"""A figure ending in a plural unit of time ("six months", "three years"): before a possessive it measures the
noun after it ("six months' paid leave"), unlike a counted plural ("the two unions' executives")."""


def _counts_own_plural(text: str) -> bool:
    """A figure token that ends in the plural it counts and is no span of time ("two unions", "the 12 candidates")."""
    return _counts_plural(text) and _TIME_PLURAL_END.search(text) is None


def _counts_plural(text: str) -> bool:
    """A figure token that ends in the plural noun it counts, regular or not ("40 volunteers", "300 people")."""
    return _COUNTED_NOUN_END.search(text) is not None or _IRREGULAR_PLURAL_END.search(text) is not None


_RETAGGED_TAGS = frozenset(("NN", "NNS", "JJ", "JJS"))
"""The tags `_retag`'s rules open with a test for, beside every verb tag ("VB..."); a token of
another tag is left as it is unless it is one of `_RETAGGED_WORDS` or `_RETAGGED_MARKS` (a
preposition, the commonest tag after the nouns, is read only as "that"/"this", the one rule for it)."""
_RETAGGED_WORDS = frozenset(("back", "last", "steady", "unchanged", "flat", "stable", "constant", "firm", "level", "that", "this"))
_RETAGGED_MARKS = frozenset(("'", "’"))


def _retag(tokens: list[Token], lexicon: Any) -> None:
    """Contextual corrections of the lexicon's tags: a past form between a determiner and a noun
    modifies the noun ("his declared interests"); a word after a modal is a verb ("would face"), and
    so is a plural noun after a name and before an object when the lexicon knows its past form
    ("Ben Carson trails them")."""
    for k in range(1, len(tokens) - 1):
        token = tokens[k]
        tag = token.tag
        if tag not in _RETAGGED_TAGS and tag[:2] != "VB" and token.lower not in _RETAGGED_WORDS and token.text not in _RETAGGED_MARKS:
            continue  # no rule below reads a token of another tag, word or mark (tests/test_speed.py reads each rule's first test)
        before, after = tokens[k - 1], tokens[k + 1]
        if token.lower == "last" and before.lower in ("was", "were", "is", "are") and after.lower.endswith("ing") and after.text.islower():
            tag = "RB"  # "was last trading up 0.4%": an adverb in the verb group, not "the last trading"
        elif tag in ("NN", "JJ") and before.lower == "last" and before.tag == "RB" and token.lower.endswith("ing"):
            tag = "VBG"
        elif token.text in ("'", "’") and before.proper and before.lower.endswith("s") and before.end == token.start and (
            after.tag in ("FIG", "NN", "NNS", "JJ") and after.start > token.end
        ):
            tag = "POS"  # "to Wells’ 33 percent", "Sanders' campaign": a name's possessive, not a closing quote
        elif tag == "JJ" and "-" in token.text.strip("-") and token.text.split("-")[-1].isalpha() and (
            lexicon.get(token.lower.split("-")[-1]) == "NNS" or token.lower.endswith("ers") and len(token.lower.split("-")[-1]) > 4
        ) and (
            after.tag in ("IN", "TO", ",", ".", ":", "TIME") or after.tag in FINITE_TAGS
        ):
            tag = "NNS"  # "the share of caucus-goers in the first week was", "fruit-pickers, who": a compound the lexicon does
            # not know, ending in a plural noun (or an agent noun's "-ers") and followed by no noun, is that plural (the
            # lexicon guesses an adjective)
        elif tag in ("VB", "VBP", "VBZ", "JJ", "NN", "NNS") and token.lower not in _AUXILIARIES and not after.proper and "FIG" in (before.tag, tokens[k - 2].tag) and _modifier_count_before(tokens, k) and (
            tag != "JJ" or after.tag in ("IN", "TO", ",", ".", ":", "TIME") or after.tag in FINITE_TAGS
        ):
            tag = "NNS" if tag in ("VBZ", "NNS") else "NN"  # "their two-goal lead", "a two-horse race", "five-set matches", "the three-way primary in"
        elif tag == "NN" and token.text.islower() and before.lower in ("i", "we", "they") and before.tag == "PRP" and after.lower == "that" and (
            _has_verb_forms(token.lower, lexicon)
        ):
            tag = "VBP"  # "I hope that it will take six weeks", "we fear that": between a subject pronoun and "that", its verb
        elif tag == "VBG" and token.text.islower() and before.tag == "FIG" and _MODIFIER_COUNT.match(before.text) is not None and not after.proper and (
            after.tag in ("NN", "NNS") or after.tag in ("VB", "VBP") and (k + 2 == len(tokens) or tokens[k + 2].tag in ("IN", "TO", "CC", ",", ".", ":"))
        ):
            tag = "JJ"  # "a nine-match winning run at home", "a 12-game losing streak": the participle describes the noun the count modifies
        elif tag in ("VB", "VBP") and token.text.islower() and token.lower not in _AUXILIARIES and before.tag == "NN" and k > 1 and tokens[k - 2].tag == "FIG" and (
            _MODIFIER_COUNT.match(tokens[k - 2].text) is not None and after.tag not in ("DT", "PRP$", "PRP", "FIG", "NNP", "NNPS", "TO")
            and lexicon.get(before.lower, "JJ").startswith("JJ")
        ):
            tag = "NN"  # "Celtic's 11-game unbeaten run at home": an adjective the lexicon lacks, read as a noun, before "run", which heads the
            # phrase (not "let his 25-yard drive slip through": a noun the lexicon knows, and its verb)
        elif tag == "VBD" and before.tag in ("DT", "PRP$", "POS") and after.noun:
            tag = "VBN"
        elif tag == "NN" and token.lower in ("support", "favor", "favour") and token.text.islower() and before.tag in ("NNS", "NNPS") and (
            after.tag in ("DT", "PRP$", "PRP", "VBG") or after.tag in ("NN", "NNS") and not any(tokens[j].tag in FINITE_TAGS for j in range(k))
        ):
            tag = "VBP"  # "two-thirds of Britons support the decision", "Republicans support deploying troops": the plural group's verb
        elif tag in ("NN", "NNS") and token.lower in ("cost", "costs") and before.tag in ("NN", "NNS") and after.tag == "FIG" and not any(
            tokens[j].tag in FINITE_TAGS for j in range(k)
        ):
            tag = "VBD" if token.lower == "cost" else "VBZ"  # "The new bridge cost £80m": the clause's verb, not a compound
        elif tag in ("NN", "NNS") and token.lower in ("cost", "costs") and before.lower == "," and after.tag == "FIG" and token.text.islower():
            tag = "VBD" if token.lower == "cost" else "VBZ"  # "The inquiry, which took four years, cost £12m": the verb after an aside
        elif tag == "VBZ" and before.tag == "NN" and k > 1 and tokens[k - 2].tag == "IN" and after.tag == "VBG":
            tag = "NNS"  # "spent on radio spots attacking the mayor": a compound noun after a preposition, then a participle
        elif tag.startswith("VB") and (token.lower in _CHANGE_WORDS or token.lower in ("buy", "buys")) and before.tag in ("NN", "NNP") and k > 2 and tokens[k - 2].tag == "FIG" and (
            tokens[k - 3].lower in ("a", "an", "the", "its", "their", "his", "her", "this") and after.tag not in ("DT", "PRP$", "PRP", "FIG", "TO")
            and after.lower not in ("by", "to")  # (not "saw its 161-strong majority cut to just 14": the participle)
        ):
            tag = "NNS" if token.lower.endswith("s") else "NN"  # "a $4 trillion tax cut", "a $1 million ad buy": a sum's compound noun, not a verb
        elif tag.startswith("VB") and token.lower in _CHANGE_WORDS and before.tag in ("NN", "JJ") and after.lower == "of" and any(
            tokens[j].tag in ("DT", "PRP$", "POS") for j in range(max(0, k - 3), k - 1)
        ):
            tag = "NN"  # "an average tax cut of $90,000", "a pay rise of 3%": a change noun, not a verb
        elif tag in ("VB", "VBP") and (before.tag == "POS" or before.tag == "JJ" and tokens[k - 2].tag == "POS") and (
            after.tag in FINITE_TAGS
        ):
            tag = "NN"  # "the firm's rebound seems", "Smith's post-war slump": after a possessive, a noun
        elif tag in ("VBD", "VBN") and before.lower == "that" and k > 1 and tokens[k - 2].tag in ("VBD", "VBZ", "VBP", "VB") and after.tag in ("NN", "NNS") and (
            k + 2 < len(tokens) and (tokens[k + 2].tag in ("MD", ":", ",") or tokens[k + 2].tag.startswith("VB"))
        ):
            tag = "JJ"  # "predicted that advanced economies will grow": after a complementizer, a modifier of the subject
        elif tag == "NN" and before.lower in ("is", "was", "are", "were", "be", "been") and after.tag == "TO" and _has_verb_forms(token.lower, lexicon):
            tag = "VBN"  # "is forecast to be": a passive verb, not a noun
        elif tag == "NN" and token.lower.endswith("ing") and token.text.islower() and after.tag in ("FIG", "DT", "PRP$", "PRP") and (
            before.lower in _BE_FORMS or before.tag == "RB" and k > 1 and tokens[k - 2].lower in _BE_FORMS
        ) and _ing_verb(token.lower, lexicon):
            tag = "VBG"  # "The group is spending $200,000", "was funding the project": a progressive verb with its object, not a noun
        elif tag == "NNS" and before.lower in ("which", "who", "that") and before.tag in ("WDT", "WP", "IN") and (
            after.lower == "that" or after.tag in ("DT", "FIG", "PRP$")
        ) and lexicon.get(token.lower[:-1], "").startswith(("VB", "NN")) and _has_verb_forms(token.lower[:-1], lexicon):
            tag = "VBZ"  # "the study -- which notes that 58 companies": a relative pronoun's verb, not a noun
        elif tag == "NNS" and token.text.islower() and after.tag not in ("NN", "NNS", "POS") and (
            before.lower == "who" or before.lower == "that" and (k == 1 or tokens[k - 2].lower in (",", ";", ":", "and", "but", "so"))
        ) and _present_verb(token.lower, lexicon):
            # "Walker, who charges between $20,000 and $30,000", "In all, that amounts to 11 percent": "who" is never a
            # determiner, and "that" opening a clause determines no plural, so the plural-looking word is their verb
            tag = "VBZ"
        elif tag == "NN" and before.lower == "who" and before.tag == "WP" and token.text.islower() and not after.tag.startswith(("VB", "MD")) and (
            _has_verb_forms(token.lower, lexicon)
        ):
            tag = "VBP"  # "officers who fear they could", "voters, who favor Clinton by 6 points": "who" is never a determiner, so
            # a noun after it that can be a verb is its clause's verb (an adjective is left: "who own 28.9%" keeps the
            # who-clause's pair of names as holder, `holders`)
        elif token.lower == "back" and before.lower == "who" and before.tag == "WP" and after.tag in ("NNP", "NNPS", "DT", "PRP", "PRP$"):
            tag = "VBP"  # "Hispanics, who back the former secretary of state by 9 points": the verb, not the adverb
        elif tag == "NN" and token.text.islower() and before.tag == "FIG" and _counts_plural(before.text) and (
            token.lower.endswith("ing") and _ing_verb(token.lower, lexicon) and after.tag not in ("NN", "NNS", ".", ",", ":")
            or (after.tag == "TO" or after.lower in _PARTICLES) and (lexicon.get(token.lower + "s") == "VBZ" or _has_verb_forms(token.lower, lexicon))
        ):
            # "the four unions meeting the minister", "five charities plan to", "the two finalists return to",
            # "40 volunteers sign up": after a counted plural a word that can be a verb and takes "to", a
            # particle or an object is the plural's verb or participle, not a compound noun with it
            tag = "VBG" if token.lower.endswith("ing") else "VBP"
        elif tag in ("NN", "NNS", "JJ") and before.tag == "FIG" and after.lower == "by" and token.text.islower() and _counts_plural(before.text):
            tag = "VBN"  # "the two police officers shot by the gunman": a counted noun's participle, which the tagger read after a bare number
        elif tag == "VBZ" and before.lower in _PLURAL_DETERMINERS:
            tag = "NNS"  # "those promises add up to": a determiner's plural noun, not a verb
        elif tag == "VB" and before.tag == "NN" and token.text.islower() and after.tag == "IN" and after.lower not in _PARTICLES | {"that", "if", "whether", "because"} and all(
            tokens[j].tag in ("DT", "JJ", "NN", "NNP", "PRP$", "POS") for j in range(k)
        ) and any(tokens[j].tag in FINITE_TAGS for j in range(k + 2, len(tokens))):
            tag = "NN"  # "Maternity pay for new mothers is to rise", "The delegate lead for Clinton continues": a singular noun
            # takes no bare verb form, so with a finite verb later the form ends the sentence's opening noun phrase (not
            # before a particle: "His office put out a statement", a past tense written as the base)
        elif tag in ("VB", "VBP") and after.tag == "MD" and before.tag in ("CC", "NN", "NNS", "JJ", "DT", "PRP$"):
            tag = "NN"  # "its construction and launch may take": no verb stands before a modal
        elif tag in ("VB", "VBP") and before.lower in ("the", "a", "an", "its", "their", "his", "her", "this", "that") and (
            after.tag in ("VBD", "VBZ", "VBP", "MD", "IN", ",", ".") or after.tag == "TO"
        ):
            tag = "NN"  # "Prices at the pump are": a determiner's bare verb form is a noun
        elif tag == "VBN" and before.tag in ("NN", "NNS", "NNP", "NNPS") and after.tag in ("DT", "PRP$") and token.lower.endswith("ed") and (
            k < 2 or tokens[k - 2].tag in ("DT", "PRP$", "NNP", "NNPS") or k == 1
        ):
            tag = "VBD"  # "The chairman sealed the deal": a participle takes no object, so a past tense does
        elif tag == "VBN" and before.proper and token.lower.endswith("ed") and _object_after(tokens, k) and _name_opens_clause(tokens, k - 1):
            tag = "VBD"  # ", Democrats controlled the Senate", "and the Department of Homeland Security completed about 2,900
            # interviews": a name opening its clause after a comma or "and", then an "-ed" form with an object, is its past tense
        elif tag == "JJ" and "-" in token.lower and token.lower.endswith("s") and token.lower not in lexicon and (before.tag in ("DT", "PRP$") or before.lower in _NOUN_PREPOSITIONS) and (
            after.tag in ("IN", "TO", "CC", ",", ".", ":") or after.tag.startswith("VB")
        ):
            tag = "NNS"  # "in the semi-finals on", "the by-elections were": a hyphenated plural the lexicon lacks heads its phrase
        elif tag in ("VB", "VBP") and before.lower in ("the", "a", "an", "its", "their", "his", "her") and after.tag in ("NN", "NNS"):
            tag = "JJ"  # "in the close season": between an article and its noun a bare verb form modifies the noun
        elif tag in ("VB", "VBP") and before.tag in ("JJ", "VBN") and k > 1 and tokens[k - 2].lower in _NOUN_PREPOSITIONS and (
            after.tag not in ("DT", "PRP", "PRP$", "FIG", "NNP", "NNPS")
        ):
            tag = "NN"  # "12 weeks of unpaid leave", "six weeks of paid leave under": a preposition's modified object is a noun
        elif tag in ("NN", "VB", "VBP", "VBD") and (token.lower in _BARE_PARTICIPLES or token.lower in _PASTS_READ_AS_NOUNS) and before.tag == "FIG" and (
            _PLURAL_END.search(before.text) or _counts_plural(before.text.lower())
        ) and (
            after.tag in ("IN", "TO", ",", ".", "CC", "RB", ":")
        ):
            tag = "VBN"  # "a billion ballots cast in the election", "400 jobs cut by", "707 people shot and killed": a participle after the counted noun
        elif token.lower in ("steady", "unchanged", "flat", "stable", "constant", "firm", "level") and (
            before.noun or before.lower in ("is", "was", "are", "were", "been", "remained", "stayed", "held")
        ) and after.lower in ("at", "around", "near"):
            tag = "RB"  # "held rates steady at 0.5%", "left rates unchanged at 2.5%": how the object stays, not a noun phrase
        elif tag == "JJ" and token.lower == "last" and before.lower in ("is", "was", "are", "were", "been") and after.tag in ("IN", "TO", "VBG", "VBN"):
            tag = "RB"  # "Brent was last at $60.73": when it last stood there, no adjective of a noun
        elif token.lower in ("that", "this") and tag in ("IN", "WDT") and after.tag in ("NN", "NNS") and tokens[k + 2 : k + 3] and tokens[k + 2].tag[:2] not in ("NN",):
            tag = "DT"  # "40 percent of that money arrived"
        elif (tag.startswith("VB") or tag == "JJ") and before.tag == "FIG" and k > 1 and tokens[k - 2].lower in ("a", "an") and after.tag in ("IN", "TO", ".", ",", ":"):
            tag = "NN"  # "a 4-5% cut for other services", "up to a $250,000 fine."
        elif tag in ("JJ", "JJS") and before.tag in ("JJ", "PRP$", "POS", "DT") and (after.tag in ("IN", "TO", "MD", ",", ".") or after.tag.startswith("VB") or after.tag == "TIME" and token.lower == "worth") and lexicon.get(token.lower) == tag and token.lower in _HEAD_ADJECTIVES:
            tag = "NN"  # "his net worth at $11 billion", "her $3bn net worth in 2015"
        elif tag in ("JJ", "JJS", "VBN") and before.lower == "the" and token.lower in _PEOPLE_ADJECTIVES and token.text.islower() and (
            after.tag in ("IN", "TO", "MD", "CC", ",", ".", ":", "TIME") or after.tag.startswith("VB")
        ):
            tag = "NNS"  # "federal assistance for the poor by $55 billion", "the elderly were": the people the adjective names
        elif tag == "JJ" and (after.lower == "of" or after.tag in FINITE_TAGS) and (
            before.tag in ("DT", "PRP$", "POS") or before.tag == "JJ" and k > 1 and tokens[k - 2].tag in ("DT", "PRP$", "POS")
        ):
            tag = "NN"  # "a maximum fine of £1,000", "The fine was": a determiner's phrase needs a head
        elif tag == "NN" and before.tag == "TO" and (
            lexicon.get(token.lower + "s", "") == "VBZ" and after.tag in ("IN", "TO", "DT", "FIG", "RB")
            or after.tag in ("NNP", "PRP$", "JJ") and _has_verb_forms(token.lower, lexicon)  # "to increase UK aid"
        ):
            tag = "VB"  # "is set to rise by"
        elif tag == "NN" and token.lower in _CHANGE_WORDS and token.text.islower() and before.tag == "TO" and k > 1 and tokens[k - 2].tag in ("NN", "NNS", "VBZ", "VBP", "VBD", "MD", "RB") and (
            after.tag in ("NN", "NNS") and not after.proper and k + 2 < len(tokens) and any(
                tokens[j].tag in ("TO", "IN") and tokens[j].lower in ("to", "by") and j + 1 < len(tokens) and tokens[j + 1].tag == "FIG"
                for j in range(k + 2, min(k + 5, len(tokens) - 1))
            )
        ):
            tag = "VB"  # "plans to increase income tax to 50%", "voted to cut council tax by 3%": a change verb whose object changes to or by the figure
        elif tag in ("NN", "VB", "VBP") and token.lower == "cost" and before.lower in ("has", "have", "had", "having", "'ve", "’ve") and token.text.islower() and (
            after.tag in ("DT", "PRP", "PRP$", "NNS", "NNP", "FIG", "RB", "IN", "JJ")
        ):
            tag = "VBN"  # "has cost taxpayers £8bn", "is estimated to have cost the UK up to £8bn": a perfect verb, not a noun
        elif tag == "NN" and token.lower in ("forecast", "broadcast") and before.lower in ("has", "have", "had", "having") and (
            after.tag in ("NN", "NNS", "DT", "PRP$", "JJ", "FIG", "TO", "IN") or after.lower == "that"
        ):
            tag = "VBN"  # "Analysts had forecast earnings of 52p a share", "It has forecast growth of 2%": a perfect verb, not a noun
        elif tag == "JJ" and token.lower in _MULTIPLYING and (before.tag in ("TO", "MD") or before.lower in ("and", "or") and k > 1 and tokens[k - 2].tag == "VB") and (
            after.tag in ("DT", "PRP$", "JJ", "NN", "NNS", "NNP", "FIG") and after.lower not in ("digits", "digit", "figures", "figure")
        ):
            tag = "VB"  # "to double global aid cash to $100bn", "would treble the fund": the verb, not "double figures"
        elif tag in ("NN", "NNS", "JJ") and (before.tag == "MD" or before.tag == "RB" and k > 1 and tokens[k - 2].tag == "MD"):
            tag = "VB"  # "would face an average tax increase", "would cost the Treasury"
        elif tag == "NN" and token.text.islower() and before.lower == "that" and k > 1 and tokens[k - 2].tag == "NNS" and (
            after.lower in ("to", "by", "from", "with") and lexicon.get(token.lower + "s") == "VBZ"
        ):
            tag = "VBP"  # "rates that rise with earnings": a relative clause's verb after a plural
            tokens[k - 1] = Token(before.text, before.start, before.end, "WDT", before.figure, before.lower)
        elif tag == "NN" and token.text.islower() and before.tag == "FIG" and _counts_own_plural(before.text.lower()) and after.tag in ("DT", "PRP$", "PRP") and (
            token.lower in _PASTS_READ_AS_NOUNS
        ):
            tag = "VBD"  # "two teenagers slit the throat", "three gunmen shot the guards": the counted plural's past verb, not its head
        elif tag == "NN" and token.text.islower() and before.tag in ("NNS", "FIG") and after.tag in ("DT", "PRP$", "PRP", "NNP", "JJ") and (
            _has_verb_forms(token.lower, lexicon)
        ):
            tag = "VBP"  # "homeowners support Clinton", "42% support Sen. Portman": a plural subject's verb, not a compound noun
        elif tag in ("VBN", "JJ") and token.lower.endswith("ed") and before.tag == "NNS" and not before.proper and after.tag in ("NNP", "NNPS") and (
            token.lower not in _NAMING_PARTICIPLES
        ):
            tag = "VBD"  # "white women preferred Clinton", "caucusgoers backed Mrs. Clinton": a plural's verb with a name as object
        elif tag == "VBN" and token.lower.endswith("ed") and before.tag in ("NN", "NNS", "NNP", "NNPS") and after.tag not in ("IN", "TO") and _that_clause_subject(tokens, k):
            tag = "VBD"  # "news that the gross domestic product increased just 1.2%": a that-clause's subject needs a finite verb
        elif tag == "NNS" and before.tag in ("NN", "NNS") and not before.proper and token.text.islower() and (
            after.tag in ("DT", "PRP$", "FIG") or after.lower == "that"
        ) and not any(tokens[j].tag in FINITE_TAGS or tokens[j].lower in (",", ";", ":") for j in range(k)) and _present_verb(token.lower, lexicon):
            tag = "VBZ"  # "The agency increases the death toll to 267", "A poll of 900 people suggests two-thirds": the clause's first verb
        elif tag == "NNS" and before.lower in ("he", "she") and before.tag == "PRP" and token.text.islower() and _present_verb(token.lower, lexicon):
            tag = "VBZ"  # "She trails Trump by 15 points", "He plans to spend $5m": "he"/"she" determines no plural, it is their verb
        elif tag == "NNS" and before.tag == "NN" and not before.proper and token.text.islower() and after.tag in ("IN", "RB") and (
            _determined_noun(tokens, k - 1) and _verbless_clause(tokens, k)
        ) and _present_verb(token.lower, lexicon):
            tag = "VBZ"  # "a country where half of the 17-million population lives below the poverty line": a clause with no
            # other verb has the plural-looking word after its singular subject noun as its verb, not a compound noun
        elif tag == "NNS" and before.proper and (
            after.tag in ("PRP", "DT", "PRP$", "FIG", "NNP")
            or after.tag == "TO" and k + 2 < len(tokens) and tokens[k + 2].tag in ("VB", "NN") and tokens[k + 2].text.islower() and _opens_clause(tokens, k - 1)
            or after.lower == "that" and _opens_clause(tokens, k - 1)  # "The Tax Foundation estimates that it would cost"
            or after.tag == "RB" and k + 2 < len(tokens) and tokens[k + 2].tag in ("IN", "RB", "FIG")  # "Jones trails well behind"
        ):
            if _present_verb(token.lower, lexicon):
                tag = "VBZ"
        if tag != token.tag:
            tokens[k] = Token(token.text, token.start, token.end, tag, token.figure, token.lower)


_AUXILIARIES = frozenset("has have had is are was were be been does do did will would can could may might must shall should".split())
_MODIFIER_COUNT = re.compile(r"^\S*\d\S*-(?!(?:thirds?|quarters?|halves|half|fifths?|fourths?|tenths?|old|olds|year-olds?)$)[a-z]+$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|hundred)-(?!(?:thirds?|quarters?|halves|half|fifths?|fourths?|tenths?|old|olds)$)[a-z]+$", re.I)
"""A count written as a modifier ("two-goal", "15-member"; not a fraction, "two-thirds", nor an age)."""


_NAMING_PARTICIPLES = frozenset("named called dubbed titled entitled nicknamed labelled labeled styled renamed surnamed".split())
"""Participles a name follows as a complement, not an object ("a man named John Lee")."""


_OBJECT_QUALIFIERS = frozenset(("about", "around", "nearly", "almost", "roughly", "some", "over", "more", "than", "just", "only"))
"""Words between a verb and a figure that is its object ("completed about 2,900 interviews")."""


def _object_after(tokens: list[Token], k: int) -> bool:
    """An object follows token `k`: a determiner, or a figure past qualifiers ("about 2,900 interviews")."""
    j = k + 1
    while j < len(tokens) and tokens[j].lower in _OBJECT_QUALIFIERS:
        j += 1
    return j < len(tokens) and (tokens[j].tag == "FIG" or j == k + 1 and tokens[j].tag in ("DT", "PRP$"))


def _name_opens_clause(tokens: list[Token], last: int) -> bool:
    """The run of capitalized words ending at token `last` ("the Department of Homeland Security") opens a
    clause after a comma, a semicolon or "and" (a sentence's first name is the rule above's)."""
    j = last
    while j > 0 and (tokens[j - 1].text[:1].isupper() or tokens[j - 1].lower in ("of", "for") and j > 1 and tokens[j - 2].text[:1].isupper()):
        j -= 1
    if j > 0 and tokens[j - 1].lower == "the":
        j -= 1
    return j > 0 and (tokens[j - 1].lower in (",", ";") or tokens[j - 1].lower == "and" and not (j > 1 and tokens[j - 2].proper))  # not "Kronberg and Dorival"


def _that_clause_subject(tokens: list[Token], k: int) -> bool:
    """The words before `k` are a noun phrase opened by a determiner right after "that" ("news that
    the economy grew"), with no verb between: the subject of the clause "that" opens."""
    j = k - 1
    while j > 0 and tokens[j].tag in ("NN", "NNS", "NNP", "NNPS", "JJ", "POS") and k - j <= 5:
        j -= 1
    return j > 0 and tokens[j].tag in ("DT", "PRP$") and tokens[j].lower != "that" and tokens[j - 1].lower == "that" and tokens[j - 1].tag in ("IN", "WDT", "DT")


_CLAUSE_OPENERS = frozenset(("where", "when", "which", "who", "that", "while", "whereas", "because", "if", "although", ",", ";", ":", "—", "–"))


def _verbless_clause(tokens: list[Token], k: int) -> bool:
    """The clause around token `k` (from the last clause opener before it to the next after it) has no finite verb
    but for `k`."""
    first = k - 1
    while first >= 0 and tokens[first].lower not in _CLAUSE_OPENERS:
        first -= 1
    last = k + 1
    while last < len(tokens) and tokens[last].lower not in _CLAUSE_OPENERS:
        last += 1
    return not any(tokens[j].tag in FINITE_TAGS for j in range(first + 1, last) if j != k)


def _determined_noun(tokens: list[Token], k: int) -> bool:
    """The noun at `k` ends a noun phrase opened by a determiner or possessive ("the 17-million population", "its
    workforce"), past its modifiers and figures."""
    j = k - 1
    while j >= 0 and tokens[j].tag in ("JJ", "FIG", "VBN", "NN") and k - j <= 4:
        j -= 1
    return j >= 0 and j < k and tokens[j].tag in ("DT", "PRP$", "POS")


def _modifier_count_before(tokens: list[Token], k: int) -> bool:
    """The word at `k` follows a count written as a modifier, straight or past one participle or
    adjective ("a four-match losing run"): it is the noun the count modifies, not a verb. (Only when
    token `k - 1` or `k - 2` is a figure, which `_retag` tests before calling.)"""
    j = k - 1
    if j >= 1 and tokens[j].tag in ("VBG", "JJ") and tokens[j - 1].tag == "FIG":
        j -= 1
    return j >= 0 and tokens[j].tag == "FIG" and _MODIFIER_COUNT.match(tokens[j].text) is not None


_NOUN_PREPOSITIONS = frozenset("of for with without in on from into".split())
"""Prepositions whose object is a noun phrase (not "if" or "as", which may open a clause)."""
_CLAUSE_BREAKS = frozenset((",", ";", ":", ".", "—", "–", "(", ")", "while", "but", "whereas"))


def _verbless_clauses(tokens: list[Token], lexicon: Any) -> None:
    """In a stretch between punctuation with no verb at all, a bare present or past form the
    lexicon tags as a noun is the verb it must be: "46% of eligible voters cast ballots", "13
    million people cast a vote" (a noun or figure before it, a noun phrase after it, and "casts" a
    verb in the lexicon)."""
    start = 0
    for end in range(len(tokens) + 1):
        if end < len(tokens) and tokens[end].lower not in _CLAUSE_BREAKS:
            continue
        if not any(tokens[k].tag in ("VB", "VBD", "VBZ", "VBP", "MD") for k in range(start, end)):  # participles modify
            for k in range(start + 1, end - 1):
                token, before, after = tokens[k], tokens[k - 1], tokens[k + 1]
                if token.tag == "NN" and token.text.islower() and before.tag in ("NN", "NNS", "FIG") and (
                    after.tag in ("DT", "PRP$", "NNP", "NNS", "JJ", "FIG") and lexicon.get(token.lower + "s") == "VBZ"
                    or before.tag == "NNS" and (
                        after.lower in ("to", "by", "from") or after.tag == "FIG" or after.tag == "RB" and k + 2 < len(tokens) and tokens[k + 2].tag == "FIG"
                    ) and (lexicon.get(token.lower + "s") == "VBZ" or _has_verb_forms(token.lower, lexicon))
                ):  # "Rates rise to a maximum of 28%", "Car sales plunge nearly 17 percent"
                    tokens[k] = Token(token.text, token.start, token.end, "VBP", token.figure, token.lower)
                    break
            last = end - 1
            if start < last and tokens[last].tag == "NN" and tokens[last].text.islower() and tokens[last - 1].tag == "NNS" and not tokens[last - 1].proper and (
                any(tokens[j].tag == "FIG" for j in range(start, last - 1)) and lexicon.get(tokens[last].lower + "s") == "VBZ"
            ):  # "One in five adults smoke, down from ...": a counted plural's verb ends its stretch, no compound noun
                tokens[last] = Token(tokens[last].text, tokens[last].start, tokens[last].end, "VBP", tokens[last].figure, tokens[last].lower)
        start = end + 1


def _present_verb(word: str, lexicon: Any) -> bool:
    """A word read as a plural ("increases", "estimates") whose stem the lexicon knows a past form of
    ("increased", "estimated"): it can be a verb's third person."""
    stem = word[:-2] if word.endswith("es") else word[:-1]
    return any(lexicon.get(past, "").startswith("VB") for past in (stem + "ed", stem + "d", stem + stem[-1:] + "ed"))


_BE_FORMS = frozenset("is are was were be been am 's ’s".split())


def _ing_verb(word: str, lexicon: Any) -> bool:
    """An -ing form whose stem the lexicon knows as a verb ("spending" -> "spend", "raising" ->
    "raise", "funding" -> "funded")."""
    stem = word[:-3]
    stems = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    return any(lexicon.get(form, "").startswith("VB") or _has_verb_forms(form, lexicon) for form in stems)


def _has_verb_forms(word: str, lexicon: Any) -> bool:
    """The lexicon knows a past form of `word` ("support" -> "supported"), so it can be a verb."""
    stem = word[:-1] if word.endswith("e") else word
    return any(lexicon.get(form, "").startswith("VB") for form in (stem + "ed", word + "d", word + word[-1:] + "ed"))


def _lexicon_tags(words: list[str], tagger: Any) -> list[list[str]]:
    """[word, tag] for each word, as `tagger.find_tags(words)` gives them (TextBlob's English parser
    tags from its lexicon and suffix rules, then maps each pair through an identity function; the
    map is left out: tests/test_speed.py compares both). Its `find_tags` without a model, context or
    entities written as one pass: a word the lexicon lacks is a name when titled, a number when
    written as one (`CD`), else read by its suffix."""
    from textblob._text import CD, _suffix_rules

    get, default, english = tagger.lexicon.get, tagger.default, tagger.language == "en"
    tagged = []
    for i, word in enumerate(words):
        tag = get(word, i == 0 and get(word.lower()) or None)
        if tag is not None:
            tagged.append([word, tag])
        elif word.istitle() and tagger.language != "de":
            tagged.append([word, default[1]])
        elif CD.match(word) is not None:
            tagged.append([word, default[2]])
        else:
            tagged.append(_suffix_rules([word, default[0]]) if english else [word, default[0]])
    return tagged


def _measured_after_a(tokens: Sequence[Token]) -> bool:
    """Whether the noun phrase ending at the next token opens with "a"/"an" and a figure
    ("a 10 percent VAT", "a 5% new GST"): what the figure measures, not a name ("An MP", "a super
    PAC" may still hold a figure)."""
    measured = False
    for token in reversed(tokens[-4:]):
        if token.lower in ("a", "an"):
            return measured
        if token.tag not in ("FIG", "JJ", "CD"):
            return False
        measured = measured or token.tag == "FIG"
    return False


_NAMED_PARTICIPLE = re.compile(r"[A-Z][\w.]*-[a-z]+(?:ed|en|wn|led|made|run|born|built|held|set)")
"""A name and a participle joined by a hyphen ("York-listed", "Kremlin-backed", "US-led", "state-run" with a capital)."""


def parse(
    text: str, figures: Sequence[tuple[int, int]], times: Sequence[tuple[int, int]] = (), names: frozenset[str] | None = None
) -> Parse:
    """Tag and chunk `text`; each figure span (and time span) is one token. `names` are the words the
    article capitalizes inside sentences (`capitalized_inside`): a capital that only opens a
    sentence and is no name there is read as the common word."""
    raw = _tokens(text, figures, times)
    words = [("5" if tag == "FIG" else "today" if tag == "TIME" else word) for word, _, _, tag, _ in raw]
    tagger = _tagger()
    tagged = _lexicon_tags(words, tagger) if words else []
    tokens: list[Token] = []
    for position, ((word, start, end, fixed, index), (_, tag)) in enumerate(zip(raw, tagged)):
        opening = not tokens or tokens[-1].text in _OPENERS and not (
            tokens[-1].text in ('"', "'") and len(tokens) > 1 and tokens[-2].text in (",", ".", "!", "?")
        )  # a straight quote after a comma closes a quotation: '...," John Smith said'
        lower = word.lower()
        capital = "A" <= word[:1] <= "Z"  # every name shape below opens with an ASCII capital
        if fixed:
            tag = fixed
        elif word in _COMMON_ACRONYMS or capital and _ACRONYM.match(word) and _measured_after_a(tokens) and not (
            position + 1 < len(tagged) and (tagged[position + 1][1].startswith("NN") or _ACRONYM.match(tagged[position + 1][0]))
        ):
            tag = "NNS" if word.endswith("s") and word in _COMMON_ACRONYMS else "NN"  # "a 10 percent VAT": a figure measures it, no name
        elif opening and tag == "VBG" and position + 1 < len(tagged) and tagged[position + 1][1] in FINITE_TAGS:
            tag = "NN"  # "Borrowing fell by £2bn", "Fundraising was slow": a gerund that opens its sentence before a verb is its subject
        elif capital and _CAMEL.match(word):
            tag = "NNP"
        elif opening and tag in ("NNP", "NNPS") and word not in _places() and (
            (names is None and tagger.lexicon.get(lower, "").startswith("NN"))
            or (names is not None and word not in names and tagger.lexicon.get(lower, "NNP")[:3] not in ("NNP",))
        ):
            tag = tagger.lexicon[lower]  # "Oil output rose", "Retired neurosurgeon": a capital that only opens the sentence
        elif opening and capital and names is not None and word in names and tag in ("JJ", "NN", "NNS") and (
            position + 1 < len(tagged) and tagged[position + 1][1].startswith(("VB", "MD"))
        ):
            tag = "NNPS" if tag == "NNS" else "NNP"  # "Real want £7m", "Amicus has": a word the article writes as a name elsewhere, alone before a verb
        elif capital and tag in ("VBN", "VBD") and _NAMED_PARTICIPLE.fullmatch(word) and position + 1 < len(tagged) and tagged[position + 1][1].startswith("NN"):
            tag = "JJ"  # "Alibaba's New York-listed shares", "the Kremlin-backed group": a name's participle before a noun modifies it
        elif "-" in word and _AGE_GROUP.match(word):
            tag = "NNS"  # "the over-65s", "under-18s"
        elif lower in _INDEFINITE:
            tag = "PRP"  # "None may be more competitive": no noun phrase a later "it" can stand for
        elif word in ("'", "’") and tokens and tokens[-1].tag == "FIG" and tokens[-1].text.endswith("s") and position + 1 < len(tagged) and (
            tagged[position + 1][1] in ("NN", "NNS", "JJ", "NNP")
        ):
            tag = "POS"  # "three hours' sport", "six months' notice": a measure's possessive
        elif not (word[:1].isalnum() or _WORDLIKE.search(word)):
            tag = word if word in (",", ".", ":", "(", ")", "$", "#") else ":"  # "—" is punctuation, not a noun
        elif tag in ("NN", "NNS", "JJ") and word.endswith("ed") and word.islower() and word not in tagger.lexicon:
            tag = "VBN"  # "the 578 voters surveyed": an unknown past participle
        elif capital and tag in ("PRP", "NN", "NNS", "IN") and _ACRONYM.match(word):
            tag = "NNP"  # "US", "UK", "EU", "BA": acronyms are names, not the pronoun "us"
        elif word in ("'s", "’s") and tag != "POS" and tokens and tokens[-1].noun:
            tag = "POS"
        elif word in ("'s", "’s") and tokens and (tokens[-1].tag == "PRP" or tokens[-1].lower in ("what", "there", "here", "who", "where", "how")):
            tag = "VBZ"  # "It’s built", "What’s it like": "is" or "has", never a noun
        elif lower in ("per", "cent") and tag.startswith("NN"):
            tag = "IN"
        tokens.append(Token(word, start, end, tag, index, lower))
    _retag(tokens, tagger.lexicon)
    _verbless_clauses(tokens, tagger.lexicon)
    chunks, chunk_of = _chunks(tokens)
    return Parse(tuple(tokens), tuple(chunks), tuple(chunk_of))
