"""Sweep rows written column by column: each column is turned into text once (a constant column once
for all its rows), then the rows are joined. The text is the same as writing each row as a record
(`csv.DictWriter`, `json.dumps`): a whole-number float is an integer, NaN is empty (CSV) or null (JSON),
booleans are True/False (CSV) or true/false (JSON), names are quoted as csv and json quote them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from engine.solve.grid import Rows

CHUNK = 1 << 16  # rows turned into text at a time: the text of a chunk, not of the whole sweep, is in memory


def _csv_text(value: str) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([value])
    return out.getvalue()


def _number_texts(column: Any, nan: str, boolean: tuple[str, str]) -> list[str]:
    import numpy as np

    if column.dtype == bool:
        false, true = boolean
        return [true if v else false for v in column.tolist()]
    if column.dtype.kind in "iu":
        return list(map(str, column.tolist()))
    values = column.astype(float)
    whole = np.isfinite(values) & (np.floor(values) == values) & (np.abs(values) < 2**53)
    out = list(map(str, np.where(whole, values, 0).astype(np.int64).tolist()))
    for i in np.flatnonzero(~whole).tolist():  # NaN (no value), fractions of a byte, infinities
        v = float(values[i])
        out[i] = nan if v != v else _float_text(v, nan)
    return out


def _float_text(value: float, nan: str) -> str:
    return repr(value) if nan == "" else json.dumps(value)


def _texts(column: Any, quote: Callable[[str], str], nan: str, boolean: tuple[str, str]) -> list[str]:
    """Every value of `column` as text; a column of names (an object array) through `quote`."""
    import numpy as np

    if len(column) and column.dtype != object and (column == column[0]).all() and column.dtype.kind in "biuf":
        return _number_texts(column[:1], nan, boolean) * len(column)
    if column.dtype == object:
        names = {v: quote(str(v)) for v in set(column.tolist())}
        return [names[v] for v in column.tolist()]
    return _number_texts(np.asarray(column), nan, boolean)


def csv_lines(rows: Rows, header: bool) -> Iterator[str]:
    """The CSV text of `rows` (with the header line first when `header`), a chunk of rows at a time."""
    names = list(rows.columns)
    if header:
        yield ",".join(_csv_text(n) for n in ["gpu", *names]) + "\r\n"
    gpu = _csv_text(rows.gpu)
    for start in range(0, len(rows), CHUNK):
        part = [_texts(rows.columns[n][start : start + CHUNK], _csv_text, "", ("False", "True")) for n in names]
        count = len(part[0]) if part else 0
        if count:
            yield "\r\n".join(map(",".join, zip([gpu] * count, *part, strict=True))) + "\r\n"


def jsonl_lines(rows: Rows) -> Iterator[str]:
    """The JSON Lines text of `rows` (one object per row, keys as the columns), a chunk at a time."""
    names = list(rows.columns)
    head = "{" + json.dumps("gpu") + ": " + json.dumps(rows.gpu)
    keys = [", " + json.dumps(n) + ": " for n in names]
    for start in range(0, len(rows), CHUNK):
        part = [_texts(rows.columns[n][start : start + CHUNK], json.dumps, "null", ("false", "true")) for n in names]
        template = head + "".join(k.replace("%", "%%") + "%s" for k in keys) + "}\n"
        yield "".join(map(template.__mod__, zip(*part, strict=True)))
