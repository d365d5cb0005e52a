"""Hardware profiles: one accelerator's memory, bandwidths and FLOP/s, each with its source.

`parse_hardware` turns a schema-valid `hardware` document into a `Hardware` value with exact
numbers; `find_hardware` looks a profile up by name or alias with a did-you-mean.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sympy

from engine.document import Document
from engine.errors import SpecError, did_you_mean
from engine.evaluate import MAX_MAGNITUDE
from engine.expr import parse_number, show_number
from engine.spec import text_of

FACTS = (
    "memory_nominal",
    "memory_usable",
    "memory_bandwidth",
    "flops_bf16",
    "flops_fp8",
    "interconnect_bandwidth",
    "devices_per_node",
)


@dataclass(frozen=True)
class Fact:
    """A number and where it comes from."""

    value: Any  # exact sympy Rational
    source: str
    estimated: bool = False


@dataclass(frozen=True)
class Hardware:
    name: str
    description: str
    path: str
    aliases: tuple[str, ...]
    facts: Mapping[str, Fact]

    def value(self, fact: str) -> Any:
        return self.facts[fact].value

    @property
    def capacity(self) -> Any:
        """Bytes the framework can allocate on one device."""
        return self.value("memory_usable")

    @property
    def devices_per_node(self) -> int:
        return int(self.value("devices_per_node"))


def parse_hardware(doc: Document) -> Hardware:
    data: dict[str, Any] = doc.data
    facts: dict[str, Fact] = {}
    for key in FACTS:
        if key not in data:
            continue
        entry = data[key]
        span = doc.span((key, "value"))
        value = parse_number(text_of(entry["value"]), span)
        if value < 0 or (key != "flops_fp8" and value == 0):
            raise SpecError(f"'{key}' must be a positive number of bytes, bytes/s or FLOP/s, got {value}", span.value)
        if value > MAX_MAGNITUDE:  # 10**400 would not even convert to a float for `engine list gpus`
            raise SpecError(f"'{key}' = {show_number(value)} is larger than any real device (limit 1e30)", span.value)
        facts[key] = Fact(value, entry["source"], bool(entry.get("estimated", False)))
    if not facts["devices_per_node"].value.is_Integer:
        raise SpecError("'devices_per_node' must be a whole number", doc.loc(("devices_per_node", "value")))
    if facts["memory_usable"].value > facts["memory_nominal"].value:
        raise SpecError("'memory_usable' cannot exceed 'memory_nominal'", doc.loc(("memory_usable", "value")))
    return Hardware(
        name=data["name"],
        description=data["description"],
        path=doc.path,
        aliases=tuple(data.get("aliases", ())),
        facts=facts,
    )


def find_hardware(name: str, profiles: Iterable[Hardware]) -> Hardware:
    """The profile called `name` (or with `name` as an alias), case-insensitive."""
    wanted = name.lower()
    everything = list(profiles)
    for profile in everything:
        if wanted == profile.name.lower() or wanted in (a.lower() for a in profile.aliases):
            return profile
    names = [p.name for p in everything]
    hint = did_you_mean(wanted, names + [a for p in everything for a in p.aliases])
    raise SpecError(f"unknown GPU '{name}'{hint}; known: " + ", ".join(sorted(names)))


GIB = sympy.Integer(2) ** 30
