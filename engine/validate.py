"""All of `engine validate`: every check of a spec file, every error it finds, each located.

The file is read (YAML, `extends:`), checked against its schema (every violation), then for what it
means (engine.spec.checks; `hf:` defaults; block values the rules read), then built (names, cycles) and
evaluated: an architecture at each preset (or at its defaults), a rules spec with each choice of each
option for its reference model and GPU (`reference:`), a hardware profile parsed. Checks yield problems;
`engine.spec.checks.located` puts each at file:line:col.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from engine.errors import EngineError, Problem, SpecError, SpecErrors, unknown
from engine.spec.checks import check_spec, located
from engine.spec.hf import check_defaults
from engine.spec.load import index, load_checked, load_hardware, load_spec
from engine.spec.types import Spec

SpecDirs = Sequence[Path | str]


def validate(path: Path, spec_dirs: SpecDirs = ()) -> tuple[str | None, list[EngineError]]:
    """The kind of the spec at `path` (None when unreadable) and every error found in it."""
    try:
        _, kind = load_checked(path, spec_dirs)
    except SpecErrors as many:
        return None, list(many.errors)
    except EngineError as one:
        return None, [one]
    try:
        errors = CHECKS[kind](path, spec_dirs)
    except SpecErrors as many:
        errors = list(many.errors)
    except EngineError as one:
        errors = [one]
    return kind, errors


def _model(path: Path, spec_dirs: SpecDirs, evaluate: Callable[[Spec, SpecDirs], None]) -> list[EngineError]:
    from engine.spec.parse import parse_spec

    doc, kind = load_checked(path, spec_dirs)
    spec = parse_spec(doc, kind)
    errors = located(spec, [*check_spec(spec), *check_defaults(spec), *_block(spec, spec_dirs)])
    if errors:
        return errors
    load_spec(path, spec_dirs)
    from engine.build.load import load_plan

    load_plan(path, spec_dirs)  # builds the model: names, cycles, sizes
    evaluate(spec, spec_dirs)
    return []


def _block(spec: Spec, spec_dirs: SpecDirs) -> Iterator[Problem]:
    """An architecture's block values must be ones some rules spec reads."""
    if not spec.block:
        return
    read: set[str] = set()
    for entry in index(spec_dirs).rules:
        try:
            read.update(s.name for s in load_spec(Path(entry.path), spec_dirs).symbols)
        except EngineError:
            continue
    for node in spec.block:
        if node.name not in read:
            yield Problem(unknown("block value", node.name, read) + ": no rules spec reads it", location=node.span.key)


def _presets(spec: Spec, spec_dirs: SpecDirs) -> None:
    """Every preset evaluates (a spec with none at its defaults; an abstract base has no values)."""
    from engine.build.load import load_plan
    from engine.evaluate.assign import assign
    from engine.evaluate.params import count

    plan = load_plan(Path(spec.files[-1]), spec_dirs)
    presets: list[str | None] = [p.name for p in spec.presets]
    if not presets and not spec.abstract:
        presets = [None]
    for preset in presets:
        count(plan, assign(plan, preset))


def _reference(spec: Spec, spec_dirs: SpecDirs) -> None:
    """Each choice of each option evaluates for the rules' reference model and GPU."""
    if spec.reference is None or spec.abstract:
        return
    from engine.build.load import load_plan
    from engine.evaluate.memory import evaluate_memory
    from engine.evaluate.question import load_setup

    rules = load_plan(Path(spec.files[-1]), spec_dirs)
    reference = spec.reference
    for option in spec.options:
        for choice in option.choices:
            try:
                setup = load_setup(
                    reference.model,
                    rules=rules,
                    gpu=reference.gpu,
                    choices={option.name: choice.name},
                    spec_dirs=spec_dirs,
                )
                evaluate_memory(setup.with_values(**reference.values))
            except EngineError as exc:
                raise SpecError(f"option {option.name}={choice.name}: {exc.message}", exc.location) from None


def _hardware(path: Path, spec_dirs: SpecDirs) -> list[EngineError]:
    load_hardware(path, spec_dirs)
    return []


CHECKS: dict[str, Callable[[Path, SpecDirs], list[EngineError]]] = {
    "architecture": lambda path, dirs: _model(path, dirs, _presets),
    "rules": lambda path, dirs: _model(path, dirs, _reference),
    "hardware": _hardware,
}
