"""What a trace returns: `TraceResult`, plain ints, strings and dicts (no torch objects).

A *snapshot* is the live bytes by MemTracker type at one moment: ``{"PARAM", "BUFFER", "GRAD", "ACT",
"TEMP", "OPT", "OTH", "Total"}`` (`TYPES`). How the types read in the engine's terms is `ENGINE_TERMS`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from engine.trace.settings import TraceSettings

TYPES = ("PARAM", "BUFFER", "GRAD", "ACT", "TEMP", "OPT", "OTH")

# MemTracker's types in the engine's terms (specs/rules/training.yaml, inference.yaml).
ENGINE_TERMS: dict[str, str] = {
    "PARAM": "weights",
    "BUFFER": "buffers the model registers (rotary tables, masks): not an engine term, a few KiB",
    "GRAD": "gradients",
    "ACT": "activations + logits (created in forward; serving: also the KV / SSM cache)",
    "TEMP": "backward temporaries: logit gradients, activation gradients, recomputed layers",
    "OPT": "optimizer (states, plus the step's temporaries while optimizer.step() runs)",
    "OTH": "the input ids (and labels), tracked as external tensors",
}

Snapshot = Mapping[str, int]

TRAIN_PHASES = ("forward_end", "backward_start", "backward_end", "optimizer_step")
SERVE_PHASES = ("prefill_end", "decode_end")


@dataclass(frozen=True)
class Peak:
    """The largest live total: its bytes, the step and phase where it was first reached, the snapshot."""

    total: int
    step: int
    phase: str
    by_type: Snapshot


@dataclass(frozen=True)
class TraceResult:
    """Memory of one traced step of a real transformers model (train) or of a prefill plus decode (serve).

    Model states: ``params`` (count), ``param_bytes`` / ``buffer_bytes`` (MemTracker's PARAM / BUFFER),
    ``grad_bytes`` (GRAD after backward), ``optimizer_state_bytes`` (OPT after the last step, states only;
    ``optimizer_state_bytes_scalars`` of it are AdamW's per-tensor 0-d ``step`` counters, which a GPU run keeps
    on the CPU). The ``*_direct`` fields are the same sums taken from the tensors themselves.

    ``phases``: snapshots of the reported (last) step. Train: ``forward_end`` (when forward returns, loss
    and output alive), ``backward_start`` (the largest moment of backward before any parameter gradient is
    complete: the loss's and logits' gradients alive), ``backward_end`` (when backward returns),
    ``optimizer_step`` (the largest moment inside ``optimizer.step()``). Serve: ``prefill_end`` and
    ``decode_end`` (after the last decode step; logits of the last step alive).

    ``phase_peaks``: ``"step2/backward"`` -> the snapshot at that phase's largest moment, every step, in
    time order. ``windows``: the same per phase window (``"step2/backward"`` before any parameter gradient is
    complete, ``"step2/backward/grads"`` after), each ``{"peak", "max_act", "max_act_temp", "root_peak"}``:
    moments linear in the layer count, from which layer scaling rebuilds the peaks. ``peak``: the largest of
    the reported step; ``overall_peak``: over all steps.
    ``act_by_origin``: ACT alive at the end of forward (train) or prefill (serve), by
    ``"module | op | dtype"`` (layer indices as N). ``act_split``: the same ACT as ``logits_loss`` (created
    by the output head and the loss, i.e. the root module), ``cache`` (serve) and ``rest``.
    ``cache_bytes``: serve only, ``{"prefill_end": {...}, "decode_end": {...}}``, each by cache field
    (``keys``, ``values``, ``conv_states``, ``ssm_states``) with a ``total``.

    ``scaled_from``: ``(n1, n2)`` when the result was extrapolated from traces with n1 and n2 layers.
    ``not_reproduced``: what the CPU trace does not do as a GPU run would. ``seconds``: wall time.
    """

    settings: TraceSettings
    model_type: str
    model_class: str
    layers: int
    step: int
    params: int
    param_tensors: int
    param_bytes: int
    param_bytes_direct: int
    buffer_bytes: int
    input_bytes: int
    grad_bytes: int
    grad_bytes_direct: int
    optimizer_state_bytes: int
    optimizer_state_bytes_direct: int
    optimizer_state_bytes_scalars: int
    optimizer_state_dtypes: tuple[str, ...]
    phases: Mapping[str, Snapshot]
    step_ends: Mapping[int, Snapshot]
    outputs_dropped: Snapshot | None
    phase_peaks: Mapping[str, Snapshot]
    windows: Mapping[str, Mapping[str, Any]]
    peak: Peak
    overall_peak: Peak
    root_module_peak_forward: Snapshot
    root_module_peak_backward: Snapshot
    max_act: Mapping[int, int]
    max_act_temp: Mapping[int, int]
    optimizer_step_transient_bytes: int
    act_by_origin: Mapping[str, int]
    act_split: Mapping[str, int]
    logits_shape: tuple[int, ...]
    logits_dtype: str
    logits_bytes: int
    cache_bytes: Mapping[str, Mapping[str, int]]
    torch_version: str
    transformers_version: str
    not_reproduced: tuple[str, ...]
    scaled_from: tuple[int, int] | None
    seconds: float

    @property
    def cache_total(self) -> int:
        """Bytes of the cache after the last decode step (0 when training)."""
        return int(self.cache_bytes.get("decode_end", {}).get("total", 0))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the settings as a dict, tuples as lists, int keys as strings."""

        def plain(value: Any) -> Any:
            if isinstance(value, TraceSettings):
                return value.to_dict()
            if isinstance(value, Peak):
                return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
            if isinstance(value, Mapping):
                return {str(k): plain(v) for k, v in value.items()}
            if isinstance(value, (tuple, list)):
                return [plain(v) for v in value]
            return value

        return {f.name: plain(getattr(self, f.name)) for f in dataclasses.fields(self)}


def snapshot_total(snapshot: Snapshot) -> int:
    return int(snapshot.get("Total", 0))


def peak_of(phase_peaks: Mapping[str, Snapshot], step: int | None) -> Peak:
    """The largest snapshot (of one step, or of all when step is None); ties go to the earliest."""
    best: tuple[str, Snapshot] | None = None
    for key, snap in phase_peaks.items():
        if step is not None and not key.startswith(f"step{step}/"):
            continue
        if best is None or snapshot_total(snap) > snapshot_total(best[1]):
            best = (key, snap)
    if best is None:
        return Peak(0, step or 0, "-", {})
    key, snap = best
    step_text, phase = key.split("/", 1)
    return Peak(snapshot_total(snap), int(step_text.removeprefix("step")), phase, dict(snap))


def _largest(snapshots: list[Snapshot]) -> Snapshot:
    """The snapshot with the largest total (the earliest of equals); {} when none."""
    best: Snapshot = {}
    for snap in snapshots:
        if snap and (not best or snapshot_total(snap) > snapshot_total(best)):
            best = snap
    return dict(best)


def from_windows(windows: Mapping[str, Mapping[str, Any]], step: int, mode: str) -> dict[str, Any]:
    """What the per-window maxima give: the phase peaks, max ACT / ACT+TEMP by step, the root module's peaks."""
    phase_peaks: dict[str, Snapshot] = {}
    max_act: dict[int, int] = {}
    max_act_temp: dict[int, int] = {}
    for key, w in windows.items():
        step_text, phase = key.split("/")[:2]
        k, pkey = int(step_text.removeprefix("step")), f"{step_text}/{phase}"
        if w["peak"] and (pkey not in phase_peaks or snapshot_total(w["peak"]) > snapshot_total(phase_peaks[pkey])):
            phase_peaks[pkey] = dict(w["peak"])
        max_act[k] = max(max_act.get(k, 0), int(w["max_act"]))
        max_act_temp[k] = max(max_act_temp.get(k, 0), int(w["max_act_temp"]))
    forward = ("prefill", "decode") if mode == "serve" else ("forward",)
    roots_fw = [
        w["root_peak"] for key, w in windows.items() if key.startswith(f"step{step}/") and key.split("/")[1] in forward
    ]
    roots_bw = [w["root_peak"] for key, w in windows.items() if key.startswith(f"step{step}/backward")]
    zero = dict.fromkeys((*TYPES, "Total"), 0)
    return {
        "phase_peaks": phase_peaks,
        "max_act": max_act,
        "max_act_temp": max_act_temp,
        "root_module_peak_forward": _largest(roots_fw) or zero,
        "root_module_peak_backward": _largest(roots_bw) or zero,
    }
