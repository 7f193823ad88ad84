"""The benchmark run behind ./scripts/bench: measures, then writes bench/README.md (and bench/results.json).

Run it through ./scripts/bench, which makes the venv (bench/.venv) this expects: the project, the peers
(openapi-python-client, datamodel-code-generator) and the official anthropic SDK. Every child process is
timed by wall clock, and its peak RSS (the largest process of its tree, as `/usr/bin/time` reports it) and
CPU time come from wait4(). Medians of --runs runs; ratios are from the same run.
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import hashlib
import importlib.util
import json
import math
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CACHE = BENCH / ".cache"  # downloaded third-party specs
PY = sys.executable
BIN = Path(PY).parent
BUNDLED = ROOT / "generated" / "claude_api" / "openapi.json"
SPEC = ROOT / "spec" / "openapi.yaml"

sys.path.insert(0, str(BENCH))
import annotate  # noqa: E402
import count  # noqa: E402
import synth  # noqa: E402

# Third-party specs: npm packages, fetched with `npm pack` (checked by sha256 of the file used).
THIRD_PARTY = {
    "petstore": {
        "package": "@readme/oas-examples@8.2.2",
        "member": "package/3.1/yaml/petstore.yaml",
        "sha256": "038e9f146c27768f9c0f8f45016fc76a23ae001f9af67f68bf28c56a488d6873",
        "what": "Swagger Petstore (OpenAPI 3.1 edition), from npm @readme/oas-examples 8.2.2",
    },
    "github": {
        "package": "@octokit/openapi@23.0.2",
        "member": "package/generated/api.github.com.json",
        "sha256": "829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a",
        "what": "GitHub REST API (api.github.com), from npm @octokit/openapi 23.0.2",
    },
}


# The second-opinion linter of ../shared/research/lint_contract.md, pinned (npm's latest on 2026-11-24), run by npx.
REDOCLY = "@redocly/cli@2.77.0"
REDOCLY_ENV = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}
# results.json keys of each section of --only
SECTION_KEYS = {
    "generation": ("generation",),
    "runtime": ("runtime", "imports"),
    "thirdparty": ("third_party",),
    "scaling": ("scaling",),
    "lint": ("lint",),
}


# Beside an annotated third-party spec. The Claude-API-specific lint rules (anthropic-version, request-id,
# 401/529 responses, ...) are for our spec; the annotation adds our x- vocabulary, which turns them on by default.
# Rules about the quality of someone else's spec are reported as warnings, so that what is measured is generation;
# structural errors (oas-structure, refs, path parameters, operationIds) still stop it.
LINT_CONFIG = """[tool.claude-openapi.lint]
api-rules = false
rules = { example-valid = "warning", yaml-date = "warning", type-keyword-mismatch = "warning", \
security-defined = "warning", path-no-query = "warning", oas30-keyword = "warning", required-undefined = "warning" }
"""


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mib: float
    rc: int
    log: str


def spawn(
    cmd: list[str], *, log: Path, env: dict[str, str] | None = None, cwd: Path = ROOT, timeout: float | None = None
) -> Run:
    """Run cmd to completion under bench/timed.py: wall time, CPU time and peak RSS of its process tree."""
    full_env = {**os.environ, **(env or {})}
    full_env["PATH"] = f"{BIN}{os.pathsep}{full_env.get('PATH', '')}"
    result = log.with_name(log.name + ".timed.json")
    result.unlink(missing_ok=True)
    with open(log, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [PY, "-S", str(BENCH / "timed.py"), str(result), *cmd],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=cwd,
            env=full_env,
            start_new_session=True,
        )
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the launcher's session: it and what it started
            proc.wait()
        wall = time.perf_counter() - start
    measured = read_json(result)
    if not measured:
        return Run(wall, 0.0, 0.0, proc.returncode or -9, str(log))
    return Run(measured["wall"], measured["cpu"], measured["maxrss_kb"] / 1024, measured["rc"], str(log))


def med(runs: list[Run], attr: str = "wall") -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def say(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def pkg_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, Any]:
    cpu = "?"
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    mem = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    os_name = platform.platform()
    try:
        pretty = re.search(r'PRETTY_NAME="([^"]*)"', Path("/etc/os-release").read_text())
        if pretty:
            os_name = f"{pretty.group(1)} (kernel {platform.release()}, {platform.machine()})"
    except OSError:
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "generator", "templates", "spec", "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory": mem,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": os_name,
        "commit": commit.stdout.strip() + (" (with uncommitted changes)" if dirty.stdout.strip() else ""),
        "load_before": os.getloadavg(),
    }


def versions() -> dict[str, str]:
    names = [
        "openapi-python-client",
        "datamodel-code-generator",
        "anthropic",
        "httpx",
        "httpx2",
        "pydantic",
        "black",
        "ruff",
        "isort",
        "jinja2",
        "openapi-spec-validator",
        "pyyaml",
    ]
    return {name: pkg_version(name) for name in names}


# ---------------------------------------------------------------------------------------------- 1. generation


def header_arrays_as_strings(doc: dict[str, Any]) -> int:
    """openapi-python-client drops every operation with an array-typed header parameter; make those strings."""
    changed = 0

    def fix(param: Any) -> None:
        nonlocal changed
        if isinstance(param, dict) and param.get("in") == "header" and param.get("schema", {}).get("type") == "array":
            param["schema"] = {"type": "string"}
            changed += 1

    for param in doc.get("components", {}).get("parameters", {}).values():
        fix(param)
    for item in doc.get("paths", {}).values():
        for op in item.values():
            if isinstance(op, dict):
                for param in op.get("parameters", []):
                    fix(param)
    return changed


def generation(work: Path, runs: int, results: dict[str, Any]) -> None:
    doc = json.loads(BUNDLED.read_text(encoding="utf-8"))
    fair_doc = json.loads(BUNDLED.read_text(encoding="utf-8"))
    changed = header_arrays_as_strings(fair_doc)
    fair = work / "opc-input.json"
    fair.write_text(json.dumps(fair_doc), encoding="utf-8")
    section: dict[str, Any] = {"input": count.spec_counts(doc), "opc_fair_changed_params": changed, "tools": {}}
    results["generation"] = section

    def ours(i: int) -> tuple[list[str], dict[str, str], Path]:
        cache = work / f"cache-{i}"
        return (
            [PY, "-m", "generator", "generate", "--out", str(work / f"ours-{i}" / "out")],
            {"CLAUDE_OPENAPI_CACHE": str(cache)},
            ROOT,
        )

    def opc(spec: Path, name: str) -> Callable[[int], tuple[list[str], dict[str, str], Path]]:
        def cmd(i: int) -> tuple[list[str], dict[str, str], Path]:
            where = work / f"{name}-{i}"
            where.mkdir()
            return (
                [
                    str(BIN / "openapi-python-client"),
                    "generate",
                    "--path",
                    str(spec),
                    "--output-path",
                    str(where / "out"),
                    "--overwrite",
                    "--meta",
                    "none",
                ],
                {},
                where,
            )

        return cmd

    def dmcg(i: int) -> tuple[list[str], dict[str, str], Path]:
        where = work / f"dmcg-{i}"
        where.mkdir()
        return (
            [
                str(BIN / "datamodel-codegen"),
                "--input",
                str(BUNDLED),
                "--input-file-type",
                "openapi",
                "--output",
                str(where / "models.py"),
                "--output-model-type",
                "pydantic_v2.BaseModel",
            ],
            {},
            where,
        )

    tools: dict[str, Callable[[int], tuple[list[str], dict[str, str], Path]]] = {
        "ours": ours,
        "opc": opc(BUNDLED, "opc"),
        "opc_fair": opc(fair, "opc_fair"),
        "dmcg": dmcg,
    }
    all_runs: dict[str, list[Run]] = {name: [] for name in tools}
    for i in range(runs):  # interleaved, so that load from other work hits every tool alike
        for name, make in tools.items():
            cmd, env, cwd = make(i)
            say(f"generation: {name} run {i + 1}/{runs}")
            all_runs[name].append(spawn(cmd, log=work / f"{name}-{i}.log", env=env, cwd=cwd, timeout=1200))
    for name, tool_runs in all_runs.items():
        last = len(tool_runs) - 1
        entry: dict[str, Any] = {
            "runs": [asdict(r) for r in tool_runs],
            "median_s": med(tool_runs),
            "median_rss_mib": med(tool_runs, "rss_mib"),
            "median_cpu_s": med(tool_runs, "cpu"),
            "exit_codes": [r.rc for r in tool_runs],
        }
        log = Path(tool_runs[last].log).read_text(encoding="utf-8", errors="replace")
        try:
            if name == "ours":
                out = work / f"ours-{last}" / "out"
                entry["output"] = count.ours(out, doc)
                entry["identical_to_committed"] = count_identical(out, ROOT / "generated")
            elif name.startswith("opc"):
                entry["output"] = count.opc(work / f"{name}-{last}" / "out", doc, log)
            else:
                entry["output"] = count.dmcg(work / f"dmcg-{last}" / "models.py", doc)
        except (OSError, SyntaxError, StopIteration) as exc:
            entry["output"] = {"error": f"{type(exc).__name__}: {exc}"}
        if any(r.rc for r in tool_runs):
            entry["log_tail"] = log[-1500:]
        section["tools"][name] = entry

    # no-op check: the last run's cache has its entry
    warm = {"CLAUDE_OPENAPI_CACHE": str(work / f"cache-{runs - 1}")}
    check_runs = []
    for i in range(runs):
        say(f"generation: check (warm cache) run {i + 1}/{runs}")
        check_runs.append(spawn([PY, "-m", "generator", "check"], log=work / f"check-{i}.log", env=warm))
    section["check"] = {
        "runs": [asdict(r) for r in check_runs],
        "median_s": med(check_runs),
        "median_rss_mib": med(check_runs, "rss_mib"),
        "exit_codes": [r.rc for r in check_runs],
        "said": Path(check_runs[-1].log).read_text(encoding="utf-8", errors="replace")[-300:].strip(),
    }
    # where the time of a check goes (stages, same cache)
    stages_out = work / "check-stages.json"
    spawn(
        [PY, str(BENCH / "stages.py"), "check"],
        log=work / "check-stages.log",
        env={**warm, "BENCH_STAGES_OUT": str(stages_out)},
    )
    section["check"]["stages"] = read_json(stages_out)

    # generate after an edit of one operation's summary: a run-cache miss, the models from the models cache (the
    # last ours run's cache holds them); each run edits the summary anew, so none is a run-cache hit
    edited = work / "spec-edited"
    shutil.copytree(ROOT / "spec", edited / "spec")
    shutil.copy(ROOT / "pyproject.toml", edited / "pyproject.toml")  # the same lint configuration
    paths = sorted((edited / "spec/paths").glob("*.yaml"))
    file = next(f for f in paths if re.search(r"(?m)^ +summary: .+$", f.read_text(encoding="utf-8")))
    original = file.read_text(encoding="utf-8")
    line = re.search(r"(?m)^ +summary: .+$", original).group()  # type: ignore[union-attr]
    edit_runs = []
    for i in range(runs):
        file.write_text(original.replace(line, f"{line} (edit {i})", 1), encoding="utf-8")
        say(f"generation: generate after an operation edit, run {i + 1}/{runs}")
        cmd = [PY, "-m", "generator", "generate", "--spec", str(edited / "spec/openapi.yaml")]
        cmd += ["--out", str(work / f"edited-{i}" / "out")]
        edit_runs.append(spawn(cmd, log=work / f"edited-{i}.log", env=warm))
    section["after_operation_edit"] = {
        "edited": f"{file.relative_to(edited).as_posix()}: {line.strip()}",
        "runs": [asdict(r) for r in edit_runs],
        "median_s": med(edit_runs),
        "median_rss_mib": med(edit_runs, "rss_mib"),
        "exit_codes": [r.rc for r in edit_runs],
    }


def count_identical(a: Path, b: Path) -> bool:
    def tree(root: Path) -> dict[str, bytes]:
        return {
            p.relative_to(root).as_posix(): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    return tree(a) == tree(b)


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# ---------------------------------------------------------------------------------------------- 2. scaling


def scaling(
    work: Path, scales: list[int], runs_1x: int, budget: float, per_scale: float, results: dict[str, Any]
) -> None:
    """Our generate on N renamed copies of the bundled spec; skips a scale whose predicted time is too long."""
    doc = json.loads(BUNDLED.read_text(encoding="utf-8"))
    section: dict[str, Any] = {
        "points": [],
        "skipped": [],
        "budget_s": None if budget == math.inf else budget,
        "per_scale_s": per_scale,
    }
    results["scaling"] = section
    start = time.perf_counter()
    points: list[dict[str, Any]] = []
    for n in scales:
        left = budget - (time.perf_counter() - start)
        predicted = predict(points, n)
        if predicted is not None and (predicted > per_scale or predicted > left):
            limit = (
                f"the per-scale limit ({per_scale:.0f} s)"
                if predicted > per_scale
                else f"the time left for the section ({left:.0f} s)"
            )
            why = f"predicted {predicted:.0f} s from the growth measured so far, over {limit}"
            section["skipped"].append({"scale": n, "predicted_s": predicted, "why": why})
            say(f"scaling: {n}x skipped: {why}")
            continue
        spec = work / f"synth-{n}x.json"
        big = synth.multiply(doc, n)
        spec.write_text(json.dumps(big), encoding="utf-8")
        counts = count.spec_counts(big)
        del big
        tries = runs_1x if n == 1 else 1
        runs, stages = [], []
        for i in range(tries):
            say(f"scaling: {n}x ({counts['operations']} operations) run {i + 1}/{tries}")
            stages_out = work / f"scale-{n}-{i}.json"
            run = spawn(
                [
                    PY,
                    str(BENCH / "stages.py"),
                    "generate",
                    "--spec",
                    str(spec),
                    "--out",
                    str(work / f"scale-{n}-{i}" / "out"),
                ],
                log=work / f"scale-{n}-{i}.log",
                env={"CLAUDE_OPENAPI_CACHE": str(work / f"scale-cache-{n}-{i}"), "BENCH_STAGES_OUT": str(stages_out)},
                timeout=max(per_scale * 1.5, 60),
            )
            runs.append(run)
            stages.append(read_json(stages_out) or {})
            shutil.rmtree(work / f"scale-{n}-{i}", ignore_errors=True)
            shutil.rmtree(work / f"scale-cache-{n}-{i}", ignore_errors=True)
        point = {
            "scale": n,
            **counts,
            "spec_mib": spec.stat().st_size / 2**20,
            "runs": [asdict(r) for r in runs],
            "median_s": med(runs),
            "median_rss_mib": med(runs, "rss_mib"),
            "exit_codes": [r.rc for r in runs],
            "stages": {
                k: statistics.median(s.get(k, 0.0) for s in stages) for k in sorted({k for s in stages for k in s})
            },
        }
        spec.unlink()
        points.append(point)
        section["points"].append(point)
        if any(r.rc for r in runs):
            point["log_tail"] = Path(runs[-1].log).read_text(encoding="utf-8", errors="replace")[-1000:]
            section["skipped"] += [{"scale": m, "why": f"{n}x failed (exit {runs[-1].rc})"} for m in scales if m > n]
            break
    points = [p for p in points if not any(p["exit_codes"])]  # growth only between runs that generated
    for a, b in zip(points, points[1:]):
        b["time_exponent"] = exponent(a["scale"], b["scale"], a["median_s"], b["median_s"])
        b["rss_exponent"] = exponent(a["scale"], b["scale"], a["median_rss_mib"], b["median_rss_mib"])
    if len(points) >= 2:
        first, last = points[0], points[-1]
        section["time_exponent"] = exponent(first["scale"], last["scale"], first["median_s"], last["median_s"])
        section["rss_exponent"] = exponent(
            first["scale"], last["scale"], first["median_rss_mib"], last["median_rss_mib"]
        )
        section["stage_exponents"] = {
            k: exponent(first["scale"], last["scale"], first["stages"].get(k, 0), last["stages"].get(k, 0))
            for k in last["stages"]
            if first["stages"].get(k, 0) > 0.05
        }


def exponent(n1: float, n2: float, t1: float, t2: float) -> float | None:
    """k in t ~ n^k between two points: 1 is linear."""
    if t1 <= 0 or t2 <= 0 or n1 == n2:
        return None
    return math.log(t2 / t1) / math.log(n2 / n1)


def predict(points: list[dict[str, Any]], n: int) -> float | None:
    if not points:
        return None
    last = points[-1]
    k = 1.0
    if len(points) >= 2:
        k = max(1.0, exponent(points[-2]["scale"], last["scale"], points[-2]["median_s"], last["median_s"]) or 1.0)
    return last["median_s"] * (n / last["scale"]) ** k


# ---------------------------------------------------------------------------------------------- 3. third party


def fetch(name: str) -> Path:
    """The spec file of THIRD_PARTY[name], from its npm package (kept in bench/.cache)."""
    info = THIRD_PARTY[name]
    target = CACHE / name / Path(info["member"]).name
    if not target.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            say(f"third-party: npm pack {info['package']}")
            proc = subprocess.run(
                ["npm", "pack", "--silent", info["package"]], cwd=tmp, capture_output=True, text=True, check=True
            )
            tarball = Path(tmp) / proc.stdout.strip().splitlines()[-1]
            with tarfile.open(tarball) as tar:
                member = tar.extractfile(info["member"])
                assert member is not None, info["member"]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(member.read())
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    if info["sha256"] and digest != info["sha256"]:
        raise RuntimeError(f"{target}: sha256 {digest}, expected {info['sha256']}")
    return target


def third_party(work: Path, names: list[str], results: dict[str, Any]) -> None:
    section: dict[str, Any] = {}
    results["third_party"] = section
    for name in names:
        entry: dict[str, Any] = {"what": THIRD_PARTY[name]["what"]}
        section[name] = entry
        try:
            spec = fetch(name)
        except (OSError, subprocess.CalledProcessError, RuntimeError, AssertionError) as exc:
            entry["error"] = f"could not fetch: {exc}"
            say(f"third-party: {name}: {entry['error']}")
            continue
        entry["sha256"] = hashlib.sha256(spec.read_bytes()).hexdigest()
        entry["spec_mib"] = spec.stat().st_size / 2**20
        raw = annotate.load_any(spec)
        entry["input"] = count.spec_counts(raw)
        del raw

        say(f"third-party: {name}: our generate on the spec as it is")
        as_is = spawn(
            [PY, "-m", "generator", "generate", "--spec", str(spec), "--out", str(work / f"{name}-as-is")],
            log=work / f"{name}-as-is.log",
            env={"CLAUDE_OPENAPI_CACHE": str(work / f"{name}-cache-0")},
        )
        text = Path(as_is.log).read_text(encoding="utf-8", errors="replace")
        rules: dict[str, int] = {}
        for rule in re.findall(r"(?:error|warning): .*\(([a-z][a-z0-9-]+)\)$", text, flags=re.M):
            rules[rule] = rules.get(rule, 0) + 1
        entry["as_is"] = {
            **asdict(as_is),
            "findings_by_rule": rules,
            "traceback": "Traceback (most recent call last)" in text,
            "last_line": (text.strip().splitlines() or [""])[-1][:200],
        }
        if as_is.rc == 0:
            entry["as_is"]["output"] = count.ours(work / f"{name}-as-is", annotate.load_any(spec))

        say(f"third-party: {name}: annotate (our x- vocabulary, mechanically)")
        # its own folder, with the lint configuration for a spec that is not the Claude API beside it
        (work / f"{name}-annotated").mkdir()
        (work / f"{name}-annotated" / "pyproject.toml").write_text(LINT_CONFIG, encoding="utf-8")
        annotated = work / f"{name}-annotated" / "openapi.json"
        proc = subprocess.run(
            [PY, str(BENCH / "annotate.py"), str(spec), str(annotated)], cwd=ROOT, capture_output=True, text=True
        )
        if proc.returncode != 0:
            entry["annotate_error"] = proc.stderr[-1500:]
            continue
        entry["annotate"] = json.loads(proc.stdout)
        adoc = json.loads(annotated.read_text(encoding="utf-8"))
        entry["annotated_input"] = count.spec_counts(adoc)

        say(f"third-party: {name}: our generate on the annotated spec")
        stages_out = work / f"{name}-stages.json"
        out = work / f"{name}-annotated-out" / "out"
        run = spawn(
            [PY, str(BENCH / "stages.py"), "generate", "--spec", str(annotated), "--out", str(out)],
            log=work / f"{name}-annotated.log",
            env={"CLAUDE_OPENAPI_CACHE": str(work / f"{name}-cache-1"), "BENCH_STAGES_OUT": str(stages_out)},
            timeout=1200,
        )
        entry["annotated_run"] = {**asdict(run), "stages": read_json(stages_out)}
        text = Path(run.log).read_text(encoding="utf-8", errors="replace")
        found: dict[str, int] = {}
        for rule in re.findall(r"(?:error|warning): .*\(([a-z][a-z0-9-]+)\)$", text, flags=re.M):
            found[rule] = found.get(rule, 0) + 1
        entry["annotated_run"]["findings_by_rule"] = found
        if run.rc == 0:
            entry["output"] = count.ours(out, adoc)
        else:
            entry["annotated_run"]["log_tail"] = Path(run.log).read_text(encoding="utf-8", errors="replace")[-1500:]

        say(f"third-party: {name}: openapi-python-client on the spec as it is")
        where = work / f"{name}-opc"
        where.mkdir()
        opc = spawn(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--output-path",
                str(where / "out"),
                "--overwrite",
                "--meta",
                "none",
            ],
            log=work / f"{name}-opc.log",
            cwd=where,
            timeout=1200,
        )
        entry["opc"] = asdict(opc)
        opc_log = Path(opc.log).read_text(encoding="utf-8", errors="replace")
        if (where / "out").is_dir():
            try:
                entry["opc"]["output"] = count.opc(where / "out", annotate.load_any(spec), opc_log)
            except (OSError, SyntaxError) as exc:
                entry["opc"]["output"] = {"error": str(exc)}
        if opc.rc:
            entry["opc"]["log_tail"] = opc_log[-800:]


# ---------------------------------------------------------------------------------------------- 4. lint


def counted(report: Any, findings: str, rule: str) -> dict[str, Any]:
    """Totals and findings per rule of a JSON lint report (ours: findings/rule, Redocly's: problems/ruleId)."""
    by_rule: dict[str, int] = {}
    for finding in report.get(findings, []) if isinstance(report, dict) else []:
        key = f"{finding.get(rule)} ({finding.get('severity')})"
        by_rule[key] = by_rule.get(key, 0) + 1
    totals = (report.get("summary") or report.get("totals") or {}) if isinstance(report, dict) else {}
    return {
        "errors": totals.get("errors"),
        "warnings": totals.get("warnings"),
        "ignored": totals.get("ignored"),
        "by_rule": dict(sorted(by_rule.items(), key=lambda x: -x[1])),
    }


def lint(work: Path, runs: int, results: dict[str, Any]) -> None:
    """Our lint against Redocly's, on our split spec and on GitHub's: interleaved runs, medians, findings."""
    section: dict[str, Any] = {"redocly": REDOCLY, "specs": {}}
    results["lint"] = section
    node = subprocess.run(["node", "--version"], capture_output=True, text=True) if shutil.which("node") else None
    section["node"] = node.stdout.strip() if node and node.returncode == 0 else "not installed"
    say(f"lint: npx {REDOCLY} --version (fetches it once; needs the npm registry)")
    try:  # also warms npx's cache, so that no timed run downloads
        start = time.perf_counter()
        probe = subprocess.run(
            ["npx", "--yes", REDOCLY, "--version"],
            cwd=work,
            env={**os.environ, **REDOCLY_ENV},
            capture_output=True,
            text=True,
            timeout=600,
        )
        section["npx_version_s"] = time.perf_counter() - start
        if probe.returncode != 0:
            section["redocly_error"] = f"npx exit {probe.returncode}: " + (probe.stderr.strip() or probe.stdout)[-300:]
    except (OSError, subprocess.TimeoutExpired) as exc:
        section["redocly_error"] = f"npx failed: {exc}"
    specs: dict[str, tuple[str, Path]] = {
        "ours": ("our spec: both read the split `spec/openapi.yaml` (and the files it refers to)", SPEC),
    }
    try:  # a copy with no pyproject.toml above it: our lint's defaults (its API rules off: no x- vocabulary)
        github = work / "github" / "openapi.json"
        github.parent.mkdir()
        shutil.copyfile(fetch("github"), github)
        specs["github"] = (f"{THIRD_PARTY['github']['what']}: both read the same single JSON file", github)
    except (OSError, subprocess.CalledProcessError, RuntimeError, AssertionError) as exc:
        section["specs"]["github"] = {"what": THIRD_PARTY["github"]["what"], "error": f"could not fetch: {exc}"}
    for name, (what, spec) in specs.items():
        section["specs"][name] = lint_spec(work, name, what, spec, runs, "redocly_error" not in section)


def lint_spec(work: Path, name: str, what: str, spec: Path, runs: int, redocly: bool) -> dict[str, Any]:
    """Interleaved runs of our lint (and Redocly's) on one spec: times, exit codes, findings."""
    doc = json.loads((spec if spec.suffix == ".json" else BUNDLED).read_text(encoding="utf-8"))
    entry: dict[str, Any] = {"what": what, "spec_mib": spec_size(spec), "input": count.spec_counts(doc), "tools": {}}
    del doc

    def ours(i: int) -> tuple[list[str], dict[str, str], Path]:
        # `python -m generator lint` with timers around its stages (bench/stages.py: the same main())
        cmd = [PY, str(BENCH / "stages.py"), "lint", "--spec", str(spec), "--format", "json"]
        # every run does the whole lint, as Redocly's does: the run cache would answer all but the first
        env = {"BENCH_STAGES_OUT": str(work / f"{name}-ours-{i}-stages.json"), "CLAUDE_OPENAPI_NO_CACHE": "1"}
        return cmd, env, ROOT

    def redocly_lint(i: int) -> tuple[list[str], dict[str, str], Path]:
        cmd = ["npx", "--yes", REDOCLY, "lint", str(spec), "--extends", "recommended", "--format", "json"]
        return [*cmd, "--max-problems", "1000000"], REDOCLY_ENV, work  # no redocly.yaml in work: as it ships

    tools: dict[str, Callable[[int], tuple[list[str], dict[str, str], Path]]] = {"ours": ours}
    if redocly:
        tools["redocly"] = redocly_lint
    all_runs: dict[str, list[Run]] = {tool: [] for tool in tools}
    for i in range(runs):  # interleaved, so that load from other work hits both alike
        for tool, make in tools.items():
            cmd, env, cwd = make(i)
            say(f"lint: {name}: {tool} run {i + 1}/{runs}")
            report = work / f"{name}-{tool}-{i}.json"
            # stdout (the JSON report) to a file, stderr (summary, banners) beside it
            wrapped = ["sh", "-c", 'exec "$@" > "$0" 2> "$0.log"', str(report), *cmd]
            all_runs[tool].append(spawn(wrapped, log=work / f"{name}-{tool}-{i}.log", env=env, cwd=cwd))
    for tool, tool_runs in all_runs.items():
        last = len(tool_runs) - 1
        report = read_json(work / f"{name}-{tool}-{last}.json")
        stderr = (work / f"{name}-{tool}-{last}.json.log").read_text(encoding="utf-8", errors="replace")
        entry["tools"][tool] = {
            "runs": [asdict(r) for r in tool_runs],
            "median_s": med(tool_runs),
            "median_rss_mib": med(tool_runs, "rss_mib"),
            "median_cpu_s": med(tool_runs, "cpu"),
            "exit_codes": [r.rc for r in tool_runs],
            **(counted(report, "findings", "rule") if tool == "ours" else counted(report, "problems", "ruleId")),
        }
        if tool == "ours":
            stages = [read_json(work / f"{name}-ours-{i}-stages.json") or {} for i in range(runs)]
            keys = sorted({k for st in stages for k in st})
            entry["tools"][tool]["stages"] = {k: statistics.median(st.get(k, 0.0) for st in stages) for k in keys}
        if report is None:
            entry["tools"][tool]["error"] = (stderr.strip().splitlines() or ["no report"])[-1][:300]
    times = [entry["tools"].get(t, {}).get("median_s") for t in ("ours", "redocly")]
    entry["ratio"] = times[0] / times[1] if times[0] and times[1] else None
    return entry


def spec_size(spec: Path) -> float:
    """MiB of the spec: for a split one, of every YAML file beside and below the root."""
    files = [spec] if spec.suffix == ".json" else list(spec.parent.rglob("*.yaml"))
    return sum(f.stat().st_size for f in files) / 2**20


# ---------------------------------------------------------------------------------------------- 5. runtime


def runtime(work: Path, rounds: int, import_runs: int, results: dict[str, Any]) -> None:
    say("runtime: messages.create, large message, SSE streams (interleaved rounds)")
    log = work / "runtime.json"
    run = spawn(
        [PY, "-W", "ignore", str(BENCH / "runtime.py"), "--rounds", str(rounds)],
        log=log,
        env={"PYTHONWARNINGS": "ignore"},
    )
    text = log.read_text(encoding="utf-8")
    try:
        results["runtime"] = json.loads(text[text.index("{") :])
    except ValueError:
        results["runtime"] = {"error": text[-2000:]}
    results["runtime"]["wall_s"] = run.wall

    # import time: a fresh interpreter each time, from compiled files (as an installed package has them)
    say("runtime: import times")
    pkgdir = work / "importable"
    shutil.copytree(ROOT / "generated" / "claude_api", pkgdir / "claude_api")
    compileall.compile_dir(str(pkgdir), quiet=1)
    for mod in ("anthropic", "httpx", "httpx2", "pydantic"):  # pip compiles on install; make sure, not importing
        spec = importlib.util.find_spec(mod)
        if spec and spec.origin:
            compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)
    env = {"PYTHONPATH": str(pkgdir), "PYTHONDONTWRITEBYTECODE": ""}
    imports: dict[str, Any] = {}
    mods = ["claude_api", "anthropic", "httpx", "httpx2"]
    samples: dict[str, dict[str, list[float]]] = {m: {"wall": [], "importtime": []} for m in [*mods, "(none)"]}
    for _ in range(import_runs):
        for mod in [*mods, "(none)"]:
            code = "pass" if mod == "(none)" else f"import {mod}"
            r = spawn([PY, "-c", code], log=work / "import.log", env=env)
            samples[mod]["wall"].append(r.wall)
            if mod != "(none)":
                spawn([PY, "-X", "importtime", "-c", code], log=work / "importtime.log", env=env)
                samples[mod]["importtime"].append(importtime(work / "importtime.log", mod))
    base = statistics.median(samples["(none)"]["wall"])
    for mod in mods:
        imports[mod] = {
            "wall_s": statistics.median(samples[mod]["wall"]),
            "wall_minus_startup_s": statistics.median(samples[mod]["wall"]) - base,
            "importtime_s": statistics.median(samples[mod]["importtime"]),
        }
    imports["interpreter_startup_s"] = base
    results["imports"] = imports


