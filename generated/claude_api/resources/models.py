"""models: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Optional, Union
from urllib.parse import quote

import httpx

from .._base_client import (
    OMIT,
    AsyncClientBase,
    AsyncPage,
    Omit,
    Request,
    SyncClientBase,
    SyncPage,
)
from ..types import (
    ModelInfo,
)

__all__ = ["AsyncModels", "Models"]


class Models:
    """`client.models`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        lifecycle: Sequence[Literal["active", "deprecated", "retired"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ModelInfo]:
        """List Models

        List available models, most recently released first.

        `GET /v1/models`
        """
        req = Request(
            "GET",
            "/v1/models",
            query={"before_id": before_id, "after_id": after_id, "limit": limit, "lifecycle[]": lifecycle},
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ModelInfo, "data", "id_cursor")

    def retrieve(
        self,
        model_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ModelInfo:
        """Get a Model

        Get a model by ID or alias, resolving an alias to a model ID.

        `GET /v1/models/{model_id}`
        """
        req = Request(
            "GET",
            f"/v1/models/{quote(str(model_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ModelInfo)


class AsyncModels:
    """`client.models`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    async def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        lifecycle: Sequence[Literal["active", "deprecated", "retired"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ModelInfo]:
        """List Models

        List available models, most recently released first.

        `GET /v1/models`
        """
        req = Request(
            "GET",
            "/v1/models",
            query={"before_id": before_id, "after_id": after_id, "limit": limit, "lifecycle[]": lifecycle},
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ModelInfo, "data", "id_cursor")

    async def retrieve(
        self,
        model_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ModelInfo:
        """Get a Model

        Get a model by ID or alias, resolving an alias to a model ID.

        `GET /v1/models/{model_id}`
        """
        req = Request(
            "GET",
            f"/v1/models/{quote(str(model_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ModelInfo)
