"""GPU profiles from their documents: every key but name, description and aliases is a fact, an exact
number with its source (engine.spec.hardware holds the types)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from engine.errors import SpecError
from engine.limits import MAX_MAGNITUDE
from engine.spec.constants import parse_number
from engine.spec.document import Document
from engine.spec.hardware import Fact, Hardware
from engine.spec.numbers import show_number
from engine.spec.parse import text_of

_NOT_FACTS = ("kind", "name", "description", "aliases")
ZERO_ALLOWED = ("flops_fp8", "flops_int8")  # a device may lack a format (0); every other fact is positive


def parse_hardware(doc: Document) -> Hardware:
    """A GPU profile with exact facts; every key but name, description and aliases is a fact."""
    data: dict[str, Any] = doc.data
    facts: dict[str, Fact] = {}
    for key, entry in data.items():
        if key in _NOT_FACTS:
            continue
        span = doc.span((key, "value"))
        value = parse_number(text_of(entry["value"]), span)
        if value < 0 or (key not in ZERO_ALLOWED and value == 0):
            raise SpecError(f"'{key}' must be a positive number of bytes, bytes/s or FLOP/s, got {value}", span.value)
        if value > MAX_MAGNITUDE:  # 10**400 would not even convert to a float for `engine list gpus`
            raise SpecError(f"'{key}' = {show_number(value)} is larger than any real device (limit 1e30)", span.value)
        facts[key] = Fact(value, entry["source"], bool(entry.get("estimated", False)))
    if isinstance(facts["devices_per_node"].value, Fraction):
        raise SpecError("'devices_per_node' must be a whole number", doc.loc(("devices_per_node", "value")))
    if facts["memory_usable"].value > facts["memory_nominal"].value:
        raise SpecError("'memory_usable' cannot exceed 'memory_nominal'", doc.loc(("memory_usable", "value")))
    return Hardware(data["name"], data["description"], doc.path, tuple(data.get("aliases", ())), facts)
