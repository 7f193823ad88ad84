"""bench/README.md from the results of bench/run.py (also: `python bench/report.py results.json` re-renders)."""

from __future__ import annotations

import json
import math
import sys
from typing import Any

TOOLS = {
    "ours": "ours: `python -m generator generate` on `spec/` (no run-cache entry)",
    "opc": "openapi-python-client `generate` on the bundled spec",
    "opc_fair": "openapi-python-client, array header params made strings (so it keeps every operation)",
    "dmcg": "datamodel-code-generator on the bundled spec (models only)",
}
STAGES = [
    *("cache.lookup", "load", "lint.structural", "lint.rules", "build", "render", "models", "models.wait"),
    *("format.ruff", "format.black", "write", "cache.store"),
]


def s(x: Any, digits: int = 1) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return f"{x:.{digits}f}"


def ms(x: Any) -> str:
    return "–" if x is None else f"{x * 1e3:.2f} ms" if x < 1 else f"{x:.2f} s"


def us(x: float) -> str:
    return f"{x * 1e6:.0f} µs" if x < 1e-3 else f"{x * 1e3:.1f} ms"


def ratio(a: Any, b: Any) -> str:
    if not a or not b:
        return "–"
    return f"{a / b:.2f}×"


def k(x: Any) -> str:
    return "–" if x is None else f"{x:.2f}"


def render(r: dict[str, Any]) -> str:
    out: list[str] = []
    w = out.append
    m = r["machine"]
    w("# Benchmarks\n")
    w(
        "Written by `./scripts/bench` (bench/run.py), which installs what it needs into `bench/.venv` on first run "
        "(the project with its `bench` extra: openapi-python-client, datamodel-code-generator, the official `anthropic` "
        "SDK), measures, and rewrites this file and `bench/results.json` (every run's numbers). Times are wall-clock "
        "medians of several runs, peak RSS is that of the largest process of the tree (as `/usr/bin/time` reports it), "
        "and every ratio compares numbers from the same run. Timings never go into tests. "
        "`./scripts/bench --help` lists the options (`--only` runs some sections, `--runs`, `--scales`, budgets).\n"
    )
    carried = r.get("carried", {})
    w(
        f"Run of {r['date']}: {s(r['total_s'] / 60)} min in all "
        f"({', '.join(f'{k_} {s(v / 60)} min' for k_, v in r.get('section_s', {}).items() if k_ not in carried)}). "
        f"Arguments: `{' '.join(f'--{k_.replace(chr(95), chr(45))} {v}' for k_, v in r['args'].items() if k_ not in ('out', 'json'))}`.\n"
    )
    if carried:
        w(
            "Sections this run did not measure are kept from earlier runs: "
            + ", ".join(f"{k_} (run of {v.get('date')}, checkout {v.get('commit')})" for k_, v in carried.items())
            + "; the machine table below is this run's.\n"
        )
    w("## Machine and versions\n")
    w("| | |\n|---|---|")
    w(f"| cores | {m['cores']} ({m['cpu']}) |")
    w(f"| memory | {m['memory']} |")
    w(f"| Python | {m['python']} |")
    w(f"| OS | {m['os']} |")
    w(f"| checkout | {m['commit']} |")
    before, after = m.get("load_before"), m.get("load_after")
    w(
        f"| load average (1, 5, 15 min) | before {fmt_load(before)}, after {fmt_load(after)}: "
        "the machine was shared with other work, so absolute times are noisy; the ratios are what counts |"
    )
    w("| tools | " + ", ".join(f"{k_} {v}" for k_, v in r["versions"].items()) + " |\n")
    if "generation" in r:
        generation(r["generation"], w)
    if "scaling" in r:
        scaling(r["scaling"], w)
    if "third_party" in r:
        third_party(r["third_party"], w)
    if "runtime" in r:
        runtime(r["runtime"], r.get("imports", {}), w)
    if "lint" in r:
        lint(r["lint"], w)
    targets(r, w)
    raw_runs(r, w)
    return "\n".join(out) + "\n"


def fmt_load(x: Any) -> str:
    return "–" if not x else " / ".join(f"{v:.2f}" for v in x)


