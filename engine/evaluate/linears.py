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

from engine.errors import SpecError, did_you_mean
from engine.evaluate.params import Count
from engine.plan.runtime import run
from engine.spec.numbers import Number

ALL_LINEAR = "all-linear"


@dataclass(frozen=True)
class Linear:
    name: str
    inputs: Number  # exact numbers at the architecture's values
    outputs: Number
    count: Number
    output: bool


def linears(arch: Count) -> list[Linear]:
    """The architecture's linear layers evaluated at its values ([] when the spec lists none)."""
    program = arch.plan.linears
    if program is None:
        return []
    found = run(program, arch.assignment.values)
    return [
        Linear(x.name, found[f"{x.name}/in"], found[f"{x.name}/out"], found[f"{x.name}/count"], x.output)
        for x in arch.plan.spec.linears
    ]


def linear_params(layers: Sequence[Linear]) -> Number:
    """Weights a quantizer replaces: every linear but the output layer."""
    return sum((x.inputs * x.outputs * x.count for x in layers if not x.output), 0)


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


def lora_in_out(layers: Sequence[Linear], targets: Sequence[str]) -> Number:
    """Sum of (in + out) x count over the LoRA targets: adapter parameters per unit of rank."""
    return sum((x.count * (x.inputs + x.outputs) for x in select(layers, targets)), 0)
