"""articlelab's helper library: ingest, clean and segment news articles."""

from __future__ import annotations

from .clean import clean
from .config import LIBRARY_VERSION as __version__
from .errors import ArticleError
from .models import Article, Cleaned, Paragraph, Removed, Sentence, Span, Token

__all__ = [
    "Article",
    "ArticleError",
    "Cleaned",
    "Paragraph",
    "Removed",
    "Sentence",
    "Span",
    "Token",
    "__version__",
    "clean",
]
