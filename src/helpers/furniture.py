"""What each line of a page is, from its text alone: the evidence the article finder weighs.

For every paragraph of a page: its length, whether it ends like a sentence, its share of common
English words (jusText's stoplist), how capitalized it is, how often the page repeats it, whether
it looks like code, and which kind of page furniture (share buttons, bylines, dates, credits,
banners, section headings that end an article, appeals for money) its wording names. The
patterns are data, in `resources/finder.yml`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

import yaml

from .assets import read_text
from .records import quick_init

_WORD = re.compile(r"[^\W\d_](?:\.(?:[^\W\d_]\.)+|[^\W\d_]*(?:['’][^\W\d_]+)?)")
"""Initials ("U.S.") or a word with one inner apostrophe, written with the first letter both forms
open with taken out in front, so the scan skips to letters (the same matches: tests/test_speed.py)."""
_SENTENCE_END = re.compile(r"""[.!?…](?:["'”’»)\]]*\s*$|(?<=[.!?])\s*\(\w[^()]{0,40}\)\s*$)""")
"""A full stop (or ! ? …) and closing quotes at the end, or a short bracket after one ("... said. (AP)");
the stop opens both, so the scan skips to stops."""
_CODE = re.compile(r"[{};=<>]|/\*|\*/|\bfunction\b|\bvar\b|=>|\bwindow\.|\bdocument\.")
_DIGITS = re.compile(r"\d+")
_CODE_CHARS = re.compile(r"[{};=<>]")
"""A character every `_CODE` match but "/*" holds (a search skips to it; a set test walks the text in Python objects)."""
_PROMO_HINTS = ("click", "tap", " app", "sign up", "subscribe", "deliver", "follow", "inbox", "newsletter", "listen", "like", "watch")
"""A word every `marks.promo` branch holds (lower-cased): a line with none of them skips the pattern
("Like us on Facebook" and "Watch us live on YouTube" need "like" and "watch", "tapping here" "tap")."""
_SENTENCE_BREAK = re.compile(r"[.!?](?<=[a-z]{2}.)[\"”’]?\s+[A-Z]")
"""Two lower-case letters, a full stop (or ! ?), a space and a capital: "[a-z]{2}[.!?][\"”’]?\\s+[A-Z]" with
the stop taken first, so the scan skips to stops."""
_QUOTATION = re.compile(
    r"""["“‘'](?<![^\s(\[].)(?:(?<=")[^"]{1,120}"|(?<=“)[^”]{1,120}”|(?<=[‘'])(?:[^'’]|['’](?=[^\W\d_])){1,120}?['’](?![^\W\d_]))"""
)
"""A quotation opened at the line's start or after a space or bracket and closed: double quotes, or single
ones whose closing mark no letter follows (an apostrophe inside a word, "We're", closes nothing). Written
with the opening mark taken first, so the scan skips to quotation marks (the same matches as
`(?<![^\\s(\\[])(?:"[^"]{1,120}"|“[^”]{1,120}”|[‘'](?:...)...)`: tests/test_speed.py)."""
_OPENS_QUOTE = re.compile(r"^[\"“‘'«]")

PROSE_STOP = 0.22
"""Share of common English words above which a line with sentence punctuation reads as prose."""
TITLE_CASE = 0.75
"""Share of capitalized words from which a line is written in title case."""
TEXT_STOP = 0.30
"""... and above which a long line reads as prose even without it."""


@quick_init
@dataclass(frozen=True, slots=True)
class Evidence:
    """What the text alone says about one paragraph of a page."""

    words: int
    chars: int
    stop: float
    sentence: bool
    capitals: float
    repeats: int
    code: bool
    end: str | None
    furniture: str | None
    appeal: bool
    digits: int
    full_stop: bool
    first: str
    sentence_break: bool
    upper: float
    promo: bool
    credit_tail: bool
    embed: bool = False
    folded: str = ""
    """The line as `fold` writes it, worked out once per page: how lines are compared with each other
    (`repeats`, a line shown again with the site's name)."""

    @property
    def prose(self) -> bool:
        """Reads like article prose: sentences of ordinary English."""
        if self.code or self.furniture in ("byline", "date", "credit", "footer"):
            return False
        if self.sentence and self.words >= 3 and self.stop >= PROSE_STOP:
            return True
        return self.words >= 15 and self.stop >= TEXT_STOP

    @property
    def listing(self) -> bool:
        """A long run of names or figures ending like a sentence (a line-up, a results list)."""
        return self.sentence and self.chars >= 80 and not self.code and self.furniture is None

    @property
    def junk(self) -> bool:
        """Named page furniture, a section heading, an appeal or code."""
        return bool(self.furniture or self.end or self.appeal or self.code)

    @property
    def title_shape(self) -> bool:
        """Could be a headline: 3 to 30 words, not ending in a full stop unless written in title
        case ("Clinton Visit Brings Allegations Of Pandering."), mostly letters, no furniture."""
        if self.junk or not 3 <= self.words <= 30 or self.chars > 300:
            return False
        return (
            (not self.full_stop or self.capitals >= TITLE_CASE)
            and self.digits * 2 <= self.words
            and self.first not in "([@#"
        )


@lru_cache(maxsize=1)
def _tables() -> dict:
    raw = yaml.safe_load(read_text("finder.yml"))

    def compile_all(group: dict[str, str]) -> dict[str, re.Pattern[str]]:
        return {kind: re.compile(pattern, re.VERBOSE) for kind, pattern in group.items()}

    return {
        "max_chars": int(raw["max_chars"]),
        "sentence_kinds": frozenset(raw.get("sentence_kinds", ())),
        "ends": compile_all(raw["ends"]),
        "furniture": compile_all(raw["furniture"]),
        "appeal": compile_all(raw["appeal"]),
        "marks": compile_all(raw["marks"]),
    }


@lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist("English"))


