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


def _executed(table_id: str, cell_id: str):  # type: ignore[no-untyped-def]
    import nbformat

    nb = nbformat.v4.new_notebook()
    injected = nbformat.v4.new_code_cell('ARTICLE = "harbour-crane"')
    injected["id"], injected.metadata["tags"] = cell_id, ["injected-parameters"]
    table = nbformat.v4.new_code_cell("show(frame)")
    table["id"] = "show-table"  # a cell of the notebook itself: its id comes from the source, stable
    table.outputs = [nbformat.v4.new_output("display_data", data={"text/html": (
        f'<table id="{table_id}"></table><script>document.getElementById("{table_id}")'
        f'?.removeAttribute("hidden")</script>')})]
    nb.cells = [injected, table]
    return nb


def test_the_same_notebook_renders_to_the_same_page() -> None:
    from helpers.report import shared_scripts, to_html

    first = to_html(_executed("itables_d8a80ba2_473a_44f5_b535_1be1ab43cd4d", "f372219e"), with_code=False,
                    scripts=shared_scripts())
    second = to_html(_executed("itables_4c739841_609a_41db_8998_036a692c0dae", "0b6c1d2e"), with_code=False,
                     scripts=shared_scripts())
    assert first == second
    assert 'id="itables_1"' in first and 'getElementById("itables_1")' in first


def test_the_single_page_renders_to_the_same_bytes() -> None:
    from helpers.report import _single

    summary = Summary("Harbour crane ready", None, None, None, None, (), ())
    pages = [
        _single("harbour-crane", [("02-figures", _executed(table, cell))], with_code=False, cdn=False, failed=[],
                summary=summary, titles={})
        for table, cell in (("itables_d8a80ba2_473a_44f5_b535_1be1ab43cd4d", "f372219e"),
                            ("itables_4c739841_609a_41db_8998_036a692c0dae", "0b6c1d2e"))
    ]
    assert pages[0] == pages[1]
