"""Bounded resources: every hostile input below fails with a clear message, quickly and in bounded memory.

Each case runs through the CLI in a forked copy of the test process, which is killed after a generous
`HANG_GUARD` (a hang guard: performance is not asserted); run with -s to see the slowest.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import REPO, Outcome, run_isolated

HANG_GUARD = 5.0  # seconds for a rejection; the slowest takes well under this
WORK_GUARD = 30.0  # seconds for the valid inputs below, which do real work (up to 256 layouts)
TIMES: dict[str, float] = {}

ARCH = """kind: architecture
name: h
symbols:
  x: {{description: an input{default}}}
  y: {{description: another, default: 1}}
quantities:
{quantities}
presets:
  p: {{values: {{x: {x}}}}}
"""


def arch(quantities: str, x: str = "2", default: str = "") -> dict[str, str]:
    body = "\n".join("  " + line for line in quantities.strip().splitlines())
    return {"h.yaml": ARCH.format(quantities=body, x=x, default=default)}


def chain(template: str, levels: int = 40) -> dict[str, str]:
    """Quantities that each use the previous one twice: the tree sympy walks doubles per level."""
    lines = ["q0: x + y"] + [f"q{i}: '{template.format(p=f'q{i - 1}')}'" for i in range(1, levels)]
    return arch("\n".join(lines))


def balanced(levels: int) -> str:
    """2**levels leaves, only `levels` deep."""
    return "x" if levels == 0 else f"({balanced(levels - 1)}+{balanced(levels - 1)})"


def billion_laughs() -> dict[str, str]:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    return {"h.yaml": "kind: architecture\n" + "\n".join(lines) + "\n"}


def extends_chain(length: int, cycle: bool = False) -> dict[str, str]:
    files = {f"s{i}.yaml": f"kind: architecture\nextends: s{i - 1}.yaml\nname: s{i}\n" for i in range(1, length)}
    files["s0.yaml"] = "kind: architecture\nextends: s{}.yaml\nname: s0\n".format(length - 1 if cycle else "x")
    if not cycle:
        files["s0.yaml"] = arch("q: x")["h.yaml"]
    return files


def defaults_chain(length: int = 3000) -> dict[str, str]:
    """Each default uses the next one down, written top first: a recursive sort went 3,000 calls deep."""
    lines = [
        "kind: architecture",
        "name: c",
        "symbols:",
        f"  s{length}: {{description: d, default: s{length - 1} - 10**9}}",
    ]
    lines += [f"  s{i}: {{description: d, default: s{i - 1} + 1}}" for i in range(length - 1, 0, -1)]
    lines += ["  s0: {description: d, default: 1}", "quantities:", f"  q: s{length}"]
    return {"h.yaml": "\n".join(lines) + "\n"}


def full_extends_chain() -> dict[str, str]:
    """Sixteen files of 3,000 symbols each: every file is within the limits, the chain is not."""
    files = {}
    for i in range(16):
        lines = ["kind: architecture", f"name: s{i}", *([f"extends: s{i - 1}.yaml"] if i else []), "symbols:"]
        lines += [f"  s{i}_{j}: {{description: d, default: 1}}" for j in range(3000)]
        files[f"s{i}.yaml"] = "\n".join([*lines, "quantities:", "  q: s0_1"]) + "\n"
    return files


RULES = """kind: rules
name: r
symbols:
  params: {{description: Parameters, domain: positive}}
  dp: {{description: dp, default: 1}}
  tp: {{description: tp, default: 1}}
  pp: {{description: pp, default: 1}}
  a: {{description: a flag, domain: flag, default: 1}}
  b: {{description: a flag, domain: flag, default: 0}}
quantities:
  weights: {weights}
  grads: 2 * params / dp
total:
  name: gpu_bytes
phases:
  step: {phase}
