"""The index of datamodel-code-generator's base-model search answers as its own linear scan, whatever the list does."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from datamodel_code_generator.model.base import DataModel
from datamodel_code_generator.parser import _inherited_schemas as inherited
from datamodel_code_generator.parser.generation import _GenerationModelList  # pyright: ignore[reportPrivateUsage]
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dmcg_speedup import indexed_base_lookup

PATHS = [f"#/components/schemas/S{i}" for i in range(6)]


class Model:
    """What the search reads of a model (its reference path) and what set_reference_path touches."""

    def __init__(self, path: str) -> None:
        self.reference = SimpleNamespace(path=path)
        self.fields: list[Any] = []

    def invalidate_render_caches(self) -> None:
        pass


OPS = st.one_of(
    st.tuples(st.just("append"), st.sampled_from(PATHS)),
    st.tuples(st.just("insert"), st.integers(0, 8), st.sampled_from(PATHS)),
    st.tuples(st.just("remove"), st.integers(0, 8)),
    st.tuples(st.just("replace"), st.integers(0, 8), st.sampled_from(PATHS)),
    st.tuples(st.just("rename"), st.integers(0, 8), st.sampled_from(PATHS)),
    st.tuples(st.just("new list"), st.sampled_from(PATHS)),
    st.tuples(st.just("sort"), st.booleans()),
)


def model_list(*models: Model) -> list[Any]:
    """The list class datamodel-code-generator keeps its models in (the index counts its changes)."""
    out = _GenerationModelList(lambda: None, lambda item: None)  # pyright: ignore[reportUnknownVariableType]
    out.extend(models)
    return out  # pyright: ignore[reportUnknownVariableType]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(ops=st.lists(OPS, max_size=30))
def test_the_index_finds_what_the_scan_finds(ops: list[tuple[Any, ...]]) -> None:
    scan = inherited.get_generated_base_models
    list_class = dict(_GenerationModelList.__dict__)
    parser = SimpleNamespace(results=model_list())
    bases = [SimpleNamespace(source=None, path=path) for path in PATHS]
    with indexed_base_lookup():
        assert inherited.get_generated_base_models is not scan
        for op in ops:
            results: list[Any] = parser.results
            if op[0] == "append":
                results.append(Model(op[1]))
            elif op[0] == "insert":
                results.insert(op[1], Model(op[2]))
            elif op[0] == "new list":
                parser.results = model_list(Model(op[1]))
            elif results and op[0] == "remove":
                del results[op[1] % len(results)]
            elif results and op[0] == "replace":
                results[op[1] % len(results)] = Model(op[2])
            elif op[0] == "sort":
                results.sort(key=lambda m: m.reference.path, reverse=op[1])
            elif results and op[0] == "rename":
                DataModel.set_reference_path(results[op[1] % len(results)], op[2])
            found = inherited.get_generated_base_models(parser, bases)  # type: ignore[arg-type]
            assert [id(m) for m in found] == [id(m) for m in scan(parser, bases)]  # type: ignore[arg-type]
    assert inherited.get_generated_base_models is scan
    assert dict(_GenerationModelList.__dict__) == list_class


def test_a_plain_list_is_scanned() -> None:
    parser = SimpleNamespace(results=[Model(PATHS[0])])
    with indexed_base_lookup():
        found = inherited.get_generated_base_models(parser, [SimpleNamespace(source=None, path=PATHS[0])])  # type: ignore[arg-type]
    assert found == parser.results


def test_a_linked_base_is_taken_as_it_is() -> None:
    linked = DataModel.__new__(DataModel)
    parser = SimpleNamespace(results=model_list(Model(PATHS[0])))
    with indexed_base_lookup():
        found = inherited.get_generated_base_models(parser, [SimpleNamespace(source=linked, path=PATHS[0])])  # type: ignore[arg-type]
    assert found == [linked]
