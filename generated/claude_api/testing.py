"""A fake transport for tests of code that uses this client, without the network.

Every request is validated against the bundled API description (openapi.json) by openapi-core, which is
needed only here: `pip install openapi-core`. Each request is answered with the next response the test
queued, or else with the description's own example for that operation.

    transport = FakeTransport()
    client = Client(api_key="test", max_retries=0, http_client=httpx.Client(transport=transport))
"""

from __future__ import annotations

import json
import re
from collections import deque
from pathlib import Path
from typing import Any, Optional

import httpx
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

__all__ = ["FakeTransport", "SPEC_PATH"]

SPEC_PATH = Path(__file__).resolve().parent / "openapi.json"
SERVER_URL = "https://api.anthropic.com"
_document: Optional[dict[str, Any]] = None
_validator: Optional[OpenAPI] = None


def document() -> dict[str, Any]:
    global _document
    if _document is None:
        loaded: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
        _document = loaded
        return loaded
    return _document


def validator() -> OpenAPI:
    global _validator
    if _validator is None:
        _validator = OpenAPI.from_dict(document())
    return _validator


def _ref_of(node: Any) -> Optional[str]:
    try:
        return str(node["$ref"])
    except (KeyError, TypeError, IndexError):
        return None


def _deref(node: Any) -> Any:
    """Follow the description's local $refs."""
    ref = _ref_of(node)
    while ref is not None:
        node = document()
        for token in ref.removeprefix("#/").split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        ref = _ref_of(node)
    return node


def example_response(method: str, path: str, accept: str) -> tuple[int, str, bytes, dict[str, str]]:
    """The description's first success example for the operation that serves `method path`."""
    for template, item in document()["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if method.lower() in item and re.match(pattern, path):
            responses: dict[str, Any] = item[method.lower()]["responses"]
            for status in sorted(s for s in responses if s.startswith("2")):
                response = _deref(responses[status])
                content: dict[str, Any] = response.get("content", {})
                for content_type in sorted(content, key=lambda ct: ct not in accept):
                    media: dict[str, Any] = content[content_type]
                    examples: dict[str, Any] = media.get("examples", {})
                    values: list[Any] = [example.get("value") for example in examples.values()]
                    value: Any = media["example"] if "example" in media else (values[0] if values else None)
                    if value is None:
                        continue
                    body = value if isinstance(value, str) else json.dumps(value)
                    headers = {
                        name: str(_deref(h).get("example", "")) for name, h in response.get("headers", {}).items()
                    }
                    return int(status), content_type, body.encode("utf-8"), headers
    raise LookupError(f"no example response for {method} {path}; queue one")


class FakeTransport(httpx.MockTransport):
    """Validates each request against the description, records it, and answers it."""

    def __init__(self, *, validate_responses: bool = True) -> None:
        super().__init__(self._handle)
        self.validate_responses = validate_responses
        self.requests: list[httpx.Request] = []
        self.responses: deque[tuple[int, str, bytes, dict[str, str]]] = deque()

    def queue(self, status: int, content_type: str, body: str, headers: Optional[dict[str, str]] = None) -> None:
        """Answer the next request with this response (checked against the description too when it is JSON)."""
        self.responses.append((status, content_type, body.encode("utf-8"), dict(headers or {})))

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        args: dict[str, list[str]] = {}
        for key, value in request.url.params.multi_items():
            args.setdefault(key, []).append(value)
        mock = MockRequest(
            SERVER_URL,
            request.method.lower(),
            request.url.path,
            args={k: v if len(v) > 1 or k.endswith("[]") else v[0] for k, v in args.items()},
            headers=dict(request.headers),
            data=request.content or None,
            content_type=request.headers.get("content-type", "application/json"),
        )
        validator().validate_request(mock)
        self.requests.append(request)
        if self.responses:
            status, content_type, body, headers = self.responses.popleft()
        else:
            status, content_type, body, headers = example_response(
                request.method, request.url.path, request.headers.get("accept", "")
            )
        if self.validate_responses and content_type == "application/json":
            validator().validate_response(mock, MockResponse(body, status, headers, content_type))
        return httpx.Response(status, content=body, headers={"content-type": content_type, **headers})
