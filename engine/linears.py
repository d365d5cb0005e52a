"""An architecture's linear layers: what weight quantization replaces and what LoRA adapts.

An architecture spec lists its `linears:` (module name -> in, out, count). From them and a count of
the architecture this module derives, exactly:

* `linear_params`: weights that quantizers replace (every linear except the output layer, which
  transformers keeps in 16-bit: quantizers/base.py get_keys_to_not_convert);
* `lora_in_out`: the sum of (in + out) x count over the LoRA target modules, so that trainable adapter
  parameters are `lora_rank * lora_in_out` (peft/tuners/lora/layer.py update_layer: A is r x in,
  B is out x r).

Targets match by module name or name suffix, as PEFT's `target_modules` do (`c_proj` selects both
`attn.c_proj` and `mlp.c_proj`); `all-linear` is every linear except the output layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sympy

from engine.errors import SpecError, did_you_mean
from engine.evaluate import Count
from engine.expr import build_expression, parse_expression
from engine.spec import text_of

ALL_LINEAR = "all-linear"


@dataclass(frozen=True)
class Linear:
    name: str
    inputs: Any  # exact numbers at the architecture's values
    outputs: Any
    count: Any
    output: bool


def linears(arch: Count) -> list[Linear]:
    """The architecture's linear layers evaluated at its values ([] when the spec lists none)."""
    spec = arch.model.spec
    table = spec.extra.get("linears") or {}
    subs = arch.assignment.subs(arch.model)
    out = []
    for name, info in table.items():
        numbers = []
        for key in ("in", "out", "count"):
            where = spec.spans.get(("linears", name, key)) or spec.spans[()]
            parsed = parse_expression(text_of(info[key]), where)
            unknown = sorted(parsed.names - set(arch.model.symbols))
            if unknown:
                raise SpecError(f"unknown symbol '{unknown[0]}' in linear '{name}'", parsed.locate(unknown[0]))
            numbers.append(build_expression(parsed, arch.model.symbols).xreplace(subs))
        inputs, outputs, count = numbers
        out.append(Linear(name, inputs, outputs, count, bool(info.get("output", False))))
    return out


def linear_params(layers: Sequence[Linear]) -> Any:
    """Weights a quantizer replaces: every linear but the output layer."""
    return sympy.Add(*(x.inputs * x.outputs * x.count for x in layers if not x.output))


def select(layers: Sequence[Linear], targets: Sequence[str]) -> list[Linear]:
    """The linears `targets` name (exact name or '.'-suffix, as PEFT matches), or all but the output layer."""
    if list(targets) == [ALL_LINEAR]:
        return [x for x in layers if not x.output]
    chosen: list[Linear] = []
    for target in targets:
        matched = [x for x in layers if x.name == target or x.name.endswith("." + target)]
        if not matched:
            names = [x.name for x in layers] + [x.name.rsplit(".", 1)[-1] for x in layers] + [ALL_LINEAR]
            known = ", ".join([x.name for x in layers] + [ALL_LINEAR])
            raise SpecError(f"no linear layer '{target}'{did_you_mean(target, names)}; this model has: {known}")
        chosen += [x for x in matched if x not in chosen]
    return chosen


def lora_in_out(layers: Sequence[Linear], targets: Sequence[str]) -> Any:
    """Sum of (in + out) x count over the LoRA targets: adapter parameters per unit of rank."""
    return sympy.Add(*(x.count * (x.inputs + x.outputs) for x in select(layers, targets)))
