"""Attributions: who says, writes or thinks what, found from cue words and a source ranker that
were learned on PolNeAR `train` (`tools/train_attribution.py` rebuilds the model).

An attribution is a cue ("said", "according to", "told", "believes", a colon or a dash line), its
source (the span a reader would mark: "Rep. G.K. Butterfield (D-N.C.)", "Jeff Weaver, Sanders'
campaign manager", "the report", "aides") and its content (a quotation, or the paraphrased clause).
The model decides which words are cues here and where a source starts; the clause rules below
decide where the content runs.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any

from .assets import read_text, word_list
from .models import Article
from .perceptron import score
from .quotations import QuoteSpan

MODEL_FILE = "attribution_model.json"
MAX_SOURCE_TOKENS = 30
ACCEPT_THRESHOLD = 8.0
ACCEPT_QUOTED = 0.0
ACCEPT_REPORTED = -4.0
CUE_THRESHOLD = -6.0
RESCUE_MIN = -12.0
LAZY_SEED = RESCUE_MIN
NESTING = "outer"

# --- tokens ----------------------------------------------------------------------------------
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., G.K., N.C.
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Maj|Sgt|Adm|Rev|Prof|Jr|Sr|St|Pres|Sens|Reps)\.(?=\s)"
    r"|[A-Z]\.(?=\s*[A-Z])"  # an initial
    r"|\d+(?:[.,:/]\d+)*%?"
    r"|\w+(?:[-'’]\w+)*(?:['’](?=\s))?"  # words with inner hyphens or apostrophes; Sanders'
    r"|''"  # two apostrophes as a quotation mark
    r"|[^\w\s]"
)
OPEN_MARKS = "“\"«"
CLOSE_MARKS = "”\"»"
DASHES = frozenset("—–―-")


@dataclass(frozen=True, slots=True)
class Tok:
    """A token of a paragraph: its text, offsets, sentence, and the quotation it sits in (-1: none)."""

    text: str
    lower: str
    start: int
    end: int
    sentence: int
    quote: int
    mark: str  # "open" or "close" for a quotation mark that opens or closes a quotation, else ""


def shape(text: str) -> str:
    """A coarse word shape: Xx, x, X, 9, or the punctuation itself."""
    if text[:1].isupper():
        return "X" if text.isupper() and len(text) > 1 else "Xx"
    if text[:1].islower():
        return "x"
    if text[:1].isdigit():
        return "9"
    return text[:1]


def tokenize(
    text: str, base: int, sentences: Sequence[tuple[int, int, int]], quotes: Sequence[tuple[int, int, int, int]],
    first_quote: int = 0, marks: tuple[set[int], set[int]] | None = None,
) -> list[Tok]:
    """Tokens of `text` (which starts at offset `base`): `sentences` are (index, start, end) and
    `quotes` (start, end, open_at, close_at) of each quotation, all in article offsets. A caller
    going through an article's paragraphs in order passes the first quotation that can still hold a
    token here and the quotation marks' offsets, so each paragraph costs its own length only."""
    opens, closes = marks if marks is not None else _marks(quotes)
    found: list[Tok] = []
    s = 0
    q = first_quote
    sentence = sentences[0][0] if sentences else -1
    last_sentence, last_quote = len(sentences) - 1, len(quotes)
    next_end = sentences[0][2] if sentences else 0  # where the sentence s ends
    quote_end = quotes[q][1] if q < last_quote else -1  # where the quotation q ends
    for match in _TOKEN.finditer(text):
        start, end = base + match.start(), base + match.end()
        word = match.group(0)
        while s < last_sentence and start >= next_end:
            s += 1
            next_end = sentences[s][2]
            after_initial = bool(found) and _AFTER_INITIAL.fullmatch(found[-1].text) is not None
            if word[:1] not in ")," and not word[:1].islower() and not after_initial:
                sentence = sentences[s][0]  # a split before ")", a lower-case word or after an initial is no sentence end
        while q < last_quote and quote_end <= start:
            q += 1
            quote_end = quotes[q][1] if q < last_quote else -1
        inside = q < last_quote and quotes[q][0] <= start < quote_end
        mark = "open" if start in opens else "close" if start in closes else ""
        found.append(_new_tok(word, word.lower(), start, end, sentence, q if inside else -1, mark))
    return found


_AFTER_INITIAL = re.compile(r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr)\.")
"""A token after which a sentence split is no sentence end: an initial or an abbreviated title."""


def _tok_maker() -> Any:
    """A `Tok` built by setting its slots directly: the same object the frozen dataclass's __init__
    builds (same class, same fields), for a fraction of the cost (an article has a token per word)."""
    new = object.__new__
    setters = tuple(Tok.__dict__[name].__set__ for name in Tok.__slots__)
    assert Tok.__slots__ == ("text", "lower", "start", "end", "sentence", "quote", "mark")
    set_text, set_lower, set_start, set_end, set_sentence, set_quote, set_mark = setters

    def make(text: str, lower: str, start: int, end: int, sentence: int, quote: int, mark: str) -> Tok:
        tok = new(Tok)
        set_text(tok, text)
        set_lower(tok, lower)
        set_start(tok, start)
        set_end(tok, end)
        set_sentence(tok, sentence)
        set_quote(tok, quote)
        set_mark(tok, mark)
        return tok

    return make


_new_tok = _tok_maker()


def article_tokens(article: Article, spans: Sequence[QuoteSpan]) -> list[list[Tok]]:
    """The tokens of each body paragraph; `spans` are the article's quotations (`quote_spans`)."""
    quotes = [(s.start, s.end, s.open_at, s.close_at) for s in spans]
    by_paragraph: dict[int, list[tuple[int, int, int]]] = {}
    for sentence in article.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append((sentence.index, sentence.start, sentence.end))
    marks = _marks(quotes)
    found = []
    q = 0
    for paragraph in article.paragraphs:
        while q < len(quotes) and quotes[q][1] <= paragraph.start:  # as tokenize moves past them
            q += 1
        found.append(tokenize(paragraph.text, paragraph.start, by_paragraph.get(paragraph.index, []), quotes, q, marks))
    return found


def _marks(quotes: Sequence[tuple[int, int, int, int]]) -> tuple[set[int], set[int]]:
    """The offsets of the quotation marks that open and that close a quotation."""
    return {q[2] for q in quotes}, {q[3] for q in quotes if q[3] >= 0}


