"""Lint a loaded spec: OpenAPI structure (structural.py) plus the project's rules (rules.py), then the config."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from generator.lint import rules
from generator.lint.config import Config
from generator.lint.findings import Finding
from generator.lint.report import Report
from generator.load import Loaded

if TYPE_CHECKING:
    from generator.background import Background
    from generator.lint.structural import Errors

# openapi-spec-validator reports these at the operation; rules.py reports them where they are
_SUPERSEDED = re.compile(
    r"Operation ID '.*' for '.*' in '.*' is not unique|Path parameter '.*' for '.*' operation in '.*' was not resolved"
)


# what no configuration makes buildable: generate refuses these findings even when they are turned off or ignored
UNBUILDABLE = ("oas-version", "oas-structure", "ref-unresolved", "ref-cycle")


def oas_version(doc: dict[str, Any]) -> str | None:
    """ "3.0" or "3.1" from the document's `openapi`, the versions the structural check knows; None for any other."""
    version = str(doc.get("openapi", ""))
    return version[:3] if version.startswith(("3.0", "3.1")) else None


def run(loaded: Loaded, config: Config | None = None, structural_job: Background[Errors] | None = None) -> Report:
    """Every finding for `loaded`, sorted, without duplicates, re-levelled and filtered by `config`.

    `structural_job`, a deferred Background computing structural.errors (forked, and prepared, before the load),
    checks the structure in its own process while this one applies the project's rules."""
    config = config or Config()
    doc = loaded.document
    version = oas_version(doc)
    if structural_job is not None and version is not None:
        structural_job.start(version, doc)
    else:
        structural_job = None  # structural.check reports the version
    # imported here: openapi-spec-validator takes 0.4 s to import, which a run need not wait for before its load
    from generator.lint import structural

    api_rules = config.api_rules if config.api_rules is not None else rules.uses_api_extensions(doc)
    ours = set(rules.check(loaded, api_rules))
    unresolved = any(finding.rule in ("ref-unresolved", "ref-cycle") for finding in ours)
    errors = structural_job.result() if structural_job is not None else None
    found = {
        finding
        for finding in structural.check(loaded, skip_on_unresolved=unresolved, found=errors)
        if not _SUPERSEDED.fullmatch(finding.message)
    }
    findings, ignored = config.apply(sorted(found | ours), loaded.base)
    unbuildable = sorted(f for f in found | ours if f.rule in UNBUILDABLE and f.severity == "error")
    return Report(loaded.root.as_posix(), findings, ignored, unbuildable)


def lint(loaded: Loaded, config: Config | None = None) -> list[Finding]:
    """Every finding for `loaded` that `config` keeps."""
    return run(loaded, config).findings
