"""The article finder: the headline and the main run of prose in a page's plain text.

Pages copied from a browser hold the article among menus, banners, teasers, share buttons,
comments and footers. The finder reads only the text. Each paragraph's evidence (`furniture`:
length, sentence punctuation, share of common English words, menu-like capitals, repetition on
the page, the furniture its wording names) and its neighbours' go into a small model trained on
half of webbench (`finder_model`), which gives the chance that it belongs to the article. The
body is the densest run of those chances (a maximum-sum run, as in body-text extraction), so
short paragraphs inside it stay (jusText's context smoothing) and stretches of furniture end it;
inside it, named furniture ("Advertisement", "Share", photo credits) and captions still go. The
headline is the line above the body that the headline model rates best. A page with no furniture
at all (a clean text file) loses nothing. Every paragraph the finder drops gets a reason.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .finder_model import (
    BODY_PARAGRAPHS, LOWER_WORD_START, MENU_ENTRY, block_features, body_names, body_vocabulary, byline_like, captioned, contains_other, echoes_story, field_value,
    filtered_titles, headline_candidates, headline_rows, menu_below, named_overlap, names, numbered_title, overlap, same_story, section_end, shipped,
    without_label,
)
from .furniture import TITLE_CASE, Evidence, Marks, PageEvidence, closing_marks, closing_note, fold, glued_byline, label_teaser, read_more_tail, reader_prompt, signature_line

THRESHOLD = 0.5
"""A paragraph counts for the body in the densest-run search above this chance, against below."""
EXTEND = 0.4
"""... and a paragraph of prose next to the body joins it above this chance (hysteresis)."""
PROMO_WORDS = 30
"""A promotion at the body's end ("Subscribe to our newsletter", "Follow us on ...") of at most
this many words is cut from it."""
TEASER_UPPER = 0.8
TEASER_WORDS = 8
"""Inside the body, a line of at least TEASER_WORDS words nearly all in capitals, not ending like a
sentence, is a teaser for another story or a promotion ("CLICK HERE TO GET THE NEWS APP"), not
a subheading (those are shorter: "HOW TO USE A WATER BATH")."""
LEAD_KEEP = 0.25
"""Between the headline and the body, a paragraph of prose below the line right under the headline
(the standfirst, always kept) stays only above this chance: captions, teasers and promotions there
read as prose too."""
KEEP_INSIDE = 0.15
"""Inside the body, a paragraph whose chance is below this is cut (furniture between paragraphs)."""
PAGE_FURNITURE = frozenset({"share", "account", "ad", "banner", "breaking"})
STRONG_FURNITURE = 3
REPEATED_LINES = 5
"""How much furniture shows that a text is a copied web page rather than an article file."""


@dataclass(frozen=True, slots=True)
class Finding:
    """The article within a page: its headline, its body paragraphs, and why the rest goes."""

    headline: int | None
    body: tuple[int, ...]
    cut: dict[int, str]
    headline_end: int | None = None
    """Where the headline's text ends when the page glued its byline to it ("The title Jane Doe
    @janedoe"): the rest of that line is a byline, cut as `finder/byline`."""
    standfirst: int | None = None
    """The body's first paragraph when it is the summary under the headline (`_standfirst_under`)."""


def furnished(items: Sequence[Marks]) -> bool:
    """True when a text shows the furniture of a web page: at least STRONG_FURNITURE lines that
    name it (share and account buttons, advertising labels, banners, section headings, appeals,
    code, promotions) or REPEATED_LINES short lines the page repeats (menus shown twice,
    galleries), or one such line with bylines, dates or photo credits making up the count. An
    article file, even a sports page with fixture lists or a live blog with timestamps, shows
    fewer; it is kept whole."""
    strong = sum(1 for item in items if item.furniture in PAGE_FURNITURE or item.end or item.code or item.appeal or item.promo)
    repeated = sum(
        1
        for item in items
        if item.repeats > 1 and 1 <= item.words <= 8 and item.furniture not in ("credit", "date", "byline")
    )
    marked = sum(1 for item in items if item.furniture in ("byline", "date", "credit"))
    return strong >= STRONG_FURNITURE or repeated >= REPEATED_LINES or (strong >= 1 and strong + marked >= STRONG_FURNITURE)


EMBED_LINES = 4
"""How many lines above its signature an embedded post may run."""


def _embedded_posts(items: Sequence[Evidence], probabilities: Sequence[float]) -> set[int]:
    """Lines of posts embedded in the story: each signature line ("— Jane Doe (@janedoe) March 3,
    2024") and the lines of the post above it, up to the story's last likely paragraph. They
    count neither for nor against the body, so a story that quotes posts is not cut at them."""
    found: set[int] = set()
    for index, item in enumerate(items):
        if not item.embed:
            continue
        found.add(index)
        for above in range(index - 1, max(-1, index - 1 - EMBED_LINES), -1):
            if probabilities[above] >= THRESHOLD or items[above].embed:
                break
            found.add(above)
    return found


BRIDGE_LINES = 4
BRIDGE_PROSE = 20
"""After the body, a gap of at most BRIDGE_LINES short lines (fewer words than a teaser's
TEASER_WORDS: a label, a name and price, a button, a credit) that name no furniture, followed by a
paragraph of prose of BRIDGE_PROSE words or more that is fairly likely article, belongs to the
story (a product's name and price between the paragraphs of a review, a photo's credit)."""
RESUME_LINES = 15
RESUME_TOPICAL = 0.6
"""A longer gap, of at most RESUME_LINES lines with at most GAP_BUTTONS buttons among them (a
headline-length line or a box's heading allowed: a teaser for another story, "Related"), is
crossed only to prose that speaks of what the story does: RESUME_TOPICAL of its content words
or more are the body's (a recipe's card of ingredients between its story and its method, a
product box), where another story's summary or a footer mostly are not."""
RESUME_NAMED = 0.3
"""... or RESUME_NAMED of its content words and the body's names (`same_story`): a story's second
half shares fewer of its words with the first than a recipe's method with its ingredients, but
it names the same people and places. (Prose the model doubts, because it stands below the run
of prose it saw, may resume the story this way too, if it runs to BRIDGE_PROSE words.)"""
RESUME_LONG_SHARE = 0.3
RESUME_LONG_WORDS = 150
"""... or, for a run of RESUME_LONG_WORDS words of prose or more, RESUME_LONG_SHARE of its content
words whatever names it holds: a long run names many people and places, few of them the body's, so
the share of names `same_story` asks for misses it, but a story's second half goes on speaking of
the same things (on BBC and PolNeAR stories, the second half of 100 words or more shares 0.3 of its
words or more with the first in about two of five, another story of the same section or outlet in
about one of a hundred; another story shares two names or more in two of five)."""
_GAP_STOPS = frozenset({"byline", "date", "credit"})
GAP_BUTTONS = 2
def _resume_run(items: Sequence[Evidence], probabilities: Sequence[float], index: int) -> int:
    """The last paragraph of the run of fairly likely prose that starts at `index`."""
    while index + 1 < len(items) and items[index + 1].prose and probabilities[index + 1] >= EXTEND:
        index += 1
    return index


def _bridge(
    items: Sequence[Evidence], probabilities: Sequence[float], end: int, texts: Sequence[str] | None = None, start: int = 0
) -> int | None:
    """The last paragraph of the prose that resumes after a gap below the body's `end`, or None
    when the body does not go on (jusText's context smoothing, across short lines): a short gap
    (BRIDGE_LINES) to likely prose, or, given the `texts` of the body from `start`, a longer one
    (RESUME_LINES, GAP_BUTTONS buttons allowed) to prose on the story's own subject. A sentence of
    prose, a comment section, an appeal, a byline, date or credit in the gap ends the search."""
    buttons = 0
    short = True  # only short lines so far: a label, a price, a credit
    for index in range(end + 1, min(end + 2 + RESUME_LINES, len(items))):
        item = items[index]
        gap = index - end - 1
        if item.prose and gap > 0 and (probabilities[index] >= EXTEND or (texts is not None and item.words >= BRIDGE_PROSE)):
            likely = probabilities[index] >= EXTEND
            last = _resume_run(items, probabilities, index) if likely else _prose_run(items, index)
            if likely and gap <= BRIDGE_LINES and not buttons and short and item.words >= BRIDGE_PROSE:
                return last
            words = sum(items[i].words for i in range(index, last + 1))
            if texts is None or words < BRIDGE_PROSE:
                return None
            vocabulary = body_vocabulary(texts, start, end + 1 - start, lambda i: items[i].prose)
            return last if _resumes_story(items, probabilities, texts, start, end, vocabulary, index, last, index) else None
        if (item.prose and item.sentence) or item.end == "comments" or item.appeal or item.furniture in _GAP_STOPS:
            return None  # (a line that reads as prose but ends like no sentence is a teaser's headline)
        if item.words >= TEASER_WORDS or item.end:
            short = False  # a teaser's headline, a box's heading: only the story's own subject goes on
        if item.junk:
            buttons += 1
            if buttons > GAP_BUTTONS:
                return None
    return None


def _resumes_story(
    items: Sequence[Evidence], probabilities: Sequence[float], texts: Sequence[str], start: int, end: int,
    vocabulary: frozenset[str], first: int, last: int, index: int,
) -> bool:
    """The prose `first`..`last` across a gap from the body `start`..`end` is the same story: it shares
    RESUME_TOPICAL of the body's words and the model (at `index`) does not doubt it, it runs long and
    shares RESUME_LONG_SHARE, or it shares RESUME_NAMED and names the body's people and places
    (`same_story`)."""
    resumed = " ".join(texts[first : last + 1])
    shared = overlap(resumed, vocabulary)
    if shared >= RESUME_TOPICAL and probabilities[index] >= THRESHOLD:
        return True
    if shared >= RESUME_LONG_SHARE and sum(items[i].words for i in range(first, last + 1)) >= RESUME_LONG_WORDS:
        return True
    body = " ".join(texts[i] for i in range(start, end + 1) if items[i].prose)
    return shared >= RESUME_NAMED and same_story(resumed, body)


BOX_LINES = 6
BOX_PROSE = 12
BOX_SHARE = 0.2
"""A box of page furniture inside the story (an advert's label, a newsletter's sign-up box, a video
player: `_box_bridge`) runs to at most BOX_LINES lines, its own sentences (a promotion's) to
BOX_PROSE words; the prose under it goes on with the story when BOX_SHARE of its words or more are
the body's."""
_BOX_NAMED = frozenset({"ad", "share", "account"})
_PLAYER = re.compile(
    r"(?i)(?:now\s+playing|(?:play|watch|replay)(?:\s+(?:the\s+)?(?:video|now|again))?|video|audio|up\s+next"
    r"|(?:watch|listen|video|audio)\s*:\s+.{3,120})"
)
"""A video or audio player's line ("Now playing", "Play video", "Watch: <its title> (2:31)"): furniture
inside a story's box (`_box_bridge`), read there only."""


