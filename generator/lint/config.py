"""Lint configuration from `[tool.claude-openapi.lint]` in the nearest pyproject.toml above the spec.

```toml
[tool.claude-openapi.lint]
api-rules = "auto"          # true | false | "auto": the API-specific rules run when the document uses our x- extensions
fail-on = "error"           # or "warning"
rules = { unused-component = "off", yaml-date = "warning" }   # "off" | "warning" | "error"

[[tool.claude-openapi.lint.ignore]]
files = "spec/paths/legacy.yaml"        # a glob, relative to the pyproject.toml's directory
pointer = "/paths/~1v1~1legacy/*"       # a glob over the JSON pointer (optional; one of files/pointer is needed)
rules = ["example-valid"]               # optional: all rules when absent
reason = "examples copied from the vendor's docs, fixed upstream in #123"   # required
```
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from generator.lint.findings import CATALOG, SEVERITIES, Finding

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TABLE = ("tool", "claude-openapi", "lint")
LEVELS = ("off", *SEVERITIES)


class ConfigError(Exception):
    """The configuration cannot be used: reported as one line, exit 2."""


@dataclass(frozen=True)
class Ignore:
    files: str
    pointer: str
    rules: tuple[str, ...]
    reason: str

    def matches(self, finding: Finding, file: str) -> bool:
        return (
            (not self.rules or finding.rule in self.rules)
            and (not self.files or fnmatchcase(file, self.files))
            and (not self.pointer or fnmatchcase(finding.pointer, self.pointer))
        )


@dataclass(frozen=True)
class Config:
    source: Path | None = None  # the pyproject.toml read, if any
    api_rules: bool | None = None  # None: when the document uses the x- extensions
    fail_on: str = "error"
    levels: dict[str, str] = field(default_factory=lambda: {})
    ignores: tuple[Ignore, ...] = ()

    def level(self, rule: str) -> str:
        return self.levels.get(rule, CATALOG[rule].severity if rule in CATALOG else "error")

    def apply(self, findings: list[Finding], base: Path) -> tuple[list[Finding], int]:
        """The findings re-levelled, without those turned off or ignored; and how many were ignored."""
        root = self.source.parent if self.source else base
        kept: list[Finding] = []
        ignored = 0
        for finding in findings:
            level = self.level(finding.rule)
            if level == "off":
                continue
            path = (base / finding.file).resolve()
            try:
                file = path.relative_to(root).as_posix()
            except ValueError:
                file = path.as_posix()
            if any(ignore.matches(finding, file) for ignore in self.ignores):
                ignored += 1
                continue
            kept.append(replace(finding, severity=level))
        return kept, ignored


def find(spec: Path) -> Path | None:
    """The nearest pyproject.toml at or above the spec's directory that has a [tool.claude-openapi] table."""
    start = spec.resolve().parent
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file() and "claude-openapi" in _read(candidate).get("tool", {}):
            return candidate
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc}") from None


def load_config(path: Path | None) -> Config:
    """The configuration in `path` (a pyproject.toml), or the defaults when None."""
    if path is None:
        return Config()
    table: Any = _read(path)
    for key in TABLE:
        table = table.get(key, {}) if isinstance(table, dict) else {}
    where = f"{path} [{'.'.join(TABLE)}]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    unknown = sorted(set(table) - {"api-rules", "fail-on", "rules", "ignore"})
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
    api_rules = table.get("api-rules", "auto")
    if not isinstance(api_rules, bool) and api_rules != "auto":
        raise ConfigError(f'{where}: api-rules must be true, false or "auto", not {api_rules!r}')
    fail_on = table.get("fail-on", "error")
    if fail_on not in SEVERITIES:
        raise ConfigError(f'{where}: fail-on must be "error" or "warning", not {fail_on!r}')
    levels = table.get("rules", {})
    if not isinstance(levels, dict):
        raise ConfigError(f'{where}: rules must be a table of rule id = "off" | "warning" | "error"')
    for rule, level in levels.items():
        if rule not in CATALOG:
            raise ConfigError(f"{where}: unknown rule {rule!r} (see --list-rules)")
        if level not in LEVELS:
            raise ConfigError(f'{where}: rule {rule!r} must be "off", "warning" or "error", not {level!r}')
    ignores = [_ignore(where, i, entry) for i, entry in enumerate(table.get("ignore", []))]
    return Config(path, None if api_rules == "auto" else api_rules, fail_on, dict(levels), tuple(ignores))


def _ignore(where: str, index: int, entry: Any) -> Ignore:
    here = f"{where} ignore[{index}]"
    if not isinstance(entry, dict):
        raise ConfigError(f"{here} must be a table with files and/or pointer, rules and reason")
    unknown = sorted(set(entry) - {"files", "pointer", "rules", "reason"})
    if unknown:
        raise ConfigError(f"{here}: unknown key(s) {', '.join(unknown)}")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise ConfigError(f"{here}: a reason is required (why the finding is acceptable here)")
    files, pointer, rules = entry.get("files", ""), entry.get("pointer", ""), entry.get("rules", [])
    if not isinstance(files, str) or not isinstance(pointer, str) or not (files or pointer):
        raise ConfigError(f"{here}: give files (a glob) and/or pointer (a JSON pointer glob)")
    if isinstance(rules, str):
        rules = [rules]
    if not isinstance(rules, list) or not all(isinstance(rule, str) and rule in CATALOG for rule in rules):
        raise ConfigError(f"{here}: rules must be a list of known rule ids (see --list-rules)")
    return Ignore(files, pointer, tuple(rules), reason)