"""


def rules(weights: str = "2 * params / dp", phase: str = "weights + grads") -> dict[str, str]:
    return {"r.yaml": RULES.format(weights=weights, phase=phase)}


HARDWARE = """kind: hardware
name: g
description: d
memory_nominal: {{value: '{nominal}', source: s}}
memory_usable: {{value: '2**30', source: s}}
memory_bandwidth: {{value: '1e12', source: s}}
flops_bf16: {{value: '1e14', source: s}}
devices_per_node: {{value: '8', source: s}}
"""
LCM_1_TO_64 = math.lcm(*range(1, 65))  # every pipeline degree up to 64 divides it

# (id, files to write, command line ({dir} = the folder), exit code, part of the message)
CASES: list[tuple[str, Callable[[], dict[str, str]], list[str], int, str]] = [
    # exponents and magnitudes
    ("power tower", lambda: arch("q: 10**10**10"), ["params", "{dir}/h.yaml"], 1, "exponents must be constants"),
    ("power of 2**64", lambda: arch("q: 2**(2**64)"), ["params", "{dir}/h.yaml"], 1, "exponents must be constants"),
    ("constant too large", lambda: arch("q: ((2**64)**64)**2 * x"), ["params", "{dir}/h.yaml"], 1, "number too large"),
    ("degree", lambda: arch("q: ((x**64)**64)**2"), ["params", "{dir}/h.yaml"], 1, "grows too fast (degree above"),
    (
        "tower after substitution: default x**64, used as (...)**64",
        lambda: (
            arch("q: y**64", x="2", default=", default: 1").copy()
            | {
                "h.yaml": arch("q: z**64", x="2")["h.yaml"].replace(
                    "  y:", "  z: {description: z, default: x**64}\n  y:"
                )
            }
        ),
        ["params", "{dir}/h.yaml"],
        1,
        "'q' = about 10**1233 for these values; no model or GPU is that large",
    ),
    (
        "default beyond any configuration",
        lambda: {
            "h.yaml": arch("q: z", x="10")["h.yaml"].replace("  y:", "  z: {description: z, default: x**64}\n  y:")
        },
        ["params", "{dir}/h.yaml"],
        1,
        "'z' = about 10**64 is larger than any real configuration (limit 1e30)",
    ),
    (
        "quantities that multiply degrees",
        lambda: arch("a: x**64\nb: a**64\nc: b**2"),
        ["params", "{dir}/h.yaml"],
        1,
        "grows too fast",
    ),
    (
        "nested repeats",
        lambda: arch("g:\n  repeat: (x**64)**64\n  parts:\n    h:\n      repeat: (x**64)**64\n      parts: {leaf: x}"),
        ["params", "{dir}/h.yaml"],
        1,
        "grows too fast (degree above 4096)",
    ),
    (
        "huge --set into powers",
        lambda: {},
        ["params", "llama", "--set", "hidden_size=10**30"],
        1,
        "no model or GPU is that large",
    ),
    (
        "huge --set beyond the limit",
        lambda: {},
        ["params", "llama", "--set", "num_layers=10**31"],
        1,
        "larger than any real configuration",
    ),
    (
        "solve on 10**29 layers",
        lambda: {},
        ["solve", "llama", "--set", "num_layers=10**29"],
        1,
        "larger than any real configuration",
    ),
    (
        "--gpus beyond any layout",
        lambda: {},
        ["memory", "gpt2", "--gpus", str(10**31)],
        1,
        "'dp' = about 10**31 is larger",
    ),
    (
        "where with huge values",
        lambda: arch("q: where(x**64 > 5, x**64, 1)", x="10**30"),
        ["params", "{dir}/h.yaml"],
        1,
        "about 10**1920",
    ),
    (
        "floor and ceil of huge rationals",
        lambda: arch("q: floor(x**64 / 3) + ceil(x**64 / 7)", x="10**30"),
        ["params", "{dir}/h.yaml"],
        1,
        "no model or GPU is that large",
    ),
    (
        "min and max of huge values",
        lambda: arch("q: max(x**64, y) - min(x**63, y)", x="10**30"),
        ["params", "{dir}/h.yaml"],
        1,
        "no model or GPU is that large",
    ),
    (
        "comparison with a division by zero",
        lambda: arch("q: where(1 / (x - 2) > 2, 1, 2)"),
        ["params", "{dir}/h.yaml"],
        1,
        "'q' divides by zero",
    ),
    ("remainder by zero", lambda: arch("q: x % (x - 2)"), ["params", "{dir}/h.yaml"], 1, "'q' divides by zero"),
    # numbers as written
    (
        "5,000-digit literal",
        lambda: arch("q: " + "9" * 5000 + " * x"),
        ["params", "{dir}/h.yaml"],
        1,
        "number has more than 300 digits",
    ),
    (
        "5,000-digit YAML int",
        lambda: arch("q: x", x="9" * 5000),
        ["params", "{dir}/h.yaml"],
        1,
        "has more than 300 digits",
    ),
    (
        "tiny exponent literal",
        lambda: arch("q: 1e-99999999 * x"),
        ["params", "{dir}/h.yaml"],
        1,
        "exponent beyond +-300",
    ),
    (
        "tiny exponent YAML float",
        lambda: arch("q: x", x="1.0e-99999999"),
        ["params", "{dir}/h.yaml"],
        1,
        "exponent beyond +-300",
    ),
    (
        "huge --set exponent",
        lambda: {},
        ["params", "llama", "--set", "num_layers=1e-99999999"],
        1,
        "exponent beyond +-300",
    ),
    # expression size and nesting
    (
        "long expression",
        lambda: arch("q: " + "x + " * 3000 + "x"),
        ["params", "{dir}/h.yaml"],
        1,
        "the limit is 10,000",
    ),
    (
        "deep parentheses",
        lambda: arch("q: " + "(" * 3000 + "x" + ")" * 3000),
        ["params", "{dir}/h.yaml"],
        1,
        "too many nested parentheses",
    ),
    ("long chain", lambda: arch("q: " + "+".join(["x*y"] * 1500)), ["params", "{dir}/h.yaml"], 1, "nested too deeply"),
    ("many terms", lambda: arch("q: " + balanced(11)), ["params", "{dir}/h.yaml"], 1, "more than 2000 terms"),
    (
        "shared floors",
        lambda: chain("floor({p} / 3) + ceil({p} / 5)"),
        ["params", "{dir}/h.yaml"],
        1,
        "expression is too large",
    ),
    (
        "shared wheres",
        lambda: chain("where({p} > 3, {p}, x)"),
        ["params", "{dir}/h.yaml"],
        1,
        "expression is too large",
    ),
    (
        "shared products",
        lambda: chain("({p} + x) * ({p} + y)"),
        ["params", "{dir}/h.yaml"],
        1,
        "expression is too large",
    ),
    (
        "shared remainders",
        lambda: chain("{p} // 3 + {p} % 5"),
        ["params", "{dir}/h.yaml"],
        1,
        "expression is too large",
    ),
    # YAML
    ("billion laughs", billion_laughs, ["validate", "{dir}/h.yaml"], 1, "more than 10,000 values (alias bomb?)"),
    (
        "deep YAML",
        lambda: {"h.yaml": "kind: architecture\nname: " + "[" * 5000 + "]" * 5000 + "\n"},
        ["validate", "{dir}/h.yaml"],
        1,
        "nested",
    ),
    (
        "deep block YAML",
        lambda: {"h.yaml": "kind: architecture\nname:\n  " + "- " * 5000 + "x\n"},
        ["validate", "{dir}/h.yaml"],
        1,
        "nested",
    ),
    (
        "file too large",
        lambda: {"h.yaml": "kind: architecture\n#" + "x" * 300_000 + "\n"},
        ["validate", "{dir}/h.yaml"],
        1,
        "file is over 262,144 bytes; the limit is 262,144",
    ),
    (
        "extends cycle",
        lambda: extends_chain(5, cycle=True),
        ["validate", "{dir}/s4.yaml"],
        1,
        "'extends' cycle: s4.yaml -> s3.yaml",
    ),
    (
        "extends too deep",
        lambda: extends_chain(20),
        ["validate", "{dir}/s19.yaml"],
        1,
        "'extends' chain is deeper than 16",
    ),
    (
        "defaults chained 3,000 deep",
        defaults_chain,
        ["params", "{dir}/h.yaml"],
        1,
        "'s3000' must be a positive integer, got -999997000",
    ),
    (
        "extends chain of sixteen full files",
        full_extends_chain,
        ["validate", "{dir}/s15.yaml"],
        1,
        "'extends' chain holds more than 10,000 values in all",
    ),
    (
        "self extends",
        lambda: {"h.yaml": "kind: architecture\nextends: h.yaml\n"},
        ["validate", "{dir}/h.yaml"],
        1,
        "'extends' cycle",
    ),
    ("endless file", lambda: {}, ["validate", "/dev/zero"], 1, "not a regular file"),
    # rules and the solver
    (
        "phase that expands",
        lambda: rules(phase="(a + b + 1)**20 * weights + grads"),
        ["memory", "gpt2", "--rules", "{dir}/r.yaml"],
        1,
        "phase 'step' expands to more than 10,000 terms",
    ),
    (
        "phase that is a power",
        lambda: rules(phase="(weights + grads)**64"),
        ["memory", "gpt2", "--rules", "{dir}/r.yaml"],
        1,
        "phase 'step' expands to more than 10,000 terms",  # phases are sums of terms; this one is refused
    ),
    (
        "solver meets a division by zero",
        lambda: rules(weights="params / (dp - 1)"),
        ["solve", "gpt2", "--rules", "{dir}/r.yaml"],
        1,
        "'weights' divides by zero at dp = 1",
    ),
    (
        "hardware beyond any device",
        lambda: {"g.yaml": HARDWARE.format(nominal="(10**50)**8")},
        ["list", "gpus", "--spec-dir", "{dir}"],
        0,
        "",
    ),
    (
        "using that hardware",
        lambda: {"g.yaml": HARDWARE.format(nominal="(10**50)**8")},
        ["memory", "gpt2", "--gpu", "g", "--spec-dir", "{dir}"],
        1,
        "larger than any real device",
    ),
]
# Hostile but valid: these succeed, and must do so in bounded time.
BOUNDED = [
    (
        "solve every pipeline degree up to 64",
        ["solve", "generic", "--set", f"num_layers={LCM_1_TO_64}", "--set", "params=10**29"],
    ),
    (
        "solve 10**29 layers of a sized model",
        ["solve", "generic", "--set", "num_layers=10**29", "--set", "params=10**12"],
    ),
    ("memory at 2**24 GPUs", ["memory", "llama", "--gpus", str(2**24)]),
    (
        "limits of a tiny model",
        ["solve", "gpt2", "--set", "num_layers=1", "--set", "hidden_size=1", "--set", "num_heads=1"],
    ),
]


@pytest.fixture(scope="module", autouse=True)
def slowest() -> Iterator[None]:
    yield
    failing = {k: v for k, v in TIMES.items() if k not in dict(BOUNDED)}
    for label, times in (
        ("rejections", failing),
        ("valid but hostile", {k: TIMES[k] for k in dict(BOUNDED) if k in TIMES}),
    ):
        if times:
            name = max(times, key=times.__getitem__)
            print(f"\nlimits: {len(times)} {label}, slowest {times[name]:.2f} s ({name})")


def timed(name: str, args: list[str], guard: float = HANG_GUARD) -> Outcome:
    """The CLI run in a forked process, killed if it outlives `guard` (an in-process hang would stall CI)."""
    result = run_isolated(args, guard)
    assert result is not None, f"{name} ran for more than {guard} s"
    TIMES[name] = result.seconds
    return result


@pytest.fixture(autouse=True)
def in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


@pytest.mark.parametrize(("name", "files", "args", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_hostile_input_fails_quickly_with_a_message(
    name: str, files: Callable[[], dict[str, str]], args: list[str], code: int, message: str, tmp_path: Path
) -> None:
    for file, text in files().items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    result = timed(name, [a.format(dir=tmp_path) for a in args])
    assert result.exit_code == code, result.output[-3000:]
    assert message in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("name", "args"), BOUNDED, ids=[b[0] for b in BOUNDED])
def test_hostile_but_valid_input_finishes(name: str, args: list[str]) -> None:
    result = timed(name, args, WORK_GUARD)
    assert result.exit_code == 0, result.output[-3000:]


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "h.yaml")
    result = timed("fifo", ["validate", str(tmp_path / "h.yaml")])
    assert result.exit_code == 1 and "not a regular file" in result.stderr
