"""Rebuild the article finder's models (src/helpers/resources/finder_model.json) from the `tune`
half of webbench (pages whose id starts with 0-7; see benchmarks/extraction.py).

Each page's paragraphs (what the outlet and generic rules leave) are labelled from the page's
hand-made article body: a paragraph of six words or more is article when half its word 4-grams
are in the body; a shorter one when its words are in the body and a neighbouring long paragraph
is article. The headline label is the line that equals the page's <h1>, og:title or <title>.
Training is deterministic (Newton's method from zero weights, pages in id order), so the
shipped file is exactly what this script writes; tests/test_finder.py checks that.

    .venv/bin/python tools/train_finder.py            # writes the JSON
    .venv/bin/python tools/train_finder.py --check    # exit 1 if the shipped JSON differs
    .venv/bin/python tools/train_finder.py --cv       # 8-fold cross-validation over the tune half
    .venv/bin/python tools/train_finder.py --stress   # the same, with a box put inside each story
    .venv/bin/python tools/train_finder.py --opening-stress   # ... or under its first paragraph
    .venv/bin/python tools/train_finder.py --headline-stress   # headlines, with lines put under the title
    .venv/bin/python tools/train_finder.py --bbc-stress   # BBC stories in the tune pages' furniture
    .venv/bin/python tools/train_finder.py --kinds   # headlines by kind of furniture around the title
    .venv/bin/python tools/train_finder.py --lead-stress   # headlines over a block of furniture
    .venv/bin/python tools/train_finder.py --copy-stress   # empty bodies when the copy is wrapped, on one line ...
    .venv/bin/python tools/train_finder.py --inside-stress   # the story kept past furniture between its paragraphs
    .venv/bin/python tools/train_finder.py --short-stress   # short stories on crowded pages
    .venv/bin/python tools/train_finder.py --far-title-stress   # the title 6-25 lines of furniture above its story
    .venv/bin/python tools/train_finder.py --filter-stress   # the title where a candidate filter drops it
    .venv/bin/python tools/train_finder.py --under-stress   # a shorter line under the title, or longer titles above it

The cross-validation holds out the tune pages whose id starts with one digit (0 to 7) at a time,
builds both models from the other seven, and scores the held-out pages as the benchmark does
(body P/R/F1 over all 52 pages together, headline right): the number to decide a change by,
since the test half (ids 8-f) is only measured. The stress run asks what the tune pages rarely
show: a story interrupted in its middle by a long box. Into each tune page's body (between its
middle paragraphs) it puts a run of four, eight or twelve lines that another tune page holds
outside its article (menus, share rows, related links; never a comment section or an appeal),
three times per page, chosen by a fixed seed, and prints the share of the body's words the
finder keeps, with and without the box (models from the cross-validation's folds); the opening
stress run puts the box under the story's first paragraph of twelve words or more instead (an
advertisement, a video or a "Trending" list after the lede). The headline
stress run does the same for the title: between each tune page's title and its story it puts
other tune pages' lead lines (standfirsts, captions, bylines, teasers with their summaries) or the
story's own first sentence as a standfirst, and counts how often the title still wins. The BBC
stress run asks about text no model has seen: it puts BBC articles (headline = first line) in
place of each tune page's title and story, keeping the page's menus, bylines, dates, share rows
and footer, and counts headlines right and the story's words kept (models from the folds; the
furniture is the held-out fold's). The kinds run asks which furniture around a title costs the
headline: on each tune page, and on a BBC and a PolNeAR story put in its place, it puts one kind
at a time around the title (a section label above it, bylines under it, a breadcrumb, the title
shown again with a site's name, the title recased, a list of other stories' headlines above it,
a standfirst, or three of these at once) and counts headlines right by kind and by source; a
change should hold on every kind, not gain on one. The lead stress run (`--lead-stress`) asks what
stands between many titles and their stories: a block of two to six pieces of furniture, each kind
invented data (`LEAD_FURNITURE`: a byline or a date always, share rows, an audio player's line, a
photo's caption naming what the story names with its credit, a standfirst from the story's later
sentences, an advert's label, tags), in a seeded order, put right under the title or right above the
story of each tune page, and above each BBC story in a tune page's frame; it counts headlines right.
The copy stress run (`--copy-stress`) asks whether a story comes back at all when the copy has another
shape (`COPY_TRANSFORMS`: hard-wrapped lines with or without blank lines, no blank lines, the story on
one line, CRLF and non-breaking spaces, bullets or numbers, a sentence per line or per paragraph, Q&A
lines, menus longer than the story): the raw text goes through `segment` as a user's would, on the tune
pages (fold models) and on BBC and PolNeAR `dev` texts, and it counts empty bodies and the story's
recall; and tune pages with only their furniture left should give no article. The inside stress run
(`--inside-stress`) puts invented furniture between a story's paragraphs (`INSIDE_FURNITURE`: a "Read
more" teaser, a caption and credit or a credit alone, an advert's label, a newsletter box, an embedded
post, a pull quote, a crosshead, a player's lines; one kind at a time, one or two pieces at seeded
places) on the tune pages and on BBC stories in their frames, and counts the story's words kept and the
furniture's words kept, by kind. The short stress run (`--short-stress`) asks whether a short story
comes back on a crowded page: each tune page's story, and BBC and PolNeAR `dev` texts in a tune page's
furniture (the page's title line given the text's headline), cut to its first 1, 2 or 3 paragraphs
(40-120 words, cut at a sentence), all the page's furniture kept, with or without invented teaser items
(a title, a byline, a date, half the time a one-sentence summary) above and under it; through `segment`,
it counts empty bodies, recall, precision and headlines right by length; and tune pages holding only
their furniture and teaser items should give no article.
The far-title stress run (`--far-title-stress`) puts the title far above its story: 6 to 25 lines of
furniture under it (`far_block`: a byline and a date, then share rows, captions and credits, reading
times, tags, an image's text, a newsletter box, a standfirst), with teaser headlines under a label
("Trending") above it, on the tune pages and on BBC and PolNeAR `dev` stories in a tune page's frame;
it counts headlines right.
The under stress run (`--under-stress`) asks about a title-shaped line right next to the title: a shorter
line on the story's subject right under a long title (`under`: the first words of the story's first long
paragraph, title-cased, as a sub-headline or a related story's line), and two or three other tune pages'
longer titles right above it (`over`: a teaser list with no summaries); by the fold models, it counts
headlines right by kind. A feature for a shorter line under a longer title-shaped one would win `under`
and may cost `over`: both are counted.

Every run but the plain rebuild and `--check` reads the eight fold models; each is kept after it is built
in `FOLD_CACHE` (the system's temporary folder, never shipped) under a hash of what it is built from (the
package's files, this script, the benchmark's reader and webbench's files), so a run after any change to
those rebuilds them and a run after none reads them back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path

from helpers import config
from helpers.clean import page_blocks
from helpers.finder import body_region
from helpers.finder_model import (
    BLOCK_NAMES, HEADLINE_NAMES, Logistic, block_features, body_vocabulary, byline_like, fit, fit_bagged_ranking, headline_candidates,
    headline_rows,
)
from helpers.furniture import evidence, fold, glued_byline

WEBBENCH = config.PROJECT_ROOT.parent / "shared" / "corpora" / "webbench"
TARGET = config.PACKAGE_DIR / "resources" / "finder_model.json"
TUNE_PREFIXES = tuple("01234567")
_TOKEN = re.compile(r"\w+")
L2 = 1.0
HEADLINE_L2 = 1.0
FOLD_CACHE = Path(tempfile.gettempdir()) / "articlelab-finder-folds"


def tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)]


def block_labels(texts: list[str], body: str) -> list[int]:
    """1 for a paragraph of the article body, 0 for the rest of the page."""
    body_tokens = tokens(body)
    grams = {tuple(body_tokens[i : i + 4]) for i in range(len(body_tokens) - 3)}
    joined = " " + " ".join(body_tokens) + " "
    long = []
    for text in texts:
        words = tokens(text)
        if len(words) < 6:
            long.append(None)
            continue
        own = [tuple(words[i : i + 4]) for i in range(len(words) - 3)]
        long.append(int(sum(1 for g in own if g in grams) * 2 >= len(own)))
    labels = []
    for index, text in enumerate(texts):
        if long[index] is not None:
            labels.append(long[index])
            continue
        words = tokens(text)
        near = [long[i] for i in range(max(0, index - 2), min(len(texts), index + 3)) if long[i] is not None]
        labels.append(int(bool(words) and f" {' '.join(words)} " in joined and any(near)))
    return labels


def is_title(text: str, folded: str, titles: set[str]) -> bool:
    """The line is the page's title, or is once the byline glued to its end is split off (as the
    finder does: "The title Jane Doe @janedoe / 2 days")."""
    from extraction import fold as title_fold

    glued = glued_byline(text)
    return folded in titles or (glued is not None and title_fold(text[:glued]) in titles)


def page_texts(text: str) -> list[str]:
    _, blocks, _, cut = page_blocks(text)
    return [block.text for index, block in enumerate(blocks) if index not in cut]


def tune_pages(prefixes: tuple[str, ...] = TUNE_PREFIXES) -> list[tuple[str, list[str], list[str], str, set[str]]]:
    """(id, paragraphs folded as the benchmark folds headlines, paragraphs, body, headline forms)
    for the chosen pages, in id order."""
    sys.path.insert(0, str(config.PROJECT_ROOT / "benchmarks"))
    from extraction import fold as title_fold, pages  # the benchmark's own reading of webbench

    return [
        (p.id, [title_fold(t) for t in page_texts(p.text)], page_texts(p.text), p.body, set(p.titles))
        for p in pages()
        if p.id.startswith(prefixes)
    ]


def build(prefixes: tuple[str, ...] = TUNE_PREFIXES) -> dict:
    chosen = tune_pages(prefixes)
    rows, labels = [], []
    for _, _, texts, body, _ in chosen:
        items = evidence(texts)
        rows += block_features(items, texts)
        labels += block_labels(texts, body)
    block = Logistic(BLOCK_NAMES, tuple(round(w, 6) for w in fit(rows, labels, L2)))
    groups, candidates_seen = [], 0
    for _, folded, texts, _, titles in chosen:
        items = evidence(texts)
        probabilities = [block.probability(r) for r in block_features(items, texts)]
        start, _ = body_region(items, probabilities, texts)
        candidates = headline_candidates(items, texts, start)
        wanted = [int(is_title(texts[i], folded[i], titles)) for i in candidates]
        if any(wanted):
            vocabulary = body_vocabulary(texts, start)
            rows = headline_rows(items, texts, candidates, start, vocabulary)
            groups.append((rows, wanted.index(1)))
            candidates_seen += len(rows)
    headline = fit_bagged_ranking(groups, HEADLINE_L2)
    return {
        "trained_on": "webbench tune half (ids 0-7): "
        f"{len(chosen)} pages, {len(labels)} paragraphs, {candidates_seen} headline candidates",
        "block": {"weights": dict(zip(BLOCK_NAMES, block.weights))},
        "headline": {"weights": dict(zip(HEADLINE_NAMES, (round(w, 6) for w in headline)))},
    }


def serialize(model: dict) -> str:
    return json.dumps(model, indent=1, sort_keys=False) + "\n"


def cross_validate() -> str:
    """Body P/R/F1 and headlines right on the tune half, each page scored by models built without
    the pages that share its id's first digit."""
    sys.path.insert(0, str(config.PROJECT_ROOT / "benchmarks"))
    from extraction import articlelab_text, fold, pages, scorer

    chosen = [page for page in pages() if page.id.startswith(TUNE_PREFIXES)]
    truth, predicted, right = {}, {}, 0
    for held in _by_fold():
        for page in chosen:
            if page.id.startswith(held):
                headline, body = articlelab_text(page)
                truth[page.id], predicted[page.id] = {"articleBody": page.body}, {"articleBody": body}
                right += fold(headline) in page.titles
    summary, _ = scorer().score(truth, predicted)
    return (
        f"tune half, 8-fold CV ({len(chosen)} pages): body P {summary['precision']:.3f} R {summary['recall']:.3f} "
        f"F1 {summary['f1']:.3f}, headline {right} of {len(chosen)} ({right / len(chosen):.2f})"
    )


