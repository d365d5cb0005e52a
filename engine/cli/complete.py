"""Shell completion of the names the commands take (engine --install-completion): specs and presets, and
GPU profiles, read from the spec index of the built-ins and ENGINE_SPEC_PATH. A search path that cannot
be read completes nothing rather than failing the shell."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from engine.errors import EngineError
from engine.spec.index import Index


def _index() -> Index:
    from engine.spec.load import index

    try:
        return index(())
    except EngineError:
        return Index()


def _completer(names: Callable[[Index], Iterable[str]]) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        return sorted({n for n in names(_index()) if n.startswith(incomplete)})

    return complete


def _specs(found: Index) -> Iterable[str]:
    yield from {Path(path).stem for path in found.presets.values()}  # the families (a base has no presets)
    yield from found.presets


complete_specs = _completer(_specs)  # a spec name or a preset: what SPEC takes
complete_presets = _completer(lambda found: found.presets)
complete_gpus = _completer(lambda found: [*found.gpu_names, "all"])
