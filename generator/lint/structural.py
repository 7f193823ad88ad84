"""Structural validation by openapi-spec-validator, mapped onto the source map."""

from __future__ import annotations

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from generator.lint.findings import Finding
from generator.load import Loaded, join


def check(loaded: Loaded) -> list[Finding]:
    doc = loaded.document
    version = str(doc.get("openapi", ""))
    if not version.startswith(("3.0", "3.1")):
        return [
            Finding.at(loaded.sources, "/openapi", "oas-version", f"'openapi' must be 3.0.x or 3.1.x, not {version!r}")
        ]
    validator_cls = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    findings: list[Finding] = []
    try:
        errors = list(validator_cls(doc).iter_errors())
    except Exception as exc:  # the validator raises on unresolvable local refs
        return [Finding.at(loaded.sources, "", "oas-structure", f"openapi-spec-validator stopped: {exc}")]
    for err in errors:
        pointer = ""
        for token in err.absolute_path:
            pointer = join(pointer, token)
        findings.append(Finding.at(loaded.sources, pointer, "oas-structure", err.message.split("\n", 1)[0][:300]))
    return findings
