"""Lint reports: text (DESIGN.md's line), json, github (workflow commands), sarif (2.1.0) and junit (XML).

Every format carries, for each finding, the rule id, severity, file, line, column, JSON pointer and message.
The summary line goes to stderr so that stdout is only the report.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata

from generator.lint.findings import CATALOG, Finding

TOOL = "claude-openapi"
JSON_FORMAT_VERSION = 1
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _version() -> str:
    try:
        return metadata.version(TOOL)
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "0"


@dataclass(frozen=True)
class Report:
    spec: str  # the root document as given
    findings: list[Finding]
    ignored: int = 0
    # the errors of lint.UNBUILDABLE rules, whatever the configuration keeps: nothing can be generated then
    unbuildable: list[Finding] = field(default_factory=lambda: [])

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors

    def summary(self) -> str:
        ignored = f", {self.ignored} ignored" if self.ignored else ""
        return f"{self.spec}: {self.errors} error(s), {self.warnings} warning(s){ignored}"


def text(report: Report) -> str:
    return "".join(f"{f.text()}\n" for f in report.findings)


def as_json(report: Report) -> str:
    body = {
        "format": JSON_FORMAT_VERSION,
        "tool": {"name": TOOL, "version": _version()},
        "spec": report.spec,
        "summary": {"errors": report.errors, "warnings": report.warnings, "ignored": report.ignored},
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity,
                "message": f.message,
                "file": f.file,
                "line": f.line,
                "column": f.column,
                "pointer": f.pointer,
            }
            for f in report.findings
        ],
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(report: Report) -> str:
    """GitHub Actions workflow commands: one annotation per finding."""
    lines = []
    for f in report.findings:
        props = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (("file", f.file), ("line", f.line), ("col", f.column), ("title", f.rule))
        )
        lines.append(f"::{f.severity} {props}::{_escape_data(f'{f.message} (#{f.pointer})')}\n")
    return "".join(lines)


def sarif(report: Report) -> str:
    """SARIF 2.1.0 as GitHub code scanning takes it: rules with help, results with a physical location."""
    ids = sorted(CATALOG)
    index = {rule: i for i, rule in enumerate(ids)}
    rules = [
        {
            "id": rule,
            "name": rule,
            "shortDescription": {"text": CATALOG[rule].rationale},
            "help": {"text": CATALOG[rule].fix},
            "defaultConfiguration": {"level": CATALOG[rule].severity},
            "properties": {"scope": CATALOG[rule].scope},
        }
        for rule in ids
    ]
    artifacts = sorted({f.file for f in report.findings})
    results = [
        {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": f.severity,
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.file, "index": artifacts.index(f.file)},
                        "region": {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)},
                    },
                    "logicalLocations": [{"fullyQualifiedName": f.pointer or "/", "kind": "member"}],
                }
            ],
        }
        for f in report.findings
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": TOOL, "version": _version(), "rules": rules}},
                "artifacts": [{"location": {"uri": uri}, "sourceLanguage": "yaml"} for uri in artifacts],
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def junit(report: Report) -> str:
    """JUnit XML: one test case per finding (a failure), or one passing test case when the spec is clean."""
    suites = ET.Element(
        "testsuites", name=f"{TOOL} lint", tests=str(max(len(report.findings), 1)), failures=str(len(report.findings))
    )
    by_file: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_file.setdefault(f.file, []).append(f)
    if not by_file:
        suite = ET.SubElement(suites, "testsuite", name=report.spec, tests="1", failures="0", errors="0")
        ET.SubElement(suite, "testcase", classname=TOOL, name="lint", file=report.spec)
    for file, findings in by_file.items():
        suite = ET.SubElement(
            suites, "testsuite", name=file, tests=str(len(findings)), failures=str(len(findings)), errors="0"
        )
        for f in findings:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"{TOOL}.{f.rule}",
                name=f"{f.file}:{f.line}:{f.column} #{f.pointer}",
                file=f.file,
                line=str(f.line),
            )
            failure = ET.SubElement(case, "failure", message=f.message, type=f.severity)
            failure.text = (
                f"Rule: {f.rule}\nSeverity: {f.severity}\nFile: {f.file}\nLine: {f.line}\nColumn: {f.column}\n"
                f"Pointer: #{f.pointer}\nMessage: {f.message}\n"
            )
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


FORMATS: dict[str, Callable[[Report], str]] = {
    "text": text,
    "json": as_json,
    "github": github,
    "sarif": sarif,
    "junit": junit,
}


def rules_table(markdown: bool = False) -> str:
    """The catalog of rules: id, default severity, scope, rationale and fix."""
    if markdown:
        rows = ["| rule | default | applies to | why | fix |", "|---|---|---|---|---|"]
        cell = lambda text: text.replace("|", "\\|")  # noqa: E731
        rows += [
            f"| `{r.id}` | {r.severity} | {r.scope} | {cell(r.rationale)} | {cell(r.fix)} |" for r in CATALOG.values()
        ]
        return "\n".join(rows) + "\n"
    return "".join(
        f"{r.id}  [{r.severity}, {r.scope}]\n  why: {r.rationale}\n  fix: {r.fix}\n" for r in CATALOG.values()
    )
