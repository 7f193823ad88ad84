"""Inputs that must not break the generator: malformed documents, a run killed mid-write, other hash seeds,
and spec content that names places outside the output directory."""

from __future__ import annotations

import ast
import copy
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import generator.lint.rules as _registered  # noqa: F401  (every rule in CATALOG)
from generator.cli import Failed, _rendered, main  # pyright: ignore[reportPrivateUsage]
from generator.lint.findings import CATALOG
from generator.load import join, load, node_at, unescape
from generator.output import MARKER, OutputError, output_dir, read_tree, recover

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests/fixtures/hostile/openapi.yaml"
HOSTILE_TEXT = HOSTILE.read_text(encoding="utf-8")
HOSTILE_DOC: dict[str, Any] = yaml.safe_load(HOSTILE_TEXT)
LINT_CONFIG = (ROOT / "tests/fixtures/hostile/pyproject.toml").read_text(encoding="utf-8")
FUZZ = int(os.environ.get("CLAUDE_OPENAPI_FUZZ") or 0)
LOCATED = re.compile(r"\S+:\d+:\d+ #\S* error: .+ \([a-z0-9-]+\)")


def _changed(change: Callable[[dict[str, Any]], None]) -> str:
    doc = copy.deepcopy(HOSTILE_DOC)
    change(doc)
    return yaml.safe_dump(doc, sort_keys=False)


