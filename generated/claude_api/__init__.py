"""Claude API client (API version 2023-06-01): generated from the spec, do not edit."""

from ._base_client import OMIT, AsyncJSONLines, AsyncPage, AsyncStream, JSONLines, Stream, SyncPage
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
