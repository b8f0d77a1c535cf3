"""The word lists, patterns and small word tests the meaning reader's modules share."""

from __future__ import annotations

import re


_DASHES = frozenset(("-", "—", "–"))
_COMPARED = re.compile(r"(?i)^(?:from|than|compared\s+(?:with|to)|on(?!\s+the\s+(?:day|week|month|session|quarter|season)\b))\s(?!.*\s(?:to|until|through|and)\s)")
"""A time phrase that names what a change is measured against (not a span: "up by a third from
2001 to 2014" is the change's period)."""
_DAY_DATE = re.compile(r"^[A-Z][a-z]+\.?\s+\d{1,2}\b|^\d{1,2}\s*[-–]?\s*(?:\d{1,2}\s+)?[A-Z][a-z]+")
"""A date that names a day ("July 18-21", "Aug. 30", "16-18 December")."""