def _things(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["paths"]["/v1/things"]


CYCLIC_FILE = HOSTILE_TEXT.replace(
    "$ref: '#/components/schemas/Thing'\n              example: {id: t_2",
    "$ref: 'b.yaml#/X'\n              example: {id: t_2",
)
DANGLING_FILE = CYCLIC_FILE.replace("b.yaml#/X", "b.yaml#/Nope")
REFS_OFF = LINT_CONFIG.replace('error-responses = "off"', 'error-responses = "off", ref-unresolved = "off"')
STRUCTURE_OFF = LINT_CONFIG.replace('error-responses = "off"', 'error-responses = "off", oas-structure = "off"')
MALFORMED: dict[str, dict[str, str]] = {
    "truncated": {"openapi.yaml": HOSTILE_TEXT[: len(HOSTILE_TEXT) // 2]},
    "truncated mid-string": {"openapi.yaml": HOSTILE_TEXT[: HOSTILE_TEXT.index("Close the docstring") + 5]},
    "empty": {"openapi.yaml": ""},
    "a list": {"openapi.yaml": "- openapi\n- 3.1.0\n"},
    "not UTF-8": {"openapi.yaml": "openapi: 3.1.0\ninfo: {title: caf\udce9}\n"},
    "cyclic local refs": {
        "openapi.yaml": _changed(
            lambda d: d["components"]["schemas"].update(
                A={"$ref": "#/components/schemas/B"}, B={"$ref": "#/components/schemas/A"}
            )
        )
    },
    "cyclic file refs": {"openapi.yaml": CYCLIC_FILE, "b.yaml": "X:\n  $ref: 'b.yaml#/Y'\nY:\n  $ref: 'b.yaml#/X'\n"},
    "a $ref to a remote document": {"openapi.yaml": CYCLIC_FILE.replace("b.yaml#/X", "https://example.test/b.yaml#/X")},
    "a $ref to a missing pointer in another file": {"openapi.yaml": DANGLING_FILE, "b.yaml": "X:\n  type: object\n"},
    "a local $ref to a missing pointer in a split file": {"openapi.yaml": CYCLIC_FILE, "b.yaml": "X:\n  $ref: '#/Y'\n"},
    "a dangling $ref, ref-unresolved off": {
        "openapi.yaml": DANGLING_FILE,
        "b.yaml": "X:\n  type: object\n",
        "pyproject.toml": REFS_OFF,
    },
    "nested 10k flow levels": {"openapi.yaml": "openapi: 3.1.0\ninfo: " + "[" * 10_000 + "]" * 10_000 + "\n"},
    "nested 10k block levels": {
        "openapi.yaml": '{"openapi": "3.1.0", "info": ' + '{"a": ' * 10_000 + "1" + "}" * 10_001
    },
    "paths a list": {"openapi.yaml": _changed(lambda d: d.update(paths=[1, 2]))},
    "operation a string": {"openapi.yaml": _changed(lambda d: _things(d).update(get="list them"))},
    "parameters a mapping": {"openapi.yaml": _changed(lambda d: _things(d)["get"].update(parameters={"a": 1}))},
    "responses a list": {"openapi.yaml": _changed(lambda d: _things(d)["get"].update(responses=["200"]))},
    "schemas a list": {"openapi.yaml": _changed(lambda d: d["components"].update(schemas=["Thing"]))},
    "schema a string": {"openapi.yaml": _changed(lambda d: d["components"]["schemas"].update(Thing="object"))},
    "components a string": {"openapi.yaml": _changed(lambda d: d.update(components="none"))},
    "info a string": {"openapi.yaml": _changed(lambda d: d.update(info="Hostile"))},
    "servers a string": {"openapi.yaml": _changed(lambda d: d.update(servers="https://example.test"))},
    "x-resource a number": {"openapi.yaml": _changed(lambda d: _things(d)["get"].update({"x-resource": 5}))},
    "x-pagination a string": {"openapi.yaml": _changed(lambda d: _things(d)["get"].update({"x-pagination": "yes"}))},
    "x-stream a list": {"openapi.yaml": _changed(lambda d: _things(d)["get"].update({"x-stream": [1]}))},
    "x-max-request-bytes code": {
        "openapi.yaml": _changed(lambda d: _things(d)["post"].update({"x-max-request-bytes": "1; import os"}))
    },
    "no x-resource": {"openapi.yaml": _changed(lambda d: _things(d)["get"].pop("x-resource"))},
    "operation a string, the structural rule off": {
        "openapi.yaml": _changed(lambda d: _things(d).update(get="list them")),
        "pyproject.toml": STRUCTURE_OFF,
    },
    "a python tag": {"openapi.yaml": HOSTILE_TEXT + "x-run: !!python/object/apply:os.system ['true']\n"},
    "an explicit tag on text of another type": {"openapi.yaml": HOSTILE_TEXT + "x-n: !!int twelve\n"},
    "a merge key": {"openapi.yaml": HOSTILE_TEXT + "x-base: &base {a: 1}\nx-more: {<<: *base, b: 2}\n"},
}
# With the API rules off (a configuration may turn them off), build meets the x- extensions lint would refuse.
NO_API_RULES = "[tool.claude-openapi.lint]\napi-rules = false\n"
for name, change in {
    "x-stream a list": lambda d: _things(d)["get"].update({"x-stream": [1]}),
    "x-stream without event-schema": lambda d: _things(d)["get"].update({"x-stream": {"request-field": "s"}}),
    "x-pagination empty": lambda d: _things(d)["get"].update({"x-pagination": {}}),
    "x-pagination of no field": lambda d: _things(d)["get"].update(
        {"x-pagination": {"scheme": "id_cursor", "items": "x"}}
    ),
    "x-betas a string": lambda d: _things(d)["get"].update({"x-betas": "files-api-2025-04-14"}),
    "accumulate a string": lambda d: _things(d)["get"].update({"x-stream": {"event-schema": {}, "accumulate": "m"}}),
}.items():
    MALFORMED[f"{name}, API rules off"] = {"openapi.yaml": _changed(change), "pyproject.toml": NO_API_RULES}


def _write(tmp: Path, files: dict[str, str]) -> Path:
    for name, text in {"pyproject.toml": LINT_CONFIG, **files}.items():
        (tmp / name).write_bytes(text.encode("utf-8", "surrogateescape"))
    return tmp / "openapi.yaml"


def _old_tree(out: Path) -> dict[str, bytes]:
    """A tree an earlier generate wrote (its mark lets the next one replace it)."""
    (out / "sub").mkdir(parents=True)
    (out / MARKER).write_text("an earlier tree's\n", encoding="utf-8")
    (out / "keep.txt").write_text("before", encoding="utf-8")
    (out / "sub/x.py").write_text("x = 1\n", encoding="utf-8")
    return read_tree(out)


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_spec_is_one_clear_error(case: str, tmp_path: Path) -> None:
    """In a subprocess, as a user runs it: exit 1, the last stderr line located, no traceback, output untouched."""
    spec = _write(tmp_path, MALFORMED[case])
    out = tmp_path / "generated"
    before = _old_tree(out)
    cmd = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    last = proc.stderr.strip().splitlines()[-1]
    if not LOCATED.fullmatch(last):  # a summary: the findings, located, are on stdout
        assert last.endswith("; nothing was generated"), last
        findings = proc.stdout.splitlines()
        assert findings and all(LOCATED.fullmatch(f.replace(" warning: ", " error: ")) for f in findings), findings
    assert read_tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({*MALFORMED[case], "pyproject.toml", "generated"})


# Each node of a fixture (the hostile one; the minimal one, bundled) replaced by a value of another type, with the
# fixture's configuration and with every rule turned off (then generate's own checks are all that stands between
# such a document and the build).
OTHER_TYPES: list[Any] = ["x", 0, -1, 1.5, True, None, [], {}, ["x"], {"x": 1}]
ALL_OFF = ", ".join(f'{rule} = "off"' for rule in sorted(CATALOG))
ALL_RULES_OFF = f"[tool.claude-openapi.lint]\napi-rules = false\nrules = {{ {ALL_OFF} }}\n"


def _nodes(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield from _nodes(child, join(pointer, key))


def _confusions(base: dict[str, Any], every_value: bool) -> list[tuple[str, Any]]:
    """(pointer, value): one value of another type per node, in turn, or every such value."""
    cases: list[tuple[str, Any]] = []
    for i, (pointer, node) in enumerate(list(_nodes(base))[1:]):
        others = [
            v for v in OTHER_TYPES if not (type(v) is type(node) and (isinstance(node, (dict, list)) or v == node))
        ]
        cases += [(pointer, value) for value in (others if every_value else [others[i % len(others)]])]
    return cases


def _replaced(base: dict[str, Any], pointer: str, value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(base)
    parent_pointer, _, last = pointer.rpartition("/")
    parent = node_at(doc, parent_pointer)
    parent[int(last) if isinstance(parent, list) else unescape(last)] = value
    return doc


@pytest.mark.parametrize("config", ["the fixture's", "every rule off"])
@pytest.mark.parametrize("fixture", ["hostile", "minimal"])  # minimal: a stream, betas, a page, split files
def test_a_node_of_another_type_is_a_clear_error(
    fixture: str, config: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The load, lint, build and render of the generate command (the models aside: the hostile specs test them)
    on every such document: a located error or a rendered client, never another exception. CLAUDE_OPENAPI_FUZZ
    tries every value on every node."""
    base = HOSTILE_DOC if fixture == "hostile" else load(ROOT / "tests/fixtures/minimal/openapi.yaml").document
    own = LINT_CONFIG if fixture == "hostile" else ""
    (tmp_path / "pyproject.toml").write_text(own if config == "the fixture's" else ALL_RULES_OFF)
    spec = tmp_path / "openapi.json"
    crashed: list[str] = []
    for pointer, value in _confusions(base, every_value=bool(FUZZ)):
        spec.write_text(json.dumps(_replaced(base, pointer, value)), encoding="utf-8")
        try:
            _rendered(spec, None, None, None)
        except Failed as exc:
            last = str(exc).splitlines()[-1]
            if not (LOCATED.fullmatch(last) or last.endswith("; nothing was generated")):
                crashed.append(f"{pointer} = {value!r}: {last}")
        except Exception as exc:
            crashed.append(f"{pointer} = {value!r}: {type(exc).__name__}: {exc}"[:300])
    capsys.readouterr()
    assert not crashed, "\n".join(crashed)


def test_huge_spec_is_refused_before_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "openapi.yaml"
    with spec.open("wb") as f:  # 160 MiB of YAML comments after a valid start: sparse, written at once
        f.write(HOSTILE_TEXT.encode("utf-8") + b"#")
        f.truncate(160 * 1024 * 1024)
    out = tmp_path / "generated"
    before = _old_tree(out)
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "167772160 bytes, more than the" in err and "Traceback" not in err
    assert read_tree(out) == before


def _previous_tree(out: Path, committed: dict[str, bytes]) -> dict[str, bytes]:
    """What the output looked like before: the expected tree with one file changed and one extra."""
    old = {**committed, "api.md": b"an older tree\n", "removed.py": b"x = 1\n"}
    for rel, data in old.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    return old


def _kill_when(proc: subprocess.Popen[bytes], ready: Callable[[Path], bool], workdir: Path) -> None:
    """SIGKILL the run and its formatters (its process group) once `ready(workdir)`: a job cancelled in CI."""
    while proc.poll() is None and not ready(workdir):
        time.sleep(0.002)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def _temps(parent: Path) -> list[Path]:
    return [p for p in parent.iterdir() if p.name.startswith(".generated.tmp-")]


def _killed_runs(spec: Path, expected: Path, points: list[Callable[[Path], bool]], tmp_path: Path) -> None:
    """`generate` killed at each point: the output is the old tree or the new one, never a mix, and holds no
    temporary tree; a later run (under another PYTHONHASHSEED) removes the dead runs' trees and gives
    `expected` byte for byte."""
    out = tmp_path / "generated"
    new = read_tree(expected)
    old = _previous_tree(out, new)
    cmd = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)]
    killed_mid_write = 0
    for seed, ready in enumerate(points, start=1):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.DEVNULL, start_new_session=True)
        _kill_when(proc, ready, tmp_path)
        killed_mid_write += proc.returncode == -signal.SIGKILL and bool(_temps(tmp_path))
        assert read_tree(out) in (old, new)
        assert not any(".tmp-" in p.name for p in out.iterdir())
    assert killed_mid_write, "no run was killed with its temporary tree in place"
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert read_tree(out) == new
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


def _writing(tmp: Path) -> bool:
    return any((t / "claude_api/types.py").is_file() for t in _temps(tmp))


def _swapped(tmp: Path) -> bool:
    api = tmp / "generated/api.md"
    return not api.is_file() or api.read_bytes() != b"an older tree\n"


def test_killed_generate_of_the_real_spec(tmp_path: Path) -> None:
    """Killed while writing its temporary tree; then the committed generated/ again, under another hash seed."""
    _killed_runs(ROOT / "spec/openapi.yaml", ROOT / "generated", [_writing], tmp_path)


def test_killed_generate_at_each_step(tmp_path: Path) -> None:
    """The hostile fixture (cheaper), killed as its temporary tree appears, and just after the swap."""
    spec = _write(tmp_path, {"openapi.yaml": HOSTILE_TEXT})
    work = tmp_path / "work"
    work.mkdir()
    expected = ROOT / "tests/fixtures/hostile/expected"
    _killed_runs(spec, expected, [lambda t: bool(_temps(t)), _swapped], work)


SWAP_KILLED_MIDWAY = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from generator import output

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    target = Path(sys.argv[1])
    new = target.parent / (output.temp_prefix(target) + "x")
    new.mkdir()
    (new / "api.md").write_text("new\\n")
    if sys.argv[2] == "exchange":  # killed after the exchange, before the old tree is removed
        output.shutil.rmtree = die
    else:  # the two-step fallback of platforms without an exchange, killed between its renames
        output._exchange = lambda a, b: False
        first = os.replace
        output.os.replace = lambda a, b: (first(a, b), die())
    output.swap(new, target)
    """)


@pytest.mark.parametrize("mode", ["exchange", "fallback"])
def test_swap_killed_midway_is_recovered(tmp_path: Path, mode: str) -> None:
    """With an exchange there is no in-between state; without one, the next run puts the old tree back before
    anything reads it. Either way the dead run's temporary tree (beside the output, never in it) is removed."""
    out = tmp_path / "generated"
    old = _old_tree(out)
    (tmp_path / "generated.old").mkdir()  # someone's, under the name the fallback once used: never touched
    (tmp_path / "generated.old/mine.txt").write_text("mine\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", SWAP_KILLED_MIDWAY, str(out), mode], cwd=ROOT, capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert read_tree(out) == ({"api.md": b"new\n"} if mode == "exchange" else {})
    assert not any(".tmp-" in p.name for p in out.iterdir()) if out.exists() else True
    recover(out)
    assert read_tree(out) == ({"api.md": b"new\n"} if mode == "exchange" else old)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "generated.old"]
    assert read_tree(tmp_path / "generated.old") == {"mine.txt": b"mine\n"}


def _everything(root: Path) -> dict[str, bytes | None]:
    """Every path under root, with a file's bytes (None for a directory, the target for a link)."""
    return {
        p.relative_to(root).as_posix(): (
            os.readlink(p).encode() if p.is_symlink() else None if p.is_dir() else p.read_bytes()
        )
        for p in sorted(root.rglob("*"))
    }


@pytest.mark.parametrize("where", ["a file", "a path under a file", "someone's directory", "someone's directory as ."])
def test_generate_replaces_only_a_directory_it_wrote(
    where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --out that is not a directory generate wrote (its MARKER) may hold someone's work, which a swap would
    delete: one line, exit 1, and nothing anywhere changed."""
    work = tmp_path / "work"
    (work / "src").mkdir(parents=True)
    (work / "notes.txt").write_text("mine\n", encoding="utf-8")
    (tmp_path / "file.txt").write_text("mine\n", encoding="utf-8")
    out = {
        "a file": tmp_path / "file.txt",
        "a path under a file": tmp_path / "file.txt/generated",
        "someone's directory": work,
        "someone's directory as .": Path("."),
    }[where]
    monkeypatch.chdir(work)
    before = _everything(tmp_path)
    assert main(["generate", "--spec", str(HOSTILE), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert err.startswith(str(out)) and "nothing was written" in err, err
    assert _everything(tmp_path) == before


def test_the_root_of_the_file_system_is_never_an_output() -> None:
    with pytest.raises(OutputError, match="cannot be the root"):
        output_dir(Path("/"), replacing=False)


def test_generate_writes_an_empty_directory_and_through_a_link(tmp_path: Path) -> None:
    """An empty directory is taken; a link to a generated tree stays a link, and the tree it names is replaced."""
    real = tmp_path / "real"
    real.mkdir()
    assert main(["generate", "--spec", str(HOSTILE), "--out", str(real)]) == 0
    expected = read_tree(ROOT / "tests/fixtures/hostile/expected")
    assert read_tree(real) == expected and MARKER in expected
    (real / "stale.txt").write_text("from an earlier run\n", encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    assert main(["generate", "--spec", str(HOSTILE), "--out", str(link)]) == 0
    assert link.is_symlink() and read_tree(real) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "real"]


def test_a_failed_fallback_swap_puts_the_old_tree_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without an exchange the old tree is moved aside first: if the new one then cannot be moved in, the old one
    goes back at once (recover() would leave it aside while this process lives)."""
    from generator import output

    out = tmp_path / "generated"
    old = _old_tree(out)
    new = tmp_path / (output.temp_prefix(out) + "x")
    new.mkdir()
    monkeypatch.setattr(output, "_exchange", lambda a, b: False)
    first = os.replace

    def refuse_the_new_tree(a: Path, b: Path) -> None:
        if Path(a) == new:
            raise OSError(28, "No space left on device", str(a))
        first(a, b)

    monkeypatch.setattr(output.os, "replace", refuse_the_new_tree)
    with pytest.raises(OSError, match="No space left"):
        output.swap(new, out)
    assert read_tree(out) == old
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["generated", new.name])


def test_the_output_keeps_its_mode_or_gets_the_umask(tmp_path: Path) -> None:
    """The new tree is built in a private temporary directory (0700): once swapped in, it has the mode of the
    directory it replaced, or the umask's for a new one, as if mkdir had made it."""
    kept, new = tmp_path / "kept", tmp_path / "new"
    kept.mkdir()
    kept.chmod(0o750)
    umask = os.umask(0o022)
    try:
        for out in (kept, new):
            assert main(["generate", "--spec", str(HOSTILE), "--out", str(out)]) == 0
    finally:
        os.umask(umask)
    assert (kept.stat().st_mode & 0o777, new.stat().st_mode & 0o777) == (0o750, 0o755)


def test_a_loop_of_links_as_the_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    assert main(["generate", "--spec", str(HOSTILE), "--out", str(loop)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and str(loop) in err, err
    assert loop.is_symlink() and sorted(p.name for p in tmp_path.iterdir()) == ["loop"]


def test_check_makes_no_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "not/yet/generated"
    assert main(["check", "--spec", str(HOSTILE), "--out", str(out)]) == 1
    assert "differs from what" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_no_machine_path_in_output(tmp_path: Path) -> None:
    """Neither the output directory, the repository, the home directory nor a Windows separator reaches output."""
    out = tmp_path / "deep" / "generated"
    assert main(["generate", "--spec", str(HOSTILE), "--out", str(out)]) == 0
    trees = {"hostile": read_tree(out), "committed": read_tree(ROOT / "generated")}
    machine = [str(p) for p in (tmp_path, ROOT, Path.home(), Path.cwd())]
    machine += [m.replace("/", "\\") for m in machine]  # the same places as a Windows run would spell them
    for label, tree in trees.items():
        for rel, data in tree.items():
            assert "\\" not in rel and not rel.startswith("/"), rel
            text = data.decode("utf-8")
            assert not [m for m in machine if m in text], f"{label}/{rel} names a machine path"


CONFINEMENT: dict[str, Callable[[dict[str, Any]], None]] = {
    "x-python-package ../evil": lambda d: d["info"].update({"x-python-package": "../evil"}),
    "x-python-package /abs": lambda d: d["info"].update({"x-python-package": "/tmp/evil"}),
    "title ../../evil without package": lambda d: (
        d["info"].pop("x-python-package"),
        d["info"].update(title="../../evil"),
    ),
    "x-resource ../../evil": lambda d: _things(d)["get"].update({"x-resource": "../../evil"}),
    "x-resource ..": lambda d: _things(d)["get"].update({"x-resource": ".."}),
    "x-resource absolute": lambda d: _things(d)["get"].update({"x-resource": "/tmp/evil.x"}),
    "x-method ../evil": lambda d: _things(d)["get"].update({"x-method": "../evil"}),
    "operationId ../evil": lambda d: _things(d)["get"].update(operationId="../../evil"),
    "tag ../evil": lambda d: (d.update(tags=[{"name": "../../evil"}]), _things(d)["get"].update(tags=["../../evil"])),
    "schema ../../x": lambda d: d["components"]["schemas"].update({"../../x": {"type": "object"}}),
    "schema ..": lambda d: d["components"]["schemas"].update({"..": {"type": "object"}}),
    "title ../../evil": lambda d: d["info"].update(title="../../evil"),
}


@pytest.mark.parametrize("case", sorted(CONFINEMENT))
def test_spec_content_never_writes_outside_the_output(case: str, tmp_path: Path) -> None:
    """Whatever it names, the run writes only its output directory (and its own temporary trees, removed)."""
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    doc = copy.deepcopy(HOSTILE_DOC)
    CONFINEMENT[case](doc)
    spec = work / "openapi.yaml"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    (work / "pyproject.toml").write_text(LINT_CONFIG, encoding="utf-8")
    out = work / "generated"
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    code = main(["generate", "--spec", str(spec), "--out", str(out)])
    assert code in (0, 1)
    after = sorted(str(p) for p in tmp_path.rglob("*") if out not in (p, *p.parents))
    assert after == before
    assert not Path("/tmp/evil").exists() and not Path("/tmp/evil.x").exists()
    for rel in read_tree(out):
        assert ".." not in rel.split("/") and (out / rel).resolve().is_relative_to(out.resolve()), rel


def test_json_escapes_of_characters_beyond_the_bmp_load(tmp_path: Path) -> None:
    """json.dumps writes an emoji as a pair of escapes, which YAML alone refuses; an escaped backslash stays text."""
    from generator.load import load

    doc = {
        "openapi": "3.1.0",
        "info": {"title": "Pets \U0001f436", "version": "1", "description": "\\ud83d\\ude00 is text"},
        "paths": {},
    }
    (tmp_path / "openapi.json").write_text(json.dumps(doc), encoding="utf-8")
    assert "\\ud83d" in (tmp_path / "openapi.json").read_text(encoding="utf-8")
    loaded = load(tmp_path / "openapi.json", tmp_path)
    assert loaded.document["info"] == doc["info"]
    assert str(loaded.sources.find("/info/version")).startswith("openapi.json:1:")


COLLAPSED = ROOT / "tests/fixtures/collapsed/openapi.yaml"


def test_object_schemas_without_a_class_of_their_name(tmp_path: Path) -> None:
    """The shapes of GitHub's description that crashed `generate` (KeyError in models.check_classes): schemas that
    say `type: object` but are a oneOf (OrgRulesetConditions, RepositoryRule) or only a map (Labels), referenced by
    another schema. datamodel-code-generator writes no class of their names (collapse_root_models inlines them; a
    oneOf's inline members become OrgRulesetConditions1, 2), so build must never name them: it inlines them too,
    and the client it writes works (its own contract tests pass)."""
    out = tmp_path / "generated"
    assert main(["generate", "--spec", str(COLLAPSED), "--out", str(out)]) == 0
    types = (out / "rulesets/types.py").read_text(encoding="utf-8")
    classes = {node.name for node in ast.parse(types).body if isinstance(node, ast.ClassDef)}
    assert {"Ruleset", "CreationRule", "DeletionRule", "OrgRulesetConditions1", "OrgRulesetConditions2"} <= classes
    assert not {"OrgRulesetConditions", "RepositoryRule", "Labels"} & classes
    rules = (out / "rulesets/resources/rules.py").read_text(encoding="utf-8")
    assert ") -> Union[CreationRule, DeletionRule]:" in rules
    create = (out / "rulesets/resources/rulesets.py").read_text(encoding="utf-8")
    assert "labels: Mapping[str, Any] = OMIT" in create and "Sequence[Union[CreationRule, DeletionRule, " in create
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:]


@pytest.mark.parametrize("package", ["../x", "a b", "x.y", "class", "", "1st", "Ünï"])
def test_a_package_name_that_cannot_be_imported_is_a_usage_error(
    package: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--package names a directory and every import of the client: before, '../x' was stopped only at the
    write, and 'a b' or 'class' failed in ruff after the whole pipeline had run."""
    with pytest.raises(SystemExit) as caught:
        main(["generate", "--spec", str(HOSTILE), "--out", str(tmp_path / "out"), "--package", package])
    assert caught.value.code == 2
    assert f"argument --package: {package!r} is not a Python package name" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
