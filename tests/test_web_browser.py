"""The web calculator in a real headless browser (Debian's chromium, driven by tests/browser.py): for each
case the page's figures, read from their data attributes, and its JSON equal `engine solve --format json`
for the same inputs; bad input shows the command line's message beside the field. Skipped, saying why,
where chromium or chromedriver is not installed.

ENGINE_WEB_SCREENSHOT=docs/web-calculator.png writes the README's screenshot (a typical case).
"""

from __future__ import annotations

import json
import os
import time
import urllib.parse
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from engine.cli import app
from engine.web.site import write_site

from browser import Browser, find_browser
from conftest import REPO

FOUND = find_browser()
pytestmark = pytest.mark.skipif(isinstance(FOUND, str), reason=f"no headless browser: {FOUND}")
if isinstance(FOUND, str):  # said in the summary of every run, not only with -rs
    warnings.warn(f"the web calculator's browser tests are skipped: {FOUND}", stacklevel=1)
SYMPY_ONLY = ("inequality", "inequality_latex", "feasible_if", "binding_phase")  # the page leaves these to the CLI
# Time and cost figures are being added to the rules (and the CLI's JSON); the page shows them once they are
# ported. Until then they are the only keys of the CLI's JSON the page may lack. So are the remedies of a
# question that fits nowhere (engine/solve/remedies.py: every option's choices and the larger GPUs, each a
# search; the page does not port it yet and says only that nothing fits).
PENDING = ("time", "cost", "remedies")

PRESETS = [
    *("llama-3-8b", "llama-3-70b", "gpt2", "mixtral-8x7b", "qwen3-8b", "deepseek-v2-lite", "gemma-2-9b"),
    *("phi-3-mini-4k", "falcon-7b", "mistral-7b-v0.1", "mamba-codestral-7b", "jamba-v0.1", "gpt-oss-20b"),
    *("olmoe-1b-7b-0924", "qwen2.5-7b", "opt-1.3b", "bloom-560m", "llama-3.2-1b"),
]
GPUS = ["a100-80", "h100-80", "l4", "rtx4090", "mi300x", "a100-40", "t4", "h200", "b200"]
QUESTIONS: list[dict[str, str]] = [
    {"mode": "train"},
    {"mode": "train", "precision": "bf16", "sharding": "none", "batch": "2", "seq_len": "1024"},
    {"mode": "train", "recompute": "full", "attention": "eager", "batch": "8", "seq_len": "4096", "tp": "2"},
    {"mode": "train", "optimizer": "adam-8bit", "sharding": "zero2", "gpus": "16"},
    {"mode": "infer"},
    {"mode": "infer", "quant": "awq", "kv_dtype": "fp8", "context": "8192", "concurrency": "32"},
    {"mode": "infer", "quant": "nf4", "gen_tokens": "512", "gpus": "8", "tp": "8"},
    {"mode": "finetune", "quant": "nf4-dq", "lora_rank": "64", "lora_targets": "all-linear", "recompute": "full"},
    {"rules": "deepspeed", "sharding": "zero2"},
    {"rules": "guide", "precision": "fp32"},
]
LAYOUT = ("tp", "pp", "gpus")


