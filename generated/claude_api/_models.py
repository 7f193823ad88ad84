"""The base class of every model in `types`."""

from __future__ import annotations

from typing import Optional

import pydantic

__all__ = ["BaseModel"]


class BaseModel(pydantic.BaseModel):
    """A model of the API. `_request_id` is the `request-id` of the response a result was read from."""

    _request_id: Optional[str] = pydantic.PrivateAttr(default=None)
