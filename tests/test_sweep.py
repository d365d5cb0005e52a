"""engine sweep: rows computed at array speed equal engine memory / engine solve run one at a time."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from engine.api import fix, load_setup, memory
from engine.errors import UsageError
from engine.solve.search import min_dp

np = pytest.importorskip("numpy")
from engine.solve.grid import parse_grid  # noqa: E402
from engine.solve.sweep import sweep  # noqa: E402  (needs numpy)


def test_grid_syntax() -> None:
    assert parse_grid("batch=1..64*2").values == (1, 2, 4, 8, 16, 32, 64)
    assert parse_grid("seq_len=512..2048:512").values == (512, 1024, 1536, 2048)
    assert parse_grid("dp=1..3").values == (1, 2, 3)
    for bad in ("batch=1..", "batch=4..2", "batch=1..8*1", "1batch=1..2"):
        with pytest.raises(UsageError):
            parse_grid(bad)


@pytest.mark.parametrize(
    ("spec", "choices", "grid"),
    [
        ("llama-3-8b", {}, ["batch=1..4*2", "seq_len=512..2048*2", "tp=1..2"]),
        ("llama-2-7b", {"sharding": "zero2", "recompute": "full"}, ["batch=1..2", "seq_len=1024..4096*2"]),
        (
            "gpt2-xl",
            {"precision": "fp32", "attention": "eager", "sharding": "none"},
            ["batch=1..8*2", "seq_len=256..1024*2"],
        ),
    ],
)
def test_training_rows_equal_one_at_a_time(spec: str, choices: dict[str, str], grid: list[str]) -> None:
    setup = load_setup(spec, choices=choices)
    rows = list(sweep(setup, [parse_grid(g) for g in grid]).records())
    assert len(rows) > 1
    for row in rows:
        fixed = {k: row[k] for k in ("batch", "seq_len", "tp") if k in row}
        one = memory(
            fix(setup, {k: v for k, v in fixed.items() if k != "tp"}), gpus=fixed.get("tp", 1), tp=fixed.get("tp", 1)
        )
        assert row["per_gpu_bytes"] == pytest.approx(float(one.per_gpu), rel=1e-12)
        assert row["weights"] == pytest.approx(float(one.terms["weights"]), rel=1e-12)
        assert row["fits"] == one.fits
        assert row["peak_phase"] == one.peak_phase
        dp = min_dp(fix(setup, fixed))
        assert row["min_gpus"] == (None if dp is None else dp * fixed.get("tp", 1))


def test_serving_rows_recompute_what_depends_on_the_grid() -> None:
    # prefill_tokens = min(8192, context) must follow the context of each row (a 128k model: a context
    # beyond max_position_embeddings is refused)
    setup = load_setup("llama-3.2-1b", rules="inference")
    rows = list(sweep(setup, [parse_grid("context=2048..32768*4"), parse_grid("concurrency=1..16*4")]).records())
    for row in rows:
        one = memory(fix(setup, {"context": row["context"], "concurrency": row["concurrency"]}))
        assert row["per_gpu_bytes"] == pytest.approx(float(one.per_gpu), rel=1e-12)
        assert row["kv_cache"] == pytest.approx(float(one.terms["kv_cache"]), rel=1e-12)


def test_unknown_grid_name_is_a_located_user_error() -> None:
    with pytest.raises(Exception, match=r"have no symbol 'batchh'.*did you mean 'batch'"):
        sweep(load_setup("llama-3-8b"), [parse_grid("batchh=1..2")])


def test_cli_writes_csv_and_jsonl(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "rows.csv"
    result = cli("sweep", "llama-2-7b", "--gpu", "a100-80,h100", "--grid", "batch=1..4*2", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "wrote 6 rows to " + str(out)
    rows = list(csv.DictReader(out.open()))
    assert [r["gpu"] for r in rows] == ["a100-80"] * 3 + ["h100-80"] * 3
    jsonl = tmp_path / "rows.jsonl"
    assert cli("sweep", "gpt2", "--grid", "batch=1..2", "--out", str(jsonl)).exit_code == 0
    assert [json.loads(line)["batch"] for line in jsonl.read_text().splitlines()] == [1, 2]
    bad = cli("sweep", "gpt2", "--grid", "batch=1..2", "--out", str(tmp_path / "rows.txt"))
    assert bad.exit_code == 2 and "write a .csv or a .jsonl file" in bad.stderr


@pytest.mark.parametrize(
    ("grid", "message"),
    [
        ("batch=1..100000000:1", "has 100,000,000 values; the limit is 4,000,000 rows"),  # was built: 1 min, GBs
        ("batch=1..2*1.0000001", "has more than 64 values; use :STEP for longer grids"),  # exact powers grow
        ("batch=1..1e99999999", "'1e99999999' has an exponent beyond +-300"),  # Fraction() would build it
    ],
)
def test_grids_are_bounded_before_they_are_built(grid: str, message: str) -> None:
    with pytest.raises(UsageError, match=re.escape(message)):
        parse_grid(grid)


@pytest.mark.parametrize(
    ("grid", "message"),
    [
        ("batch=1..2:0.5", "--grid batch: 3/2 is not a positive integer"),
        ("tp=1..5", "--tp 3 does not divide num_heads = 32"),
    ],
)
def test_grid_values_are_checked_like_set_values(grid: str, message: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("sweep", "llama", "--grid", grid, "--no-min-gpus")
    assert result.exit_code in (1, 2) and message in result.stderr


@pytest.mark.parametrize("grids", [["batch=1..2", "batch=4..8"], ["seq_len=512..1024*2", "batch=1..2", "seq_len=1..2"]])
def test_a_repeated_grid_axis_is_a_usage_error(grids: list[str], cli) -> None:  # type: ignore[no-untyped-def]
    """Two ranges for one axis were once both accepted (which one counted was up to the product)."""
    args = [a for g in grids for a in ("--grid", g)]
    result = cli("sweep", "gpt2", *args, "--no-min-gpus")
    assert result.exit_code == 2
    name = grids[-1].split("=")[0]
    assert result.stderr.strip() == f"error: --grid {name} is given more than once; give each axis once"


def test_sweep_rows_say_where_floats_are_used(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The one command whose numbers come from floats says so; whole values are written as integers."""
    assert "float64" in " ".join(cli("sweep", "--help").stdout.split())
    out = tmp_path / "rows.csv"
    assert cli("sweep", "gpt2", "--grid", "batch=1..4*2", "--no-min-gpus", "--out", str(out)).exit_code == 0
    rows = list(csv.DictReader(out.open()))
    for row in rows:
        for name in ("batch", "per_gpu_bytes", "capacity_bytes", "weights", "activations"):
            assert re.fullmatch(r"\d+", row[name]), (name, row[name])
    exact = memory(fix(load_setup("gpt2"), {"batch": 4}), gpus=1)
    assert int(rows[-1]["per_gpu_bytes"]) == pytest.approx(float(exact.per_gpu), rel=1e-12)


