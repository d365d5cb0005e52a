"""Every pipeline stage, against Korthikanti et al. 2022 (arXiv:2205.05198) section 4.2.3 and 4.3, Megatron-LM's
schedules and estimator, and DeepSpeed's pipeline engine.

The paper's accounting (`kernels=megatron`, eager attention, dropout on) on GPT-3 175B at t = 8, p = 8:
the first stage of 1F1B holds p micro-batches of L/p layers, i.e. L layers' worth (Eq. 6 with selective
recomputation: 34 sbhL/t), plus the embedding dropout mask of its p micro-batches (sbhp/t, §4.3); the
interleaved schedule multiplies this by 1 + (p - 1)/(p v); the LM head's input and the fp32 logits are on the
last stage only. Sources: ../shared/reference/formulas.md section 3.1-3.2.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from typer.testing import CliRunner

from engine.api import load_setup
from engine.cli import app
from engine.errors import SpecError
from engine.evaluate.memory import MemoryResult, evaluate_memory
from engine.solve.answer import solve

S, B, H, A, T, V, L, P = 2048, 1, 12288, 96, 8, 51200, 96, 8
SBH = S * B * H
GPT3 = [f"hidden_size={H}", f"num_heads={A}", f"vocab_size={V}", f"num_layers={L}", f"max_position_embeddings={S}"]
PAPER = {
    "kernels": "megatron",
    "attention": "eager",
    "precision": "mixed",
    "sharding": "zero1",
    "recompute": "selective",
}


def gpt3(
    stage: int | None, microbatches: int = 64, schedule: str = "1f1b", extra: tuple[str, ...] = ()
) -> MemoryResult:
    at = [f"stage={stage}"] if stage is not None else []
    overrides = [*GPT3, "dropout=1", f"microbatches={microbatches}", *at, *extra]
    setup = load_setup("gpt2", overrides=overrides, choices={**PAPER, "schedule": schedule})
    return evaluate_memory(setup.with_values(tp=T, sp=1, pp=P, batch=B, seq_len=S, dp=1))


def test_first_stage_is_equation_6_plus_the_embedding_dropout() -> None:
    first = gpt3(0)
    assert first.terms["activations"] == Fraction(34 * SBH * L, T) + Fraction(SBH * P, T)
    assert first.terms["logits"] == 0 and first.terms["activations/head_inputs"] == 0


@pytest.mark.parametrize("virtual", [2, 3])
def test_interleaving_multiplies_the_first_stage_by_the_papers_penalty(virtual: int) -> None:
    plain, interleaved = gpt3(0), gpt3(0, schedule="interleaved", extra=(f"virtual_stages={virtual}",))
    ratio = Fraction(interleaved.terms["activations"]) / Fraction(plain.terms["activations"])
    assert ratio == 1 + Fraction(P - 1, P * virtual)


def test_fewer_micro_batches_than_stages_scale_like_megatrons_estimator() -> None:
    # theoretical_memory_usage.py: activation memory *= min(1, num_microbatches / pp)
    ratio = Fraction(gpt3(0, microbatches=2).terms["activations"]) / Fraction(gpt3(0).terms["activations"])
    assert ratio == Fraction(2, P)


def test_gpipe_holds_every_micro_batch() -> None:
    assert (
        gpt3(P - 1, microbatches=12, schedule="gpipe").terms["activations/mlp"]
        == 12 * gpt3(P - 1, 1).terms["activations/mlp"]
    )


def test_the_last_stage_holds_the_head_input_and_the_fp32_logits() -> None:
    last = gpt3(P - 1)
    # 1F1B: the last stage has one micro-batch in flight; §4.3's fp32 logits for cross entropy are 4sbv/t
    assert last.terms["logits/loss_upcast"] == Fraction(4 * S * B * V, T)
    assert last.terms["activations/head_inputs"] > 0
    assert last.terms["activations/mlp"] * P == gpt3(0).terms["activations/mlp"]  # 1 of p micro-batches


def test_every_stage_is_evaluated_and_the_most_loaded_one_is_reported() -> None:
    result = gpt3(None)
    assert sorted(result.stage_peaks) == [0, 1, P - 1]
    assert result.stage == max(result.stage_peaks, key=lambda s: result.stage_peaks[s])
    assert result.per_gpu == max(result.stage_peaks.values())


def test_uneven_split_gives_the_middle_stages_what_is_left() -> None:
    # Megatron-LM --decoder-first-pipeline-num-layers / --decoder-last-pipeline-num-layers
    split = ("first_stage_layers=6", "last_stage_layers=6")
    middle, even = gpt3(1, extra=split), gpt3(1)
    assert middle.assignment.values["stage_layers"] == Fraction(L - 12, P - 2)
    assert even.assignment.values["stage_layers"] == L // P


def llama_issue_example(batch: int = 6) -> MemoryResult:
    setup = load_setup("llama", "llama-3-8b", gpu="h100", choices={"recompute": "full"})
    return evaluate_memory(setup.with_values(dp=8, pp=2, seq_len=8192, batch=batch))


def test_the_last_stage_logits_bind_llama_3_8b() -> None:
    # 6 x 8192 tokens x 128,256 vocabulary: the fp32 loss alone is 25.2 GB on the last stage
    result = llama_issue_example()
    assert result.stage == 1 and not result.fits
    assert result.terms["logits/loss_upcast"] == 6 * 8192 * 128256 * 4
    assert result.stage_peaks[0] < result.capacity < result.stage_peaks[1]


def test_solve_limits_come_from_the_binding_stage() -> None:
    setup = load_setup("llama", "llama-3-8b", gpu="h100", choices={"recompute": "full"})
    largest = solve(setup.with_values(seq_len=8192), gpus=16, tp=1, pp=2).limits["max_batch"]
    assert llama_issue_example(largest).fits and not llama_issue_example(largest + 1).fits


def test_zero3_with_pipeline_parallelism_is_refused_with_deepspeeds_reason() -> None:
    setup = load_setup("llama", "llama-3-8b", gpu="h100", choices={"sharding": "zero3"})
    with pytest.raises(SpecError, match="incompatible with pipeline parallelism"):
        solve(setup, gpus=16, tp=1, pp=2)


def test_the_default_sharding_follows_the_pipeline_and_says_why() -> None:
    setup = load_setup("llama", "llama-3-8b", gpu="h100").with_values(dp=2)
    assert setup.choices["sharding"] == "zero3" and not setup.notes
    staged = setup.with_values(pp=2)
    assert staged.choices["sharding"] == "zero1"
    assert staged.notes and "DeepSpeed" in staged.notes[0]
    out = CliRunner().invoke(app, ["memory", "llama-3-8b", "--gpu", "h100", "--gpus", "16", "--pp", "2"])
    assert out.exit_code == 0, out.output
    assert "sharding=zero1 by default when pp > 1" in out.output
    assert "pipeline stages: 0 (first)" in out.output
