"""Package data (word lists, boilerplate rules), loaded once from `helpers/resources/`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import yaml


def _resource(*parts: str) -> Traversable:
    """A path inside the package's `resources/` folder."""
    path = files("helpers").joinpath("resources")
    for part in parts:
        path = path.joinpath(part)
    return path


def read_text(name: str) -> str:
    """The text of a packaged resource file, e.g. `abbreviations.txt`."""
    return _resource(*name.split("/")).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line resource, without comments and blank lines."""
    words = (line.split("#", 1)[0].strip() for line in read_text(name).splitlines())
    return frozenset(w for w in words if w)


@dataclass(frozen=True, slots=True)
class Rule:
    """One boilerplate rule: a whole-paragraph pattern or a start..end block of paragraphs."""

    id: str
    what: str
    paragraph: re.Pattern[str] | None = None
    start: re.Pattern[str] | None = None
    end: re.Pattern[str] | None = None
    max_chars: int = 200
    start_max_chars: int = 300
    max_paragraphs: int = 12
    to_end_within: int = 0


@dataclass(frozen=True, slots=True)
class Profile:
    """A named set of rules: `generic`, or one outlet's, chosen by metadata or detected in text."""

    name: str
    rules: tuple[Rule, ...]
    detect: tuple[re.Pattern[str], ...] = ()
    domains: tuple[str, ...] = ()


def _rule(prefix: str, raw: dict[str, Any]) -> Rule:
    block = raw.get("block") or {}
    return Rule(
        id=f"{prefix}/{raw['id']}",
        what=str(raw.get("what", "")),
        paragraph=re.compile(raw["paragraph"]) if "paragraph" in raw else None,
        start=re.compile(block["start"]) if block else None,
        end=re.compile(block["end"]) if block.get("end") else None,
        max_chars=int(raw.get("max_chars", 200)),
        start_max_chars=int(block.get("start_max_chars", 300)),
        max_paragraphs=int(block.get("max_paragraphs", 12)),
        to_end_within=int(block.get("to_end_within", 0)),
    )


def _profile(slug: str, raw: dict[str, Any]) -> Profile:
    return Profile(
        name=str(raw["name"]),
        rules=tuple(_rule(slug, r) for r in raw.get("rules", [])),
        detect=tuple(re.compile(p) for p in raw.get("detect", [])),
        domains=tuple(raw.get("domains", [])),
    )


@lru_cache(maxsize=1)
def generic_profile() -> Profile:
    """The rules that run on every article."""
    return _profile("generic", yaml.safe_load(read_text("boilerplate/generic.yml")))


@lru_cache(maxsize=1)
def outlet_profiles() -> tuple[Profile, ...]:
    """Every outlet profile shipped in `resources/boilerplate/outlets/`, by file name."""
    folder = _resource("boilerplate", "outlets")
    entries = sorted((e for e in folder.iterdir() if e.name.endswith(".yml")), key=lambda e: e.name)
    return tuple(
        _profile(e.name.removesuffix(".yml"), yaml.safe_load(e.read_text(encoding="utf-8")))
        for e in entries
    )