def generation(g: dict[str, Any], w: Any) -> None:
    inp = g["input"]
    w("## 1. Generation: our spec, ours against the peers\n")
    w(
        f"Input: our spec, {inp['operations']} operations and {inp['schemas']} schemas ({inp['object_schemas']} of them "
        "objects with properties). The peers read the bundled document `generated/claude_api/openapi.json` (they need one "
        "file); ours reads `spec/` as it always does. Each tool formats its own output as it does by default "
        "(ours: ruff, whose output `./scripts/test` proves is black's; openapi-python-client: its ruff post-hooks; datamodel-code-generator: black + isort). "
        "Runs are interleaved (ours, opc, opc', dmcg, ours, ...).\n"
    )
    ours = g["tools"].get("ours", {}).get("median_s")
    w(
        "| tool | median | ours ÷ this | peak RSS | CPU | exit codes | operations out | schemas with a type of their name | object schemas without one |"
    )
    w("|---|---|---|---|---|---|---|---|---|")
    for name, t in g["tools"].items():
        o = t.get("output", {})
        ops = o.get("operations")
        ops_text = "models only" if ops is None and name == "dmcg" else f"{ops} of {inp['operations']}"
        if o.get("endpoints_not_generated"):
            ops_text += f" ({o['endpoints_not_generated']} dropped with a warning)"
        if "error" in o:
            ops_text = f"could not count: {o['error']}"
        w(
            f"| {TOOLS.get(name, name)} | {s(t['median_s'])} s | {ratio(ours, t['median_s'])} | "
            f"{s(t['median_rss_mib'], 0)} MiB | {s(t['median_cpu_s'])} s | {t['exit_codes']} | {ops_text} | "
            f"{o.get('named_types', '–')} of {inp['schemas']} | {o.get('missing_objects', '–')}"
            f"{' (' + ', '.join(o['missing_examples']) + ')' if o.get('missing_objects') else ''} |"
        )
    w("")
    notes = []
    o = g["tools"].get("ours", {})
    if "identical_to_committed" in o:
        notes.append(
            "Ours wrote a tree "
            + ("byte-identical to" if o["identical_to_committed"] else "**different from**")
            + " the committed `generated/`."
        )
    opc = g["tools"].get("opc", {}).get("output", {})
    for why, n in (opc.get("why_not_generated") or {}).items():
        notes.append(
            f'openapi-python-client dropped {n} endpoints ("{why}": the `anthropic-beta` header is an array); '
            f"the opc' row changes {g.get('opc_fair_changed_params')} such parameter(s) to a string so that "
            "its time covers every operation."
        )
    if o.get("output", {}).get("missing"):
        notes.append(
            f"Ours has no type named after {o['output']['missing']} schemas, none of them objects: enums and "
            "unions that the pinned datamodel-code-generator flags inline where used "
            "(`collapse_root_models`, `enum_field_as_literal`)."
        )
    for n in notes:
        w(f"- {n}")
    c = g.get("check")
    if c:
        w("")
        w(
            f"**No-op `python -m generator check`** (nothing changed since the last run, which the run cache answers): median **{s(c['median_s'], 2)} s**, "
            f"peak RSS {s(c['median_rss_mib'], 0)} MiB, exit codes {c['exit_codes']}. Where its time goes "
            "(bench/stages.py runs the same CLI with timers):\n"
        )
        st = c.get("stages") or {}
        w("| " + " | ".join(x for x in STAGES if x in st) + " | total |")
        w("|" + "---|" * (sum(x in st for x in STAGES) + 1))
        w("| " + " | ".join(f"{s(st[x], 2)} s" for x in STAGES if x in st) + f" | {s(st.get('total'), 2)} s |")
    e = g.get("after_operation_edit")
    if e:
        w("")
        w(
            f"**`generate` after an edit of one operation** (a copy of `spec/` whose first summary, {e['edited']}, "
            "gets a new suffix before each run: a run-cache miss; the models come from the models cache of the "
            f"last run above): median **{s(e['median_s'], 2)} s**, peak RSS {s(e['median_rss_mib'], 0)} MiB, "
            f"exit codes {e['exit_codes']}."
        )
    w("")


