"""One article's full analysis (mentions, quotes, figures with their voices, relations, sources),
computed once and shared by `process`, the corpus and the CLI."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .figures import Figure, figures_of
from .mentions import Mention, mentions
from .models import Article
from .quotes import Quote, quotes_of, standfirst_quotes
from .relations import Relation, relate
from .voices import Source, attribute, sources


@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]
    relations: tuple[Relation, ...]
    sources: tuple[Source, ...]


def analyse(article: Article, *, boilerplate: bool = True) -> Analysis:
    """Everything articlelab reads from a segmented article, each step run once."""
    mentioned = mentions(article)
    quotes = quotes_of(article, mentioned) + standfirst_quotes(article)  # the body's first, so their indices stay
    figures = attribute(figures_of(article, boilerplate=boilerplate), quotes, article)
    return Analysis(article, mentioned, quotes, figures, relate(article, figures), sources(quotes))


def stated_figures(analysis: Analysis) -> tuple[Figure, ...]:
    """The figures the article states, each once: the body's, and the standfirst's that the body does not state
    again (a `restated` one counts where the body states it); cut boilerplate's are no article text."""
    restated = {relation.left for relation in analysis.relations if relation.kind == "restated"}
    return tuple(f for i, f in enumerate(analysis.figures) if f.sentence >= 0 or "standfirst" in f.flags and i not in restated)


def table_rows(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """Rows of the tables every processed article has (per-article folder and corpus alike)."""
    article = analysis.article
    return {
        "paragraphs": [asdict(p) for p in article.paragraphs],
        "sentences": [asdict(s) for s in article.sentences],
        "figures": [{"index": i, **f.to_dict()} for i, f in enumerate(analysis.figures)],
        "relations": [r.to_dict() for r in analysis.relations],
        "quotes": [{"index": i, **q.to_dict()} for i, q in enumerate(analysis.quotes)],
        "sources": [s.to_dict() for s in analysis.sources],
        "mentions": [asdict(m) for m in analysis.mentions],
    }