def _box_bridge(
    items: Sequence[Evidence], probabilities: Sequence[float], texts: Sequence[str], start: int, end: int
) -> int | None:
    """The last paragraph of the story's prose under a box of page furniture right below the body's
    `end`, or None (jusText's context smoothing, across a box that names itself): at most BOX_LINES
    lines, one of them or more named (an advert's label, a newsletter's heading, a promotion, a
    button, a player's line: `_PLAYER`), the others buttons, form fields and labels of three words or
    fewer, lines of no words (a player's "0:00 / 3:15"), a title under a player's line (the video's)
    and a promotion's short sentences (BOX_PROSE words), no byline, date,
    credit or section heading but a newsletter's; under it, BRIDGE_PROSE words of prose or more that
    bear no marks of a note closing the page (`closing_marks`: "No spam, we promise. You can
    unsubscribe ...") and share BOX_SHARE of their words with the body's prose (promotions left out:
    a sign-up flow's notices share the box's words). The model doubts any prose under a box, so its
    chance is not asked (`_topical_prose` keeps it inside the body). `_bridge` asks more of a gap
    with buttons: a box between two paragraphs of one story is furniture whose wording says so."""
    named = False
    top = end
    while top > start and not items[top].prose:  # the box's first lines may close the body's run
        top -= 1
    for index in range(top + 1, min(top + 2 + BOX_LINES, len(items))):
        item = items[index]
        if item.prose and not item.promo and item.words > BOX_PROSE:
            if not named or index <= end or closing_marks(texts[index]):
                return None
            last = _prose_run(items, index)
            if sum(items[i].words for i in range(index, last + 1)) < BRIDGE_PROSE:
                return None
            vocabulary = body_vocabulary(texts, start, end + 1 - start, lambda i: items[i].prose and not items[i].promo)
            return last if overlap(" ".join(texts[index : last + 1]), vocabulary) >= BOX_SHARE else None
        if (item.end and item.end != "newsletter") or item.appeal or item.embed or item.furniture in ("byline", "credit"):
            return None
        if _box_named(item, texts[index]):
            named = True
        elif not (item.words == 0 or (item.words <= 3 and not item.prose) or (item.prose and item.words <= BOX_PROSE)
                  or (not item.sentence and item.words <= BOX_PROSE and _PLAYER.fullmatch(texts[index - 1]))):
            return None  # (a title only under a player's line: the video's)
    return None


def _crosshead_bridge(items: Sequence[Evidence], texts: Sequence[str], start: int, end: int) -> int | None:
    """The last paragraph of the story's prose under a crosshead that reads as a comment section's
    heading ("Reaction", "Responses": one or two words, no count), right below the body's `end` (or
    under up to two short lines of the story's own, a subheading), or None: the line right under it is prose of BRIDGE_PROSE words or more, with no closing note's marks,
    and the run of prose it opens shares RESUME_NAMED of its words with the body's. A comment section
    opens with its count, a form or a commenter's name and date, not with the story's next paragraph."""
    heading = end + 1
    while heading < min(end + 3, len(items) - 1) and not items[heading].end and not items[heading].prose and not items[heading].junk \
            and 0 < items[heading].words < TEASER_WORDS:
        heading += 1  # the story's own subheading above it ("TOYOTA RAV4 PRIME")
    if heading + 1 >= len(items):
        return None
    item, following = items[heading], items[heading + 1]
    if item.end != "comments" or item.words > 2 or item.digits or not (following.prose and following.sentence):
        return None
    last = _prose_run(items, heading + 1)
    if sum(items[i].words for i in range(heading + 1, last + 1)) < BRIDGE_PROSE or closing_marks(texts[heading + 1]):
        return None
    vocabulary = body_vocabulary(texts, start, end + 1 - start, lambda i: items[i].prose and not items[i].promo)
    return last if overlap(" ".join(texts[heading + 1 : last + 1]), vocabulary) >= RESUME_NAMED else None


def _box_named(item: Evidence, text: str) -> bool:
    """A line that names a box of page furniture inside a story (`_box_bridge`): an advert's label, a
    button, a newsletter's heading, a promotion, a player's line."""
    return item.furniture in _BOX_NAMED or item.end == "newsletter" or item.promo or bool(_PLAYER.fullmatch(text))


def _box_lines(items: Sequence[Evidence], texts: Sequence[str], start: int, end: int) -> set[int]:
    """Inside the body `start`..`end`, the lines of each box of furniture (a run of at most BOX_LINES
    lines between two paragraphs of prose longer than BOX_PROSE words, one line of it named,
    `_box_named`) that are no story's sentence: the named lines, form fields and labels of three words
    or fewer and lines of no words ("Email address", "0:00 / 2:31"). A short sentence beside an
    advert's label stays: it may be the story's."""
    found: set[int] = set()
    index = start
    while index <= end:
        if items[index].prose and items[index].words > BOX_PROSE:
            index += 1
            continue
        last = index
        while last + 1 <= end and not (items[last + 1].prose and items[last + 1].words > BOX_PROSE):
            last += 1
        run = range(index, last + 1)
        if index > start and last < end and len(run) <= BOX_LINES and any(_box_named(items[i], texts[i]) for i in run):
            found.update(
                i for i in run
                if _box_named(items[i], texts[i]) or items[i].words == 0 or (items[i].words <= 3 and not items[i].prose)
            )
        index = last + 1
    return found


OWN_TITLE = 0.5
"""Above the body, a title-shaped line that speaks of the body's things (OWN_TITLE of its content
words or more are the body's) is the article's own headline: the story does not go on above it."""


def _bridge_up(
    items: Sequence[Evidence], probabilities: Sequence[float], start: int, end: int, texts: Sequence[str]
) -> int | None:
    """The first paragraph of the story's prose above a gap over the body's `start`, or None: the
    story's opening paragraphs above a box put into it (an advertisement, a video, a list of links
    after the first paragraph), when the densest run found only what follows the box. The gap is
    crossed as `_bridge` crosses one below the body (RESUME_LINES lines, GAP_BUTTONS buttons), to
    prose on the story's own subject, but never over a byline, date or credit, the article's own
    headline (`OWN_TITLE`) or a sentence of prose the model doubts."""
    vocabulary = body_vocabulary(texts, start, end + 1 - start, lambda i: items[i].prose)
    buttons = 0
    short = True
    for index in range(start - 1, max(-1, start - 2 - RESUME_LINES), -1):
        item = items[index]
        gap = start - 1 - index
        if item.prose and gap > 0 and (probabilities[index] >= EXTEND or item.words >= BRIDGE_PROSE):
            first = index
            while first > 0 and items[first - 1].prose:
                first -= 1
            words = sum(items[i].words for i in range(first, index + 1))
            if words < BRIDGE_PROSE:
                return None
            if probabilities[index] >= EXTEND and gap <= BRIDGE_LINES and short and not buttons:
                return first
            return first if _resumes_story(items, probabilities, texts, start, end, vocabulary, first, index, index) else None
        if (item.prose and item.sentence) or item.end == "comments" or item.appeal or item.furniture in _GAP_STOPS:
            return None
        if item.title_shape and overlap(texts[index], vocabulary) >= OWN_TITLE:
            return None
        if item.words >= TEASER_WORDS or item.end:
            short = False
        if item.junk:
            buttons += 1
            if buttons > GAP_BUTTONS:
                return None
    return None


HEAD_LINES = 8
"""How many of the body's first paragraphs are searched for the story's own headline (`_own_headline`)."""


_STOP_END = re.compile(r"""\.["'”’»)\]]*\s*$""")
"""A line ending in a full stop, closing quotes or brackets allowed: a teaser's summary, not its headline."""


def _headed(item: Evidence, text: str) -> bool:
    """A headline's line: title-shaped and, when it reads as prose, not ending in a full stop. A
    teaser's headline may read as prose ("Regulators to drop decades-old cinema rules. What will
    change?", "Village votes to keep its windmill after long fight"); the summary under it ends
    in one."""
    return item.title_shape and not (item.prose and _STOP_END.search(text))


def _own_headline(items: Sequence[Evidence], texts: Sequence[str], start: int, end: int) -> int | None:
    """A title-shaped line among the HEAD_LINES first paragraphs of the body `start`..`end` that
    is the story's own headline, with other stories' summaries above it (a list of teasers above
    the article, each paragraph of prose under a headline of its own): OWN_TITLE of its content
    words are the prose's below it (RESUME_NAMED when its own byline or date signs it right under it,
    `_signed_title`: a short title shares fewer words), and the prose above it shares less than RESUME_NAMED of its
    words with the prose below and names other people and places (`same_story`); a teaser's summary
    may stand under its headline's byline and date (`_under_teaser_headline`). A subheading
    inside the story has the story's prose on both sides; a list article's items, prose that is
    no teaser's summary. A headline may read as prose if it ends in no full stop (`_headed`). When
    a later line qualifies too, with a summary between the two, the earlier was a teaser's own
    headline (its summary under it shares its words) and the later one is the story's."""
    found = None
    for index in range(start + 1, min(end, start + HEAD_LINES)):
        if not _headed(items[index], texts[index]):
            continue
        below = body_vocabulary(texts, index + 1, end - index, lambda i: items[i].prose)
        share = overlap(texts[index], below)
        if share < OWN_TITLE and not (share >= RESUME_NAMED and _signed_title(items, texts, index)):
            continue
        summaries = [i for i in range(start, index) if items[i].prose and not _headed(items[i], texts[i])]
        if not all(_under_teaser_headline(items, texts, i) for i in summaries):
            continue  # each paragraph above is a teaser's summary, under its own headline
        above = " ".join(texts[i] for i in summaries)
        story = " ".join(texts[i] for i in range(index + 1, end + 1) if items[i].prose)
        if above and overlap(above, below) < RESUME_NAMED and not same_story(above, story):
            if found is None or any(i > found for i in summaries):
                found = index  # a later one, with a summary under the earlier: that was a teaser's headline
    return found


def _teaser_headline_above(items: Sequence[Evidence], texts: Sequence[str], index: int) -> int | None:
    """The headline (`_headed`, no byline or bare name itself) right above the line, or above it past up to
    SIGNED_UNDER lines that sign it (`_signs`: a teaser item's byline and date), or None. (Names under a title
    are title-shaped too: "Jane Doe Example Town", the title's own signature.)"""
    above = index - 1
    while above >= 0 and index - 1 - above < SIGNED_UNDER and _signs(items, texts, above):
        above -= 1
    if above < 0 or not _headed(items[above], texts[above]) or byline_like(items, texts, above):
        return None
    return above


