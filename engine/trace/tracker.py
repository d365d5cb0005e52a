"""The MemTracker subclass that labels every peak with its (step, phase, layer window), and the guarded
import of torch and transformers (engine.trace.tracer says how a trace runs)."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import re
from collections.abc import Mapping
from typing import Any

from engine.trace.errors import (
    MissingExtraError,
)
from engine.trace.result import TYPES

MIN_TRANSFORMERS = 5


# --------------------------------------------------------------------------------------------- imports


def _import_torch() -> tuple[Any, Any]:
    """torch and transformers (a supported version), or the missing-extra error.

    transformers is imported only once torch has been: imported without it, it would remember that.
    """
    missing = []
    torch: Any = None
    transformers: Any = None
    try:
        torch = importlib.import_module("torch")
    except ImportError:
        missing.append("torch")
    if torch is None:
        try:
            found = importlib.util.find_spec("transformers") is not None
        except (ImportError, ValueError):  # ValueError: blocked in sys.modules
            found = False
        if not found:
            missing.append("transformers")
    else:
        try:
            transformers = importlib.import_module("transformers")
        except ImportError:
            missing.append("transformers")
    if missing:
        raise MissingExtraError(" and ".join(missing))
    major = str(getattr(transformers, "__version__", "0")).split(".")[0]
    if not major.isdigit() or int(major) < MIN_TRANSFORMERS:
        raise MissingExtraError(f"transformers >= {MIN_TRANSFORMERS} (found {transformers.__version__})")
    return torch, transformers


def _one_line(exc: BaseException, limit: int = 240) -> str:
    """``Type: message`` on one line; a wrapper's cause when it has one (HF config validation)."""
    inner = exc.__cause__ if exc.__cause__ is not None else exc
    text = " ".join(str(inner).split()) or "(no message)"
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"{type(inner).__name__}: {text}"


# ---------------------------------------------------------------------------------------- the tracker


