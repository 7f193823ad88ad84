"""Which HTTP operations of the official `anthropic` package the spec describes, and which it lacks.

The package is read, never imported: its `resources/**.py` are parsed with `ast` for the calls each
resource method makes (`self._get("/v1/…")`, `self._post(path_template("/v1/…/{id}", …))`,
`self._get_api_list(…)`) and for the `anthropic-beta` value each method sends by default
(`extra_headers = {"anthropic-beta": "…", …}`), and `lib/credentials/_constants.py` for the OAuth token
endpoint that the credential providers call outside the resources. Operations are compared by method and
path, with path parameter names ignored; a covered operation's `x-betas` is compared with that default, and
the types of each SDK method that calls it with its schemas (generator/sdk_types.py).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from generator.sdk_types import FieldGap, SdkTypes, field_gaps, parse_file
from generator.sdk_types import PackageError as CoverageError

HTTP_CALLS = {"_get": "GET", "_post": "POST", "_put": "PUT", "_patch": "PATCH", "_delete": "DELETE"}
LIST_CALL = "_get_api_list"  # a paginated call: GET unless it says method=
SPEC_METHODS = ("get", "put", "post", "delete", "patch")
# the x-pagination scheme of each page class of the package (anthropic/pagination.py): SyncPage walks by
# after_id/before_id, the others by an opaque next_page token
PAGE_SCHEMES = {
    "SyncPage": "id_cursor",
    "SyncPageCursor": "page_cursor",
    "SyncTokenPage": "page_cursor",
    "SyncBidirectionalPageCursor": "page_cursor",
    "SyncReportPageCursor": "page_cursor",
}


@dataclass(frozen=True, order=True)
class SdkOperation:
    method: str
    path: str  # as the SDK writes it, e.g. /v1/files/{file_id}
    sdk_method: str  # beta.sessions.events.stream, as reached from the client
    source: str  # file and line in the package
    betas: tuple[str, ...] | None = None  # anthropic-beta values sent by default, sorted; None: not read (OAuth)
    page: str | None = None  # the page class of a paginated call (SyncPage, SyncPageCursor, …); None: not paginated


@dataclass(frozen=True, order=True)
class SpecOperation:
    method: str
    path: str
    operation_id: str
    sdk_method: str  # x-resource.x-method
    documented_only: bool = False  # x-sdk: none, an operation the docs describe and no SDK method calls
    betas: tuple[str, ...] = ()  # x-betas, sorted
    pagination: str | None = None  # x-pagination's scheme


def shape(path: str) -> str:
    """The path with parameter names dropped: /v1/files/{file_id} and /v1/files/{id} are the same operation."""
    return re.sub(r"\{[^}]*\}", "{}", path.split("?", 1)[0])


def find_package(explicit: Path | None = None) -> Path:
    """The directory of the `anthropic` package: `explicit`, or the installed one (found without importing it)."""
    if explicit is not None:
        if not (explicit / "resources").is_dir():
            raise CoverageError(f"{explicit} is not an anthropic package directory (it has no resources/)")
        return explicit
    spec = importlib.util.find_spec("anthropic")
    if spec is None or not spec.submodule_search_locations:
        raise CoverageError("the anthropic package is not installed: `pip install anthropic`, or pass --sdk DIR")
    return Path(next(iter(spec.submodule_search_locations)))


def package_version(package: Path) -> str:
    version_file = package / "_version.py"
    if version_file.is_file():
        for node in parse_file(version_file).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__version__" for t in node.targets):
                if isinstance(node.value, ast.Constant):
                    return str(node.value.value)
    return "unknown"


def _literal_path(node: ast.expr) -> str | None:
    """The path a call argument spells: "/v1/x", path_template("/v1/x/{id}", …) or f"/v1/x/{id}"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "path_template" and node.args:
        return _literal_path(node.args[0])
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _span_route(call: ast.Call) -> str | None:
    """The `span_route="/v1/…"` the SDK gives its request options (the route template of the call)."""
    for node in ast.walk(call):
        if isinstance(node, ast.keyword) and node.arg == "span_route" and isinstance(node.value, ast.Constant):
            return str(node.value.value)
    return None