def cases() -> list[dict[str, str]]:
    """Presets x GPUs x questions (modes and options), spread so that each preset meets three questions."""
    out = []
    for i, preset in enumerate(PRESETS):
        for k in range(3):
            question = QUESTIONS[(i + 4 * k) % len(QUESTIONS)]
            out.append({"model": preset, "gpu": GPUS[(i * 3 + k) % len(GPUS)], **question})
    out += [
        {"model": "llama-3-70b", "gpu": "all", "mode": "infer", "context": "8192", "concurrency": "32"},
        {"model": "qwen3-8b", "gpu": "all", "mode": "train"},
        {"model": "gpt2", "gpu": "a100-80,l4", "mode": "finetune"},
        # pipeline stages (the most loaded one answers) and sharding=zero1 by default with pp > 1
        {"model": "llama-3-8b", "gpu": "a100-80", "mode": "train", "pp": "2"},
        {"model": "llama-3-70b", "gpu": "h100-80", "mode": "train", "pp": "4", "gpus": "32"},  # a middle stage
        {"model": "mixtral-8x7b", "gpu": "h100-80", "mode": "infer", "pp": "2", "runtime": "sglang-0.5"},
        {"model": "llama-3-70b", "gpu": "l4", "mode": "infer", "runtime": "hf-generate"},  # runtime and device views
        {"model": "llama-3-70b", "gpu": "t4", "mode": "infer", "tp": "1", "pp": "1"},  # does not fit (runtime view)
        # a view chosen to decide the fit (--view), and linears a quantized checkpoint keeps in 16 bits
        {"model": "llama-3-8b", "gpu": "l4", "mode": "infer", "view": "allocated"},
        {"model": "qwen3-8b", "gpu": "a100-40", "mode": "train", "view": "allocated", "batch": "2"},
        {"model": "llama-3-8b", "gpu": "h100-80", "mode": "infer", "quant": "awq", "keep_16bit": "q_proj,o_proj"},
        # context parallelism: the GPUs are dp x tp x pp x cp (the fewest, and at --gpus)
        {"model": "llama-3-8b", "gpu": "h100-80", "mode": "train", "cp": "2", "seq_len": "8192"},
        {
            "model": "llama-3-70b",
            "gpu": "h100-80",
            "mode": "train",
            "cp": "4",
            "tp": "2",
            "gpus": "32",
            "seq_len": "16384",
        },
        # sliding-window and global layers, chunked layers, Mamba state with attention layers (kv_cache's parts)
        {"model": "gemma-3-27b", "gpu": "h100-80", "mode": "infer", "context": "131072", "concurrency": "4"},
        {"model": "llama-4-scout-17b-16e", "gpu": "h200", "mode": "infer", "context": "65536"},
        {"model": "jamba-v0.1", "gpu": "h100-80", "mode": "infer", "context": "32768", "concurrency": "16"},
    ]
    return out


def cli_args(case: dict[str, str], config: Path | None = None) -> list[str]:
    model = ["--hf-config", str(config)] if config else [case["model"]]
    args = ["solve", *model, "--gpu", case["gpu"], "--format", "json"]
    for key, value in case.items():
        if key in ("model", "gpu"):
            continue
        if key in ("mode", "rules", *LAYOUT, "lora_targets", "view", "keep_16bit") or key in FLAGS:
            args += ["--" + key.replace("_", "-"), value]
        else:
            args += ["--option", f"{key}={value}"]
    return args


FLAGS = {"batch", "seq_len", "context", "concurrency", "gen_tokens", "lora_rank", "ep", "cp"}


def cli_answer(case: dict[str, str], config: Path | None = None) -> Any:
    """The CLI's JSON (without the closed-form inequality), or the line of its error message."""
    result = CliRunner().invoke(app, cli_args(case, config))
    if result.exit_code != 0:
        lines = [line for line in result.stderr.strip().splitlines() if line]
        return {"error": lines[-1]}
    data = json.loads(result.stdout)
    strip = lambda d: {k: v for k, v in d.items() if k not in (*SYMPY_ONLY, *PENDING)}  # noqa: E731
    return [strip(d) for d in data] if isinstance(data, list) else strip(data)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    write_site(out)
    return out


@pytest.fixture(scope="module")
def page(site: Path) -> Iterator[Browser]:
    assert not isinstance(FOUND, str)
    with Browser(*FOUND) as browser:
        browser.open((site / "index.html").as_uri())
        wait(browser, None)
        yield browser


def wait(browser: Browser, hash_: str | None, after: int = -1, timeout: float = 120) -> None:
    """Until the page has answered `hash_` (any question, with None) in a run after run `after`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state, question, run = browser.run(
            "const d = document.body.dataset; return [d.state, d.question || '', Number(d.run || 0)]"
        )
        if state == "done" and (hash_ is None or question == hash_) and run > after:
            return
        time.sleep(0.02)
    raise AssertionError(f"the page did not answer {hash_} in {timeout} s")


def last_run(browser: Browser) -> int:
    return int(browser.run("return Number(document.body.dataset.run || 0)"))


def ask(browser: Browser, case: dict[str, str], config: str | None = None) -> dict[str, Any]:
    """Put `case` in the URL hash (and `config` in its field), wait for the answer, and read it back."""
    hash_ = "#" + urllib.parse.urlencode(case)
    if config is not None:
        before = last_run(browser)
        browser.run(
            "const t = document.getElementById('config'); t.value = arguments[0];"
            "document.getElementById('model').value = 'config.json';"
            "t.dispatchEvent(new Event('input', {bubbles: true}));",
            config,
        )
        wait(browser, None, before)
    else:
        browser.run("location.hash = arguments[0]", hash_)
        wait(browser, hash_)
    return browser.run(SCRAPE)


SCRAPE = """
const q = (s) => [...document.querySelectorAll(s)];
const fig = (n, a) => { const x = document.querySelector(`#answer [data-figure="${n}"]`);
  return x ? x.getAttribute(a || 'data-value') : null; };
