"""The planning guide's statements, checked: docs/planning-guide-errata.md (`engine errata`).

Every number is computed here from the specs, by the guide's own method (planning-guide*.yaml,
rules/guide.yaml) and by the engine's (gpt2, gpt3, llama with rules/training.yaml); the prose, with the
guide's printed values quoted, is engine/templates/planning-guide-errata.md, where `$name` marks a value
from `values()`. A test fails when the committed document differs from `render()`.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import Any

from engine.docs.guide import GUIDE_ROWS, quick_reference
from engine.docs.settings import choices, settings
from engine.docs.tables import sized_gpu, table_layout
from engine.evaluate.memory import MemoryResult, evaluate_memory
from engine.evaluate.question import Setup, count_params, load_setup
from engine.render.text import markdown_table
from engine.solve.layouts import Layout
from engine.spec.load import hardware_profiles

TEMPLATE = Path(__file__).with_name("templates") / "planning-guide-errata.md"
GIB = 2**30
S = settings()  # engine/docs/planning-guide.yaml: which rules and options stand for each statement
GUIDE_STEP: dict[str, int] = S["step"]
# planning-guide.md, Quick Reference Table, as printed: FP32 memory, FP16 memory, Min GPUs (8GB), (24GB)
PRINTED = {
    "GPT-2 Small": ("2.0 GB", "1.0 GB", "1", "1"),
    "GPT-2 Medium": ("5.7 GB", "2.8 GB", "1", "1"),
    "GPT-2 Large": ("12.4 GB", "6.2 GB", "2", "1"),
    "GPT-2 XL": ("24.0 GB", "12.0 GB", "4", "1"),
    "GPT-3 Small": ("112 GB", "56 GB", "16", "3"),
    "GPT-3 Medium": ("208 GB", "104 GB", "32", "5"),
    "GPT-3 Large": ("2800 GB", "1400 GB", "400+", "60+"),
}


def gib(value: Any, digits: int = 2) -> str:
    return f"{float(value) / GIB:,.{digits}f} GiB"


def num(value: Any) -> str:
    return f"{int(value):,}"


def pct(new: Any, old: Any) -> str:
    return f"{(float(new) / float(old) - 1) * 100:+.1f} %"


def _gpu(size: int) -> Any:
    return sized_gpu(size, hardware_profiles())


def guide_setup(millions: Any, gpu_gb: int = 8, *variants: str) -> Setup:
    """The guide's method: its model of `millions` parameters, its rules, its GPU of `gpu_gb` GB."""
    sets = [f"params_millions={millions}", f"gpu_memory_gb={gpu_gb}"]
    guide = S["guide"]
    return load_setup(guide["model"], overrides=sets, rules=guide["rules"], choices=choices(*variants, base="guide"))


def engine_setup(ref: str, gpu_gb: int = 8, *variants: str, extra: Mapping[str, str] | None = None) -> Setup:
    """The engine's training rules for a real model, the guide's example step, on a GPU of `gpu_gb` GB."""
    chosen = {**choices(*variants), **(extra or {})}
    setup = load_setup(ref, rules=S["engine"]["rules"], choices=chosen)
    return replace(setup, hardware=_gpu(gpu_gb)).with_values(**GUIDE_STEP)


def at(setup: Setup, gpus: int) -> MemoryResult:
    return evaluate_memory(setup.with_values(dp=gpus, tp=1, pp=1))


def fewest(layout: Layout | None) -> str:
    if layout is None:
        return "none fits"
    split = [f"{k} {v}" for k, v in (("tp", layout.tp), ("pp", layout.pp)) if v > 1]
    return f"{layout.gpus}" + (f" ({layout.dp} × {' × '.join(split)})" if split else "")


def per_gpu(result: MemoryResult) -> str:
    verdict = "fits" if result.fits else "does not fit"
    return f"{gib(result.per_gpu)} of {gib(result.capacity)}: {verdict}"