def _resource_name(package: Path, file: Path) -> str:
    """beta/sessions/events.py -> beta.sessions.events; messages/messages.py -> messages (the SDK's layout)."""
    parts = list(file.relative_to(package / "resources").with_suffix("").parts)
    if len(parts) >= 2 and parts[-1] == parts[-2]:
        parts.pop()
    return ".".join(parts)


def _default_betas(fn: ast.FunctionDef) -> tuple[str, ...]:
    """The anthropic-beta values a resource method always sends: a dict literal's `"anthropic-beta": "a,b"`.

    The header the caller's `betas=` builds is not a constant, so only the default is read.
    """
    values: set[str] = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if (
                    isinstance(key, ast.Constant)
                    and key.value == "anthropic-beta"
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)
                ):
                    values.update(v.strip() for v in value.value.split(",") if v.strip())
    return tuple(sorted(values))


def _calls(tree: ast.Module) -> Iterator[tuple[ast.FunctionDef, str, ast.Call]]:
    """(method, called helper, call) of every self._get/_post/…/_get_api_list call in the sync resource classes."""
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef) or cls.name.startswith("Async") or "With" in cls.name:
            continue
        for fn in cls.body:
            if isinstance(fn, ast.FunctionDef) and not fn.name.startswith("_"):
                for node in ast.walk(fn):
                    if (
                        isinstance(node, ast.Call)
                        and isinstance(node.func, ast.Attribute)
                        and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "self"
                        and (node.func.attr in HTTP_CALLS or node.func.attr == LIST_CALL)
                    ):
                        yield fn, node.func.attr, node


def _routes(types: SdkTypes) -> Iterator[tuple[Path, str, ast.FunctionDef, ast.Call, str, str]]:
    """(file, resource, method, call, HTTP method, path) of every call the package's sync resources make; each
    file parsed once, by `types`, which the type comparison then reads from."""
    package = types.package
    for file in sorted((package / "resources").rglob("*.py")):
        module = types.module(file)
        if module is None:
            continue
        resource = _resource_name(package, file)
        for fn, helper, call in _calls(module.tree):
            if helper == LIST_CALL:
                method = next(
                    (
                        str(k.value.value)
                        for k in call.keywords
                        if k.arg == "method" and isinstance(k.value, ast.Constant)
                    ),
                    "get",
                ).upper()
            else:
                method = HTTP_CALLS[helper]
            path = (_literal_path(call.args[0]) if call.args else None) or _span_route(call)
            if path is None or not path.startswith("/"):
                path = _span_route(call)  # e.g. a URL the server returned, as batches.results GETs results_url
            if path is not None:
                yield file, resource, fn, call, method, path.split("?", 1)[0]


def _is_list(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Attribute) and call.func.attr == LIST_CALL


def _page_class(call: ast.Call) -> str | None:
    """`SyncPageCursor` of `self._get_api_list(…, page=SyncPageCursor[Model], …)`; "" for a paginated call whose
    page is not a plain class; None for any other call."""
    if not _is_list(call):
        return None
    page = next((k.value for k in call.keywords if k.arg == "page"), None)
    page = page.value if isinstance(page, ast.Subscript) else page
    return page.id if isinstance(page, ast.Name) else ""


def sdk_operations(package: Path, types: SdkTypes | None = None) -> list[SdkOperation]:
    """Every distinct (method, path) the package's resources call, plus the OAuth token endpoint. `types`: the
    package's modules as parsed so far, to share."""
    found: dict[tuple[str, str], SdkOperation] = {}
    for file, resource, fn, call, method, path in _routes(types or SdkTypes(package)):
        source = f"{file.relative_to(package.parent).as_posix()}:{call.lineno}"
        op = SdkOperation(method, path, f"{resource}.{fn.name}", source, _default_betas(fn), _page_class(call))
        key = (method, shape(op.path))
        if key not in found or op.sdk_method.count(".") < found[key].sdk_method.count("."):
            found[key] = op  # a GA method wins over its client.beta twin (fewer dots)
    constants = package / "lib" / "credentials" / "_constants.py"
    if constants.is_file():
        for node in parse_file(constants).body:
            if (
                isinstance(node, ast.Assign)
                and any(getattr(t, "id", "") == "TOKEN_ENDPOINT" for t in node.targets)
                and isinstance(node.value, ast.Constant)
            ):
                # the credential providers POST token requests here (lib/credentials/_workload.py)
                path = str(node.value.value)
                source = f"{constants.relative_to(package.parent).as_posix()}:{node.lineno}"
                found.setdefault(("POST", shape(path)), SdkOperation("POST", path, "oauth.token", source))
    return sorted(found.values(), key=lambda o: (o.path, o.method))


