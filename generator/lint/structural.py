"""Structural validation by openapi-spec-validator, mapped onto the source map.

openapi-spec-validator reports the errors it finds inside a schema, a parameter list or an operation with a
path relative to that object. Each keyword validator is wrapped so that an error gets the object's own
document path in front: every finding then has the line and column of what it is about.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation.keywords import KeywordValidator

from generator.lint.findings import Finding
from generator.load import Loaded, through_refs

DOC_PATH = "claude_openapi_doc_path"  # set on an error whose path is already the document path


def _located(cls: type[KeywordValidator], suffix: tuple[str, ...] = ()) -> type[KeywordValidator]:
    """`cls` whose errors carry DOC_PATH: the path of its first SchemaPath argument, `suffix`, the error's path."""

    class Located(cls):  # type: ignore[valid-type,misc]
        def __call__(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
            base = next((tuple(arg.parts) for arg in args if isinstance(arg, SchemaPath)), None)
            for error in super().__call__(*args, **kwargs):
                if base is not None and not hasattr(error, DOC_PATH):
                    setattr(error, DOC_PATH, True)
                    error.path.extendleft(reversed((*base, *suffix)))  # survives osv's re-wrapping of errors
                yield error

    Located.__name__ = f"Located{cls.__name__}"
    return Located


def _validator_class(cls: Any) -> Any:
    keywords = dict(cls.keyword_validators)
    for keyword in ("schema", "parameters", "operation", "mediaType"):
        if keyword in keywords:
            keywords[keyword] = _located(keywords[keyword])
    if "default" in keywords:
        keywords["default"] = _located(keywords["default"], ("default",))
    return type(f"Located{cls.__name__}", (cls,), {"keyword_validators": keywords})


_VALIDATORS = {"3.0": _validator_class(OpenAPIV30SpecValidator), "3.1": _validator_class(OpenAPIV31SpecValidator)}


def check(loaded: Loaded, skip_on_unresolved: bool = False) -> list[Finding]:
    """openapi-spec-validator's errors; when `skip_on_unresolved`, its crash on a dangling $ref is not one."""
    doc = loaded.document
    version = str(doc.get("openapi", ""))
    if not version.startswith(("3.0", "3.1")):
        return [
            Finding.at(loaded.sources, "/openapi", "oas-version", f"'openapi' must be 3.0.x or 3.1.x, not {version!r}")
        ]
    findings: list[Finding] = []
    try:
        errors = list(_VALIDATORS[version[:3]](doc).iter_errors())
    except Exception as exc:  # the validator raises on unresolvable local refs
        if skip_on_unresolved:
            return []
        return [Finding.at(loaded.sources, "", "oas-structure", f"openapi-spec-validator stopped: {exc}"[:300])]
    for err in errors:
        pointer = through_refs(doc, list(err.absolute_path))
        findings.append(Finding.at(loaded.sources, pointer, "oas-structure", err.message.split("\n", 1)[0][:300]))
    return findings
