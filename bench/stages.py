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
from typing import Any, Callable

sys.path.insert(0, os.getcwd())  # the generator of the checkout this runs in (run from the repository root)

import generator.build as build  # noqa: E402
import generator.cache as cache  # noqa: E402
import generator.cli as cli  # noqa: E402
import generator.lint as lint_pkg  # noqa: E402
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
    tool = cmd[2] if isinstance(cmd, list) and len(cmd) > 2 and cmd[1] == "-m" else "other"
    return _timed(f"format.{tool}", _real_run)(*args, **kwargs)


_real_run = subprocess.run


def main() -> int:
    # the CLI imports the stages where it calls them (a run served from the cache imports none of them)
    for module, attr, name in (
        (load, "load", "load"),
        (build, "build", "build"),
        (render, "render", "render"),
        (models, "models_source", "models"),
        (cli, "swap", "write"),
        (cache, "get_tree", "cache.lookup"),
        (cache, "put_tree", "cache.store"),
    ):
        _patch(module, attr, name)
    _patch(lint_pkg.structural, "check", "lint.structural")
    _patch(lint_pkg.rules, "check", "lint.rules")
    output.subprocess.run = _timed_run  # type: ignore[attr-defined]
    start = time.perf_counter()
    code = cli.main(sys.argv[1:])
    TIMES["total"] = time.perf_counter() - start
    target = os.environ.get("BENCH_STAGES_OUT")
    if target:
        with open(target, "w", encoding="utf-8") as f:
            json.dump(dict(TIMES), f, indent=1, sort_keys=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
