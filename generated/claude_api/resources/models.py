"""models: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
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
    to_async_raw_response,
    to_raw_response,
)
from ..types import (
    ModelInfo,
)

__all__ = ["AsyncModels", "AsyncModelsWithRawResponse", "Models", "ModelsWithRawResponse"]


class Models:
    """`client.models`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        return ModelsWithRawResponse(self)

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


class ModelsWithRawResponse:
    """`client.models.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: Models) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncModels:
    """`client.models`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        return AsyncModelsWithRawResponse(self)

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


class AsyncModelsWithRawResponse:
    """`client.models.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncModels) -> None:
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
