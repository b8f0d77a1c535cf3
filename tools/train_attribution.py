"""Rebuild src/helpers/resources/attribution_model.json from PolNeAR `train` (never `dev`).

    .venv/bin/python tools/train_attribution.py            # writes the model
    .venv/bin/python tools/train_attribution.py --check    # exits 1 when the shipped model differs
    .venv/bin/python tools/train_attribution.py --digest   # quick: exits 1 when train or the code changed

What is learned:
- the cue lexicon: words that annotators marked inside a Cue span at least MIN_CUE_COUNT times,
  less those whose best cue score on train stays far below any use (see `reachable`);
- `cue`: an averaged perceptron over every lexicon word (and colon, dash) outside quotation marks,
  positive when the token lies inside an annotated Cue;
- `source`: a ranking perceptron choosing where a source written before its cue starts, trained
  on every annotated Source that ends right before its Cue.
Training is deterministic (articles in name order, no shuffling, rounded weights, sorted JSON).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear import GoldArticle, load_split  # noqa: E402

from helpers import attribution as at  # noqa: E402
from helpers.perceptron import train_binary, train_ranking  # noqa: E402
from helpers.quotations import quote_spans  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "helpers" / "resources" / at.MODEL_FILE
MIN_CUE_COUNT = 3
MIN_CUE_RATE = 0.02
EPOCHS = 6
MIN_FEATURE_COUNT = 5
PRUNE_MARGIN = 8.0


def _inside(tok: at.Tok, pieces: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= tok.start < b for a, b in pieces)


def tokens_of(item: GoldArticle) -> list[list[at.Tok]]:
    return at.article_tokens(item.article, quote_spans(item.article))


def cue_lexicon(articles: list[GoldArticle], tokens: list[list[list[at.Tok]]]) -> list[str]:
    """Stems of words often enough inside a Cue, and often enough a cue when they appear."""
    in_cue: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for item, paragraphs in zip(articles, tokens):
        cues = [a.cue.pieces for a in item.attributions if a.cue]
        for toks in paragraphs:
            for tok in toks:
                if tok.quote >= 0 or tok.mark or not tok.text[:1].isalpha():
                    continue
                root = at.stem(tok.lower)
                seen[root] += 1
                if any(_inside(tok, pieces) for pieces in cues):
                    in_cue[root] += 1
    return sorted(w for w, n in in_cue.items() if n >= MIN_CUE_COUNT and n / seen[w] >= MIN_CUE_RATE)


def cue_examples(
    articles: list[GoldArticle], tokens: list[list[list[at.Tok]]], lexicon: frozenset[str]
) -> tuple[list[tuple[list[str], bool]], list[str]]:
    """Every candidate token's features and whether annotators marked it inside a Cue, and its stem."""
    examples, stems = [], []
    for item, paragraphs in zip(articles, tokens):
        cues = [a.cue.pieces for a in item.attributions if a.cue]
        for toks in paragraphs:
            layout = at.sentence_layout(toks)
            for i in range(len(toks)):
                if at.is_candidate(toks, i, lexicon):
                    label = any(_inside(toks[i], pieces) for pieces in cues)
                    examples.append((at.cue_features(toks, i, layout), label))
                    stems.append(at.stem(toks[i].lower))
    return examples, stems


def reachable(examples: list[tuple[list[str], bool]], stems: list[str], weights: dict[str, float]) -> list[str]:
    """The lexicon stems whose best cue score on the training tokens comes within PRUNE_MARGIN of
    the weakest score any cue word gets a chance at (at.RESCUE_MIN): the others ("of", "need")
    never become cues, so the runtime need not score them."""
    best: dict[str, float] = {}
    bias = weights.get("bias", 0.0)
    for (features, _), root in zip(examples, stems):
        value = at.score(weights, features) + bias
        if value > best.get(root, -1e9):
            best[root] = value
    return sorted(root for root, value in best.items() if value > at.RESCUE_MIN - PRUNE_MARGIN)


def source_examples(articles: list[GoldArticle], tokens: list[list[list[at.Tok]]]) -> list[tuple[list[list[str]], int]]:
    """For each annotated Source written before its Cue: the candidate starts and the right one."""
    examples = []
    for item, paragraphs in zip(articles, tokens):
        for attribution in item.attributions:
            if not (attribution.cue and attribution.source and attribution.cue.pieces and attribution.source.pieces):
                continue
            src_start, src_end = attribution.source.pieces[0][0], attribution.source.pieces[-1][1]
            cue_start = attribution.cue.pieces[0][0]
            if src_start >= cue_start:
                continue
            for toks in paragraphs:
                if not toks or not toks[0].start <= cue_start < toks[-1].end + 1:
                    continue
                cue = next((i for i, t in enumerate(toks) if t.start >= cue_start), None)
                if cue is None:
                    break
                end = at.source_before_end(toks, cue)
                if end < 0 or not src_start <= toks[end].start < src_end:
                    break
                starts = at.source_starts(toks, end)
                right = next((k for k, s in enumerate(starts) if toks[s].start == src_start), None)
                if right is not None and len(starts) > 1:
                    examples.append(([at.source_features(toks, s, end, cue) for s in starts], right))
                break
    return examples


