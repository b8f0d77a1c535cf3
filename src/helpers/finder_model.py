"""The article finder's two small models: is a paragraph part of the article, and is a line the
article's headline. Both are logistic regressions over the evidence in `furniture` and the
paragraph's neighbourhood, trained on the `tune` half of webbench by `tools/train_finder.py` and
shipped as `resources/finder_model.json` (a few dozen weights; no download, no pickle)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .assets import read_text
from .furniture import TITLE_CASE, Evidence, fold

FURNITURE_KINDS = ("share", "account", "ad", "credit", "byline", "date", "banner", "breaking")
CONTEXT = (-2, -1, 1, 2)
HEADLINE_WINDOW = 40
"""How many lines of three words or more above the body the headline is looked for."""


def prior(item: Evidence) -> float:
    """A paragraph's weight before any model: prose counts for, furniture against (the weight
    the classic densest-run search gives it)."""
    if item.appeal:
        return -max(item.words, 5)
    if item.repeats > 1 and item.words >= 4:
        return -item.words * 0.5
    if item.prose:
        return float(item.words)
    if item.listing:
        return item.words * 0.5
    if item.junk:
        return -max(item.words, 3) * 2.0
    if item.repeats > 1:
        return -max(item.words, 3) * 1.5
    return -1.5


def densest_run(scores: Sequence[float]) -> tuple[int, int]:
    """The contiguous run with the largest total score (Kadane); (0, -1) when none is positive."""
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for index, value in enumerate(scores):
        if total <= 0:
            total, start = value, index
        else:
            total += value
        if total > best:
            best, best_span = total, (start, index)
    return best_span


def _prose_words(items: Sequence[Evidence], start: int, end: int) -> int:
    return sum(items[i].words for i in range(start, end + 1) if items[i].prose)


def _in_button_row(items: Sequence[Evidence], index: int) -> bool:
    """True when a heading-like line sits among share or account buttons ("Facebook", "Twitter",
    "Comments", "Print"): a button row, not the start of a section."""
    near = [items[i] for i in (index - 1, index + 1) if 0 <= i < len(items)]
    return any(item.furniture in ("share", "account") for item in near)


def _inline_box(items: Sequence[Evidence], index: int, end: int, before: int) -> bool:
    """True when a section heading opens a short box inside the story ("Related news" and a few
    links) after which the story's prose resumes, rather than the section that ends it."""
    following = next((i for i in range(index + 1, min(end, index + 7) + 1) if items[i].prose and items[i].words >= 12), None)
    if following is None:
        return False
    after = _prose_words(items, following, end)
    return after >= 60 and after >= 0.5 * before


LEAD_WORDS = 150
LEAD_SHARE = 0.5
"""A story's opening of at most LEAD_WORDS words of prose above a section heading ("Trending
news" and a box of links after the first paragraph) does not end at it when three times as much
prose follows the box and LEAD_SHARE of the opening's content words are that prose's: the
opening summarizes its story, where an article above a related list shares little with the
other stories' summaries under it."""


def _lead_above_box(
    items: Sequence[Evidence], texts: Sequence[str] | None, start: int, index: int, end: int, before: int
) -> bool:
    """True when the prose from `start` to the heading at `index` is the opening of the story that
    goes on below the heading's box (see LEAD_WORDS)."""
    if texts is None or before > LEAD_WORDS:
        return False
    below = [i for i in range(index + 1, end + 1) if items[i].prose]
    if not below or sum(items[i].words for i in below) < 3 * before:
        return False
    vocabulary = body_vocabulary(texts, below[0], end + 1 - below[0], lambda i: items[i].prose)
    opening = " ".join(texts[i] for i in range(start, index) if items[i].prose)
    return overlap(opening, vocabulary) >= LEAD_SHARE


BOX_LINES = 15
BOX_TOPICAL = 0.6
BOX_NAMED = 0.3
INLINE_BOXES = frozenset({"newsletter"})
"""Section headings that may open a box inside the story (a newsletter form between two
paragraphs) rather than end it: below one, the story goes on when the prose within BOX_LINES
lines speaks of the story's things (`_story_below_box`). Not a "Related" heading: related
stories speak of the story's subject too."""