# --- word classes --------------------------------------------------------------------------------
PRONOUNS = frozenset("he she they it we i you who which".split())
DETERMINERS = frozenset("the a an his her its their our this that these those one another some many".split())
BOUNDARY_WORDS = frozenset(
    "and but that as when while because which if since though although where after before so or than "
    "until whether once even unless whereas yet nor who whom whose".split()
)
SKIP_BEFORE_CUE = frozenset(
    "also has had have 's ’s would will could might may did does do not never later then once previously "
    "repeatedly recently often first initially already still reportedly himself herself itself themselves "
    "both all each too however earlier yesterday today tonight again quickly flatly publicly privately "
    "openly simply even just only has since last week month year this on instead monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)
SAYING = frozenset(
    "said says added adds told tells noted notes wrote writes explained argued warned stressed insisted "
    "continued replied recalled suggested acknowledged".split()
)
ASIDES = frozenset(
    "in on at during after before speaking asked writing appearing interviewed responding when while "
    "like meanwhile however though too also for".split()
)
"""First words of an aside between a subject and its verb ("X, in a statement Thursday, said")."""
AUXILIARIES = frozenset(
    "is are was were be been being am 're 'm ’re ’m would will could might may isn't aren't wasn't weren't don't doesn't didn't won't "
    "wouldn't can't couldn't shouldn't hasn't haven't hadn't isn’t aren’t wasn’t weren’t don’t doesn’t didn’t "
    "won’t wouldn’t can’t couldn’t shouldn’t hasn’t haven’t hadn’t can should must shall".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
PARTICIPLES = frozenset(
    "saying adding noting arguing telling calling claiming citing insisting warning explaining asking "
    "suggesting declaring stating writing acknowledging charging describing urging pointing referring "
    "accusing predicting promising vowing stressing complaining recalling admitting conceding "
    "announcing questioning".split()
)
TIME_WORDS = WEEKDAYS | frozenset("yesterday today tonight earlier later recently last this next week month year".split())


# --- the model -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Model:
    """The learned parts: the cue lexicon, and weights for cues, source starts and acceptance."""

    lexicon: frozenset[str]
    cue: dict[str, float]
    source: dict[str, float]
    accept: dict[str, float]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        return cls(frozenset(data["lexicon"]), data["cue"], data["source"], data.get("accept", {}))


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model (package data built by tools/train_attribution.py from PolNeAR train)."""
    return Model.from_json(json.loads(read_text(MODEL_FILE)))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """NLTK's Porter stem, so "replies", "replied" and "reply" share what was learned."""
    return _stemmer().stem(word)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


@lru_cache(maxsize=1)
def reporting_stems() -> frozenset[str]:
    """Stems of the verbs that report speech, writing or thought (resources/reporting_verbs.txt)."""
    return frozenset(stem(word) for word in word_list("reporting_verbs.txt"))


def is_candidate(toks: Sequence[Tok], i: int, lexicon: frozenset[str]) -> bool:
    """A token that could be (part of) a cue: a word whose stem the lexicon knows, a colon, or a dash."""
    tok = toks[i]
    if tok.quote >= 0 or tok.mark:
        return False
    return _known(tok.lower, lexicon) or tok.text == ":" or tok.text in DASHES


@lru_cache(maxsize=65536)
def _known(word: str, lexicon: frozenset[str]) -> bool:
    return stem(word) in lexicon


def _word(toks: Sequence[Tok], i: int) -> str:
    if i < 0:
        return "<s>"
    if i >= len(toks):
        return "</s>"
    tok = toks[i]
    if tok.mark:
        return f"<{tok.mark}>"
    if tok.quote >= 0:
        return "<q>"
    if tok.lower in _closed_words() or not tok.text[:1].isalnum():
        return tok.lower
    return f"<{shape(tok.text)}>"  # an open-class word stands for its shape: no names or nouns memorized


@lru_cache(maxsize=1)
def _closed_words() -> frozenset[str]:
    """Function words (resources/stopwords.txt), which carry grammar rather than topic."""
    return word_list("stopwords.txt") | {"according", "who", "whom", "whose"}


def _shape_at(toks: Sequence[Tok], i: int) -> str:
    if i < 0 or i >= len(toks):
        return "|"
    if toks[i].mark:
        return toks[i].mark
    return shape(toks[i].text) + ("q" if toks[i].quote >= 0 else "")


def _class_at(toks: Sequence[Tok], i: int) -> str:
    """A word class for context templates that hold for any cue word: P(ronoun), N(ame),
    D(eterminer), T(hat), O(pen) and C(lose) marks, w(ord), punctuation, or an edge."""
    if i < 0:
        return "^"
    if i >= len(toks):
        return "$"
    tok = toks[i]
    if tok.mark:
        return "O" if tok.mark == "open" else "C"
    if tok.quote >= 0:
        return "q"
    if tok.lower in ("he", "she", "they", "i", "we", "it", "you"):
        return "P"
    if tok.lower == "that":
        return "T"
    if tok.lower in DETERMINERS:
        return "D"
    if tok.text[:1].isupper():
        return "N"
    if tok.text[:1].isalnum():
        return "w"
    return tok.text[:1]


@dataclass(frozen=True, slots=True)
class Layout:
    """What every cue candidate of a paragraph looks at, worked out once per paragraph: each
    token's word, shape and class (padded by two at both edges), the last token of its sentence,
    and the sentences that hold a quotation."""

    words: list[str]
    shapes: list[str]
    classes: list[str]
    ends: list[int]
    quoted: frozenset[int]


def sentence_layout(toks: Sequence[Tok]) -> Layout:
    """The paragraph's `Layout`."""
    ends = [0] * len(toks)
    end = len(toks) - 1
    for k in range(len(toks) - 1, -1, -1):
        if k < len(toks) - 1 and toks[k + 1].sentence != toks[k].sentence:
            end = k
        ends[k] = end
    words, shapes, classes = ["<s>", "<s>"], ["|", "|"], ["^", "^"]
    closed = _closed_words()
    for tok in toks:  # what _word, _shape_at and _class_at say of each token, in one pass
        text, lower = tok.text, tok.lower
        if tok.mark:
            words.append(f"<{tok.mark}>")
            shapes.append(tok.mark)
            classes.append("O" if tok.mark == "open" else "C")
            continue
        form = shape(text)
        if tok.quote >= 0:
            words.append("<q>")
            shapes.append(form + "q")
            classes.append("q")
            continue
        words.append(lower if lower in closed or not text[:1].isalnum() else f"<{form}>")
        shapes.append(form)
        if lower in ("he", "she", "they", "i", "we", "it", "you"):
            classes.append("P")
        elif lower == "that":
            classes.append("T")
        elif lower in DETERMINERS:
            classes.append("D")
        elif text[:1].isupper():
            classes.append("N")
        else:
            classes.append("w" if text[:1].isalnum() else text[:1])
    words += ["</s>", "</s>"]
    shapes += ["|", "|"]
    classes += ["$", "$"]
    return Layout(words, shapes, classes, ends, frozenset(t.sentence for t in toks if t.quote >= 0))


def cue_features(toks: Sequence[Tok], i: int, layout: Layout | None = None) -> list[str]:
    """What the cue classifier sees of token i: the word, its neighbours, and the quotation and
    sentence around it (`layout`: the paragraph's `sentence_layout`, when already worked out)."""
    lay = layout if layout is not None else sentence_layout(toks)
    words, shapes, classes = lay.words, lay.shapes, lay.classes
    tok = toks[i]
    w = tok.lower
    p = i + 2  # the padded position
    prev, nxt, nxt2, prev2 = words[p - 1], words[p + 1], words[p + 2], words[p - 2]
    pshape, nshape = shapes[p - 1], shapes[p + 1]
    same_prev = i > 0 and toks[i - 1].sentence == tok.sentence
    same_next = i + 1 < len(toks) and toks[i + 1].sentence == tok.sentence
    first = not same_prev
    last = not same_next or (nxt in (".", "!", "?") and (i + 2 >= len(toks) or toks[i + 2].sentence != tok.sentence))
    sentence_has_quote = tok.sentence in lay.quoted
    root = stem(w)
    reporting = root in reporting_stems()
    left, right = classes[p - 1], classes[p + 1]
    features = [
        f"reporting={reporting}", f"reporting+ctx={reporting}|{left}_{right}",
        f"reporting+last={reporting}|{nxt in ('.', ',', '</s>')}",
        f"w={w}", f"suf={w[-3:]}", f"shape={shape(tok.text)}", f"stem={root}", f"stem+next={root}|{nxt}",
        f"stem+prev={root}|{prev}", f"stem+pshape={root}|{pshape}", f"stem+nshape={root}|{nshape}",
        f"prev={prev}", f"next={nxt}", f"prev2={prev2}", f"next2={nxt2}",
        f"w+prev={w}|{prev}", f"w+next={w}|{nxt}", f"w+next2={w}|{nxt}|{nxt2}", f"prev2+prev+w={prev2}|{prev}|{w}",
        f"pshape={pshape}", f"nshape={nshape}",
        f"w+pshape={w}|{pshape}", f"w+nshape={w}|{nshape}",
        f"first={first}", f"last={last}", f"w+last={w}|{last}", f"w+first={w}|{first}",
        f"quoted_sentence={sentence_has_quote}", f"w+quoted_sentence={w}|{sentence_has_quote}",
        f"ctx={left}_{right}", f"ctx3={classes[p - 2]}{left}_{right}{classes[p + 2]}", f"ctx+suf={left}_{right}|{w[-2:]}",
    ]
    if w.endswith("ing"):
        features.append("ing")
    if w.endswith("ed"):
        features.append("ed")
    back = None
    for k in range(i - 1, max(-1, i - 8), -1):
        before = toks[k]
        if before.text == "," or before.mark or before.sentence != tok.sentence:
            back = k
            break
    between = "".join(form[0] for form in shapes[back + 3 : p]) if back is not None else "far"  # the layout's shapes, padded by two
    features += [f"back={words[back + 2] if back is not None else 'far'}|{between[:5]}", f"w+back={w}|{back is not None and i - back}"]
    rest = max(lay.ends[i] - i, 0)  # the tokens after i in its sentence
    opens_clause = any(t.lower == "that" or t.mark == "open" or t.text == ":" for t in toks[i + 1 : i + 1 + min(rest, 8)])
    features += [f"reporting+opens={reporting}|{opens_clause}",
                 f"rest={min(rest, 6)}", f"opens={opens_clause}", f"w+opens={w}|{opens_clause}",
                 f"w+rest={w}|{min(rest, 4)}", f"stem+opens={root}|{opens_clause}", f"stem+last={root}|{last}"]
    near_close = any(t.mark == "close" for t in toks[max(0, i - 6) : i])
    near_open = any(t.mark == "open" for t in toks[i + 1 : i + 6])
    features += [f"close_before={near_close}", f"open_after={near_open}",
                 f"w+close_before={w}|{near_close}", f"w+open_after={w}|{near_open}"]
    return features


def cue_score(toks: Sequence[Tok], i: int, weights: dict[str, float], layout: Layout | None = None) -> float:
    return score(weights, cue_features(toks, i, layout)) + weights.get("bias", 0.0)


# --- sources -----------------------------------------------------------------------------------------
def source_before_end(toks: Sequence[Tok], cue: int) -> int:
    """The last token of a source written before the cue at `cue`, past adverbs and time words
    ("Trump on Tuesday also said"); -1 when nothing can be."""
    j = cue - 1
    while j >= 0 and toks[j].sentence == toks[cue].sentence and toks[j].quote < 0 and not toks[j].mark:
        if toks[j].lower in SKIP_BEFORE_CUE or toks[j].lower in WEEKDAYS or toks[j].lower in AUXILIARIES:
            j -= 1
            continue
        if toks[j].lower == "to" and j - 1 >= 0 and _verb_like(toks[j - 1]):
            j -= 2  # "declined to say", "is expected to announce": the subject of the governing verb
            continue
        if toks[j].lower in ("on", "this", "last") and j + 1 < cue and toks[j + 1].lower in TIME_WORDS:
            j -= 1
            continue
        break
    if j >= 0 and toks[j].text == ",":
        # "Corey Lewandowski, in a statement released on Thursday, said": past the aside
        k = j - 1
        while k >= 0 and j - k <= 12 and toks[k].text != "," and toks[k].sentence == toks[cue].sentence and toks[k].quote < 0 and not toks[k].mark:
            k -= 1
        if k >= 0 and toks[k].text == "," and toks[k + 1].lower in ASIDES and k - 1 >= 0 and toks[k - 1].text[:1].isalpha():
            j = k
    while j >= 0 and toks[j].text == ",":
        j -= 1
    if j < 0 or toks[j].sentence != toks[cue].sentence or toks[j].quote >= 0 or toks[j].mark:
        return -1
    return j


def _verb_like(tok: Tok) -> bool:
    """A lower-case word that governs a "to" infinitive ("declined", "wants", "is likely")."""
    word = tok.lower
    return tok.text[:1].islower() and word not in DETERMINERS and (
        word.endswith(("ed", "ing")) or word.endswith("s") and not word.endswith("ss") and len(word) > 3
        or word in ("want", "plan", "need", "have", "going", "able", "likely", "about", "ready", "set", "seem", "hope", "try", "agree")
    )


def source_starts(toks: Sequence[Tok], end: int) -> list[int]:
    """Where a source ending at `end` may start: back to the clause's hard edge (a quotation,
    a colon, a semicolon, a dash, a bracket or the sentence start), at most MAX_SOURCE_TOKENS."""
    starts = []
    j = end
    while j >= 0 and end - j < MAX_SOURCE_TOKENS:
        tok = toks[j]
        if tok.mark == "close" and j < end:
            k = j - 1
            while k >= 0 and toks[k].quote >= 0:
                k -= 1
            if k >= 0 and toks[k].mark == "open" and j - k <= 7 and toks[j - 1].text not in ".!?,":
                j = k - 1  # `Barbara Follet, one of the so-called "Blair Babes" elected in 1997,`
                continue
        if tok.text == ")" and j <= end:
            k = j - 1
            while k >= 0 and toks[k].text != "(" and j - k < 8:
                k -= 1
            if k >= 0 and toks[k].text == "(":
                j = k - 1  # "Rep. G.K. Butterfield (D-N.C.)": no source starts inside the brackets
                continue
        if tok.sentence != toks[end].sentence or tok.quote >= 0 or tok.mark or tok.text in (";", ":", "—", "–", "―", "("):
            break
        if tok.text not in (",", ".", "-") and not (j == end and tok.text == ")"):
            starts.append(j)
        j -= 1
    return starts


def source_features(toks: Sequence[Tok], start: int, end: int, cue: int) -> list[str]:
    """What the source ranker sees of a candidate span toks[start..end] before the cue."""
    first, last = toks[start], toks[end]
    prev = _word(toks, start - 1)
    commas = capitals = 0
    first_comma = -1
    lowers = []
    for k in range(start, end + 1):  # the span's commas, capitalized words and lower-case words, in one pass
        text = toks[k].text
        if text == ",":
            commas += 1
            if first_comma < 0:
                first_comma = k
        initial = text[:1]
        if initial.isupper():
            capitals += 1
        elif initial.islower():
            lowers.append(toks[k].lower)
    cue_word = toks[cue].lower
    length = min(end - start + 1, 12)
    features = [
        f"first={_word(toks, start)}",
        f"fshape={shape(first.text)}", f"prev={prev}", f"pshape={_shape_at(toks, start - 1)}",
        f"prev+first={prev}|{shape(first.text)}", f"last={_word(toks, end)}", f"lshape={shape(last.text)}",
        f"len={length}", f"commas={min(commas, 4)}", f"caps={min(capitals, 5)}",
        f"sentence_start={start == 0 or toks[start - 1].sentence != first.sentence}",
        f"cue={cue_word}", f"first+cue={_word(toks, start)}|{cue_word}",
        f"pronoun={first.lower in PRONOUNS and length == 1}",
        f"det={first.lower in DETERMINERS}", f"boundary_prev={prev in BOUNDARY_WORDS}",
        f"comma_prev={prev == ','}", f"lowers={min(len(lowers), 6)}",
    ]
    if lowers:
        features.append(f"first_lower={lowers[0]}")
    for word in sorted(set(lowers)):
        if word in BOUNDARY_WORDS or word in ("is", "was", "are", "were", "has", "had", "have", "said", "says"):
            features.append(f"inner={word}")
    if commas:
        features.append(f"comma_then={_word(toks, first_comma + 1)}")
        segments = _segments(toks, start, end)
        features += [f"segs={'_'.join(segments[:4])}", f"seg0+last={segments[0]}|{segments[-1]}"]
    before = _segment_before(toks, start)
    features += [f"seg_before={before}", f"seg_before+first={before}|{_np_class(first)}"]
    return features


def _np_class(tok: Tok) -> str:
    if tok.text[:1].isdigit():
        return "num"
    if tok.lower in PRONOUNS:
        return "pron"
    if tok.lower in DETERMINERS:
        return "det"
    if tok.text[:1].isupper():
        return "Name"
    return "low"


def _segment_class(toks: Sequence[Tok], start: int, end: int) -> str:
    """What a comma-delimited piece looks like: a name, a number (an age), a phrase, or other."""
    words = [t for t in toks[start : end + 1] if t.text not in ".-'’"]
    if not words:
        return "empty"
    if all(t.text[:1].isdigit() for t in words):
        return "num"
    if all(t.text[:1].isupper() or t.lower in ("de", "von", "van", "al", "bin", "la", "le", "'s", "’s") for t in words):
        return "name"
    return _np_class(words[0])


def _segments(toks: Sequence[Tok], start: int, end: int) -> list[str]:
    """The classes of the comma-delimited pieces of a span: "name_det" for "Jeff Weaver, his manager"."""
    found, piece = [], start
    for k in range(start, end + 2):
        if k > end or toks[k].text == ",":
            if k > piece:
                found.append(_segment_class(toks, piece, k - 1))
            piece = k + 1
    return found or ["empty"]


def _segment_before(toks: Sequence[Tok], start: int) -> str:
    """The class of the comma-delimited piece just before a candidate start, if a comma precedes it."""
    if start < 2 or toks[start - 1].text != ",":
        return "none"
    k = start - 2
    while k >= 0 and toks[k].text not in (",", ";", ":") and toks[k].sentence == toks[start].sentence and not toks[k].mark and toks[k].quote < 0 and start - k < 8:
        k -= 1
    return _segment_class(toks, k + 1, start - 2)


def best_source_start(
    toks: Sequence[Tok], end: int, cue: int, weights: dict[str, float], lowest: int = 0, *, late_rules: bool = True
) -> int | None:
    """The start the source ranker prefers for a source ending at `end` before the cue."""
    starts = [s for s in source_starts(toks, end) if s >= lowest]
    if not starts:
        return None
    best = max(starts, key=lambda s: (score(weights, source_features(toks, s, end, cue)), -s))
    return _with_apposition(toks, best, starts, late_rules=late_rules)


def _with_apposition(toks: Sequence[Tok], start: int, starts: Sequence[int], *, late_rules: bool = True) -> int:
    """ "America Rising, a conservative committee, called" and "Suu Kyi, 70, added": a piece that
    describes (an age, a determiner or lower-case phrase) follows the name it describes, which
    the source starts with. With `late_rules` (see `candidates`), a name that ends a prepositional
    phrase is its object, which nothing after the comma describes ("Sales rose on Monday, the company said",
    "Inflation rose in May, officials said")."""
    if start < 2 or toks[start - 1].text != "," or _np_class(toks[start]) not in ("det", "low", "num"):
        return start
    k = start - 2
    while k >= 0 and toks[k].text[:1].isupper() or k >= 0 and toks[k].text in (".", "-") and k - 1 >= 0 and toks[k - 1].text[:1].isupper():
        k -= 1
    if late_rules and _object_of_preposition(toks, k, start):
        return start
    name = k + 1
    while name < start - 1 and toks[name].lower in BOUNDARY_WORDS | DETERMINERS | {"but", "and", "so"}:
        name += 1
    if name < start - 1 and name in starts and toks[name].text[:1].isupper() and toks[name].lower not in BOUNDARY_WORDS | DETERMINERS:
        return name
    return start


# --- attributions ------------------------------------------------------------------------------------
ADDRESSEE_CUES = frozenset(
    "told tell tells telling asked ask asks asking reminded assured informed warned urged briefed".split()
)
PREPOSITIONS = frozenset(
    "on in at during after before to via from with for over about through by while when late early following".split()
)
THAT_TIMES = frozenset("day night morning evening afternoon time moment point weekend summer spring fall autumn winter".split())
ADDRESSEE_GROUPS = frozenset("reporters journalists supporters voters members delegates lawmakers viewers listeners".split())
NOT_SUBJECT_START = frozenset(
    "to than in on at of for with by from into about as if because while when since after before during "
    "through over under between against without within upon via".split()
)
NOT_SUBJECT_END = frozenset(
    "is are was were be been being am do does did has have had will would could should can may might must "
    "to of in on at for with by from the a an and or but that than as very not".split()
)
CLAUSE_JOINS = frozenset("and but while whereas as though although yet".split())
FUNCTION_WORDS = frozenset(
    "has have had having is are was were be been being also about of in on at to for with by from as a an the "
    "that this it its not no do does did will would could should may might can than then so and or but out up "
    "over into after before more most some any all just still even".split()
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution found in a paragraph: offsets index the article's cleaned text."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[tuple[int, int], ...]
    quotations: tuple[int, ...]  # the quotations (indices into quote_spans) the content holds
    direct: bool  # the content is quotations and nothing else
    sentence: int
    source_after: bool = False  # "said X", "according to X": the source follows its cue
    inherited: bool = False  # no source of its own: the clause's subject ("..., saying")
    weight: float = 0.0
    group_after: bool = False  # the source is a bare plural noun phrase after its cue ("..., say economists.")


def _object_of_preposition(toks: Sequence[Tok], k: int, start: int) -> bool:
    """The capitalized words after toks[k] (up to the comma before `start`) close a prepositional
    phrase of the same sentence: "on Monday", "in Europe", "to the BBC"."""
    while k >= 0 and toks[k].lower in DETERMINERS and toks[k].text[:1].islower():
        k -= 1
    return k >= 0 and toks[k].sentence == toks[start].sentence and toks[k].text[:1].islower() and toks[k].lower in ADVERBIAL_PREPOSITIONS


ADVERBIAL_PREPOSITIONS = frozenset("on in at during after before since until from to into across near via through throughout".split())
"""Prepositions whose phrase tells when or where (a clause's adverbial), not whose body a noun belongs to
("a spokesman for Acme, the retailer, said" keeps its apposition)."""


def _same_sentence(toks: Sequence[Tok], i: int, j: int) -> bool:
    return 0 <= i < len(toks) and 0 <= j < len(toks) and toks[i].sentence == toks[j].sentence


def _sentence_end(toks: Sequence[Tok], i: int) -> int:
    """The last token of token i's sentence (in this paragraph)."""
    j = i
    while j + 1 < len(toks) and toks[j + 1].sentence == toks[i].sentence:
        j += 1
    return j


def _sentence_start(toks: Sequence[Tok], i: int) -> int:
    j = i
    while j > 0 and toks[j - 1].sentence == toks[i].sentence:
        j -= 1
    return j


def _strip_end(toks: Sequence[Tok], start: int, end: int) -> int:
    """`end` moved back over closing punctuation (the content ends before the full stop)."""
    while end > start and toks[end].text in ".,;:!?—–-" and not toks[end].mark:
        end -= 1
    return end


def _quotation_run(toks: Sequence[Tok], i: int) -> tuple[int, int, int] | None:
    """For an opening mark at i: (quote index, first content token, closing mark token or last token)."""
    if toks[i].mark != "open":
        return None
    j = i + 1
    while j < len(toks) and toks[j].mark != "close":
        j += 1
    quote = toks[i + 1].quote if i + 1 < len(toks) and toks[i + 1].quote >= 0 else -1
    return quote, i + 1, min(j, len(toks) - 1)


def _span(toks: Sequence[Tok], start: int, end: int) -> tuple[int, int]:
    return toks[start].start, toks[end].end


def _source_after(toks: Sequence[Tok], i: int, *, stop_at_comma: bool = False) -> tuple[int, int] | None:
    """A source written after its cue ("said Rudy Giuliani, the former mayor."): tokens i.. to the
    sentence end, a quotation, a semicolon or a dash, without a trailing time phrase."""
    if i >= len(toks) or toks[i].quote >= 0 or toks[i].mark or not toks[i].text[:1].isalnum():
        return None
    end = i
    while end + 1 < len(toks) and _same_sentence(toks, i, end + 1):
        nxt = toks[end + 1]
        if nxt.quote >= 0 or nxt.mark or nxt.text in (";", "—", "–", "―", ":"):
            break
        if stop_at_comma and nxt.text == ",":
            break
        if nxt.lower in ("on", "in", "at", "during", "after", "before", "when", "while", "as", "because", "and") and not any(
            toks[k].text == "," for k in range(i, end + 1)
        ):
            break  # "said Trump on Tuesday", "said Clinton in an interview"; "said X, a professor at Y" goes on
        if nxt.text == "," and end + 2 < len(toks) and toks[end + 2].lower in ("to", "told", "adding", "saying", "and", "but", "in", "on", "at"):
            break  # "said Gabuev, an expert, to The Moscow Times": the addressee is not the source
        if nxt.text == "," and end + 2 < len(toks) and toks[end + 2].lower in PARTICIPLES:
            break
        if nxt.text == "," and end + 3 < len(toks) and toks[end + 2].lower == "who" and toks[end + 3].lower in SAYING:
            break  # "said Scott Reed, ..., who added that ...": a new attribution starts
        end += 1
    end = _strip_end(toks, i, end)
    if end < i or toks[end].text in ",.":
        return None
    return i, end


def _skip_to_content(toks: Sequence[Tok], i: int, cue_word: str) -> int:
    """The first token of a content that follows its cue at i: past an addressee ("told
    reporters"), a time or place ("on Tuesday", "in a statement") and "that", ",", ":"."""
    limit = _sentence_end(toks, i - 1) if i > 0 else len(toks) - 1
    j = i
    # an addressee or adverbial followed by that / a colon / a quotation
    for k in range(j, min(j + 9, limit + 1)):
        tok = toks[k]
        if tok.quote >= 0:
            break
        if tok.lower == "that" or tok.text == ":" or tok.mark == "open" or (tok.text == "," and k + 1 <= limit and toks[k + 1].mark == "open"):
            head = toks[j].lower if j <= limit else ""
            if k > j and (cue_word in ADDRESSEE_CUES or cue_word in PREPOSITIONS | DETERMINERS or head in PREPOSITIONS - {"to"}
                          or head in TIME_WORDS):
                j = k
            break
        if tok.text in (",", ".", ";") or (tok.lower in BOUNDARY_WORDS and tok.lower != "that"):
            break
    if j == i and cue_word in ADDRESSEE_CUES:
        j = _past_addressee(toks, j, limit)  # "told reporters the plan was dead"
    while j <= limit and (toks[j].lower == "that" or toks[j].text in (",", ":")) and not toks[j].mark:
        j += 1
    return j


def _past_addressee(toks: Sequence[Tok], j: int, limit: int) -> int:
    """Past the person or outlet a "told" cue speaks to: an object pronoun, a name, or a group."""
    if j > limit or toks[j].quote >= 0 or toks[j].mark:
        return j
    if toks[j].lower in ("him", "her", "them", "me", "us", "you") or toks[j].lower in ADDRESSEE_GROUPS:
        return j + 1
    k = j
    if toks[k].lower in ("the", "a") and k + 1 <= limit:
        k += 1
    while k <= limit and (toks[k].text[:1].isupper() or toks[k].text in ("'s", "’s", ".", "&") and k > j) and toks[k].quote < 0:
        k += 1
    return k if k > j and toks[k - 1].text[:1].isupper() or k > j + 1 else j


def _main_subject(toks: Sequence[Tok], sentence_start: int, before: int) -> tuple[int, int] | None:
    """The subject that opens a sentence ("The Sanders campaign on Monday ... , saying";
    "Speaking in Salem, New Hampshire, Trump went after Bush, calling"): a pronoun, a name or a
    noun phrase, after an opening phrase that ends with a comma."""
    starts = [sentence_start] + [k + 1 for k in range(sentence_start, min(before, sentence_start + 16)) if toks[k].text == ","]
    opener = toks[sentence_start].lower in PREPOSITIONS | TIME_WORDS | {"but", "and", "however", "meanwhile", "still", "yet", "so", "instead"} or (
        toks[sentence_start].lower.endswith("ing") or toks[sentence_start].text[:1].isdigit()
    )
    for i in (starts[1:] if opener else starts[:1]) + (starts[:1] if opener else []):
        found = _subject_at(toks, i, before)
        if found is not None:
            return found
    return None


def _title_then_name(toks: Sequence[Tok], k: int, before: int) -> bool:
    """Lower-case title words that a name follows ("presidential candidate Donald Trump")."""
    for j in range(k, min(k + 3, before)):
        if toks[j].text[:1].isupper():
            return True
        if toks[j].lower in PREPOSITIONS or toks[j].lower in BOUNDARY_WORDS or _verb_like(toks[j]) or not toks[j].text[:1].isalpha():
            return False
    return False


def _subject_at(toks: Sequence[Tok], i: int, before: int) -> tuple[int, int] | None:
    """A subject noun phrase that starts at i and is followed by its verb."""
    while i < before and toks[i].lower in ("but", "and", "so", "yet", "still"):
        i += 1
    if i >= before or toks[i].quote >= 0 or toks[i].mark:
        return None
    if toks[i].lower in ("he", "she", "they", "it", "we", "i"):
        return i, i
    if not (toks[i].text[:1].isupper() or toks[i].lower in DETERMINERS):
        return None
    end = i
    while end + 1 < before:
        nxt = toks[end + 1]
        if nxt.quote >= 0 or nxt.mark or nxt.text in (";", ":"):
            break
        if nxt.text == ",":
            k = end + 2  # an appositive name: "Trump's Virginia state director, Mike Rubino, reached"
            while k < before and toks[k].text[:1].isupper():
                k += 1
            if k > end + 2 and k < before and toks[k].text == ",":
                end = k - 1
                continue
            break
        word = nxt.lower
        if nxt.text[:1].isupper() or word in ("'s", "’s", ".", "-", "of", "for", "de", "von", "van", "al", "and"):
            end += 1
            continue
        if word in SKIP_BEFORE_CUE or word in AUXILIARIES or word in PREPOSITIONS or word in BOUNDARY_WORDS or _verb_like(nxt):
            break
        if toks[i].lower not in DETERMINERS and not _title_then_name(toks, end + 1, before):
            break
        end += 1  # "Republican presidential candidate Donald Trump", "the former secretary"
    while end > i and toks[end].lower in ("and", "of", "for", "-", "."):
        end -= 1
    if end + 1 >= before or toks[end].text[:1].islower() and toks[i].lower not in DETERMINERS:
        return None
    return i, end


def _content_before(toks: Sequence[Tok], comma: int) -> tuple[int, int] | None:
    """A paraphrase that ends at the comma before its source ("Trade grew 60%, Gabuev said.")."""
    start = _sentence_start(toks, comma)
    while start < comma and (toks[start].lower in ("but", "and", "so") or toks[start].text in ",—–-"):
        start += 1
    end = _strip_end(toks, start, comma - 1)
    if end - start < 2 or any(toks[k].mark for k in range(start, end + 1)) and not any(toks[k].quote < 0 and not toks[k].mark for k in range(start, end + 1)):
        return None
    return start, end


def _dash_line(toks: Sequence[Tok], i: int) -> bool:
    """ `"..." ― Carla Mendes`: a dash between a closed quotation and a name that ends the sentence."""
    if toks[i].text not in DASHES or i == 0 or toks[i - 1].mark != "close" or i + 1 >= len(toks):
        return False
    rest = [t for t in toks[i + 1 :] if t.sentence == toks[i].sentence]
    return bool(rest) and rest[0].text[:1].isupper() and len(rest) <= 12 and not any(t.mark for t in rest)


def _cue_groups(toks: Sequence[Tok], positive: list[int], scores: dict[int, float]) -> list[tuple[int, int, float]]:
    """Runs of cue tokens; two runs with a few lower-case words between them are one cue
    ("said in a statement")."""
    groups: list[list[int]] = []
    for i in positive:
        if toks[i].text == ":" and i - 1 >= 0 and (i - 1) in scores and toks[i - 1].text[:1].islower() and (not groups or groups[-1][-1] != i - 1):
            groups.append([i - 1])  # "He replies:": the word before the colon is the cue
        if groups and _same_sentence(toks, groups[-1][-1], i) and (
            i == groups[-1][-1] + 1
            or i - groups[-1][-1] <= 3 and all(toks[k].text[:1].islower() for k in range(groups[-1][-1] + 1, i))
            and toks[i].text not in DASHES and toks[i].text != ":"
        ):
            groups[-1].append(i)
        else:
            groups.append([i])
    for g in groups:  # an article or possessive opens the noun phrase after a cue, never ends one ("said in an interview")
        while len(g) > 1 and toks[g[-1]].lower in _NOUN_OPENERS:
            g.pop()
    return [(g[0], g[-1], max(scores[i] for i in g)) for g in groups]


_NOUN_OPENERS = frozenset("a an the his her its their our my your".split())


def cue_scores(toks: Sequence[Tok], m: Model) -> dict[int, float]:
    """The cue score of every candidate token of a paragraph that can matter. A function word
    ("in", "to", "has") is a cue only inside a group with another cue word (`candidates` drops
    groups of function words alone), so it is scored only within three tokens of a cue word
    (or before a colon): the same groups, for a fraction of the work."""
    layout = sentence_layout(toks)
    scores: dict[int, float] = {}
    waiting: list[int] = []
    for i in range(len(toks)):
        if is_candidate(toks, i, m.lexicon):
            if toks[i].lower in FUNCTION_WORDS and not (i + 1 < len(toks) and toks[i + 1].text == ":"):
                waiting.append(i)
            else:
                scores[i] = cue_score(toks, i, m.cue, layout)
    frontier = [i for i, value in scores.items() if value > LAZY_SEED or _dash_line(toks, i)]
    while frontier and waiting:
        seeds = set(frontier)
        near = [j for j in waiting if any(k in seeds and toks[j].sentence == toks[k].sentence for k in range(j - 3, j + 4))]
        taken = set(near)
        waiting = [j for j in waiting if j not in taken]
        for j in near:
            scores[j] = cue_score(toks, j, m.cue, layout)
        frontier = [j for j in near if scores[j] > LAZY_SEED]
    return scores


def candidates(
    article: Article, spans: Sequence[QuoteSpan], paragraphs: Sequence[Sequence[Tok]] | None = None, m: Model | None = None,
    *, groups_after: bool = True, late_rules: bool = True,
) -> list[tuple[Attribution, list[str]]]:
    """Every attribution the cue words and clause rules build, with what the acceptance model sees.
    `groups_after` lets a bare plural noun phrase after its cue be the source ("..., say economists."):
    a rule read on top of the learned weights, which training leaves out (PolNeAR writes it rarely, and
    the candidates it adds would move every weight of the acceptance model). `late_rules` holds the others
    read on top of the weights: a name that closes a prepositional phrase before the comma is no name the
    source describes ("Sales rose on Monday, the company said": the source is "the company", not "Monday,
    the company"), and whom a "told" cue that ends its sentence speaks to is no content ("..., she told
    reporters.", "..., Ms Hewitt told GMTV's Sunday programme.")."""
    m = m or model()
    paragraphs = paragraphs if paragraphs is not None else article_tokens(article, spans)
    found: list[tuple[Attribution, list[str]]] = []
    for toks in paragraphs:
        scores = cue_scores(toks, m)
        positive = sorted(i for i, value in scores.items() if value > CUE_THRESHOLD or _dash_line(toks, i))
        made: list[Attribution] = []
        groups = [g for g in _cue_groups(toks, positive, scores) if not all(toks[k].lower in FUNCTION_WORDS for k in range(g[0], g[1] + 1))]
        starts = [g[0] for g in groups]  # "has", "have", "about" alone are no cue
        for a, b, weight in groups:
            attribution = _build(toks, a, b, spans, made, m, starts, article.text, groups_after, late_rules)
            strongest = max(range(a, b + 1), key=lambda k: (scores.get(k, -1e9), k))
            if attribution is None and strongest > a:  # "A source close to the talks said": not "talks said"
                attribution = _build(toks, strongest, b, spans, made, m, starts, article.text, groups_after, late_rules)
            if attribution is None or any(x.content[0][0] == attribution.content[0][0] for x in made):
                continue
            attribution = replace(attribution, weight=weight)
            made.append(attribution)
            found.append((attribution, accept_features(toks, a, b, attribution)))
        found.extend(_rescue(toks, spans, made, scores, m, starts, article.text, groups_after, late_rules))
    return sorted(found, key=lambda x: x[0].content[0][0])


def _rescue(
    toks: Sequence[Tok], spans: Sequence[QuoteSpan], made: list[Attribution], scores: dict[int, float], m: Model,
    cues: Sequence[int], text: str, groups_after: bool = True, late_rules: bool = True,
) -> list[tuple[Attribution, list[str]]]:
    """Quoted words no cue claimed ("credited Merkel with holding "the entire continent together""):
    the likeliest cue word before them in their sentence, however weak, gets a chance to claim them."""
    claimed = {q for x in made for q in x.quotations}
    rescued: list[tuple[Attribution, list[str]]] = []
    for i, tok in enumerate(toks):
        if tok.mark != "open" or i + 1 >= len(toks) or toks[i + 1].quote < 0 or toks[i + 1].quote in claimed:
            continue
        quote = toks[i + 1].quote
        options = [k for k in scores if k < i and toks[k].sentence == tok.sentence and scores[k] > RESCUE_MIN
                   and toks[k].lower not in FUNCTION_WORDS and toks[k].text[:1].isalpha()]
        if not options:
            continue
        k = max(options, key=lambda j: (scores[j], j))
        attribution = _build(toks, k, k, spans, made, m, cues, text, groups_after, late_rules)
        if attribution is None or quote not in attribution.quotations:
            continue
        attribution = replace(attribution, weight=scores[k])
        made.append(attribution)
        claimed.update(attribution.quotations)
        rescued.append((attribution, [*accept_features(toks, k, k, attribution), "rescued"]))
    return rescued


def find(
    article: Article, spans: Sequence[QuoteSpan], paragraphs: Sequence[Sequence[Tok]] | None = None, m: Model | None = None
) -> list[Attribution]:
    """Every attribution in the article's body that the acceptance model keeps, in reading order."""
    m = m or model()
    bias = m.accept.get("bias", 0.0)
    kept = []
    for attribution, features in candidates(article, spans, paragraphs, m):
        if _after_possessive(article.text, attribution.cue[0]):
            continue  # "Acme's listing ceremony", "the Tories' plans to ...": a noun after a possessive, no verb
        value = score(m.accept, features) + bias
        reported = _reported(features) or attribution.group_after and _reported(features, "after")
        bar = ACCEPT_QUOTED if attribution.quotations else ACCEPT_REPORTED if reported else ACCEPT_THRESHOLD
        if not m.accept or value > bar:
            kept.append((attribution, value))
    return _unnested(kept)


_POSSESSIVE = re.compile(
    r"(?:\b(?!(?:he|she|it|that|there|what|who|here|where|let|how)['’]s\b)[^\W\d_][\w.-]*['’]s|\b[^\W\d_][\w.-]*s['’])\s+$",
    re.IGNORECASE,
)
"""A possessive ("Acme's", "the Tories'") ending the text before a word; "he's", "it's" are contractions."""


_MODIFIER_AFTER_POSSESSIVE = re.compile(r"[a-z]+ing\s+(?!that\b|to\b|of\b|on\b|about\b|in\b|for\b|with\b)[a-z]+\b")


def _after_possessive(text: str, start: int) -> bool:
    """The word at `start` follows a possessive and is an -ing word before a noun, so it modifies that
    noun ("Acme's listing ceremony", "the firm's trading update"): no verb of saying. Other nouns after a
    possessive may report ("Obama's claim that ...", "the state's plan to ...": PolNeAR marks them). A
    rule read on top of the learned cue weights (training never calls `find`)."""
    return _POSSESSIVE.search(text, max(0, start - 60), start) is not None and _MODIFIER_AFTER_POSSESSIVE.match(text, start) is not None


_REPORTED = {
    "before": frozenset(("pattern=indirect|before", "clause=True", "reporting+pattern=True|indirect|before")),
    # a group after its cue ("..., say economists."): what stands before the comma is theirs, clause or not
    # ("The pound fell 1%": `_clause_like` misses an irregular past)
    "after": frozenset(("pattern=indirect|after", "reporting+pattern=True|indirect|after")),
}


def _reported(features: Sequence[str], order: str = "before") -> bool:
    """The plainest shape of paraphrase: a clause, a comma, then a source and a reporting verb that end
    the sentence, perhaps with a time or place ("..., Western media reported in March 2023."), or (order
    "after") the verb before its source ("..., say economists.")."""
    present = set(features)
    return _REPORTED[order] <= present and (f"tail=indirect|{order}|ends" in present or f"tail=indirect|{order}|time" in present)


def _unnested(kept: list[tuple[Attribution, float]]) -> list[Attribution]:
    """Attributions do not nest (annotators mark one of "X said Y believes Z"): where one's cue
    lies inside another's content, the one the acceptance model trusts more stays."""
    dropped: set[int] = set()
    if NESTING == "none":
        return [a for a, _ in kept]
    spans = sorted((s, e, j) for j, (outer, _) in enumerate(kept) for s, e in outer.content)
    starts = [s for s, _, _ in spans]
    longest = max((e - s for s, e, _ in spans), default=0)
    for i, (inner, inner_score) in enumerate(kept):
        cue = inner.cue[0]
        # the attributions whose content holds this cue, in order: found through the spans that
        # start at most `longest` before it, so the cost follows the text, not attributions squared
        holding = sorted({j for s, e, j in spans[bisect.bisect_left(starts, cue - longest) : bisect.bisect_right(starts, cue)] if s <= cue < e})
        for j in holding:
            if i == j or j in dropped or i in dropped:
                continue
            outer_score = kept[j][1]
            dropped.add(i if NESTING == "outer" or (NESTING == "score" and inner_score <= outer_score) else j)
    return [a for k, (a, _) in enumerate(kept) if k not in dropped]


def accept_features(toks: Sequence[Tok], a: int, b: int, attribution: Attribution) -> list[str]:
    """What the acceptance model sees of a built attribution: its cue, pattern, source and content."""
    cue_words = [t.lower for t in toks[a : b + 1]]
    reporting = any(stem(w) in reporting_stems() for w in cue_words)
    # the cue's verb: "said" in "said in", "according" in "according to"
    head = next((w for w in cue_words if stem(w) in reporting_stems()), None) or next(
        (w for w in reversed(cue_words) if w not in FUNCTION_WORDS), cue_words[-1])
    pattern = ("direct" if attribution.direct else "mixed" if attribution.quotations else "indirect")
    pattern += "|after" if attribution.source_after else "|inherited" if attribution.inherited else "|before"
    content_first = _tok_span(toks, attribution.content[0])
    before = attribution.content[0][0] < attribution.cue[0]
    features = [
        f"pattern={pattern}", f"cue_first={cue_words[0]}", f"cue_last={cue_words[-1]}", f"cue_len={min(len(cue_words), 4)}",
        f"weight={min(max(int(attribution.weight // 4), -3), 10)}", f"content_before={before}",
        f"cue+pattern={head}|{pattern}", f"cue+before={head}|{before}",
    ]
    if attribution.source is not None and (src := _tok_span(toks, attribution.source)):
        first, last = toks[src[0]], toks[src[1]]
        words = toks[src[0] : src[1] + 1]
        kind = ("pronoun" if len(words) == 1 and first.lower in PRONOUNS
                else "name" if all(t.text[:1].isupper() or t.text in (".", "'s", "’s", "-") for t in words)
                else "det" if first.lower in DETERMINERS else "capital" if any(t.text[:1].isupper() for t in words) else "lower")
        features += [f"src={kind}", f"src_len={min(len(words), 8)}", f"src_last={last.lower if kind != 'name' else 'X'}",
                     f"src_first={first.lower if kind not in ('name', 'capital') else 'X'}", f"src+cue={kind}|{head}",
                     f"pattern+src={pattern}|{kind}", f"reporting+src={reporting}|{kind}"]
    else:
        features += ["src=none", f"pattern+src={pattern}|none"]
    features.append(f"reporting+pattern={reporting}|{pattern}")
    if content_first is not None:
        start, end = content_first
        length = end - start + 1
        features += [f"content_len={min(length // 3, 10)}", f"content_first={toks[start].lower if not toks[start].text[:1].isupper() else 'X'}"]
        if length <= 3:
            features += [f"short+cue={head}", f"short+first={_np_class(toks[start])}"]
        if toks[start].mark:
            features.append("content_quote_first")
        gap = [t.lower for t in toks[b + 1 : start]] if not before else []
        that = "that" in gap
        clause = _clause_like(toks, start, end)
        cue = head
        that_words = [f"that={that}", f"cue+that={cue}|{that}"] if not before else []
        features += [*that_words, f"clause={clause}", f"cue+clause={cue}|{clause}",
                     f"gap={min(len(gap), 4)}", f"weight+clause={min(max(int(attribution.weight // 8), -1), 5)}|{clause}"]
    if attribution.source is not None and (src := _tok_span(toks, attribution.source)):
        features.append(f"subject_opens={src[0] == 0 or toks[src[0] - 1].sentence != toks[src[0]].sentence}")
        verb = a + cue_words.index(head)  # "wrote" in "wrote following": what follows the verb
        last = max(verb, src[1])
        tail = [t for t in toks[last + 1 : _sentence_end(toks, a) + 1] if t.text not in ".!?"]
        ends = "ends" if not tail else "time" if tail[0].lower in PREPOSITIONS | TIME_WORDS else "more"
        features += [f"tail={pattern}|{ends}", f"tail+reporting={reporting}|{before}|{ends}"]
    return features


def _clause_like(toks: Sequence[Tok], start: int, end: int) -> bool:
    """A content that reads as a clause (a subject, then a verb), not just an object."""
    words = [t for t in toks[start : min(end + 1, start + 20)] if t.quote < 0 and not t.mark]
    if not words:
        return True  # a quotation
    if words[0].lower in ("he", "she", "they", "it", "we", "i", "you", "there", "this"):
        return True
    return any(t.lower in AUXILIARIES or t.lower in ("has", "have", "had", "do", "does", "did")
               or t.lower.endswith("ed") and t.text[:1].islower() and words[k].text[:1].isalnum()
               for k, t in enumerate(words[1:]))  # "Experts from China traveled"


def _opening_phrase(toks: Sequence[Tok], start: int, end: int) -> bool:
    """A prepositional phrase with no verb that opens its sentence ("In a speech in Leeds,"): a setting, no clause."""
    return toks[start].lower in PREPOSITIONS and not _clause_like(toks, start, end) and not any(
        toks[k].text[:1].islower() and _verb_like(toks[k]) and not toks[k].lower.endswith("s") for k in range(start + 1, end + 1))


def _quotes_in(toks: Sequence[Tok], start: int, end: int) -> tuple[int, ...]:
    return tuple(sorted({toks[k].quote for k in range(start, end + 1) if toks[k].quote >= 0}))


def _build(
    toks: Sequence[Tok], a: int, b: int, spans: Sequence[QuoteSpan], made: Sequence[Attribution], m: Model,
    cues: Sequence[int] = (), text: str = "", groups_after: bool = True, late_rules: bool = True,
) -> Attribution | None:
    cue_span = _span(toks, a, b)
    sentence = toks[a].sentence
    first = toks[a].lower
    s_end = _sentence_end(toks, a)
    s_start = _sentence_start(toks, a)

    # a dash line: `"..." — Name` (the source follows; the content is the quotation before)
    if toks[a].text in DASHES and a == b:
        source = _source_after(toks, b + 1)
        j = a - 1
        if source and j >= 0 and toks[j].mark == "close" and j - 1 >= 0 and toks[j - 1].quote >= 0:
            quote = toks[j - 1].quote
            return Attribution(cue_span, _span(toks, *source), ((spans[quote].start, spans[quote].end),), (quote,), True,
                               sentence, source_after=True)
        return None

    # "according to X, ..." and "..., according to X"
    if b + 1 < len(toks) and toks[b + 1].lower == "than":
        return None  # "easier said than done"
    if first == "according" and b > a:
        return _according(toks, a, b, s_start, s_end, cue_span, sentence)

    # what stands before the cue: a closed quotation (with the source between), or a paraphrase
    k = a - 1
    while k >= s_start and a - k <= 25 and toks[k].quote < 0 and not toks[k].mark:
        k -= 1
    closing = k if k >= s_start and toks[k].mark == "close" and k > 0 and toks[k - 1].quote >= 0 else None
    if closing is not None and closing < a - 1 and _last_inside(toks, closing) not in ",.?!…" and not _opens_sentence(toks, closing):
        closing = None  # `lamented the "disheartened" state and criticized`: a quoted phrase, not a quotation
    region = (closing + 1 if closing is not None else s_start)
    while region < a and toks[region].text in (",", "—", "–", "-"):
        region += 1
    source: tuple[int, int] | None = None
    inverted = group = False
    if (region == a or closing is None) and (closing is not None and region == a or a - 1 > s_start and toks[a - 1].text == ","):
        participle = toks[b].lower.endswith("ing") or toks[b].lower in ("told", "tell", "tells")
        if (toks[b].lower not in ADDRESSEE_CUES or closing is not None) and not participle:
            source = _source_after(toks, b + 1)
            group = groups_after and source is not None and _plural_people(toks, source)
            inverted = source is not None and (_plausible_after(toks, source) or group)
            if inverted and source is not None and (
                toks[source[1]].lower in NOT_SUBJECT_END or source[1] + 1 < len(toks) and toks[source[1] + 1].mark == "open"
                or any(toks[k].lower == "that" or toks[k].lower in AUXILIARIES and not _given_name_word(toks, k)
                       for k in range(source[0], _head_end(toks, source) + 1))
            ):
                inverted = False  # `"Scandal," thanked Obama for "..."`: no source ends there
            if inverted and closing is None and source is not None:
                head = next((k for k in range(source[0], source[1] + 1) if toks[k].text == ","), source[1] + 1) - source[0]
                after = [t for t in toks[source[1] + 1 : s_end + 1] if t.text not in ".!?"]
                inverted = head <= 7 and (not after or after[0].text == "," or after[0].lower in PREPOSITIONS | TIME_WORDS)
            if not inverted:
                source = None
    rest = source[1] + 1 if inverted and source else b + 1
    if not inverted and toks[b].lower in ADDRESSEE_CUES:
        while rest <= s_end and (toks[rest].text[:1].isupper() or toks[rest].lower in ("the", "'s", "’s")) and toks[rest].quote < 0:
            rest += 1  # "told The Moscow Times."
        if late_rules and closing is None:  # `"A?" he told me. "B"`: the quotation after goes on being the cue's
            rest = _past_closing_addressee(toks, b + 1, rest, s_end)
    tail = [t for t in toks[rest : s_end + 1] if t.text not in ".!?"]
    lead = next((t for t in tail if t.text != ","), None)
    opens = lead is not None and (lead.lower == "that" or lead.mark == "open" or lead.text == ":")
    # what follows the cue up to a participle or "according to" that starts an attribution of its own
    # ("..., Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.”")
    cut = next((n for n, t in enumerate(tail) if t.text == "," and n + 1 < len(tail) and (
        tail[n + 1].lower in PARTICIPLES or tail[n + 1].lower == "according")), len(tail))
    near = tail[:cut]
    clause_ends = not tail or tail[0].text == "," and not opens or (
        (tail[0].lower in (PREPOSITIONS - {"to", "about", "for", "with", "over"}) | TIME_WORDS | {"of"}
         or toks[b].lower in PREPOSITIONS - {"to", "about", "for", "with", "over", "of"})
        and not any(_complementizer(near, n) or t.mark == "open" or t.text == ":" for n, t in enumerate(near))
    )
    split = lead is not None and lead.mark == "open" and tail[0].text == ","  # `"A," she said, "B"`
    final = closing is not None and toks[closing - 1].text in ".!?"
    # `"Marco! Marco!," the senator said his campaign was "closing strong."`: a clause follows the cue,
    # so it is the content, not the quotation before
    follows = (not clause_ends and not split and not inverted and toks[b].lower not in ADDRESSEE_CUES
               and sum(1 for t in near if t.text[:1].isalnum()) >= 3 and _clause_like(toks, rest, rest + len(near) - 1))
    if closing is not None and (not opens or split or inverted) and not follows and (
            clause_ends or (region < a or split or inverted) and not final):
        quote = toks[closing - 1].quote
        if not inverted:
            end = source_before_end(toks, a)
            if end < region:
                return None
            start = best_source_start(toks, end, a, m.source, lowest=region, late_rules=late_rules)
            source = _trim_source(toks, (start, end)) if start is not None else None
            if source is None:
                return None
        return Attribution(cue_span, _span(toks, *source), ((spans[quote].start, spans[quote].end),), (quote,),
                           True, sentence, source_after=inverted)
    if clause_ends and closing is None and a > s_start:
        if inverted and source is not None:
            comma = a - 1
        else:
            end = source_before_end(toks, a)
            start = best_source_start(toks, end, a, m.source, late_rules=late_rules) if end >= 0 else None
            source = _trim_source(toks, (start, end)) if start is not None else None
            comma = source[0] - 1 if source is not None else -1
        if source is not None and comma > s_start and toks[comma].text == ",":
            content = _content_before(toks, comma)
            if content is not None and late_rules and _opening_phrase(toks, *content) and near and near[0].text != "," and sum(
                    1 for t in near if t.text[:1].isalnum()) >= 3:
                content = None  # "In a speech in Leeds, the chancellor said today she would ...": what is said follows
                # (not "At one point, she said, she was ...": the clause the attribution interrupts goes on)
            if content is not None:
                pieces = [content]
                if len(near) > 2 and near[0].text == "," and _continues(near[1]):
                    # "the two nations, Xi said, now have ...": the clause goes on after the attribution
                    k = toks.index(near[1], rest)
                    pieces.append((k, _content_end(toks, k, s_end, cues)))
                return Attribution(cue_span, _span(toks, *source), tuple(_span(toks, *p) for p in pieces),
                                   tuple(sorted({q for p in pieces for q in _quotes_in(toks, *p)})), False, sentence,
                                   source_after=inverted, group_after=inverted and group)
        source = None

    # the content follows the cue
    if toks[a].text in DASHES:
        return None
    k = _skip_to_content(toks, b + 1, toks[b].lower)
    remnant = [t for t in toks[k : s_end + 1] if t.text not in ".:,"]
    if toks[b].lower in PREPOSITIONS and remnant and len(remnant) <= 4 and not any(_verb_like(t) or t.mark for t in remnant):
        k = s_end + 1  # "said in a statement." : the phrase ends the sentence
    if all(t.text in ".:," for t in toks[k : s_end + 1]):
        # "he said:" or "X said in a statement." ending its sentence: the quotation that opens next
        quote = _opening_next(toks, s_end, spans, text)
        if quote is None:
            return None
        src, inherited = _source_for(toks, a, s_start, made, m, late_rules)
        if src is None and not inherited:
            return None
        return Attribution(cue_span, _span(toks, *src) if src else None, ((spans[quote].start, spans[quote].end),),
                           (quote,), True, sentence, inherited=inherited)
    if k > b + 1 and (toks[b].lower in PREPOSITIONS | DETERMINERS):
        last = k - 1
        while last > b and (toks[last].lower == "that" or toks[last].text in (",", ":")):
            last -= 1
        cue_span = (cue_span[0], toks[last].end)  # "said in an interview"
    src, inherited = _source_for(toks, a, s_start, made, m, late_rules)
    if src is None and not inherited:
        return None
    if toks[k].mark == "open":
        run = _quotation_run(toks, k)
        if run is not None and run[0] >= 0:
            quote, _, close = run
            after = close + 1
            ends = toks[close - 1].text in ".!?" and after < len(toks) and toks[after].text[:1].isupper()
            alone = after > len(toks) - 1 or toks[after].text in ".!?" or not _same_sentence(toks, close, after) or ends or (
                toks[after].text == "," and (after + 1 >= len(toks) or toks[after + 1].mark == "open" or not _same_sentence(toks, after, after + 1))
            )
            if alone:
                return Attribution(cue_span, _span(toks, *src) if src else None, ((spans[quote].start, spans[quote].end),),
                                   (quote,), True, sentence, inherited=inherited)
    end = _content_end(toks, k, s_end, cues)
    if end < k or end - k < 2 and not any(toks[j].text[:1].isalnum() for j in range(k, end + 1)):
        return None  # nothing follows
    return Attribution(cue_span, _span(toks, *src) if src else None, (_span(toks, k, end),), _quotes_in(toks, k, end),
                       False, sentence, inherited=inherited)


def _past_closing_addressee(toks: Sequence[Tok], first: int, rest: int, s_end: int) -> int:
    """Past whom a "told" cue speaks to when nothing but a time or place follows it in its sentence:
    "told reporters.", "told him on Monday.", "told GMTV's Sunday programme.". `rest` is past the
    capitalized words after the cue ("GMTV's Sunday"); a clause after them ("told Sky News inflation
    would rise") keeps `rest` where it was."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    k = rest
    if k == first and k <= s_end and toks[k].quote < 0 and (toks[k].lower in OBJECT_PRONOUNS or toks[k].lower in ADDRESSEE_GROUPS):
        k += 1
    elif k > first:
        while k <= s_end and k - rest < 2 and toks[k].quote < 0 and toks[k].text[:1].islower() and str(lexicon.get(toks[k].lower, "NN"))[:2] == "NN":
            k += 1  # "programme", "radio show": nouns, or words the tagger's lexicon lacks
    if k == rest:
        return rest
    after = [t for t in toks[k : s_end + 1] if t.text not in ".!?"]
    ends = not after or after[0].text == "," or after[0].lower in PREPOSITIONS | TIME_WORDS and len(after) <= 4 and not any(
        t.quote >= 0 or t.mark or _verb_like(t) for t in after)  # "told him on Monday.", not "told the hearing at X the case could"
    return k if ends else rest


OBJECT_PRONOUNS = frozenset("him her them me us you".split())


def _continues(tok: Tok) -> bool:
    """A word after `, X said,` that goes on with the clause the attribution interrupted ("now",
    "have", "is"), not one that opens a clause or attribution of its own ("and", "because", "adding")."""
    return (tok.text[:1].islower() and tok.quote < 0 and not tok.mark and tok.lower not in BOUNDARY_WORDS
            and tok.lower not in PREPOSITIONS and tok.lower not in PARTICIPLES and tok.lower not in CLAUSE_JOINS
            and tok.lower != "according")


def _opening_next(toks: Sequence[Tok], s_end: int, spans: Sequence[QuoteSpan], text: str) -> int | None:
    """The quotation that opens right after a sentence ends (in its paragraph or the next one)."""
    if s_end + 1 < len(toks):
        nxt = toks[s_end + 1]
        following = toks[s_end + 2] if s_end + 2 < len(toks) else None
        return following.quote if nxt.mark == "open" and following is not None and following.quote >= 0 else None
    after = toks[s_end].end
    for index, span in enumerate(spans):
        if span.open_at >= after:
            return index if not text[after : span.open_at].strip() else None
    return None


def _last_inside(toks: Sequence[Tok], close: int) -> str:
    """The last character a quotation holds before its closing mark, past inner single quotes."""
    k = close - 1
    while k > 0 and toks[k].text in ("'", "’", "‘") and toks[k].quote >= 0:
        k -= 1
    return toks[k].text[-1:] if k >= 0 else ""


def _complementizer(toks: Sequence[Tok], n: int) -> bool:
    """ "that" opening a clause ("said that ..."), not pointing at a time ("that month")."""
    return toks[n].lower == "that" and not (n + 1 < len(toks) and toks[n + 1].lower in TIME_WORDS | THAT_TIMES)


def _opens_sentence(toks: Sequence[Tok], close: int) -> bool:
    """The quotation that closes at `close` opened its sentence."""
    k = close - 1
    while k >= 0 and not toks[k].mark:
        k -= 1
    return k >= 0 and (k == 0 or toks[k - 1].sentence != toks[k].sentence or toks[k - 1].text in (":", "—", "–"))


def _according(
    toks: Sequence[Tok], a: int, b: int, s_start: int, s_end: int, cue_span: tuple[int, int], sentence: int
) -> Attribution | None:
    """ "According to X, CONTENT" and "CONTENT, according to X"."""
    source = _source_after(toks, b + 1, stop_at_comma=True)
    if source is None:
        return None
    if a == s_start or toks[s_start].lower in ("but", "and") and a <= s_start + 2:
        k = source[1] + 1
        while k <= s_end and toks[k].text == ",":
            k += 1
        if k > s_end - 1:
            return None
        end = _content_end(toks, k, s_end)
        return Attribution(cue_span, _span(toks, *source), (_span(toks, k, end),), _quotes_in(toks, k, end), False,
                           sentence, source_after=True)
    if a - 1 >= 0 and toks[a - 1].text in (",", "—", "–"):
        content = _content_before(toks, a - 1)
        if content is None:
            return None
        return Attribution(cue_span, _span(toks, *source), (_span(toks, *content),), _quotes_in(toks, *content), False,
                           sentence, source_after=True)
    return None


def _head_end(toks: Sequence[Tok], source: tuple[int, int]) -> int:
    """The last token of a source before its first comma ("Black" in "Black, who has been ...")."""
    return next((k - 1 for k in range(source[0], source[1] + 1) if toks[k].text == ","), source[1])


def _given_name_word(toks: Sequence[Tok], k: int) -> bool:
    """A capitalized auxiliary that is a given name before a capitalized word of its sentence
    ("said Will Tjernlund", "said May Lee"), not the verb "will" or "may"."""
    from .mentions import given_name

    word = toks[k].text
    return (word[:1].isupper() and word[1:].islower() and k + 1 < len(toks) and toks[k + 1].sentence == toks[k].sentence
            and toks[k + 1].text[:1].isupper() and toks[k + 1].text[1:2].islower() and given_name(word) is not None)


def _plausible_after(toks: Sequence[Tok], source: tuple[int, int]) -> bool:
    """A source after its cue names someone: a capitalized word, a pronoun or a determiner phrase."""
    first = toks[source[0]]
    if (first.lower in PREPOSITIONS or first.lower in BOUNDARY_WORDS or first.lower in SKIP_BEFORE_CUE) and not _given_name_word(toks, source[0]):
        return False
    return first.text[:1].isupper() or first.lower in DETERMINERS | {"he", "she", "they"} or any(
        toks[k].text[:1].isupper() for k in range(source[0], source[1] + 1)
    )


_PEOPLE_PLURAL = re.compile(r"[a-z]+(?:er|or|ist|ian|ant|ent|ee)s")
"""An agent noun's plural ("bookmakers", "landlords"): people, where the tagger's lexicon lacks the word."""
_PLACE_OR_TIE = frozenset("of at in from for with close familiar on to across inside within outside near".split())


def _plural_people(toks: Sequence[Tok], source: tuple[int, int]) -> bool:
    """A bare plural noun phrase after the cue ("..., say economists.", "say head teachers", "say critics
    of the scheme", "say sources close to the talks"): its head, the words before any "of"/"in"/"close",
    ends in a plural noun by the tagger's lexicon (or an agent noun's plural it lacks: "bookmakers"), and
    no word before it is a verb or a function word ("said nothing", "said goodbye"). The phrase ends the
    sentence, or a place or tie with no verb follows ("say landlords in London"): "X, drawing on data, said
    teenagers in the richest areas could ..." and "X, the state next to Y, announced tighter controls on
    the border" name what is said or done, no source."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    after = source[1] + 1
    if after < len(toks) and _same_sentence(toks, source[1], after) and toks[after].text not in ".!?":
        rest = [t for t in toks[after : _sentence_end(toks, after) + 1] if t.text not in ".!?"]
        if rest[0].lower not in _PLACE_OR_TIE or any(
                t.text == "," or t.quote >= 0 or str(lexicon.get(t.lower, ""))[:2] in ("VB", "MD") for t in rest):
            return False
    if source[1] > source[0] and toks[source[0]].lower in DETERMINERS:
        source = (source[0] + 1, source[1])  # "say the MPs", "said many economists"
    words = [t.lower for t in toks[source[0] : source[1] + 1]]
    cut = next((n for n, w in enumerate(words) if w in _PLACE_OR_TIE), len(words))
    head = words[:cut]
    last = head[-1] if head else ""
    plural = cut > 0 and (lexicon.get(last) == "NNS" or re.fullmatch(r"[A-Z]{2,}s", toks[source[0] + cut - 1].text)
                          or last not in lexicon and _PEOPLE_PLURAL.fullmatch(last))
    tie = words[cut + 1 :]  # "of the scheme", "close to the talks": no verb or adverb ("the forces of hate once again brewing")
    return bool(plural) and len(head) <= 3 and len(words) <= 6 and all(w.isalpha() for w in head) and not any(
        w in _closed_words() or lexicon.get(w, "NN")[:2] in ("VB", "MD", "IN", "PR", "RB") for w in head
    ) and not any(str(lexicon.get(w, ""))[:2] in ("VB", "MD", "RB") for w in tie)


def _content_end(toks: Sequence[Tok], k: int, s_end: int, cues: Sequence[int] = ()) -> int:
    """A paraphrase runs to its sentence's end (or a quotation's that ends one), or to a comma before "according to" or a
    participle that starts a new attribution ("..., adding that ..."), or to the clause edge
    ("and", "but", a comma or a semicolon) before a later cue's own clause ("X said A, and Y said B")."""
    end = s_end
    for j in range(k + 1, s_end):
        if toks[j].mark == "close" and toks[j - 1].text in (".", "!", "?") and toks[j + 1].text[:1].isupper():
            end = j  # `... experience." He adds`: a sentence ends inside a quotation the segmenter ran on past
            break
        if toks[j].text == "," and toks[j].quote < 0 and (
            toks[j + 1].lower in PARTICIPLES or toks[j + 1].lower == "according"
        ):
            end = j - 1
            break
    for cue in cues:
        if not k + 1 < cue <= end:
            continue
        for j in range(cue - 1, max(k, cue - 9), -1):
            if toks[j].quote < 0 and not toks[j].mark and (toks[j].text in (",", ";", "—", "–") or toks[j].lower in CLAUSE_JOINS):
                end = j - 1 if toks[j].text in (",", ";", "—", "–") else j - 1
                break
        if end < cue:
            break
    return _strip_end(toks, k, end)


def _source_for(
    toks: Sequence[Tok], a: int, s_start: int, made: Sequence[Attribution], m: Model, late_rules: bool = True
) -> tuple[tuple[int, int] | None, bool]:
    """The source of a cue whose content follows it: the words before it, or for a participle
    ("..., saying") the subject of its clause."""
    if toks[a].lower.endswith("ing") and a > 0 and (
        toks[a - 1].text == "," or toks[a - 1].lower in ("after", "before", "while", "by", "without", "when")
    ):
        earlier = [x for x in made if x.sentence == toks[a].sentence and x.source]
        if earlier:
            source = earlier[-1].source
            return _tok_span(toks, source), True
        return _main_subject(toks, s_start, a), True
    end = source_before_end(toks, a)
    if end < 0:
        return None, False
    if toks[end].lower in ("and", "but", "or") and end > s_start:
        earlier = [x for x in made if x.sentence == toks[a].sentence and x.source]
        if earlier:  # "Trump released his returns and called on Sanders to ...": the first verb's subject
            return _tok_span(toks, earlier[-1].source), True
        return _main_subject(toks, s_start, end), True
    start = best_source_start(toks, end, a, m.source, late_rules=late_rules)
    if start is None:
        return None, False
    return _trim_source(toks, (start, end)), False


def _tok_span(toks: Sequence[Tok], span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    # tokens are in text order and do not overlap, so starts and ends both rise: bisection finds the
    # first token starting at or after the span's start and the last ending at or before its end
    first = bisect.bisect_left(toks, span[0], key=_start_of)
    last = bisect.bisect_right(toks, span[1], key=_end_of) - 1
    if first >= len(toks) or last < 0 or last < first:
        return None
    return first, last


_start_of = attrgetter("start")
_end_of = attrgetter("end")


def _trim_source(toks: Sequence[Tok], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A source without a leading conjunction or comma and a trailing comma."""
    if span is None:
        return None
    start, end = span
    while start <= end and (toks[start].text in ",—–-" or toks[start].lower in ("and", "but", "so")):
        start += 1
    while end >= start and toks[end].text in ",—–-":
        end -= 1
    if end < start:
        return None
    first, last = toks[start].lower, toks[end].lower
    if first in NOT_SUBJECT_START or last in NOT_SUBJECT_END or last.endswith(("n't", "n’t")):
        return None  # "a key role in deciding", "Trump is looking": no subject before a cue
    return start, end
