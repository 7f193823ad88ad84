"""Structural validation by openapi-spec-validator, mapped onto the source map.

openapi-spec-validator reports the errors it finds inside a schema, a parameter list or an operation with a
path relative to that object. Each keyword validator is wrapped so that an error gets the object's own
document path in front: every finding then has the line and column of what it is about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache, partial
from typing import Any

import jsonschema_rs
from jsonschema.exceptions import SchemaError
from jsonschema.validators import validator_for
from jsonschema_path import SchemaPath
from openapi_schema_validator._specifications import REGISTRY
from openapi_schema_validator.validators import check_openapi_schema
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation.keywords import KeywordValidator

from generator.lint import oas_version
from generator.lint.findings import Finding
from generator.lint.rules import operations
from generator.load import Loaded, follow_refs, join, node_at, through_refs, unescape

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


def _crawled(validator: Any) -> Any:
    """`validator` with its reference registry crawled once, up front.

    jsonschema leaves the root schema uncrawled and crawls it again on every anchor lookup that misses, which
    each `$dynamicRef: "#meta"` of the OpenAPI 3.1 schemas is: that was most of the lint's time. A crawled
    registry answers every lookup as the lazy one does. Should jsonschema's internals change, nothing is done."""
    resolver = getattr(validator, "_resolver", None)
    registry, base_uri = getattr(resolver, "_registry", None), getattr(resolver, "_base_uri", None)
    if registry is None or base_uri is None:
        return validator
    return validator.evolve(_resolver=registry.crawl().resolver(base_uri=base_uri))


def _surely_valid(fast: Any, instance: Any) -> bool:
    """jsonschema-rs finds `instance` valid; False also when it cannot say (a value JSON has no type for, such as
    a YAML date or an integer key): jsonschema then decides.

    jsonschema-rs recurses on the native stack: about 20,000 levels crash the process. The load refuses any
    document nested more than load.MAX_DEPTH (100) levels, through every file it reads."""
    try:
        return fast is not None and bool(fast.is_valid(instance))
    except (TypeError, ValueError, OverflowError):
        return False


def _raise_first(fast: Any, meta_validator: Any, schema: Any) -> None:
    if _surely_valid(fast, schema):
        return
    for error in meta_validator.iter_errors(schema):
        raise SchemaError.create_from(error)


class _FastFirst:
    """A jsonschema validator whose iter_errors asks jsonschema-rs first: nothing when it finds the instance valid,
    else jsonschema's errors (its messages are the findings)."""

    def __init__(self, fast: Any, validator: Any) -> None:
        self._fast, self._validator = fast, validator

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        if not _surely_valid(self._fast, instance):
            yield from self._validator.iter_errors(instance)


def _fast(schema: Any, **options: Any) -> Any:
    """`schema` compiled by jsonschema-rs, with openapi-schema-validator's registry; None if it cannot compile it."""
    registry = jsonschema_rs.Registry([(uri, REGISTRY[uri].contents) for uri in REGISTRY])
    try:
        return jsonschema_rs.validator_for(schema, registry=registry, **options)
    except (jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError, ValueError):
        return None


def _fast_meta(meta_schema: Any, format_checker: Any) -> Any:
    """The same meta-schema compiled by jsonschema-rs, which answers "valid" about 20 times sooner.

    It only lets a valid schema through: any schema it rejects is checked again by jsonschema, whose error is
    the finding, so a finding's text never depends on it. Formats are asserted by jsonschema's own format
    checker (a `pattern` is a Python regular expression, as for jsonschema); formats that checker does not know
    may make jsonschema-rs reject a schema, which jsonschema then accepts. None when it cannot compile."""
    formats = {name: partial(_conforms, format_checker, name) for name in format_checker.checkers}
    return _fast(meta_schema, formats=formats, validate_formats=True)


def _conforms(format_checker: Any, name: str, value: Any) -> bool:
    return bool(format_checker.conforms(value, name))


@cache
def _meta_check(cls: Any, format_checker: Any) -> Callable[[Any], None]:
    """openapi-schema-validator's check_openapi_schema, with one crawled meta-schema validator for all schemas."""
    meta = validator_for(cls.META_SCHEMA, default=cls)(
        cls.META_SCHEMA, format_checker=format_checker, registry=REGISTRY
    )
    return partial(_raise_first, _fast_meta(cls.META_SCHEMA, format_checker), _crawled(meta))


