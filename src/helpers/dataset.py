"""An article's processed tables as pandas DataFrames, processing the article first if needed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from .display import flag_codes
from .page_facts import dateline_country, stated_meta, stated_outlet
from .process import process


@dataclass(frozen=True)
class ArticleData:
    """Everything the notebooks read about one article."""

    slug: str
    record: dict[str, Any]
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    removed: pd.DataFrame
    figures: pd.DataFrame
    relations: pd.DataFrame
    quotes: pd.DataFrame
    sources: pd.DataFrame
    mentions: pd.DataFrame

    @property
    def text(self) -> str:
        return str(self.record["text"])

    @property
    def headline(self) -> str:
        return str(self.record.get("headline") or self.slug)

    @property
    def published(self) -> str | None:
        """When the article was published: its metadata's date, else the whole date of the
        dateline cleaning cut from a pasted page (`page_facts.stated_date`), else None."""
        return self._page_fact("published")

    @property
    def author(self) -> str | None:
        """Who wrote the article: its metadata's author, else the writer the byline cleaning cut
        from a pasted page names (`page_facts.stated_author`), else None."""
        return self._page_fact("author")

    def _page_fact(self, key: str) -> str | None:
        """The metadata's `key`, else what the page states: article.json's `stated`, read from the cut
        lines when the data was written before `stated` existed."""
        value = (self.record.get("meta") or {}).get(key)
        if value:
            return str(value)
        stated = self.record["stated"] if "stated" in self.record else stated_meta(self.removed_rows)
        return (stated or {}).get(key)

    @property
    def copyright(self) -> str | None:
        """The owner a pasted page's footer copyright line names (`page_facts.stated_outlet`)."""
        return stated_outlet(self.removed_rows)

    @property
    def removed_rows(self) -> list[dict[str, Any]]:
        return self.removed.to_dict("records") if len(self.removed) else []

    @property
    def country(self) -> str | None:
        """The outlet's country (ISO code) when its web address says it by a country's domain
        ("www.example.co.uk": GB, "example.com.au": AU), else when a pasted page's dateline names a US state
        ("CLEVELAND, Ohio –": US, `page_facts.dateline_country`); None for ".com", a file, or no address:
        how a split year with no word ("2010-11") is read (`periods.years_written`)."""
        meta = self.record.get("meta") or {}
        opening = str(self.paragraphs["text"].iloc[0]) if len(self.paragraphs) else ""
        return country_of_address(str(meta.get("url") or meta.get("source") or "")) or dateline_country(opening)

    @property
    def year(self) -> int | None:
        """The year the article was published, when known: what "last year" and "the second quarter"
        count from when its day is not (`anchor`)."""
        return int(self.published[:4]) if self.published and self.published[:4].isdigit() else None

    @property
    def anchor(self) -> date | int | None:
        """When the article was written, as its relative times count from it: the published day when
        known ("last October"), else its year ("last year" only), else None (they stay relative)."""
        found = re.match(r"(\d{4})-(\d{2})-(\d{2})", self.published or "")
        try:
            return date(int(found[1]), int(found[2]), int(found[3])) if found else self.year
        except ValueError:  # a hand-edited "2019-02-30"
            return self.year

    @property
    def standfirst(self) -> tuple[int, str] | None:
        """The summary under the headline as (start in `text`, its words), or None: the words its figures
        (flag "standfirst", sentence -1) come from."""
        part = (self.record.get("parts") or {}).get("standfirst")
        return (int(part["start"]), str(part["text"])) if part else None

    def sentence_text(self, index: int) -> str:
        if index < 0 or index >= len(self.sentences):
            return ""
        return str(self.sentences.iloc[index]["text"])

    def figure_sentence(self, figure: Any) -> str:
        """The words a figure (a row of `figures`) came from: its sentence, or the standfirst for one flagged so."""
        if "standfirst" in flag_codes(figure["flags"]) and self.standfirst is not None:
            return self.standfirst[1]
        return self.sentence_text(int(figure["sentence"]))

    @property
    def stated_figures(self) -> pd.DataFrame:
        """The figures the article states, each once: the body's, and the standfirst's (flag "standfirst") that the
        body does not state again (a `restated` one is weighed where the body states it); cut boilerplate's are
        no article text. Rows keep their labels in `figures` (the relations' and the reference matches' indices)."""
        figures = self.figures
        if not len(figures):
            return figures
        relations = self.relations
        restated = set(relations.loc[relations["kind"] == "restated", "left"].astype(int)) if len(relations) else set()
        standfirst = [("standfirst" in flag_codes(f)) and k not in restated for k, f in enumerate(figures["flags"])]
        return figures[(figures["sentence"] >= 0).to_numpy() | pd.Series(standfirst, dtype=bool).to_numpy()]


_COUNTRY_DOMAINS = {"uk": "GB", "au": "AU", "nz": "NZ", "ca": "CA", "in": "IN", "jp": "JP", "us": "US"}
"""Country-code top-level domains of the countries `periods.FISCAL_YEAR_STARTS` knows, to their ISO codes."""


def country_of_address(address: str) -> str | None:
    """The country a web address's domain names ("https://www.bbc.co.uk/news/x": GB), else None."""
    found = re.match(r"(?i)^[a-z][a-z0-9+.-]*://([^/:?#]+)", address.strip())
    return _COUNTRY_DOMAINS.get(found[1].rsplit(".", 1)[-1].lower()) if found else None


def load(article: str | Path | None = None, processed_dir: Path | None = None) -> ArticleData:
    """The tables of an article named by slug or path (the seed by default)."""
    done = process(article, processed_dir)
    folder = done.folder
    record = json.loads((folder / "article.json").read_text(encoding="utf-8"))
    tables = {  # one article's rows: the `article` column that joins tables of several is its slug, `slug` here
        name: _none_for_missing(pd.read_parquet(folder / f"{name}.parquet").drop(columns="article", errors="ignore"))
        for name in ("paragraphs", "sentences", "removed", "figures", "relations", "quotes", "sources", "mentions")
    }
    return ArticleData(slug=done.slug, record=record, **tables)


def _none_for_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns hold None (not NaN) where a value is missing, so `if unit:` reads as meant."""
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]):
            values = frame[column].astype(object)
            frame[column] = values.where(values.notna(), None)
    return frame
