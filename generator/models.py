"""Schemas -> pydantic v2 models, through datamodel-code-generator with pinned flags."""

from __future__ import annotations

import json
import re
from typing import Any

from datamodel_code_generator import DataModelType, InputFileType, PythonVersion, generate

# Pinned: the output must not change unless these do.
FLAGS: dict[str, Any] = dict(
    input_file_type=InputFileType.OpenAPI,
    output_model_type=DataModelType.PydanticV2BaseModel,
    target_python_version=PythonVersion.PY_310,
    strict_nullable=True,
    disable_timestamp=True,
    use_annotated=True,
    enum_field_as_literal="all",
    use_union_operator=False,
    use_standard_collections=True,
    field_constraints=True,
    use_schema_description=True,
    use_field_description=True,
    use_double_quotes=True,
    capitalise_enum_members=False,
    formatters=[],
    collapse_root_models=True,
)


def models_source(bundled: dict[str, Any], title: str, package: str) -> str:
    """The text of the generated types module for every schema under components."""
    schemas_only = {
        "openapi": bundled.get("openapi", "3.1.0"),
        "info": {"title": title, "version": str(bundled.get("info", {}).get("version", ""))},
        "paths": {},
        "components": {"schemas": bundled.get("components", {}).get("schemas", {})},
    }
    # every model inherits the package's BaseModel (it carries the response's request-id)
    text = generate(json.dumps(schemas_only, sort_keys=False), **FLAGS, base_class=f"{package}._models.BaseModel")
    assert isinstance(text, str)
    # datamodel-code-generator's own header names the input file; ours names the spec.
    text = re.sub(r"\A(#[^\n]*\n)+", "", text)
    return f'"""Models of the {title} schemas: generated from the spec, do not edit."""\n\n' + text.lstrip()