def _matches(text: str, content: str) -> bool:
    """The scorer's test: one text's first 40 normalized characters lie inside the other."""
    def flat(value: str) -> str:
        value = value.lower().replace("’", "'").replace("‘", "'")
        return " ".join(re.sub(r"[^a-z0-9']+", " ", value).split())

    p, c = flat(text), flat(content)
    return bool(p and c) and (p[:40] in c or c[:40] in p)


def accept_examples(
    articles: list[GoldArticle], tokens: list[list[list[at.Tok]]], m: at.Model
) -> list[tuple[list[str], bool]]:
    """Every attribution `m` builds, labelled by whether annotators marked that content."""
    examples = []
    for item, paragraphs in zip(articles, tokens):
        spans = quote_spans(item.article)
        contents = [a.content.text for a in item.attributions]
        for attribution, features in at.candidates(item.article, spans, paragraphs, m, groups_after=False, late_rules=False):
            text = " ".join(item.article.text[s:e] for s, e in attribution.content)
            examples.append((features, any(_matches(text, c) for c in contents)))
    return examples


def _cue_and_source(articles: list[GoldArticle], tokens: list[list[list[at.Tok]]], lexicon: list[str]) -> at.Model:
    examples, stems = cue_examples(articles, tokens, frozenset(lexicon))
    cue = train_binary(examples, epochs=EPOCHS, min_count=MIN_FEATURE_COUNT)
    source = train_ranking(source_examples(articles, tokens), epochs=EPOCHS, min_count=MIN_FEATURE_COUNT)
    return at.Model(frozenset(reachable(examples, stems, cue)), cue, source, {})


def build(articles: list[GoldArticle]) -> dict[str, object]:
    """The model: cue and source weights from every article; the acceptance weights from
    attributions built on each half by the cue and source weights of the other half."""
    tokens = [tokens_of(item) for item in articles]
    lexicon = cue_lexicon(articles, tokens)
    halves = [[i for i in range(len(articles)) if i % 2 == k] for k in (0, 1)]
    examples: list[tuple[list[str], bool]] = []
    for train_half, test_half in (halves, halves[::-1]):
        partial = _cue_and_source([articles[i] for i in train_half], [tokens[i] for i in train_half], lexicon)
        examples += accept_examples([articles[i] for i in test_half], [tokens[i] for i in test_half], partial)
    accept = train_binary(examples, epochs=EPOCHS, min_count=MIN_FEATURE_COUNT)
    full = _cue_and_source(articles, tokens, lexicon)
    return {
        "about": "articlelab attribution model: built by tools/train_attribution.py from PolNeAR train",
        "articles": len(articles),
        "built_from": digest_of(articles),
        "lexicon": sorted(full.lexicon),
        "cue": full.cue,
        "source": full.source,
        "accept": accept,
    }


CODE = (
    "tools/train_attribution.py", "tools/polnear.py", "src/helpers/attribution.py", "src/helpers/perceptron.py",
    "src/helpers/quotations.py", "src/helpers/resources/reporting_verbs.txt", "src/helpers/resources/stopwords.txt",
)
"""The files that decide what is learned from the articles (features, candidates, training)."""


def digest_of(articles: list[GoldArticle]) -> dict[str, str]:
    """What the model was built from: a SHA-256 of the train articles as training sees them (cleaned
    text, paragraphs, sentences, aligned annotations) and one of the files in CODE. A test compares
    them with the shipped model's in seconds; `--check` rebuilds it byte for byte (minutes)."""
    data = hashlib.sha256()
    for item in articles:
        article = item.article
        data.update(json.dumps([
            item.name, article.text, [(p.start, p.end) for p in article.paragraphs],
            [(x.start, x.end, x.paragraph) for x in article.sentences],
            [[g.source.pieces if g.source else None, g.cue.pieces if g.cue else None, g.content.pieces, g.content.text]
             for g in item.attributions],
        ], ensure_ascii=False).encode("utf-8"))
    code = hashlib.sha256()
    for name in CODE:
        code.update(name.encode("utf-8") + b"\0" + (ROOT / name).read_bytes())
    return {"train": data.hexdigest(), "code": code.hexdigest()}


def serialize(model: dict[str, object]) -> bytes:
    return (json.dumps(model, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def main(argv: list[str]) -> int:
    articles = load_split("train")
    if "--digest" in argv:
        same = OUT.exists() and json.loads(OUT.read_text(encoding="utf-8")).get("built_from") == digest_of(articles)
        print("the shipped model was built from this train split by this code" if same else "train or the code changed since the model was built")
        return 0 if same else 1
    data = serialize(build(articles))
    if "--check" in argv:
        same = OUT.exists() and OUT.read_bytes() == data
        print("the shipped model is what train builds" if same else "the shipped model differs from what train builds")
        return 0 if same else 1
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
