"""Word statistics with NLTK: frequencies, collocations, concordance, and tone (VADER)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import nltk
import pandas as pd
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
from nltk.probability import FreqDist
from nltk.text import ConcordanceIndex

from .assets import word_list
from .dataset import ArticleData
from .segment import word_tokenizer

_WORD = re.compile(r"^[A-Za-z][A-Za-z'’-]*$")


def words(text: str) -> list[str]:
    """Lower-cased word tokens (NLTK's tokenizer), without punctuation or stop words."""
    stop = word_list("stopwords.txt")
    return [w.lower() for w in word_tokenizer().tokenize(text) if _WORD.match(w) and w.lower() not in stop and len(w) > 1]


def frequencies(text: str, top: int = 20) -> list[tuple[str, int]]:
    return FreqDist(words(text)).most_common(top)


def collocations(text: str, top: int = 10, min_count: int = 2) -> list[tuple[str, str]]:
    """Word pairs that occur together more than chance (likelihood ratio)."""
    finder = BigramCollocationFinder.from_words(words(text))
    finder.apply_freq_filter(min_count)
    return finder.nbest(BigramAssocMeasures.likelihood_ratio, top)


def concordance(text: str, term: str, width: int = 80, lines: int = 10) -> list[str]:
    """Each occurrence of `term` with its context (NLTK's ConcordanceIndex)."""
    tokens = word_tokenizer().tokenize(text)
    index = ConcordanceIndex(tokens, key=lambda s: s.lower())
    return [line.line for line in index.find_concordance(term.lower(), width=width)[:lines]]


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