def _min_gpus_tuple(millions: int) -> dict[str, str]:
    """calculate_min_gpus(millions) as its formula computes it: (GPUs, model memory, training memory), GiB."""
    result = at(guide_setup(millions), 1)
    gpus = fewest(table_layout(guide_setup(millions)))
    model, training = (
        f"{float(result.derived['model_memory']) / GIB:.3f}",
        f"{float(result.phases['training']) / GIB:.3f}",
    )
    keys = {"": f"({gpus}, {model}, {training})", "_n": gpus, "_model": model, "_train": training}
    return {f"c_{millions}{k}": v for k, v in keys.items()}


def _parameters() -> dict[str, str]:
    guide, real = count_params("planning-guide-params"), count_params("gpt2")
    at_1024 = count_params("planning-guide-params", preset="guide-gpt2-small")
    gp, rp = guide.parts, real.parts
    linear = gp["blocks/attention"] + gp["blocks/feedforward"] - rp["h/attn"] - rp["h/mlp"]
    differences = {
        "p_head": gp["out_head"] - rp["lm_head"],
        "p_pos": gp["pos_emb"] - rp["wpe"],
        "p_bias": linear,
        "p_norms": gp["blocks/layernorms"] - rp["h/ln_1"] - rp["h/ln_2"],
        "p_lnf": -rp["ln_f"],
    }
    assert sum(differences.values()) == guide.total - real.total  # the five differences are the whole story
    any_model = [["model", "the guide's formula", "transformers' count", "difference"]]
    for preset in ("llama-2-7b", "llama-2-70b"):  # the guide's formula at the model's own sizes and context
        values = count_params(preset).assignment.values
        sizes = {"vocab_size": values["vocab_size"], "context_length": values["max_position_embeddings"]}
        sizes |= {"emb_dim": values["hidden_size"], "n_layers": values["num_layers"]}
        ours, theirs = count_params("planning-guide-params", overrides=sizes).total, count_params(preset).total
        any_model.append([preset, num(ours), num(theirs), pct(ours, theirs)])
    rows = [["model", "the guide's formula (context 1024)", "transformers' count", "difference"]]
    for spec in GUIDE_ROWS[:4]:  # GPT-2 Small ... XL: the guide's config_124m ... config_1_5b
        preset = "guide-" + {"gpt2": "gpt2-small"}.get(spec.model, spec.model)
        counted = count_params("planning-guide-params", preset=preset)
        theirs = count_params(spec.model).total
        rows.append([spec.label, num(counted.total), num(theirs), pct(counted.total, theirs)])
    return {
        **{k: f"{int(v):+,}" for k, v in differences.items()},
        "p_guide_256": num(guide.total),
        "p_guide_1024": num(at_1024.total),
        "p_gpt2": num(real.total),
        "p_over": pct(guide.total, real.total),
        "p_diff": f"{int(guide.total - real.total):+,}",
        "p_blocks": num(gp["blocks"]),
        "llama_table": markdown_table(any_model, "<>>>"),
        **{f"n_{p.replace('-', '_')}": num(count_params(p).total) for p in ("gpt3-small", "gpt3-medium", "gpt3-large")},
        "family_table": markdown_table(rows, "<>>>"),
    }


