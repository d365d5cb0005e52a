"""The `engine` command line: parse options, call the engine, render, map errors to exit codes.

Exit codes: 0 success, 1 bad spec or input, 2 bad usage, 3 internal error (traceback with --debug).
No estimation logic lives here.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from engine import api
from engine.errors import EngineError, SpecErrors, UsageError
from engine.memory import Setup
from engine.render import FORMULA, PARAMS, markdown_table, table
from engine.report import COMPARE, MEMORY, SOLVE, gpu_json, gpu_row

app = typer.Typer(
    name="engine",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="How much GPU memory does this transformer need? Specs are YAML formulas; see docs/spec-language.md.",
)
T = TypeVar("T")
_REPORT = "This is a bug in engine; please report it (rerun with --debug for a traceback)."
_STATE = {"debug": False}


class ParamsFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


class FormulaFormat(str, Enum):
    text = "text"
    latex = "latex"
    markdown = "markdown"


class ListWhat(str, Enum):
    specs = "specs"
    gpus = "gpus"
    bases = "bases"


SpecArg = Annotated[str, typer.Argument(help="A spec file (specs/llama.yaml), a built-in name (llama) or a preset.")]
PresetOpt = Annotated[str | None, typer.Option("--preset", "-p", help="Named configuration (default: the spec's).")]
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
OptionalSpecArg = Annotated[
    str | None,
    typer.Argument(help="A spec file, a built-in name (llama) or a preset; optional with --hf-config/--hf."),
]


def _run(action: Callable[[], T]) -> T:
    """Call `action`; user errors go to stderr with exit 1/2, anything else is an internal error (3)."""
    try:
        return action()
    except EngineError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(exc.exit_code) from None
    except typer.Exit:
        raise
    except Exception as exc:  # the last resort: never a bare traceback for users
        if _STATE["debug"]:
            traceback.print_exc()
        typer.echo(f"internal error: {type(exc).__name__}: {exc}\n{_REPORT}", err=True)
        raise typer.Exit(3) from None


@app.callback()
def main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False) -> None:
    """Plan GPU memory from declarative model specs."""
    _STATE["debug"] = debug


@app.command()
def params(
    spec: OptionalSpecArg = None,
    preset: PresetOpt = None,
    set_: SetOpt = None,
    fmt: Annotated[ParamsFormat, typer.Option("--format", "-f", help="Output format.")] = ParamsFormat.table,
    spec_dir: SpecDirOpt = None,
    hf_config: HFConfigOpt = None,
    hf: HFModelOpt = None,
) -> None:
    """Count parameters, component by component, exactly.

    Example: engine params llama --preset llama-3-8b --set num_layers=16

    Example: engine params --hf-config ./Llama-3.2-1B/config.json
    """
    typer.echo(
        _run(lambda: PARAMS[fmt.value](api.count_params(spec, preset, set_ or [], spec_dir or [], hf_config, hf)))
    )


@app.command()
def formula(
    spec: SpecArg,
    name: Annotated[str | None, typer.Argument(help="One quantity (e.g. params, layers/mlp); default: all.")] = None,
    fmt: Annotated[FormulaFormat, typer.Option("--format", "-f", help="Output format.")] = FormulaFormat.text,
    spec_dir: SpecDirOpt = None,
) -> None:
    """Print the symbolic formulas of a spec, before any value is substituted.

    Example: engine formula llama params --format latex
    """
    typer.echo(_run(lambda: FORMULA[fmt.value](api.formula_model(spec, name, spec_dir or []), name)))


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Spec files to check.")],
    fmt: Annotated[ParamsFormat, typer.Option("--format", "-f", help="Output format.")] = ParamsFormat.table,
    spec_dir: SpecDirOpt = None,
) -> None:
    """Check spec files: YAML, schema, names, cycles, and every preset's values.

    Example: engine validate specs/*.yaml
    """
    results = _run(lambda: [(path, _validate_one(path, spec_dir or [])) for path in paths])
    if fmt is ParamsFormat.json:
        data = [{"path": str(p), "ok": not errs, "errors": [str(e) for e in errs]} for p, errs in results]
        typer.echo(json.dumps(data, indent=2))
    else:
        for path, errors in results:
            typer.echo(f"OK {path}" if not errors else "\n".join(str(e) for e in errors), err=bool(errors))
    if any(errors for _, errors in results):
        raise typer.Exit(1)


def _validate_one(path: Path, spec_dir: list[Path]) -> list[EngineError]:
    try:
        api.check(path, spec_dir)
    except SpecErrors as many:
        return list(many.errors)
    except EngineError as one:
        return [one]
    return []


@app.command("list")
def list_(
    what: Annotated[ListWhat, typer.Argument(help="What to list.")] = ListWhat.specs,
    fmt: Annotated[ParamsFormat, typer.Option("--format", "-f", help="Output format.")] = ParamsFormat.table,
    spec_dir: SpecDirOpt = None,
) -> None:
    """List the specs reachable by name with their presets, the GPU profiles ('gpus'), or the abstract
    specs others extend ('bases').

    Example: engine list gpus
    """
    bases = what is ListWhat.bases
    typer.echo(
        _run(lambda: _gpus(fmt, spec_dir or []) if what is ListWhat.gpus else _specs(fmt, spec_dir or [], bases))
    )


def _specs(fmt: ParamsFormat, spec_dir: list[Path], bases: bool) -> str:
    entries = api.catalog(spec_dir, bases=bases)
    if fmt is ParamsFormat.json:
        return json.dumps(entries, indent=2)
    rows = [["name", "kind", "presets (default first)", "path"]]
    rows += [[e["name"], e["kind"], ", ".join(e["presets"]), e["path"]] for e in entries]
    return markdown_table(rows, "<<<<") if fmt is ParamsFormat.markdown else table(rows, "<<<<")


GpuOpt = Annotated[
    str, typer.Option("--gpu", "-g", help="GPU profile (engine list gpus); solve also takes a comma list or 'all'.")
]
RulesOpt = Annotated[
    str | None, typer.Option("--rules", help="Memory rules spec (default: the --mode's, or the model's own).")
]
Choice = Annotated[str | None, typer.Option(help="A choice of the rules' option of this name (engine formula RULES).")]
IntOpt = Annotated[int | None, typer.Option(min=1)]
OptionOpt = Annotated[
    list[str] | None, typer.Option("--option", help="Any other rules option: NAME=CHOICE (repeatable).")
]


QuantOpt = Annotated[str | None, typer.Option("--quant", "--weights-dtype", help="Weight format (infer/finetune).")]
KvDtypeOpt = Annotated[str | None, typer.Option("--kv-dtype", help="KV-cache element type (infer).")]
SpOpt = Annotated[bool | None, typer.Option("--sp/--no-sp", help="Sequence parallelism (default on).")]
BatchOpt = Annotated[int | None, typer.Option(min=1, help="Micro-batch per GPU (train; default 1).")]
SeqLenOpt = Annotated[int | None, typer.Option(min=1, help="Sequence length (train; default 2048 or the context).")]
ContextOpt = Annotated[int | None, typer.Option(min=1, help="Tokens per sequence, prompt + generated (infer).")]
GenTokensOpt = Annotated[int | None, typer.Option(min=0, help="Generated tokens per sequence (infer).")]
ConcurrencyOpt = Annotated[int | None, typer.Option(min=1, help="Sequences served at once (infer).")]
LoraRankOpt = Annotated[int | None, typer.Option(min=1, help="LoRA rank (finetune; default 8).")]
LoraTargetsOpt = Annotated[
    str | None, typer.Option(help="LoRA target modules, comma-separated or all-linear (finetune).")
]
FormatOpt = Annotated[ParamsFormat, typer.Option("--format", "-f", help="Output format.")]


class Mode(str, Enum):
    train = "train"
    infer = "infer"
    finetune = "finetune"


ModeOpt = Annotated[Mode | None, typer.Option("--mode", "-m", help="train (default), infer or finetune (LoRA/QLoRA).")]


@dataclass(frozen=True)
class Flags:
    """The solve/memory flags that pick options and fix symbols, gathered once for both commands."""

    options: dict[str, str | None]
    extra: list[str]
    fixed: dict[str, int]
    targets: tuple[str, ...]
    hf_config: Path | None = None
    hf_model: str | None = None

    def choices(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {k: v for k, v in self.options.items() if v is not None}
        for pair in self.extra:
            name, sep, value = pair.partition("=")
            if not sep:
                raise UsageError(f"--option '{pair}' is not NAME=CHOICE")
            out[name.strip()] = value.strip()
        return out


def _flags(given: Mapping[str, Any]) -> Flags:
    """The option choices and fixed values among a command's parameters (its `locals()`)."""
    options = {k: given.get(k) for k in OPTION_FLAGS}
    fixed = {k: given[k] for k in FIXED_FLAGS if given.get(k) is not None}
    if given.get("sp") is not None:
        fixed["sp"] = int(given["sp"])
    targets = tuple(t.strip() for t in (given.get("lora_targets") or "").split(",") if t.strip())
    return Flags(options, given.get("option") or [], fixed, targets, given.get("hf_config"), given.get("hf_model"))


OPTION_FLAGS = ("precision", "optimizer", "sharding", "offload", "recompute", "attention", "quant", "kv_dtype")
FIXED_FLAGS = ("ep", "batch", "seq_len", "context", "gen_tokens", "concurrency", "lora_rank")  # rules symbols


@app.command()
def solve(
    spec: OptionalSpecArg = None,
    gpu: GpuOpt = "a100-80",
    mode: ModeOpt = None,
    gpus: Annotated[
        int | None, typer.Option("--gpus", "-n", min=1, help="Also give the limits at this many GPUs (dp x tp x pp).")
    ] = None,
    preset: PresetOpt = None,
    set_: SetOpt = None,
    precision: Choice = None,
    optimizer: Choice = None,
    sharding: Choice = None,
    offload: Choice = None,
    recompute: Choice = None,
    attention: Choice = None,
    quant: QuantOpt = None,
    kv_dtype: KvDtypeOpt = None,
    option: OptionOpt = None,
    tp: Annotated[int | None, typer.Option(min=1, help="Tensor-parallel degree (default: searched).")] = None,
    pp: Annotated[int | None, typer.Option(min=1, help="Pipeline-parallel degree (default: searched).")] = None,
    ep: IntOpt = None,
    sp: SpOpt = None,
    batch: BatchOpt = None,
    seq_len: SeqLenOpt = None,
    context: ContextOpt = None,
    gen_tokens: GenTokensOpt = None,
    concurrency: ConcurrencyOpt = None,
    lora_rank: LoraRankOpt = None,
    lora_targets: LoraTargetsOpt = None,
    rules: RulesOpt = None,
    hf_config: HFConfigOpt = None,
    hf_model: HFModelOpt = None,
    fmt: FormatOpt = ParamsFormat.table,
    spec_dir: SpecDirOpt = None,
) -> None:
    """The fewest GPUs that fit, the layout, the inequality behind it, and the limits.

    Example: engine solve llama-3-70b --mode infer --context 8192 --concurrency 32 --gpu all
    """
    flags = _flags(locals())

    def work() -> str:
        names = api.gpu_names(gpu, spec_dir or [])
        reports = [
            api.solve(_setup(spec, preset, set_, rules, mode, name, flags, spec_dir), tp, pp, gpus) for name in names
        ]
        if len(reports) == 1:
            return SOLVE[fmt.value](reports[0])
        return COMPARE[fmt.value](reports)

    typer.echo(_run(work))


def _setup(
    spec: str | None,
    preset: str | None,
    set_: list[str] | None,
    rules: str | None,
    mode: Mode | None,
    gpu: str,
    flags: Flags,
    spec_dir: list[Path] | None,
) -> Setup:
    rules_name = rules or (api.MODE_RULES[mode.value] if mode else None)
    setup = api.load_setup(
        spec,
        preset,
        set_ or [],
        rules_name,
        gpu,
        flags.choices(),
        spec_dir or [],
        flags.targets,
        flags.hf_config,
        flags.hf_model,
    )
    return api.fix(setup, flags.fixed)


@app.command()
def memory(
    spec: OptionalSpecArg = None,
    gpus: Annotated[int, typer.Option("--gpus", "-n", min=1, help="GPUs in the layout (dp x tp x pp).")] = 1,
    gpu: Annotated[str, typer.Option("--gpu", "-g", help="GPU profile name or alias (engine list gpus).")] = "a100-80",
    mode: ModeOpt = None,
    preset: PresetOpt = None,
    set_: SetOpt = None,
    precision: Choice = None,
    optimizer: Choice = None,
    sharding: Choice = None,
    offload: Choice = None,
    recompute: Choice = None,
    attention: Choice = None,
    quant: QuantOpt = None,
    kv_dtype: KvDtypeOpt = None,
    option: OptionOpt = None,
    tp: Annotated[int, typer.Option(min=1, help="Tensor-parallel degree.")] = 1,
    pp: Annotated[int, typer.Option(min=1, help="Pipeline-parallel degree.")] = 1,
    ep: IntOpt = None,
    sp: SpOpt = None,
    batch: BatchOpt = None,
    seq_len: SeqLenOpt = None,
    context: ContextOpt = None,
    gen_tokens: GenTokensOpt = None,
    concurrency: ConcurrencyOpt = None,
    lora_rank: LoraRankOpt = None,
    lora_targets: LoraTargetsOpt = None,
    rules: RulesOpt = None,
    hf_config: HFConfigOpt = None,
    hf_model: HFModelOpt = None,
    fmt: FormatOpt = ParamsFormat.table,
    spec_dir: SpecDirOpt = None,
) -> None:
    """Per-GPU memory at a given layout: every term, every phase, the peak, and whether it fits.

    Example: engine memory llama-2-7b --mode finetune --quant nf4-dq --lora-targets all-linear --lora-rank 64
    """
    flags = _flags(locals())

    def work() -> str:
        setup = _setup(spec, preset, set_, rules, mode, gpu, flags, spec_dir)
        return MEMORY[fmt.value](api.memory(setup, gpus, tp, pp))

    typer.echo(_run(work))


def _gpus(fmt: ParamsFormat, spec_dir: list[Path]) -> str:
    profiles = api.hardware_list(spec_dir)
    if fmt is ParamsFormat.json:
        return json.dumps([gpu_json(h) for h in profiles], indent=2)
    rows = [["name", "memory (nominal)", "usable", "bandwidth", "bf16 dense", "per node", "description"]]
    rows += [gpu_row(h) for h in profiles]
    return markdown_table(rows, "<>>>>><") if fmt is ParamsFormat.markdown else table(rows, "<>>>>><")


from engine import cli_docs  # noqa: E402, F401  # registers `table`, `docs` and `errata` on `app` (kept apart)


def run() -> None:
    """Console-script entry point."""
    app(prog_name="engine")


if __name__ == "__main__":  # pragma: no cover
    run()


@app.command()
def sweep(
    spec: OptionalSpecArg = None,
    grid: Annotated[
        list[str] | None,
        typer.Option(
            "--grid", help="NAME=START..STOP[:STEP|*FACTOR], repeatable (e.g. batch=1..64*2 seq_len=512..8192:512)."
        ),
    ] = None,
    gpu: GpuOpt = "a100-80",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write every row to FILE.csv or FILE.jsonl.")] = None,
    min_gpus: Annotated[bool, typer.Option("--min-gpus/--no-min-gpus", help="Fewest GPUs per row (slower).")] = True,
    mode: ModeOpt = None,
    preset: PresetOpt = None,
    set_: SetOpt = None,
    precision: Choice = None,
    optimizer: Choice = None,
    sharding: Choice = None,
    offload: Choice = None,
    recompute: Choice = None,
    attention: Choice = None,
    quant: QuantOpt = None,
    kv_dtype: KvDtypeOpt = None,
    option: OptionOpt = None,
    rules: RulesOpt = None,
    hf_config: HFConfigOpt = None,
    hf_model: HFModelOpt = None,
    fmt: Annotated[
        ParamsFormat, typer.Option("--format", "-f", help="Output format (without --out).")
    ] = ParamsFormat.table,
    spec_dir: SpecDirOpt = None,
) -> None:
    """Evaluate every combination of a grid at once (vectorised), per GPU: bytes, fits, fewest GPUs.

    Example: engine sweep llama-3-8b --gpu a100-80,h100 --grid batch=1..32*2 --grid seq_len=1024..8192*2 --out rows.csv
    """
    flags = _flags(locals())

    def work() -> str:
        from engine import sweeps  # numpy is needed here only

        axes = [sweeps.parse_grid(g) for g in grid or []]
        if not axes:
            raise UsageError("give at least one --grid NAME=START..STOP")
        names = api.gpu_names(gpu, spec_dir or [])
        setups = [_setup(spec, preset, set_, rules, mode, name, flags, spec_dir) for name in names]
        total = len(names) * sweeps.row_count(axes)
        with typer.progressbar(length=total, label="sweeping", file=sys.stderr, hidden=total < 2_000_000) as bar:
            results = [sweeps.run(s, axes, min_gpus, bar.update) for s in setups]
        return sweeps.write(results, out, fmt.value)

    typer.echo(_run(work))


@app.command("cache")
def cache_(
    action: Annotated[str, typer.Argument(help="'clear' empties the cache; 'path' shows where it is.")] = "path",
) -> None:
    """The disk cache of derivations (built models, closed forms), keyed by the content of the spec files.

    Example: engine cache clear
    """
    from engine import cache

    if action == "clear":
        folder, removed = _run(cache.clear)
        typer.echo(f"removed {removed} files from {folder}")
    elif action == "path":
        typer.echo(_run(lambda: str(cache.cache_dir()) + ("" if cache.enabled() else " (disabled by ENGINE_NO_CACHE)")))
    else:
        typer.echo(f"error: unknown cache action '{action}'; use 'clear' or 'path'", err=True)
        raise typer.Exit(2)
