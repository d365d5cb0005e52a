"""Wheel build hook: ship the cache entries of the README's questions (engine.seeds), so that the first
run after installing, or after `engine cache clear`, answers them without sympy.

The package is staged as it will be installed (engine/, engine/_data/specs, engine/_data/schemas), once
outside the project and once inside it (as a virtual environment in the project holds it), each
question is asked against each copy from the project root with a cache of its own, and the entries they
leave are written, with the folders as tokens, to engine/_data/seeds. Anything that goes wrong
here ships no seeds (a warning), never a broken wheel: seeds only save time. Editable installs get none.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The README's first questions, and the benchmark's (benchmarks/run.py).
QUESTIONS = [
    ["solve", "specs/llama.yaml", "--gpu", "a100-80"],
    ["solve", "llama-3-8b", "--gpu", "a100-80"],
    ["solve", "llama-3-8b", "--gpu", "h100"],
    ["solve", "llama-3-8b", "--mode", "finetune", "--quant", "nf4-dq", "--gpu", "rtx4090"],
    ["solve", "llama-3-70b", "--mode", "infer", "--gpu", "h100", "--context", "8192", "--concurrency", "32"],
]
# `python -c` puts the working folder (the project root, with its own engine/) first: the staged copy goes first
ASK = "import sys; sys.path.insert(0, sys.argv.pop(1)); from engine.cli import run; sys.argv[0] = 'engine'; run()"
MAKE = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); from pathlib import Path; from engine import cache, seeds;"
    " from engine.spec.paths import builtin_spec_dir;"
    " places = seeds.roots(builtin_spec_dir(), sys.argv[2]); assert places is not None;"
    " print(seeds.make(cache.cache_dir(), Path(sys.argv[1]), cache.cache_dir().name, places))"
)


class SeedHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        self._stage = Path(tempfile.mkdtemp(prefix="engine-seeds-"))
        try:
            out = self._seeds(Path(self.root), self._stage)
        except subprocess.CalledProcessError as exc:
            why = (exc.stderr or b"").decode(errors="replace").strip().splitlines()[-1:] or [str(exc)]
            self.app.display_warning(f"engine: no cache seeds shipped ({why[0]})")
            return
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            self.app.display_warning(f"engine: no cache seeds shipped ({exc})")
            return
        build_data["force_include"][str(out)] = "engine/_data/seeds"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        for stage in (getattr(self, "_stage", None), getattr(self, "_inside", None)):
            if stage is not None:
                shutil.rmtree(stage, ignore_errors=True)

    def _seeds(self, root: Path, stage: Path) -> Path:
        out = stage / "seeds"
        made = self._ask(root, stage / "outside", out)  # a virtual environment elsewhere
        inside = root / ".engine-seeds-stage"  # one in the project, as the README's .venv
        self._inside = inside
        try:
            made += self._ask(root, inside, out)
        finally:
            shutil.rmtree(inside, ignore_errors=True)
        self.app.display_info(f"engine: {made} cache seeds for the README's questions")
        return out

    def _ask(self, root: Path, stage: Path, out: Path) -> int:
        """Ask the questions against a copy of the package staged at `stage`, as installed, from the
        project root; the seeds their entries make go to `out`."""
        package = stage / "package"
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "_data")
        shutil.copytree(root / "engine", package / "engine", ignore=ignore)
        shutil.copytree(root / "specs", package / "engine" / "_data" / "specs")
        shutil.copytree(root / "schemas", package / "engine" / "_data" / "schemas")
        env = {
            **os.environ,
            "ENGINE_CACHE_DIR": str(stage / "cache"),
            "ENGINE_SEEDS_DIR": str(stage / "none"),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        env.pop("ENGINE_NO_CACHE", None)
        env.pop("ENGINE_SPEC_PATH", None)
        for question in QUESTIONS:
            subprocess.run(
                [sys.executable, "-c", ASK, str(package), *question], cwd=root, env=env, check=True, capture_output=True
            )
        made = subprocess.run(
            [sys.executable, "-c", MAKE, str(package), str(out), str(root)],
            cwd=root,
            env=env,
            check=True,
            capture_output=True,
        )
        return int(made.stdout.decode().strip())
