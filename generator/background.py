"""One function computed in a forked process while this one goes on.

The models (datamodel-code-generator) and the lint are the two slow pure-Python stages of a generate and do not
depend on each other; in two processes they take the time of the slower one on a machine with two cores."""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import pickle
import signal
import traceback
from collections.abc import Callable
from functools import partial
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Background(Generic[T]):
    """`fn(*args)` in a child process; `result()` waits and returns its value or raises its exception.

    Where fork is not available, or there is one core, nothing runs until `result()`, which calls `fn` here."""

    def __init__(self, fn: Callable[..., T], *args: Any):
        self._child: Any = None
        self._arguments: Connection | None = None
        self._call = lambda: fn(*args)
        if _can_fork():
            self._fork(self._call)

    @classmethod
    def deferred(cls, fn: Callable[..., T], prepare: Callable[[], object]) -> Background[T]:
        """A child forked now, which runs `prepare()` (imports, say) while this process goes on, then waits for
        the arguments `start()` sends it (pickled) and computes `fn(*args)`."""
        job = cls.__new__(cls)
        job._child, job._arguments, job._args = None, None, ()
        job._call = lambda: fn(*job._args)
        if _can_fork():
            receive, job._arguments = multiprocessing.get_context("fork").Pipe(duplex=False)
            job._fork(partial(_prepared, fn, prepare, receive, job._arguments))
            receive.close()
        return job

    def start(self, *args: Any) -> None:
        """Give a deferred job its arguments."""
        self._args = args
        if self._arguments is not None:
            self._arguments.send(args)
            self._arguments.close()
            self._arguments = None

    def _fork(self, call: Callable[[], Any]) -> None:
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._child = context.Process(target=_run, args=(send, call, os.getpid()), daemon=True)
        self._child.start()
        send.close()

    def result(self) -> T:
        if self._child is None:
            return self._call()
        try:
            kind, value = self._receive.recv()
        except EOFError:
            self._child.join()
            raise RuntimeError(
                f"the process computing in the background died (exit code {self._child.exitcode})"
            ) from None
        finally:
            self._receive.close()
        self._child.join()
        self._child = None
        self._call = lambda: _raise_or_return(kind, value)
        return _raise_or_return(kind, value)

    def cancel(self) -> None:
        """Stop the child if it still runs (when its result is no longer wanted)."""
        if self._child is not None:
            self._child.terminate()
            self._child.join()
            self._receive.close()
            self._child = None
        if self._arguments is not None:
            self._arguments.close()
            self._arguments = None


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) >= 2


def _prepared(
    fn: Callable[..., Any], prepare: Callable[[], object], arguments: Connection, parents_end: Connection
) -> Any:
    parents_end.close()  # this copy would keep the pipe open: the parent's close must read as the end
    prepare()
    try:
        args = arguments.recv()
    except EOFError:  # closed without arguments: nothing is wanted
        os._exit(0)
    return fn(*args)


def _raise_or_return(kind: str, value: Any) -> Any:
    if kind == "error":
        raise value
    return value


def _die_with(parent: int) -> None:
    """On Linux, the kernel kills this child when its parent dies (a killed generate leaves nothing running)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _run(send: Connection, call: Callable[[], Any], parent: int) -> None:
    _die_with(parent)
    # The child computes one value and exits: collections would only walk the objects it makes (a tenth of the
    # models' time) to free memory the exit frees anyway.
    gc.disable()
    try:
        message: tuple[str, Any] = ("ok", call())
    except BaseException as exc:  # handed to the parent, which raises it
        try:
            pickle.dumps(exc)
            message = ("error", exc)
        except Exception:
            message = ("error", RuntimeError("".join(traceback.format_exception(exc))))
    send.send(message)
    send.close()
