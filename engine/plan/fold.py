"""Numpy programs specialised to one sweep: what is one number is computed once, not per row.

A sweep evaluates a chain of programs (the symbols that move with a row, then the main program) where
only a few inputs are arrays. `Folded` reads the audited numpy sources (Python's `ast`, nothing is run)
and computes every step whose inputs are all numbers at once, in numpy scalars (the same IEEE operations
the arrays would do per element). What is left per row is written as a new straight-line program over
numbered locals, audited and compiled like any other (engine.plan.runtime):

* a conditional whose condition is a number keeps only its branch (the arrays of the others are never
  built), and a step no wanted output reads is dropped;
* in a sum or a product, the numbers are combined first, then the terms that read the same arrays
  (a product of the row arrays and ten numbers is one array operation, not ten). Floats are grouped
  differently than in the plan: results agree to a few units in the last place;
* steps that read a `late` input (the data-parallel degree the fewest-GPU search varies) are a second
  program: `first` runs once per set of rows, `second` at each value of the late inputs.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from engine.plan.program import Program
from engine.plan.runtime import compiled, numpy_helpers

_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**", ast.Mod: "%"}
_COMPARE = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!="}


class _Dyn:
    """A per-row value: the local holding it and the kinds of input it reads ('row', 'late')."""

    __slots__ = ("deps", "name")

    def __init__(self, name: str, deps: frozenset[str]) -> None:
        self.name, self.deps = name, deps


class Folded:
    """`programs` run in order (each one's outputs join the values), specialised to the numbers in
    `values` and to `arrays` (name -> 'row' or 'late': those are read per call); `wanted` names the
    outputs returned."""

    def __init__(
        self, programs: Sequence[Program], values: Mapping[str, Any], arrays: Mapping[str, str], wanted: Sequence[str]
    ) -> None:
        import numpy as np

        self.np, self.helpers = np, numpy_helpers()
        self.steps: list[tuple[str, str, frozenset[str]]] = []  # (local, text, kinds read)
        self.constants: list[Any] = []
        self.count = 0
        env: dict[str, Any] = {}
        self.inputs: dict[str, str] = {}  # input name -> its local
        self.kinds = dict(arrays)
        for name, kind in arrays.items():
            env[name] = _Dyn(self.local(), frozenset([kind]))
            self.inputs[name] = env[name].name
        values = {k: _scalar(np, v) for k, v in values.items()}  # a stage given as a float: numpy's division
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            for program in programs:
                found = self.program(program, {**values, **env})
                env.update(found)
        found = {name: env[name] if name in env else values[name] for name in wanted}
        self.outputs = {k: v if isinstance(v, _Dyn) else _scalar(np, v) for k, v in found.items()}
        self.build()

    def local(self) -> str:
        self.count += 1
        return f"v{self.count - 1}"

    def constant(self, value: Any) -> str:
        name = self.local()
        self.constants.append((name, value))
        return name

    def text(self, value: Any) -> str:
        return value.name if isinstance(value, _Dyn) else self.constant(value)

    def step(self, text: str, deps: frozenset[str]) -> _Dyn:
        name = self.local()
        self.steps.append((name, text, deps))
        return _Dyn(name, deps)

    # ---- reading a program ----

    def program(self, program: Program, values: Mapping[str, Any]) -> dict[str, Any]:
        if program.constant is not None:
            return {program.outputs[0]: self.np.float64(float(program.constant))}
        function = ast.parse(program.sources["numpy"]).body[0]
        assert isinstance(function, ast.FunctionDef)
        env = {a.arg: values[n] for a, n in zip(function.args.args, program.inputs, strict=True)}
        for statement in function.body:
            if isinstance(statement, ast.Assign):
                target = statement.targets[0]
                assert isinstance(target, ast.Name)
                env[target.id] = self.node(statement.value, env)
            else:
                assert isinstance(statement, ast.Return) and isinstance(statement.value, ast.List)
                results = [self.node(e, env) for e in statement.value.elts]
        return dict(zip(program.outputs, results, strict=True))

    def node(self, node: ast.expr, env: Mapping[str, Any]) -> Any:
        if isinstance(node, ast.Name):
            return env[node.id]
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            value = self.node(node.operand, env)
            return self.step(f"(-{value.name})", value.deps) if isinstance(value, _Dyn) else -value
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mult):
            return self.chain(node, env)
        if isinstance(node, ast.BinOp):
            left, right = self.node(node.left, env), self.node(node.right, env)
            op = _OPS[type(node.op)]
            if isinstance(node.op, ast.Pow) and not isinstance(right, _Dyn) and right == 1:
                return left  # x ** 1, as the printer writes a reciprocal's power: x itself, exactly
            return self.apply(op, [left, right], lambda a, b: _binary(op, a, b))
        if isinstance(node, ast.Compare):
            assert len(node.ops) == 1  # the printer writes one relation per comparison
            op = _COMPARE[type(node.ops[0])]
            left, right = self.node(node.left, env), self.node(node.comparators[0], env)
            return self.apply(op, [left, right], lambda a, b: _binary(op, a, b))
        assert isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        name = node.func.id
        if name == "_where":
            return self.where(node.args, env)
        args = [self.node(a, env) for a in node.args]
        return self.apply(name, args, self.helpers[name])

    def apply(self, op: str, args: list[Any], compute: Callable[..., Any]) -> Any:
        """`op` over `args`: computed now when every argument is a number, else a step."""
        if not any(isinstance(a, _Dyn) for a in args):
            return _scalar(self.np, compute(*args))
        deps = frozenset().union(*(a.deps for a in args if isinstance(a, _Dyn)))
        texts = [self.text(a) for a in args]
        if op in _OPS.values() or op in _COMPARE.values():
            return self.step(f"({texts[0]} {op} {texts[1]})", deps)
        return self.step(f"{op}({', '.join(texts)})", deps)

    def chain(self, node: ast.BinOp, env: Mapping[str, Any]) -> Any:
        """A sum or a product: its numbers first, then its terms grouped by what they read."""
        kind = type(node.op)
        items: list[ast.expr] = []
        while isinstance(node, ast.BinOp) and isinstance(node.op, kind):
            items.append(node.right)
            node = node.left  # type: ignore[assignment]
        items.append(node)
        values = [self.node(e, env) for e in reversed(items)]
        op = "+" if kind is ast.Add else "*"
        numbers = [v for v in values if not isinstance(v, _Dyn)]
        groups: dict[frozenset[str], list[_Dyn]] = {}
        for v in values:
            if isinstance(v, _Dyn):
                groups.setdefault(v.deps, []).append(v)
        known: Any = None
        for v in numbers:
            known = v if known is None else _scalar(self.np, _binary(op, known, v))
        if not groups:
            return known
        identity = 0.0 if op == "+" else 1.0
        parts: list[Any] = []
        if known is not None and not (type(known) in (float, self.np.float64) and known == identity):
            parts.append(known)
        for deps in sorted(groups, key=lambda d: (len(d), sorted(d))):
            members = groups[deps]
            term: Any = members[0]
            for other in members[1:]:
                term = self.step(f"({term.name} {op} {other.name})", deps)
            parts.append(term)
        out = parts[0]
        for other in parts[1:]:
            out = self.apply(op, [out, other], lambda a, b: _binary(op, a, b))
        return out

    def where(self, args: Sequence[ast.expr], env: Mapping[str, Any]) -> Any:
        """The first branch whose condition holds; a condition that is a number decides here, and the
        branches it rules out are never read."""
        kept: list[Any] = []
        for i in range(0, len(args), 2):
            condition = self.node(args[i], env)
            if not isinstance(condition, _Dyn):
                if condition:
                    value = self.node(args[i + 1], env)
                    if not kept:
                        return _scalar(self.np, value) if not isinstance(value, _Dyn) else value
                    kept += [True, value]
                    break
                continue
            kept += [condition, self.node(args[i + 1], env)]
        if not kept:
            return self.np.float64(self.np.nan)
        deps = frozenset().union(*(a.deps for a in kept if isinstance(a, _Dyn)))
        texts = ["(1 == 1)" if a is True else self.text(a) for a in kept]
        return self.step(f"_where({', '.join(texts)})", deps)

    # ---- the programs left ----

    def build(self) -> None:
        """Keep the steps the outputs read; split them into `first` (no late input) and `second`."""
        needed = {v.name for v in self.outputs.values() if isinstance(v, _Dyn)}
        texts: dict[str, tuple[str, frozenset[str]]] = {}
        for name, text, deps in reversed(self.steps):
            if name in needed:
                texts[name] = (text, deps)
                needed.update(t for t in _locals(text) if t != name)
        kept = [(n, t, d) for n, t, d in self.steps if n in texts]
        early = [(n, t) for n, t, d in kept if "late" not in d]
        late = [(n, t) for n, t, d in kept if "late" in d]
        constants = [n for n, _ in self.constants if n in needed]
        self.values = [v for n, v in self.constants if n in needed]
        self.row_names = [k for k, kind in self.kinds.items() if kind != "late" and self.inputs[k] in needed]
        self.late_names = [k for k, kind in self.kinds.items() if kind == "late" and self.inputs[k] in needed]
        rows = [self.inputs[k] for k in self.row_names]
        results = [v.name for v in self.outputs.values() if isinstance(v, _Dyn)]
        read = {t for _, text in late for t in _locals(text)} | set(results)
        carried = [n for n, _ in early if n in read]
        self.first = compiled(_source([*rows, *constants], early, carried), "numpy")
        lates = [self.inputs[k] for k in self.late_names]
        self.second = compiled(_source([*lates, *carried, *rows, *constants], late, results), "numpy")

    def run(self, arrays: Mapping[str, Any], state: list[Any] | None = None) -> tuple[list[Any], dict[str, Any]]:
        """The wanted outputs at `arrays`; `state` (what `first` gave at these rows) is reused if given."""
        rows = [arrays[n] for n in self.row_names]
        if state is None:
            state = [*self.first(*rows, *self.values), *rows]
        found = iter(self.second(*(arrays[n] for n in self.late_names), *state, *self.values))
        out = {k: next(found) if isinstance(v, _Dyn) else v for k, v in self.outputs.items()}
        return state, out


def _locals(text: str) -> list[str]:
    import re

    return re.findall(r"\bv[0-9]+\b", text)


def _source(inputs: Sequence[str], steps: Sequence[tuple[str, str]], outputs: Sequence[str]) -> str:
    lines = ["def plan(" + ", ".join(inputs) + "):"]
    lines += [f"    {name} = {text}" for name, text in steps]
    lines.append("    return [" + ", ".join(outputs) + "]")
    return "\n".join(lines) + "\n"


def _binary(op: str, a: Any, b: Any) -> Any:
    return _BINARY[op](a, b)


_BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "**": lambda a, b: a**b,
    "%": lambda a, b: a % b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}


def _scalar(np: Any, value: Any) -> Any:
    """A number as numpy's scalar (Python's float raises on a division by zero; numpy's gives inf)."""
    if isinstance(value, bool | np.bool_):
        return np.bool_(value)
    if isinstance(value, int | float):
        return np.float64(value)
    return value
