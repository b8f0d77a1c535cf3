"""The article finder's two small models: is a paragraph part of the article, and is a line the
article's headline. Both are logistic regressions over the evidence in `furniture` and the
paragraph's neighbourhood, trained on the `tune` half of webbench by `tools/train_finder.py` and
shipped as `resources/finder_model.json` (a few dozen weights; no download, no pickle)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .assets import read_text
from .furniture import TITLE_CASE, Evidence, fold

FURNITURE_KINDS = ("share", "account", "ad", "credit", "byline", "date", "banner", "breaking")
CONTEXT = (-2, -1, 1, 2)
ECHO_WINDOW = 30
"""How far from a headline a page repeats it (share widgets, breadcrumbs, galleries)."""
HEADLINE_WINDOW = 40
"""How many paragraphs above the body the headline is looked for."""


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


def section_end(items: Sequence[Evidence], start: int, end: int) -> int:
    """Where a run of prose stops: before the first heading that ends an article ("Comments",
    "Related stories") or the first appeal, once the story has begun and unless the story resumes."""
    total = max(_prose_words(items, start, end), 1)
    for index in range(start + 1, end + 1):
        item = items[index]
        if (item.end is None and not item.appeal) or _in_button_row(items, index):
            continue
        before = _prose_words(items, start, index - 1)
        if before < 40 and before < 0.25 * total:
            continue
        if item.end != "comments" and not item.appeal and _inline_box(items, index, end, before):
            continue
        return index - 1
    return end


def prior_region(items: Sequence[Evidence]) -> tuple[int, int]:
    """The body as the classic search finds it: the densest run of prose, cut at a section end."""
    start, end = densest_run([prior(item) for item in items])
    return (start, section_end(items, start, end)) if end >= start else (start, end)


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


def block_features(items: Sequence[Evidence]) -> list[list[float]]:
    """One feature vector per paragraph: its own evidence, its neighbours', and where it stands
    against the densest run of prose."""
    count = len(items)
    start, end = prior_region(items)
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


def echoed(texts: Sequence[str], index: int) -> bool:
    """True when a line of five words or more appears again inside another line near it (a title
    repeated in a share widget, a breadcrumb or a gallery)."""
    folded = fold(texts[index])
    if len(folded.split()) < 5:
        return False
    near = range(max(0, index - ECHO_WINDOW), min(len(texts), index + ECHO_WINDOW + 1))
    return any(i != index and folded in fold(texts[i]) for i in near)


HEADLINE_NAMES = (
    "bias", "distance", "prose_between", "menus_between", "titles_between", "log_words", "headline_length",
    "capitals", "stop_share", "sentence", "echoed", "repeated", "byline_after", "section_end_before",
    "opens_body", "body_probability", "name_like", "separator", "no_stopwords", "menu_above",
    "furniture_below", "first_after_menu", "body_overlap", "most_overlap", "nearest", "second_nearest",
    "longest", "topmost", "full_stop",
)
"""The headline model's evidence, by name (`headline_features`, then the candidate's rank among
the page's candidates in `headline_rows`)."""
_CONTENT = re.compile(r"[^\W\d_]{3,}")


def body_vocabulary(texts: Sequence[str], start: int, paragraphs: int = 12) -> frozenset[str]:
    """The stems (first five letters) of the words in the body's opening paragraphs."""
    return frozenset(w.casefold()[:5] for text in texts[start : start + paragraphs] for w in _CONTENT.findall(text))


def overlap(text: str, vocabulary: frozenset[str]) -> float:
    """Share of a line's content words (not common English words) whose stems the body uses: a
    headline speaks of what its article does; a menu, a teaser or a byline mostly does not."""
    from .furniture import stoplist

    words = [w.casefold() for w in _CONTENT.findall(text) if w.casefold() not in stoplist()]
    return sum(1 for w in words if w[:5] in vocabulary) / len(words) if words else 0.0
_SEPARATOR = re.compile(r"[|/•·]|\s[-–—]\s*$")


def _menu_like(item: Evidence) -> bool:
    return item.junk or (item.words <= 4 and not item.sentence) or (item.repeats > 1 and item.words <= 8)


def _name_like(item: Evidence, text: str) -> bool:
    """A byline or credit: a few capitalized words starting with a known given name."""
    from .mentions import given_name

    first = text.split()[0] if text.split() else ""
    return item.words <= 12 and item.capitals >= 0.8 and given_name(first.strip(",")) is not None


def _byline_like(items: Sequence[Evidence], texts: Sequence[str], index: int) -> bool:
    """A byline or a date line: named as such, or a bare name ("Jane Doe", without "By")."""
    return items[index].furniture in ("byline", "date") or _name_like(items[index], texts[index])


def contains_other(texts: Sequence[str], index: int) -> bool:
    """True when a line holds another nearby line of five words or more and more besides (a
    breadcrumb glued to the title it leads to: "HomeNewsThe title")."""
    folded = fold(texts[index])
    near = range(max(0, index - 3), min(len(texts), index + 4))
    for other in near:
        inner = fold(texts[other])
        if other != index and len(inner.split()) >= 5 and inner in folded and len(inner) < len(folded):
            return True
    return False


