"""engine plan: the setups it lists are the ones `engine memory` evaluates (same bytes, same time object,
same layout and options, from the `command` it prints), a plan with no feasible setup names what binds,
bad numbers are usage errors, --gpu all compares kinds (a kind without a price is named, not ranked by
cost), serving meets its targets, and the JSON has its documented shape."""

from __future__ import annotations

import json
import shlex
from typing import Any

import pytest

TRAIN = ("plan", "llama-3.2-1b", "--gpu", "h100-80", "--max-gpus", "8", "--tokens", "1e10", "--global-batch", "64")
SERVE = ("plan", "llama-3-8b", "--mode", "infer", "--gpu", "h100-80", "--max-gpus", "8", "--concurrency", "32")


def plan_json(cli: Any, *args: str) -> dict[str, Any]:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def memory_of(cli: Any, command: str) -> dict[str, Any]:
    words = shlex.split(command)
    assert words[:2] == ["engine", "memory"]
    result = cli(*words[1:], "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def same_as_memory(cli: Any, listed: dict[str, Any]) -> None:
    found = memory_of(cli, listed["command"])
    assert found["per_gpu_bytes"] == listed["per_gpu_bytes"]
    assert found["capacity_bytes"] == listed["capacity_bytes"]
    assert found["fits"] == listed["fits"]
    assert found["time"] == listed["time"]
    assert found["layout"] == listed["layout"]
    assert found["assumptions"]["options"] == listed["options"]


def test_listed_setups_are_what_engine_memory_evaluates(cli: Any) -> None:
    data = plan_json(cli, *TRAIN)
    plan = data["plans"][0]
    assert plan["best"] and plan["feasible"] > 0
    for listed in [*plan["best"][:3], *plan["front"]["setups"][-2:], *plan["rejected"][-1:]]:
        same_as_memory(cli, listed)
    best = plan["best"][0]
    # engine solve at the same GPU count and split answers with the same figures
    words = shlex.split(best["command"])
    solved = cli("solve", *words[2:], "--format", "json")
    assert solved.exit_code == 0, solved.output
    at = json.loads(solved.stdout)
    assert at["limits_layout"] == best["layout"]
    assert at["per_gpu_bytes"] == best["per_gpu_bytes"] and at["time"] == best["time"]
    # the rankings are the rules' time values where --tokens is given: the total time and the cost
    assert best["rank"]["time"] == pytest.approx(best["time"]["train_seconds"], rel=1e-12)
    assert best["rank"]["cost"] == pytest.approx(best["time"]["cost"], rel=1e-12)
    assert best["fits"] and best["refused"] is None and not best["missed"]


def test_interleaving_is_searched_and_its_virtual_stages_reproduce(cli: Any) -> None:
    data = plan_json(cli, *TRAIN, "--pp", "2", "--allow", "schedule=interleaved", "--top", "3")
    best = data["plans"][0]["best"]
    assert best and all(b["options"]["schedule"] == "interleaved" for b in best)
    assert all(b["layout"]["pp"] == 2 and "virtual_stages" in b["values"] for b in best)
    same_as_memory(cli, best[0])


def test_best_is_ranked_by_the_ranking_asked_for(cli: Any) -> None:
    data = plan_json(cli, *TRAIN, "--by", "gpus")
    best = data["plans"][0]["best"]
    assert [b["gpus"] for b in best] == sorted(b["gpus"] for b in best)
    assert best[0]["gpus"] == 1  # a 1B model trains on one H100
    by_time = plan_json(cli, *TRAIN)["plans"][0]["best"]
    assert [b["rank"]["time"] for b in by_time] == sorted(b["rank"]["time"] for b in by_time)


def test_front_gets_faster_with_more_gpus(cli: Any) -> None:
    front = plan_json(cli, *TRAIN)["plans"][0]["front"]
    assert front["by"] == "time"
    gpus = [s["gpus"] for s in front["setups"]]
    times = [s["rank"]["time"] for s in front["setups"]]
    assert gpus == sorted(gpus) and len(set(gpus)) == len(gpus)
    assert times == sorted(times, reverse=True)


def test_json_shape(cli: Any) -> None:
    data = plan_json(cli, *TRAIN, "--top", "2")
    assert {"model", "rules", "mode", "by", "rankings", "bounds", "targets", "plans", "compare"} <= set(data)
    assert data["by"] == "time" and data["bounds"] == {"gpus": None, "max_gpus": 8}
    plan = data["plans"][0]
    keys = {"gpu", "capacity_bytes", "by", "searched", "feasible", "varied", "best", "rejected", "front"}
    assert keys | {"leaders", "no_fit"} <= set(plan)
    assert plan["no_fit"] is None and len(plan["best"]) <= 2
    listed = plan["best"][0]
    fields = {"gpu", "gpus", "layout", "values", "options", "changed", "per_gpu_bytes", "capacity_bytes", "fits"}
    fields |= {"view", "stage", "time", "rank", "targets", "refused", "missed", "notes", "command"}
    assert fields <= set(listed)
    assert set(listed["rank"]) == set(data["rankings"]) == {"time", "cost", "gpu_hours", "gpus"}


def test_no_fit_says_memory_binds_and_how_many_gpus_would_hold_it(cli: Any) -> None:
    data = plan_json(cli, "plan", "llama-3-70b", "--gpu", "t4", "--gpus", "1")
    failure = data["plans"][0]["no_fit"]
    assert failure["binds"] == "memory" and data["plans"][0]["best"] == []
    assert failure["fewest_gpus"] > 1 and "memory binds" in failure["message"]
    assert f"--max-gpus {failure['fewest_gpus']}" in failure["message"]
    assert failure["closest"]["fits"] is False
    text = cli("plan", "llama-3-70b", "--gpu", "t4", "--gpus", "1").stdout
    assert "no feasible setup: memory binds" in text


def test_no_fit_names_the_constraint_that_refuses_every_layout(cli: Any) -> None:
    data = plan_json(cli, "plan", "llama-3-8b", "--gpu", "h100-80", "--tp", "3", "--max-gpus", "6")
    failure = data["plans"][0]["no_fit"]
    assert failure["binds"] == "constraint"
    assert "--tp 3 does not divide num_heads" in failure["message"]


def test_no_layout_within_the_bounds(cli: Any) -> None:
    failure = plan_json(cli, "plan", "llama-3-8b", "--gpus", "1", "--pp", "2")["plans"][0]["no_fit"]
    assert failure["binds"] == "layout" and "--max-gpus" in failure["message"]


def test_serving_meets_its_targets_cheapest_first(cli: Any) -> None:
    data = plan_json(cli, *SERVE, "--ttft", "1.5", "--tpot", "0.02")
    assert data["by"] == "cost" and data["targets"] == {"ttft": 1.5, "tpot": 0.02}
    plan = data["plans"][0]
    assert plan["best"]
    costs = [b["rank"]["cost"] for b in plan["best"]]
    assert costs == sorted(costs)
    for listed in plan["best"]:
        assert listed["targets"]["ttft"] <= 1.5 and listed["targets"]["tpot"] <= 0.02
        # concurrency is shared among the replicas: each holds its share
        assert listed["values"]["concurrency"] == -(-32 // listed["layout"]["dp"])
    same_as_memory(cli, plan["best"][0])
    found = memory_of(cli, plan["best"][0]["command"])
    assert found["time"]["prefill_seconds"] == pytest.approx(plan["best"][0]["targets"]["ttft"], rel=1e-12)
    assert found["time"]["decode_step_seconds"] == pytest.approx(plan["best"][0]["targets"]["tpot"], rel=1e-12)


def test_serving_target_no_setup_meets_names_it(cli: Any) -> None:
    failure = plan_json(cli, *SERVE, "--ttft", "0.0001")["plans"][0]["no_fit"]
    assert failure["binds"] == "target" and "--ttft 0.0001 binds" in failure["message"]
    assert failure["best_reached"]["ttft"] > 0.0001


def test_gpu_kinds_compared_and_unpriced_ones_named(cli: Any) -> None:
    data = plan_json(cli, *TRAIN, "--gpu", "h100-80,a100-80", "--top", "1")
    assert [p["gpu"] for p in data["plans"]] == ["h100-80", "a100-80"]
    soonest = min(data["plans"], key=lambda p: p["leaders"]["time"]["rank"]["time"])
    assert data["compare"]["time"]["gpu"] == soonest["gpu"]
    assert data["compare"]["cost"]["gpu"] == "h100-80"  # the only profile with a price
    assert data["compare"]["cost"]["unranked"] == ["a100-80"] and "no price" in data["compare"]["cost"]["missing"]
    priced = plan_json(cli, *TRAIN, "--gpu", "h100-80,a100-80", "--top", "1", "--price", "1")
    assert priced["compare"]["cost"]["unranked"] == []
    text = cli(*TRAIN, "--gpu", "h100-80,a100-80", "--top", "1").stdout
    assert "best by time: " in text and "best by cost: h100-80" in text
    assert "not ranked by cost, no price" in text and "a100-80" in text.splitlines()[-1]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--price", "-1"), "--price '-1' must be a positive number"),
        (("--price", "0"), "--price '0' must be a positive number"),
        (("--price", "abc"), "--price 'abc' is not a number"),
        (("--tokens", "inf"), "--tokens 'inf' is not a finite number"),
        (("--tokens", "nan"), "--tokens 'nan' is not a finite number"),
        (("--tokens", "0"), "--tokens '0' must be a positive number"),
        (("--global-batch", "0"), "--global-batch 0: give a positive number"),
        (("--ttft", "1"), "--ttft does not apply to the 'training' rules"),
        (("--by", "speed"), "--by: unknown ranking 'speed'"),
        (("--gpus", "4", "--max-gpus", "8"), "not both"),
        (("--allow", "nonsense=x"), "have no option 'nonsense'"),
        (("--allow", "sharding=zeroo"), "unknown choice 'zeroo'"),
        (("--allow", "sharding"), "is not NAME=CHOICE"),
    ],
)
def test_bad_input_is_a_one_line_usage_error(cli: Any, args: tuple[str, ...], says: str) -> None:
    result = cli("plan", "llama-3.2-1b", "--gpus", "1", *args)
    assert result.exit_code == 2, result.output
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("target", "value"), [("--ttft", "0"), ("--tpot", "-0.5"), ("--ttft", "nan"), ("--tpot", "x")])
def test_bad_serving_target_is_a_usage_error(cli: Any, target: str, value: str) -> None:
    result = cli(*SERVE, target, value)
    assert result.exit_code == 2 and target in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_table_and_markdown(cli: Any) -> None:
    text = cli(*TRAIN, "--top", "2").stdout
    assert "ranked by time" in text and "best:" in text and "memory/GPU" in text and "mfu" in text
    assert "front (GPUs against time" in text
    markdown = cli(*TRAIN, "--top", "2", "--format", "markdown").stdout
    assert "| # | GPUs |" in markdown and "| ---:" in markdown


