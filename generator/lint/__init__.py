"""Lint a loaded spec: OpenAPI structure (structural.py) plus the project's rules (rules.py)."""

from __future__ import annotations

import re

from generator.lint import rules, structural
from generator.lint.findings import Finding
from generator.load import Loaded

# openapi-spec-validator reports these at the document root; rules.py reports them where they are
_SUPERSEDED = re.compile(r"Operation ID '.*' for '.*' in '.*' is not unique")


def lint(loaded: Loaded) -> list[Finding]:
    """Every finding for `loaded`, sorted, without duplicates."""
    found = {finding for finding in structural.check(loaded) if not _SUPERSEDED.fullmatch(finding.message)}
    return sorted(found | set(rules.check(loaded)))
