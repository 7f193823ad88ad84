"""Run a command; write its wall time, CPU time and peak RSS (from wait4) as JSON.

A separate, small process on purpose: a child's peak RSS (ru_maxrss) includes what its parent had when it
forked, so a command started straight from the benchmark's own (large) process would report that size too.

    python -S bench/timed.py RESULT.json CMD [ARG ...]
"""

import json
import os
import sys
import time


def main() -> int:
    result, cmd = sys.argv[1], sys.argv[2:]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    with open(result, "w") as f:
        json.dump(
            {
                "wall": wall,
                "cpu": usage.ru_utime + usage.ru_stime,
                "maxrss_kb": usage.ru_maxrss,
                "rc": os.waitstatus_to_exitcode(status),
            },
            f,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
