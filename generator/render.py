"""The Jinja environment and the map from IR to generated files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2

from generator.build import qualified, runtime_classes
from generator.ir import Api, Param, Resource
from generator.output import MARKER, MARKER_TEXT

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def pyrepr(value: Any) -> str:
    """A Python literal; the only way spec text reaches code outside docstrings."""
    return repr(value)


def pyvalue(json_text: str, fallback: str = '"x"') -> str:
    """The Python literal of a JSON example (`true` is `True`), or `fallback` when there is none."""
    return repr(json.loads(json_text)) if json_text else fallback


def comment(text: str) -> str:
    """Spec text on one line, for a `#` comment: a line break would end it and start a statement."""
    return " ".join(str(text).split())


def pytuple(values: list[Any]) -> str:
    """A Python tuple literal of the values."""
    return repr(tuple(values))


def docstring(text: str) -> str:
    """Spec text made safe inside a triple-quoted docstring: it can neither close it nor escape out."""
    text = " ".join(str(text).split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    # control characters (NUL, ESC…) and lone surrogates as escapes: Python source cannot hold them as they are
    text = _UNSAFE.sub(lambda m: ascii(m.group())[1:-1], text)
    # a bare quote just before the closing quotes would join them: escape it (a space would end some lines)
    escaped = (len(text) - len(text[:-1].rstrip("\\")) - 1) % 2 == 1
    return text[:-1] + '\\"' if text.endswith('"') and not escaped else text


_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def path_fstring(path: str, params: tuple[Param, ...]) -> str:
    """The request path as an f-string whose placeholders quote each path parameter."""
    by_wire = {p.wire_name: p.py_name for p in params}
    parts = re.split(r"\{([^}]+)\}", path)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append("{quote(str(" + by_wire[part] + "), safe='')}")
        else:
            out.append(part.replace("\\", "\\\\").replace('"', '\\"').replace("{", "{{").replace("}", "}}"))
    return 'f"' + "".join(out) + '"'


def has_stream(resource: Resource) -> bool:
    """Whether a method of the subtree streams on request (its overloads need typing.overload)."""
    return any(op.stream and op.stream.request_field for op in resource.operations) or any(
        has_stream(c) for c in resource.children
    )


def has_accumulator(resource: Resource) -> bool:
    """Whether a method of the subtree has a helper that builds the final message (needs _message_stream)."""
    return any(op.stream and op.stream.accumulate_method for op in resource.operations) or any(
        has_accumulator(c) for c in resource.children
    )


def class_names(resource: Resource) -> list[str]:
    out: list[str] = []

    def visit(r: Resource) -> None:
        out.extend(prefix + r.class_name + suffix for prefix in ("", "Async") for suffix in ("", "WithRawResponse"))
        for child in r.children:
            visit(child)

    visit(resource)
    return sorted(out)


def name_map(params: tuple[Param, ...]) -> str:
    return repr({p.wire_name: p.py_name for p in params})


def md_code(text: str) -> str:
    """Text inside a Markdown table's code span."""
    return text.replace("|", "\\|").replace("`", "'")


def md_cell(text: str) -> str:
    """Spec text inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def to_dict(pairs: list[tuple[str, str]]) -> dict[str, str]:
    return dict(pairs)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )
    env.filters.update(
        pyrepr=pyrepr,
        pytuple=pytuple,
        pyvalue=pyvalue,
        comment=comment,
        runtime_classes=runtime_classes,
        qualified=qualified,
        docstring=docstring,
        path_fstring=path_fstring,
        has_stream=has_stream,
        has_accumulator=has_accumulator,
        class_names=class_names,
        name_map=name_map,
        md_code=md_code,
        md_cell=md_cell,
        to_dict=to_dict,
    )
    return env


def render(api: Api, bundled: dict[str, Any]) -> dict[str, str]:
    """Every generated file except the models, as {relative path: text}."""
    env = environment()
    pkg = api.package
    files: dict[str, str] = {}

    def put(path: str, template: str, **context: Any) -> None:
        files[path] = env.get_template(template).render(api=api, **context)

    put(f"{pkg}/__init__.py", "package/__init__.py.j2")
    put(f"{pkg}/_client.py", "package/_client.py.j2")
    put(f"{pkg}/_base_client.py", "package/_base_client.py.j2")
    put(f"{pkg}/_models.py", "package/_models.py.j2")
    put(f"{pkg}/_exceptions.py", "package/_exceptions.py.j2")
    put(f"{pkg}/testing.py", "package/testing.py.j2")
    if api.has_accumulator():
        put(f"{pkg}/_message_stream.py", "package/_message_stream.py.j2")
    files[f"{pkg}/resources/__init__.py"] = '"""Resources of the client."""\n'
    for resource in api.resources:
        put(f"{pkg}/resources/{resource.attr}.py", "package/resource.py.j2", resource=resource)
    files[f"{pkg}/py.typed"] = ""
    files[f"{pkg}/openapi.json"] = json.dumps(bundled, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    put("tests/conftest.py", "tests/conftest.py.j2")
    put("tests/_contract.py", "tests/_contract.py.j2")
    for resource in api.resources:  # one file each, so that they are formatted (and run) in parallel
        put(f"tests/test_contract_{resource.attr}.py", "tests/test_contract.py.j2", resource=resource)
    put("api.md", "api.md.j2")
    files[MARKER] = MARKER_TEXT
    return files
