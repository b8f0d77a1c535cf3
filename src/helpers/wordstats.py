"""Word statistics with NLTK: frequencies, collocations, concordance, and tone (VADER).

Multiword names ("The Moscow Times", "Power of Siberia 2") count as one unit, as written, so a
name's last word ("times") never ranks on its own; other words are counted whatever their case and
shown as the article most often writes them inside a sentence ("China", "UKIP", "Russia" in a table's
"(Russia)"; "year", not a sentence's first "Year"). Concordance
lines are cut from the text itself, so a reader sees the article's own characters around each hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import nltk
import pandas as pd
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
from nltk.probability import FreqDist

from . import patterns
from .assets import word_list
from .dataset import ArticleData
from .segment import word_tokenizer

_WORD = re.compile(r"^[A-Za-z][A-Za-z'’-]*$")
_CONNECTORS = r"(?:of|for|the|de|du|von|van|al|on)"
_NAME_WORD = r"[A-Z][\w'’.-]*[\w]"
_RUN = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:{_CONNECTORS}[ \t]+)*(?:{_NAME_WORD}|[A-Z]|\d{{1,2}}\b(?![,.]\d)))+"
)
_POSSESSIVE = re.compile(r"['’]s$")

Name = tuple[int, int, str]
"""A multiword name in the text: (start, end, the label it is counted under)."""


def names(data: ArticleData) -> list[Name]:
    """The article's multiword names: every mention the voices step found (under its resolved name,
    so "Xi" counts as "Xi Jinping"), then runs of capitalized words elsewhere ("Power of Siberia 2")."""
    text = data.text
    spans: list[Name] = []
    for row in data.mentions.itertuples():
        name, surface = str(row.name or row.surface), str(row.surface)
        if " " in name or " " in surface.strip():
            spans.append((int(row.start), int(row.end), name if " " in name else name.lower()))
    taken = _covered(spans)
    starts = {int(s) for s in data.sentences["start"]} if len(data.sentences) else set()
    inside = {m.group() for m in re.finditer(r"(?<=[a-z0-9,;:] )[A-Z][\w'’-]*", text)}  # capitalized mid-sentence
    for paragraph in _paragraph_spans(text):
        if _title_case(text[paragraph[0]:paragraph[1]]):
            continue  # a headline in Title Case is not a run of names
        starts.add(paragraph[0])
        for match in _RUN.finditer(text, *paragraph):
            run = _trim(text, match.start(), match.end(), starts, inside)
            if run is None or any(taken.get(i) for i in range(run[0], run[1])):
                continue
            spans.append(run)
    return sorted(spans)


def _covered(spans: Iterable[Name]) -> dict[int, bool]:
    return {i: True for start, end, _ in spans for i in range(start, end)}


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _title_case(paragraph: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", paragraph) if w.lower() not in word_list("stopwords.txt")]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.75


def _trim(text: str, start: int, end: int, sentence_starts: set[int], inside: set[str]) -> Name | None:
    """A run without a sentence's capitalized first word ("Like Russia") or a trailing "'s": at a
    sentence start the first word stays only if the article never writes it in lower case and either
    capitalizes it mid-sentence or writes it before the same next word there too ("Harbor Foods said
    ... Harbor Foods expects": a company named only at sentence starts is still one name)."""
    surface = text[start:end]
    first = surface.split()[0]
    at_start = start in sentence_starts or re.search(r"[.!?][\"”’']?\s+$|^\s*$|[\"“‘]$", text[max(0, start - 3):start])
    common = word_list("stopwords.txt") | word_list("sentence_starters.txt")
    parts = surface.split()
    again = len(parts) > 1 and len(re.findall(rf"\b{re.escape(first)}\s+{re.escape(parts[1])}\b", text)) > 1
    if at_start and (first.lower() in common or first not in inside and not again
                     or re.search(rf"\b{re.escape(first.lower())}\b", text)):
        start += len(first)
        start += len(text[start:end]) - len(text[start:end].lstrip())
        surface = text[start:end]
    if possessive := _POSSESSIVE.search(surface):
        end -= len(possessive.group())
        surface = text[start:end]
    parts = surface.split()
    if len(parts) < 2 or parts[-1].lower() in ("of", "for", "the", "de", "on"):
        return None
    return start, end, " ".join(parts)


def units(text: str, spans: Sequence[Name] = ()) -> list[str]:
    """The text as counted units: each multiword name once, under its label; other words without
    punctuation, stop words, honorifics ("Mr", "Dr") or single letters, with a possessive "'s"
    dropped ("UKIP's" counts as "UKIP"), lower-cased unless the article writes the word only with a
    capital and uses it so mid-sentence (a proper name: "China", "UKIP"), then each shown as the article
    most often writes it inside a sentence (`_as_written`: "Russia" written only as "(Russia)")."""
    return [unit for unit in _stream(text, spans) if unit is not None]


def _stream(text: str, spans: Sequence[Name]) -> list[str | None]:
    """Every token in order as its counted unit, or None where a stop word, honorific or
    punctuation stood, so adjacent units really are adjacent in the text."""
    stop = word_list("stopwords.txt") | word_list("titles.txt")
    proper = _proper_names(text)
    ordered = sorted(spans)
    found: list[str | None] = []
    i, used = 0, -1
    for start, end in word_tokenizer().span_tokenize(text):
        while i < len(ordered) and ordered[i][1] <= start:
            i += 1
        if i < len(ordered) and ordered[i][0] < end:  # the token lies in a name: count the name once
            if used != i:
                found.append(ordered[i][2])
                used = i
            continue
        word = _POSSESSIVE.sub("", text[start:end])
        if _after_number(text, start, word):
            found.append(None)  # a figure's unit: the "bn" of "$12.9bn", the "per cent" of "2.8 per cent"
        elif _WORD.match(word) and word.lower() not in stop and len(word) > 1:
            found.append(proper.get(word.lower(), word.lower()))
        else:
            found.append(None)
    return _as_written(_fold_plurals(found), _written_forms(text))


def _fold_plurals(units: list[str | None]) -> list[str | None]:
    """A plural noun counts with its singular when the article writes both ("taxes" and "tax" are
    one word, counted as "tax"): the plural is a word the tagger's lexicon calls a plural noun, and
    the singular ("-ies" -> "-y", "-es" or "-s" dropped) one it calls a noun or does not know, so
    "news" stays apart from "new" and "goods" from "good". Names keep their written form, but an
    acronym's plural counts with the acronym ("PACs" as "PAC")."""
    from .syntax import _tagger

    written = {unit for unit in units if unit is not None and unit.islower()}
    words = _tagger().lexicon
    singular: dict[str, str] = {}
    for unit in sorted(written):
        if not unit.endswith("s") or words.get(unit) != "NNS":
            continue
        forms = ([unit[:-3] + "y"] if unit.endswith("ies") else []) + ([unit[:-2]] if unit.endswith("es") else []) + [unit[:-1]]
        for form in forms:
            if form in written and words.get(form, "NN") in ("NN", "NNP"):
                singular[unit] = form
                break
    present = {unit for unit in units if unit is not None}
    for unit in sorted(present):
        if _ACRONYM_PLURAL.fullmatch(unit) and unit[:-1] in present:
            singular[unit] = unit[:-1]  # "PACs" with "PAC", "MPs" with "MP": an acronym's plural adds a lower-case s
    return [singular.get(unit, unit) if unit is not None else None for unit in units]


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
def _written_forms(text: str) -> dict[str, dict[str, int]]:
    """How the article writes each word inside its sentences, by its lower-case form ({"russia": {"Russia": 10}}).
    A word opening a sentence or a quote is capitalized whatever it is, so it says nothing. A line in Title Case
    (a headline, "Bristol City 2-1 Milton Keynes"; a table's row, "4 Marat Safin (Russia)") capitalizes every word,
    so it speaks for a word only when the prose never writes it inside a sentence."""
    prose: dict[str, dict[str, int]] = {}
    lines: dict[str, dict[str, int]] = {}
    for paragraph in _paragraph_spans(text):
        forms = lines if _title_case(text[paragraph[0]:paragraph[1]]) else prose
        for match in patterns.WRITTEN_WORD.finditer(text, *paragraph):
            if not patterns.MID_SENTENCE.search(text[max(0, match.start() - 4):match.start()]):
                continue
            word = _POSSESSIVE.sub("", match.group())
            written = forms.setdefault(word.lower(), {})
            written[word] = written.get(word, 0) + 1
    return {**lines, **prose}


def _as_written(units: list[str | None], forms: dict[str, dict[str, int]]) -> list[str | None]:
    """Each unit counted in lower case shown as the article most often writes it inside a sentence ("Russia"
    for a country written "(Russia)" in a table of players, "I'm" for "i'm"); counting stays by the
    lower-case form, so "Open" and "open" are one word. A word the article writes in lower case at least as
    often, or only at a sentence's start, keeps its lower case."""
    shown: dict[str, str] = {}
    for unit in {u for u in units if u is not None and u.islower()}:
        written = forms.get(unit, {})
        lower = written.get(unit, 0)
        best = max(sorted(written), key=written.__getitem__, default=unit)
        shown[unit] = best if written.get(best, 0) > lower else unit
    return [shown.get(unit, unit) if unit is not None else None for unit in units]


def _after_number(text: str, start: int, word: str) -> bool:
    """A unit glued to a number ("12.9bn", "5m") or the "per cent" / "percent" after one."""
    if start and text[start - 1].isdigit():
        return True
    return word.lower() in ("per", "cent", "percent") and bool(
        re.search(r"\d\s*(?:per\s*)?$", text[max(0, start - 16):start]))


def _proper_names(text: str) -> dict[str, str]:
    """Words the article capitalizes every time and at least once mid-sentence, each under its
    most frequent written form ({"ukip": "UKIP"}); a word also written in lower case is common."""
    forms: dict[str, dict[str, int]] = {}
    inside: set[str] = set()
    for match in re.finditer(r"(?<![\w'’-])([A-Za-z][A-Za-z-]*)(?:['’]s)?(?![\w'’-])", text):
        word = match.group(1)
        forms.setdefault(word.lower(), {}).setdefault(word, 0)
        forms[word.lower()][word] += 1
        if word[0].isupper() and re.search(r"[a-z0-9,;:] $", text[max(0, match.start() - 2):match.start()]):
            inside.add(word.lower())
    return {
        low: max(sorted(written), key=written.__getitem__)
        for low, written in forms.items()
        if low in inside and all(form[0].isupper() for form in written)
    }


def words(text: str) -> list[str]:
    """Word tokens (NLTK's tokenizer), without punctuation or stop words (see `units`)."""
    return units(text)


def frequencies(text: str, top: int = 20, spans: Sequence[Name] = ()) -> list[tuple[str, int]]:
    """The most frequent units: pass `names(data)` as `spans` to count multiword names as one."""
    return FreqDist(units(text, spans)).most_common(top)


def collocations(text: str, top: int = 10, min_count: int = 2, spans: Sequence[Name] = ()) -> list[tuple[str, str]]:
    """Unit pairs that occur side by side more than chance (likelihood ratio), as NLTK's
    `Text.collocations` counts them: in the running text, so a pair never spans a stop word or
    punctuation that stood between ("glad to see the back" gives no "glad see")."""
    finder = BigramCollocationFinder.from_words(_stream(text, spans))
    finder.apply_word_filter(lambda unit: unit is None)
    finder.apply_freq_filter(min_count)
    return finder.nbest(BigramAssocMeasures.likelihood_ratio, top)


def keyword_in_context(text: str, term: str, width: int = 80, lines: int = 10,
                       spans: Sequence[Name] = ()) -> list[tuple[str, str, str]]:
    """(left, hit, right) for each occurrence of `term` (a word or a name, any case), cut from the
    article itself: whole words either side, a paragraph break shown as ¶, the left side padded so
    the hits line up."""
    side = max(10, (width - len(term)) // 2)
    rows = []
    for start, end in _hits(text, term, spans)[:lines]:
        left = _flat(text[max(0, start - side):start])
        right = _flat(text[end:end + side])
        if start - side > 0 and " " in left:
            left = left[left.index(" ") + 1:]  # no broken word at the edges
        if end + side < len(text) and " " in right:
            right = right[:right.rindex(" ")]
        rows.append((f"{left:>{side}}", _flat(text[start:end]), right))
    return rows


def concordance(text: str, term: str, width: int = 80, lines: int = 10, spans: Sequence[Name] = ()) -> list[str]:
    """Each occurrence of `term` with the text around it, as lines (see `keyword_in_context`)."""
    return ["".join(row) for row in keyword_in_context(text, term, width, lines, spans)]


def _hits(text: str, term: str, spans: Sequence[Name]) -> list[tuple[int, int]]:
    """Where `term` occurs: the spans counted under it when it is a name's label, else the word
    itself (case-insensitive, whole words, any whitespace between its words)."""
    labelled = [(s, e) for s, e, label in spans if label.lower() == term.lower() and " " in label]
    if labelled:
        return sorted(labelled)
    words_ = [re.escape(w) for w in term.split()]
    if not words_:
        return []
    pattern = re.compile(r"(?<![\w])" + r"\s+".join(words_) + r"(?![\w])", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _flat(text: str) -> str:
    """The text on one line, character for character: a paragraph break as "¶ ", other
    whitespace as spaces."""
    return re.sub(r"\s", " ", re.sub(r"\n\s*\n", lambda m: "¶" + " " * (len(m.group()) - 1), text))


@lru_cache(maxsize=1)
def sentiment_analyzer() -> nltk.sentiment.SentimentIntensityAnalyzer:
    """NLTK's VADER with the lexicon from the vadersentiment package (never nltk.download())."""
    import vaderSentiment

    from nltk.sentiment import SentimentIntensityAnalyzer

    folder = str(Path(vaderSentiment.__file__).parent)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


def tone(data: ArticleData) -> pd.DataFrame:
    """VADER scores per body paragraph."""
    analyzer = sentiment_analyzer()
    rows = [{"paragraph": int(p.index), "text": p.text, **analyzer.polarity_scores(p.text)} for p in data.paragraphs.itertuples()]
    return pd.DataFrame(rows, columns=["paragraph", "text", "neg", "neu", "pos", "compound"])
