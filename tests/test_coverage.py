"""The coverage command: the official package's operations read from its source, compared with the spec."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from generator import coverage
from generator.cli import main
from generator.load import load

REAL_SPEC = Path(__file__).parent.parent / "spec" / "openapi.yaml"

FAKE_RESOURCE = """
from .._utils import path_template


class Widgets(SyncAPIResource):
    def list(self, betas=omit, extra_headers=None):
        extra_headers = {
            **strip_not_given(
                {
                    "anthropic-beta": ",".join(chain((str(e) for e in betas), ["widgets-2026-01-01"]))
                    if is_given(betas)
                    else not_given
                }
            ),
            **(extra_headers or {}),
        }
        extra_headers = {"anthropic-beta": "widgets-2026-01-01,gears-2026-02-02", **(extra_headers or {})}
        return self._get_api_list("/v1/widgets", page=SyncPageCursor[Widget])

    def retrieve(self, widget_id, betas=omit, extra_headers=None):
        extra_headers = {
            **strip_not_given({"anthropic-beta": ",".join(str(e) for e in betas) if is_given(betas) else not_given}),
            **(extra_headers or {}),
        }
        return self._get(path_template("/v1/widgets/{widget_id}", widget_id=widget_id))

    def update(self, widget_id):
        return self._post(f"/v1/widgets/{widget_id}")

    def results(self, widget_id):
        widget = self.retrieve(widget_id)
        return self._get(widget.results_url, options=make_request_options(span_route="/v1/widgets/{widget_id}/results"))

    def _helper(self):
        return self._delete("/v1/private")


class AsyncWidgets(AsyncAPIResource):
    async def archive(self, widget_id):
        return await self._post(f"/v1/widgets/{widget_id}/archive")


class Gadgets(SyncAPIResource):
    def search(self):
        return self._get_api_list("/v1/gadgets/search", page=SyncPage[Gadget], method="post")
"""


@pytest.fixture
def fake_package(tmp_path: Path) -> Path:
    package = tmp_path / "anthropic"
    (package / "resources" / "beta" / "widgets").mkdir(parents=True)
    (package / "resources" / "beta" / "widgets" / "widgets.py").write_text(FAKE_RESOURCE, encoding="utf-8")
    (package / "lib" / "credentials").mkdir(parents=True)
    (package / "lib" / "credentials" / "_constants.py").write_text('TOKEN_ENDPOINT = "/v1/oauth/token"\n')
    (package / "_version.py").write_text('__version__ = "9.9.9"\n', encoding="utf-8")
    return package


def test_reads_every_call_shape_of_the_sync_resources(fake_package: Path) -> None:
    ops = {(o.method, o.path): o.sdk_method for o in coverage.sdk_operations(fake_package)}
    assert ops == {
        ("GET", "/v1/widgets"): "beta.widgets.list",
        ("GET", "/v1/widgets/{widget_id}"): "beta.widgets.retrieve",
        ("POST", "/v1/widgets/{}"): "beta.widgets.update",
        ("GET", "/v1/widgets/{widget_id}/results"): "beta.widgets.results",
        ("POST", "/v1/gadgets/search"): "beta.widgets.search",
        ("POST", "/v1/oauth/token"): "oauth.token",
    }
    assert coverage.package_version(fake_package) == "9.9.9"


def test_reads_the_anthropic_beta_each_method_sends_by_default(fake_package: Path) -> None:
    """The constant in `{"anthropic-beta": "…"}`, split at commas; what a caller's `betas=` adds is not a default."""
    betas = {o.sdk_method: o.betas for o in coverage.sdk_operations(fake_package)}
    assert betas["beta.widgets.list"] == ("gears-2026-02-02", "widgets-2026-01-01")
    assert betas["beta.widgets.retrieve"] == ()
    assert betas["oauth.token"] is None  # sent by the credential providers, which are not read