@functools.lru_cache(maxsize=1)
def _tracker_class() -> Any:
    """The MemTracker subclass (made on first use: it subclasses a torch class)."""
    torch, _ = _import_torch()
    from torch.distributed._tools.common_utils import get_untyped_storages
    from torch.distributed._tools.mem_tracker import MemTracker, _MemRefType
    from torch.utils.weak import WeakIdKeyDictionary

    types = {name: getattr(_MemRefType, name) for name in TYPES}
    cpu = torch.device("cpu")

    class PhaseMemTracker(MemTracker):  # type: ignore[misc]  # subclass of Any: torch is untyped to mypy
        """MemTracker that also records, for every peak update, the current (step, phase), the per-phase
        peaks, the running max of ACT and ACT+TEMP, the largest moment of backward before any gradient,
        per-window maxima (below), and which op (and innermost module) created each storage.

        A window is a phase cut by where the pass is in the layer stack: ``pre`` (before the first decoder
        layer runs in this pass: embeddings in forward, loss and head in backward), ``first`` (layer 0),
        ``mid`` (layers 1 .. L-2), ``last`` (layer L-1), ``post`` (after the layers). With identical layers
        each window's largest moment is linear in the layer count L (within ``mid`` the live bytes are linear
        in the layer index, so its largest is at one end, the same end for every L >= 3), which is what layer
        scaling needs; a phase's largest moment is not (it moves from the top layer to the embeddings)."""

        def __init__(self) -> None:
            super().__init__()
            self.step, self.phase, self.func, self.dispatching = 0, "setup", "external", False
            self.failed_in: str | None = None  # the module running when an op raised
            self.last_module = "-"  # the module of the last op that made a tensor
            self.phase_peaks: dict[str, dict[str, int]] = {}  # "step2/backward" -> snapshot at that phase's max
            self.max_act: dict[int, int] = {}
            self.max_act_temp: dict[int, int] = {}
            self.backward_start: dict[int, dict[str, int]] = {}
            self.windows: dict[str, dict[str, Any]] = {}  # "step2/backward/last" -> {peak, max_act, ...}
            self.root: Any = None
            self.layer_index: dict[str, int] = {}  # the decoder layers' MemTracker names -> index
            self.layer_seen = False
            self.peak_where = "setup"
            self.origin: Any = WeakIdKeyDictionary()

        def begin(self, step: int, phase: str) -> None:
            """A new pass (forward, backward, optimizer step, ...): its windows start at ``pre``."""
            self.step, self.phase, self.layer_seen = step, phase, False

        def set_model(self, model: Any, layers: Any) -> None:
            """The root module and its decoder layers (a ModuleList, or None when there is none)."""
            self.root = model
            if layers is not None:
                names = {id(m): n for n, m in model.named_modules()}
                root = type(model).__name__
                self.layer_index = {f"{root}.{names[id(m)]}": i for i, m in enumerate(layers)}

        def position(self) -> str:
            idx = next((self.layer_index[p] for p in self._mod_tracker.parents if p in self.layer_index), None)
            if idx is None:
                return "post" if self.layer_seen else "pre"
            self.layer_seen = True
            return "first" if idx == 0 else "last" if idx == len(self.layer_index) - 1 else "mid"

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):  # type: ignore[no-untyped-def]
            self.func, self.dispatching = str(func.overloadpacket.__name__), True
            try:
                out = super().__torch_dispatch__(func, types, args, kwargs)
            except Exception:
                self.failed_in = self.failed_in or self.module()  # stays dispatching: the op raised
                raise
            self.dispatching = False
            return out

        def _track(self, reftype, t):  # type: ignore[no-untyped-def]
            super()._track(reftype, t)
            for st in get_untyped_storages(t):
                if st not in self.origin:
                    self.last_module = self.module()
                    self.origin[st] = f"{self.last_module} | {self.func} | {str(t.dtype).replace('torch.', '')}"

        def module(self) -> str:
            """The innermost module running now, its root's class name cut and layer indices as N."""
            parents = [p for p in self._mod_tracker.parents if p != "Global"]
            if not parents:
                return "-"
            mod = max(parents, key=lambda p: p.count("."))
            return re.sub(r"\.\d+(\.|$)", r".N\1", mod.split(".", 1)[-1] if "." in mod else "<root>")

        def _update_peak_stats(self, peak_state):  # type: ignore[no-untyped-def]
            before = self._peak_mem.get(cpu, 0)
            super()._update_peak_stats(peak_state)
            cur = self.snap()
            key = f"step{self.step}/{self.phase}"
            if cur["Total"] > self.phase_peaks.get(key, {}).get("Total", -1):
                self.phase_peaks[key] = cur
            self.max_act[self.step] = max(self.max_act.get(self.step, 0), cur["ACT"])
            self.max_act_temp[self.step] = max(self.max_act_temp.get(self.step, 0), cur["ACT"] + cur["TEMP"])
            before_grads = self.phase == "backward" and cur["GRAD"] == 0
            if before_grads and cur["Total"] > self.backward_start.get(self.step, {}).get("Total", -1):
                self.backward_start[self.step] = cur
            w = self.windows.setdefault(
                f"{key}/{self.position()}", {"peak": {}, "max_act": 0, "max_act_temp": 0, "root_peak": {}}
            )
            if cur["Total"] > w["peak"].get("Total", -1):
                w["peak"] = cur
            w["max_act"] = max(w["max_act"], cur["ACT"])
            w["max_act_temp"] = max(w["max_act_temp"], cur["ACT"] + cur["TEMP"])
            root = self._mod_tracker.get_known_fqn(self.root) if self.root is not None else None
            if root in self._mod_tracker.parents and cur["Total"] > w["root_peak"].get("Total", -1):
                w["root_peak"] = cur
            if self._peak_mem.get(cpu, 0) > before:
                self.peak_where = key

        def snap(self, peak: bool = False) -> dict[str, int]:
            """The live bytes by type now, or (``peak``) at the largest moment so far."""
            return to_dict(self.get_tracker_snapshot("peak") if peak else self.get_tracker_snapshot())

        def live_by_origin(self, reftype: str = "ACT") -> dict[str, int]:
            out: dict[str, int] = {}
            for st, (winfo, _) in list(self._WINFO.items()):
                if winfo.reftype == types[reftype]:
                    k = self.origin.get(st, "?")
                    out[k] = out.get(k, 0) + winfo.mem_consumed
            return dict(sorted(out.items(), key=lambda kv: -kv[1]))

        def live_act_split(self, head_modules: set[str], cache_storages: set[int]) -> dict[str, int]:
            split = {"logits_loss": 0, "cache": 0, "rest": 0} if cache_storages else {"logits_loss": 0, "rest": 0}
            for st, (winfo, _) in list(self._WINFO.items()):
                if winfo.reftype != types["ACT"]:
                    continue
                if st._cdata in cache_storages:
                    split["cache"] += winfo.mem_consumed
                elif self.origin.get(st, "?").split(" | ")[0] in head_modules:
                    split["logits_loss"] += winfo.mem_consumed
                else:
                    split["rest"] += winfo.mem_consumed
            return split

    def to_dict(snapshot: Mapping[Any, Mapping[Any, int]]) -> dict[str, int]:
        dev = snapshot.get(cpu, {})
        d = {name: int(dev.get(rt, 0)) for name, rt in types.items()}
        d["Total"] = int(dev.get("Total", 0))
        return d

    PhaseMemTracker.to_dict = staticmethod(to_dict)
    return PhaseMemTracker