def _memory() -> dict[str, str]:
    guide = at(guide_setup(124), 1)
    trace = S["traced"]
    traced = load_setup(trace["model"], overrides=trace["set"], rules=S["engine"]["rules"], choices=trace["choices"])
    measured_like = at(traced.with_values(**GUIDE_STEP), 1)
    ddp = engine_setup("gpt2", 8, "ddp_eager_attention")
    fsdp = engine_setup("gpt2", 8, "eager_attention")
    training = guide.phases["training"]
    states = measured_like.derived["model_states"]
    act_lo, act_hi = training + GIB / 2, training + GIB
    activations = measured_like.derived["activation_peak"]
    return {
        "m_guide_model": gib(guide.derived["model_memory"], 3),
        "m_guide_model_gb": f"{float(guide.derived['model_memory']) / 1e9:.3f} GB",
        "m_gpt2_weights": f"{num(measured_like.terms['weights'])} bytes = {gib(measured_like.terms['weights'], 3)}",
        "m_guide_train": gib(training, 3),
        "m_states": gib(states, 3),
        "m_states_per_param": str(Fraction(states) / measured_like.setup.arch.total),
        "m_peak": f"{num(measured_like.per_gpu)} bytes = {gib(measured_like.per_gpu)}",
        "m_peak_phase": measured_like.peak_phase,
        "m_act": f"{num(activations)} bytes = {gib(activations, 3)}",
        "m_ddp_guide": f"{float(act_lo) / GIB:.2f}–{float(act_hi) / GIB:.2f} GiB",
        "m_ddp_1": gib(at(ddp, 1).per_gpu),
        "m_ddp_2": gib(at(ddp, 2).per_gpu),
        "m_fsdp_guide_8": f"{float(training / 8 + GIB / 2) / GIB:.2f}–{float(training / 8 + GIB) / GIB:.2f} GiB",
        "m_fsdp_4": gib(at(fsdp, 4).per_gpu),
        "m_fsdp_8": gib(at(fsdp, 8).per_gpu),
        "m_fsdp_8_act": gib(at(fsdp, 8).alive["activations"] + at(fsdp, 8).alive["logits"]),
        "m_fsdp_guide_n": str(next(n for n in range(1, 64) if training / n + GIB / 2 <= GIB * 8 / 10)),
        "m_act_b4": num(at(traced.with_values(batch=4, seq_len=512), 1).derived["activation_peak"]),
    }


def _gpus() -> dict[str, str]:
    out = {k: v for m in (124, 1300, 7000) for k, v in _min_gpus_tuple(m).items()}
    for key, ref in (("124", "gpt2"), ("1300", "gpt3-xl"), ("7000", "gpt3-6.7b")):
        out[f"e_{key}"] = fewest(table_layout(engine_setup(ref)))
        out[f"n_{key}"] = num(count_params(ref).total)
    xl, big = engine_setup("gpt3-xl"), engine_setup("gpt3-6.7b")
    for name, setup, gpus in (("x13", xl, (2, 4)), ("x7", big, (8, 16))):
        millions = 1300 if name == "x13" else 7000
        for n in gpus:
            out[f"{name}_{n}_guide"] = per_gpu(at(guide_setup(millions), n))
            out[f"{name}_{n}_engine"] = per_gpu(at(setup, n))
    out["ddp_124_guide"] = per_gpu(at(guide_setup(124, 8, "ddp"), 1))
    out["ddp_124_engine"] = per_gpu(at(engine_setup("gpt2", 8, "ddp"), 1))
    for size in (8, 24):
        out[f"x70_guide_{size}"] = fewest(table_layout(guide_setup(70000, size)))
        out[f"x70_engine_{size}"] = fewest(table_layout(engine_setup("llama-2-70b", size)))
        out[f"x70_offload_{size}"] = fewest(table_layout(engine_setup("llama-2-70b", size, "offloaded_optimizer")))
    out["n_70"] = num(count_params("llama-2-70b").total)
    out["capacity_guide"] = gib(at(guide_setup(124), 1).capacity)
    out["capacity_engine"] = gib(_gpu(8).capacity)
    out["usable_ratio"] = f"{float(_gpu(8).capacity / _gpu(8).value('memory_nominal')) * 100:.1f} %"
    return out