def _by_fold():
    """Each fold's id prefix, with the finder reading that fold's models (built without the pages
    whose id starts with it) while the caller scores its pages; the shipped models are put back after."""
    import helpers.finder as finder

    shipped = finder.shipped
    key = sources_hash(fold_inputs())
    try:
        for held in TUNE_PREFIXES:
            models = _fold_models(held, key)
            finder.shipped = lambda models=models: models  # the finder reads its models through this name
            yield held
    finally:
        finder.shipped = shipped


def fold_inputs() -> list[tuple[str, Path]]:
    """Every file a fold model is built from, each with a name that does not depend on the checkout:
    the package (code and resources), this script, the benchmark's reader of webbench and webbench's files."""
    def under(root: Path, label: str) -> list[tuple[str, Path]]:
        files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        return [(f"{label}/{p.relative_to(root).as_posix()}", p) for p in files]

    own = [("tools/train_finder.py", Path(__file__).resolve()),
           ("benchmarks/extraction.py", config.PROJECT_ROOT / "benchmarks" / "extraction.py")]
    return under(config.PACKAGE_DIR, "helpers") + own + under(WEBBENCH, "webbench")


def sources_hash(files: list[tuple[str, Path]]) -> str:
    """One hash of the files' names and bytes, in the order given."""
    digest = hashlib.sha256()
    for name, path in files:
        digest.update(name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cached_build(held: str, cache: Path, key: str) -> dict:
    """The models built without the pages whose id starts with `held`, read from `cache` when a build
    from the same sources (`key`) left them there, else built and left there."""
    path = cache / key[:24] / f"without-{held}.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    raw = build(tuple(d for d in TUNE_PREFIXES if d != held))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.part")  # two runs at once never read half a file
    partial.write_text(serialize(raw), encoding="utf-8")
    os.replace(partial, path)
    return raw


def _fold_models(held: str, key: str) -> dict[str, Logistic]:
    """The finder's two models trained on the tune half without the pages whose id starts with `held`
    (cached under `key`, the hash of their sources)."""
    raw = cached_build(held, FOLD_CACHE, key)
    return {
        name: Logistic(names, tuple(raw[name]["weights"][n] for n in names))
        for name, names in (("block", BLOCK_NAMES), ("headline", HEADLINE_NAMES))
    }


STRESS_LENGTHS = (4, 8, 12)
STRESS_TRIALS = 3


def _kept_share(texts: list[str], labels: list[int]) -> float:
    """Share of the body's words (labelled paragraphs) the finder keeps as headline or body."""
    from helpers.finder import find_article

    finding = find_article(texts)
    kept = set(finding.body) | ({finding.headline} if finding.headline is not None else set())
    words = [len(text.split()) for text in texts]
    total = sum(w for w, label in zip(words, labels) if label)
    return sum(w for i, (w, label) in enumerate(zip(words, labels)) if label and i in kept) / max(total, 1)


