"""What the contract tests share: generated from the spec, do not edit."""

from __future__ import annotations

import json
from typing import Any, cast

import httpx

from claude_api import AsyncClient, Client
from claude_api.testing import FakeTransport


def sync_client(transport: FakeTransport) -> Client:
    return Client(api_key="test-key", max_retries=0, http_client=httpx.Client(transport=transport))


def async_client(transport: FakeTransport) -> AsyncClient:
    return AsyncClient(api_key="test-key", max_retries=0, http_client=httpx.AsyncClient(transport=transport))


def example_kwargs(example: str, names: dict[str, str], file_fields: tuple[str, ...] = ()) -> dict[str, Any]:
    """Keyword arguments from a request body example; a file field's placeholder text becomes the file's bytes."""

    def as_file(value: Any) -> Any:
        if isinstance(value, list):
            return [as_file(item) for item in cast("list[Any]", value)]
        return ("example.txt", str(value).encode("utf-8"), "text/plain")

    body: dict[str, Any] = json.loads(example)
    return {names[k]: as_file(v) if k in file_fields else v for k, v in body.items()}
