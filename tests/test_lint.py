"""Lint tests: the minimal fixture lints clean, and each planted defect gives one finding at its line."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft4Validator, Draft202012Validator

from generator.cli import main
from generator.lint import lint, run
from generator.lint.config import ConfigError, find, load_config
from generator.lint.findings import CATALOG
from generator.lint.report import FORMATS, Report, rules_table
from generator.load import SpecLoadError, load, node_at, unescape

HERE = Path(__file__).parent
MINIMAL = HERE / "fixtures" / "minimal"
REAL_SPEC = HERE.parent / "spec" / "openapi.yaml"
WIDGETS = "paths/widgets.yaml"
PETS = ORDERS = "openapi.yaml"  # the third-party-style fixtures are single files
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
    fixture: str = "minimal"  # a directory of tests/fixtures


def plant(tmp_path: Path, case: Plant) -> tuple[Path, str, int]:
    """Copy the minimal spec into tmp_path with the defect; the spec root and the expected file and line."""
    root = tmp_path / "spec"
    shutil.copytree(HERE / "fixtures" / case.fixture, root)
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
        "    has_more:\n      type: boolean\n    first_id:\n      anyOf:\n      - type: string\n      - type: 'null'\n"
        "    last_id:\n      anyOf:\n      - type: string\n      - type: 'null'\n  required: [data, has_more,",
        "    first_id:\n      anyOf:\n      - type: string\n      - type: 'null'\n"
        "    last_id:\n      anyOf:\n      - type: string\n      - type: 'null'\n  required: [data,",
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
    "beta-operation-betas-missing": Plant(
        WIDGETS,
        "x-resource: widgets\n    x-method: export",
        "x-resource: beta.widgets\n    x-method: export",
        "beta-operation-betas",
        anchor="operationId: widgets_export",
        message="beta.widgets.export",
    ),
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
    "anthropic-version-missing": Plant(
        WIDGETS,
        "    parameters:\n    - $ref: '../components/parameters.yaml#/AnthropicVersion'\n    responses:",
        "    responses:",
        "anthropic-version",
        anchor="operationId: widgets_export",
    ),
    "anthropic-version-optional": Plant(
        WIDGETS,
        "      in: header\n      required: true",
        "      in: header\n      required: false",
        "anthropic-version",
        anchor="name: anthropic-version",
    ),
    "anthropic-beta-array": Plant(
        "components/parameters.yaml",
        "    type: array\n    items:\n      type: string\n",
        "    type: string  # planted\n",
        "anthropic-beta-array",
    ),
    "request-id-header": Plant(
        WIDGETS,
        "        description: One widget per line.\n        headers:\n          request-id:\n"
        "            $ref: '../components/headers.yaml#/RequestId'\n",
        "        description: One widget per line.\n",
        "request-id-header",
    ),
    "rate-limit-headers-retry-after": Plant(
        "components/responses.yaml",
        "    retry-after:",
        "    retry-after-seconds:",
        "rate-limit-headers",
        anchor="description: Too many requests.",
        message="retry-after",
    ),
    "error-responses-missing-401": Plant(
        WIDGETS,
        "                  last_id: wdg_01\n      '401':\n        $ref: '../components/responses.yaml#/Unauthorized'\n",
        "                  last_id: wdg_01\n",
        "error-responses",
        anchor="      '200':\n        description: A page of widgets.",
        message="does not document 401",
    ),
    "error-responses-inline-envelope": Plant(
        "components/responses.yaml",
        "  description: The API is overloaded.\n  headers:\n    request-id:\n      $ref: 'headers.yaml#/RequestId'\n"
        "  content:\n    application/json:\n      schema:\n        $ref: 'schemas.yaml#/ErrorResponse'\n",
        "  description: The API is overloaded.\n  headers:\n    request-id:\n      $ref: 'headers.yaml#/RequestId'\n"
        "  content:\n    application/json:\n      schema:\n        type: object  # planted\n",
        "error-responses",
        anchor="type: object  # planted",
    ),
    "x-stream-events-untagged": Plant(
        "components/schemas.yaml",
        "      type:\n        const: widget_stop",
        "      type:\n        enum: [widget_stop, widget_end]",
        "x-stream-events",
        anchor="  - type: object\n    properties:\n      type:\n        enum: [widget_stop, widget_end]",
    ),
    "x-pagination-list-method": Plant(
        WIDGETS,
        "    x-resource: widgets\n    x-method: export",
        "    x-resource: widgets.exports\n    x-method: list",
        "x-pagination",
        anchor="operationId: widgets_export",
        message="x-method: list",
    ),
    "oas-structure-located": Plant(
        "components/schemas.yaml",
        "    id:\n      type: string\n",
        "    id:\n      type: string\n      description: 42\n",
        "oas-structure",
        anchor="description: 42",
    ),
    "oas-version": Plant("openapi.yaml", "openapi: 3.1.0", "openapi: 3.2.0", "oas-version"),
    # a $ref into an existing file whose pointer finds nothing: a finding at the $ref, not a load error
    "ref-unresolved-cross-file-pointer": Plant(
        WIDGETS,
        "x-item-schema:\n              $ref: '../components/schemas.yaml#/Widget'",
        "x-item-schema:\n              $ref: '../components/schemas.yaml#/Gadget'",
        "ref-unresolved",
        anchor="$ref: '../components/schemas.yaml#/Gadget'",
        message="no 'Gadget' in components/schemas.yaml",
    ),
    "ref-unresolved-in-file-pointer": Plant(  # local to schemas.yaml, which has no /components
        "components/schemas.yaml",
        "      items:\n        $ref: '#/Widget'",
        "      items:\n        $ref: '#/components/schemas/Widget'",
        "ref-unresolved",
        anchor="$ref: '#/components/schemas/Widget'",
        message="no 'components' in components/schemas.yaml",
    ),
    # in an x- extension, where the structural check does not look: the build would stop on it
    "ref-unresolved-not-a-string": Plant(
        WIDGETS,
        "x-item-schema:\n              $ref: '../components/schemas.yaml#/Widget'",
        "x-item-schema:\n              $ref: 5",
        "ref-unresolved",
        anchor="$ref: 5",
        message="a $ref must be a string (a pointer or a file), not 5",
    ),
    # a third-party-style 3.1 document: our API rules are off
    "ref-unresolved-local": Plant(
        PETS,
        "                items:\n                  $ref: '#/components/schemas/Pet'",
        "                items:\n                  $ref: '#/components/schemas/Pets'",
        "ref-unresolved",
        anchor="$ref: '#/components/schemas/Pets'",
        fixture="thirdparty31",
    ),
    "ref-cycle-local": Plant(
        PETS,
        "    Error:\n      type: object",
        "    Loop:\n      $ref: '#/components/schemas/Loop2'\n    Loop2:\n      $ref: '#/components/schemas/Loop'\n"
        "    Error:\n      type: object",
        "ref-cycle",
        anchor="$ref: '#/components/schemas/Loop2'",
        fixture="thirdparty31",
    ),
    "oas30-keyword-nullable": Plant(
        PETS,
        "          type: [string, 'null']",
        "          type: string\n          nullable: true",
        "oas30-keyword",
        anchor="nullable: true",
        fixture="thirdparty31",
    ),
    "type-keyword-mismatch": Plant(
        PETS,
        "        code:\n          type: integer\n",
        "        code:\n          type: integer\n          maxLength: 5\n",
        "type-keyword-mismatch",
        anchor="maxLength: 5",
        fixture="thirdparty31",
    ),
    "required-undefined": Plant(
        PETS,
        "      required: [name]\n      properties:\n        name:",
        "      required: [name]\n      properties:\n        nickname:",
        "required-undefined",
        anchor="required: [name]",
        message="'name'",
        fixture="thirdparty31",
    ),
    "security-defined": Plant(
        PETS,
        "      operationId: showPetById\n",
        "      operationId: showPetById\n      security:\n      - oauth: []\n",
        "security-defined",
        anchor="- oauth: []",
        fixture="thirdparty31",
    ),
    "unused-component-31": Plant(
        PETS,
        "    Error:\n      type: object",
        "    Owner:\n      description: planted\n    Error:\n      type: object",
        "unused-component",
        anchor="      description: planted",
        fixture="thirdparty31",
    ),
    "path-params-undeclared": Plant(
        PETS,
        "    parameters:\n    - name: petId\n      in: path\n      required: true\n      schema:\n        type: integer\n",
        "",
        "path-params",
        anchor="operationId: showPetById",
        fixture="thirdparty31",
    ),
    "path-params-not-in-path": Plant(
        PETS,
        "      summary: Create a pet\n",
        "      summary: Create a pet\n      parameters:\n      - name: kind\n        in: path\n        required: true\n"
        "        schema:\n          type: string\n",
        "path-params",
        anchor="name: kind",
        fixture="thirdparty31",
    ),
    "path-no-query-31": Plant(
        PETS,
        "  /pets:\n    get:\n",
        "  /pets?beta=true:\n    get:\n",
        "path-no-query",
        anchor="    get:\n      operationId: listPets",
        fixture="thirdparty31",
    ),
    "example-valid-schema-examples": Plant(
        PETS, "examples: [dog]", "examples: [7]", "example-valid", message="7 is not of type", fixture="thirdparty31"
    ),
    # a third-party-style 3.0 document
    "path-no-query-30": Plant(
        ORDERS,
        "  /orders/{orderId}:\n    get:\n",
        "  /orders/{orderId}#x:\n    get:\n",
        "path-no-query",
        anchor="    get:\n      operationId: getOrder\n",
        fixture="thirdparty30",
    ),
    "example-valid-30-media": Plant(
        ORDERS,
        "total: 12.5",
        "total: -1",
        "example-valid",
        anchor="                items:\n                - id: ord_1",
        message="at /items/0/total: -1 is less than the minimum",
        fixture="thirdparty30",
    ),
    "example-valid-30-schema-example": Plant(
        ORDERS, "example: ord_1", "example: 1", "example-valid", fixture="thirdparty30"
    ),
    "oas-structure-30-default": Plant(
        ORDERS, "default: 20", "default: twenty", "oas-structure", fixture="thirdparty30"
    ),
    "unused-component-30": Plant(
        ORDERS,
        "      - $ref: '#/components/parameters/PageSize'\n",
        "      - name: page_size\n        in: query\n        schema:\n          type: integer\n",
        "unused-component",
        anchor="      name: page_size",
        fixture="thirdparty30",
    ),
}


def test_minimal_lints_clean() -> None:
    assert lint(load(MINIMAL / "openapi.yaml", MINIMAL)) == []


def test_real_spec_lints_clean() -> None:
    config = load_config(find(REAL_SPEC))
    assert config.source == REAL_SPEC.parent.parent / "pyproject.toml"
    assert [finding.text() for finding in lint(load(REAL_SPEC, REAL_SPEC.parent), config)] == []


@pytest.mark.parametrize("case", LOAD_ERRORS.values(), ids=LOAD_ERRORS.keys())
def test_load_error(tmp_path: Path, case: Plant) -> None:
    root, file, line = plant(tmp_path, case)
    with pytest.raises(SpecLoadError) as caught:
        load(root, root.parent)
    assert caught.value.rule == case.rule
    assert caught.value.location is not None
    assert (caught.value.location.file, caught.value.location.line) == (file, line)
    assert caught.value.location.column >= 1


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


def test_empty_x_betas_is_the_opt_out_of_beta_operations_only(tmp_path: Path) -> None:
    beta = "x-resource: beta.widgets\n    x-method: export"
    opt_out = Plant(WIDGETS, "x-resource: widgets\n    x-method: export", f"{beta}\n    x-betas: []", "")
    root, _, _ = plant(tmp_path / "beta", opt_out)
    assert lint(load(root, root.parent)) == []
    not_beta = Plant(WIDGETS, "x-method: export", "x-method: export\n    x-betas: []", "x-betas")
    root, _, _ = plant(tmp_path / "ga", not_beta)
    assert [f.rule for f in lint(load(root, root.parent))] == ["x-betas"]
    oauth_like = Plant(WIDGETS, "x-method: export", "x-method: export\n    x-betas: [oauth-2025-04-20]", "")
    root, _, _ = plant(tmp_path / "ga-betas", oauth_like)
    assert lint(load(root, root.parent)) == []  # a non-beta operation may send a default beta


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
    _, file, line = plant(tmp_path, FINDINGS["x-betas-empty"])
    (tmp_path / "pyproject.toml").write_text(
        '[tool.claude-openapi.lint]\nrules = { x-betas = "warning" }\n', encoding="utf-8"
    )
    code, out, err = _cli(tmp_path, monkeypatch, capsys, "--spec", "spec/openapi.yaml")
    assert code == 0 and out.startswith(f"spec/{file}:{line}:14 #/paths/~1v1~1widgets/post/x-betas warning:")
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


@pytest.mark.parametrize("fixture", ["thirdparty30", "thirdparty31"])
def test_third_party_docs_lint_clean_without_our_api_rules(fixture: str) -> None:
    root = HERE / "fixtures" / fixture
    assert in_every_format(run(load(root / "openapi.yaml", root))) == []


def test_config_turns_the_api_rules_on_for_a_third_party_doc(tmp_path: Path) -> None:
    shutil.copytree(HERE / "fixtures" / "thirdparty31", tmp_path / "spec")
    (tmp_path / "pyproject.toml").write_text("[tool.claude-openapi.lint]\napi-rules = true\n", encoding="utf-8")
    config = load_config(find(tmp_path / "spec" / "openapi.yaml"))
    rules = {f.rule for f in run(load(tmp_path / "spec" / "openapi.yaml", tmp_path), config).findings}
    assert {"operation-id-case", "x-resource-method", "anthropic-version", "request-id-header"} <= rules


def test_config_relevels_turns_off_and_ignores_with_a_reason(tmp_path: Path) -> None:
    root, _, _ = plant(tmp_path, FINDINGS["unused-component-31"])
    root2, _, _ = plant(tmp_path / "two", FINDINGS["security-defined"])
    table = "[tool.claude-openapi.lint]\n"
    cases = {
        'rules = { unused-component = "error" }\n': [("unused-component", "error")],
        'rules = { unused-component = "off" }\n': [],
        '[[tool.claude-openapi.lint.ignore]]\nfiles = "spec/*.yaml"\nrules = ["unused-component"]\n'
        'reason = "kept for the v2 migration"\n': [],
        '[[tool.claude-openapi.lint.ignore]]\npointer = "/components/schemas/Other"\nreason = "no match"\n': [
            ("unused-component", "warning")
        ],
    }
    for body, expected in cases.items():
        (tmp_path / "pyproject.toml").write_text(table + body, encoding="utf-8")
        config = load_config(find(root))
        report = run(load(root, tmp_path), config)
        assert [(f.rule, f.severity) for f in report.findings] == expected, body
        assert report.ignored == (1 if "v2 migration" in body else 0)
    # the nearest pyproject.toml with the table wins: tmp_path/two has none, so tmp_path's applies
    assert find(root2) == tmp_path / "pyproject.toml"


@pytest.mark.parametrize(
    "body, message",
    [
        ('[[tool.claude-openapi.lint.ignore]]\nfiles = "x.yaml"\n', "a reason is required"),
        ('[[tool.claude-openapi.lint.ignore]]\nreason = "why"\n', "give files"),
        ('rules = { example-valid = "loud" }\n', 'must be "off", "warning" or "error"'),
        ("api-rules = 1\n", "api-rules must be"),
        ("colour = true\n", "unknown key(s) colour"),
    ],
)
def test_config_errors(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.claude-openapi.lint]\n" + body, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(tmp_path / "pyproject.toml")


def test_every_rule_is_documented_and_planted() -> None:
    planted = {case.rule for case in [*FINDINGS.values(), *LOAD_ERRORS.values()]}
    missing = sorted(rule for rule, info in CATALOG.items() if info.scope != "load" and rule not in planted)
    assert missing == [], missing
    assert all(info.rationale and info.fix for info in CATALOG.values())


def test_readme_lists_every_rule() -> None:
    readme = (HERE.parent / "README.md").read_text(encoding="utf-8")
    assert rules_table(markdown=True) in readme, "refresh README's rules table from rules_table(markdown=True)"


def test_pre_commit_hook_runs_the_console_script() -> None:
    [hook] = yaml.safe_load((HERE.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    pyproject = (HERE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert hook["id"] == "claude-openapi-lint" and hook["entry"] == "claude-openapi lint"
    assert 'claude-openapi = "generator.cli:run"' in pyproject
    assert hook["pass_filenames"] is False and hook["args"][0] == "--spec"


SCHEMA_DEFECTS = [
    {"type": "strin"},
    {"type": "object", "properties": {"a": {"description": 42}}},
    {"allOf": [{"$ref": "#/components/schemas/Ok"}, {"minLength": "3"}]},
    {"type": "array", "items": {"enum": "not-a-list"}},
    {"oneOf": [], "default": 1},
    {"type": "string", "nullable": True, "default": None},
    # found by the meta-schema below the top: jsonschema-rs must follow $dynamicRef into the OpenAPI vocabulary
    {"type": "object", "properties": {"a": {"items": {"discriminator": {"propertyName": 3}}}}},
    {"type": "object", "properties": {"a": {"xml": {"attribute": "x"}}}},
    # formats are asserted as jsonschema does: `\p{L}` is a valid ECMA-262 pattern but not a Python one
    {"type": "string", "pattern": "[a-"},
    {"type": "object", "properties": {"a": {"type": "string", "pattern": "\\p{L}"}}},
]


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_structural_check_reports_what_openapi_spec_validator_reports(version: str, tmp_path: Path) -> None:
    """The structural check's speed-ups (crawled registries, one meta-schema validator, jsonschema-rs letting valid
    schemas through) change no finding, nor their order."""
    from generator.lint import structural

    schemas: dict[str, Any] = {"Ok": {"type": "string"}}
    schemas.update({f"Bad{i}": schema for i, schema in enumerate(SCHEMA_DEFECTS)})
    ok = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Bad1"}}}}
    doc: dict[str, Any] = {
        "openapi": version,
        "info": {"title": "t", "version": 1},  # the document schema's error, then the walk's
        "paths": {"/x": {"get": {"responses": {"200": ok}, "parameters": [{"name": "q", "in": "query"}]}}},
        "components": {"schemas": schemas},
    }
    expected = _plain_messages(doc)
    assert len(expected) >= 4 and "1 is not of type 'string'" in expected[0]
    (tmp_path / "openapi.json").write_text(json.dumps(doc), encoding="utf-8")
    assert [f.message for f in structural.check(load(tmp_path / "openapi.json", tmp_path))] == expected


def _plain_messages(doc: dict[str, Any]) -> list[str]:
    """openapi-spec-validator's own messages for `doc`, with its jsonschema backend for the document."""
    from jsonschema.validators import validator_for
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    plain = OpenAPIV30SpecValidator if str(doc["openapi"]).startswith("3.0") else OpenAPIV31SpecValidator
    document_schema = dict(plain.schema_validator.schema)
    plain = type("Plain", (plain,), {"schema_validator": validator_for(document_schema)(document_schema)})
    return [e.message.split("\n", 1)[0][:300] for e in plain(doc).iter_errors()]