_FOLDED_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """The text case-folded, each run of non-word characters one space, none at the ends (joined from
    the words rather than substituted between them: the same string, faster)."""
    return " ".join(_FOLDED_WORD.findall(text.casefold()))


def _first_match(patterns: dict[str, re.Pattern[str]], text: str) -> str | None:
    return next((kind for kind, pattern in patterns.items() if pattern.fullmatch(text)), None)


APPEAL_PARTS = ("address", "self", "ask", "stake")


_QUOTED = re.compile(r"[\"“”](?:[^\"“”\n]*?\s){3,}[^\"“”\n]*?(?:[\"“”]|$)")
"""A quotation of four words or more (to the paragraph's end when it is not closed): someone
speaking, not the outlet."""


def outlet_voice(text: str) -> str:
    """The text less its quotations: what the outlet itself says."""
    return _QUOTED.sub(" ", text)


def appeal_parts(text: str) -> frozenset[str]:
    """Which marks of an appeal a text carries in the outlet's own voice (quotations left out):
    it addresses the reader, speaks for the outlet, asks, and names what is at stake."""
    appeal = _tables()["appeal"]
    own = outlet_voice(text)
    return frozenset(part for part in APPEAL_PARTS if appeal[part].search(own))


def is_appeal(text: str) -> bool:
    """An outlet addressing its readers and asking for money, subscriptions or support, in its
    own voice (a quoted politician asking to "support our troops" is no appeal)."""
    return len(appeal_parts(text)) == len(APPEAL_PARTS)


def closing_marks(text: str) -> bool:
    """True when a paragraph reads as a note closing a page rather than the story: the outlet
    addressing its reader in its own voice ("We'd like to hear what you think ..."), an address to
    write to (an email address, a social handle), an author's bio, a story's credit line
    ("Reporting by ...; Editing by ..."), or a footer's legal wording."""
    marks = _tables()["marks"]
    return (
        any(marks[kind].search(text) for kind in ("contact", "bio", "credits", "legal"))
        or {"address", "self"} <= appeal_parts(text)
    )


_SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.!?])\s+)[\W_]*")
"""Where a sentence of a line opens: the line's start, or a space after a full stop (or ! ?), less the
brackets and quote marks in front of its first word."""
_QUOTE_MARKS = frozenset('"“”«»')
_LETTER = re.compile(r"[^\W\d_]")


def closing_note(text: str) -> bool:
    """A note closing a page by its marks (`closing_marks`) that is neither someone the story quotes (a line
    with quotation marks: a post, a reader's comment) nor a quoted post's signature (nothing but handles
    and addresses, "@jane_doe.")."""
    if _QUOTE_MARKS.intersection(text) or not closing_marks(text):
        return False
    return bool(_LETTER.search(_tables()["marks"]["contact"].sub(" ", text)))