def test_compares_by_method_and_path_shape(fake_package: Path) -> None:
    document = {
        "paths": {
            "/v1/widgets/{id}": {"get": {"operationId": "w", "x-resource": "beta.widgets", "x-method": "get"}},
            "/v1/widgets/{id}/results": {
                "get": {"operationId": "r", "x-resource": "beta.widgets", "x-method": "results"}
            },
            "/v1/sprockets": {"get": {"operationId": "s", "x-resource": "sprockets", "x-method": "list"}},
            "/v1/reports": {"get": {"operationId": "d", "x-resource": "reports", "x-method": "get", "x-sdk": "none"}},
        }
    }
    result = coverage.coverage(document, fake_package)
    assert [(o.method, o.path) for o in result.missing] == [
        ("POST", "/v1/gadgets/search"),
        ("POST", "/v1/oauth/token"),
        ("GET", "/v1/widgets"),
        ("POST", "/v1/widgets/{}"),
    ]
    assert [o.operation_id for o in result.extra] == ["s"]
    assert [o.operation_id for o in result.documented_only] == ["d"]
    assert [(s.sdk_method, k.sdk_method) for s, k in result.renamed] == [("beta.widgets.get", "beta.widgets.retrieve")]
    assert result.text().splitlines()[:2] == [
        f"anthropic 9.9.9 ({fake_package}): 6 operations; spec: 4",
        "covered: 2 of 6",
    ]