const pairs = (s, k, v) => Object.fromEntries(q(s).map((x) => [x.getAttribute(k), x.getAttribute(v)]));
return {
  json: document.getElementById('json').textContent,
  errors: Object.fromEntries(q('[data-error-for]').filter((x) => x.textContent)
    .map((x) => [x.dataset.errorFor, x.textContent])),
  general: document.getElementById('question-error').textContent,
  figures: Object.fromEntries(['min_gpus', 'layout', 'layouts_tried', 'fits', 'peak_phase', 'limits_layout', 'reason']
    .map((n) => [n, fig(n)]).concat([['per_gpu_bytes', fig('per_gpu_bytes', 'data-bytes')],
                                      ['capacity_bytes', fig('capacity_bytes', 'data-bytes')]])),
  breakdown: pairs('#answer tr[data-term]', 'data-term', 'data-bytes'),
  terms: pairs('#answer tr[data-term]', 'data-term', 'data-allocated'),
  bars: pairs('#answer rect[data-term]', 'data-term', 'data-bytes'),
  capacity_line: q('#capacity-line').map((x) => x.getAttribute('data-bytes'))[0] || null,
  phases: pairs('#answer tr[data-phase]', 'data-phase', 'data-bytes'),
  derived: pairs('#answer tr[data-derived]', 'data-derived', 'data-value'),
  limits: pairs('#answer [data-limit]', 'data-limit', 'data-value'),
  forms: Object.fromEntries(q('#answer [data-closed-form]').map((x) => [x.dataset.closedForm,
    x.textContent.slice(x.textContent.indexOf(': ') + 2)])),
  values: pairs('#answer tr[data-symbol]', 'data-symbol', 'data-value'),
  origins: pairs('#answer tr[data-symbol]', 'data-symbol', 'data-origin'),
  views: pairs('#answer [data-view]', 'data-view', 'data-bytes'),
  stages: pairs('#answer [data-stage]', 'data-stage', 'data-bytes'),
  notes: q('#answer [data-note]').map((x) => x.textContent),
  rows: q('#answer tr[data-gpu]').map((x) => ({gpu: x.dataset.gpu, min_gpus: JSON.parse(x.dataset.minGpus),
    per_gpu_bytes: Number(x.dataset.perGpuBytes), peak_phase: x.dataset.peakPhase})),
};
"""


def ints(pairs: dict[str, str]) -> dict[str, int]:
    return {k: int(v) for k, v in pairs.items()}


def check_figures(shown: dict[str, Any], want: dict[str, Any]) -> None:
    """Every figure on the page, from its data attribute, equals the CLI's JSON."""
    figures = {k: json.loads(v) if v is not None else None for k, v in shown["figures"].items()}
    assert figures["min_gpus"] == want["min_gpus"]
    assert figures["reason"] == want.get("reason")
    if want["min_gpus"] is not None:
        assert figures["layout"] == want["layout"]
    for key in ("layouts_tried", "fits", "peak_phase", "limits_layout", "per_gpu_bytes", "capacity_bytes"):
        assert figures[key] == want[key], key
    assert ints(shown["breakdown"]) == want["breakdown"]
    assert ints(shown["terms"]) == want["terms"]
    assert ints(shown["bars"]) == {k: v for k, v in want["breakdown"].items() if "/" not in k and v > 0}
    assert int(shown["capacity_line"]) == want["capacity_bytes"]
    assert ints(shown["phases"]) == want["phases"]
    assert ints(shown["derived"]) == want["derived"]
    assert {k: json.loads(v) for k, v in shown["limits"].items()} == want["limits"]
    assert shown["forms"] == want["limits_closed_form"]
    assert {k: json.loads(v) for k, v in shown["values"].items()} == want["assumptions"]["values"]
    assert shown["origins"] == want["assumptions"]["origins"]
    assert ints(shown["views"]) == {k: v["peak_bytes"] for k, v in want["views"].items()}
    assert ints(shown["stages"]) == (want["stage_peaks"] if len(want["stage_peaks"]) > 1 else {})
    assert shown["notes"] == [f"note: {n}" for n in want["assumptions"]["notes"]]


CASES = cases()


def test_at_least_fifty_cases() -> None:
    assert len(CASES) >= 50
    assert len({c["model"] for c in CASES}) >= 15 and len({c["gpu"] for c in CASES}) >= 8