def read_more_tail(text: str) -> bool:
    """Another story's headline with its link's label glued to its end ("The other story's title
    READ MORE", "... - Read More »"): a teaser wherever it stands (`marks.read_more_tail`; the
    label capitalized as a link's is, so "children should read more" is none)."""
    return bool(_tables()["marks"]["read_more_tail"].search(text))


def label_teaser(text: str) -> bool:
    """Another story's headline under its link's label ("Related post: The other story", "[Related: The
    other story]"): a teaser wherever it stands (`marks.label_teaser`)."""
    return bool(_tables()["marks"]["label_teaser"].search(text))


def reader_prompt(text: str) -> bool:
    """A promotion that tells the reader what to do, in the outlet's own voice ("Follow Town News on
    Instagram", "Want more? Subscribe to our briefing", "Get the news delivered to your inbox"): a
    promotion's wording (`marks.promo`) that opens one of the line's sentences, or a line with that
    wording in which the outlet ("we", "our") addresses the reader ("you", "your"); no one is quoted in it
    ('"Follow us," she said'). A story's sentence about signing up ("residents signed up for the
    newsletter", "If you are over 50, you can sign up for a jab", "Her newsletter has 50,000 readers") is none."""
    promo = _tables()["marks"]["promo"]
    if _QUOTE_MARKS.intersection(text) or not promo.search(text):
        return False
    if _tables()["appeal"]["address"].search(text) and _tables()["appeal"]["self"].search(text):
        return True  # the outlet speaking to its reader ("You can follow us on Instagram"), not a story's "you can sign up for a jab"
    return any(promo.match(text, opening.end()) for opening in _SENTENCE_OPENING.finditer(text))


SIGNATURE_WORDS = 8
"""At most how many words a byline or date line has (`signature_line`); a wrapped line of prose has more."""


_SIGNED_NAME = re.compile(
    r"(?:(?i:by|written\s+by|words\s+by|reporting\s+by|story\s+by)\s*:?\s+)?"
    r"(?P<given>[A-Z][\w'’-]+)(?P<rest>(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|van|von|de|da|del|di|le|la)){1,3})"
    r"(?:\s*$|\s*[,|·/–—-]\s*\S|\s+(?:and|&|in|at|for)\s+[A-Z])"
)
"""A byline's person: "By", a known given name and one to three more name words (a surname, an initial), then the
line's end, a role or outlet set off ("By Ann Lee, Political Correspondent", "By Ann Lee | Example News"), a second
name or a place ("and Tom Park", "in Paris")."""
_ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ness", "ity", "ance", "ence", "ship", "ism")
"""Endings of abstract nouns, which name no person ("By Royal Appointment")."""


def signing_name(text: str) -> bool:
    """A byline that names a person (`_SIGNED_NAME`), with no sentence's full stop at its end, or credits the story
    to an outlet, its staff or a name the given-names list lacks (`bylines.credit_byline`): "By Ann Lee", "By
    Reuters", not "By Friday, the deal was done.", "By Tuesday night the talks had collapsed." or "By Royal Appointment"."""
    from .bylines import credit_byline
    from .mentions import given_name

    line = text.strip()
    found = _SIGNED_NAME.match(line)
    if found is None or given_name(found["given"]) is None or re.search(r"(?<!\b[A-Z])[.!?]$", line):
        return credit_byline(line)
    return not any(word.casefold().endswith(_ABSTRACT_ENDINGS) for word in found["rest"].split())


def signature_line(text: str) -> bool:
    """A line that signs a story, a byline that names a person (`signing_name`) or a date ("By Ann Lee, Political
    Correspondent", "Published 12 March 2024, 10:00 GMT"), as the furniture tables name them, of SIGNATURE_WORDS
    words at most."""
    tables = _tables()
    if len(text.split()) > SIGNATURE_WORDS or len(text) > tables["max_chars"]:
        return False
    kind = _first_match({kind: tables["furniture"][kind] for kind in ("byline", "date") if kind in tables["furniture"]}, text)
    return kind == "date" or kind == "byline" and signing_name(text)


def glued_byline(text: str) -> int | None:
    """Where a byline glued to the end of a headline begins ("The title Jane Doe @janedoe / 2
    days", "The title By Jane Doe"), or None. The name must start with a known given name and be
    marked as a byline (by "By", a handle, or a separator and a date), and at least three words of
    title must come before it."""
    from .mentions import given_name

    pattern = _tables()["marks"]["glued_byline"]
    for space in re.finditer(r"\s", text):
        found = pattern.match(text, space.start())
        if found is None or len(_WORD.findall(text[: space.start()])) < 3:
            continue
        marked = found.group("mark").strip() or found.group("byline")[:2].casefold() == "by"
        if marked and given_name(found.group("given")) is not None:
            return found.start("byline")
    return None


