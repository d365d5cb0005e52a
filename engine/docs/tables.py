"""Minimum GPUs for tables of many models x GPUs (engine table, engine docs): the fast path.

`table_layout` picks the layout engine.solve.answer.solve_min_gpus would (`fewest_layout`) without
pipeline splits, and derives no closed form and no breakdown, so a table of a hundred cells takes
seconds. `gpu_for` turns a table column ("24" GB, or a profile name) into a hardware profile.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from engine.errors import Location, SpecError
from engine.evaluate.question import Setup
from engine.render.text import GIB
from engine.solve.layouts import Layout
from engine.solve.search import fewest_layout
from engine.spec.constants import parse_number
from engine.spec.document import Span
from engine.spec.hardware import Fact, Hardware
from engine.spec.load import find_hardware
from engine.spec.numbers import Number

REFERENCE_GPU = "a100-80"  # whose usable / nominal ratio a GPU known only by its size is given


@dataclass(frozen=True)
class Column:
    """A GPU a table is computed for: a profile, and how the table heads it."""

    label: str
    hardware: Hardware


def table_layout(setup: Setup) -> Layout | None:
    """The fewest GPUs for a table cell: tensor parallelism searched within a node, no pipeline parallelism
    (searching every pipeline split costs seconds per cell; `engine solve` does it for one question)."""
    return fewest_layout(setup, tp=None, pp=1)[0]


def sized_gpu(gigabytes: Number, profiles: Sequence[Hardware]) -> Hardware:
    """A GPU known only by its size, as the planning guide writes it ("8GB", computed as 8 * 1024**3 bytes):
    nominal memory that many GiB, usable memory scaled by the reference profile's usable / nominal ratio
    (an estimate, marked as one), 8 devices per node."""
    reference = find_hardware(REFERENCE_GPU, profiles)
    ratio = Fraction(reference.value("memory_usable")) / Fraction(reference.value("memory_nominal"))
    name = f"{_number(gigabytes)}GB"
    facts = {
        "memory_nominal": Fact(gigabytes * GIB, f"a GPU of {name} (taken as GiB, as the planning guide computes)"),
        "memory_usable": Fact(gigabytes * GIB * ratio, f"nominal x {ratio}, usable / nominal of {REFERENCE_GPU}", True),
        "devices_per_node": Fact(reference.value("devices_per_node"), f"as {REFERENCE_GPU}", True),
    }
    return Hardware(name, f"any GPU with {name}", "<sized>", (), facts)


def gpu_for(column: str, profiles: Sequence[Hardware]) -> Column:
    """'24' or '24GB' -> a GPU of that size; anything else -> the profile of that name or alias."""
    text = column.strip().removesuffix("GB").removesuffix("gb").strip()
    if text and (text[0].isdigit() or text[0] == "."):
        where = Location("--gpu", 1, 1)
        size = parse_number(text, Span(where, where, 1))
        if size <= 0:
            raise SpecError(f"a GPU size must be positive, got {column}", where)
        return Column(f"{_number(size)} GB", sized_gpu(size, profiles))
    hardware = find_hardware(column, profiles)
    return Column(hardware.name, hardware)


def _number(value: Number) -> str:
    return str(int(value)) if Fraction(value).denominator == 1 else f"{float(value):g}"
