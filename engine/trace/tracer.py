"""Trace a real transformers step under PyTorch's MemTracker on fake tensors: `trace(settings)`.

How: the model (built from its config, never downloaded), the optimizer and the input ids are created under
``FakeTensorMode`` on the CPU device, so nothing is allocated. ``MemTracker``
(``torch.distributed._tools.mem_tracker``) runs inside that fake mode: it sees every op through
``__torch_dispatch__`` and counts each untyped storage once, exactly (no allocator rounding on the CPU).
`_tracker_class` adds a (step, phase) label to every peak update, the running max of ACT and ACT+TEMP, the
largest moment of backward before any parameter gradient is complete, and which op in which module
created each storage.

Train: ``steps`` full steps (forward with ``labels=input_ids``, ``loss.backward()``, ``optimizer.step()``,
``optimizer.zero_grad(set_to_none=True)``, ``del out, loss``), the last reported. MemTracker's types:
ACT = created in forward (logits and loss included), TEMP = created in backward (parameter gradients are
re-typed GRAD by hooks), OPT = everything created inside ``optimizer.step()`` (states and transients).
Serve: ``model.eval()`` under ``no_grad``: a prefill of ``prompt_len`` tokens with ``use_cache=True`` and
``logits_to_keep=1`` (as ``generate`` does), then ``gen_tokens`` decode steps of one token each fed back
from the argmax, no attention mask (one unpadded batch); the cache is read from the returned cache object.

A fake ``cuda`` device cannot run autograd on a CPU-only build, so the trace runs on the CPU device, with:
``transformers.masking_utils.find_packed_sequence_indices`` patched to return None (what it returns on real
``arange`` position ids: fake ids made it assume packed sequences and materialize a (b,1,s,s) mask);
optimizers with ``foreach`` spelled out (`OPTIMIZERS`); dropout p>0 via the CPU kernel (fp32 noise kept for
backward) or, with ``dropout_kernel="native_dropout"``, via ``torch.native_dropout`` as on CUDA (1-byte
masks); SDPA via the CPU flash kernel (saves out + fp32 logsumexp); autocast with ``device_type="cpu"``.

torch and transformers are imported inside the functions, so ``import engine.trace`` works without them;
`trace` then raises `MissingExtraError` with the commands that install them.
"""

from __future__ import annotations

import gc
import time
from typing import Any

from engine.trace.errors import (
    ScalingError,
    TraceError,
)
from engine.trace.model import _quiet, _real_run_behaviour, build_config, config_layers
from engine.trace.result import TraceResult
from engine.trace.run import _Run
from engine.trace.settings import TraceSettings
from engine.trace.tracker import _import_torch

# More layers than this and trace() extrapolates from two small layer counts (layer_scaling="auto"): the
# cost of a fake trace is the number of ops, about linear in the layers, and the result is exact for every
# quantity linear in the layer count (tests/test_trace.py checks it against full traces).
AUTO_SCALE_LAYERS = 16

# ------------------------------------------------------------------------------------------- tracing


def trace(settings: TraceSettings, max_layers: int | None = None) -> TraceResult:
    """Trace the settings' step (or prefill and decode) of the real model; exact bytes, plain data.

    With ``layer_scaling="auto"`` a model of more than `AUTO_SCALE_LAYERS` layers is traced at two small
    layer counts and extrapolated (`trace_scaled`); ``"always"`` and ``"never"`` force the choice.
    ``max_layers``: trace copies of at most that many layers (the two largest counts that scale), and the
    whole model only when it has no more.
    """
    _import_torch()
    config = build_config(settings)
    target = settings.layers or config_layers(config)
    limit = AUTO_SCALE_LAYERS if max_layers is None else max_layers
    if settings.layer_scaling == "always" or (settings.layer_scaling == "auto" and target > limit):
        points = scaling_points(config, target, max_layers)
        if points is not None:
            return trace_scaled(settings, points)
        if settings.layer_scaling == "always":
            raise ScalingError(f"the {config.model_type} config's layers are not alike: it cannot be scaled")
    return trace_layers(settings, target)