@quick_init
@dataclass(frozen=True, slots=True)
class Marks:
    """What a line of a page shows at a glance, read for every line first: its words, how often the page
    repeats it, whether it ends like a sentence, and the furniture, section end, appeal, promotion or code
    it names. Enough to tell a copied web page from an article file (`finder.furnished`) and to find an
    appeal that closes one; the rest of a line's `Evidence` is read only for the lines the finder looks at."""

    words: int
    repeats: int
    sentence: bool
    furniture: str | None
    end: str | None
    code: bool
    appeal: bool
    promo: bool

    @property
    def junk(self) -> bool:
        """Named page furniture, a section heading, an appeal or code (as `Evidence.junk`)."""
        return bool(self.furniture or self.end or self.appeal or self.code)


def _word_counts(words: Sequence[str], stop: frozenset[str]) -> tuple[int, int, int]:
    """How many of the words are common English words, capitalized, and in capitals (two letters or
    more), counted in one pass."""
    stops = capitals = upper = 0
    for w in words:
        if w.casefold() in stop:
            stops += 1
        if w[0].isupper():
            capitals += 1
        if len(w) > 1 and w.isupper():
            upper += 1
    return stops, capitals, upper


class PageEvidence(Sequence[Evidence]):
    """The evidence for every paragraph of a page (repetition counts within the page): each line's
    `Marks` read up front, its whole `Evidence` worked out the first time it is asked for. An article
    file's finder reads the marks and its first lines only (the headline and the prose under it); a
    web page's reads every line."""

    def __init__(self, texts: Sequence[str]) -> None:
        tables = _tables()
        self._texts = list(texts)
        self._stop = stoplist()
        lowered_lines = [t.casefold() for t in self._texts]
        self.folded = [" ".join(_FOLDED_WORD.findall(lowered)) for lowered in lowered_lines]
        """Each line's `fold` (from its one casefold): how the page's lines are compared."""
        counts = Counter(self.folded)
        self._words = [_WORD.findall(text) for text in self._texts]
        self._counted: list[tuple[int, int, int] | None] = [None] * len(self._texts)  # `_word_counts`, once a line needs them
        sentence_furniture = {k: v for k, v in tables["furniture"].items() if k in tables["sentence_kinds"]}
        appeals = _appeals(self._texts, [len(words) for words in self._words])
        self.marks: list[Marks] = []
        for index, (text, lowered, key, words) in enumerate(zip(self._texts, lowered_lines, self.folded, self._words)):
            sentence = bool(_SENTENCE_END.search(text))
            # a line is named furniture only when it is short, and (but for a few kinds with specific
            # wording) not a plain sentence of English
            fits = len(text) <= tables["max_chars"]
            short = fits and not (len(words) >= 8 and self._stop_share(index) >= 0.3 and sentence)
            code_marks = len(_CODE.findall(text)) if _CODE_CHARS.search(text) or "/*" in text else 0
            self.marks.append(
                Marks(
                    words=len(words),
                    repeats=counts[key],
                    sentence=sentence,
                    furniture=_first_match(tables["furniture"], text) if short else (_first_match(sentence_furniture, text) if fits else None),
                    end=_first_match(tables["ends"], text) if short else None,
                    code=code_marks >= 2 and code_marks * 12 >= len(text) or text.strip() in ("/*", "*/", "{", "}"),
                    appeal=appeals[index],
                    promo=any(hint in lowered for hint in _PROMO_HINTS) and bool(tables["marks"]["promo"].search(text)),
                )
            )
        self._found: list[Evidence | None] = [None] * len(self._texts)

    def _counts(self, index: int) -> tuple[int, int, int]:
        counted = self._counted[index]
        if counted is None:
            counted = self._counted[index] = _word_counts(self._words[index], self._stop)
        return counted

    def _stop_share(self, index: int) -> float:
        return self._counts(index)[0] / (len(self._words[index]) or 1)

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> Evidence: ...

    @overload
    def __getitem__(self, index: slice) -> list[Evidence]: ...

    def __getitem__(self, index: int | slice) -> Evidence | list[Evidence]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self._texts)))]
        if index < 0:
            index += len(self._texts)
        if not 0 <= index < len(self._texts):
            raise IndexError(index)
        found = self._found[index]
        if found is None:
            found = self._found[index] = self._evidence(index)
        return found

    def _evidence(self, index: int) -> Evidence:
        """The whole evidence of one line: its marks and what the finder weighs beside them."""
        tables = _tables()
        text, words, marks = self._texts[index], self._words[index], self.marks[index]
        _, capitals, upper = self._counts(index)
        count = len(words) or 1
        return Evidence(
            words=marks.words,
            chars=len(text),
            stop=self._stop_share(index) if words else 0.0,
            sentence=marks.sentence,
            capitals=capitals / count,
            repeats=marks.repeats,
            code=marks.code,
            end=marks.end,
            furniture=marks.furniture,
            appeal=marks.appeal,
            digits=len(_DIGITS.findall(text)),
            full_stop=text.rstrip().endswith("."),
            first=text[:1],
            sentence_break=sentence_break(text),
            upper=upper / count,
            promo=marks.promo,
            credit_tail=bool(tables["marks"]["credit_tail"].search(text[-140:])),
            embed=len(text) <= 200 and bool(tables["marks"]["embed"].search(text)),
            folded=self.folded[index],
        )


