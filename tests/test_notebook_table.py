"""The notebooks' interactive table: what a stranger reading the HTML report sees in its header."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from helpers import notebook


def test_a_table_header_reads_as_words_not_code_names(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[pd.DataFrame] = []

    def capture(frame: pd.DataFrame, **_: Any) -> None:
        shown.append(frame)

    monkeypatch.setattr("itables.show", capture)
    frame = pd.DataFrame({"speaker_as_written": ["union leaders"], "attributed_to": [None], "kind": ["indirect"]})
    notebook.table(frame, ["kind", "speaker_as_written", "attributed_to"])
    assert list(shown[0].columns) == ["kind", "speaker as written", "attributed to"]
    assert shown[0].iloc[0, 1] == "union leaders"  # the cells are the data's, only the header is renamed
