"""The attribution model: shipped as what tools/train_attribution.py builds from PolNeAR train,
deterministically; cue words and sources found the way the model learned them."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import config
from helpers.assets import read_text
from helpers.attribution import MODEL_FILE, article_tokens, model, sentence_layout
from helpers.quotations import quote_spans
from helpers.segment import segment

from .conftest import load_tool

TRAIN = config.PROJECT_ROOT.parent / "shared" / "corpora" / "polnear" / "train"


def _trainer() -> ModuleType:
    return load_tool("train_attribution")


def test_the_shipped_model_is_canonical_json_with_its_provenance() -> None:
    text = read_text(MODEL_FILE)
    data = json.loads(text)
    assert text.encode("utf-8") == _trainer().serialize(data)  # sorted keys, rounded weights: rebuilds compare byte for byte
    assert data["articles"] == 840 and set(data["built_from"]) == {"train", "code"}
    assert {"said", "told", "accord", "believ"} <= set(data["lexicon"])


@pytest.mark.corpus
@pytest.mark.skipif(not TRAIN.is_dir(), reason="../shared/corpora/polnear/train is not present")
def test_the_shipped_model_was_built_from_train_by_this_code() -> None:
    """The full rebuild takes minutes (`tools/train_attribution.py --check` compares it byte for
    byte); here the train split as training sees it and the training code must be what the shipped
    model records, so a change to either fails until the model is rebuilt."""
    trainer = _trainer()
    shipped = json.loads(read_text(MODEL_FILE))
    assert shipped["built_from"] == trainer.digest_of(trainer.load_split("train"))


@pytest.mark.corpus
@pytest.mark.skipif(not TRAIN.is_dir(), reason="../shared/corpora/polnear/train is not present")
def test_training_is_deterministic() -> None:
    trainer = _trainer()
    articles = trainer.load_split("train", limit=16)
    first = trainer.serialize(trainer.build(articles))
    assert first == trainer.serialize(trainer.build(articles))
    assert json.loads(first)["articles"] == 16


@given(st.lists(st.sampled_from(list("ab. ,\n\"“”:—") + ["said ", "He ", "Ann Lee "]), max_size=80).map("".join))
@settings(max_examples=200, deadline=None)
def test_sentence_layout_points_at_each_sentences_last_token(text: str) -> None:
    article = segment(text, tokens=False)
    for toks in article_tokens(article, quote_spans(article)):
        layout = sentence_layout(toks)
        ends = layout.ends
        for i, tok in enumerate(toks):
            assert toks[ends[i]].sentence == tok.sentence and (ends[i] + 1 == len(toks) or toks[ends[i] + 1].sentence != tok.sentence)
        assert layout.quoted == {t.sentence for t in toks if t.quote >= 0}
        assert len(layout.words) == len(layout.shapes) == len(layout.classes) == len(toks) + 4


def test_the_model_loads_once() -> None:
    assert model() is model()