def written_as_records(rows: Any) -> list[dict[str, Any]]:
    """Assert the CSV and JSONL of `rows` are what csv.DictWriter and json.dumps write for each record."""
    import io

    from engine.render.columns import csv_lines, jsonl_lines

    records = list(rows.records())
    expected = io.StringIO()
    writer = csv.DictWriter(expected, fieldnames=list(records[0]))
    writer.writeheader()
    writer.writerows(records)
    assert "".join(csv_lines(rows, header=True)) == expected.getvalue()
    assert "".join(jsonl_lines(rows)) == "".join(json.dumps(r) + "\n" for r in records)
    return records


@pytest.mark.parametrize(
    ("spec", "mode", "grid"),
    [
        ("llama-3-8b", None, ["batch=1..8", "seq_len=1024..131072*2"]),  # rows no GPU count fits: empty min_gpus
        ("llama-3-70b", "infer", ["context=2048..32768*4", "concurrency=1..16*4"]),
        ("gpt2", None, ["batch=1..5", "tp=1..2"]),
        ("mixtral-8x7b", None, ["batch=1..3", "pp=1..4"]),  # several pipeline stages per row
    ],
)
def test_files_written_by_columns_equal_one_record_at_a_time(spec: str, mode: str | None, grid: list[str]) -> None:
    """engine.render.columns writes CSV and JSONL column by column; the text is what csv.DictWriter and
    json.dumps write for each record (whole floats as integers, NaN empty or null, booleans, names)."""

    rows = sweep(load_setup(spec, mode=mode, gpu="a100-80"), [parse_grid(g) for g in grid])
    records = written_as_records(rows)
    assert any(r["min_gpus"] is None for r in records) or spec != "llama-3-8b"