def test_compares_x_betas_with_the_default_anthropic_beta(
    fake_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def op(name: str, method: str, **extra: object) -> dict[str, object]:
        return {"operationId": name, "x-resource": "beta.widgets", "x-method": method, **extra}

    cursor = {"scheme": "page_cursor", "items": "data"}
    paths: dict[str, dict[str, object]] = {
        "/v1/widgets": {"get": op("l", "list", **{"x-betas": ["widgets-2026-01-01"]}, **{"x-pagination": cursor})},
        "/v1/widgets/{id}": {"get": op("r", "retrieve", **{"x-betas": []}), "post": op("u", "update")},
        "/v1/widgets/{id}/results": {"get": op("x", "results")},
        "/v1/gadgets/search": {"post": op("g", "search", **{"x-pagination": {"scheme": "id_cursor"}})},
        "/v1/oauth/token": {"post": {"operationId": "t", "x-resource": "oauth", "x-method": "token", "x-betas": ["o"]}},
    }
    result = coverage.coverage({"paths": paths}, fake_package)
    assert result.missing == []
    assert [(s.operation_id, s.betas, k.betas) for s, k in result.betas_differ] == [
        ("l", ("widgets-2026-01-01",), ("gears-2026-02-02", "widgets-2026-01-01"))
    ]
    assert "  GET    /v1/widgets  [widgets-2026-01-01] vs [gears-2026-02-02, widgets-2026-01-01]  (" in result.text()
    assert result.to_json()["default_betas_differ"] == [
        {
            "method": "GET",
            "path": "/v1/widgets",
            "spec": ["widgets-2026-01-01"],
            "sdk": sorted(("gears-2026-02-02", "widgets-2026-01-01")),
        }
    ]

    spec = tmp_path / "openapi.json"
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    spec.write_text(json.dumps(document), encoding="utf-8")
    assert main(["coverage", "--spec", str(spec), "--sdk", str(fake_package), "--strict"]) == 1
    assert "default anthropic-beta differs (spec x-betas vs SDK) (1):" in capsys.readouterr().out
    paths["/v1/widgets"]["get"] = op(
        "l", "list", **{"x-betas": ["gears-2026-02-02", "widgets-2026-01-01"], "x-pagination": cursor}
    )
    spec.write_text(json.dumps(document), encoding="utf-8")
    assert main(["coverage", "--spec", str(spec), "--sdk", str(fake_package), "--strict"]) == 0
    assert "default anthropic-beta differs" not in capsys.readouterr().out


def test_the_official_package_has_278_operations() -> None:
    """anthropic 2.13.0 (pinned in the test extra): 277 resource operations and the OAuth token endpoint."""
    package = coverage.find_package()
    assert coverage.package_version(package) == "2.13.0"
    ops = {(o.method, o.path): o for o in coverage.sdk_operations(package)}
    assert len(ops) == 278
    assert ops[("POST", "/v1/oauth/token")].sdk_method == "oauth.token"
    assert ops[("GET", "/v1/messages/batches/{message_batch_id}/results")].sdk_method == "messages.batches.results"
    assert ops[("GET", "/v1/files")].sdk_method == "files.list"  # the GA name wins over client.beta.files.list
    assert ops[("GET", "/v1/sessions/{session_id}/events/stream")].sdk_method == "beta.sessions.events.stream"
    assert ops[("GET", "/v1/organizations/external_storage")].betas == ("efs-2026-10-01",)
    assert ops[("POST", "/v1/messages")].betas == ()
    assert (ops[("GET", "/v1/models")].page, ops[("GET", "/v1/files")].page) == ("SyncPage", "SyncPageCursor")
    assert ops[("POST", "/v1/messages")].page is None
    assert {o.page for o in ops.values()} <= {None, *coverage.PAGE_SCHEMES}  # every page class has its scheme
    assert sum(1 for o in ops.values() if o.betas) > 150  # the managed-agents, admin beta and memory surfaces


def test_the_spec_covers_every_operation_of_the_official_package_by_its_name() -> None:
    result = coverage.coverage(load(REAL_SPEC).document, coverage.find_package())
    assert [(o.method, o.path) for o in result.missing] == []
    assert result.extra == []
    compliance = [o for o in result.documented_only if o.path.startswith("/v1/compliance/")]
    assert [(o.method, o.path) for o in result.documented_only if o not in compliance] == [
        ("GET", "/v1/organizations/cost_report"),
        ("GET", "/v1/organizations/usage_report/claude_code"),
        ("GET", "/v1/organizations/usage_report/messages"),
    ]
    # the Compliance API: documented, called by no SDK (the activity feed, the directory, claude.ai content)
    assert len(compliance) == 37
    assert {o.sdk_method.split(".")[0] for o in compliance} == {"compliance"}
    assert [(s.path, s.sdk_method, k.sdk_method) for s, k in result.renamed] == []
    assert [(s.method, s.path, s.betas, k.betas) for s, k in result.betas_differ] == []
    assert [(s.method, s.path, s.pagination, k.page) for s, k in result.pagination_differs] == []
    # every field and union member of the types of the SDK methods (GA and beta) that call these operations
    assert [(g.sdk_type, g.missing, g.where) for g in result.fields] == []


def test_cli_text_json_and_strict(fake_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        textwrap.dedent("""\
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /v1/widgets:
                get: {operationId: l, x-resource: beta.widgets, x-method: list, responses: {'200': {description: ok}}}
            """),
        encoding="utf-8",
    )
    assert main(["coverage", "--spec", str(spec), "--sdk", str(fake_package), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["covered"] == 1 and report["sdk"]["operations"] == 6 and len(report["missing_from_spec"]) == 5
    assert main(["coverage", "--spec", str(spec), "--sdk", str(fake_package), "--strict"]) == 1
    assert "missing from the spec (5):" in capsys.readouterr().out


def test_cli_without_a_package_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage", "--spec", str(REAL_SPEC), "--sdk", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an anthropic package directory" in err


TYPED_FILES = {
    "resources/gizmos.py": """
from ..types.gizmo import Gizmo, GizmoEvent
from ..types.part_param import PartParam


class Gizmos(SyncAPIResource):
    def create(
        self, *, name: str, parts: Iterable[PartParam] | Omit = omit, mode: Literal["fast", "slow"] | Omit = omit
    ) -> Gizmo | Stream[GizmoEvent]:
        return self._post("/v1/gizmos", body={"name": name, "parts": parts})

    def list(
        self,
        *,
        limit: int | Omit = omit,
        created_at_gte: str | Omit = omit,
        tags: List[str] | Omit = omit,
        workspace_id: str | Omit = omit,
    ) -> SyncPage[Gizmo]:
        extra_headers = {**strip_not_given({"Anthropic-Workspace-ID": workspace_id})}
        return self._get_api_list(
            "/v1/gizmos",
            page=SyncPage[Gizmo],
            model=Gizmo,
            options=make_request_options(
                extra_headers=extra_headers,
                query=maybe_transform({"limit": limit, "created_at[gte]": created_at_gte, "tags": tags}, P),
                span_attributes={"anthropic.gizmo.workspace": workspace_id},
            ),
        )
""",
    "types/gizmo.py": """
from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from .part import Part
from .shared.base import Base


class Wheel(BaseModel):
    type: Literal["wheel"]
    size: int
    from_: str = FieldInfo(alias="from")


class Lever(BaseModel):
    type: Literal["lever"]
    length: int


class Crank(BaseModel):
    type: Literal["crank"]
    turns: int


Finish: TypeAlias = Literal["matte", "gloss"]


class Started(BaseModel):
    type: Literal["started"]
    at: str


class Stopped(BaseModel):
    type: Literal["stopped"]


GizmoEvent: TypeAlias = Union[Started, Stopped]

Component: TypeAlias = Annotated[Union[Wheel, Lever], PropertyInfo(discriminator="type")]


class Gizmo(Base):
    id: str
    schema_: Optional[Dict[str, object]] = FieldInfo(alias="schema", default=None)
    components: List[Component]
    parts: Dict[str, "Part"]
    color: str | None = None
    extra: Optional[Part] = None
    label: Union[str, List[Part], None] = None
    main: Crank
    finish: Optional[Finish] = None
""",
    "types/part.py": "class Part(BaseModel):\n    name: str\n    weight: Optional[float] = None\n",
    "types/part_param.py": (
        "class PartParam(TypedDict, total=False):\n    name: Required[str]\n    grams: int\n    note: str\n"
    ),
    "types/shared/__init__.py": "",
    "types/shared/error_response.py": """
class BadRequest(BaseModel):
    type: Literal["invalid_request_error"]
    message: str
    code: Optional[str] = None


class Overloaded(BaseModel):
    type: Literal["overloaded_error"]
    message: str


class ErrorResponse(BaseModel):
    type: Literal["error"]
    error: Annotated[Union[BadRequest, Overloaded], PropertyInfo(discriminator="type")]
""",
    "types/shared/base.py": "class Base(BaseModel):\n    created_at: str\n",
}


ERRORS = "anthropic/types/shared/error_response.py"


def _gizmo_spec(complete: bool) -> dict[str, object]:
    def obj(**properties: object) -> dict[str, object]:
        return {"type": "object", "properties": properties}

    text = {"type": "string"}
    part = obj(name=text, **({"weight": {"type": "number"}} if complete else {}))
    wheel = {**obj(type={"const": "wheel"}, size={"type": "integer"}, **{"from": text}), "required": ["from", "type"]}
    lever = obj(type={"anyOf": [{"type": "string", "enum": ["lever"]}, {"type": "null"}]}, length={"type": "integer"})
    gizmo = obj(
        id=text,
        schema={"type": "object"},
        components={
            "type": "array",
            "items": {"oneOf": [{"$ref": "#/components/schemas/Wheel"}] + ([lever] if complete else [])},
        },
        parts={"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Part"}},
        extra={"type": "object"},  # free-form in the spec: not compared
        finish={"anyOf": [{"type": "string", "enum": ["matte", "gloss"] if complete else ["matte"]}, {"type": "null"}]},
        label={"anyOf": [text, {"type": "array", "items": {"$ref": "#/components/schemas/Part"}}]},
        main={"anyOf": [wheel, obj(type={"const": "crank"}, **({"turns": {"type": "integer"}} if complete else {}))]},
        **({"color": {"anyOf": [text, {"type": "null"}]}, "created_at": text} if complete else {}),
    )
    gizmo["required"] = ["id"] if complete else ["id", "extra"]  # extra has a default in the SDK
    part_param = obj(name=text, note=text, **({"grams": {"type": "integer"}} if complete else {}))
    part_param["required"] = ["name"] if complete else ["name", "note"]  # note is not Required[...]
    modes = ["fast", "slow"] if complete else ["fast"]
    body = obj(name=text, parts={"type": "array", "items": part_param}, mode={"type": "string", "enum": modes})

    def json_of(schema: object) -> dict[str, object]:
        return {"content": {"application/json": {"schema": schema}}}

    page = obj(data={"type": "array", "items": {"$ref": "#/components/schemas/Gizmo"}})
    # one error object for every error type, as the spec's ErrorObject is: each SDK class by the enum holding its tag
    error_types = ["invalid_request_error", "overloaded_error"] if complete else ["invalid_request_error"]
    error = obj(type={"type": "string", "enum": error_types}, message=text, **({"code": text} if complete else {}))
    error_response = obj(type={"const": "error"}, error=error)
    started = obj(type={"const": "started"}, **({"at": text} if complete else {}))
    events = [started, obj(type={"const": "stopped"})] if complete else [started]
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/v1/gizmos": {
                "post": {
                    "operationId": "c",
                    "x-resource": "gizmos",
                    "x-method": "create",
                    "x-stream": {"request-field": "stream", "event-schema": {"oneOf": events}},
                    "requestBody": json_of(body),
                    "responses": {
                        "200": {"description": "ok", **json_of({"$ref": "#/components/schemas/Gizmo"})},
                        "400": {"description": "bad", **json_of(error_response)},
                    },
                },
                "get": {
                    "operationId": "l",
                    "x-resource": "gizmos",
                    "x-method": "list",
                    "x-pagination": {"scheme": "id_cursor", "items": "data"},
                    "parameters": [
                        {"name": "limit", "in": "query"},
                        {"name": "tags[]", "in": "query"},
                        {"name": "anthropic-workspace-id", "in": "header"},
                        *([{"name": "created_at[gte]", "in": "query"}] if complete else []),
                    ],
                    "responses": {"200": {"description": "ok", **json_of(page)}},
                },
            }
        },
        "components": {"schemas": {"Gizmo": gizmo, "Part": part, "Wheel": wheel}},
    }