def _story_below_box(
    items: Sequence[Evidence], texts: Sequence[str] | None, start: int, index: int, end: int, before: int
) -> bool:
    """True when the heading at `index` opens a longer box inside the story (a newsletter form and
    the links around it, up to BOX_LINES lines) below which the story itself goes on: the first
    paragraph of prose of twelve words or more after it, with the prose that follows it, runs to
    60 words or more and half as many as the story above, and speaks of the story's own things
    (BOX_TOPICAL of its content words are the story's, or BOX_NAMED and it names the story's
    people and places), where another story's summary or a comment mostly does not."""
    if texts is None:
        return False
    following = next((i for i in range(index + 1, min(end, index + 1 + BOX_LINES) + 1) if items[i].prose and items[i].words >= 12), None)
    if following is None:
        return False
    after = _prose_words(items, following, end)
    if after < 60 or after < 0.5 * before:
        return False
    last = following
    while last + 1 <= end and items[last + 1].prose:
        last += 1
    resumed = " ".join(texts[following : last + 1])
    story = " ".join(texts[i] for i in range(start, index) if items[i].prose)
    vocabulary = body_vocabulary(texts, start, index - start, lambda i: items[i].prose)
    shared = overlap(resumed, vocabulary)
    return shared >= BOX_TOPICAL or (shared >= BOX_NAMED and same_story(resumed, story))


def section_end(items: Sequence[Evidence], start: int, end: int, texts: Sequence[str] | None = None) -> int:
    """Where a run of prose stops: before the first heading that ends an article ("Comments",
    "Related stories") or the first appeal, once the story has begun and unless the story resumes
    (a short box inside it, or, given the `texts`, a box under the story's opening or a newsletter
    box below which the story's own prose goes on)."""
    total = max(_prose_words(items, start, end), 1)
    for index in range(start + 1, end + 1):
        item = items[index]
        if (item.end is None and not item.appeal) or _in_button_row(items, index):
            continue
        before = _prose_words(items, start, index - 1)
        if before < 40 and before < 0.25 * total:
            continue
        if item.end != "comments" and not item.appeal and (
            _inline_box(items, index, end, before) or _lead_above_box(items, texts, start, index, end, before)
            or (item.end in INLINE_BOXES and _story_below_box(items, texts, start, index, end, before))
        ):
            continue
        return index - 1
    return end


def prior_region(items: Sequence[Evidence], texts: Sequence[str] | None = None) -> tuple[int, int]:
    """The body as the classic search finds it: the densest run of prose, cut at a section end."""
    start, end = densest_run([prior(item) for item in items])
    return (start, section_end(items, start, end, texts)) if end >= start else (start, end)


def _self(item: Evidence) -> list[float]:
    return [
        math.log1p(item.words),
        item.stop,
        float(item.sentence),
        item.capitals,
        min(item.digits / (item.words + 1), 1.0),
        float(item.repeats > 1),
        float(item.prose),
        float(item.listing),
        float(item.title_shape),
        float(item.code),
        float(item.appeal),
        float(item.end is not None),
        *(float(item.furniture == kind) for kind in FURNITURE_KINDS),
        item.upper,
        float(item.promo),
        float(item.credit_tail),
        float(item.embed),
    ]


SELF_NAMES = (
    "log_words", "stop_share", "sentence", "capitals", "digits", "repeated", "prose", "listing",
    "title_shape", "code", "appeal", "section_end", *(f"furniture_{k}" for k in FURNITURE_KINDS),
    "upper_case", "promotion", "credit_tail", "embed_signature",
)
BLOCK_NAMES = (
    "bias", *SELF_NAMES,
    *(f"{name}@{offset:+d}" for offset in CONTEXT for name in ("prose", "log_words", "sentence", "junk")),
    "prose_nearby", "in_run", "before_run", "after_run", "position",
)


def block_features(items: Sequence[Evidence], texts: Sequence[str] | None = None) -> list[list[float]]:
    """One feature vector per paragraph: its own evidence, its neighbours', and where it stands
    against the densest run of prose (found with the `texts` when given)."""
    count = len(items)
    start, end = prior_region(items, texts)
    rows = []
    for index, item in enumerate(items):
        row = [1.0, *_self(item)]
        for offset in CONTEXT:
            other = items[index + offset] if 0 <= index + offset < count else None
            row += (
                [float(other.prose), math.log1p(other.words), float(other.sentence), float(other.junk)]
                if other is not None
                else [0.0, 0.0, 0.0, 0.0]
            )
        window = items[max(0, index - 5) : index + 6]
        row += [
            sum(1 for other in window if other.prose) / len(window),
            float(start <= index <= end),
            min(max(start - index, 0), 20) / 20,
            min(max(index - end, 0), 20) / 20,
            index / max(count - 1, 1),
        ]
        rows.append(row)
    return rows