def importtime(log: Path, mod: str) -> float:
    """The cumulative time -X importtime reports for the top-level import of mod (seconds)."""
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip() == mod:
            return int(parts[1]) / 1e6
    return float("nan")


# ---------------------------------------------------------------------------------------------- main


def without_logs(node: Any) -> Any:
    """The results without the paths of the (temporary) log files."""
    if isinstance(node, dict):
        return {k: without_logs(v) for k, v in node.items() if k != "log"}
    if isinstance(node, list):
        return [without_logs(v) for v in node]
    return node


def carry(results: dict[str, Any], previous: Any, names: list[str]) -> None:
    """Keep the sections not run this time from the previous results, each marked with the run it is from."""
    if not isinstance(previous, dict):
        return
    for name in names:
        if not all(key in previous for key in SECTION_KEYS[name]):
            continue
        for key in SECTION_KEYS[name]:
            results[key] = previous[key]
        if name in previous.get("section_s", {}):
            results.setdefault("section_s", {})[name] = previous["section_s"][name]
        earlier = previous.get("carried", {}).get(name)
        run = {"date": previous.get("date"), "commit": previous.get("machine", {}).get("commit")}
        results.setdefault("carried", {})[name] = earlier or run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="runs of each generation measurement (median)")
    parser.add_argument(
        "--only",
        default="generation,runtime,thirdparty,lint,scaling",
        help="sections, comma-separated (default: all); the others keep their results from the previous --json",
    )
    parser.add_argument("--scales", default="1,10,50", help="synthetic spec sizes, in copies of our operations")
    parser.add_argument("--scale-runs", type=int, default=1, help="runs of the 1x scale (larger ones run once)")
    parser.add_argument(
        "--scale-budget",
        type=float,
        default=None,
        help="seconds for the whole scaling section (default: what is left of --budget, if given)",
    )
    parser.add_argument("--per-scale", type=float, default=900, help="skip a scale predicted to take longer (s)")
    parser.add_argument(
        "--budget", type=float, default=None, help="seconds the whole run aims at: skips scales predicted past it"
    )
    parser.add_argument("--third-party", default="petstore,github")
    parser.add_argument("--rounds", type=int, default=7, help="rounds of the runtime measurements")
    parser.add_argument("--import-runs", type=int, default=7)
    parser.add_argument("--out", type=Path, default=BENCH / "README.md")
    parser.add_argument("--json", type=Path, default=BENCH / "results.json")
    args = parser.parse_args()
    sections = args.only.split(",")
    started = time.perf_counter()
    results: dict[str, Any] = {
        "date": datetime.date.today().isoformat(),
        "machine": machine(),
        "versions": versions(),
        "args": {k: str(v) for k, v in vars(args).items()},
    }
    with tempfile.TemporaryDirectory(prefix="claude-openapi-bench-") as tmp:
        work = Path(tmp)
        for name in ("generation", "runtime", "thirdparty", "lint", "scaling"):
            if name not in sections:
                continue
            sub = work / name
            sub.mkdir()
            t0 = time.perf_counter()
            if name == "generation":
                generation(sub, args.runs, results)
            elif name == "runtime":
                runtime(sub, args.rounds, args.import_runs, results)
            elif name == "thirdparty":
                third_party(sub, [n for n in args.third_party.split(",") if n], results)
            elif name == "lint":
                lint(sub, args.runs, results)
            else:
                budget = math.inf
                if args.scale_budget is not None:
                    budget = args.scale_budget
                elif args.budget is not None:
                    budget = max(args.budget - (time.perf_counter() - started), 0)
                scaling(sub, [int(s) for s in args.scales.split(",")], args.scale_runs, budget, args.per_scale, results)
            results.setdefault("section_s", {})[name] = time.perf_counter() - t0
    results["total_s"] = time.perf_counter() - started
    results["machine"]["load_after"] = os.getloadavg()
    carry(results, read_json(args.json), [name for name in SECTION_KEYS if name not in sections])
    args.json.write_text(json.dumps(without_logs(results), indent=1, default=str) + "\n", encoding="utf-8")
    import report

    args.out.write_text(report.render(results), encoding="utf-8")
    say(
        f"done in {results['total_s'] / 60:.1f} min: {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
