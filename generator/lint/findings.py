"""A lint finding, the text report line that DESIGN.md fixes, and the catalog of rules."""

from __future__ import annotations

from dataclasses import dataclass

from generator.load import Location, SourceMap

SEVERITIES = ("error", "warning")


@dataclass(frozen=True, order=True)
class Finding:
    file: str
    line: int
    column: int
    pointer: str
    rule: str
    severity: str  # "error" | "warning"
    message: str

    @classmethod
    def at(cls, sources: SourceMap, pointer: str, rule: str, message: str, severity: str = "") -> Finding:
        loc = sources.find(pointer) or Location("<spec>", 1, 1)
        return cls(loc.file, loc.line, loc.column, pointer, rule, severity or CATALOG[rule].severity, message)

    def text(self) -> str:
        return f"{self.file}:{self.line}:{self.column} #{self.pointer} {self.severity}: {self.message} ({self.rule})"


@dataclass(frozen=True)
class RuleInfo:
    """What a rule checks, why, how to fix what it finds, and its default severity.

    scope: "load" (the spec cannot be read: exit 2), "oas" (any OpenAPI document), or "api" (documents that use
    this project's x- extensions, or whose config turns the API rules on).
    """

    id: str
    severity: str
    scope: str
    rationale: str
    fix: str


CATALOG: dict[str, RuleInfo] = {}


def register(id: str, severity: str, scope: str, rationale: str, fix: str) -> RuleInfo:
    assert severity in SEVERITIES and scope in ("load", "oas", "api") and id not in CATALOG, id
    CATALOG[id] = RuleInfo(id, severity, scope, rationale, fix)
    return CATALOG[id]


for _args in (
    ("yaml-syntax", "the file is not YAML or JSON", "fix the syntax at the reported line"),
    ("duplicate-key", "YAML readers keep one of two equal keys silently", "remove or rename one of the keys"),
    (
        "yaml-tag",
        "a YAML tag (!foo, !!binary), a merge key (<<) or a non-string key has no JSON meaning: readers differ or fail",
        "remove the tag (quote the value if it is a string); write merged keys out; make the key a string",
    ),
    (
        "load",
        "the spec cannot be read (missing, a directory, binary, too large, not a mapping)",
        "point at the root YAML file",
    ),
):
    register(_args[0], "error", "load", _args[1], _args[2])
register(
    "oas-version",
    "error",
    "oas",
    "only OpenAPI 3.0.x and 3.1.x documents can be validated",
    "set 'openapi' to a 3.0.x or 3.1.x version",
)
register(
    "oas-structure",
    "error",
    "oas",
    "openapi-spec-validator: the document breaks the OpenAPI meta-schema or the JSON Schema dialect",
    "follow the message: the keyword at the location is misspelt, misplaced or of the wrong type",
)
