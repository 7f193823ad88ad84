"""Lint tests: the minimal fixture lints clean, and each planted defect gives one finding at its line."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, Draft202012Validator

from generator.cli import main
from generator.lint import lint, run
from generator.lint.report import FORMATS, Report
from generator.load import SpecLoadError, load

HERE = Path(__file__).parent
MINIMAL = HERE / "fixtures" / "minimal"
REAL_SPEC = HERE.parent / "spec" / "openapi.yaml"
WIDGETS = "paths/widgets.yaml"
JSON_SCHEMA = json.loads((HERE.parent / "generator" / "lint" / "lint-report.schema.json").read_text(encoding="utf-8"))
SARIF_SCHEMA = json.loads((HERE / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
Located = tuple[str, str, int, int]  # rule, file, line, column


def _text(out: str) -> list[Located]:
    found = re.findall(r"^(.+?):(\d+):(\d+) #\S* (?:error|warning): .* \(([a-z0-9-]+)\)$", out, re.M)
    return [(rule, file, int(line), int(col)) for file, line, col, rule in found]


def _json(out: str) -> list[Located]:
    body = json.loads(out)
    Draft202012Validator(JSON_SCHEMA).validate(body)
    return [(f["rule"], f["file"], f["line"], f["column"]) for f in body["findings"]]


def _github(out: str) -> list[Located]:
    found = re.findall(r"^::(?:error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([^:]+)::.+$", out, re.M)
    return [(rule, file, int(line), int(col)) for file, line, col, rule in found]


def _sarif(out: str) -> list[Located]:
    log = json.loads(out)
    Draft4Validator(SARIF_SCHEMA).validate(log)
    run_ = log["runs"][0]
    located = []
    for result in run_["results"]:
        assert run_["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        where = result["locations"][0]["physicalLocation"]
        region = where["region"]
        located.append((result["ruleId"], where["artifactLocation"]["uri"], region["startLine"], region["startColumn"]))
    return located


def _junit(out: str) -> list[Located]:
    located = []
    for case in ET.fromstring(out).iter("testcase"):
        if case.find("failure") is not None:
            column = int(re.search(r"^Column: (\d+)$", case.findtext("failure") or "", re.M).group(1))  # type: ignore
            rule = case.get("classname", "").split(".", 1)[1]
            located.append((rule, case.get("file", ""), int(case.get("line", "0")), column))
    return located


PARSERS = {"text": _text, "json": _json, "github": _github, "sarif": _sarif, "junit": _junit}


def in_every_format(report: Report) -> list[Located]:
    """The findings of `report` as each format shows them; they must agree, and JSON and SARIF must be valid."""
    assert PARSERS.keys() == FORMATS.keys()
    expected = [(f.rule, f.file, f.line, f.column) for f in report.findings]
    for name, parse in PARSERS.items():
        assert parse(FORMATS[name](report)) == expected, name
    return expected


@dataclass(frozen=True)
class Plant:
    """Replace `old` (once) by `new` in `file`; expect `rule` at the line where `anchor` starts in `anchor_file`."""

    file: str
    old: str
    new: str
    rule: str
    anchor: str = ""  # default: `new`
    anchor_file: str = ""  # default: `file`
    message: str = ""  # a part of the expected message


def plant(tmp_path: Path, case: Plant) -> tuple[Path, str, int]:
    """Copy the minimal spec into tmp_path with the defect; the spec root and the expected file and line."""
    root = tmp_path / "spec"
    shutil.copytree(MINIMAL, root)
    target = root / case.file
    text = target.read_text(encoding="utf-8")
    assert text.count(case.old) == 1, f"{case.old!r} must occur once in {case.file}"
    target.write_text(text.replace(case.old, case.new), encoding="utf-8")
    anchor_file = case.anchor_file or case.file
    anchor = case.anchor or case.new
    anchored = (root / anchor_file).read_text(encoding="utf-8")
    assert anchored.count(anchor) == 1, f"{anchor!r} must occur once in {anchor_file}"
    return root / "openapi.yaml", anchor_file, anchored[: anchored.index(anchor)].count("\n") + 1


LOAD_ERRORS = {
    "ref-unresolved-missing-file": Plant(
        "openapi.yaml", "paths/widgets.yaml#/export", "paths/gadgets.yaml#/export", "ref-unresolved"
    ),
    "ref-unresolved-missing-pointer": Plant(
        WIDGETS, "schemas.yaml#/WidgetListResponse", "schemas.yaml#/WidgetPage", "ref-unresolved"
    ),
    "yaml-syntax-colon": Plant(WIDGETS, "summary: Create a widget", "summary: Create: a widget", "yaml-syntax"),
    "duplicate-key-summary": Plant(
        WIDGETS,
        "summary: List widgets\n",
        "summary: List widgets\n    summary: List all widgets\n",
        "duplicate-key",
        anchor="summary: List all widgets",
    ),
}

SSE = "example: |\n              event: widget_start"
FINDINGS = {
    "operation-id-duplicate": Plant(
        WIDGETS,
        "operationId: widgets_export",
        "operationId: widgets_list  # planted",
        "operation-id",
        message="already used",
    ),
    "operation-id-not-snake": Plant(
        WIDGETS, "operationId: widgets_list", "operationId: widgetsList", "operation-id-case"
    ),
    "operation-id-missing": Plant(
        WIDGETS, "    operationId: widgets_export\n", "", "operation-id", anchor="summary: Export widgets"
    ),
    "x-resource-method-missing-method": Plant(
        WIDGETS, "    x-method: export\n", "", "x-resource-method", anchor="operationId: widgets_export"
    ),
    "x-resource-method-duplicate": Plant(
        WIDGETS, "x-method: export", "x-method: create  # planted", "x-resource-method", message="widgets.create"
    ),
    "x-resource-method-not-dotted": Plant(
        WIDGETS,
        "x-resource: widgets\n    x-method: list",
        "x-resource: Widgets\n    x-method: list",
        "x-resource-method",
    ),
    "x-pagination-missing-has-more": Plant(
        "components/schemas.yaml",
        "    has_more:\n      type: boolean\n",
        "",
        "x-pagination",
        anchor="scheme: id_cursor",
        anchor_file=WIDGETS,
        message="has_more",
    ),
    "x-pagination-missing-before-id": Plant(
        WIDGETS,
        "    - name: before_id\n      in: query\n      schema:\n        type: string\n",
        "",
        "x-pagination",
        anchor="scheme: id_cursor",
        message="before_id",
    ),
    "x-pagination-bad-scheme": Plant(WIDGETS, "scheme: id_cursor", "scheme: offset", "x-pagination"),
    "x-pagination-undeclared": Plant(
        WIDGETS,
        "    x-pagination:\n      scheme: id_cursor\n      items: data\n",
        "",
        "x-pagination",
        anchor="operationId: widgets_list",
    ),
    "x-max-request-bytes-missing": Plant(
        WIDGETS, "    x-max-request-bytes: 1048576\n", "", "x-max-request-bytes", anchor="operationId: widgets_create"
    ),
    "x-max-request-bytes-zero": Plant(
        WIDGETS, "x-max-request-bytes: 1048576", "x-max-request-bytes: 0", "x-max-request-bytes"
    ),
    "x-max-request-bytes-no-413": Plant(
        WIDGETS,
        "      '413':\n        description: The request is too large.\n",
        "      '422':\n        description: The request is too large.\n",
        "x-max-request-bytes",
        anchor="      '200':\n        description: The widget",
    ),
    "x-stream-missing": Plant(
        WIDGETS,
        "    x-stream:\n      request-field: stream\n",
        "    x-streaming:\n      request-field: stream\n",
        "x-stream",
        anchor="operationId: widgets_create",
    ),
    "x-stream-bad-request-field": Plant(WIDGETS, "request-field: stream", "request-field: size", "x-stream"),
    "x-stream-no-event-stream": Plant(
        WIDGETS,
        "          text/event-stream:",
        "          text/x-event-stream:",
        "x-stream",
        anchor="request-field: stream",
    ),
    "x-betas-bad-value": Plant(WIDGETS, "x-betas: [widgets-2025-04-14]", "x-betas: [widgets-latest]", "x-betas"),
    "x-betas-empty": Plant(WIDGETS, "x-betas: [widgets-2025-04-14]", "x-betas: []", "x-betas"),
    "example-valid-request": Plant(
        WIDGETS,
        "color: blue\n                size: 2",
        "color: purple\n                size: 2",
        "example-valid",
        anchor="color: purple",
        message="at /color: 'purple' is not one of ['red', 'green', 'blue']",
    ),
    "example-valid-response": Plant(
        WIDGETS, "size: 3", "size: big", "example-valid", message="at /size: 'big' is not of type 'integer'"
    ),
    "example-valid-parameter": Plant(
        WIDGETS, "example: 20", "example: 0", "example-valid", message="0 is less than the minimum of 1"
    ),
    "example-valid-header": Plant(WIDGETS, "example: req_01", "example: 42", "example-valid"),
    "example-valid-sse-event-name": Plant(
        WIDGETS, "event: widget_stop", "event: widget_end", "example-valid", anchor=SSE, message="event 4 (widget_end)"
    ),
    "example-valid-sse-data": Plant(
        WIDGETS,
        '"color":"blue"}}',
        '"color":"plaid"}}',
        "example-valid",
        anchor=SSE,
        message="event 1 (widget_start): data does not match schema at /widget/color",
    ),
    "example-valid-sse-error-event": Plant(
        WIDGETS,
        ',"message":"Overloaded"}}',
        "}}",
        "example-valid",
        anchor=SSE,
        message="event 3 (error): data does not match schema at /error: 'message' is a required property",
    ),
    "example-valid-jsonl": Plant(
        WIDGETS,
        '{"id":"wdg_01","color":"green"}',
        '{"id":"wdg_01"}',
        "example-valid",
        anchor="example: |\n              {",
        message="line 1 of the example does not match x-item-schema: 'color' is a required property",
    ),
    "yaml-date-info-version": Plant("openapi.yaml", "version: '2023-06-01'", "version: 2023-06-01", "yaml-date"),
}


def test_minimal_lints_clean() -> None:
    assert lint(load(MINIMAL / "openapi.yaml", MINIMAL)) == []


def test_real_spec_lints_clean() -> None:
    assert [finding.text() for finding in lint(load(REAL_SPEC, REAL_SPEC.parent))] == []


@pytest.mark.parametrize("case", LOAD_ERRORS.values(), ids=LOAD_ERRORS.keys())
def test_load_error(tmp_path: Path, case: Plant) -> None:
    root, file, line = plant(tmp_path, case)
    with pytest.raises(SpecLoadError) as caught:
        load(root, root.parent)
    assert caught.value.rule == case.rule
    assert caught.value.location is not None
    assert (caught.value.location.file, caught.value.location.line) == (file, line)


@pytest.mark.parametrize("case", FINDINGS.values(), ids=FINDINGS.keys())
def test_finding(tmp_path: Path, case: Plant) -> None:
    root, file, line = plant(tmp_path, case)
    report = run(load(root, root.parent))
    findings = report.findings
    assert [(f.rule, f.file, f.line) for f in findings] == [(case.rule, file, line)], [f.text() for f in findings]
    assert case.message in findings[0].message
    [(_, _, _, column)] = in_every_format(report)
    assert column >= 1


def test_x_stream_without_request_field_means_the_operation_always_streams(tmp_path: Path) -> None:
    always = Plant(WIDGETS, "    x-stream:\n      request-field: stream\n", "    x-stream:\n", "x-stream")
    root, _, _ = plant(tmp_path, always)
    assert lint(load(root, root.parent)) == []


def test_clean_report_in_every_format() -> None:
    report = run(load(MINIMAL / "openapi.yaml", MINIMAL))
    assert in_every_format(report) == []
    assert report.summary().endswith(": 0 error(s), 0 warning(s)")


def _cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str):
    monkeypatch.chdir(tmp_path)
    code = main(["lint", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_exit_0_clean_and_1_on_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(MINIMAL, tmp_path / "clean")
    assert _cli(tmp_path, monkeypatch, capsys, "--spec", "clean/openapi.yaml")[0] == 0
    root, file, line = plant(tmp_path, FINDINGS["x-betas-empty"])
    code, out, err = _cli(tmp_path, monkeypatch, capsys, "--spec", "spec/openapi.yaml", "--format", "github")
    assert code == 1
    assert out.startswith(f"::error file=spec/{file},line={line},col=")
    assert err == "spec/openapi.yaml: 1 error(s), 0 warning(s)\n"


def test_cli_fail_on_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plant(tmp_path, FINDINGS["x-betas-empty"])
    (tmp_path / "pyproject.toml").write_text(
        '[tool.claude-openapi.lint]\nrules = { x-betas = "warning" }\n', encoding="utf-8"
    )
    code, out, err = _cli(tmp_path, monkeypatch, capsys, "--spec", "spec/openapi.yaml")
    assert code == 0 and out.startswith("spec/paths/widgets.yaml:48:14 #/paths/~1v1~1widgets/post/x-betas warning:")
    assert err == "spec/openapi.yaml: 0 error(s), 1 warning(s)\n"
    assert _cli(tmp_path, monkeypatch, capsys, "--spec", "spec/openapi.yaml", "--fail-on", "warning")[0] == 1


def test_cli_writes_the_report_to_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(MINIMAL, tmp_path / "spec")
    code, out, _ = _cli(
        tmp_path, monkeypatch, capsys, "--spec", "spec/openapi.yaml", "--format", "sarif", "-o", "lint.sarif"
    )
    assert (code, out) == (0, "")
    assert _sarif((tmp_path / "lint.sarif").read_text(encoding="utf-8")) == []


UNUSABLE = {
    "a directory": ("spec", None, "is a directory"),
    "not YAML": ("notes.yaml", "key: value: other\n", "not valid YAML"),
    "not a mapping": ("notes.yaml", "just some prose\n", "must be a mapping"),
    "binary": ("blob.yaml", "\0\x01\x02ELF", "binary file"),
    "missing": ("absent.yaml", None, "file not found"),
    "huge": ("huge.yaml", "openapi: 3.1.0\n" + "# padding\n" * 200, "more than the 1000"),
    "a $ref to a missing file": (
        "ref.yaml",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    $ref: 'paths/missing.yaml#/a'\n",
        "file paths/missing.yaml not found",
    ),
}


@pytest.mark.parametrize("name", UNUSABLE)
def test_cli_unusable_input_exits_2_with_one_line(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    file, content, expected = UNUSABLE[name]
    if content is not None:
        (tmp_path / file).write_text(content, encoding="utf-8")
    elif name == "a directory":
        (tmp_path / file).mkdir()
    monkeypatch.setattr("generator.load.MAX_FILE_BYTES", 1000)
    code, out, err = _cli(tmp_path, monkeypatch, capsys, "--spec", file, "--format", "json")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err, err


def test_cli_bad_config_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(MINIMAL, tmp_path / "spec")
    (tmp_path / "pyproject.toml").write_text('[tool.claude-openapi.lint]\nrules = { no-such-rule = "off" }\n')
    code, out, err = _cli(tmp_path, monkeypatch, capsys, "--spec", "spec/openapi.yaml")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "unknown rule 'no-such-rule'" in err


def test_cli_list_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(tmp_path, monkeypatch, capsys, "--list-rules")
    assert code == 0
    assert "x-pagination  [error, api]" in out and "example-valid  [error, oas]" in out
