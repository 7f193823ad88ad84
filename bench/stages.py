"""Run `python -m generator ARGS` in this process, timing each stage of the pipeline.

The CLI's own main() runs unchanged; the functions it calls are wrapped with timers. The stage times
(seconds) go to the JSON file named by BENCH_STAGES_OUT, the CLI's exit code is this process's.

    BENCH_STAGES_OUT=stages.json python bench/stages.py generate --spec S --out O
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, os.getcwd())  # the generator of the checkout this runs in (run from the repository root)

import generator.background as background  # noqa: E402
import generator.build as build  # noqa: E402
import generator.cache as cache  # noqa: E402
import generator.cli as cli  # noqa: E402
import generator.lint as lint_pkg  # noqa: E402
import generator.lint.structural  # noqa: E402,F401  (imported by lint.run where it runs: patched before)
import generator.load as load  # noqa: E402
import generator.models as models  # noqa: E402
import generator.output as output  # noqa: E402
import generator.render as render  # noqa: E402

TIMES: dict[str, float] = defaultdict(float)


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMES[name] += time.perf_counter() - start

    return call


def _patch(module: Any, attr: str, name: str) -> None:
    if hasattr(module, attr):
        setattr(module, attr, _timed(name, getattr(module, attr)))


def _timed_run(*args: Any, **kwargs: Any) -> Any:
    """subprocess.run, timed under the tool's name (ruff, black) when the generator formats."""
    cmd = args[0] if args else kwargs.get("args")
    if isinstance(cmd, list) and len(cmd) > 2 and cmd[1] == "-m":
        tool = cmd[2]  # python -m ruff
    else:
        tool = Path(str(cmd[0])).name if isinstance(cmd, list) and cmd else "other"  # the ruff executable
    return _timed(f"format.{tool}", _real_run)(*args, **kwargs)


_real_run = subprocess.run
MAIN_PID = os.getpid()


def _timed_models(fn: Callable[..., Any]) -> Callable[..., Any]:
    """models_source runs in a forked process: its time goes to a side file the main process reads at the end."""

    def call(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            target = os.environ.get("BENCH_STAGES_OUT")
            if os.getpid() == MAIN_PID:
                TIMES["models"] += elapsed
            elif target:
                with open(f"{target}.models", "w", encoding="utf-8") as f:
                    f.write(repr(elapsed))

    return call


def main() -> int:
    # the CLI imports the stages where it calls them (a run served from the cache imports none of them)
    for module, attr, name in (
        (load, "load", "load"),
        (build, "build", "build"),
        (render, "render", "render"),
        (cli, "swap", "write"),
        (cache, "get_tree", "cache.lookup"),
        (cache, "put_tree", "cache.store"),
    ):
        _patch(module, attr, name)
    models.models_source = _timed_models(models.models_source)  # type: ignore[method-assign]
    # what the main process waited for its forked process: the models (generate) or the structural check (lint)
    _patch(background.Background, "result", "lint.structural.wait" if sys.argv[1:2] == ["lint"] else "models.wait")
    _patch(lint_pkg.structural, "check", "lint.structural")
    _patch(lint_pkg.rules, "check", "lint.rules")
    output.subprocess.run = _timed_run  # type: ignore[attr-defined]
    start = time.perf_counter()
    code = cli.main(sys.argv[1:])
    TIMES["total"] = time.perf_counter() - start
    target = os.environ.get("BENCH_STAGES_OUT")
    if target:
        side = Path(f"{target}.models")
        if side.is_file():
            TIMES["models"] += float(side.read_text(encoding="utf-8"))
            side.unlink()
        with open(target, "w", encoding="utf-8") as f:
            json.dump(dict(TIMES), f, indent=1, sort_keys=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
