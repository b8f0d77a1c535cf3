"""Reproducible set-up: pip's lock and conda's environment.yml pin the same versions."""

from __future__ import annotations

import re
import tomllib

import yaml

from helpers import config

ROOT = config.PROJECT_ROOT


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            assert "==" in line, f"unpinned line in requirements.lock: {line}"
            name, version = line.split("==", 1)
            pins[_canonical(name)] = version.strip()
    return pins


CONDA_TO_PYPI = {"python-duckdb": "duckdb"}


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


def test_conda_and_pip_pin_the_same_versions() -> None:
    lock, conda = _lock(), _conda()
    assert conda.pop("python") == "3.11"
    conda.pop("pip")
    mismatched = {name: (version, lock.get(name)) for name, version in conda.items() if lock.get(name) != version}
    assert not mismatched, f"environment.yml vs requirements.lock: {mismatched}"


def test_every_declared_dependency_is_locked_and_in_the_conda_file() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    names = {_canonical(re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0]) for d in declared}
    lock, conda = _lock(), _conda()
    assert names <= set(lock), f"not in requirements.lock: {names - set(lock)}"
    assert names <= set(conda), f"not in environment.yml: {names - set(conda)}"
