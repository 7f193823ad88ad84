"""An index for datamodel-code-generator's search of a base class's model, which made its parse quadratic.

datamodel-code-generator 0.89 (`parser/_inherited_schemas.py`, `get_generated_base_models`) finds the model of
each allOf base that is not yet linked by scanning every model parsed so far, and most of these searches find
nothing: a quarter of its time at 5× our spec, most of it at 50×. Within `indexed_base_lookup()` the same search
is answered from a dict of the models by path. Appended models are added to it; any other change of the model
list (insert, remove, replace, sort, …) or of a model's path (`DataModel.set_reference_path`) is counted by a
wrapper and makes the next search rebuild it. The answer is the scan's: the first model in list order with the
path, or none. Should those internals change, the scan is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# what the model list can do besides append; each one makes the index start again
_LIST_CHANGES = (
    "extend",
    "insert",
    "__setitem__",
    "__delitem__",
    "clear",
    "pop",
    "remove",
    "reverse",
    "sort",
    "__iadd__",
    "__imul__",
)


class _ModelsByPath:
    """The first model of the list with each reference path, for the list seen last and the changes counted."""

    def __init__(self) -> None:
        self.changes = 0
        self.forget()

    def find(self, results: list[Any], path: str) -> Any:
        if results is not self._results or self._changes != self.changes or len(results) < self._seen:
            self._results, self._changes, self._seen, self._first = results, self.changes, 0, {}
        for model in results[self._seen :]:
            self._first.setdefault(model.reference.path, model)
        self._seen = len(results)
        return self._first.get(path)

    def forget(self) -> None:
        """Drop the models (the index must not keep a finished parse's graph alive)."""
        self._results: list[Any] | None = None
        self._changes = -1
        self._seen = 0
        self._first: dict[str, Any] = {}


def _counting(index: _ModelsByPath, method: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        index.changes += 1
        return method(*args, **kwargs)

    return counted


@contextmanager
def indexed_base_lookup() -> Iterator[None]:
    """Within the block, datamodel-code-generator finds base models through the index (see the module)."""
    try:
        from datamodel_code_generator.model.base import DataModel
        from datamodel_code_generator.parser import _inherited_schemas as inherited
        from datamodel_code_generator.parser.generation import _GenerationModelList as ModelList
    except ImportError:
        yield
        return
    scan = getattr(inherited, "get_generated_base_models", None)
    if scan is None or not hasattr(DataModel, "set_reference_path") or not issubclass(ModelList, list):
        yield
        return
    index = _ModelsByPath()

    def get_generated_base_models(parser: Any, base_classes: list[Any]) -> list[Any]:
        if type(parser.results) is not ModelList:  # a list whose changes are not counted
            return scan(parser, base_classes)
        found: list[Any] = []
        for base in base_classes:
            model = base.source if isinstance(base.source, DataModel) else None
            if model is None:
                model = index.find(parser.results, base.path)
            if model is not None:
                found.append(model)
        return found

    patched: list[tuple[Any, str, Any]] = [(inherited, "get_generated_base_models", get_generated_base_models)]
    patched.append((DataModel, "set_reference_path", _counting(index, DataModel.set_reference_path)))
    patched += [(ModelList, name, _counting(index, getattr(ModelList, name))) for name in _LIST_CHANGES]
    saved = [(owner, name, owner.__dict__.get(name)) for owner, name, _ in patched]
    for owner, name, replacement in patched:
        setattr(owner, name, replacement)
    try:
        yield
    finally:
        for owner, name, original in saved:
            if original is None:
                delattr(owner, name)  # it was inherited (from list)
            else:
                setattr(owner, name, original)
        index.forget()
