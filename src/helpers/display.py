"""Numbers and text for people: "$200 billion", "55 billion m³", escaped hover text."""

from __future__ import annotations

import html
import math
import textwrap

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_UNIT_LABELS = {
    "meter ** 3": "m³", "meter ** 2": "m²", "kilometer ** 2": "km²", "kilometer": "km", "meter": "m",
    "metric_ton": "tonnes", "oil_barrel": "barrels", "%": "%", "percentage_point": "percentage points",
    "mile / hour": "mph", "kilometer / hour": "km/h", "degree_Celsius": "°C",
}
_CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "CNY": "¥", "RUB": "₽", "INR": "₹", "JPY": "¥"}


def number(value: float) -> str:
    """1234567 -> "1.23 million", 2e11 -> "200 billion", 0.355 -> "0.355"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{value / scale:,.3g} {word}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:,.3g}"


def unit_label(unit: str | None) -> str:
    if not unit:
        return ""
    return _UNIT_LABELS.get(unit, unit.replace("_", " "))


def quantity(value: float, unit: str | None, per: str | None = None) -> str:
    """A value with its unit as a reader writes it: "$200 billion a year", "60%", "55 billion m³/year"."""
    rate = f" a {per}" if per else ""
    if unit in _CURRENCY_SIGNS:
        return f"{_CURRENCY_SIGNS[unit]}{number(value)}{rate}"
    if unit and len(unit) == 3 and unit.isupper():
        return f"{number(value)} {unit}{rate}"
    if unit == "%":
        return f"{value:g}%"
    label = unit_label(unit)
    return f"{number(value)} {label}{rate}".strip()


def percent(ratio: float) -> str:
    return f"{ratio * 100:.0f}%"


def hover(text: str, width: int = 70) -> str:
    """Escaped, wrapped text for a plotly hover label (article text is data, never markup)."""
    lines = textwrap.wrap(" ".join(str(text).split()), width) or [""]
    return "<br>".join(html.escape(line) for line in lines[:8]) + ("<br>…" if len(lines) > 8 else "")


def safe(text: object) -> str:
    """HTML-escaped text for titles and notes."""
    return html.escape(str(text))