def stress(opening: bool = False) -> str:
    """Body words kept on the tune half with and without a box of another page's furniture put
    in the middle of each story, or (`opening`) under its first paragraph of twelve words or more
    (see the module's docstring)."""
    import random


    chosen = tune_pages()
    labelled = {pid: (texts, block_labels(texts, body)) for pid, _, texts, body, _ in chosen}
    picker = random.Random("finder-stress")
    boxes = []
    for pid, (texts, labels) in labelled.items():
        items = evidence(texts)
        for first in range(0, len(texts) - max(STRESS_LENGTHS), 6):
            span = range(first, first + picker.choice(STRESS_LENGTHS))
            if not any(labels[i] or items[i].end == "comments" or items[i].appeal for i in span):
                boxes.append((pid, [texts[i] for i in span]))
    plain, boxed = [], []
    for held in _by_fold():
        for pid, (texts, labels) in labelled.items():
            body = [i for i, label in enumerate(labels) if label]
            if not pid.startswith(held) or len(body) < 6:
                continue
            plain.append(_kept_share(texts, labels))
            long = [i for i in body if len(texts[i].split()) >= 12]
            middle = long[1] if opening and len(long) > 1 else body[len(body) // 2]
            others = [box for owner, box in boxes if owner != pid]
            for _ in range(STRESS_TRIALS):
                box = others[picker.randrange(len(others))]
                boxed.append(_kept_share(texts[:middle] + box + texts[middle:],
                                         labels[:middle] + [0] * len(box) + labels[middle:]))
    return (
        f"tune half, 8-fold CV, body words kept ({len(plain)} pages): {sum(plain) / len(plain):.3f} as they are, "
        f"{sum(boxed) / len(boxed):.3f} with a box of furniture {'under its opening' if opening else 'inside the story'} "
        f"({len(boxed)} trials)"
    )


HEADLINE_TRIALS = 3
_FIRST_SENTENCE = re.compile(r"^(.{40,}?[a-z0-9)][.!?])\s+(?=[A-Z\"“‘'])")


def _title_index(folded: list[str], texts: list[str], titles: set[str], labels: list[int]) -> int | None:
    """The page's title line: the last line above its first body paragraph that is the title."""
    first = next((i for i, label in enumerate(labels) if label), len(texts))
    found = [i for i in range(min(first, len(texts))) if is_title(texts[i], folded[i], titles)]
    return found[-1] if found else None


def _titled(chosen: list):  # type: ignore[no-untyped-def]
    """Each page of `chosen` that shows its title as a line: its id, lines, block labels and the
    title's index."""
    for pid, folded, texts, body, titles in chosen:
        labels = block_labels(texts, body)
        title = _title_index(folded, texts, titles, labels)
        if title is not None:
            yield pid, texts, labels, title


def lead_pool(chosen: list) -> dict[str, list[tuple[str, list[str]]]]:
    """What stands between a title and its story on the given pages, by owner: every line between
    the title and the first body paragraph (standfirsts, captions, credits, bylines, dates,
    sub-headlines, teasers of other stories), and teaser pairs outside the article (a line shaped
    like a title with the prose summary under it)."""
    pool: dict[str, list[tuple[str, list[str]]]] = {"lead": [], "teaser": []}
    for pid, texts, labels, title in _titled(chosen):
        first = next((i for i, label in enumerate(labels) if label), len(texts))
        items = evidence(texts)
        for index in range(title + 1, min(first, title + 12)):
            if 3 <= items[index].words and not items[index].end and not items[index].code and items[index].furniture != "share":
                pool["lead"].append((pid, [texts[index]]))
        for index in range(len(texts) - 1):
            if labels[index] or labels[index + 1] or index == title:
                continue
            if items[index].title_shape and items[index + 1].prose and 8 <= items[index + 1].words <= 60:
                pool["teaser"].append((pid, [texts[index], texts[index + 1]]))
    return pool


def _own_standfirst(texts: list[str], labels: list[int], picker) -> list[str]:
    """The story's first sentence as a standfirst above the story (a summary in the story's own
    words), with its full stop dropped half the time, as some outlets write them."""
    first = next((i for i, label in enumerate(labels) if label and len(texts[i].split()) >= 12), None)
    if first is None:
        return []
    found = _FIRST_SENTENCE.match(texts[first])
    sentence = found.group(1) if found else texts[first]
    if len(sentence.split()) > 35:
        return []
    return [sentence[:-1] if picker.random() < 0.5 else sentence]


def headline_interruptions(chosen: list, pool: dict[str, list[tuple[str, list[str]]]], seed: str):
    """For each page of `chosen` with a title line: (page id, texts, the title's index) with lines
    put somewhere between the title and the story's first paragraph (under the title, under its
    byline, or just above the story), HEADLINE_TRIALS times per page: one to three pieces, each
    another page's lead line, another page's teaser pair, or the story's own first sentence as a
    standfirst, chosen by a fixed seed."""
    import random

    picker = random.Random(seed)
    for pid, texts, labels, title in _titled(chosen):
        first = next(i for i, label in enumerate(labels) if label)
        for _ in range(HEADLINE_TRIALS):
            inserted: list[str] = []
            for _ in range(picker.choice((1, 2, 3))):
                kind = picker.choice(("lead", "teaser", "own"))
                if kind == "own":
                    inserted += _own_standfirst(texts, labels, picker)
                    continue
                others = [lines for owner, lines in pool[kind] if owner != pid]
                if others:
                    inserted += others[picker.randrange(len(others))]
            at = picker.randint(title + 1, first)
            yield pid, texts[:at] + inserted + texts[at:], title


def headline_stress(verbose: bool = False) -> str:
    """Headlines right on the tune half with lines of other pages (and the story's own first
    sentence) put between the title and the story, by the cross-validation's fold models; with
    `verbose`, each miss too (page, the title's line, the line chosen and where it stands)."""
    from helpers.finder import find_article

    chosen = tune_pages()
    pool = lead_pool(chosen)
    right = total = 0
    for held in _by_fold():
        held_pages = [page for page in chosen if page[0].startswith(held)]
        for pid, texts, title in headline_interruptions(held_pages, pool, f"headline-stress-{held}"):
            found = find_article(texts).headline
            total += 1
            hit = found is not None and fold(texts[found]) == fold(texts[title])  # the title, wherever it stands
            right += hit
            if verbose and not hit:
                where = "none" if found is None else ("below" if found > title else "above")
                print(f"{pid} {where} title[{title}]: {texts[title][:90]!r}")
                print(f"    chosen[{found}]: {texts[found][:160]!r}" if found is not None else "    chosen: None")
                items = evidence(texts)
                for i in range(title, min(len(texts), max(title, found or 0) + 4)):
                    print(f"      {i:4d} {items[i].furniture or '-':8s} {texts[i][:100]!r}")
    return f"tune half, 8-fold CV, headline right with lines put under the title: {right} of {total} ({right / max(total, 1):.2f})"


QUOTE_SLOGANS = ("Stop. Think Again", "Vote. It Matters", "Read. Share. Repeat", "Stay Home. Stay Safe", "Not Here. Not Now", "Meet. Talk. Decide")
"""Invented slogans of sentences that `quote_stress` quotes in a title."""
QUOTE_SHAPES = ("{title}: '{slogan}'", "'{slogan},' {title}", "{title} as signs read “{slogan}”", '{title}, "{slogan}" and more')
"""Where a title holds the quoted slogan (a line's own words kept, the slogan's full stops inside the quotation)."""


def _quoted_title(title: str, picker) -> str:  # type: ignore[no-untyped-def]
    return picker.choice(QUOTE_SHAPES).format(title=title, slogan=picker.choice(QUOTE_SLOGANS))


def quote_stress() -> str:
    """Headlines right when the title quotes a slogan of sentences ("... 'Stop. Think Again' ..."), by the
    cross-validation's fold models: the headline stress's pages with the title's line so written, and BBC
    stories as article files under a banner line (their headline so written, the story's first sentence set
    above the story half the time, its full stop dropped half of those), where the file's first line is no title."""
    import random

    from helpers.finder import find_article

    chosen = tune_pages()
    pool = lead_pool(chosen)
    articles = sorted(BBC.glob("*/*.txt"))
    right: dict[str, int] = {"page": 0, "file": 0}
    total: dict[str, int] = {"page": 0, "file": 0}
    for held in _by_fold():
        held_pages = [page for page in chosen if page[0].startswith(held)]
        picker = random.Random(f"quote-stress-{held}")
        cases = []
        for _, texts, title in headline_interruptions(held_pages, pool, f"headline-stress-{held}"):
            cases.append(("page", [*texts[:title], _quoted_title(texts[title], picker), *texts[title + 1 :]], title))
        for _ in range(len(held_pages) * HEADLINE_TRIALS):
            lines = _story_lines(articles[picker.randrange(len(articles))])
            lead: list[str] = []
            if picker.random() < 0.5 and (found := _FIRST_SENTENCE.match(lines[1])) and len(found.group(1).split()) <= 35:
                lead = [found.group(1)[:-1] if picker.random() < 0.5 else found.group(1)]
            cases.append(("file", [picker.choice(("Learn More", "Advertisement", "Latest")), _quoted_title(lines[0], picker), *lead, *lines[1:]], 1))
        for kind, texts, title in cases:
            found_at = find_article(texts).headline
            total[kind] += 1
            right[kind] += found_at is not None and fold(texts[found_at]) == fold(texts[title])
    return (f"headline right when the title quotes a slogan (8-fold CV models): {right['page'] + right['file']} of "
            f"{total['page'] + total['file']}; page {right['page']}/{total['page']}, file {right['file']}/{total['file']}")


BBC = config.PROJECT_ROOT.parent / "shared" / "corpora" / "bbc"
BBC_TRIALS = 3


def _page_frame(folded: str, texts: list[str], body, titles) -> tuple[int, int, int, list[str]] | None:  # type: ignore[no-untyped-def]
    """A tune page's frame around its story: the title's line, the story's first and last lines, and
    the furniture under the title (bylines, dates, credits, share rows, short labels); None when the
    page shows no title line."""
    labels = block_labels(texts, body)
    title = _title_index(folded, texts, titles, labels)
    if title is None:
        return None
    inside = [i for i, label in enumerate(labels) if label]
    items = evidence(texts)
    lead = [texts[i] for i in range(title + 1, inside[0]) if items[i].junk or items[i].words < 3 or byline_like(items, texts, i)]
    return title, inside[0], inside[-1], lead


def bbc_pages(chosen: list, seed: str = "bbc-stress"):
    """Pages nobody tuned on: for each tune page of `chosen` with a title line, BBC_TRIALS BBC
    articles (chosen by a fixed seed; the headline is each article's first line) put in the page's
    place: the page's lines above its title, the headline, the page's furniture between its title
    and its story (bylines, dates, credits, share rows, short labels: not its standfirst or
    captions, which speak of the page's own story), the article's paragraphs, and the page's lines
    after its story. Yields (texts, the headline's index, the article's paragraph indices)."""
    import random

    picker = random.Random(seed)
    articles = sorted(BBC.glob("*/*.txt"))
    for _, folded, texts, body, titles in chosen:
        if (frame := _page_frame(folded, texts, body, titles)) is None:
            continue
        title, first, last, lead = frame
        for _ in range(BBC_TRIALS):
            lines = [" ".join(line.split()) for line in articles[picker.randrange(len(articles))].read_text(encoding="utf-8").splitlines()]
            lines = [line for line in lines if line]
            made = texts[:title] + [lines[0]] + lead
            paragraphs = range(len(made), len(made) + len(lines) - 1)
            yield made + lines[1:] + texts[last + 1 :], title, paragraphs


def bbc_stress() -> str:
    """Headlines right and body words kept (and the share of kept words that are the article's) when
    BBC articles take the place of the tune pages' stories, by the cross-validation's fold models:
    the furniture is the held-out fold's, the text is new to every model (see `bbc_pages`)."""
    from helpers.finder import find_article

    chosen = tune_pages()
    right = total = kept = article_words = kept_words = 0
    for held in _by_fold():
        held_pages = [page for page in chosen if page[0].startswith(held)]
        for texts, title, paragraphs in bbc_pages(held_pages, f"bbc-stress-{held}"):
            finding = find_article(texts)
            total += 1
            right += finding.headline == title
            words = [len(text.split()) for text in texts]
            article_words += sum(words[i] for i in paragraphs)
            kept += sum(words[i] for i in finding.body if i in paragraphs)
            kept_words += sum(words[i] for i in finding.body)
    return (
        f"tune furniture, BBC stories, 8-fold CV models ({total} pages): headline right {right} of {total} "
        f"({right / max(total, 1):.2f}), body words kept {kept / max(article_words, 1):.3f}, "
        f"kept words that are the story's {kept / max(kept_words, 1):.3f}"
    )


POLNEAR = config.PROJECT_ROOT.parent / "shared" / "corpora" / "polnear" / "train" / "text"
KINDS = ("plain", "kicker", "byline", "breadcrumb", "site", "recase", "teasers", "standfirst", "mixed")
"""The furniture the kinds run (`--kinds`) puts around a title, one kind at a time (and "mixed":
three of them at once): see `_dressed`."""
_SITES = ("The Example Times", "Example News", "EXAMPLE", "Example Daily", "example.com")
"""Invented site names for a title shown again with its site (" | Example News")."""


def _story_lines(path: Path) -> list[str]:
    """An article file's lines, spaces folded, blank lines left out; a headline's closing full
    stop or semicolon (which PolNeAR's files add) dropped, as a web page shows it."""
    lines = [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    if lines and lines[0][-1:] in ".;" and not lines[0].endswith(".."):
        lines[0] = lines[0][:-1]
    return lines


def story_pages(chosen: list, seed: str):
    """For each page of `chosen` with a title line, three pages: the page itself, a BBC article
    and a PolNeAR article (`train`) put in its place as `bbc_pages` does (the page's lines above
    its title, its bylines, dates and short lines under the title, its lines after the story).
    Yields (source, owner id, texts, the title's index, the story's first paragraph's index)."""
    import random

    picker = random.Random(seed)
    sources = {"bbc": sorted(BBC.glob("*/*.txt")), "polnear": sorted(POLNEAR.glob("*.txt"))}
    for pid, folded, texts, body, titles in chosen:
        if (frame := _page_frame(folded, texts, body, titles)) is None:
            continue
        title, first, last, lead = frame
        yield "tune", pid, texts, title, first
        for source, articles in sources.items():
            lines = _story_lines(articles[picker.randrange(len(articles))])
            made = texts[:title] + [lines[0]] + lead
            yield source, pid, made + lines[1:] + texts[last + 1 :], title, len(made)


def kind_pools(chosen: list) -> dict[str, list[tuple[str, list[str]]]]:
    """Lines of the tune pages to dress a title with, by owner: section labels right above a title
    (one to four words), bylines and dates between a title and its story, the titles themselves
    (another story's headline in a list of teasers), and `lead_pool`'s lead lines and teaser pairs."""
    pool = lead_pool(chosen)
    pool.update(kicker=[], byline=[], title=[])
    for pid, texts, labels, title in _titled(chosen):
        first = next(i for i, label in enumerate(labels) if label)
        items = evidence(texts)
        pool["title"].append((pid, [texts[title]]))
        if title > 0 and 1 <= items[title - 1].words <= 4 and not items[title - 1].code:
            pool["kicker"].append((pid, [texts[title - 1]]))
        for index in range(title + 1, first):
            if byline_like(items, texts, index):
                pool["byline"].append((pid, [texts[index]]))
    return pool


def _recased(text: str, picker) -> str:
    """The title in title case, sentence case or capitals."""
    choice = picker.choice(("title", "sentence", "upper"))
    if choice == "upper":
        return text.upper()
    words = text.split(" ")
    if choice == "title":
        return " ".join(w[:1].upper() + w[1:] for w in words)
    return " ".join([words[0][:1].upper() + words[0][1:]] + [w if w[1:] != w[1:].lower() else w.lower() for w in words[1:]])


def _dressed(kind: str, pid: str, texts: list[str], title: int, first: int, pool: dict, picker) -> tuple[list[str], int]:
    """The page with one kind of furniture put around its title; the title's new index."""
    def other(name: str) -> list[str]:
        found = [lines for owner, lines in pool[name] if owner != pid]
        return list(found[picker.randrange(len(found))]) if found else []

    texts = list(texts)
    if kind == "kicker":
        label = other("kicker")
        label = [line.upper() for line in label] if picker.random() < 0.3 else label
        return texts[:title] + label + texts[title:], title + len(label)
    if kind == "byline":
        lines = [line for _ in range(picker.choice((1, 2, 3))) for line in other("byline")]
        at = picker.choice((title + 1, min(title + 2, first)))
        return texts[:at] + lines + texts[at:], title
    if kind == "breadcrumb":
        separator = picker.choice((" > ", " / ", " » ", " | ", ""))
        trail = ["Home", picker.choice(("News", "Politics", "World", "Business", "Sport"))]
        if picker.random() < 0.6:
            trail.append(texts[title])
        line = separator.join(trail)
        return texts[:title] + [line] + texts[title:], title + 1
    if kind == "site":
        line = f"{texts[title]}{picker.choice((' | ', ' - ', ' — ', ': '))}{picker.choice(_SITES)}"
        at = picker.randint(0, title)
        return texts[:at] + [line] + texts[at:], title + 1
    if kind == "recase":
        texts[title] = _recased(texts[title], picker)
        return texts, title
    if kind == "teasers":
        lines = []
        for _ in range(picker.choice((2, 3, 4, 5))):
            lines += other("teaser") if picker.random() < 0.3 else other("title")
        at = picker.choice((title, max(title - 1, 0)))
        return texts[:at] + lines + texts[at:], title + len(lines)
    if kind == "standfirst":
        lines = other("lead") if picker.random() < 0.5 else []
        found = _FIRST_SENTENCE.match(texts[first])
        sentence = found.group(1) if found else texts[first]
        if picker.random() < 0.6 and len(sentence.split()) <= 35:
            lines.append(sentence)
        at = picker.choice((title + 1, first))
        return texts[:at] + lines + texts[at:], title
    if kind == "mixed":
        for chosen_kind in picker.sample(("kicker", "byline", "breadcrumb", "site", "recase", "teasers", "standfirst"), 3):
            before = len(texts)
            texts, title = _dressed(chosen_kind, pid, texts, title, first, pool, picker)
            first += len(texts) - before  # every kind puts its lines above the story's first paragraph
        return texts, title
    return texts, title


def kinds() -> str:
    """Headlines right, by kind of furniture around the title, on the tune pages and on BBC and
    PolNeAR stories in their furniture (`story_pages`), by the cross-validation's fold models."""
    import random
    from collections import Counter

    from helpers.finder import find_article

    chosen = tune_pages()
    pool = kind_pools(chosen)
    right: Counter = Counter()
    total: Counter = Counter()
    for held in _by_fold():
        held_pages = [page for page in chosen if page[0].startswith(held)]
        picker = random.Random(f"kinds-{held}")
        for source, pid, texts, title, first in story_pages(held_pages, f"kinds-{held}"):
            for kind in KINDS:
                made, at = _dressed(kind, pid, texts, title, first, pool, picker)
                found = find_article(made).headline
                hit = found is not None and fold(made[found]) == fold(made[at])
                for key in (kind, source, "all"):
                    total[key] += 1
                    right[key] += hit
    shown = ", ".join(f"{key} {right[key]}/{total[key]}" for key in (*KINDS, "tune", "bbc", "polnear"))
    worst = min(right[key] / total[key] for key in KINDS)
    return f"headline by kind (8-fold CV models): all {right['all']} of {total['all']} ({right['all'] / total['all']:.3f}), worst kind {worst:.2f}; {shown}"


LEAD_NAMES = (("Jane", "Holt"), ("Michael", "Reyes"), ("Sarah", "Lindqvist"), ("David", "Okafor"), ("Emily", "Brennan"),
              ("Robert", "Whitfield"), ("Laura", "Nakamura"), ("Daniel", "Castellano"))
LEAD_FURNITURE: dict[str, tuple[tuple[str, ...], ...]] = {
    "byline": (("By {name}",), ("{name}",), ("By {name} and {other}",), ("{name}, Staff Writer",), ("Written by {name}",),
               ("{name}", "Senior Reporter"), ("By {name} | {agency}",)),
    "date": (("Published {date}",), ("Updated {clock} ET, {date}",), ("{date}",), ("{hours} hours ago",),
             ("{day} {dd} {month} {year} {clock} GMT",), ("Last updated on {date}",), ("Published {date}", "Updated {clock}")),
    "share": (("Share",), ("Share", "Facebook", "Twitter", "Email"), ("Share this article",), ("Facebook", "Twitter", "WhatsApp", "Copy link"),
              ("Share on Facebook Share on Twitter Share via Email",), ("Share", "Save", "Print")),
    "listen": (("Listen to this article",), ("Listen to this article · {minutes} min",), ("Listen {minutes} min",),
               ("Listen to this story",), ("Audio: listen to this article ({minutes} minutes)",)),
    "caption": (("{caption} (Photo: {name}/{agency})",), ("{caption}", "Photograph: {name}/{agency}"), ("{caption}", "Image: {agency}"),
                ("{caption}", "{name}/{agency}"), ("{caption}. (AP Photo/{name})",), ("Image caption {caption}",)),
    "standfirst": (("{summary}",),),
    "advert": (("Advertisement",), ("ADVERTISEMENT",), ("Story continues below advertisement",)),
    "tags": (("Topics: {topics}",), ("{topic}",)),
}
"""The furniture the lead stress run (`--lead-stress`) stacks between a title and its story, by kind:
each entry is one or more lines, with fields filled by `_lead_lines` (a name and an agency for a
byline or credit, a date, a caption or summary written from the story's own later lines). Invented
wording, as a page lays each kind out."""
_CAPTION_FRAMES = ("{who} at an event earlier this year", "{who} speaks to reporters on {weekday}", "A view of {who} in {month}",
                   "{who} pictured in {year}", "Supporters of {who} gather outside on {weekday}", "{who}, left, with officials")
_AGENCIES = ("Getty Images", "Reuters", "AFP", "Shutterstock", "Example Press")
_MONTHS = ("January", "March", "June", "September", "November")
_DAYS = ("Monday", "Tuesday", "Thursday", "Saturday")
_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\b")


def _later_sentence(story: list[str], picker) -> str | None:
    """A sentence of 8 to 30 words from the story's later paragraphs (past its third), as a
    standfirst that sums the story up in words it uses again, its full stop dropped half the time."""
    sentences = [s for text in story[3:] for s in re.split(r"(?<=[.!?])\s+", text) if 8 <= len(s.split()) <= 30]
    if not sentences:
        return None
    sentence = sentences[picker.randrange(len(sentences))]
    return sentence.rstrip(".") if picker.random() < 0.5 else sentence


def _caption(story: list[str], picker) -> str:
    """A photo's caption naming someone or something the story names (a capitalized run of two or
    three words from its paragraphs, not at a sentence's start), in an invented frame."""
    runs = [m.group(0) for text in story for m in _RUN.finditer(text) if m.start() > 0]
    who = runs[picker.randrange(len(runs))] if runs else "The building"
    frame = picker.choice(_CAPTION_FRAMES)
    return frame.format(who=who, weekday=picker.choice(_DAYS), month=picker.choice(_MONTHS), year=picker.choice(("2019", "2021", "2023")))


def _lead_lines(kind: str, story: list[str], picker) -> list[str]:
    """One piece of `kind` furniture (LEAD_FURNITURE), its fields filled by the seeded `picker`."""
    if kind == "standfirst":
        summary = _later_sentence(story, picker)
        return [summary] if summary else []
    given, surname = LEAD_NAMES[picker.randrange(len(LEAD_NAMES))]
    other = LEAD_NAMES[picker.randrange(len(LEAD_NAMES))]
    month = picker.choice(_MONTHS)
    fields = {
        "name": f"{given} {surname}", "other": " ".join(other), "agency": picker.choice(_AGENCIES),
        "date": f"{month} {picker.randint(1, 28)}, {picker.choice(('2019', '2022', '2024'))}", "clock": f"{picker.randint(1, 12)}:{picker.randint(10, 59)}",
        "hours": str(picker.randint(2, 11)), "day": picker.choice(("Mon", "Tue", "Thu", "Sat")), "dd": str(picker.randint(1, 28)),
        "month": month[:3], "year": "2024", "minutes": str(picker.randint(3, 12)), "caption": _caption(story, picker),
        "topics": ", ".join(picker.sample(("Politics", "Economy", "Health", "Sport", "Technology", "World"), 3)),
        "topic": picker.choice(("Politics", "Economy", "Health", "Technology")),
    }
    entries = LEAD_FURNITURE[kind]
    return [line.format(**fields) for line in entries[picker.randrange(len(entries))]]


def lead_block(story: list[str], picker) -> list[str]:
    """A block of two to six pieces of furniture (LEAD_FURNITURE kinds, each at most once, in a
    seeded order) to stand between a title and its `story`: always a byline or date."""
    kinds = ["byline" if picker.random() < 0.6 else "date"]
    kinds += picker.sample([k for k in LEAD_FURNITURE if k != kinds[0]], picker.randint(1, 5))
    picker.shuffle(kinds)
    return [line for kind in kinds for line in _lead_lines(kind, story, picker)]


LEAD_TRIALS = 2


def lead_stress() -> str:
    """Headlines right when a block of furniture (`lead_block`) stands between the title and the
    story: on the tune pages (the block put right under the title or right above the story) and on
    BBC stories in their frames (`bbc_pages`), by the cross-validation's fold models."""
    import random

    from helpers.finder import find_article

    chosen = tune_pages()
    right = {"tune": 0, "bbc": 0}
    total = {"tune": 0, "bbc": 0}
    for held in _by_fold():
        held_pages = [page for page in chosen if page[0].startswith(held)]
        picker = random.Random(f"lead-stress-{held}")
        cases = []
        for pid, texts, labels, title in _titled(held_pages):
            first = next(i for i, label in enumerate(labels) if label)
            story = [texts[i] for i, label in enumerate(labels) if label]
            for _ in range(LEAD_TRIALS):
                at = picker.choice((title + 1, first))
                cases.append(("tune", texts[:at] + lead_block(story, picker) + texts[at:], title))
        for texts, title, paragraphs in bbc_pages(held_pages, f"lead-stress-bbc-{held}"):
            first = paragraphs[0]
            block = lead_block([texts[i] for i in paragraphs], picker)
            cases.append(("bbc", texts[:first] + block + texts[first:], title))
        for source, texts, title in cases:
            found = find_article(texts).headline
            total[source] += 1
            right[source] += found is not None and fold(texts[found]) == fold(texts[title])
    both = sum(right.values())
    return (
        f"headline right with a block of furniture between title and story (8-fold CV models): {both} of {sum(total.values())} "
        f"(tune {right['tune']}/{total['tune']}, bbc {right['bbc']}/{total['bbc']})"
    )


COPY_TRANSFORMS = ("plain", "wrapped", "wrapped-noblank", "noblank", "oneline", "crlf-nbsp", "bullets", "sentences", "short", "qa", "menus")
"""The shapes a copy gives a page's text, by name (`copied`): as it is; every line hard-wrapped at a
seeded 60-80 characters, with blank lines kept or none at all (an e-mail's or a PDF's text); no blank
lines; the story's paragraphs on one line; CRLF line ends and non-breaking spaces; each paragraph
after a bullet or a number; one sentence per line; one sentence per paragraph (one-sentence news
style); the paragraphs as a question and answer ("Q:" / "A:"); menus twice as long as the story."""
COPY_ARTICLES = 32
"""How many BBC articles and PolNeAR `dev` texts (text only) the copy stress run takes, each (seeded)."""
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z0-9])|(?<=[.!?][\"'”’)])\s+(?=[\"“A-Z0-9])")
_LINE_PREFIX = re.compile(r"^(?:[•*-]|\d+[.)]|[QA]:)\s+")
POLNEAR_DEV = POLNEAR.parent.parent / "dev" / "text"


def raw_labels(lines: list[str], body: str) -> list[int]:
    """`block_labels` for a page's raw lines: 1 for a line of the article body (a blank line is 0)."""
    texts = [" ".join(line.split()) for line in lines]
    shown = [i for i, text in enumerate(texts) if text]
    labels = [0] * len(lines)
    for index, label in zip(shown, block_labels([texts[i] for i in shown], body)):
        labels[index] = label
    return labels


def copied(kind: str, lines: list[str], labels: list[int], picker, menus: list[list[str]]) -> str:  # type: ignore[no-untyped-def]
    """The raw text of a page (`lines`, with `labels` marking the story's lines) in the shape `kind`
    of COPY_TRANSFORMS, fields chosen by the seeded `picker`; `menus` are runs of other pages' short
    lines outside their stories, for "menus"."""
    import textwrap

    body = [i for i, label in enumerate(labels) if label]
    out = list(lines)
    if kind in ("wrapped", "wrapped-noblank"):
        width = picker.randint(60, 80)
        out = [part for line in lines for part in (textwrap.wrap(line, width) or [""])]
        if kind == "wrapped-noblank":
            out = [line for line in out if line.strip()]
    elif kind == "noblank":
        out = [line for line in lines if line.strip()]
    elif kind == "oneline":
        joined = [i for i in body if len(lines[i].split()) >= 6] or body  # a short line there may be furniture
        out = [line if i != joined[0] else " ".join(lines[j].strip() for j in joined) for i, line in enumerate(lines) if i not in joined[1:]]
    elif kind == "crlf-nbsp":
        out = ["".join(c if c != " " or picker.random() > 0.3 else "\u00a0" for c in line) if labels[i] else line for i, line in enumerate(lines)]
        return "\r\n".join(out)
    elif kind in ("bullets", "qa"):
        style, number = picker.choice(("• ", "- ", "* ", "1.", "1)")), 0
        out = []
        for i, line in enumerate(lines):
            if labels[i]:
                mark = ("Q: ", "A: ")[number % 2] if kind == "qa" else f"{number + 1}{style[1]} " if style[0] == "1" else style
                line, number = mark + line, number + 1
            out.append(line)
    elif kind in ("sentences", "short"):
        out = []
        for i, line in enumerate(lines):
            parts = [part for part in _SENTENCE_GAP.split(line) if part] if labels[i] else [line]
            out += [x for part in parts for x in ([part, ""] if kind == "short" else [part])]
    elif kind == "menus":
        words = sum(len(lines[i].split()) for i in body)
        extra: list[str] = []
        while sum(len(line.split()) for line in extra) < 2 * words:
            extra += menus[picker.randrange(len(menus))]
        out = extra[: len(extra) // 2] + [""] + lines + [""] + extra[len(extra) // 2 :]
    return "\n".join(out)


def _menu_runs(pages_lines: list[tuple[list[str], list[int]]]) -> list[list[str]]:
    """Runs of four or more short lines (six words or fewer) outside the story, from the given pages."""
    runs, run = [], []
    for lines, labels in pages_lines:
        for line, label in [*zip(lines, labels), ("", 1)]:
            if line.strip() and not label and len(line.split()) <= 6:
                run.append(line)
                continue
            if len(run) >= 4:
                runs.append(run)
            run = []
    return runs


def copy_stress() -> str:
    """Pages with an empty body, and the story's recall (the benchmark's 4-gram score), when the copied
    text takes each shape of COPY_TRANSFORMS: the tune pages (their fold's models), and COPY_ARTICLES
    BBC articles and PolNeAR `dev` texts (headline = first line, the rest the body; spread over the
    folds); and how many tune pages with the story's lines taken out (only furniture left) come back
    as no article."""
    import random
    from collections import Counter

    sys.path.insert(0, str(config.PROJECT_ROOT / "benchmarks"))
    from extraction import pages, scorer

    from helpers.segment import segment

    tune = []
    for page in pages():
        if page.id.startswith(TUNE_PREFIXES):
            lines = page.text.splitlines()
            tune.append((page.id, lines, raw_labels(lines, page.body), page.body))
    menus = _menu_runs([(lines, labels) for _, lines, labels, _ in tune])
    picker = random.Random("copy-stress-articles")
    articles = []
    for path in [*picker.sample(sorted(BBC.glob("*/*.txt")), COPY_ARTICLES), *picker.sample(sorted(POLNEAR_DEV.glob("*.txt")), COPY_ARTICLES)]:
        lines = path.read_text(encoding="utf-8").splitlines()
        shown = [i for i, line in enumerate(lines) if line.strip()]
        labels = [int(i in shown[1:]) for i in range(len(lines))]
        articles.append((lines, labels, "\n\n".join(lines[i] for i in shown[1:])))
    empty, recall, total, furniture_only = Counter(), Counter(), Counter(), 0
    for number, held in enumerate(_by_fold()):
        cases = [("tune", lines, labels, body) for pid, lines, labels, body in tune if pid.startswith(held)]
        cases += [("article", *article) for article in articles[number :: len(TUNE_PREFIXES)]]
        for kind in COPY_TRANSFORMS:
            picker = random.Random(f"copy-stress-{held}-{kind}")
            for source, lines, labels, body in cases:
                article = segment(copied(kind, lines, labels, picker, menus), {}, tokens=False)
                parts = [article.standfirst.text] if article.standfirst else []
                parts += [_LINE_PREFIX.sub("", p.text) for p in article.paragraphs]  # a list's marks are no story words
                total[source, kind] += 1
                empty[source, kind] += not article.paragraphs
                recall[source, kind] += scorer().doc_scores(body, "\n\n".join(parts))[1] or 0.0
        for source, lines, labels, body in cases:
            if source == "tune":
                furniture_only += not segment("\n".join(line for line, label in zip(lines, labels) if not label), {}, tokens=False).paragraphs
    rows = [
        f"{kind:<16} " + "  ".join(
            f"{source} empty {empty[source, kind]:>2}/{total[source, kind]} recall {recall[source, kind] / max(total[source, kind], 1):.3f}"
            for source in ("tune", "article")
        )
        for kind in COPY_TRANSFORMS
    ]
    tune_pages_count = total["tune", "plain"]
    return (
        "copied text in other shapes (tune pages with 8-fold CV models; BBC and PolNeAR dev articles):\n  " + "\n  ".join(rows)
        + f"\n  furniture only (the story's lines taken out): no article on {furniture_only} of {tune_pages_count} tune pages"
    )


INSIDE_HEADLINES = (
    "Harbour board to rebuild the old north pier next spring", "Bakery wins national prize for its sourdough loaf",
    "What the new parking charges mean for commuters", "Police appeal for witnesses after late-night crash on ring road",
    "Five things we learned from the minister's speech", "Why house prices are still rising in the north",
)
INSIDE_POSTS = (
    "Great turnout at the town hall tonight. Thank you all for coming out in the rain!",
    "We will keep fighting for a fair deal for every family in this county.",
    "Proud of the whole team today. On to the next one",
)
INSIDE_CROSSHEADS = ("What happens next", "A long road", "Reaction", "Why it matters", "The background", "WHAT THEY SAID")
INSIDE_FURNITURE: dict[str, tuple[tuple[str, ...], ...]] = {
    "teaser": (("Read more: {headline}",), ("Related: {headline}",), ("READ MORE: {headline}",), ("{headline}", "Read more"),
               ("Related", "{headline}", "{headline2}"), ("More: {headline}",), ("Also read: {headline}",)),
    "caption": (("{caption} (Photo: {name}/{agency})",), ("{caption}", "Photograph: {name}/{agency}"), ("{caption}", "Image: {agency}"),
                ("{caption}", "{name}/{agency}"), ("{caption}. (AP Photo/{name})",), ("Image caption {caption}",)),
    "credit": (("Photograph: {name}/{agency}",), ("{name}/{agency}",), ("Image: {agency}",), ("(Photo: {name}/{agency})",), ("Credit: {agency}",)),
    "advert": (("Advertisement",), ("ADVERTISEMENT",), ("Advertisement", "Continue reading the main story"), ("Story continues below",),
               ("Story continues below advertisement",), ("Article continues after this ad",)),
    "newsletter": (("Sign up for our daily newsletter", "Get the day's top stories delivered to your inbox every morning.", "Email address", "Sign up"),
                   ("Newsletter", "The best of our journalism, straight to your inbox.", "Subscribe"),
                   ("Get our morning briefing", "Enter your email", "Sign up", "By signing up you agree to our privacy policy."),
                   ("Sign up to our free newsletter", "Subscribe")),
    "post": (("{post}", "— {name} (@{handle}) {date}"), ("{post} pic.twitter.com/aB3xY9kQ2z", "— {name} (@{handle}) {date}"),
             ("{name}", "@{handle}", "{post}", "{clock} PM · {date}")),
    "pullquote": (("“{quote}”",), ("“{quote}”", "— {name}")),
    "crosshead": (("{crosshead}",),),
    "player": (("Watch: {headline} ({clock})",), ("Video", "{headline}", "{clock}"), ("Play video", "{headline}"),
               ("Listen: {headline}",), ("Now playing", "{headline}", "0:00 / {clock}")),
}
"""What a page puts between a story's paragraphs, by kind, for the inside stress run (`--inside-stress`):
another story's teaser ("Read more: ..."), a photo's caption with its credit or its credit alone (the
caption not copied), an advert's label, a newsletter's sign-up box, an embedded post with its handle
and date, a pull quote (one of the story's sentences again), a crosshead, a video or audio player's
lines. Invented wording, each entry one or more lines, fields filled by `inside_lines`."""
_QUOTABLE = re.compile(r"[^.!?]{40,160}[.!?]")


def inside_lines(kind: str, story: list[str], picker) -> list[str]:  # type: ignore[no-untyped-def]
    """One piece of `kind` furniture (INSIDE_FURNITURE) for the `story`, fields filled by the seeded `picker`."""
    given, surname = LEAD_NAMES[picker.randrange(len(LEAD_NAMES))]
    sentences = [m.group(0).strip().rstrip(".") for text in story for m in _QUOTABLE.finditer(text)]
    headline, other = picker.sample(INSIDE_HEADLINES, 2)
    fields = {
        "name": f"{given} {surname}", "handle": f"{given[0].lower()}{surname.lower()}", "agency": picker.choice(_AGENCIES),
        "date": f"{picker.choice(_MONTHS)} {picker.randint(1, 28)}, {picker.choice(('2019', '2022', '2024'))}",
        "clock": f"{picker.randint(1, 12)}:{picker.randint(10, 59)}", "caption": _caption(story, picker), "headline": headline,
        "headline2": other, "post": picker.choice(INSIDE_POSTS), "crosshead": picker.choice(INSIDE_CROSSHEADS),
        "quote": picker.choice(sentences) if sentences else "It was the right decision",
    }
    entries = INSIDE_FURNITURE[kind]
    return [line.format(**fields) for line in entries[picker.randrange(len(entries))]]


def furnished_inside(texts: list[str], body: list[int], kind: str, picker) -> tuple[list[str], list[bool], list[bool]]:  # type: ignore[no-untyped-def]
    """The page `texts` with one or two pieces of `kind` furniture put between the paragraphs of its story
    (`body`: the story's paragraph indices; never above its first or below its last), at seeded places;
    with which lines are the story's and which the furniture's ("plain" puts none)."""
    places = set(picker.sample(body[1:], min(len(body) - 1, picker.choice((1, 2))))) if kind != "plain" else set()
    story = [texts[i] for i in body]
    made: list[str] = []
    storied: list[bool] = []
    marked: list[bool] = []
    inside = set(body)
    for index, text in enumerate(texts):
        if index in places:
            block = inside_lines(kind, story, picker)
            made += block
            storied += [False] * len(block)
            marked += [True] * len(block)
        made.append(text)
        storied.append(index in inside)
        marked.append(False)
    return made, storied, marked


def inside_stress() -> str:
    """The story's words kept and the inserted furniture's words kept, by kind of INSIDE_FURNITURE put
    between a story's paragraphs, on the tune pages with a title line and on BBC stories in their
    frames (`bbc_pages`), by the cross-validation's fold models; the generic rules run first, as in
    `clean` ("Read more: ..." is theirs)."""
    import random
    from collections import Counter

    from helpers.assets import generic_profile
    from helpers.clean import Block, find_boilerplate
    from helpers.finder import find_article

    chosen = tune_pages()
    kinds = ("plain", *INSIDE_FURNITURE)
    story_words, story_kept, box_words, box_kept = Counter(), Counter(), Counter(), Counter()
    for held in _by_fold():
        held_pages = [page for page in chosen if page[0].startswith(held)]
        picker = random.Random(f"inside-stress-{held}")
        stories = [("tune", texts, [i for i, label in enumerate(labels) if label]) for _, texts, labels, _ in _titled(held_pages)]
        stories += [("bbc", texts, list(paragraphs)) for texts, _, paragraphs in bbc_pages(held_pages, f"inside-stress-bbc-{held}")]
        for source, texts, body in stories:
            if len(body) < 4:
                continue
            for kind in kinds:
                made, storied, marked = furnished_inside(texts, body, kind, picker)
                ruled = find_boilerplate([Block(0, 0, text) for text in made], [generic_profile()])  # the rules run first, as in `clean`
                left = [index for index in range(len(made)) if index not in ruled]
                finding = find_article([made[index] for index in left])
                kept = {left[index] for index in finding.body}
                if finding.headline is not None:
                    kept.add(left[finding.headline])
                for index, text in enumerate(made):
                    words = len(text.split())
                    if storied[index]:
                        story_words[source, kind] += words
                        story_kept[source, kind] += words * (index in kept)
                    elif marked[index]:
                        box_words[source, kind] += words
                        box_kept[source, kind] += words * (index in kept)
    rows = []
    for source in ("tune", "bbc"):
        furniture = [kind for kind in INSIDE_FURNITURE if kind != "crosshead"]  # a crosshead may be the story's own
        shares = ", ".join(f"{kind} {story_kept[source, kind] / max(story_words[source, kind], 1):.3f}/"
                           f"{box_kept[source, kind] / max(box_words[source, kind], 1):.2f}" for kind in kinds)
        rows.append(
            f"{source}: story kept {sum(story_kept[source, k] for k in kinds[1:]) / max(sum(story_words[source, k] for k in kinds[1:]), 1):.3f}"
            f" (plain {story_kept[source, 'plain'] / max(story_words[source, 'plain'], 1):.3f}), furniture kept "
            f"{sum(box_kept[source, k] for k in furniture) / max(sum(box_words[source, k] for k in furniture), 1):.3f}; by kind {shares}"
        )
    return "furniture inside the story (8-fold CV models; story's words kept / furniture's words kept):\n  " + "\n  ".join(rows)


SHORT_LENGTHS = (1, 2, 3)
SHORT_WORDS = (40, 120)
"""The short stress run (`--short-stress`) keeps a story's first 1, 2 or 3 paragraphs, cut at a sentence
to at most 120 words (a case under 40 is left out)."""
SHORT_TEASERS = (
    "Council votes to close two libraries as budget gap widens", "Rail strike called off after late talks",
    "Local school wins national robotics contest", "Flood warning issued for three river towns",
    "Hospital waiting lists fall for the first time in a year", "New cycle lane plan divides shop owners",
    "Storm damage bill passes one million pounds", "Festival organisers unveil this summer's line-up",
    "Police name man found at the harbour", "Bus fares to rise by ten pence from April",
)
SHORT_SUMMARIES = (
    "The decision follows months of talks between the two sides.", "Officials said the change would take effect next month.",
    "Residents have been asked to share their views by Friday.", "It is the third such case in the area this year.",
    "The group says it will appeal against the ruling.", "Staff were told about the plans at a meeting on Tuesday.",
)
"""Invented teaser items for the short stress run: a headline, a byline, a date and (half the time) a
one-sentence summary, as a crowded page lists other stories around a short one."""


def short_story(paragraphs: list[str], count: int) -> list[str] | None:
    """The first `count` paragraphs of a story, the last cut at a sentence so that the whole holds at
    most SHORT_WORDS[1] words; None when they hold fewer than SHORT_WORDS[0] words (or a paragraph of
    one sentence runs past the cap)."""
    low, high = SHORT_WORDS
    kept: list[str] = []
    words = 0
    for text in paragraphs[:count]:
        sentences = [part for part in _SENTENCE_GAP.split(text) if part]
        taken: list[str] = []
        for sentence in sentences:
            if words + len(sentence.split()) > high:
                break
            taken.append(sentence)
            words += len(sentence.split())
        if not taken:
            break
        kept.append(" ".join(taken))
        if len(taken) < len(sentences):
            break
    return kept if low <= words and len(kept) == min(count, len(paragraphs)) else None


def teaser_items(picker, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """`count` invented teaser items (SHORT_TEASERS), each a title, a byline, a date and half the time a
    summary, blank lines between."""
    out: list[str] = []
    for _ in range(count):
        given, surname = LEAD_NAMES[picker.randrange(len(LEAD_NAMES))]
        out += [picker.choice(SHORT_TEASERS), "", f"By {given} {surname}", "",
                f"{picker.choice(_MONTHS)} {picker.randint(1, 28)}, {picker.choice(('2019', '2022', '2024'))}", ""]
        if picker.random() < 0.5:
            out += [picker.choice(SHORT_SUMMARIES), ""]
    return out


def short_page(
    lines: list[str], labels: list[int], story: list[str], teasers: bool, picker, title: tuple[int, str] | None = None  # type: ignore[no-untyped-def]
) -> str:
    """A tune page's raw `lines` with its story (the `labels`' lines) replaced by `story`'s paragraphs, all
    its furniture kept, and the line `title[0]` (the page's title) by `title[1]` (its own or another
    story's headline); with `teasers`, teaser items (`teaser_items`) put above the story (above its
    title when given) and under it."""
    body = [i for i, label in enumerate(labels) if label]
    first, last = body[0], body[-1]
    if title is not None:
        lines = [title[1] if i == title[0] else line for i, line in enumerate(lines)]
    middle = [line for paragraph in story for line in (paragraph, "")]
    above = teaser_items(picker, picker.randint(3, 8)) if teasers else []
    below = teaser_items(picker, picker.randint(3, 8)) if teasers else []
    at = picker.randint(0, first if title is None else title[0])
    head = lines[:at] + above + lines[at:first]
    tail = [line for i, line in enumerate(lines[last + 1 :], last + 1) if not labels[i]]
    return "\n".join(head + middle + below + tail)


def short_stress() -> str:
    """Short stories on crowded pages: the tune pages' stories (fold models) and COPY_ARTICLES BBC
    articles and PolNeAR `dev` texts each in a tune page's furniture (the page's story lines out), cut to
    their first 1, 2 or 3 paragraphs (`short_story`), with or without teaser items around them
    (`teaser_items`); through `segment` as a user's copy; empty bodies, recall and precision (over the
    pages with a body) by length. And the pages with teaser items and no story: no article wanted."""
    import random
    from collections import Counter

    sys.path.insert(0, str(config.PROJECT_ROOT / "benchmarks"))
    from extraction import fold as title_fold, pages, scorer

    from helpers.segment import segment

    tune = []
    page_titles: dict[str, set[str]] = {}
    for page in pages():
        if page.id.startswith(TUNE_PREFIXES):
            lines = page.text.splitlines()
            labels = raw_labels(lines, page.body)
            if any(labels):
                story = [" ".join(lines[i].split()) for i, label in enumerate(labels) if label and len(lines[i].split()) >= 6]
                first = labels.index(1)
                titled = [i for i in range(first) if title_fold(lines[i]) in page.titles]
                tune.append((page.id, lines, labels, story, titled[-1] if titled else None))
                page_titles[page.id] = set(page.titles) if titled else set()
    picker = random.Random("short-stress-articles")
    articles = []
    for path in [*picker.sample(sorted(BBC.glob("*/*.txt")), COPY_ARTICLES), *picker.sample(sorted(POLNEAR_DEV.glob("*.txt")), COPY_ARTICLES)]:
        shown = [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        articles.append((shown[0], shown[1:]))
    empty, recall, precision, total, measured, no_article, teased = Counter(), Counter(), Counter(), Counter(), Counter(), 0, 0
    titled, right = Counter(), Counter()
    for number, held in enumerate(_by_fold()):
        frames = [(lines, labels, title) for pid, lines, labels, _, title in tune if pid.startswith(held)]
        picker = random.Random(f"short-stress-{held}")
        cases = [
            ("tune", lines, labels, story, (title, lines[title]) if title is not None else None, page_titles[pid])
            for pid, lines, labels, story, title in tune if pid.startswith(held)
        ]
        for headline, article in articles[number :: len(TUNE_PREFIXES)]:
            lines, labels, title = frames[picker.randrange(len(frames))]
            cases.append(("article", lines, labels, article, (title, headline) if title is not None else None, set()))
        for source, lines, labels, story, title, titles in cases:
            for count in SHORT_LENGTHS:
                cut = short_story(story, count)
                if cut is None:
                    continue
                wanted = {title_fold(title[1])} if title is not None else titles
                for teasers in (False, True):
                    key = (source, count, teasers)
                    article = segment(short_page(lines, labels, cut, teasers, picker, title), {}, tokens=False)
                    parts = ([article.standfirst.text] if article.standfirst else []) + [p.text for p in article.paragraphs]
                    total[key] += 1
                    empty[key] += not article.paragraphs
                    found_p, found_r = scorer().doc_scores("\n\n".join(cut), "\n\n".join(parts))
                    recall[key] += found_r or 0.0
                    if wanted:
                        titled[key] += 1
                        right[key] += article.headline is not None and title_fold(article.headline.text) in wanted
                    if article.paragraphs:
                        measured[key] += 1
                        precision[key] += found_p or 0.0
        for lines, labels, _ in frames:
            teased += 1
            no_article += not segment(short_page(lines, labels, [], True, picker), {}, tokens=False).paragraphs
    rows = []
    for source in ("tune", "article"):
        for teasers in (False, True):
            cells = [
                f"{count}p empty {empty[source, count, teasers]:>2}/{total[source, count, teasers]:<3} "
                f"R {recall[source, count, teasers] / max(total[source, count, teasers], 1):.3f} "
                f"P {precision[source, count, teasers] / max(measured[source, count, teasers], 1):.3f}"
                for count in SHORT_LENGTHS
            ]
            heads = sum(right[source, count, teasers] for count in SHORT_LENGTHS)
            shown = sum(titled[source, count, teasers] for count in SHORT_LENGTHS)
            rows.append(f"{source:<7} {'teasers' if teasers else 'plain':<7} " + "  ".join(cells) + f"  headline {heads}/{shown}")
    cases_all = sum(total.values())
    return (
        "short stories (first 1-3 paragraphs, 40-120 words) in tune pages' furniture (8-fold CV models):\n  " + "\n  ".join(rows)
        + f"\n  all: empty {sum(empty.values())}/{cases_all}, recall {sum(recall.values()) / max(cases_all, 1):.3f}, "
        f"precision {sum(precision.values()) / max(sum(measured.values()), 1):.3f}"
        + f", headline {sum(right.values())}/{sum(titled.values())} (pages with a title line)"
        + f"\n  teaser items and no story: no article on {no_article} of {teased} tune pages"
    )


FAR_LINES = (6, 25)
"""The far-title stress run (`--far-title-stress`) stacks 6 to 25 lines of furniture between a title and
its story's first paragraph."""
FAR_FURNITURE: dict[str, tuple[tuple[str, ...], ...]] = {
    "read": (("{minutes} min read",), ("Reading time: {minutes} minutes",)),
    "alt": (("Image: {caption}",), ("A photo of {caption}",)),
    "newsletter": (("Sign up for our morning newsletter", "Get the day's main stories sent to your inbox.", "Sign up"),
                   ("Newsletter", "Enter your email address", "Subscribe")),
    "credit": (("{name}/{agency}",), ("Photograph: {agency}",)),
}
"""Invented furniture the far-title run adds to `LEAD_FURNITURE`'s kinds: a reading time, an image's
alt text, a newsletter box, a credit alone."""
FAR_ABOVE = ("Trending", "Most read", "Related stories", "Latest")
"""Invented labels over the teaser headlines the far-title run puts above the title."""


def far_block(story: list[str], picker, low: int, high: int) -> list[str]:  # type: ignore[no-untyped-def]
    """`low` to `high` lines (a seeded count) of furniture to stand between a title and its `story`:
    a byline and a date first (in a seeded order), then pieces of LEAD_FURNITURE and FAR_FURNITURE
    kinds in a seeded order (a standfirst at most once) until the count is reached (the last piece cut)."""
    wanted = picker.randint(low, high)
    lines = _lead_lines("byline", story, picker) + _lead_lines("date", story, picker)
    if picker.random() < 0.5:
        lines.reverse()
    kinds = [k for k in (*LEAD_FURNITURE, *FAR_FURNITURE) if k not in ("byline", "date")]
    standfirst = False
    while len(lines) < wanted:
        kind = picker.choice(kinds)
        if kind == "standfirst":
            if standfirst:
                continue
            standfirst = True
        if kind in FAR_FURNITURE:
            entries = FAR_FURNITURE[kind]
            fields = {"minutes": str(picker.randint(2, 12)), "caption": _caption(story, picker), "agency": picker.choice(_AGENCIES),
                      "name": " ".join(LEAD_NAMES[picker.randrange(len(LEAD_NAMES))])}
            lines += [line.format(**fields) for line in entries[picker.randrange(len(entries))]]
        else:
            lines += _lead_lines(kind, story, picker)
    return lines[:wanted]


def far_teasers(picker) -> list[str]:  # type: ignore[no-untyped-def]
    """A label ("Trending", FAR_ABOVE) and two to five invented teaser headlines (SHORT_TEASERS) to stand
    above a title."""
    return [picker.choice(FAR_ABOVE), *picker.sample(SHORT_TEASERS, picker.randint(2, 5))]


FAR_TRIALS = 2


def far_title_stress() -> str:
    """Headlines right when the title stands far above its story (`far_block`: 6-25 lines of bylines,
    dates, share rows, captions and credits, reading times, tags, a standfirst, an image's alt text, a
    newsletter box) with teaser headlines above the title (`far_teasers`): on the tune pages, and on BBC
    and PolNeAR `dev` stories in a tune page's frame (`bbc_pages`, the headline its first line), by the
    cross-validation's fold models."""
    import random

    from helpers.finder import find_article

    chosen = tune_pages()
    polnear = sorted(POLNEAR_DEV.glob("*.txt"))
    right = {"tune": 0, "bbc": 0, "polnear": 0}
    total = {"tune": 0, "bbc": 0, "polnear": 0}
    for held in _by_fold():
        held_pages = [page for page in chosen if page[0].startswith(held)]
        picker = random.Random(f"far-title-stress-{held}")
        cases = []
        for pid, texts, labels, title in _titled(held_pages):
            first = next(i for i, label in enumerate(labels) if label)
            story = [texts[i] for i, label in enumerate(labels) if label]
            for _ in range(FAR_TRIALS):
                head = texts[:title] + far_teasers(picker) + [texts[title]]
                cases.append(("tune", head + far_block(story, picker, *FAR_LINES) + texts[first:], len(head) - 1))
        for texts, title, paragraphs in bbc_pages(held_pages, f"far-title-stress-bbc-{held}"):
            first = paragraphs[0]
            story = [texts[i] for i in paragraphs]
            head = texts[:title] + far_teasers(picker) + [texts[title]]
            cases.append(("bbc", head + far_block(story, picker, *FAR_LINES) + texts[first:], len(head) - 1))
            lines = _story_lines(polnear[picker.randrange(len(polnear))])
            head = texts[:title] + far_teasers(picker) + [lines[0]]
            after = texts[paragraphs[-1] + 1 :]
            cases.append(("polnear", head + far_block(lines[1:], picker, *FAR_LINES) + lines[1:] + after, len(head) - 1))
        for source, texts, title in cases:
            found = find_article(texts).headline
            total[source] += 1
            right[source] += found is not None and fold(texts[found]) == fold(texts[title])
    both = sum(right.values())
    shown = ", ".join(f"{key} {right[key]}/{total[key]}" for key in right)
    return f"headline right with the title 6-25 lines of furniture above its story, teasers above it (8-fold CV models): {both} of {sum(total.values())} ({shown})"


FILTER_KINDS = ("label", "label-value", "label-teaser", "window", "question", "capitals", "quotation", "full-stop",
                "number-first", "figures", "prefix")
"""What the filter stress run (`--filter-stress`) does to a title, one kind at a time (`filtered`): a kicker's
label ending in a colon right above it ("Opinion:", "Filed under:": where `field_value` reads a field's value),
furniture the labels exist for right above it (a category under "Filed under:", a teaser under "Trending:"), the
title more than HEADLINE_WINDOW lines of furniture above its story (`window_block`), or the title in an unusual
shape: a question, capitals, a quotation, a sentence's full stop, a number first, figures in it, a kicker's label
glued in front of it ("Video: ", "Sources: ")."""
FILTER_LABELS = ("Section:", "Filed under:", "Opinion:", "Analysis:", "In brief:", "EXCLUSIVE:", "Topic:", "Update:",
                 "Category:", "NEWS:")
FILTER_PREFIXES = ("Video: ", "Photos: ", "Sources: ", "WATCH: ", "Analysis: ", "#Budget2024: ")
FILTER_VALUES = ("Budget And Local Politics", "Transport And Roads", "Health Services Today", "Schools And Education News")
FILTER_FIELDS = (("Filed under:", "value"), ("Category:", "value"), ("TRENDING:", "teaser"), ("Most read:", "teaser"),
                 ("Author:", "name"))
WINDOW_LINES = (42, 60)
"""The window kind stacks furniture (`far_block`'s kinds) until 42 to 60 of its lines have three words or more."""


def window_block(story: list[str], picker) -> list[str]:  # type: ignore[no-untyped-def]
    """A byline and a date, then pieces of furniture (`far_block`) until a seeded count of WINDOW_LINES lines of three
    words or more: the title stands past the headline's window above its story."""
    wanted = picker.randint(*WINDOW_LINES)
    lines: list[str] = []
    while sum(len(line.split()) >= 3 for line in lines) < wanted:
        lines += far_block(story, picker, 6, 12)[2 if lines else 0 :]  # one byline and date, at the top
    return lines


def _reshaped(kind: str, title: str, picker) -> str:  # type: ignore[no-untyped-def]
    """The title in the shape `kind` names (FILTER_KINDS' shapes)."""
    bare = title.rstrip(".!?;:")
    lowered = bare[:1].lower() + bare[1:] if bare[1:2].islower() else bare
    if kind == "question":
        return picker.choice((f"{bare}?", f"Why {lowered}?", f"Is this why {lowered}?"))
    if kind == "capitals":
        return bare.upper()
    if kind == "quotation":
        return picker.choice((f"“{bare}”", f'"{bare}"', f"‘{bare}’, says {' '.join(LEAD_NAMES[picker.randrange(len(LEAD_NAMES))])}"))
    if kind == "full-stop":
        return f"{bare[:1].upper()}{bare[1:].lower()}." if picker.random() < 0.5 else f"{bare}."
    if kind == "number-first":
        return picker.choice((f"{picker.randint(2, 40)} {lowered}", f"{picker.choice(('2019', '2022', '2024'))}: {bare}",
                              f"{picker.randint(3, 12)} things to know: {bare}"))
    if kind == "prefix":
        return f"{picker.choice(FILTER_PREFIXES)}{bare}"
    score = f"{picker.randint(0, 5)}-{picker.randint(0, 5)}"
    return f"{bare}: {score} ({picker.randint(2, 60)}% to {picker.randint(2, 60)}%, {picker.choice(('2019', '2022', '2024'))})"


def filtered(kind: str, texts: list[str], title: int, first: int, story: list[str], picker) -> tuple[list[str], int]:  # type: ignore[no-untyped-def]
    """The page `texts` (its title at `title`, its story from `first`) with `kind` of FILTER_KINDS done to its
    title; the title's new index."""
    if kind == "label":
        return texts[:title] + [picker.choice(FILTER_LABELS)] + texts[title:], title + 1
    if kind in ("label-value", "label-teaser"):
        fields = [f for f in FILTER_FIELDS if (f[1] == "teaser") == (kind == "label-teaser")]
        label, value = fields[picker.randrange(len(fields))]
        shown = (picker.choice(FILTER_VALUES) if value == "value" else picker.choice(SHORT_TEASERS) if value == "teaser"
                 else " ".join(LEAD_NAMES[picker.randrange(len(LEAD_NAMES))]))
        return texts[:title] + [label, shown] + texts[title:], title + 2
    if kind == "window":
        return texts[: title + 1] + window_block(story, picker) + texts[first:], title
    made = list(texts)
    made[title] = _reshaped(kind, texts[title], picker)
    return made, title


FILTER_TRIALS = 1


def filter_stress() -> str:
    """Headlines right, by kind of FILTER_KINDS, when the title stands where a candidate filter drops it (under a
    field's label, past the window, in an unusual shape) or furniture the filters exist for stands right above it:
    on the tune pages and on BBC and PolNeAR `dev` stories in a tune page's frame (`bbc_pages`, the headline its
    first line), by the cross-validation's fold models."""
    import random
    from collections import Counter

    from helpers.finder import find_article

    chosen = tune_pages()
    polnear = sorted(POLNEAR_DEV.glob("*.txt"))
    right: Counter = Counter()
    total: Counter = Counter()
    for held in _by_fold():
        held_pages = [page for page in chosen if page[0].startswith(held)]
        picker = random.Random(f"filter-stress-{held}")
        cases = []
        for _, texts, labels, title in _titled(held_pages):
            first = next(i for i, label in enumerate(labels) if label)
            cases.append(("tune", texts, title, first, [texts[i] for i, label in enumerate(labels) if label]))
        for texts, title, paragraphs in bbc_pages(held_pages, f"filter-stress-bbc-{held}"):
            cases.append(("bbc", texts, title, paragraphs[0], [texts[i] for i in paragraphs]))
            lines = _story_lines(polnear[picker.randrange(len(polnear))])
            made = texts[:title] + [lines[0]] + texts[title + 1 : paragraphs[0]]
            cases.append(("polnear", made + lines[1:] + texts[paragraphs[-1] + 1 :], title, len(made), lines[1:]))
        for source, texts, title, first, story in cases:
            for kind in FILTER_KINDS:
                for _ in range(FILTER_TRIALS):
                    made, at = filtered(kind, texts, title, first, story, picker)
                    found = find_article(made).headline
                    hit = found is not None and fold(made[found]) == fold(made[at])
                    for key in (kind, source, "all"):
                        total[key] += 1
                        right[key] += hit
    shown = ", ".join(f"{key} {right[key]}/{total[key]}" for key in (*FILTER_KINDS, "tune", "bbc", "polnear"))
    return f"headline where a candidate filter stands (8-fold CV models): all {right['all']} of {total['all']}; {shown}"


UNDER_TRIALS = 2
UNDER_KINDS = ("under", "over")


def _short_line(texts: list[str], labels: list[int], title_words: int, picker) -> str | None:  # type: ignore[no-untyped-def]
    """A line on the story's subject shorter than its title: the first three or more words (fewer than the
    title's) of the story's first paragraph of twelve words or more, in title case, no full stop (a
    sub-headline, or a related story's line set under the title)."""
    first = next((i for i, label in enumerate(labels) if label and len(texts[i].split()) >= 12), None)
    if first is None or title_words < 5:
        return None
    words = texts[first].split()[: picker.randint(3, title_words - 1)]
    return " ".join(w[:1].upper() + w[1:] for w in words).rstrip(".,;:!?")


def under_stress() -> str:
    """Headlines right when a shorter line on the story's subject stands right under a long title
    (`under`: `_short_line`), and when other pages' longer titles stand right above a title (`over`: a
    teaser list, two or three lines, each longer than the title), seeded per fold, UNDER_TRIALS
    per page and kind, by the cross-validation's fold models: what a feature for a shorter line under a
    longer title-shaped line wins, and what it costs a title under a teaser list."""
    import random

    from helpers.finder import find_article

    chosen = tune_pages()
    pool = [(pid, texts[title]) for pid, texts, _, title in _titled(chosen)]
    right = {kind: 0 for kind in UNDER_KINDS}
    total = {kind: 0 for kind in UNDER_KINDS}
    for held in _by_fold():
        picker = random.Random(f"under-stress-{held}")
        held_pages = [page for page in chosen if page[0].startswith(held)]
        for pid, texts, labels, title in _titled(held_pages):
            words = len(texts[title].split())
            for kind in UNDER_KINDS:
                for _ in range(UNDER_TRIALS):
                    if kind == "under":
                        line = _short_line(texts, labels, words, picker)
                        if line is None:
                            continue
                        made, at = texts[: title + 1] + [line] + texts[title + 1 :], title
                    else:
                        longer = [text for owner, text in pool if owner != pid and len(text.split()) > words]
                        if len(longer) < 2:
                            continue
                        teasers = picker.sample(longer, picker.choice((2, 3)))
                        made, at = texts[:title] + teasers + texts[title:], title + len(teasers)
                    found = find_article(made).headline
                    total[kind] += 1
                    right[kind] += found is not None and fold(made[found]) == fold(made[at])
    shown = ", ".join(f"{kind} {right[kind]}/{total[kind]}" for kind in UNDER_KINDS)
    return f"headline with a shorter line under the title or longer titles above it (8-fold CV models): all {sum(right.values())} of {sum(total.values())}; {shown}"


def main(argv: list[str]) -> int:
    runs = {
        "--copy-stress": copy_stress, "--quote-stress": quote_stress, "--far-title-stress": far_title_stress, "--filter-stress": filter_stress, "--short-stress": short_stress, "--inside-stress": inside_stress, "--lead-stress": lead_stress, "--kinds": kinds, "--under-stress": under_stress,
        "--bbc-stress": bbc_stress, "--headline-stress": headline_stress, "--cv": cross_validate, "--stress": stress,
        "--opening-stress": lambda: stress(opening=True),
    }
    if "-v" in argv and "--headline-stress" in argv:  # the misses too
        print(headline_stress(verbose=True))
        return 0
    unknown = [arg for arg in argv if arg not in runs and arg != "--check"]
    if unknown:  # an option mistyped must not fall through to rewriting the shipped model
        print(f"unknown option {unknown[0]}; use one of --check, {', '.join(runs)} or none (rebuild the model)", file=sys.stderr)
        return 2
    for option, run in runs.items():
        if option in argv:
            print(run())
            return 0
    text = serialize(build())
    if "--check" in argv:
        same = TARGET.read_text(encoding="utf-8") == text
        print("finder model is up to date" if same else "finder model differs from what tools/train_finder.py builds")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(config.PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