def _teaser_item_end(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """The line closes a teaser item: a summary (prose, no headline itself) or a byline or date (`_signs`)
    under the item's headline (`_teaser_headline_above`)."""
    line = items[index]
    closes = (line.prose and not _headed(line, texts[index])) or _signs(items, texts, index)
    return closes and _teaser_headline_above(items, texts, index) is not None


def _under_teaser_headline(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """The paragraph stands right under a headline (`_headed`), or under one past its signature (up to
    SIGNED_UNDER lines that sign it, `_signs`: a teaser item's byline and date between its headline and
    its summary) in a list of such items: another item ends right above that headline (`_teaser_item_end`),
    or another signed headline stands right under the paragraph. A story's own title is signed too, but
    the page's furniture (a menu, a notice) stands above it and the story's prose or a subheading under its lede."""
    above = _teaser_headline_above(items, texts, index)
    if above is None:
        return False
    if above == index - 1:
        return True
    following = index + 1
    after_item = above > 0 and _teaser_item_end(items, texts, above - 1)
    before_item = following < len(items) and _headed(items[following], texts[following]) and _signed_title(items, texts, following)
    return after_item or before_item


def _signed_title(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """A byline, a date or a bare name that is no photo's credit (`_signs`) stands within SIGNED_UNDER lines
    under the line, no headline-shaped line between: the title's own signature, which a story's subheading
    does not have."""
    for below in range(index + 1, min(index + 1 + SIGNED_UNDER, len(items))):
        if _signs(items, texts, below):
            return True
        if _headed(items[below], texts[below]):
            return False
    return False


def _run_title(items: Sequence[Evidence], texts: Sequence[str], first: int, end: int) -> int | None:
    """The story's own title in a run of headline-shaped lines that opens at `first` (each `_headed`, no
    byline among them, nothing between them: a list of other stories' headlines with no summaries, "Most
    read" or "Trending" set right above the title), with the story's prose under the run, up to `end`; or
    None. It is a line of the run below `first` that speaks of that prose (OWN_TITLE of its content words),
    or the run's last line when a byline, date or bare name signs it right under it (`_signs`) and it shares
    more of the prose's words than any line above it; every line above it in the run shares less than
    RESUME_NAMED of its words with the prose, and all of them together name none of its people and places
    (`same_story`). A line the story repeats word for word (`echoes_story`: its first sentence set above it,
    its full stop dropped) is no title. A title over its sub-headline speaks of the story itself, so the
    sub-headline is no title under a run of teasers; a story opening with a headline-shaped line of its own
    shares its words."""
    last = first
    while (
        last + 1 < min(end, first + HEAD_LINES) and _headed(items[last + 1], texts[last + 1])
        and not byline_like(items, texts, last + 1)
    ):
        last += 1
    if last == first or not any(items[i].prose for i in range(last + 1, end + 1)):
        return None
    vocabulary = body_vocabulary(texts, last + 1, min(end - last, BODY_PARAGRAPHS), lambda i: items[i].prose)
    story = " ".join(texts[i] for i in range(last + 1, min(end + 1, last + 1 + BODY_PARAGRAPHS)) if items[i].prose)
    shares = {i: overlap(texts[i], vocabulary) for i in range(first, last + 1)}
    for index in range(last, first, -1):
        above = [shares[i] for i in range(first, index)]
        signed = index == last and _signs(items, texts, last + 1) and shares[index] > max(above)
        if (shares[index] >= OWN_TITLE or signed) and max(above) < RESUME_NAMED and not echoes_story(items, texts, index, last + 1):
            if not same_story(" ".join(texts[first:index]), story):
                return index
    return None


TAIL_TEASERS = 4
TAIL_GAP = 8
TAIL_STORY = 150
"""At the body's end, TAIL_TEASERS or more paragraphs of prose in a row, each under a headline of
its own (a title-case line of five words or more among at most TAIL_GAP lines above it, with no
other prose between), that share less than RESUME_NAMED of their words with the story above them
(TAIL_STORY words of prose or more) and name other people and places, are a feed of other stories'
teasers with their summaries, not the story (`_teaser_tail`)."""


def _teaser_summary(item: Evidence) -> bool:
    """A teaser's summary: prose of eight words or more written in sentence case."""
    return item.prose and item.words >= TEASER_WORDS and item.capitals < TITLE_CASE


def _teaser_tail(items: Sequence[Evidence], texts: Sequence[str], start: int, end: int) -> int | None:
    """The first line of a feed of teasers that closes the body `start`..`end` (see TAIL_TEASERS),
    or None. A story's sections under subheadings hold more than one paragraph each, or speak of
    the story's things; a list article's items speak of its subject."""
    if not _teaser_summary(items[end]):
        return None
    summaries, first, index = [], None, end
    while index > start and _teaser_summary(items[index]):
        above = index - 1
        while above > start and not _teaser_summary(items[above]) and index - above <= TAIL_GAP:
            above -= 1
        gap = range(above + 1, index)  # the lines above the summary, up to the prose before it
        if not _teaser_summary(items[above]) and len(gap) >= TAIL_GAP:
            break  # no prose within TAIL_GAP lines above
        if not any(items[i].title_shape and items[i].words >= 5 and items[i].capitals >= TITLE_CASE for i in gap):
            break  # no headline of its own: the story's next paragraph
        summaries.append(index)
        first = above + 1
        index = above
    if first is None or len(summaries) < TAIL_TEASERS:
        return None
    story = [i for i in range(start, first) if items[i].prose]
    if sum(items[i].words for i in story) < TAIL_STORY:
        return None
    vocabulary = body_vocabulary(texts, start, first - start, lambda i: items[i].prose)
    feed = " ".join(texts[i] for i in summaries)
    if overlap(feed, vocabulary) >= RESUME_NAMED or same_story(feed, " ".join(texts[i] for i in story)):
        return None
    return first


NOTE_WORDS = 40
NOTE_TAIL = 2
"""At the body's end, a paragraph of at most NOTE_WORDS words that closes the page rather than the
story (`_closing_note`) is cut, with up to NOTE_TAIL short paragraphs after it that speak of none of
the story's things either (an author's bio, then "Every day we send an email with our top stories")."""


def _off_story(items: Sequence[Evidence], texts: Sequence[str], start: int, before: int, index: int) -> bool:
    """Paragraph `index` is short (NOTE_WORDS words at most, no embedded post's signature) and shares
    less than RESUME_NAMED of its words with the story's prose from `start` up to `before`."""
    item = items[index]
    if item.embed or item.words > NOTE_WORDS:
        return False
    vocabulary = body_vocabulary(texts, start, before - start, lambda i: items[i].prose)
    return overlap(texts[index], vocabulary) < RESUME_NAMED


def _closing_note(items: Sequence[Evidence], texts: Sequence[str], start: int, end: int) -> int | None:
    """The first paragraph of a note closing the page at the end of the body `start`..`end`, or None:
    a short paragraph with the marks of one (`furniture.closing_marks`: the outlet addressing its
    reader, an email address or handle, an author's bio, a credit line, a footer's legal wording)
    among the body's last NOTE_TAIL + 1 paragraphs, that and every paragraph after it sharing less
    than RESUME_NAMED of their words with the story above (`_off_story`). A story's last paragraph
    that addresses the reader speaks of the story's things."""
    for index in range(max(start + 1, end - NOTE_TAIL), end + 1):
        if closing_marks(texts[index]) and all(_off_story(items, texts, start, index, k) for k in range(index, end + 1)):
            return index
    return None


def _prose_run(items: Sequence[Evidence], index: int) -> int:
    """The last paragraph of the run of prose that starts at `index`."""
    while index + 1 < len(items) and items[index + 1].prose:
        index += 1
    return index


CLOSING_WORDS = 20
CLOSING_KEEP = 0.2
"""Right under the body, a short sentence of prose (at most CLOSING_WORDS words, ending in a full
stop, closing quotes or a bracket allowed: '"We will be back."') above no more prose is the
story's last line ("Police are still investigating.", "He declined to comment further."),
jusText's short paragraph between a good one and a bad one, when the model gives it some chance
(CLOSING_KEEP) and it is no furniture, promotion or note."""


def _closing_sentence(items: Sequence[Evidence], probabilities: Sequence[float], texts: Sequence[str], index: int) -> bool:
    """True when the paragraph at `index`, right under the body, is its short closing sentence."""
    if index >= len(items):
        return False
    item = items[index]
    following = items[index + 1] if index + 1 < len(items) else None
    return (
        item.prose and _STOP_END.search(texts[index]) is not None and not item.junk and not item.promo and not item.embed
        and item.words <= CLOSING_WORDS and probabilities[index] >= CLOSING_KEEP
        and (following is None or not following.prose) and not closing_marks(texts[index])
    )


FALLBACK_WORDS = 80
"""When the model finds no paragraph likely article, a run of prose of FALLBACK_WORDS words or more
is the body (`_prose_fallback`)."""


def _prose_fallback(items: Sequence[Evidence]) -> tuple[int, int] | None:
    """The longest run (in words) of paragraphs of sentences of ordinary English that name no
    furniture, when it holds FALLBACK_WORDS words or more, before any comment section: the body of
    a page the model doubts throughout (a whole story copied onto one line between menus, where
    no paragraph around it is prose to vouch for it). None when there is no such run: a page of
    furniture has no article, rather than the prose of its notices."""

    def fit(item: Evidence) -> bool:
        return item.prose and item.sentence and not (item.junk or item.appeal or item.promo or item.embed or item.furniture or item.end)

    best: tuple[int, int, int] | None = None
    index = 0
    while index < len(items) and items[index].end != "comments":
        if not fit(items[index]):
            index += 1
            continue
        last = index
        while last + 1 < len(items) and fit(items[last + 1]):
            last += 1
        words = sum(items[i].words for i in range(index, last + 1))
        if words >= FALLBACK_WORDS and (best is None or words > best[0]):
            best = (words, index, last)
        index = last + 1
    return (best[1], best[2]) if best else None


SHORT_WORDS = 30
SHORT_SENTENCES = 2
SHORT_LONG = 40
SHORT_LEAD = 1.5
SHORT_TITLE_LINES = 8
SHORT_SIGNED = 3
"""A short story (`_short_fallback`): a run of SHORT_WORDS words or more in SHORT_SENTENCES sentences or
more (or one of SHORT_LONG words, a news lede), SHORT_LEAD times the words of any other run of prose on
the page, under a title-shaped line at most SHORT_TITLE_LINES lines above it with no other paragraph of
prose between, the title signed (a byline or date from SHORT_SIGNED lines above it down to the story) or
speaking of the story's things."""
_SENTENCE_STOP = re.compile(r"""[.!?…]["'”’»)\]]*(?:\s+|$)""")


def _fit_runs(items: Sequence[Evidence]) -> list[tuple[int, int, int]]:
    """(words, first, last) of each run of paragraphs of sentences of ordinary English that name no
    furniture, before any comment section."""
    runs: list[tuple[int, int, int]] = []
    index = 0
    while index < len(items) and items[index].end != "comments":
        item = items[index]
        if not (item.prose and item.sentence and not (item.junk or item.promo or item.embed)):
            index += 1
            continue
        last = index
        while last + 1 < len(items) and items[last + 1].end != "comments" and items[last + 1].prose and items[last + 1].sentence and not (
            items[last + 1].junk or items[last + 1].promo or items[last + 1].embed
        ):
            last += 1
        runs.append((sum(items[i].words for i in range(index, last + 1)), index, last))
        index = last + 1
    return runs


def _short_fallback(items: Sequence[Evidence], texts: Sequence[str]) -> tuple[int, int] | None:
    """The body of a short story on a crowded page when the model finds no paragraph likely article and
    no run reaches FALLBACK_WORDS: the page's longest run of plain sentences (`_fit_runs`), of
    SHORT_WORDS words or more in SHORT_SENTENCES sentences or more, shown once, when it holds SHORT_LEAD
    times the words of every other such run (a teaser's summary, a notice), and a title-shaped line
    (`_headed`, shown at most twice: a page may repeat its title) stands above it with no other paragraph
    of prose between (a photo's caption over its credit aside), signed by a byline or date near it or
    sharing OWN_TITLE of its words with the run. A page of notices, or of teaser items alike in length,
    has none: no article. The model's doubt does not cut the run again (`find_article`)."""
    runs = sorted(_fit_runs(items), reverse=True)
    if not runs:
        return None
    words, first, last = runs[0]
    if words < SHORT_WORDS or (len(runs) > 1 and words < SHORT_LEAD * runs[1][0]):
        return None
    if any(items[i].repeats > 1 for i in range(first, last + 1)):
        return None
    if words < SHORT_LONG and sum(len(_SENTENCE_STOP.findall(texts[i])) for i in range(first, last + 1)) < SHORT_SENTENCES:
        return None
    for index in range(first - 1, max(-1, first - 1 - SHORT_TITLE_LINES), -1):
        item = items[index]
        if _headed(item, texts[index]) and item.repeats <= 2:  # a page may show its title twice
            signed = any(
                items[i].furniture in ("byline", "date") or byline_like(items, texts, i)
                for i in range(max(0, index - SHORT_SIGNED), first)
            )
            titled = overlap(texts[index], body_vocabulary(texts, first, last + 1 - first)) >= OWN_TITLE
            return (first, last) if signed or titled else None
        if item.prose and item.sentence and item.words >= BRIDGE_PROSE and not captioned(items, index):
            return None  # another text's paragraph (a photo's caption over its credit is no story's)
    return None


def body_region(
    items: Sequence[Evidence], probabilities: Sequence[float], texts: Sequence[str] | None = None
) -> tuple[int, int]:
    """First and last paragraph of the body: the densest run of article chances, each weighed by
    the square root of its length, then widened over adjacent prose that is fairly likely article,
    across gaps to more of it below and, given the `texts`, above (`_bridge`, `_bridge_up`; the long
    gaps only when `texts` are given), and over prose that runs to the end of the text (nothing
    after it says "page"), less a closing promotion, a note closing the page (`_closing_note`) or a
    lone mark; when no paragraph is likely article, a run of plain prose (`_prose_fallback`, and with
    the `texts` `_short_fallback`), else (0, -1). Given the `texts`, a run that opens among other stories'
    teasers starts under the story's own headline (`_own_headline`, `_run_title`)."""
    from .finder_model import densest_run

    scores = [(p - THRESHOLD) * math.sqrt(item.words + 1) for p, item in zip(probabilities, items)]
    for index in _embedded_posts(items, probabilities):
        scores[index] = max(scores[index], 0.0)
    start, end = densest_run(scores)
    if end < start:
        found = _prose_fallback(items)
        if found is None and texts is not None:
            found = _short_fallback(items, texts)
        if found is None:
            return start, end
        start, end = found
    while start > 0 and items[start - 1].prose and probabilities[start - 1] >= EXTEND:
        start -= 1
    while end + 1 < len(items) and items[end + 1].prose and probabilities[end + 1] >= EXTEND:
        end += 1
    if texts is not None and _closing_sentence(items, probabilities, texts, end + 1):
        end += 1
    while (bridged := _bridge(items, probabilities, end, texts, start)) is not None or (
        texts is not None and (bridged := _box_bridge(items, probabilities, texts, start, end)) is not None
    ) or (texts is not None and (bridged := _crosshead_bridge(items, texts, start, end)) is not None):
        end = bridged
    while texts is not None and (above := _bridge_up(items, probabilities, start, end, texts)) is not None:
        start = above
    if texts is not None and (headline := _own_headline(items, texts, start, end)) is not None:
        start = headline + 1
    if texts is not None and _headed(items[start], texts[start]) and (title := _run_title(items, texts, start, end)) is not None:
        start = title + 1  # a list of other stories' headlines above the title opened the densest run
    if all(item.prose for item in items[end + 1 :]):  # the text ends in prose: no footer, the story's own end
        end = len(items) - 1
    if texts is not None and (feed := _teaser_tail(items, texts, start, end)) is not None:
        end = feed - 1
    while end > start:
        if (items[end].promo and items[end].words <= PROMO_WORDS) or (items[end].words == 0 and not items[end].digits):
            end -= 1  # a promotion, or a lone mark ("..."; a list's "17" may head the next item)
        elif texts is not None and (note := _closing_note(items, texts, start, end)) is not None:
            end = note - 1
        else:
            break
    return start, end


CAPTION_WORDS = 40
"""A photo's caption runs to at most this many words (the tune half's run to 30): a longer paragraph
over a credit line is the story's, the photo's own caption left out of the copy."""


def _is_caption(items: Sequence[Evidence], index: int, *, lead: bool = False) -> bool:
    """A photo caption: a paragraph of at most CAPTION_WORDS words followed by a photo credit line ("(Image: © NASA)"), or,
    between the headline and the story (`lead`), one between a credit above it and a byline or
    date below it ("Jane Doe | Example Images", the caption, "By Jane Example"): the story has
    not begun there. (A paragraph under a credit and over more prose may open the story.)"""
    if items[index].junk or not 4 <= items[index].words <= CAPTION_WORDS:
        return False
    following = items[index + 1] if index + 1 < len(items) else None
    if following is not None and following.furniture == "credit":
        return True
    return (
        lead and index > 0 and items[index - 1].furniture == "credit"
        and following is not None and following.furniture in ("byline", "date")
    )


def _is_promotion(items: Sequence[Evidence], index: int, *, lead: bool) -> bool:
    """A short promotion ("Get the day's news delivered to your inbox", "Sign up for our
    briefing"): between the headline and the story, or inside the story next to its button or
    another line of page furniture (a sentence of the story that mentions signing up has none)."""
    item = items[index]
    if not item.promo or item.words > PROMO_WORDS:
        return False
    return lead or any(items[i].junk for i in (index - 1, index + 1) if 0 <= i < len(items))


HELD_PROSE = 40
"""Inside the body (below its first paragraph, to its last), a paragraph of sentences of at least
HELD_PROSE words stays whatever the block model's doubt: the model doubts any prose below a box
inside the story (it weighs where a paragraph stands against the first run of prose), and
furniture between paragraphs is short."""


def _held_prose(items: Sequence[Evidence], index: int, start: int, end: int) -> bool:
    """A paragraph of sentences of HELD_PROSE words or more inside the body `start`..`end`, below its
    first paragraph (its last one too: the story's end under a box)."""
    item = items[index]
    return item.prose and item.sentence and item.words >= HELD_PROSE and start < index <= end


HELD_SHARE = BOX_SHARE
"""... and so does a paragraph of sentences of BRIDGE_PROSE words or more (`_topical_prose`) that shares
HELD_SHARE of its words with the body's other prose: the story's own paragraph under a box, which the
model doubts as it doubts any prose below one."""


def _topical_prose(items: Sequence[Evidence], texts: Sequence[str], index: int, start: int, end: int) -> bool:
    """A paragraph of sentences of BRIDGE_PROSE words or more inside the body `start`..`end` (its last
    paragraph too) sharing HELD_SHARE of its words with the body's other paragraphs of prose."""
    item = items[index]
    if not (item.prose and item.sentence and item.words >= BRIDGE_PROSE and start < index <= end) or closing_marks(texts[index]):
        return False
    vocabulary = body_vocabulary(texts, start, end + 1 - start, lambda i: i != index and items[i].prose and not items[i].promo)
    return overlap(texts[index], vocabulary) >= HELD_SHARE


def _reason(item: Evidence, where: str) -> str:
    kind = item.furniture or item.end or ("appeal" if item.appeal else None) or ("code" if item.code else None)
    return f"finder/{kind}" if kind else f"finder/{where}"


def _without_captions(
    items: Sequence[Evidence], texts: Sequence[str], candidates: list[int], vocabulary: frozenset[str]
) -> list[int]:
    """The candidates less the photos' captions in the block under the story's own title: a line over
    a credit that names its source (`captioned`), with a byline or date between it and a candidate
    above it that speaks of the body's things (OWN_TITLE of its content words are the body's). A
    caption names what the story names, so its words recur in the body as a title's do; but it
    stands over its credit, under the byline that signs the title. (A line over a credit with no
    such title above it, a title whose caption the copy left out, stays: the ranking weighs it.)
    Less, too, every line in the SIGNED_SPAN lines under such a title that its byline or date signs
    (one named as such, `_signature`, within SIGNED_UNDER lines under it, no candidate between) with
    a byline or date between them: a standfirst, an image's text, a sub-headline stands under the
    title's signature, however far above the story the title stands. A title that shares less of the
    body's words (a short one, "Minister quits", whose caption names more of what the story names) is
    such a title too when a named byline or a bare name (not only a date, not a photo's credit) signs it
    and it is the last line above the body that a byline or a dated line signs (a caption over a reading
    time, "Reading time: 5 minutes", is no signed line). The title is the first signed
    one of its run (no signed candidate in the SIGNED_SPAN lines above it: not a list of teaser
    items, each with its date), and a line its own byline or dated line signs (`bylined`: a byline
    or a bare name, or a date naming a year or a time of day, not a reading time; not a photo's credit,
    `_photo_credit`) is a headline of its own and stays. Less, last, a list's teaser headlines right
    above a signed title (`_teaser_run`) and the longer unsigned lines under one (`_under_signed`)."""
    titled = [i for i in candidates if not _over_credit(items, texts, i) and overlap(texts[i], vocabulary) >= OWN_TITLE]
    among = set(candidates)
    signed = {
        i for i in candidates
        if any(_signature(items, j) and not among.intersection(range(i + 1, j)) for j in range(i + 1, min(i + 1 + SIGNED_UNDER, len(items))))
    }
    bylined = {  # a line its own byline signs is a headline too (another story's teaser, or the story's under a teaser)
        i for i in candidates
        if any(
            byline_like(items, texts, j) and (items[j].furniture != "date" or _DATED.search(texts[j])) and not _photo_credit(items, texts, j)
            and not among.intersection(range(i + 1, j))
            for j in range(i + 1, min(i + 1 + SIGNED_UNDER, len(items)))
        )
    }
    dated = {  # signed by a byline or a date naming a year or a time of day (not a reading time)
        i for i in signed
        if any(
            _signature(items, j) and (items[j].furniture != "date" or _DATED.search(texts[j])) and not among.intersection(range(i + 1, j))
            for j in range(i + 1, min(i + 1 + SIGNED_UNDER, len(items)))
        )
    }
    heads = [i for i in titled if i in signed and not any(above in signed for above in range(i - SIGNED_SPAN, i))]
    heads += [  # a short title sharing less with the body: signed by a byline or bare name, the last dated line above the body
        i for i in candidates
        if i not in titled and i in signed and not _over_credit(items, texts, i) and overlap(texts[i], vocabulary) > 0
        and not any(above in signed for above in range(i - SIGNED_SPAN, i)) and not any(j in dated for j in candidates if j > i)
        and any(
            items[j].furniture == "byline" or (items[j].furniture != "date" and byline_like(items, texts, j) and not _photo_credit(items, texts, j))
            for j in range(i + 1, min(i + 1 + SIGNED_UNDER, len(items)))
        )
    ]
    listed = _teaser_run(items, texts, candidates, vocabulary)
    listed |= _under_signed(items, texts, candidates, bylined | dated, vocabulary)
    return [
        index
        for index in candidates
        if index not in listed and not (
            _over_credit(items, texts, index)
            and any(above < index and any(byline_like(items, texts, j) for j in range(above + 1, index)) for above in titled)
        )
        and (index in bylined or not any(
            above + SIGNED_UNDER < index <= above + SIGNED_SPAN and any(_signature(items, j) for j in range(above + 1, index)) for above in heads
        ))
    ]


def _under_signed(
    items: Sequence[Evidence], texts: Sequence[str], candidates: list[int], own: set[int], vocabulary: frozenset[str] = frozenset()
) -> set[int]:
    """The lines under a signed title's furniture that are longer than the title and carry no signature
    of their own: a caption, an image's text, a standfirst. A title is short and a byline, named as one,
    opening as one ("By Jane Doe | AFP", `_SIGNED_BY`) or a bare name (not a photo's credit; not a date
    alone: a teaser's date signs no story under it),
    stands within SIGNED_UNDER lines under it; a line past them, within SIGNED_SPAN lines, with more
    words than the title and no byline or dated line of its own (`own`: `bylined` or `dated`) signing
    it, is what the page shows with the title, not another story's headline. Only candidates standing alone among
    the furniture (no candidate right above or under one of them: a list of teasers or a title over
    its sub-headline is no caption), each longer than the title and none signed, may stand between;
    and the line under which they stand is no byline itself ("Jane Doe, Senior Reporter" is no title).
    Such a title may not be the first signed line of its run (`_without_captions`' heads): a menu's
    entry over a name (a bare byline) above it kept its caption in the ranking, where the caption's
    words, the body's, won (of the 32 far-title stress misses left, most pick a caption, an image's text or
    a standfirst below the title). A signed line that shares none of the body's words (`vocabulary`) owns no
    line under it that speaks of the body's things (OWN_TITLE of its content words) and is the candidate
    nearest the body: a caption or standfirst speaks of what its title speaks of, and such a line is the
    story's own unsigned title under a list of other stories' signed teaser items (short-stress pages: the
    teaser took the title's place). A title sharing no word with the story keeps the image texts under it
    that do when more of its furniture stands between them and the story (far-title stress)."""
    dropped: set[int] = set()
    among = set(candidates)
    nearest = max(candidates, default=-1)
    for above in sorted(own):
        unrelated = overlap(texts[above], vocabulary) == 0
        if byline_like(items, texts, above) or not any(
            items[j].furniture == "byline" or _SIGNED_BY.match(texts[j])
            or (items[j].furniture != "date" and byline_like(items, texts, j) and not _photo_credit(items, texts, j))
            for j in range(above + 1, min(above + 1 + SIGNED_UNDER, len(items)))
        ):
            continue
        for index in candidates:
            if (
                above + SIGNED_UNDER < index <= above + SIGNED_SPAN and index not in own
                and items[index].words > items[above].words
                and all(j not in own and items[j].words > items[above].words for j in among.intersection(range(above + 1, index)))
                and not any(j in among and j + 1 in among for j in range(above + 1, index))
                and not own.intersection(range(index + 1, index + 1 + SIGNED_UNDER)) and index + 1 not in among
                and not (unrelated and index == nearest and overlap(texts[index], vocabulary) >= OWN_TITLE)
            ):
                dropped.add(index)
    return dropped


TEASER_RUN = 3
"""How many title-shaped lines at least stand one under another, the last signed, for those above it to be
a list of teaser headlines (`_teaser_run`)."""


def _teaser_run(items: Sequence[Evidence], texts: Sequence[str], candidates: list[int], vocabulary: frozenset[str]) -> set[int]:
    """The teaser headlines right above a signed title: in a run of TEASER_RUN candidates or more one under
    another (no byline or bare name among them) whose last line a byline or date (`_signature`) or a bare
    name that is no photo's credit signs within SIGNED_UNDER lines, the lines above the last that share less of the body's words than it
    does. A title leads its own block, byline and date under it; the lines right above it, each under
    another like it, are a list ("Most read", "Trending") whose items speak of other stories, though
    the byline stands within three lines of the last of them (a teaser right above the title won 21 of
    the 50 far-title stress misses). A sub-headline or standfirst under a title makes a run of two, and
    shares more of the body's words than a teaser."""
    among = set(candidates)
    dropped: set[int] = set()
    for last in candidates:
        if last + 1 in among or not any(
            _signs(items, texts, j)
            for j in range(last + 1, min(last + 1 + SIGNED_UNDER, len(items)))
        ):
            continue
        first = last
        while first - 1 in among and not byline_like(items, texts, first - 1):
            first -= 1
        if last - first + 1 < TEASER_RUN:
            continue
        own = overlap(texts[last], vocabulary)
        dropped.update(i for i in range(first, last) if overlap(texts[i], vocabulary) < own)
    return dropped


_SIGNED_BY = re.compile(r"(?i:by|written\s+by)\s*:?\s+[A-Z\u00C0-\u024F]")
"""A line that opens as a byline does ("By Jane Doe | AFP"): a writer signing with the agency's name."""


def _over_credit(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """A photo's caption (`captioned`): over a credit that is no byline naming its agency ("By Jane Doe |
    AFP" reads as a credit by its agency, but it signs the title over it: the title was dropped as a
    caption in 3 of the 65 far-title stress misses left)."""
    return captioned(items, index) and not _SIGNED_BY.match(texts[index + 1])


_NAME_SLASH = re.compile(r"[^\W\d_]\s?/\s?[^\W\d_]")
"""A name and an agency joined by a slash ("Jane Doe/Reuters", "Jane Doe / Example Images"), not a
date's digits ("12/03/2024")."""


def _photo_credit(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """A photo's credit: named as one, or a name and an agency joined by a slash. It names a person as
    a bare byline does, but it signs the photo over it, not a headline of its own (a caption under the
    title's byline kept as a headline of its own by the credit under it: 4 of the 69 far-title stress
    misses)."""
    return items[index].furniture == "credit" or bool(_NAME_SLASH.search(texts[index]))


def _signature(items: Sequence[Evidence], index: int) -> bool:
    """A line named as a byline or a date (not a bare name, which a menu's entry may look like)."""
    return items[index].furniture in ("byline", "date")


def _signs(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """A line that signs the title above it: a byline or a date (`_signature`), or a bare name that is no photo's credit."""
    return _signature(items, index) or (byline_like(items, texts, index) and not _photo_credit(items, texts, index))


_DATED = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b")
"""A date line that names a year or a time of day (not a reading time, "5 min read")."""
SIGNED_UNDER = 2
"""How close under a title its byline or date stands for the lines under them to be the title's
furniture (`_without_captions`): a caption, a credit, an image's text, a standfirst, a reading time."""
SIGNED_SPAN = 25
"""How many lines under a signed title its furniture reaches at most (`_without_captions`)."""


def headline_vocabulary(items: Sequence[Evidence], texts: Sequence[str], start: int, end: int) -> frozenset[str]:
    """The words a headline is weighed against (`body_overlap`): the body's opening paragraphs, and
    past its last (`end`) the lines the page shows once: a teaser list shown again under a short story
    does not speak for the teasers' own titles above it."""
    return body_vocabulary(texts, start, BODY_PARAGRAPHS, lambda i: i <= end or items[i].repeats == 1)


def _headline(
    items: Sequence[Evidence], texts: Sequence[str], start: int, title: str | None, end: int | None = None
) -> int | None:
    """The page's known title when it is there, else the best candidate of the headline model."""
    if title:
        wanted = fold(title)
        for index in range(min(start + 1, len(texts) - 1), -1, -1):
            if fold(texts[index]) == wanted:
                return index
    model = shipped()["headline"]
    vocabulary = headline_vocabulary(items, texts, start, len(texts) - 1 if end is None else end)
    best: tuple[float, int] | None = None
    candidates, far = _titles_back(items, texts, start, headline_candidates(items, texts, start), vocabulary)
    candidates = _past_window(items, texts, _without_captions(items, texts, candidates, vocabulary), far, vocabulary)
    named = body_names(texts, start)
    candidates = _without_standfirsts(items, texts, candidates, vocabulary, named)
    between = _between_title_and_byline(items, texts, candidates, vocabulary) | _video_titles(items, texts, candidates, vocabulary)
    sentence = _sentence_title(items, texts, [i for i in candidates if i not in between], vocabulary)
    if sentence is not None:
        return sentence
    opening = _sentence_opening(items, texts, start, len(texts) - 1 if end is None else end, candidates, vocabulary)
    if opening is not None:
        return opening
    for index, row in zip(candidates, headline_rows(items, texts, candidates, start, vocabulary, named)):
        if index in between:
            continue  # still a candidate to the others' features: a line under it is under a title-shaped line
        chance = model.probability(row)
        if best is None or chance > best[0]:
            best = (chance, index)
    return best[1] if best else _bare_title(items, texts, start)


SUMMARY_SHARE = 0.3
"""How many of its content words a title over a sentence shares with the body at least for the sentence to be its
summary, not a title (`_sentence_title`): a title holding a quoted slogan shares fewer than half."""


def _sentence_title(items: Sequence[Evidence], texts: Sequence[str], candidates: Sequence[int], vocabulary: frozenset[str]) -> int | None:
    """The candidate that is the story's title written as a sentence, when no candidate written as a title
    (no full stop, no sentence break) that may be the story's title speaks of the body's things (OWN_TITLE of
    its content words): of the lines of one sentence ending in a full stop, fewer than STANDFIRST_WORDS words
    in sentence case (any title's length in title case), no byline and no photo's caption over its credit
    (`_over_credit`), the one that speaks most of the body's things, OWN_TITLE or more (the nearer on a tie).
    The ranking weighs a full stop against a line (standfirsts and captions end in one; on the tune pages a
    title seldom does), so a menu's entry, a teaser or a standfirst took such a title's place (the filter
    stress's full-stop titles above the body). A line written as a title stops this only when it may be the
    story's title, leading its block (`leads`): BYLINE_TITLE_WORDS words or more, no menu under it
    (`menu_below`), no other such line right above it nor one as long right under it (a shorter sub-headline may
    follow a title); a menu's entry, a section's short name or a teaser in a run of them shares a few words with
    the story by chance ("Submit your bike review", "Fox Business Go": on the tune and BBC frames, 30 of the 51
    full-stop misses where the title stood above the body, round 32). And a sentence within STANDFIRST_SPAN
    lines under a title leading its block, longer than a menu's entry (MENU_ENTRY words), that shares
    SUMMARY_SHARE of the body's words is its summary, not a title (a title quoting a slogan shares under half; a
    four-word title, "Best tech gadgets of 2019", lost to another page's standfirst set under it)."""
    share = {i: overlap(texts[i], vocabulary) for i in candidates}
    among = set(candidates)
    written = [
        i for i in candidates
        if items[i].full_stop and not items[i].sentence_break and share[i] >= OWN_TITLE
        and (items[i].words < STANDFIRST_WORDS or items[i].capitals >= TITLE_CASE)
        and not byline_like(items, texts, i) and not _over_credit(items, texts, i)
    ]

    def titled(index: int, least: float) -> bool:  # written as a title (no full stop, no sentence break), sharing `least` of the body's words
        return index in among and not items[index].full_stop and not items[index].sentence_break and share[index] >= least

    def leads(index: int, least: float, words: int) -> bool:  # a title leading its block: a shorter sub-headline may follow it, no other title
        return (
            titled(index, least) and items[index].words >= words and not menu_below(items, texts, index)
            and not titled(index - 1, least) and not (titled(index + 1, least) and items[index + 1].words >= items[index].words)
        )

    if any(leads(i, OWN_TITLE, BYLINE_TITLE_WORDS) for i in candidates):
        return None
    summaries = {i for i in written if any(leads(j, SUMMARY_SHARE, MENU_ENTRY + 1) for j in range(i - STANDFIRST_SPAN, i))}
    return max((i for i in written if i not in summaries), key=lambda i: (share[i], i), default=None)


def _speaks_of(line: str, texts: Sequence[str], start: int, vocabulary: frozenset[str]) -> bool:
    """The line speaks of the body from `start`: OWN_TITLE of its content words are the body's (`vocabulary`),
    or it names one of the people or places the body names (`names`, `body_names`)."""
    named = body_names(texts, start)
    return overlap(line, vocabulary) >= OWN_TITLE or any(name.casefold()[:5] in named for name in names(line))


def _sentence_opening(
    items: Sequence[Evidence], texts: Sequence[str], start: int, end: int, candidates: Sequence[int], vocabulary: frozenset[str]
) -> int | None:
    """The body's first line when it is the story's title written as a sentence, which the densest run took
    in as a short paragraph: one sentence ending in a full stop, fewer than STANDFIRST_WORDS words, no byline,
    furniture or promotion, not right under a line ending in a full stop (a kicker's sentence over the story's
    short first line) nor under one of more than MENU_ENTRY words that speaks of the body (`_speaks_of`: the
    title, reshaped or under a label so that the candidates miss it, over its sub-headline), over a longer
    sentence of prose (the lede) that does not repeat it, sharing OWN_TITLE of its content words with the body
    under it, while no candidate above it longer than a menu's entry speaks of the body (a title far above
    that names the story's people) and no byline or date (`_signature`) stands within BYLINE_REACH lines above
    it: a story's own short first paragraph stands under its title and the title's byline or date (on PolNeAR
    stories in the tune pages' frames, a title sharing little of the story's words, dated three lines under
    it, lost to the short sub-headline under it without that)."""
    if start + 1 > end:
        return None
    item, lede = items[start], items[start + 1]
    if not (item.full_stop and not item.sentence_break and 3 <= item.words < STANDFIRST_WORDS) or item.junk or item.promo:
        return None
    if item.furniture or item.end or byline_like(items, texts, start) or not (lede.prose and lede.sentence and lede.words > item.words):
        return None
    if f" {fold(texts[start]).rstrip('.')} " in f" {fold(texts[start + 1])} ":
        return None  # the lede repeats it: a summary set above it
    if start > 0 and (items[start - 1].full_stop or (items[start - 1].words > MENU_ENTRY and _speaks_of(texts[start - 1], texts, start, vocabulary))):
        return None  # a title leads its block: the line above is a sentence (a kicker, the story's start) or the title
    if overlap(texts[start], body_vocabulary(texts, start + 1, BODY_PARAGRAPHS - 1)) < OWN_TITLE:
        return None
    above = [i for i in candidates if i < start]
    if any(items[i].words > MENU_ENTRY and _speaks_of(texts[i], texts, start, vocabulary) for i in above):
        return None
    if any(_signature(items, j) for j in range(max(0, start - BYLINE_REACH), start)):
        return None  # a byline or date above: the story's title block stands above, the line is the story's
    return start


def _own_signed(items: Sequence[Evidence], texts: Sequence[str], index: int, among: set[int]) -> bool:
    """A byline, a date or a bare name that is no photo's credit signs the line within SIGNED_UNDER lines
    under it, no other candidate (`among`) between. The signing line may be a candidate itself when it is
    named a byline or date or names a year or a time of day (`_DATED`): a byline with its date and time ("Jane
    Doe - Nov 19, 2019, 10:31 pm CST") is title-cased and a number completes it (`numbered_title`), and it
    signs the title over it all the same; a candidate that only looks like a bare name may be a title."""
    for j in range(index + 1, min(index + 1 + SIGNED_UNDER, len(items))):
        if _signs(items, texts, j) and (j not in among or _signature(items, j) or _DATED.search(texts[j])):
            return True
        if j in among:
            return False
    return False


def _titles_back(
    items: Sequence[Evidence], texts: Sequence[str], start: int, candidates: list[int], vocabulary: frozenset[str]
) -> tuple[list[int], set[int]]:
    """The candidates, and the lines a filter alone dropped (`filtered_titles`: a field's value under its
    label, a line past the window, a title of a loose shape) whose own evidence says title: it speaks of the
    body's things (OWN_TITLE of its content words are the body's, a kicker's label glued in front of it left
    out: `without_label`), it is no name, and its own byline or date signs it (`_own_signed`) or, within the
    window, a field's value or a line with a kicker's label glued in front is the one title over the story
    (`_nearest_title`). A field's value comes back only when
    no candidate that speaks of the body's things stands right above its label (a label under the title names
    the title's field: "Filed under:", its category, then the date; a label under a teaser list heads the
    title: "Opinion:"). Nearest the body first, as `headline_candidates` gives them; and, apart, those that
    came back from past the window."""
    among = set(candidates)
    back: set[int] = set()
    far: set[int] = set()
    for index, past in filtered_titles(items, texts, start):
        if max(overlap(texts[index], vocabulary), overlap(without_label(texts[index]), vocabulary)) < OWN_TITLE or byline_like(items, texts, index):
            continue  # a kicker's label glued in front ("Video: ") says nothing of the story: a short title's words are weighed without it
        if field_value(items, texts, index) and index - 2 in among and overlap(texts[index - 2], vocabulary) >= OWN_TITLE:
            continue
        labelled = field_value(items, texts, index) or without_label(texts[index]) != texts[index]
        if _own_signed(items, texts, index, among) or (labelled and not past and _nearest_title(items, texts, index, start, among | back, vocabulary)):
            back.add(index)
            if past:
                far.add(index)
    return sorted(among | back, reverse=True), far


def _nearest_title(
    items: Sequence[Evidence], texts: Sequence[str], index: int, start: int, among: set[int], vocabulary: frozenset[str]
) -> bool:
    """True when the line (a title under a kicker's label, or with one glued in front) is the one title over the
    story: no title-shaped line or other candidate right under it (a field's value over the title, "Filed
    under:" and its category; on pages, a caption or standfirst right under a title so hidden keeps it out: a
    field's value over the title looks the same) and no other candidate (`among`) from BYLINE_REACH lines above it down to the body's `start` may
    be the title (written as a title: no full stop, no sentence break, no photo's credit under it; speaking of
    the body's things, OWN_TITLE of its content words). A standfirst written as sentences, a byline or a photo's
    caption may stand between it and the story; a related story's line under the title's byline, or a
    category above the title, is no such line."""
    def may_title(i: int) -> bool:
        return (
            i in among and not items[i].full_stop and not items[i].sentence_break and overlap(texts[i], vocabulary) >= OWN_TITLE
            and not (i + 1 < len(items) and _photo_credit(items, texts, i + 1))
        )

    if index + 1 < start and (items[index + 1].title_shape or index + 1 in among):
        return False
    return not any(may_title(i) for i in range(max(0, index - BYLINE_REACH), start) if i != index)


def _bylined(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """A line that signs a title as its own: a byline or a bare name, or a date naming a year or a time of day
    (`_DATED`), not a reading time ("9 min read" signs a photo's caption over it as much as a title); not a
    photo's credit (`_photo_credit`)."""
    return (
        byline_like(items, texts, index) and (items[index].furniture != "date" or bool(_DATED.search(texts[index])))
        and not _photo_credit(items, texts, index)
    )


def _past_window(
    items: Sequence[Evidence], texts: Sequence[str], candidates: list[int], far: set[int], vocabulary: frozenset[str]
) -> list[int]:
    """The candidates less, when a signed title came back from past the window (`_titles_back`) and no
    candidate within the window may be the title too (speaking of the body's things with a byline, a dated line or
    a bare name within PAST_SIGNED lines under it, whatever stands between: `_bylined`, so a photo's caption
    over a reading time is none), the lines within the window no
    byline of their own signs (`_own_signed`): the title's captions, image texts and standfirst, as
    `_without_captions` drops them under a title nearer the story. (With such a candidate, the lines from
    past the window go: a title within it keeps its page.)"""
    if not far.intersection(candidates):
        return candidates
    among = set(candidates)
    if any(
        overlap(texts[i], vocabulary) >= OWN_TITLE and any(_bylined(items, texts, j) for j in range(i + 1, min(i + 1 + PAST_SIGNED, len(items))))
        for i in candidates if i not in far
    ):
        return [i for i in candidates if i not in far]
    return [i for i in candidates if i in far or _own_signed(items, texts, i, among)]


STANDFIRST_SPAN = 6
"""How many lines under a title its standfirst may stand (`_without_standfirsts`): past a photo's credit, its
caption, a kicker's label."""
STANDFIRST_WORDS = 12
"""How many words a standfirst has at least (`_without_standfirsts`): a headline written as a sentence is
mostly shorter."""


def _without_standfirsts(
    items: Sequence[Evidence], texts: Sequence[str], candidates: list[int], vocabulary: frozenset[str], named: frozenset[str] = frozenset()
) -> list[int]:
    """The candidates less the standfirsts: a line of STANDFIRST_WORDS words or more written as sentences (in
    sentence case, ending in a full stop or holding a sentence break, "The minister resigned. Her party ...")
    within STANDFIRST_SPAN lines under a shorter candidate written as a title (no full stop, no sentence break)
    that speaks of the body's things (OWN_TITLE of its content words are the body's, those the body `named`
    counting double, `named_overlap`: "The Example view on Harwick: ..." names the body's town, and the
    summary under it, nearer the date, took its place on the headline stress), is no byline and stands
    alone in its block (no candidate written as a title right above or under it: a menu's entries stand in a
    run, and one may share the body's words by chance). A headline may be written as a sentence
    (`_titled_sentence`), but under the story's own unpunctuated title such a line is its summary; standing
    nearer the byline or the story, it took the title's place (3 of the 18 headline-stress misses)."""
    among = set(candidates)

    def written(index: int) -> bool:  # as sentences: in sentence case, a full stop at its end or a sentence break in it
        item = items[index]
        return (item.full_stop or item.sentence_break) and item.capitals < TITLE_CASE

    def titled(index: int) -> bool:  # a title alone in its block: no other title-written candidate right above or under it
        return (
            not items[index].full_stop and not items[index].sentence_break and named_overlap(texts[index], vocabulary, named) >= OWN_TITLE
            and not byline_like(items, texts, index)
            and not any(j in among and not written(j) for j in (index - 1, index + 1))
        )

    dropped = {
        index for index in candidates
        if written(index) and items[index].words >= STANDFIRST_WORDS
        and any(index - STANDFIRST_SPAN <= above < index and items[above].words < items[index].words and titled(above) for above in candidates)
    }
    return [i for i in candidates if i not in dropped]


BYLINE_TITLE_WORDS = 5
"""How many words the title has at least (`_between_title_and_byline`), as the ranking's length feature counts:
a site's name, a menu's entry or a kicker's label shares the body's words by chance."""
BYLINE_REACH = 12
"""How many lines above a byline or date the title it signs may stand (`_between_title_and_byline`): past its
photo, its credit, a standfirst, a kicker's label, a share row."""


def _dated_under(items: Sequence[Evidence], texts: Sequence[str], index: int, among: set[int]) -> bool:
    """A byline or date (`_signature`) stands within SIGNED_UNDER lines under the line, no candidate (`among`) between."""
    for j in range(index + 1, min(index + 1 + SIGNED_UNDER, len(items))):
        if j in among:
            return False
        if _signature(items, j):
            return True
    return False


def _between_title_and_byline(
    items: Sequence[Evidence], texts: Sequence[str], candidates: list[int], vocabulary: frozenset[str]
) -> set[int]:
    """The candidates standing between the story's title and the byline or date (`_signature`) under it that
    are not the headline: another story's line, a teaser set between them. The title is the candidate within
    BYLINE_REACH lines above the byline that speaks most of the body's things (OWN_TITLE of its content words
    or more), written as a title (no full stop, no sentence break), BYLINE_TITLE_WORDS words or more, no
    byline, and alone in its block (no candidate right above or under it: a menu's entries stand in a run).
    A line under it goes when it shares fewer of the body's words, has fewer words, does not stand right
    under it (a title under its kicker's label, a sub-headline) and no byline or date of its own signs it
    (`_dated_under`: a short title over its date keeps it, whatever longer line of the page stands above).
    The ranking gives the byline to the nearest line above it, so such a line took the title's place (6 of
    the headline stress's 18 misses in round 23). The lines stay candidates to the others' features."""
    among = set(candidates)
    share = {i: overlap(texts[i], vocabulary) for i in candidates}
    titled = [
        i for i in candidates
        if not items[i].full_stop and not items[i].sentence_break and not byline_like(items, texts, i)
        and items[i].words >= BYLINE_TITLE_WORDS and share[i] >= OWN_TITLE and not among.intersection((i - 1, i + 1))
    ]
    dropped: set[int] = set()
    if not titled:
        return dropped
    for sign in range(min(among), len(items)):
        if not _signature(items, sign):
            continue
        above = [i for i in titled if sign - BYLINE_REACH <= i < sign]
        if not above:
            continue
        title = max(above, key=lambda i: (share[i], -i))
        dropped.update(
            i for i in candidates
            if title + 1 < i < sign and share[i] < share[title] and items[i].words < items[title].words
            and not _dated_under(items, texts, i, among)
        )
    return dropped


PLAYER_UNDER = 4
"""How many lines under the title's byline or date a video player's line may stand (`_video_titles`): past a
share row, a close button."""


def _video_titles(items: Sequence[Evidence], texts: Sequence[str], candidates: list[int], vocabulary: frozenset[str]) -> set[int]:
    """The candidates right under a video or audio player's line (`_PLAYER`: "Video", "Watch", "Now playing")
    that stands within PLAYER_UNDER lines under a byline or date (`_signature`) signing a candidate above it
    that speaks of the body's things (OWN_TITLE of its content words): the title of the video set in the
    story's head, not its headline (a video's title under the byline won on a tune page and twice on the
    headline stress). A title under a "Video" label with no byline above the label stays."""
    dropped: set[int] = set()
    for index in candidates:
        if index < 1 or not _PLAYER.fullmatch(texts[index - 1]):
            continue
        signs = [j for j in range(max(0, index - 1 - PLAYER_UNDER), index - 1) if _signature(items, j)]
        if signs and any(i < signs[0] and overlap(texts[i], vocabulary) >= OWN_TITLE for i in candidates):
            dropped.add(index)
    return dropped


PAST_SIGNED = 3
"""How many lines under a candidate within the window a byline or date may stand for it to keep the page from
a title past the window (`_past_window`): a standfirst or a teaser between a title and its byline."""


BARE_TITLE_LINES = 15
"""How many lines of furniture (bylines, dates, share buttons, credits) between the body and a title
no candidate's shape fits may stand (`_bare_title`)."""


def _bare_title(items: Sequence[Evidence], texts: Sequence[str], start: int) -> int | None:
    """When no line near the body is shaped like a title (`headline_candidates`): the first line
    above the body past its block of furniture, bylines and dates (BARE_TITLE_LINES lines at most),
    when it may still be a title, short ("Tax Day", "BUDGET") or too numbered for the shape: a line
    with letters that is no paragraph of prose, no line the page shows twice (a menu's entry) and
    none a menu stands under (`menu_below`), not opening in lower case. A page whose title is only
    such a line had no headline at all; else there is none still."""
    for index in range(start - 1, max(-1, start - 2 - BARE_TITLE_LINES), -1):
        item = items[index]
        if item.junk or byline_like(items, texts, index):
            continue
        fits = (
            item.words >= 1 and not item.prose and item.repeats == 1 and item.chars <= 300
            and not menu_below(items, texts, index) and not LOWER_WORD_START.match(texts[index]) and item.first not in "([@#"
        )
        return index if fits else None
    return None


def _extracted_region(items: Sequence[Evidence], probabilities: Sequence[float], first: int, texts: Sequence[str]) -> tuple[int, int]:
    """The body of text an HTML extractor already chose: all of it, less the furniture at its
    edges and whatever follows a section that ends an article. At its end the trimming stops at a
    paragraph of the story's own prose (`_topical_prose`) however the model doubts it: prose between
    code blocks or tables has no prose for neighbours, as furniture has not. A crosshead worded like a
    comment section's heading ("Response", "Reactions") with the story's prose right under it
    (`_crosshead_bridge`, as on copied text) does not end it."""
    start, end = first, len(items) - 1
    while start <= end and (items[start].junk or probabilities[start] < KEEP_INSIDE):
        start += 1
    while end >= start and (
        items[end].junk or (probabilities[end] < KEEP_INSIDE and not _topical_prose(items, texts, end, start, end))
    ):
        end -= 1
    if end < start:
        return start, end
    return start, _extracted_end(items, texts, start, end)


def _extracted_end(items: Sequence[Evidence], texts: Sequence[str], start: int, end: int) -> int:
    """Where the story ends in an extractor's text `start`..`end`: before a section that ends an article
    (`section_end`), unless that section's heading is a crosshead worded like a comment section's
    ("Response", "Reactions") with the story's prose right under it (`_crosshead_bridge`, as on copied text)."""
    stop = section_end(items, start, end, texts)
    while stop < end and (bridged := _crosshead_bridge(items, texts, start, stop)) is not None and bridged > stop:
        stop = section_end(items, bridged, end, texts)
    return stop


def _closing_appeal(items: Sequence[Marks], first: int) -> dict[int, str]:
    """An appeal that closes a text (from its first paragraph in the second half, with the
    salutation or heading just above it, through the buttons below it), cut as `finder/appeal`,
    when nothing but short lines and more appeal follows it."""
    count = len(items)
    start = next((i for i in range(max(first, count // 2), count) if items[i].appeal), None)
    if start is None:
        return {}
    if not all(items[i].appeal or items[i].junk or items[i].words <= 8 for i in range(start, count)):
        return {}
    while start - 1 >= first and items[start - 1].words <= 8 and not items[start - 1].sentence:
        start -= 1
    return {i: "finder/appeal" for i in range(start, count)}


def _stated(item: Evidence) -> bool:
    """A line that says something without reading as prose by its common words: eight words or
    more, or a sentence of four or more ("Acme Corp paid its chief executive £3m.", the whole body
    of a short note), and no furniture or promotion."""
    return not item.junk and not item.promo and (item.words >= 8 or (item.sentence and item.words >= 4))


def _signed_sentence(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """A title written as one short sentence (a full stop at its end, no sentence break, three words or more and
    fewer than STANDFIRST_WORDS) that a byline signs right under it (`_unfurnished`): under a one-word label a
    title ending in a full stop was passed over, and the label taken for the headline."""
    item = items[index]
    return (
        item.full_stop and not item.sentence_break and 3 <= item.words < STANDFIRST_WORDS
        and index + 1 < len(items) and byline_like(items, texts, index + 1)
        and not _NAME_AND_AGE.search(texts[index + 1])  # "Ann Roe, 52": a list of people under the sentence, no byline
    )


_REPORTED = re.compile(r"(?i)\b(?:said|says|told|according\s+to)\b")
"""Reported speech: a story's sentence, no photo's caption, even right above a credit line."""
_NAME_AND_AGE = re.compile(r",\s*\d{1,3}\s*$")


def _unfurnished(items: PageEvidence, texts: Sequence[str]) -> Finding:
    """An article file, or a page with hardly any furniture: everything is kept but a closing
    appeal; the headline is the first line, unless that is furniture, a one- or two-word label
    ("World", a repost notice) or a later line shown again with the site's name or a trail ("The
    title | Example News", `contains_other`), and a title-shaped line that prose follows comes
    next, itself no line shown again that way (or a short title a score or a number completes, "Rovers 2-1 United", or a
    short sentence a byline signs right under it, `_signed_sentence`; a byline or a bare
    name is no title; a line with a sentence break in it is one only above a byline; a line under a
    paragraph of prose is a sub-heading, not the title: "Cuts", the story's first paragraph, "What
    Happens Next" keeps everything from "Cuts"; and when that line opens a run of other stories'
    headlines, the run's line that is the story's title, `_run_title`); lines above
    the headline are cut, and so is a byline glued to the headline's line (or, under a headline
    found below the first line, the byline and date lines under it)."""
    if not any(item.prose or item.listing or _stated(item) for item in items):
        return Finding(None, (), {i: _reason(item, "no-article") for i, item in enumerate(items)})
    if len(items) < 2:
        return Finding(None, tuple(range(len(items))), {})
    folded = items.folded  # each line's `fold`, read with its marks
    headline = 0
    if items[0].junk or items[0].words <= 2 or items[0].chars > 300 or contains_other(texts, 0, folded):
        # a title may hold a slogan's full stop ("Town says 'Vote. Now.' and ..."), but a line of
        # sentences is the story's first paragraph unless a byline stands under it
        headline = next(
            (
                index
                for index in range(1, min(4, len(items) - 1))
                if (items[index].title_shape or numbered_title(items[index], texts[index]) or _signed_sentence(items, texts, index))
                and not byline_like(items, texts, index)
                and not contains_other(texts, index, folded)
                and (not items[index].sentence_break or byline_like(items, texts, index + 1))
                and any(other.prose for other in items[index + 1 : index + 7])
                and not any(other.prose and not other.junk and not other.title_shape for other in items[1:index])
            ),
            0,
        )
    if _headed(items[headline], texts[headline]) and (title := _run_title(items, texts, headline, len(items) - 1)) is not None:
        headline = title  # other stories' headlines listed above the title
    cut = {index: _reason(items[index], "before-article") for index in range(headline)}
    if headline > 0:  # under a title found below a banner, its byline and date are page furniture too
        below = headline + 1
        while below < len(items) - 1 and not items[below].prose and byline_like(items, texts, below):
            cut[below] = _reason(items[below], "byline")
            below += 1
    else:
        cut.update(_signature_under_first_line(items, texts))
    cut.update(_closing_appeal(items.marks, headline + 1))  # the marks say where an appeal is: no other line's evidence is read
    body = tuple(index for index in range(headline + 1, len(items)) if index not in cut)
    return Finding(headline, body, cut, glued_byline(texts[headline]))


def _signature_under_first_line(items: Sequence[Evidence], texts: Sequence[str]) -> dict[int, str]:
    """An article file's byline and date lines right under its first line, the headline ("Headline", "By Test
    Writer", "12 March 2024"), with their reasons: the page's metadata, not the story's first paragraphs (the
    date is then read as when it was written, `page_facts.stated_date`). Only lines the marks name a byline
    or a date that sign it (`furniture.signature_line`: a byline names a person, "By Friday, the deal was done." is the
    story's), no prose, with prose still to come: a bare name under a title may be the story's first line."""
    cut: dict[int, str] = {}
    below = 1
    while below < len(items) - 1 and not items[below].prose and items[below].furniture in ("byline", "date") and signature_line(texts[below]):
        cut[below] = _reason(items[below], "byline")
        below += 1
    return cut if any(item.prose for item in items[below:]) else {}


EXTRACTED_FURNITURE = frozenset({"share", "ad", "credit", "image"})
"""The named furniture an extractor's body loses wherever it stands: share and follow buttons, an advert's
label, a photo's credit. (A date or a time in it may head a live blog's entry; a "Search ..." line may be a
subheading.)"""


def _extracted_furniture(
    items: Sequence[Evidence], texts: Sequence[str], body: Sequence[int], headline: int | None = None
) -> dict[int, str]:
    """What an HTML extractor kept in the `body` it chose that the copied path cuts as furniture wherever it
    stands, with its reason: a section that ends an article and all under it (`section_end`: "You may also
    like", then other stories' headlines), a button, an advert's label or a photo's credit
    (`EXTRACTED_FURNITURE`), an appeal, a teaser (a line in capitals of TEASER_WORDS words or more that is
    no sentence, or another story's headline with its "Read more" tail or under a "Related:" label), a
    caption (over a credit line, or ending with its credit), a promotion that tells the reader what to do
    (`reader_prompt`, PROMO_WORDS at most) or stands next to other furniture, and at the end any named
    furniture (a date, a source) and the notes closing the page (`_closing_notes`); and the `headline`'s
    words printed again in it (`fold`: "Weed Use Is Rising" under "Weed use is rising"). The body's lines
    are read as the extractor gave them, one after another."""
    lines = [items[i] for i in body]
    said = [texts[i] for i in body]
    if not lines:
        return {}
    end = _extracted_end(lines, said, 0, len(lines) - 1)
    found = {k: _reason(lines[k], "after-article") for k in range(end + 1, len(lines))}
    title = fold(texts[headline]) if headline is not None else None
    for k in range(end + 1):
        item, text = lines[k], said[k]
        if title and item.folded == title:
            found[k] = "finder/headline-again"
        elif item.appeal or item.furniture in EXTRACTED_FURNITURE:
            found[k] = _reason(item, "inside-article")
        elif not item.sentence and (
            (item.upper >= TEASER_UPPER and item.words >= TEASER_WORDS) or read_more_tail(text) or label_teaser(text)
        ):
            found[k] = "finder/teaser"
        elif k > 0 and ((_is_caption(lines, k) and not _REPORTED.search(text)) or (item.credit_tail and item.words <= CAPTION_WORDS)):
            found[k] = "finder/caption"  # (but "The bridge will cost £45m, the council said." over a credit is the story's)
        elif item.promo and item.words <= PROMO_WORDS and not _LIST_ITEM.match(text) and (
            reader_prompt(text) or _is_promotion(lines, k, lead=False)
        ):
            found[k] = "finder/promotion"
    kept = [k for k in range(len(lines)) if k not in found]
    while len(kept) > 1:
        last = kept[-1]
        if lines[last].junk and lines[last].furniture != "repost":
            # named furniture at the body's end ("Updated at 1:23 p.m.", "Source: ..."); a note of where the
            # story first ran ("Originally published on ...") is the story's own credit
            found[last] = _reason(lines[last], "after-article")
            kept.pop()
            continue
        note = _closing_notes([lines[k] for k in kept], [said[k] for k in kept])
        if note == len(kept):
            break
        found.update({k: "finder/note" for k in kept[note:]})
        kept = kept[:note]
    return {body[k]: reason for k, reason in found.items()}


_LIST_ITEM = re.compile(r"\s*(?:[-–•*]|\d{1,2}[.)])\s")
"""A list's item as an extractor writes it ("- Sign up for the bundle with your account's email", "2. Tap
Settings"): a step or an entry of the story's own list, whatever its wording."""


def _closing_notes(items: Sequence[Evidence], texts: Sequence[str]) -> int:
    """Where the notes closing an extractor's body begin (`len(items)` when there are none): its last
    NOTE_TAIL + 1 paragraphs at most, every one of them with the marks of a note closing the page
    (`furniture.closing_note`: the outlet addressing its reader, an address to write to, an author's
    bio, a credit line; no quoted post or its signature) and speaking of none of the story's things
    (`_off_story`). Stricter than the copied path's `_closing_note`, which lets other short paragraphs
    follow a note: under an extractor's note ("We've collected our favourite posts for you:") the story
    may go on."""
    last = len(items) - 1
    for first in range(max(1, last - NOTE_TAIL), last + 1):
        if all(closing_note(texts[k]) and _off_story(items, texts, 0, first, k) for k in range(first, last + 1)):
            return first
    return len(items)


def _less_extracted_furniture(items: Sequence[Evidence], texts: Sequence[str], finding: Finding) -> Finding:
    """The finding with the furniture an HTML extractor kept in its body cut too (`_extracted_furniture`),
    unless that would leave no body at all: then the extractor's text is no article with furniture in it."""
    cut = _extracted_furniture(items, texts, finding.body, finding.headline)
    if not cut or len(cut) == len(finding.body):
        return finding
    body = tuple(i for i in finding.body if i not in cut)
    return Finding(finding.headline, body, {**finding.cut, **cut}, finding.headline_end, finding.standfirst if finding.standfirst in body else None)


STANDFIRST_LEAST = 8
STANDFIRST_MOST = 60
"""How many words a standfirst under the headline has (`_standfirst_under`): a summary of one to a few
sentences ("The home-improvement retailer earned $2.8 billion in the third quarter.")."""
_SIGNATURES = frozenset({"byline", "date"})


def _standfirst_under(
    items: Sequence[Evidence], texts: Sequence[str], headline: int | None, body: Sequence[int], cut: dict[int, str]
) -> int | None:
    """The body's first paragraph when it is the standfirst, the summary a page sets between the headline and
    the story's signature: right under the headline, prose of STANDFIRST_LEAST to STANDFIRST_MOST words (no
    byline, date, promotion or note), over a stretch of cut furniture that holds a byline or a date before
    the story's next paragraph ("The title", "A summary of the story.", "By Jane Doe", "Nov. 18, 2019", the
    story). A text with nothing between its first paragraphs (an article file, a BBC story) has none, and
    neither has a paragraph with a photo's credit right under it (`_photo_credit`: "(Jane Doe / Reuters)",
    "Photo: Jane Doe", "Getty Images"): that is the photo's caption, whatever byline or date signs below."""
    if headline is None or len(body) < 2 or body[0] != headline + 1:
        return None
    first, item = body[0], items[body[0]]
    if not (item.prose and STANDFIRST_LEAST <= item.words <= STANDFIRST_MOST) or item.furniture or item.promo or item.embed:
        return None
    if closing_marks(texts[first]) or signature_line(texts[first]):
        return None
    between = range(first + 1, body[1])
    if _photo_credit(items, texts, first + 1) and not items[first + 1].prose:
        return None  # a caption over its credit
    signed = any(items[k].furniture in _SIGNATURES or cut.get(k) in ("finder/byline", "finder/date") for k in between)
    return first if signed else None


def find_article(
    texts: Sequence[str],
    *,
    title: str | None = None,
    credit: re.Pattern[str] | None = None,
    extracted: bool = False,
) -> Finding:
    """Headline, body paragraphs and the reason each other paragraph is cut, for a page given as
    its paragraphs. `title`, when known (an HTML page's), names the headline; `credit` recognizes
    a caption that ends with its photo credit, which segmentation takes apart; `extracted` says
    an HTML extractor already chose the text, so only its edges are trimmed."""
    if not texts:
        return Finding(None, (), {})
    page = PageEvidence(texts)  # each line's marks now, its whole evidence when first asked for
    if not furnished(page.marks):
        found = _unfurnished(page, texts)
        return _less_extracted_furniture(page, texts, found) if extracted else found
    items = list(page)
    model = shipped()["block"]
    probabilities = [model.probability(row) for row in block_features(items, texts)]
    if extracted:
        first = 1 if title and len(texts) > 1 and fold(texts[0]) == fold(title) else 0
        start, end = _extracted_region(items, probabilities, first, texts)
    else:
        start, end = body_region(items, probabilities, texts)
    if end < start:
        return Finding(None, (), {i: _reason(items[i], "no-article") for i in range(len(texts))})
    headline = _headline(items, texts, start, title, end)
    if headline is not None and headline >= start:
        start = headline + 1
        end = min(max(end, start), len(texts) - 1)
    cut: dict[int, str] = {}
    lead_from = headline + 1 if headline is not None else start
    for index in range(0, lead_from):
        if index != headline:
            cut[index] = _reason(items[index], "before-article")
    for index in range(lead_from, start):
        item = items[index]
        found = credit.search(texts[index]) if credit is not None else None
        if found and found.start("credit") > 0:
            continue  # a caption ending with its credit: segmentation takes it apart
        if _is_caption(items, index, lead=True):
            cut[index] = "finder/caption"
        elif not item.prose or item.junk or (probabilities[index] < LEAD_KEEP and index > lead_from):
            cut[index] = _reason(item, "before-article")
        elif _is_promotion(items, index, lead=True):
            cut[index] = "finder/promotion"
    doubted = not extracted and all(p <= THRESHOLD for p in probabilities)  # the body is a fallback's run of plain prose
    box: str | None = None  # a section heading inside the story and the links listed under it
    last = max((i for i in range(start, end + 1) if items[i].prose), default=end)
    boxed = _box_lines(items, texts, start, end) if not extracted else set()
    for index in range(start, end + 1):
        item = items[index]
        if item.end:
            box = item.end
        elif item.prose:
            box = None
        if item.junk or (
            probabilities[index] < KEEP_INSIDE and not extracted and not _held_prose(items, index, start, end)
            and not _topical_prose(items, texts, index, start, end) and not (doubted and item.prose and item.sentence)
        ):
            cut[index] = _reason(item, "inside-article")
        elif box is not None:
            cut[index] = f"finder/{box}"
        elif (_is_caption(items, index) and index < last) or (item.credit_tail and index > start):
            # the story's last paragraph above an agency's name ("Reuters") is signed, not a caption
            cut[index] = "finder/caption"
        elif _is_promotion(items, index, lead=False):
            cut[index] = "finder/promotion"
        elif index in boxed and not item.prose:
            cut[index] = _reason(item, "box")
        elif index in boxed and item.promo:
            cut[index] = "finder/promotion"
        elif not extracted and not item.sentence and (
            _PLAYER.fullmatch(texts[index]) or (index > 0 and item.words <= BOX_PROSE and _PLAYER.fullmatch(texts[index - 1]))
        ):
            cut[index] = "finder/player"  # a player's line, or the video's title under it
        elif not extracted and not item.sentence and (
            (item.upper >= TEASER_UPPER and item.words >= TEASER_WORDS) or read_more_tail(texts[index])
        ):
            cut[index] = "finder/teaser"
    for index in range(end + 1, len(texts)):
        cut[index] = _reason(items[index], "after-article")
    body = tuple(i for i in range(len(texts)) if i not in cut and i != headline)
    glued = None
    if headline is not None and not (title and fold(texts[headline]) == fold(title)):
        glued = glued_byline(texts[headline])
    standfirst = None if extracted else _standfirst_under(items, texts, headline, body, cut)
    found = Finding(headline, body, cut, glued, standfirst)
    return _less_extracted_furniture(items, texts, found) if extracted else found
