"""The base class of every model in `types`."""

from __future__ import annotations

from typing import Optional

import pydantic

__all__ = ["BaseModel"]


class BaseModel(pydantic.BaseModel):
    """A model of the API. `_request_id` is the `request-id` of the response a result was read from."""

    # A model's validator is built when the model is first used, not when `types` is imported: a program
    # uses a few of the many models, and importing them all stays quicker.
    model_config = pydantic.ConfigDict(defer_build=True)

    # Not a pydantic private attribute: those are initialised on every model built, nested ones included, while
    # only a response's top-level result ever carries a request id. It is kept in `__pydantic_private__`, so that
    # copies, pickles and equality treat it as they treat private attributes.
    @property
    def _request_id(self) -> Optional[str]:
        private = self.__pydantic_private__
        return None if private is None else private.get("_request_id")

    @_request_id.setter
    def _request_id(self, value: Optional[str]) -> None:
        private = {key: item for key, item in (self.__pydantic_private__ or {}).items() if key != "_request_id"}
        if value is not None:
            private["_request_id"] = value
        object.__setattr__(self, "__pydantic_private__", private or None)