def test_compares_the_sdk_types_with_the_schemas_field_by_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through bases, aliases, Optional/List/Dict/Iterable, `X | None`, quoted names, relative imports, unions
    tagged by `type` (a class against the alternative of its tag, a list against the alternative that is an
    array), Literal values against enum and const, what the SDK may leave out against `required` (a model's
    default, a TypedDict's missing Required[...]), in responses, pages and request bodies, and the query
    parameters and headers a method sends (not its tracing attributes; `tags` as `tags[]`, headers in any case),
    the events of a `Stream[...]` against x-stream's event-schema, and the error body against each 4xx/5xx response: what the SDK has and the schema lacks, once per type
    where it was first met; what the spec has besides, or leaves free-form, is not a finding."""
    package = tmp_path / "anthropic"
    for rel, text in TYPED_FILES.items():
        (package / rel).parent.mkdir(parents=True, exist_ok=True)
        (package / rel).write_text(textwrap.dedent(text), encoding="utf-8")
    result = coverage.coverage(_gizmo_spec(complete=False), package)
    assert [(g.sdk_type, g.missing, g.where, g.source) for g in result.fields] == [
        ("gizmos.create", ("mode=slow",), "gizmos.create:mode", "anthropic/resources/gizmos.py"),
        ("gizmos.list", ("created_at[gte]",), "gizmos.list:parameters", "anthropic/resources/gizmos.py"),
        ("Crank", ("turns",), "gizmos.create:response.main", "anthropic/types/gizmo.py"),
        (
            "Gizmo",
            ("color", "created_at", "extra?", "finish=gloss"),
            "gizmos.create:response",
            "anthropic/types/gizmo.py",
        ),
        ("Lever", ("type=lever",), "gizmos.create:response.components[]", "anthropic/types/gizmo.py"),
        ("Started", ("at",), "gizmos.create:events<started>", "anthropic/types/gizmo.py"),
        ("Stopped", ("type=stopped",), "gizmos.create:events", "anthropic/types/gizmo.py"),
        ("Part", ("weight",), "gizmos.create:response.label[]", "anthropic/types/part.py"),
        ("PartParam", ("grams", "note?"), "gizmos.create:parts[]", "anthropic/types/part_param.py"),
        ("BadRequest", ("code",), "POST /v1/gizmos 400.error<invalid_request_error>", ERRORS),
        ("Overloaded", ("type=overloaded_error",), "POST /v1/gizmos 400.error", ERRORS),
    ]
    assert "  Part: weight  at gizmos.create:response.label[]  (anthropic/types/part.py)" in result.text()
    assert result.to_json()["fields_missing_from_spec"][3] == {
        "where": "gizmos.create:response",
        "sdk_type": "Gizmo",
        "source": "anthropic/types/gizmo.py",
        "missing": ["color", "created_at", "extra?", "finish=gloss"],
    }
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(_gizmo_spec(complete=False)), encoding="utf-8")
    assert main(["coverage", "--spec", str(spec), "--sdk", str(package), "--strict"]) == 1
    assert "fields of the SDK's types that the spec lacks (first met at) (11):" in capsys.readouterr().out
    spec.write_text(json.dumps(_gizmo_spec(complete=True)), encoding="utf-8")
    assert main(["coverage", "--spec", str(spec), "--sdk", str(package), "--strict"]) == 0
    assert coverage.coverage(_gizmo_spec(complete=True), package).fields == []


def test_a_package_file_that_cannot_be_read_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not UTF-8, or with a NUL byte: one line naming the file, never a traceback."""
    package = tmp_path / "anthropic"
    (package / "resources").mkdir(parents=True)
    (package / "types").mkdir()
    resource = "from ..types.model import Model\n\nclass Models:\n    def list(self) -> Model:\n"
    (package / "resources" / "models.py").write_text(resource + '        return self._get("/v1/models")\n')
    for broken in (b"\xff\xfe class Model: ...\n", b"class Model:\x00\n"):
        (package / "types" / "model.py").write_bytes(broken)
        assert main(["coverage", "--spec", str(REAL_SPEC), "--sdk", str(package)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"cannot read {package / 'types' / 'model.py'}" in err, err


def test_compares_x_pagination_with_the_sdk_page_class(fake_package: Path) -> None:
    """SyncPage walks by after_id/before_id (id_cursor), the other page classes by next_page (page_cursor); a
    scheme on an operation the SDK does not paginate, or none on one it does, differs too."""

    def op(name: str, method: str, scheme: str | None) -> dict[str, object]:
        pagination = {"x-pagination": {"scheme": scheme, "items": "data"}} if scheme else {}
        return {"operationId": name, "x-resource": "beta.widgets", "x-method": method, **pagination}

    paths = {
        "/v1/widgets": {"get": op("l", "list", "id_cursor")},  # SyncPageCursor: page_cursor
        "/v1/widgets/{id}": {"post": op("u", "update", "page_cursor")},  # not paginated
        "/v1/gadgets/search": {"post": op("g", "search", "id_cursor")},  # SyncPage: as it should be
        "/v1/widgets/{id}/results": {"get": op("r", "results", None)},
    }
    result = coverage.coverage({"paths": paths}, fake_package)
    assert [(s.operation_id, s.pagination, k.page) for s, k in result.pagination_differs] == [
        ("l", "id_cursor", "SyncPageCursor"),
        ("u", "page_cursor", None),
    ]
    assert "  GET    /v1/widgets  id_cursor vs SyncPageCursor  (" in result.text()
    assert result.to_json()["pagination_differs"][1] == {
        "method": "POST",
        "path": "/v1/widgets/{id}",
        "spec": "page_cursor",
        "sdk": None,
    }
