"""The first page's sentences, built from a summary without running the notebooks."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from helpers import checks
from helpers.checks import Summary
from helpers.report import front_page


def _summary_with_cuts(rows: list[tuple[str, str]]) -> Summary:
    removed = pd.DataFrame(rows, columns=["rule", "text"])
    cut = tuple(checks.cut(SimpleNamespace(removed=removed)))  # type: ignore[arg-type]
    return Summary("Harbour crane ready", None, None, None, None, cut, ())


def test_a_page_with_many_cuts_counts_passages_not_rules() -> None:
    rows = [("finder/account", "Log in"), ("finder/account", "Register"), ("finder/account", "My profile"),
            ("finder/share", "Share on Sleet"), ("finder/share", "Email this"),
            ("generic/copyright", "© 2031 Harbour Gazette"), ("finder/after-article", "Other news: a cat rescued"),
            ("finder/after-article", "Other news: a fair opens"), ("finder/after-article", "Other news: rain")]
    summary = _summary_with_cuts(rows)
    assert len(summary.cut) == 4, "one line per rule"
    page = front_page(summary, {})
    assert "Cleaning cut 9 passages" in page, page


def test_a_page_with_few_cuts_counts_each_and_says_one_in_the_singular() -> None:
    assert "Cleaning cut 2 passages" in front_page(
        _summary_with_cuts([("finder/account", "Log in"), ("finder/share", "Share ×2: on Sleet")]), {})
    assert "Cleaning cut 1 passage " in front_page(_summary_with_cuts([("finder/share", "Share this")]), {})
