"""generator.background: the models computed in a forked process while the lint runs."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

from generator.background import Background
from generator.build import BuildError
from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _pid_and(value: str) -> tuple[int, str]:
    return os.getpid(), value


def _fail(pointer: str) -> None:
    raise BuildError(pointer, "what to fix")


class _Unpicklable(Exception):
    def __init__(self) -> None:
        super().__init__("no")
        self.handle = lambda: None  # a lambda cannot be pickled


def _unpicklable() -> None:
    raise _Unpicklable()


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _sleep() -> None:
    time.sleep(60)


needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods() or (os.cpu_count() or 1) < 2, reason="runs inline here"
)


@needs_fork
def test_result_comes_from_another_process() -> None:
    pid, value = Background(_pid_and, "x").result()
    assert value == "x" and pid != os.getpid()


@needs_fork
def test_build_error_crosses_with_its_pointer() -> None:
    job = Background(_fail, "/components/schemas/X")
    with pytest.raises(BuildError) as caught:
        job.result()
    assert (caught.value.pointer, caught.value.message) == ("/components/schemas/X", "what to fix")


@needs_fork
def test_an_exception_that_cannot_cross_becomes_its_traceback() -> None:
    with pytest.raises(RuntimeError, match="_Unpicklable"):
        Background(_unpicklable).result()


@needs_fork
def test_a_dead_child_is_an_error_not_a_hang() -> None:
    with pytest.raises(RuntimeError, match="died"):
        Background(_die).result()


@needs_fork
def test_cancel_stops_the_child() -> None:
    job = Background(_sleep)
    job.cancel()
    assert not multiprocessing.active_children()


def test_without_fork_it_runs_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    pid, value = Background(_pid_and, "y").result()
    assert (pid, value) == (os.getpid(), "y")
    assert Background(gc.isenabled).result() and gc.isenabled()  # collection stays on in this process


@needs_fork
def test_the_child_computes_without_garbage_collection() -> None:
    """It exits when its value is made: collecting would only cost time (a tenth of the models')."""
    assert gc.isenabled()
    assert Background(gc.isenabled).result() is False
    job = Background.deferred(gc.isenabled, prepare=gc.isenabled)
    job.start()
    assert job.result() is False and gc.isenabled()


PREPARED: list[int] = []


def _prepare() -> None:
    PREPARED.append(os.getpid())


def _prepared_pid_and(value: str) -> tuple[int, list[int], str]:
    return os.getpid(), PREPARED, value


def _fail_to_prepare() -> None:
    raise BuildError("/info", "cannot prepare")


@needs_fork
def test_a_deferred_job_prepares_in_its_child_then_takes_its_arguments() -> None:
    job = Background.deferred(_prepared_pid_and, prepare=_prepare)
    job.start("z")
    pid, prepared, value = job.result()
    assert pid != os.getpid() and prepared == [pid] and value == "z"
    assert not PREPARED  # nothing ran here


@needs_fork
def test_a_deferred_job_cancelled_before_its_arguments_stops() -> None:
    job = Background.deferred(_pid_and, prepare=_prepare)
    job.cancel()
    assert not multiprocessing.active_children()


@needs_fork
def test_a_failing_preparation_crosses_as_the_result() -> None:
    job = Background.deferred(_pid_and, prepare=_fail_to_prepare)
    job.start("z")
    with pytest.raises(BuildError, match="cannot prepare"):
        job.result()


def test_a_deferred_job_without_fork_runs_inline_with_its_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    job = Background.deferred(_pid_and, prepare=_prepare)
    job.start("w")
    assert job.result() == (os.getpid(), "w")


def test_lint_errors_leave_no_child_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = (ROOT / "tests/fixtures/hostile/openapi.yaml").read_text(encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(spec.replace("type: object", "type: objekt", 1), encoding="utf-8")
    code = main(["generate", "--spec", str(tmp_path / "bad.yaml"), "--out", str(tmp_path / "out")])
    assert code == 1 and "the spec has lint errors" in capsys.readouterr().err
    assert not multiprocessing.active_children()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("version", ["3.1.0", "2.0.0"])
def test_lint_leaves_no_child_behind(version: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The structural check runs in a forked process: whether it was given the document or not (a version it
    does not check), the process is gone when the lint ends, and its errors are the findings."""
    spec = (ROOT / "tests/fixtures/hostile/openapi.yaml").read_text(encoding="utf-8")
    spec = spec.replace("openapi: 3.1.0", f"openapi: {version}", 1).replace("type: object", "type: objekt", 1)
    (tmp_path / "bad.yaml").write_text(spec, encoding="utf-8")
    assert main(["lint", "--no-cache", "--spec", str(tmp_path / "bad.yaml")]) == 1
    out = capsys.readouterr().out
    assert ("oas-structure" in out) == (version == "3.1.0") and ("oas-version" in out) == (version == "2.0.0")
    assert not multiprocessing.active_children()


def _parent_then_child(path: str) -> None:
    """A process that starts a background job that would run for a minute, records the child, then waits."""
    job = Background(_sleep)
    Path(path).write_text(str(job._child.pid), encoding="utf-8")  # pyright: ignore[reportPrivateUsage]
    time.sleep(60)


@needs_fork
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="the kernel's parent-death signal is Linux's")
def test_killing_the_parent_kills_the_child(tmp_path: Path) -> None:
    record = tmp_path / "child"
    parent = multiprocessing.get_context("fork").Process(target=_parent_then_child, args=(str(record),))
    parent.start()
    deadline = time.monotonic() + 30
    while not record.exists() or not record.read_text(encoding="utf-8"):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    child = int(record.read_text(encoding="utf-8"))
    os.kill(parent.pid, signal.SIGKILL)  # type: ignore[arg-type]
    parent.join()
    while Path(f"/proc/{child}").exists() and "Z" not in _state(child):
        assert time.monotonic() < deadline, "the child outlived its parent"
        time.sleep(0.05)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"
