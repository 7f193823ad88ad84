"""Contract transport: every request the client sends is validated against the spec by openapi-core."""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path
from typing import Any

import httpx
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

SPEC_PATH = Path(__file__).resolve().parent.parent / "claude_api" / "openapi.json"
_spec: OpenAPI | None = None


def spec() -> OpenAPI:
    global _spec
    if _spec is None:
        _spec = OpenAPI.from_dict(json.loads(SPEC_PATH.read_text(encoding="utf-8")))
    return _spec


class ContractTransport(httpx.MockTransport):
    """Validates each request against the spec, records it, and answers with the next queued response."""

    def __init__(self) -> None:
        super().__init__(self._handle)
        self.requests: list[httpx.Request] = []
        self.responses: deque[tuple[int, str, bytes, dict[str, str]]] = deque()

    def queue(self, status: int, content_type: str, body: str, headers: dict[str, str] | None = None) -> None:
        self.responses.append((status, content_type, body.encode("utf-8"), dict(headers or {})))

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        args: dict[str, list[str]] = {}
        for key, value in request.url.params.multi_items():
            args.setdefault(key, []).append(value)
        mock = MockRequest(
            "https://api.anthropic.com",
            request.method.lower(),
            request.url.path,
            args={k: v if len(v) > 1 or k.endswith("[]") else v[0] for k, v in args.items()},
            headers=dict(request.headers),
            data=request.content or None,
            content_type=request.headers.get("content-type", "application/json"),
        )
        spec().validate_request(mock)
        self.requests.append(request)
        status, content_type, body, headers = self.responses.popleft()
        if content_type == "application/json":
            spec().validate_response(mock, MockResponse(body, status, headers, content_type))
        return httpx.Response(status, content=body, headers={"content-type": content_type, **headers})


def loads(text: str) -> Any:
    return json.loads(text)
