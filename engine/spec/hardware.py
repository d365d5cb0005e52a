"""GPU profiles as frozen data: each fact a number with its source (engine.spec.gpu.parse_hardware)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from engine.spec.numbers import Number


@dataclass(frozen=True)
class Fact:
    """A number and where it comes from."""

    value: Number
    source: str
    estimated: bool = False


@dataclass(frozen=True)
class Hardware:
    name: str
    description: str
    path: str
    aliases: tuple[str, ...]
    facts: Mapping[str, Fact]

    def value(self, fact: str) -> Number:
        return self.facts[fact].value

    @property
    def capacity(self) -> Number:
        """Bytes the framework can allocate on one device."""
        return self.value("memory_usable")

    @property
    def devices_per_node(self) -> int:
        return int(self.value("devices_per_node"))
