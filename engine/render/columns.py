"""Sweep rows written column by column, a chunk of rows at a time: each column is turned into text once
(a constant column once for all its rows; a column of few whole numbers, or a grid axis of a fixed step,
through a table of their texts), adjacent columns that are functions of one column of repeated values
(a row's bytes often depend on batch x seq_len alone) once per value of the whole sweep (of the chunk
when the sweep has too many), and literals and constant columns
are merged into the texts around them; each line is then one join of a few pieces. The text is the same
as writing each row as a record (`csv.DictWriter`, `json.dumps`): a whole-number float is an integer, NaN
is empty (CSV) or null (JSON), booleans are True/False (CSV) or true/false (JSON), names are quoted as
csv and json quote them (a line break too)."""

from __future__ import annotations

import csv
import io
import itertools
import json
import operator
from collections.abc import Callable, Iterator
from typing import Any

from engine.solve.grid import Rows

MAX_KEYS = 1 << 19  # the most keys whose texts are written for the whole sweep at once (see _written)
CHUNK = 1 << 16  # rows turned into text at a time: the text of a chunk, not of the whole sweep, is in memory


def _csv_text(value: str) -> str:
    """`value` as csv.DictWriter writes it (its default line terminator makes it quote a line break)."""
    out = io.StringIO()
    csv.writer(out).writerow([value])
    return out.getvalue()[:-2]


def _cells(
    column: Any, quote: Callable[[str], str], nan: str, boolean: tuple[str, str], prefix: str
) -> tuple[str | None, list[str], bool]:
    """(text, [], False) when every row of `column` has the same text; else (None, each row's text,
    prefixed), where `prefixed` says `prefix` is already in front of each (free for a column of few
    values: its table of texts holds it)."""
    import numpy as np

    count = len(column)
    if column.dtype == object:
        names = {v: prefix + quote(str(v)) for v in set(column.tolist())}
        if len(names) == 1:
            return next(iter(names.values()))[len(prefix) :], [], False
        return None, [names[v] for v in column.tolist()], True
    if count and (column == column[0]).all():  # NaN is never equal: such columns take the general path
        return _number_texts(np.asarray(column[:1]), nan, boolean)[0], [], False
    if column.dtype == bool:
        false, true = prefix + boolean[0], prefix + boolean[1]
        return None, [true if v else false for v in column.tolist()], True
    numbers, values, missing, others = column, column, None, []
    if column.dtype.kind not in "iu":
        values = column.astype(float)
        whole = np.isfinite(values) & (np.floor(values) == values) & (np.abs(values) < 2**53)
        numbers = np.where(whole, values, 0).astype(np.int64)
        missing = np.isnan(values)
        others = np.flatnonzero(~whole & ~missing).tolist()  # fractions of a byte, infinities
    present = numbers if missing is None else numbers[~missing]
    low = int(present.min()) if present.size else 0
    step = int(np.gcd.reduce(present - low)) or 1 if present.size else 1  # a grid axis: start + k * step
    high = int(present.max()) if present.size else 0
    if count >= 64 and (high - low) // step < count // 4:  # few values: each written once, then looked up
        table = [prefix + str(v) for v in range(low, high + 1, step)] + [prefix + nan]
        codes = (numbers - low) // step
        if missing is not None:
            codes[missing] = len(table) - 1
        cells = list(operator.itemgetter(*codes.tolist())(table))
        looked_up = True
    else:
        prefix, looked_up = "", False
        cells = list(map(str, numbers.tolist()))
        if missing is not None and missing.any():
            texts = np.asarray(cells, dtype=object)
            texts[missing] = nan
            cells = texts.tolist()
    for i in others:
        cells[i] = prefix + _float_text(float(values[i]), nan)
    return None, cells, looked_up