@pytest.mark.parametrize("case", CASES, ids=lambda c: "-".join(f"{k}={v}" for k, v in c.items()))
def test_page_equals_cli(page: Browser, case: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    want = cli_answer(case)
    shown = ask(page, case)
    if isinstance(want, dict) and "error" in want:
        assert want["error"] in [*shown["errors"].values(), shown["general"]], shown
        return
    assert json.loads(shown["json"]) == want
    if isinstance(want, list):
        rows = [{k: d[k] for k in ("min_gpus", "per_gpu_bytes", "peak_phase")} for d in want]
        assert [{k: r[k] for k in ("min_gpus", "per_gpu_bytes", "peak_phase")} for r in shown["rows"]] == rows
        assert [r["gpu"] for r in shown["rows"]] == [d["assumptions"]["gpu"] for d in want]
    else:
        check_figures(shown, want)


BAD = [
    ({"model": "llama-3-8b", "gpu": "a100-80", "batch": "0"}, "batch"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "batch": "two"}, "batch"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "tp": "3"}, "tp"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "tp": "2", "gpus": "3"}, "gpus"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "cp": "2", "gpus": "3", "seq_len": "2048"}, "gpus"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "cp": "3", "seq_len": "2048"}, "question"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "mode": "infer", "batch": "2"}, "batch"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "precision": "fp16"}, "option:precision"),
    ({"model": "lama-3-8b", "gpu": "a100-80"}, "model"),
    ({"model": "llama-3-8b", "gpu": "a100x"}, "gpu"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "mode": "serve"}, "mode"),
    ({"model": "gpt2", "gpu": "a100-80", "mode": "finetune", "lora_targets": "q_proj"}, "question"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "mode": "train", "pp": "2", "sharding": "zero2"}, "pp"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "mode": "train", "view": "devise"}, "view"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "rules": "guide", "view": "device"}, "view"),
    ({"model": "llama-3-8b", "gpu": "a100-80", "mode": "infer", "quant": "awq", "keep_16bit": "qproj"}, "question"),
]