def test_help_has_an_example_and_every_choice(cli: Any) -> None:
    text = cli("plan", "--help").stdout
    assert "Example: engine plan" in text
    for word in ("--by", "time", "cost", "gpus", "gpu_hours", "--ttft", "--tpot", "--allow", "--max-gpus", "--gpus"):
        assert word in text


def test_a_model_known_only_by_its_size_is_planned(cli: Any) -> None:
    # generic gives no layers: its float rows divide by zero (inf, not a raise), exact ones are settled
    data = plan_json(cli, "plan", "generic", "--gpu", "h100-80", "--max-gpus", "4", "--top", "1")
    best = data["plans"][0]["best"][0]
    same_as_memory(cli, best)
    swept = cli("sweep", "generic", "--gpu", "h100-80", "--grid", "batch=1..2", "--format", "json")
    assert swept.exit_code == 0, swept.output


@pytest.mark.parametrize(
    "model",
    [
        ("llama-3.2-1b", "--set", "num_layers=8"),
        ("--hf-config", "tests/data/hf_configs/qwen2-0.5b.json"),
        ("llama-3.2-1b", "--mode", "finetune", "--quant", "nf4-dq", "--lora-targets", "q_proj,v_proj"),
        ("llama-3.2-1b", "--view", "allocated"),
    ],
)
def test_the_command_keeps_the_model_as_given(cli: Any, model: tuple[str, ...]) -> None:
    data = plan_json(cli, "plan", *model, "--gpu", "h100-80", "--max-gpus", "2", "--top", "1")
    listed = data["plans"][0]["best"][0]
    assert model[-1] in listed["command"]
    same_as_memory(cli, listed)
