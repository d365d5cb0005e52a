"""What the commands share: option types, the error handling that maps errors to exit codes, and the
flags derived from the rules specs (every option of every rules spec on the search path is a flag that
lists its choices and defaults; every rules symbol marked `flag: true` is a flag; the layout's tensor
and pipeline degrees are flags). Nothing here knows an option or mode by name.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from engine.cli.complete import complete_presets, complete_specs
from engine.cli.output import STATE as STATE  # the commands import these from here
from engine.cli.output import run_safely as run_safely
from engine.errors import EngineError, UsageError
from engine.files import is_dir
from engine.render.text import inert
from engine.spec.index import Index
from engine.spec.numbers import Number, exact_decimal


class Format(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


class FormulaFormat(str, Enum):
    text = "text"
    latex = "latex"
    markdown = "markdown"


def vocabulary() -> Index:
    """The index of the built-in specs and ENGINE_SPEC_PATH (a --spec-dir given on this command line is
    searched too), whose rules give the flags. An unreadable search path gives no flags, not a crash."""
    from engine.spec.load import index

    dirs = _spec_dirs_in(sys.argv[1:])
    try:
        return index(dirs)
    except EngineError:
        try:
            return index(())
        except EngineError:
            return Index()


def _spec_dirs_in(argv: list[str]) -> list[str]:
    out = []
    for i, arg in enumerate(argv):
        if arg == "--spec-dir" and i + 1 < len(argv):
            out.append(argv[i + 1])
        elif arg.startswith("--spec-dir="):
            out.append(arg.split("=", 1)[1])
    return [d for d in out if is_dir(d)]


SpecArg = Annotated[
    str,
    typer.Argument(
        help="A spec file (specs/llama.yaml), a built-in name (llama) or a preset.", autocompletion=complete_specs
    ),
]
OptionalSpecArg = Annotated[
    str | None,
    typer.Argument(
        help="A spec file, a built-in name (llama) or a preset; optional with --hf-config/--hf.",
        autocompletion=complete_specs,
    ),
]
PresetOpt = Annotated[
    str | None,
    typer.Option("--preset", "-p", help="Named configuration (default: the spec's).", autocompletion=complete_presets),
]
SetOpt = Annotated[
    list[str] | None, typer.Option("--set", "-s", help="Set a symbol: NAME=VALUE (repeatable), e.g. num_layers=16.")
]
SpecDirOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--spec-dir", help="Folder of specs searched before the built-ins (repeatable; also ENGINE_SPEC_PATH)."
    ),
]
HFConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--hf-config",
        help="A Hugging Face config.json, or a folder holding one: its model_type picks the spec, its keys the values.",
    ),
]
HFModelOpt = Annotated[
    str | None,
    typer.Option("--hf", help="A model id (org/name) whose config.json is in the local Hugging Face cache (offline)."),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


# ---------------------------------------------------------------------------------------------
# Flags derived from the rules
# ---------------------------------------------------------------------------------------------

NUMBER_DOMAINS = ("positive", "nonnegative", "fraction")  # the rest are integers or flags

CORE = {
    "spec",
    "gpu",
    "gpus",
    "mode",
    "preset",
    "set_",
    "option",
    "rules",
    "hf_config",
    "hf_model",
    "fmt",
    "spec_dir",
    "view",
}


@dataclass(frozen=True)
class Flags:
    """The parameters a question command takes from the rules, by kind."""

    options: tuple[str, ...]  # rules options (a choice each)
    fixed: tuple[str, ...]  # rules symbols set by a flag
    switches: tuple[str, ...]  # fixed symbols of domain flag (--x/--no-x)
    tensor: tuple[str, ...]  # layout symbols of the tensor role
    pipeline: tuple[str, ...]
    numbers: tuple[str, ...] = ()  # fixed symbols that take any number (--price 2.79, --tokens 15e12)


def derived_parameters(
    found: Index, with_symbols: bool, layout_default: int | None
) -> tuple[Flags, list[inspect.Parameter]]:
    """The typer parameters of the rules' options (and, `with_symbols`, of their flag symbols and layout
    degrees), each with help that lists the choices and the default of every rules spec that has it."""
    params: list[inspect.Parameter] = []
    taken = set(CORE)
    options: dict[str, list[tuple[str, Any]]] = {}
    ranked = sorted(found.rules, key=lambda r: (not r.default, not r.mode_default))  # the usual rules first
    for entry in ranked:
        for option in entry.options:
            options.setdefault(option.name, []).append((entry.name, option))
    names: list[str] = []
    for name, owners in options.items():
        if name in taken:
            continue
        taken.add(name)
        names.append(name)
        choices = sorted({c for _, o in owners for c, _ in o.choices})
        listed: dict[str, list[str]] = {}  # the same choices and default: one entry for all their rules
        for rules, o in owners:
            listed.setdefault(" | ".join(c + ("*" if c == o.default else "") for c, _ in o.choices), []).append(rules)
        described = "; ".join(f"{', '.join(users)}: {shown}" for shown, users in listed.items())
        about = next((o.description for _, o in owners if o.description), name)
        aliases = sorted({"--" + a for _, o in owners for a in o.aliases})
        decls = ["--" + name.replace("_", "-"), *aliases]
        option_info = typer.Option(
            *decls, help=f"{inert(about)} ({described}; * = default).", autocompletion=_complete(choices)
        )
        params.append(_param(name, str | None, option_info, None))
    fixed: list[str] = []
    switches: list[str] = []
    numbers: list[str] = []
    tensor: list[str] = []
    pipeline: list[str] = []
    if with_symbols:
        for role, bucket in (("tensor", tensor), ("pipeline", pipeline)):
            for entry in found.rules:
                symbol = dict(entry.layout).get(role)
                if symbol and symbol not in taken:
                    taken.add(symbol)
                    bucket.append(symbol)
                    searched = " (default: searched)" if layout_default is None else ""
                    info = typer.Option(
                        "--" + symbol.replace("_", "-"), min=1, help=f"{role.capitalize()}-parallel degree{searched}."
                    )
                    params.append(_param(symbol, int | None if layout_default is None else int, info, layout_default))
                    if layout_default is None:  # a searched degree can be bounded (one node, a pipeline rule)
                        bound = typer.Option(f"--max-{symbol}", min=1, help=f"Search {role} degrees up to N only.")
                        params.append(_param(f"max_{symbol}", int | None, bound, None))
        flags: dict[str, list[tuple[str, Any]]] = {}
        for entry in found.rules:
            for flag in entry.flags:
                flags.setdefault(flag.name, []).append((entry.name, flag))
        for name, owners in flags.items():
            if name in taken:
                continue
            taken.add(name)
            first = owners[0][1]
            used = ", ".join(sorted({rules for rules, _ in owners}))
            default = f"; default {inert(first.default)}" if first.default else ""
            help_text = f"{inert(first.description)} ({used}{default})."
            if first.domain == "flag":
                switches.append(name)
                decl = f"--{name.replace('_', '-')}/--no-{name.replace('_', '-')}"
                params.append(_param(name, bool | None, typer.Option(decl, help=help_text), None))
            elif first.domain in NUMBER_DOMAINS:
                fixed.append(name)
                numbers.append(name)
                info = typer.Option("--" + name.replace("_", "-"), metavar="NUMBER", help=help_text)
                params.append(_param(name, str | None, info, None))
            else:
                fixed.append(name)
                low = 0 if first.domain.startswith("nonnegative") else 1
                info = typer.Option("--" + name.replace("_", "-"), min=low, help=help_text)
                params.append(_param(name, int | None, info, None))
    found_flags = Flags(tuple(names), tuple(fixed), tuple(switches), tuple(tensor), tuple(pipeline), tuple(numbers))
    return found_flags, params


def _param(name: str, kind: Any, info: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=Annotated[kind, info])


def _complete(choices: list[str]) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        return [c for c in choices if c.startswith(incomplete)]

    return complete


def command(
    app: typer.Typer,
    name: str,
    body: Callable[[dict[str, Any]], None],
    own: list[inspect.Parameter],
    doc: str,
    with_symbols: bool = True,
    layout_default: int | None = None,
) -> Flags:
    """Register `body` as command `name`, taking `own` parameters and those derived from the rules."""
    flags, derived = derived_parameters(vocabulary(), with_symbols, layout_default)

    def run(**given: Any) -> None:
        body(given)

    run.__signature__ = inspect.Signature([*own, *derived])  # type: ignore[attr-defined]  # read by typer
    run.__doc__ = doc
    run.__name__ = name
    app.command(name)(run)
    return flags


def parameter(name: str, annotation: Any, default: Any = None) -> inspect.Parameter:
    """A parameter of a command's own (see `command`)."""
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