HEADLINE_NAMES = (
    "bias", "distance", "byline_after", "body_overlap", "headline_length", "full_stop", "name_like", "opens_body",
    "capitals", "under_title", "menu_below", "shown_again",
)
"""The headline model's evidence, by name (`headline_features`). Few on purpose: the ranking
learns from one line per page and some fifty pages; in eight-fold cross-validation over them
ten of these rank the title better than thirty did, whatever the penalty, and the thirty did not
carry to unseen pages. The eleventh, a menu under the line, wins back a BBC story's short title
from a menu entry in `tools/train_finder.py --bbc-stress`. The twelfth, the line shown again
inside a longer line of the page (`shown_again`), wins one title on `--headline-stress`."""

_CONTENT = re.compile(r"[^\W\d_]{3,}")


BODY_PARAGRAPHS = 12
"""How many of the body's opening paragraphs a headline's words are looked for in."""


def body_vocabulary(
    texts: Sequence[str], start: int, paragraphs: int = BODY_PARAGRAPHS, keep: Callable[[int], bool] | None = None
) -> frozenset[str]:
    """The stems (first five letters) of the words in the body's opening paragraphs (those `keep`
    accepts, by index, when given)."""
    return frozenset(
        w.casefold()[:5]
        for index in range(start, min(start + paragraphs, len(texts)))
        if keep is None or keep(index)
        for w in _CONTENT.findall(texts[index])
    )


def overlap(text: str, vocabulary: frozenset[str]) -> float:
    """Share of a line's content words (not common English words) whose stems the body uses: a
    headline speaks of what its article does; a menu, a teaser or a byline mostly does not."""
    from .furniture import stoplist

    words = [w.casefold() for w in _CONTENT.findall(text) if w.casefold() not in stoplist()]
    return sum(1 for w in words if w[:5] in vocabulary) / len(words) if words else 0.0


NAMED_WEIGHT = 2.0
"""How much more a headline's word counts in `body_overlap` when the body names it (`names`: capitalized
where no sentence starts, no common English word): a headline names whom and where its story speaks of,
while a teaser of another story meets the body only in common words ("man", "found", "plan")."""


def named_overlap(text: str, vocabulary: frozenset[str], named: frozenset[str]) -> float:
    """`overlap` with each of a line's content words weighed NAMED_WEIGHT when its stem is one of the
    `named` stems (the body's names, `names`), else 1."""
    from .furniture import stoplist

    words = [w.casefold() for w in _CONTENT.findall(text) if w.casefold() not in stoplist()]
    weights = [NAMED_WEIGHT if w[:5] in named else 1.0 for w in words]
    return sum(weight for w, weight in zip(words, weights) if w[:5] in vocabulary) / sum(weights) if words else 0.0


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]{2,}\b")


def names(text: str) -> frozenset[str]:
    """The capitalized words of a text that no sentence starts with and that are no common English
    word: mostly the names of the people, places and organizations it speaks of."""
    from .furniture import stoplist

    found = set()
    for sentence in _SENTENCE_SPLIT.split(text):
        for word in _CAPITALIZED.findall(sentence.split(" ", 1)[1] if " " in sentence else ""):
            if word.casefold() not in stoplist():
                found.add(word)
    return frozenset(found)


def same_story(text: str, body: str) -> bool:
    """True when a text names what the body names: two names or more of the body's, and at least
    SAME_NAMES of the names it holds (another story names other people and places)."""
    own = names(text)
    shared = own & frozenset(_CAPITALIZED.findall(body))
    return len(shared) >= 2 and len(shared) >= SAME_NAMES * len(own)


SAME_NAMES = 0.3


_NAME_ALONE = re.compile(r"\S+(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*$|\s*[,;:|/·(–—-]|\s+(?:and|&)\s|\s+\d)")
"""A name that stands alone or ends where the line is set off: a given name and at most three more
capitalized words, then the line's end, a separator, "and" (a second name) or a number (a date):
"Jane Doe", "Jane Q. Doe, Staff Writer", "Jane Doe | Example News", not "Jane Doe Wins The Vote"."""


def _name_like(item: Evidence, text: str) -> bool:
    """A byline or credit: a few capitalized words starting with a known given name, the name alone
    or set off from the rest (`_NAME_ALONE`): a title-case headline may open with a name, but a
    clause follows it."""
    from .mentions import given_name

    first = text.split()[0] if text.split() else ""
    return (
        item.words <= 12 and item.capitals >= 0.8 and given_name(first.strip(",")) is not None
        and _NAME_ALONE.match(text.strip()) is not None
    )


