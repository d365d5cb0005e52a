"""The layout of engine/ shows its data flow: each stage a sub-package, imports pointing down only, no
import cycles, no module over 300 lines, and no name of the rules' vocabulary (a mode, an option, a
choice) written in Python outside the code that reads specs (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from conftest import REPO

ENGINE = REPO / "engine"
# The stages, bottom first: a module may import its own layer or a lower one, never a higher one.
LAYERS: list[tuple[str, ...]] = [
    ("engine.errors", "engine.limits", "engine.version", "engine.files"),
    ("engine.cache", "engine.seeds", "engine.cache_clear"),
    ("engine.spec",),
    ("engine.plan",),
    ("engine.build",),
    ("engine.evaluate",),
    ("engine.solve",),
    ("engine.render",),
    ("engine.validate",),
    ("engine.api",),
    ("engine.trace", "engine.check"),  # the torch side of `engine check`, and the comparison
    ("engine.docs", "engine.web"),
    ("engine.cli",),
    ("engine", "engine.__main__"),
]
MAX_LINES = 300


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(ENGINE.rglob("*.py")):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = path
    return out


def layer_of(module: str) -> int:
    best = None
    for i, layer in enumerate(LAYERS):
        for prefix in layer:
            if (module == prefix or module.startswith(prefix + ".")) and (best is None or len(prefix) > best[1]):
                best = (i, len(prefix))
    assert best is not None, f"{module} belongs to no layer: add it to LAYERS"
    return best[0]


def imports(module: str, path: Path) -> set[str]:
    """The engine modules `module` imports, anywhere in its body (lazy imports count too)."""
    known = modules()
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rsplit(".", 1)[0] if "." in target else ""
            if target and target != module and target.startswith("engine"):
                out.add(target)
    return out


GRAPH = {m: imports(m, p) for m, p in modules().items()}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_imports_point_down(module: str) -> None:
    upward = sorted(t for t in GRAPH[module] if layer_of(t) > layer_of(module) and not module.startswith(t + "."))
    assert not upward, f"{module} (layer {layer_of(module)}) imports a later stage: {upward}"


def test_no_import_cycles() -> None:
    def reach(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in GRAPH[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    cycles = sorted(
        {tuple(sorted(x for x in GRAPH if x in reach(m) and m in reach(x))) for m in GRAPH if m in reach(m)}
    )
    assert not cycles, f"modules that import each other: {cycles}"


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_modules_are_small(module: str) -> None:
    lines = len(modules()[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines"


def vocabulary() -> set[str]:
    """The modes, option names and choice names of every shipped rules spec."""
    names: set[str] = set()
    for path in sorted((REPO / "specs" / "rules").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data.get("mode"):
            names.add(data["mode"])
        for option, body in (data.get("options") or {}).items():
            names.add(option)
            names.update(body.get("choices", {}))
    return names


# Choice names that are also ordinary words of the command line ('--gpu all' lists every GPU profile).
COMMON_WORDS = {"all", "none"}
# engine.trace speaks torch's and transformers' own names, some of which the rules chose to share: the
# trace's own mode 'train' (TraceSettings.mode), transformers' attn_implementation 'eager' and 'sdpa',
# the traced pass 'optimizer' (optimizer.step()) and the package 'transformers'. The engine's names for
# them (adamw-fused, sgd-momentum, flash, ...) and every mapping onto them are data
# (engine/check/settings.yaml), counted here like everywhere else.
LIBRARY_WORDS = {"engine.trace": {"train", "eager", "sdpa", "optimizer", "transformers"}}


def test_no_rules_vocabulary_in_python() -> None:
    """The figure: string constants in engine/ (outside engine/spec, which reads specs) equal to a mode,
    an option or a choice name of the shipped rules."""
    words = vocabulary() - COMMON_WORDS
    found = []
    for module, path in modules().items():
        if module.startswith("engine.spec"):  # reads specs
            continue
        library = next((w for prefix, w in LIBRARY_WORDS.items() if module.startswith(prefix)), set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in words - library:
                found.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.value!r}")
    assert not found, f"{len(found)} names of the rules' vocabulary in Python:\n" + "\n".join(found)
