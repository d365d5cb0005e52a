"""Write or render sweep rows: CSV or JSONL files, JSON, or a table of the first rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from engine.errors import UsageError
from engine.files import write_atomic
from engine.render.columns import csv_lines, jsonl_lines
from engine.render.text import inert
from engine.solve.grid import Rows

SHOWN_ROWS = 200


def write(results: Sequence[Rows], out: Any, fmt: str) -> str:
    """Write every row to `out` (.csv or .jsonl), or render them (up to SHOWN_ROWS as a table)."""
    import io
    import json

    if out is not None:
        suffix = out_format(out)

        def fill(handle: Any) -> int:
            for i, rows in enumerate(results):  # column by column (engine.render.columns)
                for text in jsonl_lines(rows) if suffix == "jsonl" else csv_lines(rows, header=i == 0):
                    handle.write(text.encode("utf-8"))  # a text handle took three times as long as the bytes
            return sum(len(rows) for rows in results)

        count = write_atomic(out, fill, binary=True)  # a temporary file renamed into place: never half a file
        return f"wrote {count:,} rows to {inert(str(out))}"
    records = (r for rows in results for r in rows.records())
    if fmt == "json":
        return json.dumps(list(records), indent=1)
    rows = [r for _, r in zip(range(SHOWN_ROWS + 1), records, strict=False)]
    if not rows:
        return "no rows"
    names = list(rows[0])
    text = io.StringIO()
    widths = {n: max(len(n), *(len(_cell(r[n])) for r in rows[:SHOWN_ROWS])) for n in names}
    text.write("  ".join(n.rjust(widths[n]) for n in names) + "\n")
    for r in rows[:SHOWN_ROWS]:
        text.write("  ".join(_cell(r[n]).rjust(widths[n]) for n in names) + "\n")
    total = sum(len(r) for r in results)
    if total > SHOWN_ROWS:
        text.write(f"... {total - SHOWN_ROWS:,} more rows: write them all with --out FILE.csv\n")
    return text.getvalue().rstrip("\n")


def out_format(out: Any) -> str:
    """The format an --out file is written in (its suffix), or a usage error."""
    suffix = str(out).rsplit(".", 1)[-1].lower()
    if suffix not in ("csv", "jsonl"):
        raise UsageError(f"--out {inert(str(out))}: write a .csv or a .jsonl file")
    return suffix


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)
