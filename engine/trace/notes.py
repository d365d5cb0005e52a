"""What a CPU trace cannot reproduce of a GPU run, said for each trace (TraceResult.not_reproduced)."""

from __future__ import annotations

from typing import Any

from engine.trace.model import _has_attention, _has_dropout, _kernel_fallbacks
from engine.trace.settings import TraceSettings


def not_reproduced(s: TraceSettings, model: Any, config: Any) -> list[str]:
    notes: list[str] = []
    notes.append(
        "no CUDA context, NCCL buffers or caching-allocator rounding and fragmentation: exact storage bytes "
        "on the CPU device"
    )
    kernels = _kernel_fallbacks(model)
    if kernels:
        notes.append(
            "CUDA kernels not used: the CPU trace runs transformers' torch reference code for "
            f"{', '.join(kernels)} (mamba-ssm / causal-conv1d / hub kernels on a GPU), which keeps other "
            "intermediates"
        )
    uses_attention = model is not None and _has_attention(type(model))
    if uses_attention and s.attn_implementation == "sdpa":
        notes.append(
            "SDPA runs torch's CPU flash kernel (saves the output and an fp32 log-sum-exp); on CUDA the "
            "backend (flash, memory-efficient, cuDNN, math) depends on the GPU, dtype and head size"
        )
    if s.mode == "train" and _has_dropout(model, config) and s.dropout_kernel == "cpu":
        notes.append(
            "dropout runs the CPU kernel (an fp32 noise tensor kept per dropout); CUDA keeps 1-byte masks "
            "(dropout_kernel='native_dropout')"
        )
    if s.autocast is not None:
        notes.append("autocast runs with device_type='cpu', whose op lists differ slightly from CUDA's")
    if s.mode == "train" and s.optimizer in ("Adam", "AdamW") and not s.optimizer_kwargs.get("fused"):
        notes.append(
            "the optimizer's per-tensor 0-d step counters are counted (optimizer_state_bytes_scalars); "
            "a GPU run keeps them in CPU memory"
        )
    if s.mode == "train" and s.optimizer_kwargs.get("fused"):
        notes.append("the fused optimizer runs torch's CPU fused kernel, not the CUDA one")
    if s.mode == "serve":
        notes.append(
            "decode without an attention mask or sampling (argmax fed back), one unpadded batch: "
            "generate()'s bookkeeping tensors are not traced"
        )
    return notes