DOCUMENT_DEFECTS: list[tuple[str, Any]] = [
    ("/info/version", 1),
    ("/bogus", 1),  # unevaluatedProperties
    ("/servers", [{"description": "no url"}]),
    ("/paths/~1x/get/responses/200", {"content": {}}),  # no description
    ("/paths/~1x/get/parameters", [{"name": "q", "in": "body", "schema": {}}]),
    ("/paths/~1x/get/responses/200/content/application~1json/schema", {"$ref": 3}),
    ("/paths/~1x/get/tags", "not-a-list"),
    ("/components/securitySchemes", {"k": {"type": "apiKey", "name": "k"}}),  # no `in`
    ("/webhooks", {"w": {"post": {"responses": {"200": {}}}}}),
    ("/jsonSchemaDialect", "not a uri"),
]


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
@pytest.mark.parametrize(("pointer", "value"), DOCUMENT_DEFECTS, ids=[p for p, _ in DOCUMENT_DEFECTS])
def test_each_document_defect_is_found_as_openapi_spec_validator_finds_it(
    version: str, pointer: str, value: Any, tmp_path: Path
) -> None:
    """One defect at a time, so that jsonschema-rs, which only says "valid" before jsonschema is asked, must see
    each of them on its own."""
    from generator.lint import structural

    ok = {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}
    doc: dict[str, Any] = {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"get": {"responses": {"200": ok}}}},
        "components": {},
    }
    *parents, last = [unescape(token) for token in pointer.split("/")[1:]]
    node = doc
    for token in parents:
        node = node[token]
    node[last] = value
    expected = _plain_messages(doc)
    (tmp_path / "openapi.json").write_text(json.dumps(doc), encoding="utf-8")
    assert [f.message for f in structural.check(load(tmp_path / "openapi.json", tmp_path))] == expected
    if version.startswith("3.1") or pointer not in ("/webhooks", "/jsonSchemaDialect"):
        assert expected, "the defect is one"