def _sdk_methods(
    types: SdkTypes, document: dict[str, Any]
) -> Iterator[tuple[Path, ast.FunctionDef, ast.expr | None, dict[str, Any], str]]:
    """(file, method, page model, spec operation, name) of every SDK method, GA or beta, that calls an operation
    of the spec."""
    operations = {(method, shape(path)): op for path, method, op in _spec_items(document)}
    for file, resource, fn, call, method, path in _routes(types):
        operation = operations.get((method, shape(path)))
        if operation is not None:
            page_model = next((k.value for k in call.keywords if k.arg == "model"), None) if _is_list(call) else None
            yield file, fn, page_model, operation, f"{resource}.{fn.name}"


def _spec_items(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, HTTP method, operation) of every operation of the spec."""
    for path, item in (document.get("paths") or {}).items():
        for method in SPEC_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                shared, own = item.get("parameters"), op.get("parameters")  # the path item's apply to each
                if isinstance(shared, list) and shared:
                    op = {**op, "parameters": [*shared, *(own if isinstance(own, list) else [])]}
                yield path, method.upper(), op


def _error_responses(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """("METHOD /path status", response) of every 4xx and 5xx response of the spec."""
    for path, method, op in _spec_items(document):
        responses = op.get("responses")
        for status, response in responses.items() if isinstance(responses, dict) else ():
            if str(status)[:1] in ("4", "5"):
                yield f"{method} {path} {status}", response


def spec_operations(document: dict[str, Any]) -> list[SpecOperation]:
    out = []
    for path, method, op in _spec_items(document):
        name = f"{op.get('x-resource', '?')}.{op.get('x-method', '?')}"
        only = op.get("x-sdk") == "none"
        x_betas = op.get("x-betas")
        betas = tuple(sorted({b for b in x_betas if isinstance(b, str)})) if isinstance(x_betas, list) else ()
        pagination = op.get("x-pagination")
        scheme = pagination.get("scheme") if isinstance(pagination, dict) else None
        out.append(
            SpecOperation(
                method, path, str(op.get("operationId", "")), name, only, betas, str(scheme) if scheme else None
            )
        )
    return sorted(out, key=lambda o: (o.path, o.method))


@dataclass(frozen=True)
class Coverage:
    sdk_version: str
    sdk_path: str
    sdk: list[SdkOperation]
    spec: list[SpecOperation]
    fields: list[FieldGap] = field(default_factory=list)  # what the SDK's types have and the spec's schemas lack

    def _keys(self) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        return {(o.method, shape(o.path)) for o in self.sdk}, {(o.method, shape(o.path)) for o in self.spec}

    @property
    def missing(self) -> list[SdkOperation]:
        """In the package, not in the spec."""
        spec = self._keys()[1]
        return [o for o in self.sdk if (o.method, shape(o.path)) not in spec]

    def _not_in_sdk(self) -> list[SpecOperation]:
        sdk = self._keys()[0]
        return [o for o in self.spec if (o.method, shape(o.path)) not in sdk]

    @property
    def extra(self) -> list[SpecOperation]:
        """In the spec, not in the package, and not marked x-sdk: none (a path or method the SDK lost, or a typo)."""
        return [o for o in self._not_in_sdk() if not o.documented_only]

    @property
    def documented_only(self) -> list[SpecOperation]:
        """In the spec and marked x-sdk: none: the docs describe them, no SDK method calls them."""
        return [o for o in self._not_in_sdk() if o.documented_only]

    def _covered(self) -> list[tuple[SpecOperation, SdkOperation]]:
        by_key = {(o.method, shape(o.path)): o for o in self.sdk}
        pairs = [(o, by_key.get((o.method, shape(o.path)))) for o in self.spec]
        return [(s, k) for s, k in pairs if k is not None]

    @property
    def renamed(self) -> list[tuple[SpecOperation, SdkOperation]]:
        """Covered operations whose x-resource.x-method differs from the SDK's method name."""
        return [(s, k) for s, k in self._covered() if s.sdk_method != k.sdk_method]

    @property
    def betas_differ(self) -> list[tuple[SpecOperation, SdkOperation]]:
        """Covered operations whose x-betas differ from the anthropic-beta values the SDK sends by default."""
        return [(s, k) for s, k in self._covered() if k.betas is not None and s.betas != k.betas]

    @property
    def pagination_differs(self) -> list[tuple[SpecOperation, SdkOperation]]:
        """Covered operations whose x-pagination scheme is not the one the SDK's page class walks (or that one of
        the two paginates and the other does not)."""
        return [
            (s, k)
            for s, k in self._covered()
            if s.pagination != (PAGE_SCHEMES.get(k.page, "?") if k.page is not None else None)
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "sdk": {
                "package": "anthropic",
                "version": self.sdk_version,
                "path": self.sdk_path,
                "operations": len(self.sdk),
            },
            "spec": {"operations": len(self.spec)},
            "covered": len(self.sdk) - len(self.missing),
            "missing_from_spec": [asdict(o) for o in self.missing],
            "not_in_sdk": [asdict(o) for o in self.extra],
            "documented_only": [asdict(o) for o in self.documented_only],
            "named_differently": [
                {"method": s.method, "path": s.path, "spec": s.sdk_method, "sdk": k.sdk_method} for s, k in self.renamed
            ],
            "default_betas_differ": [
                {"method": s.method, "path": s.path, "spec": list(s.betas), "sdk": list(k.betas or ())}
                for s, k in self.betas_differ
            ],
            "pagination_differs": [
                {"method": s.method, "path": s.path, "spec": s.pagination, "sdk": k.page}
                for s, k in self.pagination_differs
            ],
            "fields_missing_from_spec": [{**asdict(g), "missing": list(g.missing)} for g in self.fields],
        }

    def text(self) -> str:
        lines = [
            f"anthropic {self.sdk_version} ({self.sdk_path}): {len(self.sdk)} operations; spec: {len(self.spec)}",
            f"covered: {len(self.sdk) - len(self.missing)} of {len(self.sdk)}",
        ]
        for title, rows in (
            ("missing from the spec", [f"{o.method:6} {o.path}  {o.sdk_method}  ({o.source})" for o in self.missing]),
            ("in the spec, not in the SDK", [f"{o.method:6} {o.path}  {o.operation_id}" for o in self.extra]),
            (
                "documented, called by no SDK method (x-sdk: none)",
                [f"{o.method:6} {o.path}  {o.operation_id}" for o in self.documented_only],
            ),
            (
                "named differently (spec x-resource.x-method vs SDK)",
                [f"{s.method:6} {s.path}  {s.sdk_method} vs {k.sdk_method}" for s, k in self.renamed],
            ),
            (
                "default anthropic-beta differs (spec x-betas vs SDK)",
                [
                    f"{s.method:6} {s.path}  [{', '.join(s.betas)}] vs [{', '.join(k.betas or ())}]  ({k.source})"
                    for s, k in self.betas_differ
                ],
            ),
            (
                "pagination differs (spec x-pagination scheme vs the SDK's page class)",
                [
                    f"{s.method:6} {s.path}  {s.pagination or 'none'} vs {k.page or 'none'}  ({k.source})"
                    for s, k in self.pagination_differs
                ],
            ),
            (
                "fields of the SDK's types that the spec lacks (first met at)",
                [f"{g.sdk_type}: {', '.join(g.missing)}  at {g.where}  ({g.source})" for g in self.fields],
            ),
        ):
            if rows:
                lines.append(f"{title} ({len(rows)}):")
                lines.extend("  " + row for row in rows)
        return "\n".join(lines) + "\n"


def coverage(document: dict[str, Any], package: Path) -> Coverage:
    types = SdkTypes(package)
    return Coverage(
        package_version(package),
        str(package),
        sdk_operations(package, types),
        spec_operations(document),
        field_gaps(document, types, _sdk_methods(types, document), _error_responses(document)),
    )


def render(result: Coverage, fmt: str) -> str:
    return json.dumps(result.to_json(), indent=2) + "\n" if fmt == "json" else result.text()