def _runs(columns: list[tuple[str, Any]], count: int) -> dict[int, tuple[int, Any, Any]]:
    """Runs of adjacent columns that are functions of one column of many repeated values (the bytes of
    a row often depend on batch x seq_len alone): start -> (stop, inverse, first), to be written once
    per distinct value and looked up. The key is the first numeric column that is not a table's (a few
    values or a grid axis) and has at most half as many values as rows."""
    import numpy as np

    key = None
    for _, column in columns:
        if count < 64 or column.dtype.kind != "f" or column.strides == (0,) or (column == column[0]).all():
            continue
        finite = column[np.isfinite(column)]
        low = finite.min() if finite.size else 0.0
        if finite.size and np.all(finite == np.floor(finite)) and np.abs(finite).max() < 2**53:
            step = int(np.gcd.reduce((finite - low).astype(np.int64))) or 1
            if (finite.max() - low) // step < count // 4:
                continue  # a table's column
        values, inverse = np.unique(column, return_inverse=True)
        if len(values) <= count // 2:
            inverse = inverse.ravel()
            first = np.empty(len(values), dtype=np.intp)
            first[inverse] = np.arange(count)  # a row of each value (which one does not matter)
            key = (first, inverse)
        break
    if key is None:
        return {}
    first, inverse = key
    depends = []
    for _, column in columns:
        if column.strides == (0,):  # one value broadcast to every row
            depends.append(True)
            continue
        again = column[first][inverse]
        same = again == column
        if column.dtype.kind == "f":
            same |= np.isnan(again) & np.isnan(column)
        depends.append(bool(np.all(same)))
    runs, start = {}, None
    for i, flag in enumerate([*depends, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs[start] = (i, inverse, first)
            start = None
    return runs


def _lines(
    columns: list[tuple[str, Any]],
    end: str,
    cells: Callable[[Any, str], Any],
    count: int,
    runs: Any = True,
    at: int = 0,
) -> list[str]:
    """The pieces of `count` lines, in order (one text per line when `runs` is False): every column's
    text after its literal (`columns`: literal, column), then `end`. Literals and constant columns are
    merged into one text, or into the next column's table; a run of columns that depend on one key
    (`_runs`: found here when `runs` is True, or given as `_written` for every row, these lines from row
    `at`) is written once per key; the caller joins the pieces once (no line is a string of its own)."""
    streams: list[Any] = []
    pending = ""
    found_runs = _runs(columns, count) if runs is True else {}
    i = 0
    while i < len(columns):
        if runs is not True and runs and i in runs:  # texts written for the whole sweep, looked up here
            stop, inverse, texts = runs[i]
            if pending:
                streams.append(itertools.repeat(pending, count))
            codes = inverse[at : at + count].tolist()
            streams.append(operator.itemgetter(*codes)(texts) if count > 1 else [texts[codes[0]]])
            pending, i = "", stop
            continue
        if i in found_runs:
            stop, inverse, first = found_runs[i]
            part = [(pending + lit if k == i else lit, c[first]) for k, (lit, c) in enumerate(columns[i:stop], i)]
            texts = _lines(part, "", cells, len(first), runs=False)
            streams.append(operator.itemgetter(*inverse.tolist())(texts) if len(first) > 1 else [texts[0]] * count)
            pending, i = "", stop
            continue
        literal, column = columns[i]
        i += 1
        pending += literal
        text, found, prefixed = cells(column, pending)
        if text is not None:
            pending += text
            continue
        if not prefixed and pending:
            streams.append(itertools.repeat(pending, count))
        streams.append(found)
        pending = ""
    pending += end
    if not streams:
        return [pending] * count
    streams.append(itertools.repeat(pending, count))
    if runs is False:  # a run's texts: one per line
        return list(map("".join, zip(*streams, strict=True)))
    return list(itertools.chain.from_iterable(zip(*streams, strict=True)))  # one join of every piece, no line copied


def _written(columns: list[tuple[str, Any]], cells: Callable[[Any, str], Any]) -> Any:
    """The runs of `_runs` over every row of the sweep (a value of the key repeats across chunks too:
    a grid of batch x seq_len has a quarter as many token counts as rows), each run's texts written once
    per key: start -> (stop, inverse, texts); None when there is no such run or too many keys to hold."""
    found = _runs(columns, len(columns[0][1]) if columns else 0)
    if not found or max(len(first) for _, _, first in found.values()) > MAX_KEYS:
        return None
    out = {}
    for start, (stop, inverse, first) in found.items():
        part = [(literal, column[first]) for literal, column in columns[start:stop]]
        out[start] = (stop, inverse, _lines(part, "", cells, len(first), runs=False))
    return out


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


def csv_lines(rows: Rows, header: bool) -> Iterator[str]:
    """The CSV text of `rows` (with the header line first when `header`), a chunk of rows at a time."""
    names = list(rows.columns)
    if header:
        yield ",".join(_csv_text(n) for n in ["gpu", *names]) + "\r\n"
    gpu = _csv_text(rows.gpu)

    def cells(column: Any, prefix: str) -> Any:
        return _cells(column, _csv_text, "", ("False", "True"), prefix)

    literals = [gpu + "," if i == 0 else "," for i in range(len(names))]
    runs = _written([(literal, rows.columns[n]) for literal, n in zip(literals, names, strict=True)], cells)
    for start in range(0, len(rows), CHUNK):
        part = [(literal, rows.columns[n][start : start + CHUNK]) for literal, n in zip(literals, names, strict=True)]
        yield "".join(_lines(part, "\r\n", cells, min(CHUNK, len(rows) - start), runs is None or runs, start))


def jsonl_lines(rows: Rows) -> Iterator[str]:
    """The JSON Lines text of `rows` (one object per row, keys as the columns), a chunk at a time."""
    names = list(rows.columns)
    head = "{" + json.dumps("gpu") + ": " + json.dumps(rows.gpu)
    keys = [", " + json.dumps(n) + ": " for n in names]

    def cells(column: Any, prefix: str) -> Any:
        return _cells(column, json.dumps, "null", ("false", "true"), prefix)

    literals = [(head if i == 0 else "") + keys[i] for i in range(len(names))]
    runs = _written([(literal, rows.columns[n]) for literal, n in zip(literals, names, strict=True)], cells)
    for start in range(0, len(rows), CHUNK):
        part = [(literal, rows.columns[n][start : start + CHUNK]) for literal, n in zip(literals, names, strict=True)]
        yield "".join(_lines(part, "}\n", cells, min(CHUNK, len(rows) - start), runs is None or runs, start))
