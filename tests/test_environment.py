"""Reproducible set-up: a runtime lock (what `make report` installs) and a dev lock (what `make test`
adds), both pinned, both mirrored in conda's environment.yml."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from importlib.metadata import PackageNotFoundError, distribution

import pytest
import yaml
from packaging.requirements import Requirement

from helpers import config

ROOT = config.PROJECT_ROOT
CONDA_TO_PYPI = {"python-duckdb": "duckdb"}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock(name: str) -> dict[str, str]:
    pins = {}
    for line in (ROOT / name).read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            assert "==" in line, f"unpinned line in {name}: {line}"
            package, version = line.split("==", 1)
            pins[_canonical(package)] = version.strip()
    return pins


RUNTIME, DEV = _lock("requirements.lock"), _lock("requirements-dev.lock")


def _declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]

    def names(specs: list[str]) -> set[str]:
        return {_canonical(re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0]) for d in specs}

    return names(project["dependencies"]), names(project["optional-dependencies"]["dev"])


def _conda() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert env["channels"] == ["conda-forge"]
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            assert dep["pip"] == ["-e ."]
            continue
        name, _, version = dep.partition("=")
        pins[_canonical(CONDA_TO_PYPI.get(name, name))] = version.lstrip("=")
    return pins


def test_the_test_tools_are_only_in_the_dev_lock() -> None:
    runtime, dev = _declared()
    assert {"pytest", "hypothesis", "playwright", "quantulum3"} <= dev
    assert runtime <= set(RUNTIME), f"not in requirements.lock: {runtime - set(RUNTIME)}"
    assert dev <= set(DEV), f"not in requirements-dev.lock: {dev - set(DEV)}"
    assert not set(RUNTIME) & set(DEV), f"pinned in both locks: {set(RUNTIME) & set(DEV)}"


def test_conda_pins_each_declared_dependency_as_its_lock_does() -> None:
    runtime, dev = _declared()
    conda = _conda()
    assert conda.pop("python") == "3.11"
    conda.pop("pip")
    assert set(conda) == runtime | dev, f"environment.yml lists {set(conda) ^ (runtime | dev)} differently"
    for name, version in conda.items():
        lock = RUNTIME if name in runtime else DEV
        assert lock.get(name) == version, f"environment.yml pins {name}=={version}, the lock {lock.get(name)}"


def _requires(name: str, extras: frozenset[str] = frozenset()) -> set[tuple[str, frozenset[str]]]:
    try:
        dist = distribution(name)
    except PackageNotFoundError:
        return set()
    found = set()
    for spec in dist.requires or []:
        req = Requirement(spec)
        if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in ["", *extras]):
            found.add((_canonical(req.name), frozenset(req.extras)))
    return found


def test_the_runtime_lock_holds_everything_the_reports_import() -> None:
    """`make report` installs requirements.lock alone: every dependency of every declared runtime
    package (as installed here) must be pinned there, and no test tool may be needed."""
    runtime, _ = _declared()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    queue = [(_canonical(Requirement(d).name), frozenset(Requirement(d).extras)) for d in project["dependencies"]]
    seen: set[tuple[str, frozenset[str]]] = set()
    while queue:
        item = queue.pop()
        if item in seen:
            continue
        seen.add(item)
        queue.extend(_requires(*item))
    needed = {name for name, _ in seen}
    assert needed <= set(RUNTIME), f"the reports need {needed - set(RUNTIME)}, missing from requirements.lock"
    assert not needed & set(DEV), f"runtime packages need test-only pins: {needed & set(DEV)}"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_report_installs_the_runtime_lock_and_make_test_adds_the_dev_lock() -> None:
    def plan(target: str) -> str:
        done = subprocess.run(["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, check=True)
        return done.stdout

    report, test = plan("report"), plan("test")
    assert "-r requirements.lock" in report and "requirements-dev.lock" not in report
    assert "-r requirements-dev.lock" in test and "pytest" in test


def test_make_test_ends_with_one_line_when_the_browser_tests_cannot_run() -> None:
    import os
    import sys

    def notice(chromium: str | None) -> str:
        env = {k: v for k, v in os.environ.items() if k != "ARTICLELAB_CHROMIUM"}
        if chromium:
            env["ARTICLELAB_CHROMIUM"] = chromium
        done = subprocess.run([sys.executable, "-m", "helpers.browser", "--notice"], env=env,
                              capture_output=True, text=True, check=True)
        return done.stdout

    missing = notice("/nonexistent/chromium").splitlines()
    assert len(missing) == 1 and missing[0].startswith("browser tests skipped: Chromium was not found")
    assert "apt-get install chromium" in missing[0]
    makefile = (ROOT / "Makefile").read_text()
    assert "helpers.browser --notice" in makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    if shutil.which("chromium") or os.path.exists("/usr/bin/chromium"):
        assert notice(None) == "", "nothing is said when the browser tests ran"