class _Ids(list[int]):
    """The list of schema ids openapi-spec-validator keeps to visit each schema once, with set membership: its
    `in` on a plain list made the walk quadratic (a third of the lint's time on GitHub's description)."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[int] = set()

    def append(self, value: int) -> None:
        super().append(value)
        self._set.add(value)

    def __contains__(self, value: object) -> bool:
        return value in self._set


def _reused_meta_check(cls: type[KeywordValidator]) -> type[KeywordValidator]:
    """`cls` (the schema keyword) whose meta-schema check reuses one validator instead of building one per schema,
    and whose visited-schema lists answer `in` in constant time."""

    class Reused(cls):  # type: ignore[valid-type,misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            if isinstance(getattr(self, "visited_schema_ids", None), list):
                self.visited_schema_ids = _Ids()
            if isinstance(getattr(self, "meta_checked_schema_ids", None), list):
                self.meta_checked_schema_ids = _Ids()

        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Callable[[Any], None]:
            checker = super()._get_schema_checker(schema, schema_value)
            func, kwargs = (checker.func, checker.keywords) if isinstance(checker, partial) else (checker, {})
            if getattr(func, "__func__", None) is not check_openapi_schema:
                return checker
            owner = func.__self__  # type: ignore[attr-defined]
            return _meta_check(owner, kwargs.get("format_checker", owner.FORMAT_CHECKER))

    Reused.__name__ = f"Reused{cls.__name__}"
    return Reused


def _skipped_schemas(doc: dict[str, Any]) -> list[str]:
    """Pointers of the schemas openapi-spec-validator's walk does not visit: those of request bodies, of response
    headers and of parameters' content (refs followed, each once). In a 3.1 document nothing else checks them."""
    found: dict[str, None] = {}

    def content(owner: Any, pointer: str, own_schema: bool = False) -> None:
        """The schemas of `owner`'s content, and its own schema when `own_schema` (a header's: a parameter's own
        is visited by the walk)."""
        pointer, owner = follow_refs(doc, owner, pointer)
        if not isinstance(owner, dict):
            return
        if own_schema and "schema" in owner:
            found[follow_refs(doc, owner["schema"], join(pointer, "schema"))[0]] = None
        media = owner.get("content")
        for name, media_type in sorted(media.items()) if isinstance(media, dict) else ():
            if isinstance(media_type, dict) and "schema" in media_type:
                at = join(join(join(pointer, "content"), name), "schema")
                found[follow_refs(doc, media_type["schema"], at)[0]] = None

    for op in operations(doc):
        for parameter_pointer, parameter in op.params:
            content(parameter, parameter_pointer)
        if "requestBody" in op.node:
            content(op.node["requestBody"], join(op.pointer, "requestBody"))
        responses = op.node.get("responses")
        for code, response in responses.items() if isinstance(responses, dict) else ():
            response_pointer, response = follow_refs(doc, response, join(join(op.pointer, "responses"), code))
            headers = response.get("headers") if isinstance(response, dict) else None
            for name, header in headers.items() if isinstance(headers, dict) else ():
                content(header, join(join(response_pointer, "headers"), name), own_schema=True)
    return [pointer for pointer in found if node_at(doc, pointer) is not None]  # a dangling ref is the ref rules'


def _schema_path(root: SchemaPath, doc: Any, pointer: str) -> SchemaPath:
    """The path openapi-spec-validator walks to `pointer` (a list's index an int, as its walk has it)."""
    path, node = root, doc
    for token in pointer.split("/")[1:]:
        key: str | int = int(token) if isinstance(node, list) else unescape(token)
        path, node = path / key, node[key]  # pyright: ignore[reportCallIssue, reportArgumentType] (typed str only)
    return path


def _validator_class(cls: Any) -> Any:
    keywords = dict(cls.keyword_validators)
    keywords["schema"] = _reused_meta_check(keywords["schema"])
    for keyword in ("schema", "parameters", "operation", "mediaType"):
        if keyword in keywords:
            keywords[keyword] = _located(keywords[keyword])
    if "default" in keywords:
        keywords["default"] = _located(keywords["default"], ("default",))
    # jsonschema's messages, also where openapi-spec-validator would use jsonschema-rs's (other words) for this
    # half: jsonschema-rs only says that a document is valid, as for the schemas (it asserts no format here either)
    document_schema = dict(cls.schema_validator.schema)
    python_validator = _crawled(validator_for(document_schema)(document_schema))
    attrs = {"keyword_validators": keywords, "schema_validator": _FastFirst(_fast(document_schema), python_validator)}
    return type(f"Located{cls.__name__}", (cls,), attrs)


@cache
def _validator(version: str) -> Any:
    return _validator_class({"3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator}[version])


Errors = list[tuple[str, list[Any]]] | str  # what errors() gives


def errors(version: str, doc: dict[str, Any]) -> Errors:
    """openapi-spec-validator's errors as (message, path in the document): the document against the OpenAPI JSON
    Schema, then the walk of its paths and components; a string when the validator stopped. `version` is "3.0"
    or "3.1", as generator.lint.oas_version gives it."""
    found: list[Any] = []
    try:
        validator = _validator(version)(doc)
        found += validator.schema_validator.iter_errors(validator.schema)
        found += validator.root_validator(validator.schema_path)
    except Exception as exc:  # the walk raises on unresolvable local refs, and on shapes the schema refuses
        if not found:
            return str(exc) or type(exc).__name__
        return [(err.message, list(err.absolute_path)) for err in found]
    schema_keyword = validator.keyword_validators_registry["schema"]
    for pointer in _skipped_schemas(doc):  # checked as its walk checks the others
        try:
            found += schema_keyword(_schema_path(validator.schema_path, doc, pointer))
        except Exception:  # a document its walk cannot take has findings already
            continue
    return [(err.message, list(err.absolute_path)) for err in found]


def prepare() -> None:
    """Build what the first check builds (the validators, the crawled registries, the compiled meta-schemas)
    by checking a document of one schema."""
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    errors(
        "3.1", {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "components": {"schemas": {"A": schema}}}
    )


def check(loaded: Loaded, skip_on_unresolved: bool = False, found: Errors | None = None) -> list[Finding]:
    """openapi-spec-validator's errors (`found`, if errors() was called elsewhere) as findings; when
    `skip_on_unresolved`, its crash on a dangling $ref is not one."""
    doc = loaded.document
    version = oas_version(doc)
    if version is None:
        text = f"'openapi' must be 3.0.x or 3.1.x, not {str(doc.get('openapi', ''))!r}"
        return [Finding.at(loaded.sources, "/openapi", "oas-version", text)]
    result = found if found is not None else errors(version, doc)
    if isinstance(result, str):
        if skip_on_unresolved:
            return []
        return [Finding.at(loaded.sources, "", "oas-structure", f"openapi-spec-validator stopped: {result}"[:300])]
    return [
        Finding.at(loaded.sources, through_refs(doc, path), "oas-structure", message.split("\n", 1)[0][:300])
        for message, path in result
    ]