def _titled_sentence(item: Evidence) -> bool:
    """A title-sized line ending in a full stop, not in title case ("Town votes to keep its
    libraries. Opponents vow to fight on."): a headline on some pages, a standfirst on others."""
    return (
        item.full_stop and not item.junk and 3 <= item.words <= 30 and item.chars <= 300
        and item.digits * 2 <= item.words and item.first not in "([@#"
    )


def headline_candidates(items: Sequence[Evidence], texts: Sequence[str], body_start: int) -> list[int]:
    """Lines that could be the headline: title-shaped, in the window above the body (or its first
    line), not a caption ending in its photo credit, and not a breadcrumb glued to a title
    ("HomeNewsThe title")."""
    first = min(body_start, len(items) - 1)
    found = []
    for index in range(first, max(-1, body_start - 1 - HEADLINE_WINDOW), -1):
        item = items[index]
        shaped = item.title_shape or (index < body_start and _titled_sentence(item))
        if not shaped or item.credit_tail or (index >= body_start and item.full_stop and item.capitals < TITLE_CASE):
            continue
        if contains_other(texts, index):
            continue
        found.append(index)
    return found


def headline_features(
    items: Sequence[Evidence],
    texts: Sequence[str],
    index: int,
    body_start: int,
    body_probability: Sequence[float],
    vocabulary: frozenset[str] = frozenset(),
) -> dict[str, float]:
    """Evidence that a line is the headline of the article whose body starts at `body_start`."""
    item = items[index]
    between = items[index + 1 : body_start]
    below = range(index + 1, min(index + 7, len(items)))
    return {
        "bias": 1.0,
        "distance": max(body_start - index, 0) / 10,
        "menus_between": float(sum(1 for other in between if other.repeats > 1 and other.words <= 3 and not other.junk)),
        "titles_between": float(sum(1 for other in between if other.title_shape)),
        "log_words": math.log1p(item.words),
        "headline_length": float(5 <= item.words <= 20),
        "echoed": float(echoed(texts, index)),
        "byline_after": float(any(_byline_like(items, texts, i) for i in below[:3])),
        "body_probability": body_probability[index],
        "name_like": float(_name_like(item, texts[index])),
        "separator": float(bool(_SEPARATOR.search(texts[index]))),
        "no_stopwords": float(item.stop == 0.0),
        "furniture_below": float(sum(1 for i in below if items[i].furniture in ("credit", "share") or _byline_like(items, texts, i))),
        "body_overlap": overlap(texts[index], vocabulary),
        "prose_between": float(sum(1 for other in between if other.prose)),
        "capitals": item.capitals,
        "stop_share": item.stop,
        "sentence": float(item.sentence),
        "repeated": float(item.repeats > 1),
        "section_end_before": float(any(items[i].end for i in range(max(0, index - 2), index))),
        "opens_body": float(index >= body_start),
        "menu_above": float(index > 0 and _menu_like(items[index - 1])),
        "full_stop": float(item.full_stop),
        "first_after_menu": float(index >= 3 and all(_menu_like(other) for other in items[index - 3 : index])),
    }


def headline_rows(
    items: Sequence[Evidence],
    texts: Sequence[str],
    candidates: Sequence[int],
    body_start: int,
    body_probability: Sequence[float],
    vocabulary: frozenset[str],
) -> list[list[float]]:
    """Feature rows of all candidates (in HEADLINE_NAMES order), each with how it ranks among the
    others (the most overlap with the body, the nearest, the longest, the topmost)."""
    ranked = sorted(candidates, key=lambda i: abs(body_start - i))
    found = [headline_features(items, texts, index, body_start, body_probability, vocabulary) for index in candidates]
    best_overlap = max((f["body_overlap"] for f in found), default=0.0)
    longest = max((items[i].words for i in candidates), default=0)
    rows = []
    for index, features in zip(candidates, found):
        features["nearest"] = float(index == ranked[0])
        features["second_nearest"] = float(len(ranked) > 1 and index == ranked[1])
        features["most_overlap"] = float(features["body_overlap"] == best_overlap and best_overlap > 0)
        features["longest"] = float(items[index].words == longest)
        features["topmost"] = float(index == min(candidates))
        rows.append([features[name] for name in HEADLINE_NAMES])
    return rows


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


def fit_ranking(groups: Sequence[tuple[Sequence[Sequence[float]], int]], l2: float = 1.0, steps: int = 30) -> list[float]:
    """Weights of an L2-regularized conditional logit: in each group (the candidates of one page)
    the chosen row should score highest. Newton's method, deterministic; the first column (a
    constant) cancels within a group and gets weight 0. Features are put on one scale (divided by
    their spread over all candidates) before the penalty applies, so it holds each of them back
    alike; the weights returned are for the features as they are."""
    import numpy as np

    spread = np.concatenate([np.asarray(rows, dtype=np.float64) for rows, _ in groups]).std(axis=0)
    spread[spread < 1e-9] = 1.0
    prepared = [(np.asarray(rows, dtype=np.float64) / spread, chosen) for rows, chosen in groups]
    width = prepared[0][0].shape[1]
    w = np.zeros(width)
    penalty = np.full(width, l2)
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
        w = w - np.linalg.solve(hessian, gradient)
    return [float(v) for v in w / spread]
