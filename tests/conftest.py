"""Shared fixtures: the seed, the BBC corpus in ../shared, and a scratch project root."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from helpers import config

RESOURCES = Path(__file__).parent / "resources"
TOOLS = config.PROJECT_ROOT / "tools"
"""The project's scripts (trainers, samplers), which some tests import as modules."""
SHARED = config.PROJECT_ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc"
SEED_FILE = config.RAW_DIR / f"{config.SEED_SLUG}.txt"


def load_tool(name: str) -> ModuleType:
    """tools/<name>.py imported as the module `name`: registered in sys.modules (its dataclasses look their module
    up there) and loaded with tools/ on the path (a tool imports its siblings), which is taken off again after."""
    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(TOOLS))


def holder_of(text: str, surface: str) -> str | None:
    """The holder articlelab gives the (last) figure written as `surface` in an article of `text`
    under a headline; when it names one, its offsets must point at the words it came from."""
    from helpers.figures import figures_of
    from helpers.segment import segment

    article = segment("Headline\n\n" + text)
    figure = [f for f in figures_of(article) if f.surface == surface][-1]
    if figure.holder is not None:
        assert article.text[figure.holder_start : figure.holder_end] == figure.holder
    return figure.holder


def check_holder(text: str, surface: str, holder: str | None) -> None:
    assert holder_of(text, surface) == holder


def bbc_files() -> list[Path]:
    return sorted(BBC.glob("*/*.txt"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_FILE.read_text(encoding="utf-8")


@pytest.fixture
def scratch_root(tmp_path: Path) -> Path:
    """An empty project root (data/raw, data/processed) for commands that write."""
    (tmp_path / "data" / "raw").mkdir(parents=True)
    (tmp_path / "data" / "processed").mkdir(parents=True)
    return tmp_path


def run_cli(*args: str, root: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `python -m helpers ARGS` as a user would, optionally against another project root."""
    env = dict(os.environ)
    if root is not None:
        env["ARTICLELAB_ROOT"] = str(root)
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


@contextlib.contextmanager
def project_root(root: Path) -> Iterator[None]:
    """Point the library's project paths at another root for the length of a block, as
    $ARTICLELAB_ROOT does for a new process (config derives every path from the root once); the
    variable is set too, for any process the block starts (a notebook's kernel)."""
    names = ("PROJECT_ROOT", "DATA_DIR", "RAW_DIR", "PROCESSED_DIR", "REPORTS_DIR", "NOTEBOOKS_DIR")
    saved = {name: getattr(config, name) for name in names}
    saved_env = os.environ.get("ARTICLELAB_ROOT")
    root = root.resolve()
    paths = {
        "PROJECT_ROOT": root,
        "DATA_DIR": root / "data",
        "RAW_DIR": root / "data" / "raw",
        "PROCESSED_DIR": root / "data" / "processed",
        "REPORTS_DIR": root / "reports",
        "NOTEBOOKS_DIR": root / "notebooks" if (root / "notebooks").is_dir() else config.PACKAGE_DIR.parents[1] / "notebooks",
    }
    try:
        os.environ["ARTICLELAB_ROOT"] = str(root)
        for name, path in paths.items():
            setattr(config, name, path)
        yield
    finally:
        for name, path in saved.items():
            setattr(config, name, path)
        if saved_env is None:
            os.environ.pop("ARTICLELAB_ROOT", None)
        else:
            os.environ["ARTICLELAB_ROOT"] = saved_env


def cli(*args: str, root: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m helpers ARGS` run in this process (no interpreter start, no imports to redo):
    for tests of what the command prints; `run_cli` stays for what only a real process shows."""
    from helpers.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        if root is not None:
            stack.enter_context(project_root(root))
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse's usage errors
            code = exit_.code if isinstance(exit_.code, int) else 1
    return subprocess.CompletedProcess(["helpers", *args], code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Reports rendered once per test session in a scratch project: the seed, a BBC politics article,
    an article full of markup that must stay text, a plain one and a BBC sport article. Maps a name
    to its report folder."""
    root = tmp_path_factory.mktemp("project")
    (root / "data" / "raw").mkdir(parents=True)
    (root / "data" / "processed").mkdir(parents=True)
    import shutil

    shutil.copytree(config.RAW_DIR / "reference", root / "data" / "raw" / "reference")
    for path in config.RAW_DIR.glob(f"{config.SEED_SLUG}.*"):
        shutil.copy(path, root / "data" / "raw" / path.name)
    bbc = BBC / "politics" / "054.txt"
    xss = RESOURCES / "xss_article.txt"
    plain = RESOURCES / "plain_article.txt"
    sport = BBC / "sport" / "476.txt"  # a tennis draw: countries only in a table's "(Russia)", every paragraph's tone >= 0
    ingested = run_cli("ingest", str(bbc), str(xss), str(plain), str(sport), root=root)
    assert ingested.returncode == 0, ingested.stderr
    slugs = [line.split()[1] for line in ingested.stdout.splitlines()]
    result = run_cli("report", root=root, timeout=600)
    assert result.returncode == 0, result.stderr + result.stdout
    return {
        "root": root,
        "seed": root / "reports" / config.SEED_SLUG,
        "bbc": root / "reports" / slugs[0],
        "xss": root / "reports" / slugs[1],
        "plain": root / "reports" / slugs[2],
        "sport": root / "reports" / slugs[3],
    }


def page(headline: str, summary: str, body: list[str]) -> bytes:
    """A saved news page whose description is its standfirst, written out from the pattern such pages share."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{headline}</title>'
        f'<meta name="description" content="{summary}"><meta property="og:title" content="{headline}"></head>'
        f"<body><article><h1>{headline}</h1><p>{summary}</p>{paragraphs}</article></body></html>"
    ).encode()


def plain(headline: str, summary: str, body: list[str]) -> str:
    """Pasted text: headline, a one-sentence summary with no full stop, the story."""
    return "\n\n".join([headline, summary, *body])
