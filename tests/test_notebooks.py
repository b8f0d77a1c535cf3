"""The notebook series: paired with reviewed .py sources, parameterized, and runnable on any article."""

from __future__ import annotations

import re
from pathlib import Path

import jupytext
import nbformat
import pytest

from helpers import config
from helpers.report import notebooks

SERIES = notebooks(config.PROJECT_ROOT / "notebooks")
ALL = sorted((config.PROJECT_ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def test_the_series_is_complete() -> None:
    assert [p.stem for p in SERIES] == [
        "01-clean-and-segment", "02-figures", "03-comparisons", "04-trade-and-growth", "05-voices", "06-language",
    ]


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
def test_each_notebook_is_paired_and_in_sync(path: Path) -> None:
    source = path.with_suffix(".py")
    assert source.is_file(), f"{source.name} (the reviewed source) is missing"
    from_py = jupytext.read(source)
    from_ipynb = nbformat.read(path, as_version=4)
    assert [c.source for c in from_py.cells] == [c.source for c in from_ipynb.cells], (
        f"{path.name} and {source.name} differ: run `jupytext --sync {source}`"
    )


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
def test_each_notebook_follows_the_template(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit notebooks without outputs"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    assert "?" in nb.cells[0].source, "the title cell states the question the notebook answers"
    assert nb.cells[1].cell_type == "code" and "import" in nb.cells[1].source
    parameters = nb.cells[2]
    assert "parameters" in parameters.metadata.get("tags", [])
    assert re.fullmatch(r"(?:[A-Z_]+ = .+\n?)+", parameters.source), "parameters are upper-case literals"
    assert "ARTICLE = " in parameters.source or "CORPUS = " in parameters.source
    sections = [c for c in nb.cells if c.cell_type == "markdown" and re.match(r"## \d+\. ", c.source)]
    assert sections, "numbered sections"
    for cell in sections:
        assert len(cell.source.splitlines()) >= 2, "each section opens with a sentence saying what to look for"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert len(cell.source.splitlines()) <= 14, "cells stay short: move logic into helpers"


def test_a_mistyped_article_in_a_notebook_is_one_line(tmp_path: Path) -> None:
    """A user who mistypes ARTICLE sees what they got wrong in one line, not a traceback through the library."""
    from nbclient import NotebookClient

    from helpers.report import ensure_kernel

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("from helpers.dataset import load\ndata = load('no-such-article-anywhere')")]
    NotebookClient(nb, kernel_name=ensure_kernel(), allow_errors=True, timeout=120, resources={"metadata": {"path": str(tmp_path)}}).execute()
    error = next(o for o in nb.cells[0].outputs if o.output_type == "error")
    assert error.ename == "ArticleError"
    assert len(error.traceback) == 1 and "no-such-article-anywhere" in error.traceback[0]
