"""Claude API client (API version 2023-06-01): generated from the spec, do not edit."""

from typing import TYPE_CHECKING, Any

from ._base_client import (
    OMIT,
    APIResponse,
    AsyncJSONLines,
    AsyncPage,
    AsyncStream,
    JSONLines,
    RateLimits,
    Stream,
    SyncPage,
    UnknownEvent,
)
from ._client import AsyncClient, Client
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContentTooLargeError,
    InternalServerError,
    NotFoundError,
    OverloadedError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    UnprocessableEntityError,
)
from ._message_stream import AsyncMessageStream, AsyncMessageStreamManager, MessageStream, MessageStreamManager

if TYPE_CHECKING:
    from . import resources as resources
    from . import types as types

# `types` (every model) and `resources` are imported on first use, which keeps `import claude_api` quick;
# `claude_api.types.X` works as `from claude_api.types import X` does.
_SUBMODULES = frozenset({"resources", "types"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "OMIT",
    "Client",
    "AsyncClient",
    "Stream",
    "AsyncStream",
    "JSONLines",
    "AsyncJSONLines",
    "SyncPage",
    "AsyncPage",
    "APIResponse",
    "RateLimits",
    "UnknownEvent",
    "MessageStream",
    "AsyncMessageStream",
    "MessageStreamManager",
    "AsyncMessageStreamManager",
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "RequestTooLargeError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "ContentTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "OverloadedError",
]
