"""Compiled regular expressions, kept apart from the logic that uses them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from os.path import commonprefix


LETTER_AHEAD = r"(?=[A-Za-z\u0130\u0131\u017f\u212a])"
"""A letter follows: a case-insensitive pattern's ASCII word can open only with one of these (the
four outside ASCII are those such a pattern equates with "i", "s" and "k"). Written after a
leading \\b it spares the engine trying every word at the ends of words, where \\b also holds."""


def alternation(words: Sequence[str]) -> str:
    """`"|".join(re.escape(w) for w in words)` written as a tree of shared beginnings ("rise|rises|
    rising" as "ris(?:e|es|ing)"): the same text matches, with the same preference, but the engine
    reads a shared beginning once instead of trying every word in turn. Only words whose first
    letters differ even ignoring case (so never both match at one place) change their order;
    words that may compete keep theirs, and an empty word or one opening outside ASCII keeps its
    place among all of them (tests/test_speed.py compares both forms)."""
    branches: list[str] = []
    run: list[str] = []

    def flush() -> None:
        groups: dict[str, list[str]] = {}
        for word in run:
            groups.setdefault(word[0].lower(), []).append(word)
        for group in groups.values():
            if len(group) == 1 or len({word[0] for word in group}) > 1:
                branches.extend(re.escape(word) for word in group)  # one word, or one letter in two cases
                continue
            shared = commonprefix(group)
            branches.append(f"{re.escape(shared)}(?:{alternation([word[len(shared):] for word in group])})")
        run.clear()

    for word in words:
        if word and word[0].isascii():
            run.append(word)
        else:  # an empty word matches wherever any other does: it keeps its place
            flush()
            branches.append(re.escape(word))
    flush()
    return "|".join(branches)

# --- whitespace -------------------------------------------------------------------------------
LINE_BREAK = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85](?:(?<=\r)\n)?")
"""Any line terminator other than \\n; normalized to \\n."""
BLANK_LINES = re.compile(r"\n[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*\n\s*")
"""One or more blank (or whitespace-only) lines: the paragraph separator."""
ODD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
"""Tabs, non-breaking and typographic spaces: each becomes a plain space."""
CELL_GAP = re.compile(r"[ \u00a0]*\t[\t \u00a0]*")
"""The gap between two cells of a table row: a run of tabs and the spaces around it."""


def table_row(line: str) -> bool:
    """One line of two or more cells with a tab between each (a copied table's row): its tabs are
    kept as one. Split, not matched by one pattern: a pattern of cells around tabs backtracked in
    time growing with the square of a long prose line's length (3 s at 16,000 characters)."""
    return "\t" in line and "\n" not in line and all(not cell.isspace() and cell for cell in CELL_GAP.split(line))
NUMERIC_CELL = re.compile(r"[-+−–]?[$£€¥]?\d[\d,.]*\s?(?:%|[kmbKMB]n?|bn)?")
"""A table cell that is a number (perhaps signed, a currency or a percent): a value, no row name. A line of
two cells is a table's row only with one of these (prose with a stray tab, "said<TAB>'no'", is not)."""
PLAIN_NUMBER = re.compile(r"[-+−]?[\d,]*\.?\d+%?")
"""A table cell that is a plain number as a table shows one ("12", "-3.5", "1,200", "61%"): a column of them reads
right-aligned (`notebook.table`); a sum with its sign or unit ("$200 billion") is words."""
ZERO_WIDTH = re.compile(r"[\u00ad\u180e\u200b-\u200d\u2060\ufeff]")
"""Soft hyphen and zero-width characters: removed."""
SPACE_RUN = re.compile(r" {2,}")
TERMINAL = re.compile(r"[.!?…:;\"'”’»)\]]\s*$")
"""A line that ends like a sentence (used to tell hard-wrapped lines from one-per-line paragraphs)."""

# --- segmentation ------------------------------------------------------------------------------
WORD_TOKEN = (
    r"(?:[A-Za-z]\.){2,}"  # U.S., e.g.
    r"|\d+(?:[.,:/]\d+)*"  # 1,500  1.5  10:30
    r"|\w+(?:[-'’]\w+)*"  # words with inner hyphens or apostrophes
    r"|[^\w\s]"  # any other single non-space character
)
WRITTEN_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]\w*(?:[-'’]\w+)*")
"""A word as the tokenizer reads one (`WORD_TOKEN`: "Russia-China", "I'm", "Russia's", and "Wasps" of
"Wasps'"), from its first letter."""
MID_SENTENCE = re.compile(r"(?:[\w,;%)\]–—-]|(?<![.!?…])[\"”’'])[ \t]+$|[(\[/]$")
"""What stands before a word inside a sentence: a word, a comma, a bracket or a quotation closed mid-sentence and a
space ("in Russia", "Russia, Argentina", "‘Dear Friend’ Xi"), or an opening bracket ("(Russia)"); never a full stop, a
paragraph break or an opening quote."""
CLOSING_QUOTE_END = re.compile(r"""["'”’»](?<=[.!?,…-].)\s*$""")
"""A sentence that ends inside a closed quotation: `... price,"` or `... now!”`."""
ATTRIBUTION_START = re.compile(
    r"""^(?:(?:he|she|they|we|I|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?|(?:[A-Z][\w'’.-]*\s+){1,4}))?
    (?:said|says|added|adds|told|tells|asked|asks|explained|explains|wrote|writes|argued|argues|
       insisted|insists|warned|warns|noted|notes|continued|continues|replied|replies|stressed|
       claimed|claims|declared|admitted|suggested|concluded|recalled|remarked|observed)
    (?=\s*(?:[.,;:!?—–-]|$)
       |\s+(?:in|on|at|to|during|after|before|from|of|via|by|when|while|with|last|this|
             yesterday|today|earlier|later|recently|afterwards|the|a|an|his|her|their|[A-Z])\b)""",
    re.VERBOSE,
)
"""An attribution that closes a quotation: `Krutikhin said.`, `he added`, `said Mr Smith`,
`told The Moscow Times`; not `The Kremlin said it would respond.`"""
LOWER_START = re.compile(r"^[\"'“‘«(\[]?[a-z]")

# --- parts of the article ----------------------------------------------------------------------
CREDIT_TAIL = re.compile(
    r"""(?:
        (?<=[.!?)\]])\s*                                 # after the caption's last sentence (a copy may glue them)
      | \s*[|]\s*                                        # or after a bar
      | ^                                                # or alone
    )
    (?P<credit>
        (?:(?i:photo|image|picture|illustration|video)s?\s*(?i:by|credit)?\s*:?\s*)?
        [A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}          # a person or an agency
        \s*/\s*
        [A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}             # "/ TASS", "/ Getty Images"
      | (?i:photo|image|picture)s?\s*(?i:by|credit)?\s*:\s*[^\n]{2,60}
    )\s*$""",
    re.VERBOSE,
)
"""A photo credit at the end of a caption paragraph: `Artyom Ivanov / TASS`, `Photo: Reuters`."""
SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")
