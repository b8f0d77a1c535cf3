"""The records a figure's reading is made of: a phrase of the text with its offsets (Phrase), a figure's meaning (Meaning) and a sentence's topic (Topic)."""

from __future__ import annotations

from dataclasses import dataclass

from .records import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class Phrase:
    """Words of the text: `text` as written and its offsets."""

    text: str
    start: int
    end: int

    def shifted(self, offset: int) -> Phrase:
        return Phrase(self.text, self.start + offset, self.end + offset)


@quick_init
@dataclass(frozen=True, slots=True)
class Meaning:
    """A figure's subject, holder and time; `carry` is the pronoun ("it", "its") that stands for
    the previous sentence's topic when the sentence itself does not name it."""

    subject: Phrase | None = None
    holder: Phrase | None = None
    time: Phrase | None = None
    carry: str | None = None
    carry_holder: bool = False
    share: bool = False
    """The subject is a group the figure is a share of ("63% of respondents"): later shares carry it."""
    pointer: Phrase | None = None
    """Words that name the holder only by pointing back ("his", "the club", "the countries"):
    `helpers.holders` finds the name they stand for."""
    subgroup: bool = False
    """The share is of a part of the poll's group ("including 60% of Republicans", "among women"): later
    shares carry the whole group, not this one."""

    def shifted(self, offset: int) -> Meaning:
        def move(phrase: Phrase | None) -> Phrase | None:
            return phrase.shifted(offset) if phrase else None

        return Meaning(
            move(self.subject), move(self.holder), move(self.time), self.carry, self.carry_holder, self.share, move(self.pointer), self.subgroup
        )


@quick_init
@dataclass(frozen=True, slots=True)
class Topic:
    """What a sentence is about: its main clause's subject and that subject's holder."""

    subject: Phrase
    holder: Phrase | None

    def shifted(self, offset: int) -> Topic:
        return Topic(self.subject.shifted(offset), self.holder.shifted(offset) if self.holder else None)
