"""Lint tests: the minimal fixture lints clean, and each planted defect gives one finding at its line."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.lint import lint
from generator.load import SpecLoadError, load

HERE = Path(__file__).parent
MINIMAL = HERE / "fixtures" / "minimal"
REAL_SPEC = HERE.parent / "spec" / "openapi.yaml"
WIDGETS = "paths/widgets.yaml"


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
    "operation-id-not-snake": Plant(WIDGETS, "operationId: widgets_list", "operationId: widgetsList", "operation-id"),
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
    findings = lint(load(root, root.parent))
    assert [(f.rule, f.file, f.line) for f in findings] == [(case.rule, file, line)], [f.text() for f in findings]
    assert case.message in findings[0].message


def test_x_stream_without_request_field_means_the_operation_always_streams(tmp_path: Path) -> None:
    always = Plant(WIDGETS, "    x-stream:\n      request-field: stream\n", "    x-stream:\n", "x-stream")
    root, _, _ = plant(tmp_path, always)
    assert lint(load(root, root.parent)) == []