def test_jsonschema_rs_survives_ten_times_the_depth_the_load_allows() -> None:
    """jsonschema-rs would take the process down (no traceback, no finding) on a document some 20,000 levels
    deep; the load stops at MAX_DEPTH, whatever chain of files a document is made of. (A valid schema: jsonschema,
    which would check an invalid one again, stops with a RecursionError long before.)"""
    from openapi_schema_validator import OAS31Validator

    from generator.lint import structural
    from generator.load import MAX_DEPTH

    schema: dict[str, Any] = {"type": "string"}
    for _ in range(10 * MAX_DEPTH):
        schema = {"type": "object", "properties": {"a": schema}}
    structural._meta_check(OAS31Validator, OAS31Validator.FORMAT_CHECKER)(schema)  # pyright: ignore[reportPrivateUsage]


def test_the_depth_limit_holds_through_a_chain_of_files(tmp_path: Path) -> None:
    """Files each within the limit, each referring to the next: the bundled document is refused all the same."""
    from generator.load import MAX_DEPTH

    for i in range(5):
        schema: dict[str, Any] = {"$ref": f"s{i + 1}.json"} if i < 4 else {"type": "string"}
        for _ in range(MAX_DEPTH - 10):
            schema = {"type": "object", "properties": {"a": schema}}
        (tmp_path / f"s{i}.json").write_text(json.dumps(schema), encoding="utf-8")
    doc = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    doc["components"] = {"schemas": {"Deep": {"$ref": "s0.json"}}}
    (tmp_path / "openapi.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(SpecLoadError, match=f"nested more than {MAX_DEPTH} levels deep"):
        load(tmp_path / "openapi.json", tmp_path)


def test_properties_through_an_allof_cycle_end() -> None:
    """Two schemas that include each other through allOf: their properties are read once each (the walk used to
    recurse without end), and required-undefined, which cannot know what else they allow, stays silent."""
    from generator.lint.rules import _own_properties, _properties  # pyright: ignore[reportPrivateUsage]

    a = {"allOf": [{"$ref": "#/components/schemas/B"}], "properties": {"a": {}}, "required": ["x"]}
    doc: dict[str, Any] = {
        "components": {
            "schemas": {"A": a, "B": {"allOf": [{"$ref": "#/components/schemas/A"}], "properties": {"b": {}}}}
        }
    }
    assert sorted(_properties(doc, {"$ref": "#/components/schemas/A"})) == ["a", "b"]
    assert _own_properties(doc, a) is None


SKIPPED_BY_OSV = [
    "/paths/~1x/post/requestBody/content/application~1json/schema",
    "/components/requestBodies/Body/content/application~1json/schema",
    "/paths/~1x/post/responses/200/headers/h/schema",
    "/components/headers/H/schema",
    "/paths/~1x/post/parameters/0/content/application~1json/schema",
    "/paths/~1x/parameters/0/content/application~1json/schema",
]


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
@pytest.mark.parametrize("pointer", SKIPPED_BY_OSV)
def test_schemas_openapi_spec_validator_skips_are_checked(version: str, pointer: str, tmp_path: Path) -> None:
    """Its walk visits no request body, response header or parameter content: in a 3.1 document, whose schema
    leaves Schema Objects to the walk, `required: 0` there passed the lint and broke the build."""
    from generator.lint import structural

    def content(schema: Any) -> dict[str, Any]:
        return {"application/json": {"schema": schema}}

    ok: dict[str, Any] = {"type": "string"}
    doc: dict[str, Any] = {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "parameters": [{"name": "p", "in": "query", "content": content(dict(ok))}],
                "post": {
                    "parameters": [{"name": "q", "in": "query", "content": content(dict(ok))}],
                    "requestBody": {"content": content(dict(ok))},
                    "responses": {
                        "200": {"description": "ok", "headers": {"h": {"schema": dict(ok)}}},
                        "201": {"description": "ok", "headers": {"h": {"$ref": "#/components/headers/H"}}},
                    },
                },
                "put": {
                    "requestBody": {"$ref": "#/components/requestBodies/Body"},
                    "responses": {"200": {"description": "ok"}},
                },
            }
        },
        "components": {
            "requestBodies": {"Body": {"content": content(dict(ok))}},
            "headers": {"H": {"schema": dict(ok)}},
        },
    }
    (tmp_path / "openapi.json").write_text(json.dumps(doc), encoding="utf-8")
    assert structural.check(load(tmp_path / "openapi.json", tmp_path)) == []
    parent_pointer, _, last = pointer.rpartition("/")
    node_at(doc, parent_pointer)[unescape(last)] = {"type": "object", "required": 0}
    (tmp_path / "openapi.json").write_text(json.dumps(doc), encoding="utf-8")
    found = [f for f in structural.check(load(tmp_path / "openapi.json", tmp_path)) if f.pointer.endswith("required")]
    assert [(f.pointer, f.message) for f in found] == [(pointer + "/required", "0 is not of type 'array'")]