def scaling(sc: dict[str, Any], w: Any) -> None:
    w("## 2. Scaling: synthetic specs of N× our operations\n")
    w(
        "`bench/synth.py` copies the bundled document N times: copy k repeats every path under `/copy{k}` with "
        "operationIds `…_copy{k}`, `x-resource` `copy{k}.…` (`beta.copy{k}.…` for beta ones) and every schema renamed `…Copy{k}` (refs, discriminator "
        "mappings and titles follow; the error envelope `ErrorResponse` stays shared, as the linter requires). Our full `generate` (no run-cache entry) runs through bench/stages.py, which "
        "times each stage of the unchanged CLI. k is the growth exponent (time ∝ N^k): 1 is linear.\n"
    )
    pts = sc["points"]
    good = [p for p in pts if not any(p["exit_codes"])]
    w("| scale | operations | schemas | spec | wall | peak RSS | wall per 100 operations | k (time) | k (RSS) | exit |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    for p in pts:
        w(
            f"| {p['scale']}× | {p['operations']} | {p['schemas']} | {s(p['spec_mib'])} MiB | {s(p['median_s'])} s "
            f"({len(p['runs'])} run{'s' if len(p['runs']) > 1 else ''}) | {s(p['median_rss_mib'], 0)} MiB | "
            f"{s(p['median_s'] / p['operations'] * 100, 2)} s | {k(p.get('time_exponent'))} | {k(p.get('rss_exponent'))} | "
            f"{p['exit_codes']} |"
        )
    for sk in sc.get("skipped", []):
        w(f"| {sk['scale']}× | – | – | – | skipped: {sk['why']} | | | | | |")
    w("")
    for p in pts:
        if any(p["exit_codes"]):
            last = ((p.get("log_tail") or "").strip().splitlines() or ["?"])[-1]
            w(f"The {p['scale']}× run failed: `{last}`\n")
    if len(good) >= 2:
        pts = good
        te, re_ = sc.get("time_exponent"), sc.get("rss_exponent")
        verdict = "linear" if te is not None and te <= 1.15 else "**worse than linear**"
        w(
            f"From {pts[0]['scale']}× to {pts[-1]['scale']}×: time grows as N^{k(te)} ({verdict}), peak RSS as N^{k(re_)} "
            f"({'linear or better' if re_ is not None and re_ <= 1.15 else '**worse than linear**'}).\n"
        )
        w("Seconds per stage (median), and each stage's growth exponent from the first to the last scale:\n")
        names = [x for x in STAGES if any(x in p["stages"] for p in pts)]
        w("| stage | " + " | ".join(f"{p['scale']}×" for p in pts) + " | k |")
        w("|---|" + "---|" * (len(pts) + 1))
        for x in names:
            w(
                f"| {x} | "
                + " | ".join(s(p["stages"].get(x), 2) for p in pts)
                + f" | {k(sc.get('stage_exponents', {}).get(x))} |"
            )
        w("")
    if sc.get("skipped"):
        budget = sc.get("budget_s")
        left = (
            "" if budget is None or budget == math.inf else f" or than the time left for the section ({s(budget, 0)} s)"
        )
        w(
            f"A scale is skipped when the growth measured so far predicts more than the per-scale limit "
            f"({s(sc['per_scale_s'], 0)} s){left}: on 2 cores 50× would take about an hour, past a bench run that "
            "aims at about 15 minutes. `./scripts/bench --only scaling --scales 1,10,50 --per-scale 7200` measures it, "
            "for as long as that takes.\n"
        )


def third_party(tp: dict[str, Any], w: Any) -> None:
    w("## 3. Third-party specs\n")
    w(
        "Ours first runs on each spec as it is. Our build needs our x- vocabulary (`x-resource`, `x-method`), which no "
        "third-party spec has, so to measure it anyway `bench/annotate.py` adds that vocabulary mechanically "
        "(snake_case operationIds, `x-resource`/`x-method` from them or the first tag, `x-max-request-bytes` and a "
        "413 on bodies; examples stripped, as our linter validates them; schemas renamed to the class name their model "
        "gets, `simple-user` to `SimpleUser`, as our build requires), then removes, one at a time, each operation "
        "our build refuses. The spec is otherwise unchanged. A pyproject.toml beside it sets `api-rules = false` (the "
        "Claude-API-specific rules are not for other APIs) and makes the rules about someone else's spec quality "
        "(example-valid, type-keyword-mismatch, …) warnings, so that generation is what is measured. "
        "openapi-python-client runs on the original file for comparison.\n"
    )
    w(
        "| spec | input | ours, as it is | annotated: what the bench had to change | ours on the annotated spec | operations out | object schemas out | openapi-python-client |"
    )
    w("|---|---|---|---|---|---|---|---|")
    for name, e in tp.items():
        if "error" in e:
            w(f"| {name} | {e['what']} | {e['error']} | | | | | |")
            continue
        inp = e["input"]
        a = e.get("as_is", {})
        rules = ", ".join(
            f"{n} {rule}" for rule, n in sorted(a.get("findings_by_rule", {}).items(), key=lambda x: -x[1])
        )
        found = sum(a.get("findings_by_rule", {}).values())
        as_is = f"exit {a.get('rc')} after {s(a.get('wall'))} s: {found} findings" + (f" ({rules})" if rules else "")
        if a.get("traceback"):
            as_is += f"; **crashed with a traceback**: `{a.get('last_line')}`"
        elif a.get("rc") and a.get("last_line"):
            as_is += f"; said: `{a['last_line']}`"
        if a.get("output"):
            as_is += f"; {a['output']['operations']} operations out"
        an = e.get("annotate", {})
        refused = an.get("refused", [])
        changes = []
        if an.get("renamed_schemas"):
            changes.append(f"{an['renamed_schemas']} schemas renamed to their model class name")
        changes.append(f"{len(refused)} operations refused by our build")
        if an.get("unparsable"):
            changes.append(f"{len(an['unparsable'])} rendered files did not compile (e.g. `{an['unparsable'][0][2]}`)")
        run = e.get("annotated_run", {})
        o = e.get("output", {})
        ai = e.get("annotated_input", {})
        ours = f"exit {run.get('rc')}: {s(run.get('wall'))} s, {s(run.get('rss_mib'), 0)} MiB" if run else "–"
        if run.get("findings_by_rule"):
            ours += " (lint: " + ", ".join(f"{n} {rule}" for rule, n in sorted(run["findings_by_rule"].items())) + ")"
        ops = f"{o.get('operations')} of {ai.get('operations')} ({inp['operations']} in the original)" if o else "–"
        objs = (
            (
                f"{ai.get('object_schemas', 0) - o.get('missing_objects', 0)} of {ai.get('object_schemas')}; "
                f"{o.get('named_types')} of {ai.get('schemas')} schemas named"
            )
            if o
            else "–"
        )
        opc = e.get("opc", {})
        oo = opc.get("output", {})
        opc_text = (
            (
                f"exit {opc.get('rc')}: {s(opc.get('wall'))} s, {s(opc.get('rss_mib'), 0)} MiB, "
                f"{oo.get('operations', '–')} of {inp['operations']} operations, "
                f"object schemas without a class: {oo.get('missing_objects', '–')} "
                f"({oo.get('schema_warnings', 0)} schema warnings); ours ÷ opc: {ratio(run.get('wall'), opc.get('wall'))}"
            )
            if opc
            else "–"
        )
        w(
            f"| {name}: {e['what']} ({s(e['spec_mib'], 2)} MiB) | {inp['operations']} operations, {inp['schemas']} schemas "
            f"| {as_is} | {'; '.join(changes)} | {ours} | {ops} | {objs} | {opc_text} |"
        )
    w("")
    for name, e in tp.items():
        refused = e.get("annotate", {}).get("refused", [])
        if refused:
            reasons: dict[str, int] = {}
            for _, why in refused:
                key = why.split(" which ")[0] if "becomes" in why else why.split(", not ")[0]
                reasons[key] = reasons.get(key, 0) + 1
            w(
                f"- {name}: operations our build refuses: "
                + "; ".join(f'{n}× "{why}…"' for why, n in sorted(reasons.items(), key=lambda x: -x[1]))
                + "."
            )
        st = (e.get("annotated_run") or {}).get("stages")
        if st:
            w(
                f"- {name}: stages of our generate: "
                + ", ".join(f"{x} {s(st[x], 1)} s" for x in STAGES if x in st)
                + "."
            )
        tail = (e.get("annotated_run") or {}).get("log_tail")
        if tail:
            crashed = "Traceback (most recent call last)" in tail
            how = "**crashed with a traceback**" if crashed else "failed"
            w(f"- {name}: our generate on the annotated spec {how}: `{tail.strip().splitlines()[-1][:300]}`")
    w("")


def runtime(rt: dict[str, Any], imports: dict[str, Any], w: Any) -> None:
    w("## 4. The generated client at run time\n")
    if "error" in rt:
        w(f"The runtime benchmark failed:\n\n```\n{rt['error']}\n```\n")
        return
    z = rt["sizes"]
    w(
        "`bench/runtime.py`: each client sends through an in-process mock transport that answers with bytes made in "
        "advance, so the numbers are the clients' own work. Ours: `claude_api.Client(http_client=httpx.Client("
        "transport=httpx.MockTransport(…)))`; the official SDK (anthropic "
        f"{rt['versions']['anthropic']}) sends through `httpx2` {rt['versions']['httpx2']} (its fork of httpx; it "
        "refuses an `httpx.Client`), so it gets `httpx2.Client(transport=httpx2.MockTransport(…))`; raw httpx is "
        "`httpx.Client.post()` + `json.loads` (no models). Rounds are interleaved; each figure is the median over "
        "rounds of one call.\n"
    )
    w(
        f"Sizes: the large message has {z['large_message_blocks']} content blocks (thinking, text, tool_use; "
        f"{z['large_message_bytes'] / 1024:.0f} KiB); the stream has {z['stream_text_deltas']} text deltas "
        f"({z['stream_events']} events, {z['stream_bytes'] / 1024:.0f} KiB), sent one event per chunk (as the API "
        "flushes them) or in 16 KiB chunks.\n"
    )
    ck = rt.get("check", {})
    w(
        f"What each client returned (checked before timing): large message blocks {ck.get('large_blocks')}, "
        f"events per stream {ck.get('stream_events')} (the clients skip the `ping`), final text length "
        f"{ck.get('final_text_chars')}.\n"
    )
    w("| per call | ours | anthropic | raw httpx | ours ÷ anthropic (time) |")
    w("|---|---|---|---|---|")
    rows = [
        ("create_small", "`messages.create`, small message"),
        ("create_large", f"`messages.create`, {z['large_message_blocks']}-block message"),
        ("stream_per_event_chunks", "stream (`create(stream=True)`), one event per chunk"),
        ("stream_16k_chunks", "stream, 16 KiB chunks"),
        ("accumulate_per_event_chunks", "`messages.stream()` + `get_final_message()`, one event per chunk"),
    ]
    for key, label in rows:
        row = rt.get(key)
        if not row:
            continue
        o, a, h = (row.get(n, {}).get("median_s") for n in ("ours", "anthropic", "httpx"))
        w(f"| {label} | {us(o)} | {us(a)} | {us(h) if h else '–'} | {ratio(o, a)} |")
    w("")
    cs = rt.get("create_small", {})
    o, a, h = (cs.get(n, {}).get("median_s") for n in ("ours", "anthropic", "httpx"))
    if o and a and h:
        ours_extra = f"{us(o - h)}" if o > h else "none: ours takes no longer than the raw call"
        w(
            f"Time above the raw httpx call (`post()` + `.json()`) per small `messages.create`: ours {ours_extra}; "
            f"anthropic {us(a - h)}.\n"
        )
    events = z["stream_events"]
    w("SSE decoding throughput (events per second through each client's streaming API; higher is better):\n")
    w("| chunking | ours | anthropic | raw httpx | ours ÷ anthropic (throughput) |")
    w("|---|---|---|---|---|")
    for key, label in (
        ("stream_per_event_chunks", "one event per chunk"),
        ("stream_16k_chunks", "16 KiB chunks"),
        ("accumulate_per_event_chunks", "`stream()` helper, one event per chunk"),
    ):
        row = rt.get(key)
        if not row:
            continue
        o, a, h = (row.get(n, {}).get("median_s") for n in ("ours", "anthropic", "httpx"))
        w(
            f"| {label} | {events / o:,.0f}/s | {events / a:,.0f}/s | {f'{events / h:,.0f}/s' if h else '–'} | {ratio(a, o)} |"
        )
    w("")
    if imports:
        w(
            "Import time, each in a fresh interpreter from compiled files (ours: a copy of `generated/claude_api`, "
            "byte-compiled as an installed package is). `-X importtime` is the cumulative time of the top-level "
            f"import; wall is `python -c 'import x'` minus `python -c pass` ({ms(imports.get('interpreter_startup_s'))}); "
            "medians:\n"
        )
        w("| package | -X importtime | wall − startup |")
        w("|---|---|---|")
        for mod in ("claude_api", "anthropic", "httpx", "httpx2"):
            i = imports.get(mod)
            if i:
                w(f"| `{mod}` | {ms(i['importtime_s'])} | {ms(i['wall_minus_startup_s'])} |")
        w("")


def lint(li: dict[str, Any], w: Any) -> None:
    w("## 5. Lint: ours against Redocly\n")
    w(
        f"`python -m generator lint --format json` against `npx --yes {li['redocly']} lint --extends recommended "
        f"--format json` (Node {li.get('node')}), on the same input, runs interleaved (ours, Redocly, ours, …). "
        "Redocly's time includes npx resolving the pinned package from its cache "
        f"(`npx … --version` alone took {s(li.get('npx_version_s'), 2)} s), as a CI step that runs it this way pays. "
        "The two rule sets differ, so each tool's exit code and findings are listed with its time: "
        "ours checks the examples (3.1 `examples` arrays and SSE/JSON Lines examples too) and this API's x- "
        "vocabulary, headers and error envelopes (API rules on for our spec, off for GitHub's, which has none of our "
        "x- extensions); Redocly's recommended set has rules ours lacks (for example `info-license`, "
        "`operation-4xx-response`). Its `no-required-schema-properties-undefined` also flags the `required` lists of "
        "`if`/`then` branches, which constrain properties defined beside them (6 on our OAuth token request); our "
        "`required-undefined` does not. Our lint reads our spec with the repository's "
        "`[tool.claude-openapi.lint]` configuration and GitHub's with its defaults.\n"
    )
    if li.get("redocly_error"):
        w(f"**Redocly could not run in this run** ({li['redocly_error']}): only our times are shown.\n")
    w("| spec | tool | median | ours ÷ Redocly | peak RSS | CPU | exit codes | errors | warnings | findings by rule |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    for name, e in li.get("specs", {}).items():
        if "error" in e:
            w(f"| {name}: {e['what']} | – | {e['error']} | | | | | | | |")
            continue
        inp = e["input"]
        label = f"{e['what']} ({inp['operations']} operations, {inp['schemas']} schemas, {s(e['spec_mib'], 1)} MiB)"
        for tool in ("ours", "redocly"):
            label, spec_label = "", label  # the spec on its first row only
            t = e["tools"].get(tool)
            if t is None:
                why = f": {li['redocly_error']}" if li.get("redocly_error") else ""
                w(f"| {spec_label} | Redocly | not run{why} | | | | | | | |")
                continue
            rules = ", ".join(f"{n} {rule}" for rule, n in list(t["by_rule"].items())[:6])
            more = len(t["by_rule"]) - 6
            rules += f", and {more} more rules" if more > 0 else ""
            if t.get("error"):
                rules = f"no report: `{t['error']}`"
            ignored = f" ({t['ignored']} ignored by configuration)" if t.get("ignored") else ""
            w(
                f"| {spec_label} | {'ours' if tool == 'ours' else 'Redocly'} | {s(t['median_s'], 2)} s | "
                f"{ratio(e['tools']['ours']['median_s'], t['median_s']) if tool == 'redocly' else ''} | "
                f"{s(t['median_rss_mib'], 0)} MiB | {s(t['median_cpu_s'], 1)} s | {t['exit_codes']} | "
                f"{t['errors'] if t['errors'] is not None else '–'} | "
                f"{t['warnings'] if t['warnings'] is not None else '–'}{ignored} | {rules or 'none'} |"
            )
    w("")
    ratios = []
    for name, e in li.get("specs", {}).items():
        o, r = (e.get("tools", {}).get(t, {}) for t in ("ours", "redocly"))
        if e.get("ratio") and r:
            ratios.append(f"{name} {e['ratio']:.2f}× ({ratio(o['median_cpu_s'], r['median_cpu_s'])} in CPU time)")
    if ratios:
        w(
            f"Ours ÷ Redocly, median wall time: {', '.join(ratios)}; below 1 ours is faster. On a shared machine "
            "the CPU-time ratio is the steadier one.\n"
        )
    for name, e in li.get("specs", {}).items():
        st = e.get("tools", {}).get("ours", {}).get("stages")
        if st:
            stages = ("load", "lint.rules", "lint.structural", "lint.structural.wait")
            parts = ", ".join(f"{x} {s(st[x], 1)} s" for x in stages if x in st)
            w(
                f"- {name}: where our lint's time goes (bench/stages.py): {parts}, of {s(st.get('total'), 1)} s"
                " (openapi-spec-validator checks in a process forked before the load; lint.structural is the mapping"
                " of its errors, .wait what the lint waited for it after its own rules)."
            )
    w("")


def targets(r: dict[str, Any], w: Any) -> None:
    rows = []
    g = r.get("generation", {})
    tools = g.get("tools", {})
    if "ours" in tools and "opc" in tools:
        ours = tools["ours"]["median_s"]
        for name in ("opc", "opc_fair"):
            if name in tools:
                x = ours / tools[name]["median_s"]
                label = "openapi-python-client" + (" (every operation kept)" if name == "opc_fair" else "")
                rows.append((f"generate ≤ 0.3× {label}", f"{x:.2f}×", x <= 0.3))
    if "check" in g:
        rows.append(("no-op check < 1 s", f"{g['check']['median_s']:.2f} s", g["check"]["median_s"] < 1))
    rt = r.get("runtime", {})
    cs = rt.get("create_small")
    if cs:
        o, a = (cs[n]["median_s"] for n in ("ours", "anthropic"))
        rows.append(("messages.create overhead ≤ 0.7× the SDK's (time per call)", f"{o / a:.2f}×", o / a <= 0.7))
    for key, label in (("stream_per_event_chunks", "one event per chunk"), ("stream_16k_chunks", "16 KiB chunks")):
        row = rt.get(key)
        if row:
            x = row["anthropic"]["median_s"] / row["ours"]["median_s"]
            rows.append((f"SSE throughput ≥ 2× the SDK's ({label})", f"{x:.2f}×", x >= 2))
    imp = r.get("imports", {}).get("claude_api")
    if imp:
        rows.append(
            ("`import claude_api` < 0.3 s (-X importtime)", f"{imp['importtime_s']:.2f} s", imp["importtime_s"] < 0.3)
        )
    if "scaling" in r and r["scaling"].get("time_exponent") is not None:
        sc = r["scaling"]
        rows.append(("scaling: time grows linearly", f"N^{sc['time_exponent']:.2f}", sc["time_exponent"] <= 1.15))
        rows.append(("scaling: peak memory grows linearly", f"N^{sc['rss_exponent']:.2f}", sc["rss_exponent"] <= 1.15))
    if not rows:
        return
    w("## The targets of issue 6, as this run measured them\n")
    w("| target | measured | met |")
    w("|---|---|---|")
    for label, value, ok in rows:
        w(f"| {label} | {value} | {'yes' if ok else '**no**'} |")
    w("")


def raw_runs(r: dict[str, Any], w: Any) -> None:
    w("## Every run\n")
    w("Wall seconds of each run (peak RSS MiB); all numbers are in `bench/results.json`.\n")
    g = r.get("generation", {})
    for name, t in g.get("tools", {}).items():
        w(f"- generation, {name}: " + ", ".join(f"{x['wall']:.1f} ({x['rss_mib']:.0f})" for x in t["runs"]))
    if "check" in g:
        w("- check: " + ", ".join(f"{x['wall']:.2f} ({x['rss_mib']:.0f})" for x in g["check"]["runs"]))
    for p in r.get("scaling", {}).get("points", []):
        w(f"- scaling {p['scale']}×: " + ", ".join(f"{x['wall']:.1f} ({x['rss_mib']:.0f})" for x in p["runs"]))
    for name, e in r.get("lint", {}).get("specs", {}).items():
        for tool, t in e.get("tools", {}).items():
            w(f"- lint {name}, {tool}: " + ", ".join(f"{x['wall']:.2f} ({x['rss_mib']:.0f})" for x in t["runs"]))
    rt = r.get("runtime", {})
    for key in (
        "create_small",
        "create_large",
        "stream_per_event_chunks",
        "stream_16k_chunks",
        "accumulate_per_event_chunks",
    ):
        if key in rt:
            w(
                f"- runtime {key}: "
                + "; ".join(f"{n} " + ", ".join(us(x) for x in v["samples_s"]) for n, v in rt[key].items())
            )
    w("")


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        sys.stdout.write(render(json.load(f)))