def evidence(texts: Sequence[str]) -> list[Evidence]:
    """The evidence for every paragraph of a page (repetition counts within the page)."""
    return list(PageEvidence(texts))


def sentence_break(text: str) -> bool:
    """A sentence ends inside the line and another begins ("... resigned. Her party ..."), the next
    sentence not inside a quotation: a title may quote a slogan of sentences ("Town says 'Vote. Now.'
    and ..."), and a quoted sentence that ends the quote ('He said "No." Then ...') still breaks."""
    found = _SENTENCE_BREAK.search(text)
    if found is None:
        return False
    spans = [(q.start(), q.end()) for q in _QUOTATION.finditer(text)] if any(mark in text for mark in "\"“‘'") else []
    while found is not None:
        capital = found.end() - 1
        if not any(start < capital < end - 1 for start, end in spans):
            return True
        found = _SENTENCE_BREAK.search(text, found.start() + 1)
    return False


_ASK_HINTS = ("support", "donat", "contribut", "giv", "subscrib", "pledge", "chip", "becom", "gift")
"""Words every match of the appeal's `ask` pattern holds (tests/test_speed.py checks it): a
paragraph without one, nor either neighbour, can be no appeal, and its marks need no reading."""
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
"""The only characters outside ASCII that a case-insensitive pattern equates with ASCII letters
("İ", "ı", "ſ", Kelvin's "K"): where none is written, lower-casing finds what the pattern would."""
_ASK_HINT = re.compile("(?i)" + "|".join(_ASK_HINTS))


def _may_ask(text: str) -> bool:
    """False only when the appeal's `ask` pattern cannot match `text` (nor its outlet voice)."""
    if not _FOLDS_TO_ASCII.search(text):
        lowered = text.lower()
        return any(hint in lowered for hint in _ASK_HINTS)
    return bool(_ASK_HINT.search(text))


def _appeals(texts: Sequence[str], words: Sequence[int]) -> list[bool]:
    """Which paragraphs are an appeal (`words`: each paragraph's word count). An appeal often spreads its
    marks over a few short paragraphs ("Dear reader, ... we rely on readers like you." / "Please consider a
    monthly contribution."), so a paragraph that carries two marks is an appeal when, with its
    neighbours, all four are there. A paragraph that opens with a quotation mark is someone
    quoted, never the outlet's appeal."""
    ask = _tables()["appeal"]["ask"]
    asks = [len(text) < 1200 and _may_ask(text) and bool(ask.search(outlet_voice(text))) for text in texts]
    parts: dict[int, frozenset[str]] = {}  # read only near a paragraph that asks (most pages have none)

    def parts_of(index: int) -> frozenset[str]:
        if index not in parts:
            parts[index] = appeal_parts(texts[index]) if len(texts[index]) < 1200 else frozenset()
        return parts[index]

    marked = []
    for index, text in enumerate(texts):
        nearby = range(max(0, index - 1), min(len(texts), index + 2))
        appeal = False
        if any(asks[k] for k in nearby) and words[index] >= 5 and not _OPENS_QUOTE.match(text):
            own = parts_of(index)
            appeal = len(own) >= 2 and len(own.union(*(parts_of(k) for k in nearby))) == len(APPEAL_PARTS)
        marked.append(appeal)
    return marked