NAMED_LIKE_KEYWORDS = """\
openapi: 3.1.0
info: {title: Readings, version: '1'}
paths:
  /readings:
    get:
      operationId: listReadings
      responses:
        '200':
          description: The latest reading.
          headers:
            example:
              schema:
                $ref: '#/components/schemas/Count'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Reading'
        default:
          description: An error.
components:
  schemas:
    Reading:
      type: object
      properties:
        value:
          $ref: '#/components/schemas/Measure'
        default:
          $ref: '#/components/schemas/Unit'
        example:
          $ref: '#/components/schemas/Note'
        enum:
          $ref: '#/components/schemas/Note'
    Measure: {type: number}
    Unit: {type: string}
    Note: {type: string}
    Count: {type: integer}
"""


def test_properties_and_headers_named_like_keywords_are_names(tmp_path: Path) -> None:
    """A property called `value` or `enum`, or a header called `example`, holds a schema: its `$ref` counts."""
    root = tmp_path / "openapi.yaml"
    root.write_text(NAMED_LIKE_KEYWORDS, encoding="utf-8")
    assert [f.text() for f in lint(load(root, tmp_path))] == []  # no unused-component for Measure, Unit, Note, Count

    root.write_text(
        NAMED_LIKE_KEYWORDS.replace(
            "enum:\n          $ref: '#/components/schemas/Note'", "enum:\n          $ref: '#/components/schemas/Gone'"
        ),
        encoding="utf-8",
    )
    findings = lint(load(root, tmp_path))
    gone = root.read_text(encoding="utf-8").splitlines().index("          $ref: '#/components/schemas/Gone'") + 1
    assert [(f.rule, f.pointer, f.line) for f in findings] == [
        ("ref-unresolved", "/components/schemas/Reading/properties/enum", gone)
    ]

    root.write_text(
        NAMED_LIKE_KEYWORDS.replace("Count: {type: integer}", "Count: {type: integer, items: {type: string}}"),
        encoding="utf-8",
    )
    assert [f.rule for f in lint(load(root, tmp_path))] == ["type-keyword-mismatch"]
