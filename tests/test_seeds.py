"""Cache entries shipped in the wheel (engine.seeds): made in one folder, they answer the same question
in another without sympy, are copied into the user's cache, and are refused as soon as a file they came
from differs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import engine
from engine import cache, seeds
from engine.spec.paths import builtin_spec_dir, schema_dir

from conftest import REPO

QUESTION = ["solve", "specs/llama.yaml", "--gpu", "a100-80"]
# the command line in a process that says, as it ends, whether sympy was imported
ASK = (
    "import atexit, sys; atexit.register(lambda: print('sympy' in sys.modules, file=sys.stderr));"
    " first = sys.argv.pop(1); first and sys.path.insert(0, first);"
    " from engine.cli import run; sys.argv[0] = 'engine'; run()"
)


def ask(folder: Path, cache_dir: Path, seeds_dir: Path, package: Path | None = None) -> tuple[str, bool]:
    """The answer to QUESTION in `folder` (with the engine installed at `package`, else this one), and
    whether sympy was imported."""
    env = {**os.environ, "ENGINE_CACHE_DIR": str(cache_dir), "ENGINE_SEEDS_DIR": str(seeds_dir)}
    env["ENGINE_NO_FAST_EXIT"] = "1"
    env.pop("ENGINE_NO_CACHE", None)
    command = [sys.executable, "-c", ASK, str(package or ""), *QUESTION]
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr.strip().splitlines()[-1] == "True"


def project(where: Path) -> Path:
    """A folder with a copy of the built-in specs under specs/, as a user's project holds them."""
    where.mkdir()
    shutil.copytree(builtin_spec_dir(), where / "specs")
    return where


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Seeds made from the cache a question left in one project folder."""
    base = tmp_path_factory.mktemp("seeds")
    first, built = project(base / "first"), base / "built"
    answer, used_sympy = ask(first, built, base / "none")
    assert used_sympy  # derived from scratch
    places = seeds.roots(builtin_spec_dir(), str(first))
    assert places is not None
    made = seeds.make(built / cache.cache_dir().name, base / "shipped", cache.cache_dir().name, places)
    assert made >= 3  # the architecture's and the rules' plans, the GPU, the closed form
    return base / "shipped", answer


def test_a_seed_answers_in_another_folder_without_sympy(shipped: tuple[Path, str], tmp_path: Path) -> None:
    folder, answer = shipped
    mine = tmp_path / "cache"
    assert ask(project(tmp_path / "elsewhere"), mine, folder) == (answer, False)
    assert list((mine / cache.cache_dir().name / "plan").glob("*.json"))  # copied into the user's cache


def test_a_seed_of_a_file_that_differs_is_refused(shipped: tuple[Path, str], tmp_path: Path) -> None:
    folder, answer = shipped
    mine = project(tmp_path / "edited")
    spec = mine / "specs" / "llama.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert ask(mine, tmp_path / "cache", folder) == (answer, True)  # the same answer, derived afresh


def test_a_seed_of_another_engine_version_is_refused(shipped: tuple[Path, str], tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(shipped[0], folder)
    (folder / seeds.STAMP).write_text('{"version": "v3-0.0.0-000000000000-py30"}', encoding="utf-8")
    assert ask(project(tmp_path / "p"), tmp_path / "cache", folder)[1]


def test_a_damaged_seed_is_refused(shipped: tuple[Path, str], tmp_path: Path) -> None:
    folder = tmp_path / "damaged"
    shutil.copytree(shipped[0], folder)
    for entry in folder.glob("*/*.json"):
        entry.write_bytes(entry.read_bytes().replace(b"llama", b"llamb"))
    assert ask(project(tmp_path / "p"), tmp_path / "cache", folder)[1]


def installed(where: Path) -> Path:
    """A copy of this engine laid out as a wheel installs it (engine/, its specs and schemas in _data)."""
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "_data")
    shutil.copytree(Path(engine.__file__).parent, where / "engine", ignore=skip)
    shutil.copytree(builtin_spec_dir(), where / "engine" / "_data" / "specs")
    shutil.copytree(schema_dir(), where / "engine" / "_data" / "schemas")
    return where


def test_a_seed_answers_with_the_package_inside_the_project(tmp_path: Path) -> None:
    """The README's layout: the virtual environment in the project folder, so the built-in specs are
    shown by a path relative to it (another path in each project)."""
    first = project(tmp_path / "first")
    package = installed(first / ".venv" / "site")
    used_sympy = ask(first, tmp_path / "built", tmp_path / "none", package)[1]
    assert used_sympy
    places = seeds.roots(package / "engine" / "_data" / "specs", str(first))
    assert places is not None and len(places) == 3  # the specs as shown, too
    assert seeds.make(tmp_path / "built" / cache.cache_dir().name, tmp_path / "shipped", cache.cache_dir().name, places)
    second = project(tmp_path / "second")
    elsewhere = installed(second / "env" / "lib" / "site-packages")
    expected = ask(second, tmp_path / "fresh", tmp_path / "none", elsewhere)[0]  # derived there
    assert ask(second, tmp_path / "mine", tmp_path / "shipped", elsewhere) == (expected, False)


def test_tokens_round_trip_and_folders_that_take_no_seed() -> None:
    places = (("/opt/x/engine/_data/specs", seeds.TOKENS[0]), ("/home/u/p", seeds.TOKENS[1]))
    text = '{"files": [["/opt/x/engine/_data/specs/llama.yaml"], ["/home/u/p/specs/a.yaml"]]}'
    assert seeds.untokenise(seeds.tokenise(text, places, encoded=True), places, encoded=True) == text
    assert "/home/u" not in seeds.tokenise(text, places, encoded=True)
    assert seeds.roots(REPO / "specs", str(REPO)) is None  # a checkout's specs inside the working folder
    assert seeds.roots(REPO, str(REPO / "specs")) is None  # the working folder inside the specs


@pytest.mark.skipif(
    not (Path(engine.__file__).parent / "_data").is_dir(), reason="a source checkout: seeds are made with the wheel"
)
def test_the_installed_wheel_ships_seeds_of_this_version() -> None:
    stamp = Path(engine.__file__).parent / "_data" / "seeds" / seeds.STAMP
    assert stamp.is_file(), "the wheel's build hook (hatch_build.py) shipped no seeds: see its warning"
    assert f'"{cache.cache_dir().name}"' in stamp.read_text(encoding="utf-8")


def test_a_fifo_planted_among_the_seeds_is_refused_not_waited_on(shipped: tuple[Path, str], tmp_path: Path) -> None:
    folder = tmp_path / "planted"
    shutil.copytree(shipped[0], folder)
    for entry in folder.glob("*/*.json"):
        entry.unlink()
        os.mkfifo(entry)
    assert ask(project(tmp_path / "p"), tmp_path / "cache", folder)[1]  # derived afresh, no hang


@pytest.mark.parametrize("junk", [b"", b"[1]\n{}", b"not json\n{}", b"[" * 100_000 + b"\n{}", b"\xff\xfe\n{}"], ids=str)
def test_a_malformed_seed_is_no_seed(junk: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    places = seeds.roots(Path("/opt/site/engine/_data/specs"), str(tmp_path))
    assert places is not None
    monkeypatch.setenv("ENGINE_SEEDS_DIR", str(tmp_path))
    (tmp_path / seeds.STAMP).write_text('{"version": "v"}', encoding="utf-8")
    entry = tmp_path / seeds.name("plan", seeds.tokenise("plan|key", places, encoded=False))
    entry.parent.mkdir()
    entry.write_bytes(junk)
    assert seeds.lookup("plan", "plan|key", "v", places, 1 << 20) is None
