"""Units and currencies: pint for quantities and durations, pycountry for ISO 4217 codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pint
import pycountry
import yaml

from .assets import read_text


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """pint's registry plus the news units in resources/units.txt (bcm, toe, boe ...)."""
    ureg = pint.UnitRegistry()
    for line in read_text("units.txt").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            ureg.define(line)
    return ureg


@dataclass(frozen=True, slots=True)
class UnitForm:
    """One way news writes a unit, and what it means."""

    pattern: str
    unit: str
    kind: str
    to: str | None = None
    per: str | None = None


@lru_cache(maxsize=1)
def unit_forms() -> tuple[UnitForm, ...]:
    data: dict[str, list[dict[str, Any]]] = yaml.safe_load(read_text("units.yml"))
    forms = [UnitForm(f["pattern"], f["unit"], "quantity", f.get("to"), f.get("per")) for f in data["quantities"]]
    forms += [UnitForm(f["pattern"], f["unit"], "duration") for f in data["durations"]]
    return tuple(forms)


def _scoped(pattern: str) -> str:
    """A leading (?i) turned into a scoped (?i:...) so patterns can be joined."""
    return f"(?i:{pattern[4:]})" if pattern.startswith("(?i)") else f"(?:{pattern})"


@lru_cache(maxsize=1)
def unit_pattern() -> re.Pattern[str]:
    """A unit right after a number (" billion cubic meters", "km", "-day"), one group per form."""
    groups = "|".join(f"(?P<u{i}>{_scoped(form.pattern)})" for i, form in enumerate(unit_forms()))
    return re.compile(rf"(?:\s|-|(?<=[\d½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘]))(?:{groups})(?![\w])")  # glued to digits or a fraction: "5km", "2½C"


def unit_at(text: str, position: int) -> tuple[UnitForm, int] | None:
    """The unit written at `position` (right after a number) and where it ends."""
    match = unit_pattern().match(text, position)
    if not match or match.lastgroup is None:
        return None
    return unit_forms()[int(match.lastgroup[1:])], match.end()


def normalize(value: float, form: UnitForm) -> tuple[float, str]:
    """The value in the unit pint names, converted where the form says (bcm -> meter ** 3)."""
    if not form.to:
        return float(value), unit_name(form.unit)  # no conversion: pint keeps the magnitude as given
    quantity = registry().Quantity(value, form.unit).to(form.to)
    return float(quantity.magnitude), str(quantity.units)


@lru_cache(maxsize=256)
def unit_name(unit: str) -> str:
    """The name pint gives a unit as written ("years" -> "year", "mph" -> "mile / hour")."""
    return str(registry().Quantity(1.0, unit).units)


def same_dimension(unit_a: str, unit_b: str) -> bool:
    ureg = registry()
    try:
        return ureg.parse_units(unit_a).dimensionality == ureg.parse_units(unit_b).dimensionality
    except (pint.errors.PintError, AttributeError, TypeError, ValueError):
        return False


def convert(value: float, unit: str, to: str) -> float:
    return float(registry().Quantity(value, unit).to(to).magnitude)


@dataclass(frozen=True, slots=True)
class Money:
    """Compiled money patterns: symbols before a number, names or codes after it."""

    prefix: re.Pattern[str]
    suffix: re.Pattern[str]
    symbols: dict[str, str]
    names: tuple[tuple[re.Pattern[str], str, float], ...]
    codes: frozenset[str]
    any_name: re.Pattern[str] | None = None
    """The `names` patterns as one alternation in their order (group `n<i>` for the i-th): tried
    at one position it finds the first that matches, as trying them one by one would."""


@lru_cache(maxsize=1)
def money() -> Money:
    data = yaml.safe_load(read_text("currencies.yml"))
    iso = {c.alpha_3 for c in pycountry.currencies}
    codes = frozenset(iso - set(data["ambiguous_codes"]))
    for code in list(data["symbols"].values()) + [v.split("/")[0] for v in data["names"].values()]:
        if code not in iso:
            raise ValueError(f"currencies.yml: {code} is not an ISO 4217 code")
    symbols = dict(sorted(data["symbols"].items(), key=lambda kv: -len(kv[0])))
    symbol_alt = "|".join(re.escape(s) for s in symbols)
    code_alt = "|".join(sorted(codes))
    prefix = re.compile(rf"(?:(?P<symbol>{symbol_alt})|\b(?P<code>{code_alt}))\s?$")
    names = []
    for pattern, target in data["names"].items():
        code, _, divisor = target.partition("/")
        glued = len(pattern.rstrip("?s")) == 1
        space = "" if glued else r"\s?"
        names.append((re.compile(rf"{space}(?:{pattern})(?![\w])"), code, 1 / float(divisor or 1)))
    suffix = re.compile(rf"\s?\b(?P<code>{code_alt})\b")
    any_name = re.compile("|".join(f"(?P<n{i}>{pattern.pattern})" for i, (pattern, _, _) in enumerate(names)))
    return Money(prefix, suffix, symbols, tuple(names), codes, any_name)


def currency_before(text: str, position: int) -> tuple[str, int] | None:
    """An ISO code for a currency symbol or code written just before `position`, and its start."""
    m = money()
    match = m.prefix.search(text, max(0, position - 6), position)
    if not match:
        return None
    if match.group("symbol"):
        return m.symbols[match.group("symbol")], match.start()
    return match.group("code"), match.start()


def symbol_at(text: str, position: int) -> tuple[str, int] | None:
    """(ISO code, end) for a currency symbol written at `position` ("$", "US$", "£" ...)."""
    for symbol, code in money().symbols.items():  # longest first
        if text.startswith(symbol, position):
            return code, position + len(symbol)
    return None


def currency_after(text: str, position: int) -> tuple[str, float, int] | None:
    """(ISO code, factor, end) for a currency name or code written right after a number."""
    m = money()
    if m.any_name is not None and (named := m.any_name.match(text, position)) is not None and named.lastgroup:
        _, code, factor = m.names[int(named.lastgroup[1:])]
        return code, factor, named.end()
    match = m.suffix.match(text, position)
    if match:
        return match.group("code"), 1.0, match.end()
    return None


_CURRENCY_NICKNAMES = {"greenback": "USD", "buck": "USD", "sterling": "GBP", "loonie": "CAD", "single currency": "EUR"}
"""Names news gives a currency as a thing traded ("the greenback rose"), which no figure is written in."""


def currency_named(name: str) -> str | None:
    """The ISO code of a currency named as a thing ("dollar", "the US dollar", "sterling", "the greenback"),
    or None; a hundredth ("pence", "cents") names no currency that is traded against another."""
    words = re.sub(r"(?i)^the\s+", "", name.strip())
    if (code := _CURRENCY_NICKNAMES.get(words.lower())) is not None:
        return code
    found = currency_after(" " + words, 0)
    if found is None or found[1] != 1.0 or found[2] != len(words) + 1:
        return None
    return found[0]