def choices_of(given: Mapping[str, Any], flags: Flags) -> dict[str, str | None]:
    """Option choices among a command's parameters (flags, then --option NAME=CHOICE pairs)."""
    out: dict[str, str | None] = {k: given.get(k) for k in flags.options if given.get(k) is not None}
    for pair in given.get("option") or []:
        name, sep, value = pair.partition("=")
        if not sep:
            raise UsageError(f"--option '{pair}' is not NAME=CHOICE")
        out[name.strip()] = value.strip()
    return out


def fixed_of(given: Mapping[str, Any], flags: Flags) -> dict[str, Any]:
    """Symbols fixed by flags (--batch 4, --sp/--no-sp, --price 2.79 read exactly)."""
    out = {
        k: _number(k, given[k]) if k in flags.numbers else int(given[k])
        for k in flags.fixed
        if given.get(k) is not None
    }
    out.update({k: int(given[k]) for k in flags.switches if given.get(k) is not None})
    return out


def _number(name: str, text: str) -> Number:
    """A flag's number, exactly ('15e12', '2.79'); not finite, negative or unreadable is a usage error."""
    flag = "--" + name.replace("_", "-")
    try:
        value = exact_decimal(str(text))
    except ValueError as exc:
        raise UsageError(f"{flag} '{inert(str(text))}' {exc}") from None
    if value < 0:
        raise UsageError(f"{flag} '{inert(str(text))}' must be a number >= 0")
    return value


def layout_of(given: Mapping[str, Any], flags: Flags, prefix: str = "") -> tuple[int | None, int | None]:
    """The tensor and pipeline degrees given on the command line (None: searched); with prefix 'max_',
    the largest ones searched (--max-tp, --max-pp)."""
    tensor = next((given[prefix + k] for k in flags.tensor if given.get(prefix + k) is not None), None)
    pipeline = next((given[prefix + k] for k in flags.pipeline if given.get(prefix + k) is not None), None)
    return tensor, pipeline
