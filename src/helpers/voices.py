"""Voices: the sources an article cites, and who stands behind each figure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from .figures import Figure
from .quotes import Quote


@dataclass(frozen=True, slots=True)
class Source:
    """A person, organization, outlet or collective the article quotes or cites."""

    name: str
    kind: str
    direct: int
    indirect: int
    words_quoted: int
    first_paragraph: int
    descriptor: str | None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def sources(quotes: Sequence[Quote]) -> tuple[Source, ...]:
    """One row per speaker, in order of first appearance."""
    order: list[str] = []
    rows: dict[str, dict[str, Any]] = {}
    for quote in quotes:
        if quote.kind == "scare" or not quote.speaker:
            continue
        if quote.speaker not in rows:
            order.append(quote.speaker)
            rows[quote.speaker] = {
                "kind": quote.speaker_kind or "person", "direct": 0, "indirect": 0, "words": 0,
                "first": quote.paragraph, "descriptor": quote.descriptor,
            }
        row = rows[quote.speaker]
        if quote.kind in ("direct", "indirect"):
            row[quote.kind] += 1
        if quote.kind in ("direct", "mixed"):
            row["words"] += len(quote.text.split())  # a mixed quote's words are the source's own
        row["descriptor"] = row["descriptor"] or quote.descriptor
    return tuple(
        Source(name, rows[name]["kind"], rows[name]["direct"], rows[name]["indirect"], rows[name]["words"],
               rows[name]["first"], rows[name]["descriptor"])
        for name in order
    )


def attribute(figures: Sequence[Figure], quotes: Sequence[Quote]) -> tuple[Figure, ...]:
    """Each figure with `attributed_to`: the speaker of the quote that holds it, or of the
    attribution that covers its sentence; None when the article states it itself."""
    attributed = []
    for figure in figures:
        speaker = None
        if figure.sentence >= 0:
            for quote in quotes:
                if quote.kind == "direct" and quote.start <= figure.start and figure.end <= quote.end:
                    speaker = quote.speaker
                    break
            else:
                for quote in quotes:
                    if quote.kind == "indirect" and quote.sentence == figure.sentence:
                        speaker = quote.speaker
                        break
        attributed.append(replace(figure, attributed_to=speaker))
    return tuple(attributed)
