"""Reading YAML: exact numbers, locations, and refusal of everything that is not plain data."""

from __future__ import annotations

import os
import time
from fractions import Fraction
from pathlib import Path

import pytest

from engine.errors import Location, SpecError
from engine.limits import MAX_FILE_BYTES
from engine.spec.source import parse_document, read_document


def test_numbers_are_exact_and_keys_are_text() -> None:
    doc = parse_document("a: 0.1\nb: 1.5e+9\nc: 80_000\nyes: 1\n2: x\n", "t.yaml")
    assert doc.data == {"a": Fraction(1, 10), "b": 1_500_000_000, "c": 80_000, "yes": 1, "2": "x"}


def test_spans_point_at_keys_values_and_text() -> None:
    doc = parse_document("outer:\n  inner: 'a + b'\n", "t.yaml")
    span = doc.spans[("outer", "inner")]
    assert span.key == Location("t.yaml", 2, 3)
    assert span.value == Location("t.yaml", 2, 10)
    assert span.at(4) == Location("t.yaml", 2, 15)  # inside the quotes, on 'b'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: !!python/object/apply:os.system [ls]", "unsupported YAML tag '!!python/object/apply:os.system'"),
        ("a: !custom 1", "unsupported YAML tag '!custom'"),
        ("a: !!binary aGVsbG8=", "unsupported YAML tag '!!binary'"),
        ("a: .nan", "'.nan' is not a finite number"),
        ("a: 1\na: 2", "duplicate key 'a' (first defined at line 1)"),
        ("a: &x {b: 1}\nc:\n  <<: *x", "YAML merge keys ('<<') are not supported; use 'extends:'"),
        ("? [a, b]\n: 1", "mapping keys must be plain names, not collections"),
        ("a: [1, 2", "YAML syntax:"),
    ],
)
def test_refused(text: str, message: str) -> None:
    with pytest.raises(SpecError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        parse_document(text, "t.yaml")


def test_billion_laughs_is_bounded() -> None:
    lines = ['a0: ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    lines[0] = lines[0].replace("a0: [", "a0: &a0 [")
    lines = [line if i == 0 else line.replace(f"a{i}: [", f"a{i}: &a{i} [") for i, line in enumerate(lines)]
    with pytest.raises(SpecError, match="more than 10,000 values"):
        parse_document("\n".join(lines), "bomb.yaml")


def test_deep_nesting_is_bounded() -> None:
    with pytest.raises(SpecError, match="nested"):
        parse_document("a: " + "[" * 500 + "]" * 500, "deep.yaml")


def test_big_and_binary_files_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("a: " + "x" * MAX_FILE_BYTES)
    with pytest.raises(SpecError, match="the limit is 262,144"):
        read_document(big)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"a: \xff\xfe\n")
    with pytest.raises(SpecError, match="not UTF-8"):
        read_document(binary)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: " + "9" * 5000, "number '99999999999999999999...' has more than 300 digits"),  # int() would refuse it
        ("a: 1." + "0" * 400, "number '1.000000000000000000...' has more than 300 digits"),
        ("a: 1.0e-99999999", "'1.0e-99999999' has an exponent beyond +-300"),  # 330 million bits, exactly
        ("a: 1.0e+99999999", "'1.0e+99999999' has an exponent beyond +-300"),
        ("a: -.inf", "'-.inf' is not a finite number"),
        ("a: 190:20:30.15", "'190:20:30.15' is not a number this tool can read exactly"),  # YAML 1.1 base 60
    ],
)
def test_numbers_are_bounded_before_they_are_built(text: str, message: str) -> None:
    with pytest.raises(SpecError) as info:
        parse_document(text, "t.yaml")
    assert info.value.message == message
    assert info.value.location == Location("t.yaml", 1, 4)


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    for path in (fifo, Path("/dev/zero"), tmp_path):  # /dev/zero never ends
        with pytest.raises(SpecError, match="not a regular file"):
            read_document(path)


def test_large_valid_file_reads_in_bounded_time(tmp_path: Path) -> None:
    """Just under the limits: 256 KiB, 10,000 values; a hang guard, not a benchmark."""
    lines = ["kind: architecture", "symbols:"]
    lines += [f"  s{i}: {{description: d}}" for i in range(4900)]
    path = tmp_path / "wide.yaml"
    path.write_text("\n".join(lines) + "\n")
    assert path.stat().st_size < MAX_FILE_BYTES
    started = time.perf_counter()
    assert len(read_document(path).data["symbols"]) == 4900
    assert time.perf_counter() - started < 5