@pytest.mark.parametrize(("case", "field"), BAD, ids=[f for _, f in BAD])
def test_bad_input_shows_the_cli_message_beside_the_field(
    page: Browser, case: dict[str, str], field: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    want = cli_answer(case)
    assert "error" in want
    shown = ask(page, case)
    where = shown["errors"].get(field) if field != "question" else shown["general"]
    assert where == want["error"], shown


CONFIGS = {
    "good": (REPO / "tests/data/hf_configs/mixtral-8x7b.json").read_text(encoding="utf-8"),
    "broken": '{\n  "model_type": "llama",\n  "hidden_size": 4096,,\n}\n',
    "unknown type": '{"model_type": "lama", "hidden_size": 4096}',
    "multimodal": (REPO / "tests/data/hf_configs_multimodal/gemma-3-4b-it.json").read_text(encoding="utf-8"),
    "bad value": '{"model_type": "llama", "vocab_size": 32000, "hidden_size": "wide", "intermediate_size": 11008,'
    ' "num_hidden_layers": 32, "num_attention_heads": 32}',
}


@pytest.mark.parametrize("name", CONFIGS)
def test_pasted_config(page: Browser, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "config.json").write_text(CONFIGS[name], encoding="utf-8")
    case = {"model": "config.json", "gpu": "h100-80", "mode": "infer"}
    browser_case = {k: v for k, v in case.items() if k != "model"}
    page.run("location.hash = arguments[0]", "#" + urllib.parse.urlencode(browser_case))
    wait(page, None)
    want = cli_answer(case, Path("config.json"))
    shown = ask(page, case, CONFIGS[name])
    if "error" in want:
        assert shown["errors"].get("config") == want["error"].replace(str(REPO) + os.sep, ""), shown
    else:
        assert json.loads(shown["json"]) == want
        check_figures(shown, want)


def test_formulas_are_mathml(page: Browser) -> None:
    ask(page, {"model": "llama-3-8b", "gpu": "a100-80", "mode": "train"})
    found = page.run(
        "const d = document.querySelector('[data-formulas=llama]'); d.open = true;"
        "d.dispatchEvent(new Event('toggle'));"
        "return [...d.querySelectorAll('.formula')].map((f) => [f.dataset.formula, !!f.querySelector('math mrow')]);"
    )
    assert ["params", True] in found and all(ok for _, ok in found)


def test_screenshot(page: Browser, tmp_path: Path) -> None:
    ask(page, {"model": "llama-3-8b", "gpu": "a100-80", "mode": "train", "batch": "4", "seq_len": "4096"})
    target = Path(os.environ.get("ENGINE_WEB_SCREENSHOT") or tmp_path / "page.png")
    page.screenshot(target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ---- the ports the page relies on, against the Python they port ----


def test_rationals_equal_python_fractions(page: Browser) -> None:
    import random
    from fractions import Fraction

    rnd = random.Random(14)
    big = lambda: rnd.choice([0, 1, -1, 7, -12, 2**70 + 3, -(3**50), rnd.randrange(-(10**40), 10**40)])  # noqa: E731
    pairs = [
        (Fraction(big(), rnd.choice([1, 1, 3, 2**64, 10**20 + 7])), Fraction(big(), rnd.choice([1, 5, 2**80])))
        for _ in range(300)
    ]
    given = [[f"{a.numerator}/{a.denominator}", f"{b.numerator}/{b.denominator}"] for a, b in pairs]
    got = page.run(
        """const R = Rational; return arguments[0].map(([x, y]) => { const a = R.parse(x), b = R.parse(y);
        const s = (q) => R.str(q); const out = [s(R.add(a, b)), s(R.sub(a, b)), s(R.mul(a, b)), s(R.floor(a)),
          s(R.ceil(a)), s(R.min(a, b)), s(R.max(a, b)), s(R.abs(a)), R.cmp(a, b), R.toNumber(a),
          R.fixed(R.toNumber(a) / 2 ** 30, 2, true), R.pyRepr(R.toNumber(a))];
        out.push(b.n === 0n ? null : s(R.div(a, b)), b.n === 0n ? null : s(R.mod(a, b))); return out; });""",
        given,
    )
    for (a, b), row in zip(pairs, got, strict=True):
        exact = [a + b, a - b, a * b, a.__floor__(), a.__ceil__(), min(a, b), max(a, b), abs(a)]
        want = [*map(str, exact), (a > b) - (a < b), float(a), f"{float(a) / 2**30:,.2f}", repr(float(a))]
        want += [str(a / b), str(a % b)] if b else [None, None]
        assert row == want, (a, b)


def test_did_you_mean_equals_difflib(page: Browser) -> None:
    import random

    from engine.errors import did_you_mean

    rnd = random.Random(3)
    words = ["llama", "llama-3-8b", "mixtral", "a100-80", "h100", "precision", "zero3", "fp16", "bf16", "qwen3"]
    words += ["".join(rnd.choice("abcdelmq-_0123") for _ in range(rnd.randrange(1, 12))) for _ in range(60)]
    cases = [[w, rnd.sample(words, rnd.randrange(1, 12))] for w in words]
    got = page.run("return arguments[0].map(([w, c]) => ENGINE.didYouMean(w, c));", cases)
    assert got == [did_you_mean(w, c) for w, c in cases]


def test_the_json_reader_equals_the_clis(page: Browser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    from engine.errors import EngineError
    from engine.spec.hf import read_config

    monkeypatch.chdir(tmp_path)
    rnd = random.Random(5)
    base = [
        (REPO / "tests/data/hf_configs" / name).read_text(encoding="utf-8")
        for name in ("llama-2-7b.json", "mixtral-8x7b.json", "gpt2.json")
    ]
    texts = ['{"a": 1,}', "[1]", "", '{"a": "\\q"}', '{"a": 1} x', '\ufeff{"a": 1}', '{"a": "x\\u12"}']
    for _ in range(150):
        text = rnd.choice(base)
        i = rnd.randrange(len(text))
        texts.append(
            text[:i] + rnd.choice(['"', ",", "}", "{", ":", "\\", "x", "\n", "\t", "", "1e999", "-"]) + text[i + 1 :]
        )
    found = []
    for text in texts:
        (tmp_path / "config.json").write_text(text, encoding="utf-8")
        try:
            doc = read_config(Path("config.json"))
            found.append({k: str(doc.span((k,)).value) for k in doc.data})
        except EngineError as exc:
            found.append(str(exc))
    got = page.run(
        """return arguments[0].map((t) => { try { const d = ENGINE.readConfig(t, "config.json");
          return Object.fromEntries([...d.data.keys()].map((k) => [k, ENGINE.configSpan(d, [k]).value]));
        } catch (e) { return String(e); } });""",
        texts,
    )
    assert got == found
