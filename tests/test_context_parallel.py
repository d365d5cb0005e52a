"""Context parallelism (--cp): the sequence split across cp ranks, as the sources describe it.

NeMo Framework user guide, Context Parallelism: CP partitions "the input tensors along the sequence
dimension"; "Unlike Sequence Parallelism (SP) that partitions the activations of specific layers, CP divides
the activations of all layers". Liu et al. 2023 (Ring Attention, arXiv:2310.01889) section 3: each rank
keeps its block of queries and passes its keys and values to the next rank in a ring, so after cp - 1 steps
every query block has seen every key block - the attention's FLOPs per GPU are its 1 / cp share, and each
rank receives (cp - 1) / cp of the sequence's keys and values per layer in forward (in backward again, and
their gradients). Megatron-core splits each sequence into 2 cp chunks (get_batch_on_this_cp_rank).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from engine.api import load_setup
from engine.errors import SpecError
from engine.evaluate.memory import MemoryResult, evaluate_memory
from engine.solve.answer import memory, solve_min_gpus

SEQ = 8192


def at(cp: int, dp: int = 2, **values: int) -> MemoryResult:
    setup = load_setup("llama-3-8b", mode="train", gpu="h100-80", choices={"sharding": "fsdp"})
    return evaluate_memory(setup.with_values(cp=cp, dp=dp, seq_len=SEQ, batch=1, **values))


@pytest.mark.parametrize("cp", [2, 4, 8])
def test_activations_are_divided_by_cp(cp: int) -> None:
    assert at(cp).terms["activations"] == at(1).terms["activations"] / cp


def test_the_gpus_are_dp_x_tp_x_pp_x_cp() -> None:
    assert at(4, dp=2, tp=2).derived["world_size"] == 2 * 2 * 1 * 4
    setup = load_setup("llama-3-8b", mode="train", gpu="h100-80").with_values(cp=2, seq_len=SEQ)
    assert memory(setup, gpus=8, tp=2).value("dp") == 2
    with pytest.raises(SpecError, match="not a multiple of tp x pp x cp = 4"):
        memory(setup, gpus=6, tp=2)
    found = solve_min_gpus(setup).layout
    assert found is not None and found.values()["cp"] == 2 and found.gpus == found.dp * found.tp * found.pp * 2


def test_a_sequence_split_into_uneven_chunks_is_refused() -> None:
    setup = load_setup("llama-3-8b", mode="train", gpu="h100-80").with_values(cp=3, seq_len=2048)
    for ask in (lambda: memory(setup, gpus=3), lambda: solve_min_gpus(setup)):
        with pytest.raises(SpecError, match="--cp 3 does not split seq_len = 2048 evenly"):
            ask()


def test_attention_flops_per_gpu_are_the_cp_share() -> None:
    """The same 4 sequences on 4 GPUs, as 4 data-parallel ranks or as 2 x 2 context-parallel: the same FLOPs
    per GPU, so the same matmul time."""
    split = at(2, dp=2, global_batch=4)
    plain = at(1, dp=4, global_batch=4)
    assert split.derived["flops_per_token"] == plain.derived["flops_per_token"]
    assert split.derived["compute_seconds"] == plain.derived["compute_seconds"]


@pytest.mark.parametrize("cp", [2, 4])
def test_the_ring_passes_the_other_ranks_keys_and_values(cp: int) -> None:
    """Per layer: (cp - 1) / cp of the sequence's K and V (8 heads x 128, bf16) in forward, and again with
    their gradients in backward - 3 passes at NVLink's 450 GB/s per direction."""
    result = at(cp)
    kv_layer_bytes = SEQ * 2 * 8 * 128 * 2
    expected = 32 * 3 * Fraction(cp - 1, cp) * kv_layer_bytes / Fraction(450 * 10**9)
    assert result.derived["cp_comm_seconds"] == expected
    assert at(1).derived["cp_comm_seconds"] == 0


def test_context_ranks_reduce_gradients_with_the_data_ranks() -> None:
    """The weights are the same on every context rank: FSDP shards them over dp x cp ranks."""
    assert at(2, dp=2).derived["shard_degree"] == at(1, dp=4).derived["shard_degree"] == 4
    assert at(2, dp=2).terms["weights"] == at(1, dp=4).terms["weights"]
