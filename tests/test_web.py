"""`engine web`: the static site (its files, its size, that the committed copy under docs/web is current),
the data it carries (plans printed in JavaScript and audited, exact numbers as text) and the MathML of
every formula. The page itself is tested in a browser: tests/test_web_browser.py."""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path

import pytest

from engine.plan.js import JS_HELPERS
from engine.web.mathml import to_mathml
from engine.web.site import site_files, size, stale, write_site

from conftest import REPO

PUBLISHED = REPO / "docs" / "web"


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return site_files()


def _record(text: str) -> dict[str, object]:
    start = len("ENGINE.define(")
    data: dict[str, object] = json.loads(text[start : text.index(",\nfunction (")])
    return data


def test_the_site_has_a_page_its_scripts_and_a_data_file_per_spec(files: dict[str, str]) -> None:
    assert {"index.html", "data/index.js", "assets/rational.js", "assets/page.js", "assets/style.css"} <= set(files)
    listing = json.loads(files["data/index.js"].removeprefix("ENGINE.index(").removesuffix(");\n"))
    names = {s["name"] for s in listing["specs"]}
    assert {"llama", "mixtral", "t5", "training", "inference", "finetune", "deepspeed", "guide"} <= names
    assert all(f"data/specs/{s['file']}" in files for s in listing["specs"])
    assert len(listing["gpus"]) >= 18 and listing["presets"]["llama-3-8b"] == "llama"
    capacities = [Fraction(g["facts"]["memory_usable"]) for g in listing["gpus"]]
    assert capacities == sorted(capacities)  # as `--gpu all`: smallest memory first


def test_no_network_and_relative_paths_only(files: dict[str, str]) -> None:
    page = files["index.html"]
    assert re.findall(r'(?:src|href)="([^"]+)"', page) and not re.search(r'(?:src|href)="(?:https?:)?//', page)
    for name, text in files.items():
        assert not re.search(r"\b(fetch|XMLHttpRequest|WebSocket|importScripts|eval)\s*\(", text), name
        assert "new Function" not in text, name


def test_numbers_travel_as_exact_text(files: dict[str, str]) -> None:
    record = _record(files["data/specs/llama.js"])
    preset = next(p for p in record["presets"] if p["name"] == "llama-3-8b")  # type: ignore[attr-defined]
    where = {"at": "specs/llama.yaml:34:26", "key": "specs/llama.yaml:34:14"}  # as the CLI's messages point
    assert preset["values"]["vocab_size"] == {"text": "128256", "value": "128256", **where}
    listing = json.loads(files["data/index.js"].removeprefix("ENGINE.index(").removesuffix(");\n"))
    a100 = next(g for g in listing["gpus"] if g["name"] == "a100-80")
    assert a100["facts"]["memory_usable"] == str(int(79.25 * 2**30))


def test_every_program_is_a_factory_of_the_audited_helpers(files: dict[str, str]) -> None:
    text = files["data/specs/training.js"]
    for backend, helpers in JS_HELPERS.items():
        assert "function ({" + ", ".join(helpers) + "}) {\nreturn [\n" in text, backend
    record = _record(text)
    printed = len(re.findall(r"^(?:function plan\(|null,?$)", text, re.M))  # a constant needs no code
    assert printed == 2 * len(record["program_meta"])  # type: ignore[arg-type]


def test_size_and_the_committed_site_is_current(files: dict[str, str]) -> None:
    assert size(files) < 2_000_000  # small enough to commit (docs/web); README says how to publish it
    assert stale(PUBLISHED, files) == [], "docs/web is stale: run `engine web --out docs/web`"


def test_engine_web_writes_and_checks(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "site"
    result = cli("web", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "index.html").is_file() and "MB: open" in result.output
    assert cli("web", "--out", str(out), "--check").exit_code == 0
    (out / "data" / "specs" / "gone.js").write_text("old", encoding="utf-8")
    (out / "assets" / "page.js").write_text("changed", encoding="utf-8")
    checked = cli("web", "--out", str(out), "--check")
    assert checked.exit_code == 1 and "stale" in checked.output and "gone.js" in checked.output
    assert sorted(write_site(out)) == ["assets/page.js", "data/specs/gone.js"]
    assert not (out / "data" / "specs" / "gone.js").exists()


def test_mathml_of_the_constructs_the_printer_writes() -> None:
    latex = r"\mathrm{q\_proj} = \begin{cases} d_h H & \text{for}\: r_q = 0 \\0 & \text{otherwise} \end{cases}"
    assert to_mathml(latex) == (
        '<math display="block"><mrow><mi>q_proj</mi><mo>=</mo><mrow><mo>{</mo><mtable class="cases">'
        "<mtr><mtd><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi></mtd><mtd><mtext>for</mtext>"
        '<mspace width="0.22em"/><msub><mi>r</mi><mi>q</mi></msub><mo>=</mo><mn>0</mn></mtd></mtr>'
        "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>"
    )
    floor = to_mathml(r"\left\lfloor{\frac{2 P}{N_{dp}}}\right\rfloor \leq \tau^{2}", display=False)
    assert floor == (
        "<math><mrow><mrow><mo>\u230a</mo><mfrac><mrow><mn>2</mn><mi>P</mi></mrow><msub><mi>N</mi><mrow><mi>d</mi>"
        "<mi>p</mi></mrow></msub></mfrac><mo>\u230b</mo></mrow><mo>\u2264</mo><msup><mi>&#964;</mi><mn>2</mn></msup>"
        "</mrow></math>"
    )


@pytest.mark.parametrize("latex", [r"\unknown{x}", r"\begin{matrix} x \end{matrix}", "x^", "{x", "x}"])
def test_mathml_refuses_what_it_does_not_know(latex: str) -> None:
    with pytest.raises(ValueError):
        to_mathml(latex)


def test_text_in_mathml_is_escaped() -> None:
    assert to_mathml(r"\text{<b>&}") == '<math display="block"><mrow><mtext>&lt;b&gt;&amp;</mtext></mrow></math>'


def test_the_model_pages_link_to_the_calculator_with_their_presets() -> None:
    page = (REPO / "docs" / "models" / "llama.md").read_text(encoding="utf-8")
    for preset in ("llama-3-8b", "llama-2-70b", "tinyllama-1.1b"):
        assert f"[{preset}](../web/index.html#model={preset})" in page
    assert "[training rules](../web/index.html#rules=training)" in (REPO / "docs/models/training.md").read_text()
    assert ((REPO / "docs" / "models") / "../web/index.html").resolve().is_file()  # the link resolves