@pytest.mark.parametrize("chunk", [7, 1 << 16])
def test_columns_of_every_kind_are_written_as_records_are(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Negative, fractional, infinite and missing numbers, integer columns, booleans, names that csv and
    json must quote (and a '%', which the line template escapes), constant columns and columns of few
    values (written through a table), across chunk boundaries."""

    from engine.render import columns
    from engine.solve.grid import Rows

    monkeypatch.setattr(columns, "CHUNK", chunk)
    count = 300
    index = np.arange(count)
    mixed = np.where(index % 5 == 0, np.nan, -(index.astype(float) ** 3))
    mixed[3], mixed[4], mixed[8], mixed[9], mixed[13] = 0.5, np.inf, -np.inf, -0.0, 2.0**60
    rows = Rows(
        'gpu "%s", 1',
        {
            "small": (index % 7 - 3).astype(float),  # few values: a table
            "wide": mixed,
            "ints": (index - 150).astype(np.int64) * 1_000_003,
            "few_ints": (index % 3).astype(np.int64),
            "fits": index % 2 == 0,
            "same": np.full(count, 7.0),
            "same_bool": np.ones(count, dtype=bool),
            "name": np.asarray(["a,b", 'say "hi"', "100%", "line\nbreak", "plain"], dtype=object)[index % 5],
            "one_name": np.asarray(["50% done"] * count, dtype=object),
            "nan": np.full(count, np.nan),
        },
    )
    written_as_records(rows)


@pytest.mark.parametrize("chunk", [50, 128, 1 << 16])
@pytest.mark.parametrize("keys", [0, 1 << 19])  # 0: each chunk finds its own runs (too many keys for the sweep)
def test_columns_that_depend_on_one_key_are_written_as_records_are(
    chunk: int, keys: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adjacent columns that are functions of one column of repeated values are written once per value
    (engine.render.columns._runs): the same text, NaN, names and booleans among them, a column that
    does not depend on the key between them."""

    from engine.render import columns
    from engine.solve.grid import Rows

    monkeypatch.setattr(columns, "CHUNK", chunk)
    monkeypatch.setattr(columns, "MAX_KEYS", keys)
    count = 400
    group = np.arange(count) // 3
    rows = Rows(
        "a100-80",
        {
            "batch": (np.arange(count) % 9 + 1).astype(float),
            "key": group * 1.5e9 + 0.25,
            "dep_nan": np.where(group % 4 == 0, np.nan, group * -7.0),
            "dep_name": np.asarray(["forward", "a,b", 'q"'], dtype=object)[group % 3],
            "dep_fits": group % 2 == 0,
            "same": np.full(count, 3.0),
            "other": np.arange(count) * 11.0,
            "dep_again": group * 2.0 + 0.5,
        },
    )
    assert columns._runs([("", c) for c in rows.columns.values()], count)  # the path under test is taken
    written_as_records(rows)
