"""The command line as a user meets it: clear one-line errors, exit code 2, nothing half-written.

Most tests run the command in this process (`cli`: what it prints and returns); the few marked
"a real process" run `python -m helpers` (`run_cli`) for what only a started interpreter shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import SEED_FILE, cli, run_cli

GERMAN = (
    "Die Regierung hat am Dienstag einen neuen Haushalt vorgestellt. Der Finanzminister sagte, "
    "die Ausgaben würden im nächsten Jahr um drei Prozent steigen. Die Opposition kritisierte "
    "den Plan scharf und forderte mehr Geld für Schulen und Krankenhäuser im ganzen Land.\n"
)


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    (tmp / "folder.txt").mkdir()
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_text("  \n\n\t \n", encoding="utf-8")
    (tmp / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp / "bytes.txt").write_bytes(bytes(range(256)) * 8)
    with (tmp / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (tmp / "broken.html").write_text("<html><body><div><p>unclosed <b>", encoding="utf-8")
    (tmp / "german.txt").write_text("Haushalt\n\n" + GERMAN * 3, encoding="utf-8")
    (tmp / "notes.docx").write_bytes(b"PK\x03\x04")
    return {
        "missing": tmp / "missing.txt",
        "folder": tmp / "folder.txt",
        "empty": tmp / "empty.txt",
        "blank": tmp / "blank.txt",
        "png": tmp / "image.txt",
        "binary": tmp / "bytes.txt",
        "huge": tmp / "huge.txt",
        "malformed-html": tmp / "broken.html",
        "not-english": tmp / "german.txt",
        "unsupported-type": tmp / "notes.docx",
    }


@pytest.mark.parametrize(("command", "in_a_process"), [("segment", "binary"), ("process", "huge"), ("ingest", "not-english")])
def test_bad_input_gets_one_line_and_exit_code_2(command: str, in_a_process: str, scratch_root: Path, tmp_path: Path) -> None:
    (tmp_path / "inputs").mkdir()
    inputs = _bad_inputs(tmp_path / "inputs")
    for name, path in inputs.items():
        # every bad input in this process; one of them in a real process too (its exit status, all of its stderr)
        for result in [cli(command, str(path), root=scratch_root)] + (
                [run_cli(command, str(path), root=scratch_root)] if name == in_a_process else []):
            assert result.returncode == 2, (name, result.stderr)
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("error: "), (name, result.stderr)
            assert "Traceback" not in result.stderr
    leftovers = [p for p in (scratch_root / "data").rglob("*") if p.is_file()]
    assert leftovers == [], "nothing under data/ may be written for bad input"


def test_malformed_but_readable_html_gives_a_result(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text(
        "<html><head><title>Talks stall</title><body><div><p>Russia and China failed to agree "
        "on the price of gas for a new pipeline on Wednesday, officials said.<p>The talks will "
        "resume <b>next month in Moscow, the ministry said.</div></span></p>",
        encoding="utf-8",
    )
    result = cli("segment", str(page), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["headline"] == "Talks stall"
    assert data["paragraphs"][0]["text"].startswith("Russia and China failed to agree")


def test_segment_json_has_the_documented_fields() -> None:
    result = cli("segment", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in ("headline", "standfirst", "caption", "credit", "text", "paragraphs", "sentences", "removed"):
        assert key in data
    assert set(data["paragraphs"][0]) == {"index", "start", "end", "text"}
    assert set(data["sentences"][0]) == {"index", "paragraph", "start", "end", "text"}
    assert set(data["removed"][0]) == {"start", "end", "rule", "text"}
    assert data["credit"] == "Artyom Ivanov / TASS" and len(data["paragraphs"]) == 30


def test_text_with_no_blank_lines_is_a_valid_article(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("Budget row deepens\nThe chancellor said the plan was fair.\nCritics disagreed.\n", encoding="utf-8")
    result = cli("segment", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == "Budget row deepens"


def test_ingest_then_process_in_a_fresh_project(scratch_root: Path, tmp_path: Path) -> None:
    source = tmp_path / "story.md"
    source.write_text(
        "# Pipeline talks stall\n\nRussia and China failed to agree on the price of gas on Wednesday, "
        "officials from both countries said after two days of talks.\n",
        encoding="utf-8",
    )
    added = cli("ingest", str(source), root=scratch_root)
    assert added.returncode == 0 and added.stdout.startswith("added pipeline-talks-stall")
    again = cli("ingest", str(source), root=scratch_root)
    assert again.stdout.startswith("already present as pipeline-talks-stall")
    first = cli("process", root=scratch_root)
    second = cli("process", root=scratch_root)
    assert first.returncode == 0 and first.stdout.startswith("written")
    assert second.stdout.startswith("unchanged")
    assert (scratch_root / "data" / "processed" / "pipeline-talks-stall" / "sentences.parquet").is_file()


def test_process_keeps_going_past_a_bad_file_and_reports_it(scratch_root: Path, tmp_path: Path) -> None:
    # a real process: its exit status after one good and one bad file
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run_cli("process", str(empty), str(SEED_FILE), root=scratch_root)
    assert result.returncode == 2
    assert "empty" in result.stderr and "written" in result.stdout


def test_figures_json_lines_for_several_articles(tmp_path: Path) -> None:
    other = tmp_path / "budget.txt"
    other.write_text("Budget row\n\nThe plan costs £2bn a year, up 5% on last year.\n", encoding="utf-8")
    result = cli("figures", str(SEED_FILE), str(other), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    articles = {row["article"] for row in rows}
    assert articles == {SEED_FILE.stem, "budget"}
    money = next(r for r in rows if r["article"] == "budget" and r["kind"] == "money")
    assert (money["value"], money["unit"], money["per"]) == (2e9, "GBP", "year")
    fields = {"surface", "start", "end", "sentence", "paragraph", "kind", "value", "unit", "per", "qualifier",
              "low", "high", "change", "time", "subject"}
    assert fields <= set(rows[0])


def test_figures_relations_and_readable_table() -> None:
    relations = cli("figures", "--relations", "--json")
    kinds = [json.loads(line)["kind"] for line in relations.stdout.splitlines()]
    assert kinds == ["comparison", "growth"]
    table = cli("figures")
    assert table.returncode == 0 and "55 billion cubic meters a year" in table.stdout
    assert "[no unit written; in cut boilerplate]" in table.stdout, "flags in words, not codes"
    assert "unit_missing" not in table.stdout
    lines = table.stdout.splitlines()
    under = lines[next(i for i, line in enumerate(lines) if "$200 billion a year" in line) + 1]
    assert "measures trade turnover" in under and "when By early 2024" in under, "each figure's meaning under it"


@pytest.mark.parametrize(("command", "table"), [(["figures"], "figures"), (["figures", "--relations"], "relations"),
                                                (["quotes"], "quotes"), (["sources"], "sources")])
def test_json_lines_hold_the_columns_of_their_parquet_table(command: list[str], table: str) -> None:
    # one reading of an article's rows whichever way a user takes them: a quote's `index` joins it as a figure's does
    from helpers.tables import ARTICLE_SCHEMAS

    rows = [json.loads(line) for line in cli(*command, "--json").stdout.splitlines()]
    assert rows and all(set(row) == set(ARTICLE_SCHEMAS[table].names) for row in rows)


def test_figures_bad_input_exits_2(tmp_path: Path) -> None:
    # a real process: the exit status and stderr a shell sees
    result = run_cli("figures", str(tmp_path / "nope.txt"))
    assert result.returncode == 2 and result.stderr.startswith("error:")


def test_quotes_and_sources_json_lines() -> None:
    quotes = [json.loads(line) for line in cli("quotes", "--json").stdout.splitlines()]
    assert {"article", "kind", "text", "start", "end", "paragraph", "speaker", "speaker_as_written", "cue",
            "addressee", "descriptor"} <= set(quotes[0])
    assert any(q["speaker"] == "Mikhail Krutikhin" and q["kind"] == "direct" for q in quotes)
    sources = [json.loads(line) for line in cli("sources", "--json").stdout.splitlines()]
    experts = [s["name"] for s in sources if s["kind"] == "person" and s["direct"]]  # in order of first appearance
    assert experts[:3] == ["Boris Bondarev", "Alexander Gabuev", "Mikhail Krutikhin"]
    table = cli("sources")
    assert table.returncode == 0 and "Financial Times" in table.stdout


def test_quotes_table_shows_an_unnamed_source_as_written(tmp_path: Path) -> None:
    # "union leaders warned": no name to resolve, but the reader of the table still sees who spoke
    article = tmp_path / "unnamed.txt"
    article.write_text("Ferry cuts\n\nThe plan will cost jobs, union leaders warned.\n", encoding="utf-8")
    table = cli("quotes", str(article))
    row = next(line for line in table.stdout.splitlines() if "The plan will cost jobs" in line)
    assert row.split()[:3] == ["indirect", "union", "leaders"]


@pytest.mark.parametrize("command", ["segment", "figures", "quotes", "sources", "process"])
def test_a_bad_file_is_named_once_in_its_error(command: str, scratch_root: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bytes.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    for path in (empty, binary):
        result = cli(command, str(path), root=scratch_root)
        assert result.returncode == 2, result.stderr
        assert result.stderr.count(str(path)) == 1, result.stderr  # not "error: x.txt: x.txt: ..." nor no name


def test_figures_table_writes_values_in_plain_digits_and_relations_with_units(tmp_path: Path) -> None:
    story = tmp_path / "letters.txt"
    story.write_text(
        "Agency mails voters\n\nThe agency posted 7 million letters to 660 million homes last year. "
        "Its budget fell to £12m from £15m.\n",
        encoding="utf-8",
    )
    table = cli("figures", str(story))
    assert table.returncode == 0, table.stderr
    assert "e+0" not in table.stdout, table.stdout
    assert "7,000,000" in table.stdout and "660,000,000" in table.stdout
    relations = cli("figures", "--relations", str(story))
    assert relations.returncode == 0, relations.stderr
    assert "gap £3 million" in relations.stdout, relations.stdout  # the comparison: how far apart
    assert "difference -£3 million" in relations.stdout, relations.stdout  # the change: it fell


def test_a_comparison_in_the_relations_table_has_a_gap_with_no_sign(tmp_path: Path) -> None:
    story = tmp_path / "poll.txt"
    story.write_text("Poll\n\nLee has 46 percent support and Roy 44 percent, the survey found.\n", encoding="utf-8")
    relations = cli("figures", "--relations", str(story))
    assert relations.returncode == 0, relations.stderr
    assert "ratio 1.05  gap 2 percentage points" in relations.stdout, relations.stdout  # not "difference -2"
    assert "e+0" not in relations.stdout


def test_ingesting_an_article_again_names_its_file_in_data_raw(scratch_root: Path, tmp_path: Path) -> None:
    source = tmp_path / "ferry.txt"
    source.write_text("Ferry fares frozen\n\nThe island ferry will keep its fares at £7 for a second year, "
                      "the operator said on Friday.\n", encoding="utf-8")
    first = cli("ingest", str(source), root=scratch_root)
    again = cli("ingest", str(source), root=scratch_root)
    assert first.stdout.strip() == "added ferry-fares-frozen (ferry-fares-frozen.txt)", first.stdout + first.stderr
    assert again.stdout.strip() == "already present as ferry-fares-frozen (ferry-fares-frozen.txt)", again.stdout


@pytest.mark.parametrize(("argv", "debug"), [
    (["segment", "story.txt", "--debug"], True),  # where "rerun with --debug" sends people
    (["--debug", "figures", "story.txt"], True),
    (["figures", "--json", "story.txt"], False),
])
def test_debug_is_read_before_or_after_the_command(argv: list[str], debug: bool) -> None:
    from helpers.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(argv).debug is debug
    assert "figures" in (parser.description or "") and "reports" in (parser.description or "")


def test_report_screenshots_are_listed_where_they_are(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from types import SimpleNamespace

    from helpers import cli, config, report

    folder = config.PROJECT_ROOT / "reports" / "ferry-fares"
    result = SimpleNamespace(slug="ferry-fares", skipped=True, pages=[], failed=[], folder=folder)
    monkeypatch.setattr(report, "render", lambda *a, **k: result)
    monkeypatch.setattr(report, "screenshots", lambda r: [r.folder / "index.png", r.folder / "02-figures.png"])
    monkeypatch.setattr(report, "write_index", lambda *a, **k: None)
    assert cli.main(["report", "ferry-fares", "--screenshots"]) == 0
    out = capsys.readouterr().out
    assert "reports/ferry-fares/index.png" in out and "reports/ferry-fares/02-figures.png" in out, out


def test_figures_table_writes_units_as_people_do() -> None:
    table = cli("figures")
    assert table.returncode == 0, table.stderr
    assert "m³ per year" in table.stdout and "meter ** 3" not in table.stdout
    assert "55,000,000,000 m³ per year" in " ".join(table.stdout.split()), "no value runs into its unit"
    as_json = cli("figures", "--json")
    assert '"unit": "meter ** 3"' in as_json.stdout, "--json keeps the raw unit"



def test_figures_table_keeps_one_figure_to_a_line_when_the_page_breaks_a_phrase(capsys: pytest.CaptureFixture[str]) -> None:
    # a figure read from a page's list: its holder and its surface were read across the page's line breaks
    from helpers.cli import _print_table

    row = {"kind": "money", "value": 250.0, "unit": "USD", "per": None, "surface": "$250\n", "qualifier": None,
           "change": None, "flags": [], "subject": "Phone\tX", "holder": "Acme\nPhones", "time": None}
    _print_table("list", [row], relations=False)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3, "a title, the figure's line, its meaning's line"
    assert lines[2].split() == ["measures", "Phone", "X", "·", "whose", "Acme", "Phones"]
    assert "\t" not in lines[2]


def test_sources_table_keeps_its_columns_for_an_unnamed_officials_kind(tmp_path: Path) -> None:
    page = tmp_path / "council.txt"
    page.write_text(
        "Ballots go missing\n\nHundreds of homes have not received their postal votes, the council said.\n\n"
        '"We have sent every ballot paper out," a Millbrook Council spokesman said.\n\n'
        "Jane Doe, who lives in the town, said she had waited two weeks for hers.\n",
        encoding="utf-8",
    )
    table = cli("sources", str(page))
    assert table.returncode == 0, table.stderr
    rows = [line for line in table.stdout.splitlines() if "direct" in line]
    assert any("unnamed official" in row for row in rows), table.stdout
    assert len({row.index(" direct ") for row in rows}) == 1, "the counts start in one column on every row"


def test_figures_table_shows_a_range_by_both_ends(capsys: pytest.CaptureFixture[str]) -> None:
    # a range's value is its low end: the table printed "40 %" for "40 to 80 percent", a figure the article never gives
    from helpers.cli import _print_table

    row = {"kind": "percent", "value": 40.0, "low": 40.0, "high": 80.0, "unit": "%", "per": None, "surface": "40 to 80 percent",
           "qualifier": None, "change": None, "flags": [], "subject": None, "holder": None, "time": None}
    single = {**row, "value": 7.5, "low": None, "high": None, "surface": "7.5%"}
    _print_table("ranges", [row, single], relations=False)
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[:3] == ["percent", "40-80", "%"]
    assert lines[2].split()[:3] == ["percent", "7.5", "%"]


def _small_corpus(folder: Path) -> Path:
    folder.mkdir()
    for n in range(2):
        (folder / f"story{n}.txt").write_text(
            f"Council sets budget {n}\n\nThe council approved a budget of £{n + 2}m on Tuesday, the mayor said. "
            "Spending on roads will rise by 4% next year, officials said.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("where", ["a file", "under a file"])
def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(where: str, scratch_root: Path, tmp_path: Path) -> None:
    # a user's mistake in --out (a file, a path under a file) is no bug: the one-line error, exit 2
    blocker = tmp_path / "taken"
    blocker.write_text("x", encoding="utf-8")
    out = blocker if where == "a file" else blocker / "corpus"
    result = cli("process", str(_small_corpus(tmp_path / "in")), "--out", str(out), root=scratch_root)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "internal error" not in lines[0], result.stderr
    assert str(blocker) in lines[0]


@pytest.mark.parametrize("option", ["--batch-size", "--jobs"])
def test_a_count_option_below_one_is_refused_by_name(option: str, scratch_root: Path, tmp_path: Path) -> None:
    result = cli("process", str(_small_corpus(tmp_path / "in")), "--out", str(tmp_path / "out"), option, "0", root=scratch_root)
    assert result.returncode == 2 and option in result.stderr and "internal error" not in result.stderr


def test_a_folder_named_with_a_trailing_slash_is_named_once(scratch_root: Path, tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    result = cli("segment", f"{folder}/", root=scratch_root)
    assert result.returncode == 2 and result.stderr.count(str(folder)) == 1, result.stderr


def test_a_wrong_option_is_told_with_its_commands_usage(scratch_root: Path) -> None:
    result = cli("figures", "--jsn", root=scratch_root)
    assert result.returncode == 2
    assert "usage: python -m helpers figures" in result.stderr and "unrecognized arguments: --jsn" in result.stderr


def test_debug_shows_the_traceback_of_a_refused_write_too(scratch_root: Path, tmp_path: Path) -> None:
    # review33: an OSError can be a bug; --debug must let it through like any other
    blocker = tmp_path / "taken"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        cli("--debug", "process", str(_small_corpus(tmp_path / "in")), "--out", str(blocker / "corpus"), root=scratch_root)


def test_a_relations_left_and_right_name_figures_by_their_index_in_figures_json() -> None:
    # user33: figures --json had no index, so a relation's left/right could only be joined by line order
    figures = {row["index"]: row for row in map(json.loads, cli("figures", "--json").stdout.splitlines())}
    relations = [json.loads(line) for line in cli("figures", "--relations", "--json").stdout.splitlines()]
    assert relations
    for relation in relations:
        assert figures[relation["left"]]["surface"] == relation["left_surface"]
        assert figures[relation["right"]]["surface"] == relation["right_surface"]
