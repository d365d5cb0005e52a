"""`engine plan`: the setups that fit, ranked. Its flags for the rules' options, flag symbols and layout
degrees come from the rules specs (engine.cli.options.command), its --by choices and its target flags
(--NAME SECONDS) from the rules' `plan:` sections; the command's own parameters are declared here."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from engine import api
from engine.cli.application import app
from engine.cli.options import Flags, Format, FormatOpt, command, layout_of, parameter, run_safely, vocabulary
from engine.cli.output import echo
from engine.cli.question import common_parameters, setup_of
from engine.errors import UsageError
from engine.render.text import inert
from engine.spec.numbers import Number, exact_decimal

_rules = vocabulary().rules
_ranks: dict[str, list[str]] = {}  # the rankings of each set of rules, listed once for the rules sharing them
_about: dict[str, dict[str, list[str]]] = {}  # ranking -> description -> the rules that say it
for _entry in sorted(_rules, key=lambda r: (not r.default, not r.mode_default)):
    if _entry.ranks:
        shown = " | ".join(n + ("*" if i == 0 else "") for i, (n, _) in enumerate(_entry.ranks))
        _ranks.setdefault(shown, []).append(_entry.mode or _entry.name)
        for _name, _text in _entry.ranks:
            _about.setdefault(_name, {}).setdefault(_text, []).append(_entry.mode or _entry.name)
_targets: dict[str, tuple[str, list[str]]] = {}
for _entry in _rules:
    for _name, _text in _entry.targets:
        _targets.setdefault(_name, (_text, []))[1].append(_entry.mode or _entry.name)
_RANKINGS = sorted(_about)
_BY_HELP = (
    "Rank by ("
    + "; ".join(f"{', '.join(users)}: {shown}" for shown, users in _ranks.items())
    + "; * = default). "
    + "; ".join(
        f"{n}: "
        + ", ".join(f"{inert(t)} ({', '.join(u)})" if len(_about[n]) > 1 else inert(t) for t, u in _about[n].items())
        for n in _RANKINGS
    )
    + "."
)


def _target_parameters() -> list[Any]:
    out = []
    for name, (about, users) in _targets.items():
        info = typer.Option(
            "--" + name.replace("_", "-"), metavar="NUMBER", help=f"{inert(about)} ({', '.join(users)})."
        )
        out.append(parameter("target_" + name, Annotated[str | None, info], None))
    return out


def positive(flag: str, text: Any) -> Number:
    """A number a plan needs positive and finite ('2.5', '15e12'); anything else is a usage error."""
    try:
        value = exact_decimal(str(text))
    except ValueError as exc:
        raise UsageError(f"{flag} '{inert(str(text))}' {exc}; give a positive number") from None
    if value <= 0:
        raise UsageError(f"{flag} '{inert(str(text))}' must be a positive number")
    return value


def _request(given: dict[str, Any]) -> Any:
    from engine.solve.planner import Request
    from engine.solve.space import Bounds

    if given.get("gpus") is not None and given.get("max_gpus") is not None:
        raise UsageError("give --gpus N (exactly) or --max-gpus N (at most), not both")
    bounds = Bounds(given.get("gpus"), given.get("max_gpus") or 64)
    limits = {
        n: positive("--" + n.replace("_", "-"), given["target_" + n]) for n in _targets if given.get("target_" + n)
    }
    allow: dict[str, list[str]] = {}
    for pair in given.get("allow") or []:
        name, sep, choices = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--allow '{inert(pair)}' is not NAME=CHOICE[,CHOICE...]")
        allow.setdefault(name.strip(), []).extend(choices.split(","))
    tp, pp = layout_of(given, PLAN_FLAGS)
    return Request(given.get("by"), given["top"], bounds, tp, pp, allow, limits)


def _checked_numbers(given: dict[str, Any], flags: Flags) -> None:
    """Every number flag given to a plan (a price, a token count) is positive and finite."""
    for name in flags.numbers:
        if given.get(name) is not None:
            positive("--" + name.replace("_", "-"), given[name])
    for name in flags.fixed:
        if name not in flags.numbers and given.get(name) == 0:
            raise UsageError(f"--{name.replace('_', '-')} 0: give a positive number (or leave it out)")


def _plan(given: dict[str, Any]) -> None:
    def work() -> str:
        from engine.render.plan_text import PLAN

        _checked_numbers(given, PLAN_FLAGS)
        request = _request(given)
        names = api.gpu_names(given["gpu"], given.get("spec_dir") or [])
        setups = [setup_of(given, PLAN_FLAGS, name) for name in names]
        return PLAN[given["fmt"].value](api.plan(setups, request))

    echo(run_safely(work))


PLAN_FLAGS = command(
    app,
    "plan",
    _plan,
    [
        *common_parameters(
            Annotated[
                str,
                typer.Option("--gpu", "-g", help="GPU profile (engine list gpus), a comma list, or 'all' to compare."),
            ]
        ),
        parameter(
            "gpus",
            Annotated[int | None, typer.Option("--gpus", "-n", min=1, help="Exactly this many GPUs (dp x tp x pp).")],
            None,
        ),
        parameter(
            "max_gpus",
            Annotated[int | None, typer.Option("--max-gpus", min=1, help="At most this many GPUs (default 64).")],
            None,
        ),
        parameter(
            "by",
            Annotated[
                str | None,
                typer.Option(
                    "--by",
                    help=_BY_HELP,
                    autocompletion=lambda incomplete: [r for r in _RANKINGS if r.startswith(incomplete)],
                ),
            ],
            None,
        ),
        parameter("top", Annotated[int, typer.Option("--top", min=1, max=50, help="Setups listed per GPU kind.")], 5),
        parameter(
            "allow",
            Annotated[
                list[str] | None,
                typer.Option(
                    "--allow",
                    help="NAME=CHOICE[,CHOICE...]: the choices of a rules option the plan tries (repeatable); replaces"
                    " the rules' plan list for it (precision among them: a plan changes no number format unless"
                    " allowed). An option given by its own flag stays fixed; others stay at their default.",
                ),
            ],
            None,
        ),
        *_target_parameters(),
        parameter("fmt", FormatOpt, Format.table),
    ],
    """Search layouts (dp, tp, pp, ep, micro-batch, interleaving) and the memory options the rules' plan
    varies (sharding, recomputation, offload; more with --allow) for setups that fit; rank them by time,
    cost or GPUs, and list the best few (memory per GPU, step time, MFU, total time, cost), why the closest
    rejected ones were rejected, and the front of GPU count against time. With --gpu all (or a list), say
    which GPU kind finishes soonest and which costs least (only profiles with a price, or --price, can be
    ranked by cost). Serving (--mode infer): the cheapest setup that holds --concurrency sequences and
    meets --ttft and --tpot. Every listed setup comes with its `engine memory` command line.

    Example: engine plan llama-3-8b --gpu h100-80 --max-gpus 64 --tokens 1e12 --global-batch 1024 --by cost

    Example: engine plan llama-3-70b --mode infer --gpu all --concurrency 64 --ttft 2 --tpot 0.05
    """,
)
