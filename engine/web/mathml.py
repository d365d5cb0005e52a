"""LaTeX -> MathML, for the formulas of the web calculator: browsers render MathML themselves (no script,
no font, no CDN). The input is what engine.build.printing.to_latex writes (sympy's LaTeX printer and the
specs' symbol names): groups, sub- and superscripts, fractions, \\left...\\right delimiters, floor and
ceiling brackets, `cases`, text, spacing, Greek letters and a few operators. Anything else is refused
with a ValueError, so a new construct is noticed (tests/test_web.py converts every formula).
"""

from __future__ import annotations

import re
from html import escape

_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|[{}^_&]|\d+(?:\.\d+)?|\s+|.", re.S)
_GREEK_CODES = {
    "alpha": 945, "beta": 946, "gamma": 947, "delta": 948, "epsilon": 949, "zeta": 950, "eta": 951,
    "theta": 952, "iota": 953, "kappa": 954, "lambda": 955, "mu": 956, "nu": 957, "xi": 958, "pi": 960,
    "rho": 961, "sigma": 963, "tau": 964, "upsilon": 965, "phi": 966, "chi": 967, "psi": 968, "omega": 969,
    "Gamma": 915, "Delta": 916, "Theta": 920, "Lambda": 923, "Xi": 926, "Pi": 928, "Sigma": 931,
    "Upsilon": 933, "Phi": 934, "Psi": 936, "Omega": 937,
}  # fmt: skip
_SYMBOLS = {"ell": ("mi", "\u2113"), "infty": ("mi", "\u221e")}
_OPERATORS = {
    **{"wedge": "\u2227", "vee": "\u2228", "neq": "\u2260", "leq": "\u2264", "geq": "\u2265", "cdot": "\u22c5"},
    **{"times": "\u00d7", "lfloor": "\u230a", "rfloor": "\u230b", "lceil": "\u2308", "rceil": "\u2309"},
    **{"min": "min", "max": "max", "log": "log", "bmod": "mod", "neg": "\u00ac", "lor": "\u2228", "land": "\u2227"},
    **{"{": "{", "}": "}", "%": "%", "|": "\u2016", "lbrace": "{", "rbrace": "}"},
}
_SPACES = {":": "0.22em", " ": "0.25em", ",": "0.17em", ";": "0.28em", "quad": "1em"}
_TEXT = {"mathrm", "text", "operatorname", "mathit"}
_TEXT_ESCAPES = {"\\_": "_", "\\{": "{", "\\}": "}", "\\%": "%", "\\&": "&", "\\:": " "}


class _Parser:
    def __init__(self, latex: str) -> None:
        self.tokens = [t for t in _TOKEN.findall(latex) if not t.isspace()]
        self.at = 0

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise ValueError("LaTeX ends too early")
        self.at += 1
        return token

    def expect(self, token: str) -> None:
        if self.take() != token:
            raise ValueError(f"expected {token!r} in LaTeX")

    def row(self, stops: tuple[str, ...] = ()) -> str:
        items: list[str] = []
        while (token := self.peek()) is not None and token not in stops:
            items.append(self.scripted())
        return "".join(items)

    def scripted(self) -> str:
        base = self.atom()
        sub = sup = None
        while self.peek() in ("_", "^"):
            mark = self.take()
            value = self.argument()
            if mark == "_":
                sub = value
            else:
                sup = value
        if sub is not None and sup is not None:
            return f"<msubsup>{base}{sub}{sup}</msubsup>"
        if sub is not None:
            return f"<msub>{base}{sub}</msub>"
        return f"<msup>{base}{sup}</msup>" if sup is not None else base

    def argument(self) -> str:
        if self.peek() == "{":
            self.take()
            return self.group()
        return self.atom()

    def group(self) -> str:
        """The rest of a {...} group: one element as itself, several in an mrow."""
        items = []
        while self.peek() not in ("}", None):
            items.append(self.scripted())
        self.expect("}")
        return items[0] if len(items) == 1 else f"<mrow>{''.join(items)}</mrow>"  # {} is an empty mrow

    def raw_group(self) -> str:
        self.expect("{")
        depth, parts = 1, list[str]()
        while True:
            token = self.take()
            depth += (token == "{") - (token == "}")
            if depth == 0:
                return "".join(parts)
            parts.append(_TEXT_ESCAPES.get(token, token))

    def atom(self) -> str:
        token = self.take()
        if token == "{":
            return self.group()
        if token[0].isdigit():
            return f"<mn>{token}</mn>"
        if token[0].isalpha():
            return f"<mi>{escape(token)}</mi>"
        if token.startswith("\\") and len(token) > 1:
            return self.command(token[1:])
        if token in "}&^_":
            raise ValueError(f"unexpected {token!r} in LaTeX")
        return f"<mo>{escape(token)}</mo>"

    def command(self, name: str) -> str:
        if name in _TEXT:
            text = self.raw_group()
            tag = "mtext" if name == "text" else "mi"
            variant = ' mathvariant="normal"' if name != "text" and len(text) == 1 else ""
            return f"<{tag}{variant}>{escape(text)}</{tag}>"
        if name == "frac":
            return f"<mfrac>{self.argument()}{self.argument()}</mfrac>"
        if name == "sqrt":
            return f"<msqrt>{self.argument()}</msqrt>"
        if name == "left":
            opening = self.delimiter()
            inner = self.row(("\\right",))
            self.expect("\\right")
            return f"<mrow>{opening}{inner}{self.delimiter()}</mrow>"
        if name == "begin":
            return self.cases()
        if name in _GREEK_CODES:
            return f"<mi>&#{_GREEK_CODES[name]};</mi>"
        if name in _SYMBOLS:
            tag, text = _SYMBOLS[name]
            return f"<{tag}>{text}</{tag}>"
        if name in _OPERATORS:
            return f"<mo>{escape(_OPERATORS[name])}</mo>"
        if name in _SPACES:
            return f'<mspace width="{_SPACES[name]}"/>'
        raise ValueError(f"unsupported LaTeX command \\{name}")

    def delimiter(self) -> str:
        token = self.take()
        if token == ".":
            return ""
        shown = _OPERATORS.get(token[1:], token[1:]) if token.startswith("\\") else token
        return f"<mo>{escape(shown)}</mo>"  # fences stretch by default (the MathML operator dictionary)

    def cases(self) -> str:
        if self.raw_group() != "cases":
            raise ValueError("only the cases environment is supported")
        rows, cells = [], []
        while True:
            cells.append(self.row(("&", "\\\\", "\\end")))
            token = self.take()
            if token == "&":
                continue
            rows.append("<mtr>" + "".join(f"<mtd>{c}</mtd>" for c in cells) + "</mtr>")
            cells = []
            if token == "\\end":
                self.raw_group()
                break
        return f'<mrow><mo>{{</mo><mtable class="cases">{"".join(rows)}</mtable></mrow>'


def to_mathml(latex: str, display: bool = True) -> str:
    """MathML for one formula (see the module docstring); ValueError for LaTeX outside the subset."""
    parser = _Parser(latex)
    body = parser.row()
    if parser.peek() is not None:
        raise ValueError(f"unexpected {parser.peek()!r} in LaTeX")
    mode = ' display="block"' if display else ""
    return f"<math{mode}><mrow>{body}</mrow></math>"