def byline_like(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """A byline or a date line: named as such, or a bare name ("Jane Doe", without "By")."""
    return items[index].furniture in ("byline", "date") or _name_like(items[index], texts[index])


SHOWN_WITH = 3
"""How many words another line of the page has at least for a line that is it and a part set off
by a separator, with no more words than it (a site's name, a breadcrumb's trail), to be that line
shown again (`contains_other`). A colon is no such separator: a title may hold one ("Libraries:
council keeps all three open") and a line of the page may be its second part."""
_SEPARATOR = re.compile(r"\s+[|\-–—·/>»]\s+|\s*[|»>]\s*")


def contains_other(texts: Sequence[str], index: int, folded: Sequence[str] | None = None) -> bool:
    """True when a line holds another nearby line of five words or more and more besides (a
    breadcrumb glued to the title it leads to: "HomeNewsThe title"), or is another line of the page
    of SHOWN_WITH words or more and a part set off from it by a separator with at most as many
    words (the title with the site's name, "The title | Example News"; a breadcrumb that ends in
    it, "Home > Sport > The title"): the line shows that other line again, and the other is the
    headline if either is."""
    folded = folded if folded is not None else [fold(t) for t in texts]
    whole = folded[index]
    for other in range(max(0, index - 3), min(len(texts), index + 4)):
        inner = folded[other]
        if other != index and len(inner.split()) >= 5 and inner in whole and len(inner) < len(whole):
            return True
    parts = _SEPARATOR.split(texts[index])
    if len(parts) < 2:
        return False
    lines = {line for other, line in enumerate(folded) if other != index and line.count(" ") + 1 >= SHOWN_WITH}
    for cut in range(1, len(parts)):
        head, tail = fold(" ".join(parts[:cut])), fold(" ".join(parts[cut:]))
        for inner, rest in ((head, tail), (tail, head)):
            if inner in lines and len(rest.split()) <= len(inner.split()):
                return True
    return False


def _titled_sentence(item: Evidence) -> bool:
    """A title-sized line ending in a full stop, not in title case ("Town votes to keep its
    libraries. Opponents vow to fight on."): a headline on some pages, a standfirst on others."""
    return (
        item.full_stop and not item.junk and 3 <= item.words <= 30 and item.chars <= 300
        and item.digits * 2 <= item.words and item.first not in "([@#"
    )


_NUMBER = re.compile(r"\d+(?:[.,/:-]\d+)*")


def numbered_title(item: Evidence, text: str) -> bool:
    """A short title in title case that a number completes ("Opening Bell 11.18.19", "Week 12
    Picks"): two words or more, and no more numbers than words."""
    numbers = len(_NUMBER.findall(text))
    return (
        not item.junk and item.words >= 2 and item.words + numbers >= 3 and numbers <= item.words
        and item.capitals >= TITLE_CASE and not item.full_stop and item.chars <= 300 and item.first not in "([@#"
    )


ECHO_PARAGRAPHS = 3
"""How many of the body's opening paragraphs a line above the body is compared with (`echoes_story`)."""
ECHO_PROSE = 10
"""... and how many paragraphs from the body's start are searched for prose that holds the line
and more besides (the body's start may be a teaser's summary or a caption above the story)."""


def echoes_story(items: Sequence[Evidence], texts: Sequence[str], index: int, body_start: int) -> bool:
    """True when a line of four words or more above the body repeats part of one of the body's
    ECHO_PARAGRAPHS opening paragraphs word for word (or all of one of prose), or part of a
    paragraph of prose within ECHO_PROSE of the body's start: the story's first sentence set
    above it as a summary, or a photo's caption the story repeats. A headline is written for the
    story, not copied out of it (none of the 908 BBC headlines of four words or more stands inside
    one of its story's paragraphs; no tune title is taken for an echo this way). (The
    same short line twice, neither of them prose, may be the title shown again: that does not
    count.)"""
    folded = fold(texts[index])
    if len(folded.split()) < 4:
        return False
    for other in range(max(body_start, index + 1), min(body_start + ECHO_PROSE, len(texts))):
        whole = fold(texts[other])
        if f" {folded} " not in f" {whole} ":
            continue
        if other < body_start + ECHO_PARAGRAPHS and (len(folded) < len(whole) or items[other].prose):
            return True
        if len(folded) < len(whole) and items[other].prose:
            return True
    return False


FIELD_LABEL = 4
"""How many words a field's label has at most ("Author:", "Filed under:", "Trending:")."""


def field_value(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """True when the line above is a label ending in a colon (FIELD_LABEL words or fewer): the line
    is that field's value (an author, a category, a trending topic), not a headline."""
    return index > 0 and 1 <= items[index - 1].words <= FIELD_LABEL and texts[index - 1].rstrip().endswith(":")


_GLUED_LABEL = re.compile(r"\s*(?:#?[^\W_][\w'’&.-]*\s+){0,%d}#?[^\W_][\w'’&.-]*:\s+(?=\S)" % (FIELD_LABEL - 1))
"""A kicker's label of FIELD_LABEL words or fewer glued in front of a line, ending in a colon ("Video: ",
"Sources: ", "#Budget2024: ", "In brief: ")."""


def without_label(text: str) -> str:
    """The line less a kicker's label glued in front of it (`_GLUED_LABEL`): what the title says."""
    glued = _GLUED_LABEL.match(text)
    return text[glued.end():] if glued else text


def _menu_item(item: Evidence) -> bool:
    """A one- or two-word line (a menu entry, a brand in a picker, a gallery's counter)."""
    return item.words <= 2


LOWER_WORD_START = re.compile(r"[a-z]{2,}\b")
"""A line whose first word is all lower case (the rest of a wrapped line, a row of share buttons,
a web address) is no headline; a name with a capital inside its first word ("iPhone") may be."""


def _shaped(item: Evidence, text: str, index: int, body_start: int) -> bool:
    """Title-shaped, or above the body a titled sentence or a short title a number completes."""
    return item.title_shape or (index < body_start and (_titled_sentence(item) or numbered_title(item, text)))


def _passes(
    items: Sequence[Evidence], texts: Sequence[str], body_start: int, index: int, folded: Sequence[str], *, labelled: bool = False
) -> bool:
    """A shaped line passes the candidate filters (`headline_candidates`); with `labelled`, a field's value too."""
    item = items[index]
    if item.credit_tail or (index >= body_start and item.full_stop and item.capitals < TITLE_CASE):
        return False
    if contains_other(texts, index, folded) or (not labelled and field_value(items, texts, index)) or LOWER_WORD_START.match(texts[index]):
        return False
    return not (index < body_start and echoes_story(items, texts, index, body_start))


def headline_candidates(items: Sequence[Evidence], texts: Sequence[str], body_start: int) -> list[int]:
    """Lines that could be the headline: title-shaped (or a short title a number completes), in the
    window above the body (or its first line), not a caption ending in its photo credit, not a
    breadcrumb glued to a title ("HomeNewsThe title"), not a field's value under its label
    ("Author:", `field_value`), not a line that starts with a lower-case word (`LOWER_WORD_START`), and
    not a line the body's opening repeats (`echoes_story`). The
    window counts HEADLINE_WINDOW lines of three words or more: a long menu or a picker of one-word
    entries between the title and the story does not push the title out of reach."""
    first = min(body_start, len(items) - 1)
    folded = [item.folded for item in items]  # each line's `fold`, from its evidence
    found = []
    counted = 0
    for index in range(first, -1, -1):
        item = items[index]
        if not _menu_item(item):
            counted += 1
            if counted > HEADLINE_WINDOW + 1:
                break
        if _shaped(item, texts[index], index, body_start) and _passes(items, texts, body_start, index, folded):
            found.append(index)
    return found


LOOSE_FURNITURE = frozenset({"credit", "source", "account", "banner", "breaking"})
"""Kinds of furniture whose wording a title may fit when a kicker's label or its first words open it ("Video:
...", "Sources: ...", "Search for ...", "Welcome to ..."): `loose_title` allows them."""


def loose_title(item: Evidence, text: str) -> bool:
    """A line of four to thirty words that a title's shape misses but that may still be one: more figures
    than half its words ("Dow drops 500 points, S&P 500 down 1.5%"; no more numbers than words), a hashtag
    first, or opening as furniture of a LOOSE_FURNITURE kind does; no byline, date, share button, section
    heading, appeal or code, and a full stop only in title case."""
    return (
        4 <= item.words <= 30 and item.chars <= 300 and not (item.end or item.code or item.appeal)
        and (item.furniture is None or item.furniture in LOOSE_FURNITURE) and (not item.full_stop or item.capitals >= TITLE_CASE)
        and item.first not in "([@" and len(_NUMBER.findall(text)) <= item.words
    )


def filtered_titles(items: Sequence[Evidence], texts: Sequence[str], body_start: int) -> list[tuple[int, bool]]:
    """Lines above the body that one of `headline_candidates`' filters alone drops, nearest first, each with
    whether it stands past the window: a field's value under its label (`field_value`), a line past the
    window, or a line whose shape only `loose_title` allows. The finder takes one back when its own evidence
    says title (`finder._titles_back`)."""
    folded = [item.folded for item in items]  # each line's `fold`, from its evidence
    found = []
    counted = 0
    for index in range(min(body_start, len(items) - 1), -1, -1):
        item = items[index]
        if not _menu_item(item):
            counted += 1
        if index >= body_start:
            continue
        inside = counted <= HEADLINE_WINDOW + 1
        shaped = _shaped(item, texts[index], index, body_start)
        if inside and shaped and not field_value(items, texts, index):
            continue  # a candidate, or dropped by a filter that stays
        if (shaped or loose_title(item, texts[index])) and _passes(items, texts, body_start, index, folded, labelled=True):
            found.append((index, not inside))
    return found


def captioned(items: Sequence[Evidence], index: int) -> bool:
    """True when the line under a line is a photo's credit that names its source, two words or more
    ("Photo: Jane Doe/Example Images", "Jane Doe/Reuters"): the line is the photo's caption. A
    gallery's counter ("1 / 23") or a one-word button ("Enlarge", "Credit...") under a line says
    nothing of it."""
    return index + 1 < len(items) and items[index + 1].furniture == "credit" and items[index + 1].words >= 2


MENU_ENTRY = 3
"""How many words a menu's entry has at most ("Forum", "Live TV", "Work with us")."""


def menu_below(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """True when the two lines under a line are entries of a menu (MENU_ENTRY words or fewer, no
    named furniture, no byline or date): the line is one of its entries, or the menu's heading.
    Under a headline stand its byline, its date, share buttons, a photo or the story (on the tune
    pages, 226 of 529 other candidates have a menu under them, 2 of 57 title lines)."""
    below = range(index + 1, index + 3)
    return below.stop <= len(items) and all(
        items[i].words <= MENU_ENTRY and not items[i].junk and not byline_like(items, texts, i) for i in below
    )


SHOWN_WORDS = 4
"""How many words a line has at least for its showing again inside a longer line to count."""


def shown_again(items: Sequence[Evidence], folded: Sequence[str], index: int) -> bool:
    """True when a line of SHOWN_WORDS words or more is shown again inside a longer line of the
    page that is no prose: a breadcrumb that ends in it ("Home News The title"), the page's title
    with the site's name, a share button's text. A page repeats its own headline that way; a
    standfirst, a caption or another story's teaser it seldom does."""
    inner = folded[index]
    if items[index].words < SHOWN_WORDS or not inner:
        return False
    return any(
        other != index and len(text) > len(inner) and inner in text and not items[other].prose
        for other, text in enumerate(folded)
    )


def signed_below(
    items: Sequence[Evidence], texts: Sequence[str], index: int, candidates: frozenset[int], vocabulary: frozenset[str]
) -> bool:
    """True when a byline, date or bare name (`byline_like`) stands in the three lines under a line
    and is its own: the byline belongs to the nearest title above it, so a line that shares no word
    with the body does not get it past a shorter candidate between them that does (a teaser for
    another story right above a short title took the title's byline for its own: about 30 of the 76
    far-title stress misses). Standfirsts and sub-headlines under a title are longer than it, or
    the title speaks of the body too: the title keeps its byline past them."""
    unrelated = overlap(texts[index], vocabulary) == 0
    for i in range(index + 1, min(index + 4, len(items))):
        if byline_like(items, texts, i):
            return True
        if i in candidates and unrelated and items[i].words < items[index].words and overlap(texts[i], vocabulary) > 0:
            return False
    return False


def headline_features(
    items: Sequence[Evidence],
    texts: Sequence[str],
    index: int,
    body_start: int,
    vocabulary: frozenset[str] = frozenset(),
    candidates: frozenset[int] = frozenset(),
    folded: Sequence[str] | None = None,
    named: frozenset[str] = frozenset(),
) -> dict[str, float]:
    """Evidence that a line is the headline of the article whose body starts at `body_start`: how
    far above the body it stands (in lines of three words or more), a byline, date or bare name
    under it (its own: `signed_below`), how many of its words the body uses, a title's length, title case, and what speaks
    against it (a full stop, being a name itself, being the body's first line, another of the
    `candidates` one or two lines above it: a headline leads its block, and a sub-headline, a
    standfirst or the title repeated follow it)."""
    item = items[index]
    return {
        "bias": 1.0,
        "distance": sum(1 for other in items[index:body_start] if not _menu_item(other)) / 10,
        "byline_after": float(signed_below(items, texts, index, candidates, vocabulary)),
        "body_overlap": named_overlap(texts[index], vocabulary, named),
        "headline_length": float(5 <= item.words <= 20),
        "full_stop": float(item.full_stop),
        "name_like": float(_name_like(item, texts[index])),
        "opens_body": float(index >= body_start),
        "capitals": item.capitals,
        "under_title": float(any(other in candidates for other in (index - 1, index - 2))),
        "menu_below": float(menu_below(items, texts, index)),
        "shown_again": float(shown_again(items, folded if folded is not None else [item.folded for item in items], index)),
    }


def headline_rows(
    items: Sequence[Evidence],
    texts: Sequence[str],
    candidates: Sequence[int],
    body_start: int,
    vocabulary: frozenset[str],
    named: frozenset[str] | None = None,
) -> list[list[float]]:
    """Feature rows of all candidates, in HEADLINE_NAMES order; `named`, the body's names
    (`body_names(texts, body_start)`), when the caller has them already."""
    among = frozenset(candidates)
    # the body's first line is weighed against the paragraphs after it: against itself it would
    # always share all its words
    below = body_vocabulary(texts, body_start + 1, BODY_PARAGRAPHS - 1)
    folded = [item.folded for item in items]  # each line's `fold`, from its evidence
    named = body_names(texts, body_start) if named is None else named
    named_below = body_names(texts, body_start + 1)
    return [
        [features[name] for name in HEADLINE_NAMES]
        for features in (
            headline_features(
                items, texts, index, body_start,
                below if index >= body_start else _without_copies(items, texts, folded, index, body_start, vocabulary), among, folded,
                named_below if index >= body_start else named,
            )
            for index in candidates
        )
    ]


def _without_copies(
    items: Sequence[Evidence], texts: Sequence[str], folded: Sequence[str], index: int, body_start: int, vocabulary: frozenset[str]
) -> frozenset[str]:
    """The body's words (`vocabulary`) a line above the body is weighed against, less those only its own
    copies among the body's opening BODY_PARAGRAPHS paragraphs hold: the body does not speak of a line by
    showing it again. A photo's caption or another story's teaser that the page shows twice, above the body
    and again where the body's run begins or in a teaser list under a short story, shared all its words with
    the body that way and took the title's place (2 of the 12 headline-stress misses in round 25); a title
    speaks of the body in its other lines. But a line a byline, date or bare name signs (`byline_like`, within
    three lines under it, as `signed_below` looks) whose copy is set inside the story (`_inside_story`) is the
    title the page repeats as a photo's caption among the story's paragraphs, and the copy counts: without it
    the title lost to the standfirst beside it (a review's invented pages, round 25). An unsigned line's copy
    still does not: a video's title set above a story and again in its video block moved the ranking's training."""
    stop = min(body_start + BODY_PARAGRAPHS, len(texts))
    copies = [j for j in range(body_start, stop) if folded[j] == folded[index]]
    if not copies:
        return vocabulary
    signed = any(byline_like(items, texts, j) for j in range(index + 1, min(index + 4, body_start)))
    if signed and any(_inside_story(items, folded, j, body_start) for j in copies):
        return vocabulary
    return vocabulary & body_vocabulary(texts, body_start, BODY_PARAGRAPHS, lambda j: folded[j] != folded[index])


def _inside_story(items: Sequence[Evidence], folded: Sequence[str], index: int, body_start: int) -> bool:
    """True when a line of the body stands inside the story's run, as a caption does: past the body's first
    line, no paragraph of prose itself, with a paragraph of prose or a photo's credit right above and right
    under it, each shown once on the page. A teaser shown again stands over its byline or date, and a block
    the page shows again whole (a teaser's title and its summary) repeats its neighbour too; a standfirst
    taken from one of the story's paragraphs, its copy there, is prose (on the lead stress such a standfirst
    over the byline took the title's place)."""
    if index <= body_start or index + 1 >= len(items) or items[index].prose:
        return False
    return all(
        (items[j].prose or items[j].furniture == "credit") and folded.count(folded[j]) == 1 for j in (index - 1, index + 1)
    )


def body_names(texts: Sequence[str], start: int) -> frozenset[str]:
    """The stems of the names (`names`) the body's opening BODY_PARAGRAPHS paragraphs from `start` hold."""
    return frozenset(name.casefold()[:5] for line in texts[start : start + BODY_PARAGRAPHS] for name in names(line))


@dataclass(frozen=True, slots=True)
class Logistic:
    """A logistic regression: named features and their weights."""

    names: tuple[str, ...]
    weights: tuple[float, ...]

    def probability(self, row: Sequence[float]) -> float:
        z = sum(w * x for w, x in zip(self.weights, row))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


@lru_cache(maxsize=1)
def shipped() -> dict[str, Logistic]:
    """The models shipped with the package (`resources/finder_model.json`)."""
    raw = json.loads(read_text("finder_model.json"))
    models = {}
    for name, expected in (("block", BLOCK_NAMES), ("headline", HEADLINE_NAMES)):
        weights = raw[name]["weights"]
        if tuple(weights) != expected:
            raise RuntimeError(f"finder_model.json: the {name} model's features do not match the code; rebuild it")
        models[name] = Logistic(expected, tuple(float(weights[n]) for n in expected))
    return models


def fit(rows: Sequence[Sequence[float]], labels: Sequence[int], l2: float = 1.0, steps: int = 30) -> list[float]:
    """Weights of an L2-regularized logistic regression, by Newton's method (deterministic; the
    bias, the first column, is not penalized)."""
    import numpy as np

    x = np.asarray(rows, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -40, 40)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        w = w - np.linalg.solve(hessian, gradient)
    return [float(v) for v in w]


def fit_ranking(
    groups: Sequence[tuple[Sequence[Sequence[float]], int]], l2: float = 1.0, steps: int = 30, *, damped: bool = False,
) -> list[float]:
    """Weights of an L2-regularized conditional logit: in each group (the candidates of one page)
    the chosen row should score highest. Newton's method, deterministic; the first column (a
    constant) cancels within a group and gets weight 0. Features are put on one scale (divided by
    their spread over all candidates) before the penalty applies, so it holds each of them back
    alike; the weights returned are for the features as they are. `damped` halves each step until
    the penalized loss falls and stops when it no longer does (the plain steps can diverge on
    features that separate a few groups perfectly; where they converge both give the same weights)."""
    import numpy as np

    spread = np.concatenate([np.asarray(rows, dtype=np.float64) for rows, _ in groups]).std(axis=0)
    spread[spread < 1e-9] = 1.0
    prepared = [(np.asarray(rows, dtype=np.float64) / spread, chosen) for rows, chosen in groups]
    width = prepared[0][0].shape[1]
    w = np.zeros(width)
    penalty = np.full(width, l2)

    def loss(weights: Any) -> float:
        total = 0.5 * l2 * float(weights @ weights)
        for x, chosen in prepared:
            z = x @ weights
            top = z.max()
            total -= z[chosen] - top - float(np.log(np.exp(z - top).sum()))
        return total

    current = loss(w) if damped else 0.0
    for _ in range(steps):
        gradient = penalty * w
        hessian = np.diag(penalty + 1e-9)
        for x, chosen in prepared:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            mean = p @ x
            gradient -= x[chosen] - mean
            centered = x - mean
            hessian += (centered * p[:, None]).T @ centered
        step = np.linalg.solve(hessian, gradient)
        if not damped:
            w = w - step
            continue
        size, trial = 1.0, current
        while size > 1e-6 and (trial := loss(w - size * step)) > current:
            size /= 2
        if size <= 1e-6 or current - trial < 1e-10:
            break
        w, current = w - size * step, trial
    return [float(v) for v in w / spread]


BAGS = 100
"""How many resamples of the pages the headline ranking is averaged over (`fit_bagged_ranking`)."""


def fit_bagged_ranking(
    groups: Sequence[tuple[Sequence[Sequence[float]], int]], l2: float = 1.0, bags: int = BAGS, seed: str = "headline-bags"
) -> list[float]:
    """The weights of `fit_ranking` averaged over `bags` resamples of the groups (pages drawn with
    replacement, by a fixed seed; bootstrap aggregation). The ranking learns from one title per
    page and some fifty pages, so one fit swings with any small change to its candidates (leaving
    out five candidates that start with a lower-case word cost six titles on the headline stress
    test); the average of many fits swings far less (two)."""
    import random

    import numpy as np

    picker = random.Random(seed)
    fits = [fit_ranking([groups[picker.randrange(len(groups))] for _ in groups], l2) for _ in range(bags)]
    return [float(v) for v in np.mean(fits, axis=0)]