def _strategies() -> dict[str, str]:
    fp32, fp16 = at(guide_setup(7000), 1), at(guide_setup(7000, 8, "half_precision"), 1)
    code = Fraction(7000 * 4 * 4, 2**30)  # fp32_memory = 7000 * 4 / 1024**3 * 4, as printed (no 1e6)
    per_param = {}
    for precision in S["state_precisions"]:
        result = at(engine_setup("gpt3-6.7b", 8, "ddp", extra={S["precision_option"]: precision}), 1)
        per_param[precision] = Fraction(result.derived["model_states"]) / result.setup.arch.total
    recompute = {
        "ck_gpt2": _recompute(engine_setup("gpt2", 8, "eager_attention_keep_all")),
        "ck_llama": _recompute(engine_setup("llama-2-7b", 8, "mixed_precision").with_values(batch=1, seq_len=2048)),
    }
    offload = S["offload_statement"]
    off = [
        at(engine_setup("gpt3-6.7b", 8, "mixed_precision_ddp", extra={offload["option"]: offload[k]}), 1).per_gpu
        for k in ("without", "with")
    ]
    return {
        "mp_code": f"{float(code):.6f}",
        "mp_fp32": gib(fp32.phases["training"]),
        "mp_fp16": gib(fp16.phases["training"]),
        "mp_bytes": ", ".join(f"{k} {v}" for k, v in per_param.items()),
        "mp_states": gib(at(engine_setup("gpt3-6.7b", 8, "mixed_precision_ddp"), 1).derived["model_states"]),
        **recompute,
        "off": f"{gib(off[0])} → {gib(off[1])} ({pct(off[1], off[0])})",
    }


def _size(params: int) -> str:
    """124M, 1.5B: a parameter count as the guide prints it."""
    return f"{params / 1e6:g}M" if params < 10**9 else f"{params / 1e9:g}B"


def _recompute(setup: Setup) -> str:
    """Activations kept without and with full recomputation (the layer being recomputed included)."""
    option = S["recompute_statement"]
    kept = [
        at(replace(setup, choices={**setup.choices, option["option"]: option[k]}), 1).terms["activations"]
        for k in ("without", "with")
    ]
    return f"{gib(kept[0])} → {gib(kept[1])} ({pct(kept[1], kept[0])})"


def _quick_reference() -> dict[str, str]:
    ref = quick_reference()
    head = ["model", "parameters: printed / counted", "FP32 memory: printed / 16 B × printed params / guide / engine"]
    head += ["FP16 memory: printed / guide / engine (mixed)"]
    head += [f"GPUs {g}: printed / guide fp32 / guide fp16 / engine fp32" for g in ("8 GB", "24 GB")]
    rows = [head]
    full, half = S["precisions"]  # the guide's two precisions, in its order (FP32, FP16)
    for row in ref.rows:
        printed = PRINTED[row.spec.label]
        (guide32, engine32), (guide16, engine16) = row.memory[full], row.memory[half]
        decimal = f"{row.spec.guide_params * 16 / 1e9:,.2f} GB"
        gpus = []
        for i, label in enumerate(("8 GB", "24 GB")):
            fp32, fp16 = row.gpus[(full, label)], row.gpus[(half, label)]
            gpus.append(f"{printed[2 + i]} / {fp32.guide} / {fp16.guide} / {fewest(fp32.engine)}")
        rows.append(
            [
                row.spec.label,
                f"{_size(row.spec.guide_params)} / {num(row.params)} ({row.spec.model})",
                f"{printed[0]} / {decimal} / {gib(guide32)} / {gib(engine32)}",
                f"{printed[1]} / {gib(guide16)} / {gib(engine16)}",
                *gpus,
            ]
        )
    cells = {  # single cells the prose cites: qr_<row>_<GPU GB>_<precision>, the guide's method
        f"qr_{row.spec.model.split('-')[-1].replace('.', '_')}_{label.split()[0]}_{p}": str(row.gpus[(p, label)].guide)
        for row in ref.rows
        for label in ("8 GB", "24 GB")
        for p in (full, half)
    }
    return {"qr_table": markdown_table(rows, "<>>>>>"), **cells}


def values() -> dict[str, str]:
    return {**_parameters(), **_memory(), **_gpus(), **_strategies(), **_quick_reference()}


def render(found: Mapping[str, str] | None = None) -> str:
    """The errata document: the template with every `$name` replaced by its computed value."""
    return string.Template(TEMPLATE.read_text(encoding="utf-8")).substitute(found or values())
