"""Errors raised by the client."""

from __future__ import annotations

from typing import Any, Optional, cast

import httpx

__all__ = [
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


class APIError(Exception):
    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(APIError):
    def __init__(self, message: str = "Connection error.") -> None:
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    def __init__(self) -> None:
        super().__init__("Request timed out.")


class RequestTooLargeError(APIError):
    """Raised before sending: the body is larger than the endpoint accepts."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"Request body is {size} bytes; this endpoint accepts at most {limit} bytes.")
        self.size = size
        self.limit = limit


class APIStatusError(APIError):
    """The API answered with an error status (or an error event inside a stream)."""

    def __init__(
        self, message: str, *, response: httpx.Response, body: Optional[Any], error_type: Optional[str]
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.type = error_type
        self.request_id: Optional[str] = response.headers.get("request-id")

    def __str__(self) -> str:
        return f"{self.status_code} {self.type or 'error'}: {self.message} (request-id: {self.request_id})"


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class ContentTooLargeError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


class OverloadedError(InternalServerError):
    pass


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: ContentTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    529: OverloadedError,
}


def make_status_error(response: httpx.Response, body: Optional[Any], text: str = "") -> APIStatusError:
    """The typed error for an error response; `body` is the decoded JSON, or None with the raw `text`."""
    code = response.status_code
    payload: Any = body  # kept as given: isinstance below narrows `body`
    cls = _BY_STATUS.get(code) or (InternalServerError if code >= 500 else APIStatusError)
    error_type: Optional[str] = None
    message = f"HTTP {code}"
    if isinstance(body, dict):
        error = cast("dict[str, Any]", body).get("error")
        if isinstance(error, dict):
            fields = cast("dict[str, Any]", error)
            error_type = None if fields.get("type") is None else str(fields["type"])
            message = str(fields.get("message", message))
    elif text.strip():
        message = f"HTTP {code}: {' '.join(text.split())[:200]}"
    return cls(message, response=response, body=payload, error_type=error_type)
