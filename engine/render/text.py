"""What every renderer shares: units (GiB for 2**30 bytes, GB for 10**9, always labelled), numbers for
reading, JSON values, tables, and `inert`, which makes text that came from an input safe to print.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

GIB = 2**30
GB = 10**9
Table = list[list[str]]


def gib(value: Any, digits: int = 2) -> str:
    """Bytes as GiB (2**30), labelled."""
    return f"{float(value) / GIB:,.{digits}f} GiB"


def gb(value: Any, digits: int = 1) -> str:
    """Bytes as GB (10**9), labelled."""
    return f"{float(value) / GB:,.{digits}f} GB"


def whole_bytes(value: Any) -> int:
    """Exact bytes as an int, rounded up (8-bit optimizer states can make a fractional total)."""
    exact = Fraction(value)
    return -(-exact.numerator // exact.denominator)


def plain(value: Any) -> int | float | str:
    """An exact number as JSON data: int when whole, else float (values only, never counts)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, Fraction):
        return int(value) if value.denominator == 1 else float(value)
    return str(value)


def human(n: Any, unit: str = "") -> str:
    """1234567890 -> '1.23 B' (decimal prefixes, for reading next to the exact number)."""
    value = float(n)
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:.3g} {suffix}{unit}".rstrip()
    return f"{value:g}{(' ' + unit) if unit else ''}"


def share(part: Any, total: Any) -> str:
    return f"{float(part) / float(total) * 100:.2f}%" if total else "-"


def table(rows: Table, align: str) -> str:
    """Columns padded to width; `align` holds '<' or '>' per column."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(align))]
    lines = ["  ".join(f"{cell:{a}{w}}" for cell, a, w in zip(row, align, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(rows: Table, align: str) -> str:
    rule = ["---:" if a == ">" else "---" for a in align]
    return "\n".join("| " + " | ".join(row) + " |" for row in [rows[0], rule, *rows[1:]])


def md_text(text: str) -> str:
    """Free text from an input for Markdown, on one line: HTML markup written as entities (a `<script>`
    in a description is shown, never run; `&lt;` stays those four characters), control characters
    escaped. `>` is left alone: without a `<` it starts no markup, and specs write `a -> b`."""
    return inert(text.replace("\n", " ")).replace("&", "&amp;").replace("<", "&lt;")


def md_cell(text: str) -> str:
    """Free text from an input for a Markdown table cell: `md_text`, with its pipes escaped."""
    return md_text(text).replace("|", "\\|")


_LATEX_UNSAFE = {"$": "\\$", "<": "\\lt ", ">": "\\gt ", "&": "\\&", "|": "\\vert ", "\n": " "}


def latex_text(text: str) -> str:
    """A spec's LaTeX name for `$...$` in Markdown: what could end the math (`$`), start HTML (`<`) or a
    table cell (`|`) written as LaTeX commands instead."""
    return inert("".join(_LATEX_UNSAFE.get(c, c) for c in text))


# C0 and C1 control characters (escape sequences, carriage returns, OSC), DEL, and line and bidi
# controls a terminal or editor would act on
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_CONTROL_OR_NEWLINE = re.compile(f"[{_CONTROLS}\n\t]")


def inert(text: str, newlines: bool = False) -> str:
    """Text from an input (a spec's description, a file name) made safe for a terminal: every control
    character written as a visible escape (`\\x1b`), newlines too unless `newlines`."""
    pattern = _CONTROL if newlines else _CONTROL_OR_NEWLINE
    return pattern.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)
