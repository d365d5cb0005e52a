"""What a new user trips over (issue 17): each point's output, golden where the text matters.

Golden files are tests/golden/new_user/*.txt; ENGINE_UPDATE_GOLDEN=1 rewrites them (then read the diff).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import REPO, run_engine

GOLDEN = Path(__file__).resolve().parent / "golden" / "new_user"


def golden(name: str, text: str) -> None:
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("ENGINE_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"differs from {path} (ENGINE_UPDATE_GOLDEN=1 rewrites it)"


def head(output: str, stop: str) -> str:
    """The lines of `output` up to (without) the first that starts with `stop`."""
    lines = output.splitlines()
    return "\n".join(lines[: next((i for i, line in enumerate(lines) if line.startswith(stop)), len(lines))]) + "\n"


QLORA = [
    "llama-3-8b",
    "--mode",
    "finetune",
    "--quant",
    "nf4-dq",
    "--gpu",
    "rtx4090",
    "--gpus",
    "1",
    "--seq-len",
    "2048",
]


# 1. situational defaults


def test_qlora_on_one_gpu_uses_the_usual_recipe_and_says_why(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("solve", *QLORA)
    assert out.exit_code == 0, out.output
    golden("qlora_solve", head(out.stdout, "limits at"))


def test_qlora_defaults_in_json(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("solve", *QLORA, "--format", "json").stdout)
    assumptions = data["assumptions"]
    assert assumptions["options"]["sharding"] == "none" and assumptions["options"]["recompute"] == "full"
    assert any(n.startswith("sharding=none by default when dp == 1") for n in assumptions["notes"])


def test_more_data_parallel_ranks_shard_again(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("memory", "llama-3-8b", "--gpu", "h100", "--gpus", "2", "--format", "json").stdout)
    assert data["assumptions"]["options"]["sharding"] == "zero3" and not data["assumptions"]["notes"]


# 2. --help lists every option's choices


def test_help_lists_the_choices_with_the_default_marked(cli) -> None:  # type: ignore[no-untyped-def]
    text = re.sub(r"\s+", " ", cli("solve", "--help").stdout)
    assert "none* | optimizer | all" in text and "zero3*" in text and "--max-tp" in text and "--max-pp" in text


# 3. serving: the header and the prefill/decode bounds


def test_serving_header_and_bounds(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("solve", "llama-3-8b", "--mode", "infer", "--gpu", "a100-80")
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    golden("serving_header", "\n".join([*lines[:5], *(line for line in lines if line.startswith("time:"))]) + "\n")


def test_serving_bounds_are_exact_and_the_larger_one_binds(cli) -> None:  # type: ignore[no-untyped-def]
    time = json.loads(cli("solve", "llama-3-8b", "--mode", "infer", "--gpu", "a100-80", "--format", "json").stdout)[
        "time"
    ]
    assert time["prefill_seconds"] == max(time["prefill_compute_seconds"], time["prefill_memory_seconds"])
    assert time["decode_step_seconds"] == max(time["decode_compute_seconds"], time["decode_memory_seconds"])


# 4. impossible setups


def test_a_context_beyond_the_model_is_refused_with_how_to_allow_it(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("solve", "llama-3-8b", "--mode", "infer", "--context", "32768")
    assert out.exit_code == 2
    assert out.stderr.strip() == (
        "error: --context 32768 is beyond max_position_embeddings = 8,192 of llama llama-3-8b (vLLM serves at"
        " most the model's own context, max_model_len; a longer one needs rope scaling); allow it with --set"
        " max_position_embeddings=32768"
    )
    allowed = cli(
        "solve", "llama-3-8b", "--mode", "infer", "--context", "32768", "--set", "max_position_embeddings=32768"
    )
    assert allowed.exit_code == 0, allowed.output


def test_max_tp_and_max_pp_bound_the_search(cli) -> None:  # type: ignore[no-untyped-def]
    free = json.loads(cli("solve", "llama-3-70b", "--gpu", "rtx4090", "--format", "json").stdout)["layout"]
    assert free["tp"] == 8
    bounded = json.loads(
        cli("solve", "llama-3-70b", "--gpu", "rtx4090", "--max-tp", "4", "--max-pp", "2", "--format", "json").stdout
    )["layout"]
    assert bounded["tp"] <= 4 and bounded["pp"] <= 2


def test_nothing_fits_says_what_would(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("solve", "llama-3.1-405b", "--gpu", "rtx4090", "--tp", "1", "--pp", "1")
    assert out.exit_code == 0, out.output
    assert "16777216" not in out.stdout.split("term ")[0]
    golden("nothing_fits", head(out.stdout, "term "))
    data = json.loads(cli("solve", "llama-3.1-405b", "--gpu", "rtx4090", "--tp", "1", "--pp", "1", "-f", "json").stdout)
    assert data["min_gpus"] is None and data["remedies"][0]["change"].startswith("--recompute full")


def test_a_single_change_is_preferred(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("solve", "llama-3-70b", "--mode", "infer", "--gpu", "t4", "--tp", "1", "--pp", "1", "-f", "json")
    changes = [r["change"] for r in json.loads(out.stdout)["remedies"]]
    assert changes and all("," not in c for c in changes)


# 5. a config.json no spec reads


def test_an_unknown_model_type_says_how_to_add_a_spec(tmp_path: Path) -> None:
    config = json.loads((REPO / "tests/data/hf_configs/llama-2-7b.json").read_text(encoding="utf-8"))
    config["model_type"] = "llama2_moe"
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    done = run_engine("params", "--hf-config", str(path))
    assert done.returncode == 1
    message = done.stderr.split("error: ", 1)[1]
    assert message.startswith("no spec reads model_type 'llama2_moe'; add one (docs/adding-an-architecture.md)")
    assert "did you mean" not in message


# 6. the CLI contract: --format as the README says, completion of names


def _format_choices(cli, command: str) -> str | None:  # type: ignore[no-untyped-def]
    text = cli(command, "--help").stdout
    found = re.search(r"--format\s*(?:<([^>]*)>|\[([^\]]*)\])", text)
    return None if found is None else (found.group(1) or found.group(2))


@pytest.mark.parametrize(
    ("command", "choices"),
    [
        ("solve", "table|json|markdown"),
        ("memory", "table|json|markdown"),
        ("params", "table|json|markdown"),
        ("list", "table|json|markdown"),
        ("table", "table|json|markdown"),
        ("check", "table|json"),
        ("formula", "text|latex|markdown"),
        ("docs", None),
        ("errata", None),
        ("web", None),
        ("cache", None),
    ],
)
def test_format_is_what_the_readme_says(cli, command: str, choices: str | None) -> None:  # type: ignore[no-untyped-def]
    readme = re.sub(r"\s+", " ", (REPO / "README.md").read_text(encoding="utf-8"))
    assert _format_choices(cli, command) == choices
    said = readme.split("The commands that answer or list", 1)[1].split("Every command has", 1)[0]
    assert f"`{command}`" in said


@pytest.mark.parametrize(
    ("words", "want"),
    [
        ("engine solve llama-3", "llama-3-8b"),
        ("engine solve llama", "llama"),
        ("engine solve llama-3-8b --gpu a10", "a100-80"),
        ("engine memory llama-3-8b --gpu h1", "h100-80"),
        ("engine params llama --preset llama-3.2", "llama-3.2-1b"),
        ("engine solve llama-3-8b --sharding zer", "zero3"),
    ],
)
def test_completion_of_names(words: str, want: str) -> None:
    args = words.split(" ")
    env = {"_ENGINE_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(args) - 1)}
    done = run_engine(env=env)
    assert want in done.stdout.split(), done.stdout + done.stderr


# 7. engine formula --format latex: a block for a paper


def test_formula_latex_is_a_block_for_a_paper(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("formula", "llama", "--format", "latex")
    assert out.exit_code == 0, out.output
    golden("formula_latex_llama", out.stdout)


def test_formula_latex_simplifies_cases(cli) -> None:  # type: ignore[no-untyped-def]
    text = cli("formula", "training", "weights", "--format", "latex").stdout
    assert r"\text{for}" not in text and r"\Bigl[p > 1\Bigr]" in text and r"\text{if } L > 0" in text
    assert text.count(r"\begin{align}") == 1 and r"\texttt{shard\_weights}" in text
    # a long product is broken inside its parentheses (fixed-size delimiters), 1/t written before it
    assert text.count(r"\nonumber\\") >= 3 and r"\frac{B_w}{t} \Bigl(1 - o_w\Bigr)" in text


# 8. the README's first screen


def _readme_console_blocks() -> list[tuple[str, list[str]]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## What it does", 1)[1].split("| command |", 1)[0]
    blocks = re.findall(r"```console\n\$ (.+?)\n(.*?)```", section, re.S)
    return [(command, shown.splitlines()) for command, shown in blocks]


def test_the_readme_answers_pretrain_finetune_serve() -> None:
    commands = [c for c, _ in _readme_console_blocks()]
    assert len(commands) == 3
    assert "--mode" not in commands[0] and "--mode finetune" in commands[1] and "--mode infer" in commands[2]


@pytest.mark.parametrize(("command", "shown"), _readme_console_blocks(), ids=lambda v: v if isinstance(v, str) else "")
def test_the_readme_outputs_are_true(cli, command: str, shown: list[str]) -> None:  # type: ignore[no-untyped-def]
    out = cli(*command.split()[1:])
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    at = 0
    for line in shown:
        if line == "...":
            continue
        assert line in lines[at:], f"README shows {line!r}, not in the output of {command}"
        at = lines.index(line, at) + 1


def test_a_comparison_of_gpus_searches_no_remedies(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("solve", "llama-3.1-405b", "--gpu", "a100-80,h100", "--tp", "1", "--pp", "1", "-f", "json")
    assert [d["remedies"] for d in json.loads(out.stdout)] == [[], []]


def test_the_best_remedy_on_the_users_own_gpu_is_shown(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("solve", "llama-3-70b", "--mode", "infer", "--gpu", "t4", "--tp", "1", "--pp", "1")
    golden("nothing_fits_serving", head(out.stdout, "term "))
