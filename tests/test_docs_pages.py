"""docs/models/ is generated from the specs (`engine docs`): the committed pages are current, and every formula
printed on them parses back to the same expression."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sympy

from engine.build.expr import build_expression
from engine.build.load import load_model
from engine.build.model import Model
from engine.docs import pages
from engine.docs import site as docs
from engine.errors import Location
from engine.spec.document import Span
from engine.spec.expressions import parse_expression
from engine.spec.load import builtin_specs, load_checked

from conftest import REPO

OUT = REPO / "docs" / "models"
WHERE = Span(Location("<docs>"), Location("<docs>"), text_col=1)
TEXT_BLOCK = re.compile(r"```text\n(.*?)```", re.S)


@pytest.fixture(scope="module")
def generated(monkeypatch_module: pytest.MonkeyPatch) -> dict[str, str]:
    return docs.pages()


@pytest.fixture(scope="module")
def monkeypatch_module():  # type: ignore[no-untyped-def]
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("ENGINE_SPEC_PATH", raising=False)  # the built-in specs only, as committed
        yield patch


def models() -> list[Model]:
    found = [load_model(p) for _, p in builtin_specs() if load_checked(p)[1] in ("architecture", "rules")]
    assert {m.spec.name for m in found} >= {"gpt2", "llama", "training", "guide", "planning-guide"}
    return found


def test_committed_pages_are_current(generated: dict[str, str]) -> None:
    stale = docs.stale(OUT, generated)
    assert not stale, f"regenerate with `engine docs --out docs/models`: {stale}"


def test_every_spec_has_a_page_and_the_readme_links_them(generated: dict[str, str]) -> None:
    assert {f"{m.spec.name}.md" for m in models()} | {"hardware.md", "README.md"} == set(generated)
    assert "docs/models/README.md" in (REPO / "README.md").read_text(encoding="utf-8")
    for name in generated:
        if name != "README.md":
            assert f"]({name})" in generated["README.md"]


@pytest.mark.parametrize("model", models(), ids=lambda m: m.spec.name)
def test_every_printed_formula_parses_back(model: Model, generated: dict[str, str]) -> None:
    page = generated[f"{model.spec.name}.md"]
    expected = dict(pages.formulas(model))
    names = {
        n: sympy.Symbol(n)
        for n in (q.node.name for q in (model.total, *model.parts, *model.derived, *model.phases, *model.block))
    }
    env = {**names, **model.symbols}
    printed: dict[str, str] = {}
    for block in TEXT_BLOCK.findall(page):
        for line in block.splitlines():
            label, _, text = line.partition(" = ")
            printed[label] = text
    assert set(printed) == set(expected), "every formula is printed in text, once"
    for label, text in printed.items():
        parsed = build_expression(parse_expression(text, WHERE), env)
        assert sympy.simplify(parsed - expected[label]) == 0, (label, text)
    # ... and in LaTeX: one $$ block per quantity, and the total in symbols for an architecture
    quantities = 1 + len(model.parts) + len(model.derived) + len(model.phases) + len(model.block)
    assert page.count("$$\n") == 2 * (quantities + (model.spec.kind == "architecture"))


@pytest.mark.parametrize("model", models(), ids=lambda m: m.spec.name)
def test_the_printed_formulas_are_the_specs_own(model: Model, generated: dict[str, str]) -> None:
    found = dict(pages.formulas(model))
    for q in (*model.parts, *model.derived):  # each leaf as written in its YAML
        if q.node.expr is not None:
            env = {**{n: sympy.Symbol(n) for n in _names(model)}, **model.symbols}
            assert found[q.key] == build_expression(parse_expression(q.node.expr.text, WHERE), env)
    if model.spec.kind == "architecture":  # the total, all names substituted: the model's own expression
        assert found[f"{model.total.key} (in symbols)"] == model.total.value


def _names(model: Model) -> set[str]:
    return {q.node.name for q in (model.total, *model.parts, *model.derived, *model.phases, *model.block)}


def test_counts_on_the_pages_are_transformers_counts(generated: dict[str, str]) -> None:
    # formulas.md section 1.3 (transformers 5.24.0): the breakdown tables carry the exact totals
    assert "**124,439,808**" in generated["gpt2.md"] and "**1,557,611,200**" in generated["gpt2.md"]
    assert "**6,738,415,616**" in generated["llama.md"] and "**405,853,388,800**" in generated["llama.md"]


def test_docs_command_writes_checks_and_removes_its_own_stale_pages(  # type: ignore[no-untyped-def]
    tmp_path: Path, cli, generated: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docs, "pages", lambda spec_dirs=(): generated)  # generated once for the module
    stale = cli("docs", "--out", str(tmp_path), "--check")
    assert stale.exit_code == 1 and "stale" in stale.stdout
    (tmp_path / "old-spec.md").write_text(pages.MARKER + "\n# a spec that no longer exists\n")
    (tmp_path / "notes.md").write_text("# the user's own file\n")
    assert cli("docs", "--out", str(tmp_path)).exit_code == 0
    assert not (tmp_path / "old-spec.md").exists() and (tmp_path / "notes.md").exists()
    assert (tmp_path / "gpt2.md").is_file()
    again = cli("docs", "--out", str(tmp_path), "--check")
    assert again.exit_code == 0 and "up to date" in again.stdout