def trace_layers(settings: TraceSettings, layers: int) -> TraceResult:
    """One trace of a copy of the model with exactly ``layers`` layers (no scaling)."""
    torch, transformers = _import_torch()
    config = build_config(settings, layers)
    started = time.perf_counter()
    from torch._subclasses.fake_tensor import FakeTensorMode

    run = _Run(settings, config)
    with _quiet(), FakeTensorMode(), _real_run_behaviour(settings):
        try:
            values = run.train() if settings.mode == "train" else run.serve()
        except TraceError:
            raise
        except Exception as exc:
            raise run.failure(exc) from None
    gc.collect()
    return TraceResult(
        settings=settings,
        model_type=config.model_type,
        model_class=run.model_class,
        layers=layers,
        torch_version=str(torch.__version__),
        transformers_version=str(transformers.__version__),
        not_reproduced=tuple(run.not_reproduced()),
        scaled_from=None,
        seconds=round(time.perf_counter() - started, 3),
        **values,
    )


# ------------------------------------------------------------------------------------- layer scaling


def layer_points(settings: TraceSettings, at_most: int | None = None) -> tuple[int, tuple[int, int] | None]:
    """The model's layer count, and the two counts `trace` scales from (None: it traces the whole model)."""
    _import_torch()
    config = build_config(settings)
    target = settings.layers or config_layers(config)
    return target, scaling_points(config, target, at_most)


def scaling_points(config: Any, target: int, at_most: int | None = None) -> tuple[int, int] | None:
    """Two small layer counts whose traces extrapolate exactly to ``target`` layers, or None.

    Identical layers: (3, 4), the fewest with a layer between the first and the last in both (see
    `_tracker_class`'s windows). A periodic ``layer_types`` of period p >= 2 (sliding / full attention
    alternating): (2p, 3p), when ``target`` is a whole number of periods. A config whose first k layers
    differ (``first_k_dense_replace``): k more each. ``at_most``: the two largest such counts up to it
    (one period apart); a limit below the fewest is a `ScalingError`.
    """
    period = 1
    layer_types = list(getattr(config, "layer_types", None) or [])
    if layer_types:
        period = next(
            p for p in range(1, len(layer_types) + 1) if all(t == layer_types[i % p] for i, t in enumerate(layer_types))
        )
        if target % period:
            return None
    first = int(getattr(config, "first_k_dense_replace", 0) or 0)
    n1, n2 = (first + 3, first + 4) if period == 1 else (first + 2 * period, first + 3 * period)
    if at_most is not None:
        if at_most < n2:
            raise ScalingError(
                f"the {config.model_type} config scales from {n1} and {n2} layers at the fewest, not at most {at_most}"
            )
        n2 = min(first + (at_most - first) // period * period, first + (target - first - 1) // period * period)
        n1 = n2 - period
    if n2 >= target or n1 < (first + 3 if period == 1 else first + 2 * period):
        return None
    return n1, n2


def trace_scaled(settings: TraceSettings, layers: tuple[int, int] | None = None) -> TraceResult:
    """Trace at two small layer counts ``layers = (n1, n2)`` and extrapolate to the real count.

    The real count is ``settings.layers`` or the config's own. Every quantity is taken as linear in the
    layer count, value(L) = v1 + (v2 - v1) * (L - n1) / (n2 - n1), exact for identical layers; the peaks
    are the largest of the extrapolated phase peaks. ``layers=None`` picks the points (`scaling_points`).
    """
    from engine.trace.scaling import extrapolate

    _import_torch()
    config = build_config(settings)
    target = settings.layers or config_layers(config)
    if layers is None:
        layers = scaling_points(config, target)
        if layers is None:
            raise ScalingError(
                f"the {config.model_type} config ({target} layers) has no two smaller layer counts to scale from"
            )
    n1, n2 = layers
    if not (0 < n1 < n2):
        raise ScalingError(f"scaling needs two layer counts 0 < n1 < n2, got {layers}")
    started = time.perf_counter()
    low = trace_layers(settings.replace(layers=n1), n1)
    high = trace_layers(settings.replace(layers=n2), n2)
    return extrapolate(low, high, settings, target, round(time.perf_counter() - started, 3))
