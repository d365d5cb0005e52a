"""JavaScript programs (engine.build.codegen_js): the helpers they may call, and the audit of their source.

The web calculator (engine.web) runs the same plans as the command line, printed in JavaScript: `js` over
exact rationals (engine/web/assets/rational.js: BigInt numerators and denominators), `js-float` over JS
numbers for the search. As with Python (engine.plan.runtime.audit), no text from a spec reaches a
program: `audit_js` checks every token before a program is written into the site.
"""

from __future__ import annotations

import re

from engine.plan.runtime import MAX_SOURCE

JS_BACKENDS = ("js", "js-float")
# The helpers each backend's programs call (engine/web/assets/runtime.js defines them; the site's data
# files pass them in by these names).
JS_HELPERS: dict[str, tuple[str, ...]] = {
    "js": (
        *("_Z", "_Q", "_add", "_mul", "_pow", "_powq", "_inv", "_mod"),
        *("_lt", "_le", "_gt", "_ge", "_eq", "_ne"),
        *("_ceil", "_floor", "_min", "_max", "_abs", "_where", "_and", "_or", "_not"),
    ),
    "js-float": ("_F", "_inv", "_mod", "_ceil", "_floor", "_min", "_max", "_abs", "_where", "_and", "_or", "_not"),
}
_KEYWORDS = {"function", "plan", "let", "return", "true", "false"}
_OPERATORS = {
    *("(", ")", ",", ";", "{", "}", "[", "]", "?", ":", "="),
    *("+", "-", "*", "/", "%", "**", "<", "<=", ">", ">=", "===", "!=="),
}
_TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<number>\d+(?:\.\d+)?n?(?![\w$]))|(?P<name>[A-Za-z_$][\w$]*)"
    r"|(?P<op>===|!==|==|!=|\*\*|<=|>=|[-+*/%<>=(),;{}\[\]?:])"
)
_LOCAL = re.compile(r"v\d+")


def audit_js(source: str, helpers: tuple[str, ...]) -> None:
    """Every token of generated JavaScript must be a generated local, a helper, a number or an operator
    (no strings, comments, property access or other names); a list only follows `return`."""
    if len(source) > MAX_SOURCE:
        raise ValueError("generated code is too long")
    allowed = set(helpers)
    previous = ""
    at = 0
    while at < len(source):
        match = _TOKEN.match(source, at)
        if match is None:
            raise ValueError(f"generated code holds an unexpected token {source[at : at + 20]!r}")
        at = match.end()
        kind, text = match.lastgroup, match.group()
        if kind == "space":
            continue
        if kind == "name" and not (text in allowed or text in _KEYWORDS or _LOCAL.fullmatch(text)):
            raise ValueError(f"generated code holds an unexpected token {text!r}")
        if kind == "op" and (text not in _OPERATORS or (text == "[" and previous != "return")):
            raise ValueError(f"generated code holds an unexpected token {text!r}")
        previous = text
