"""Cross-check against real transformers: every preset and every config in tests/data/hf_configs, built on
the meta device, has exactly the parameters our specs count, and exactly the golden count stored in
test_presets.py / test_hf.py.

Skipped unless torch and transformers import, so the default test run stays light. To run it:
`pip install -e . pytest` into an environment that has torch and transformers, then
`pytest tests/test_crosscheck.py`. `python tests/test_crosscheck.py` prints transformers' own counts.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

import engine  # noqa: E402  (after the skips: nothing to do without torch)
from engine.build.load import load_model  # noqa: E402
from engine.build.model import Model  # noqa: E402
from engine.spec.load import specs_of_kind  # noqa: E402

TESTS = Path(__file__).resolve().parent
HF_CONFIGS = sorted((TESTS / "data" / "hf_configs").glob("*.json"))
sys.path.insert(0, str(TESTS))


def every_preset() -> Iterator[tuple[Path, str]]:
    """Every preset of a spec that reads config.json files (gpt3 and the planning guide's formula have
    no transformers class; tests/test_guide.py checks them)."""
    for _, path in specs_of_kind("architecture"):
        model = load_model(path)
        if model.spec.hf is None or not model.spec.hf.model_types:
            continue
        for preset in model.spec.presets:
            yield path, preset.name


def config_class(model: Model) -> Any:
    assert model.spec.hf is not None and model.spec.hf.model_types, model.spec.name
    return transformers.CONFIG_MAPPING[model.spec.hf.model_types[0]]


def config_kwargs(model: Model, values: Mapping[str, Any]) -> dict[str, Any]:
    """The config.json keys that give `values`, inverting the spec's hf: section."""
    hf = model.spec.hf
    assert hf is not None
    fields = set(getattr(config_class(model), "__dataclass_fields__", {}))
    by_symbol: dict[str, list[Any]] = {}
    for entry in hf.keys:
        by_symbol.setdefault(entry.symbol, []).append(entry)
    out: dict[str, Any] = {}
    for symbol, entries in by_symbol.items():
        entry = next((e for e in entries if e.key in fields), entries[0])
        value = values[symbol]
        if entry.values:
            out[entry.key] = next(text for text, number in entry.values.items() if int(number.text) == value)
        elif entry.if_null is not None and int(entry.if_null.text) == value:
            out[entry.key] = None
        elif model.declared(symbol).domain == "flag":
            out[entry.key] = bool(value)
        else:
            out[entry.key] = int(value)
    return out


def model_class(model: Model, values: Mapping[str, Any]) -> str:
    """The model class whose implied symbol values (hf.architectures) all hold."""
    hf = model.spec.hf
    assert hf is not None
    for name, implied in hf.architectures.items():
        if all(values[symbol] == int(text.text) for symbol, text in implied.items()):
            return name
    raise AssertionError(f"no model class of {model.spec.name} fits {dict(values)}")


def count_on_meta(class_name: str, config: Any) -> int:
    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING_NAMES

    # A remote-code class name in config.json (Phi-3.5-MoE's PhiMoEForCausalLM) is transformers' own class
    # for its model_type (PhimoeForCausalLM).
    cls = getattr(transformers, class_name, None) or getattr(
        transformers, MODEL_FOR_CAUSAL_LM_MAPPING_NAMES[config.model_type]
    )
    with torch.device("meta"):
        built = cls(config)
    return int(sum(p.numel() for p in built.parameters()))  # parameters() yields a tied tensor once


def transformers_count_of_preset(path: Path, preset: str) -> tuple[int, int]:
    """(transformers' count, ours) for one preset."""
    model = load_model(path)
    ours = engine.count_params(model, preset=preset)
    values = ours.assignment.values
    config = config_class(model)(**config_kwargs(model, values))
    return count_on_meta(model_class(model, values), config), int(ours.total)


def transformers_count_of_file(path: Path) -> tuple[int, int]:
    """(transformers' count, ours) for one config.json."""
    data = json.loads(path.read_text(encoding="utf-8"))
    ours = engine.count_params(hf_config=path)
    config = transformers.CONFIG_MAPPING[data["model_type"]].from_dict(data)
    hf = ours.plan.spec.hf
    assert hf is not None
    name = (data.get("architectures") or [next(iter(hf.architectures))])[0]
    return count_on_meta(name, config), int(ours.total)


PRESETS = list(every_preset())


@pytest.mark.parametrize(("path", "preset"), PRESETS, ids=[p for _, p in PRESETS])
def test_preset_counts_like_transformers(path: Path, preset: str) -> None:
    from test_presets import GOLDEN

    theirs, ours = transformers_count_of_preset(path, preset)
    assert ours == theirs
    assert GOLDEN[preset][0] == theirs


@pytest.mark.parametrize("path", HF_CONFIGS, ids=[p.stem for p in HF_CONFIGS])
def test_config_file_counts_like_transformers(path: Path) -> None:
    from test_hf import EXPECTED

    theirs, ours = transformers_count_of_file(path)
    assert ours == theirs
    assert EXPECTED[path.name][0] == theirs


def test_the_documented_example_counts_like_transformers(tmp_path: Path) -> None:
    from test_adding_an_architecture import block

    spec = tmp_path / "stablelm.yaml"
    spec.write_text(block("yaml", "kind: architecture\nextends: decoder"), encoding="utf-8")
    for preset in load_model(spec).spec.presets:
        theirs, ours = transformers_count_of_preset(spec, preset.name)
        assert ours == theirs, preset.name


if __name__ == "__main__":  # print transformers' counts, to fill the golden tables
    print(f"transformers {transformers.__version__}, torch {torch.__version__}")
    for path, preset in PRESETS:
        theirs, ours = transformers_count_of_preset(path, preset)
        print(f"{preset:28} {theirs:>20,} {'ok' if theirs == ours else f'DIFFERS: ours {ours:,}'}", flush=True)
    for path in HF_CONFIGS:
        theirs, ours = transformers_count_of_file(path)
        print(f"{path.name:28} {theirs:>20,} {'ok' if theirs == ours else f'DIFFERS: ours {ours:,}'}", flush=True)
