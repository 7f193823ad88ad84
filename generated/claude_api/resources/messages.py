"""messages: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, Optional, Union, overload
from urllib.parse import quote

import httpx

from .._base_client import (
    OMIT,
    AsyncClientBase,
    AsyncJSONLines,
    AsyncPage,
    AsyncStream,
    EventSchema,
    JSONLines,
    Omit,
    Request,
    Stream,
    SyncClientBase,
    SyncPage,
    UnknownEvent,
    to_async_raw_response,
    to_raw_response,
)
from .._message_stream import AsyncMessageStreamManager, MessageStreamManager
from ..types import (
    AssistantMessageParam,
    BetaAdvisorTool20260301Param,
    BetaBillingPolicyParam,
    BetaCompactionConfigParam,
    BetaContextManagementConfigParam,
    BetaFallbackCreditTokenParam,
    BetaFallbackParam,
    BetaMCPToolsetParam,
    BetaRequestMCPServerURLDefinitionParam,
    BetaThreadContinueParams,
    BetaThreadCreateParams,
    BetaToolBash20241022Param,
    BetaToolComputerUse20241022Param,
    BetaToolComputerUse20250124Param,
    BetaToolComputerUse20251124Param,
    BetaToolTextEditor20241022Param,
    BrowserToolset20260801Param,
    CacheControlEphemeralParam,
    CodeExecutionTool20250522Param,
    CodeExecutionTool20250825Param,
    CodeExecutionTool20260120Param,
    CodeExecutionTool20260521Param,
    ComputerToolset20260801Param,
    ContainerParams,
    DeletedMessageBatch,
    DiagnosticsParam,
    MemoryTool20250818Param,
    Message,
    MessageBatch,
    MessageBatchIndividualResponse,
    MessageBatchRequest,
    MessageTokensCount,
    MetadataParam,
    OutputConfigParam,
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    RawContentBlockStopEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    RawMessageStopEvent,
    RawMessageStreamEvent,
    SystemMessageParam,
    TextBlockParam,
    ThinkingConfigAdaptiveParam,
    ThinkingConfigBetweenToolsParam,
    ThinkingConfigDisabledParam,
    ThinkingConfigEnabledParam,
    ToolBash20250124Param,
    ToolChoiceAnyParam,
    ToolChoiceAutoParam,
    ToolChoiceNoneParam,
    ToolChoiceToolParam,
    ToolParam,
    ToolSearchToolBm25V20251119Param,
    ToolSearchToolRegex20251119Param,
    ToolTextEditor20250124Param,
    ToolTextEditor20250429Param,
    ToolTextEditor20250728Param,
    UserMessageParam,
    WebFetchTool20250910Param,
    WebFetchTool20260209Param,
    WebFetchTool20260309Param,
    WebFetchTool20260318Param,
    WebSearchTool20250305Param,
    WebSearchTool20260209Param,
    WebSearchTool20260318Param,
)

__all__ = [
    "AsyncMessages",
    "AsyncMessagesBatches",
    "AsyncMessagesBatchesWithRawResponse",
    "AsyncMessagesWithRawResponse",
    "Messages",
    "MessagesBatches",
    "MessagesBatchesWithRawResponse",
    "MessagesWithRawResponse",
]


class MessagesBatches:
    """`client.messages.batches`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MessagesBatchesWithRawResponse:
        return MessagesBatchesWithRawResponse(self)

    def cancel(
        self,
        message_batch_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MessageBatch:
        """Cancel a Message Batch

        Start canceling a batch. It moves to `canceling`; requests already being processed may still finish, and the rest are canceled.

        `POST /v1/messages/batches/{message_batch_id}/cancel`
        """
        req = Request(
            "POST",
            f"/v1/messages/batches/{quote(str(message_batch_id), safe='')}/cancel",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, MessageBatch)

    def create(
        self,
        *,
        requests: Sequence[Union[MessageBatchRequest, Mapping[str, Any]]],
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MessageBatch:
        """Create a Message Batch

        Send a batch of Messages requests for asynchronous processing. Results are available once processing ends, for 29 days after creation.

        `POST /v1/messages/batches`
        """
        req = Request(
            "POST",
            "/v1/messages/batches",
            headers={"anthropic-workspace-id": workspace_id, "anthropic-user-profile-id": user_profile_id},
            body={
                "requests": requests,
            },
            betas=[*betas],
            max_request_bytes=268435456,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, MessageBatch)

    def delete(
        self,
        message_batch_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedMessageBatch:
        """Delete a Message Batch

        Delete a Message Batch. A batch that is still processing must be canceled first.

        `DELETE /v1/messages/batches/{message_batch_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/messages/batches/{quote(str(message_batch_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, DeletedMessageBatch)

    def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[MessageBatch]:
        """List Message Batches

        List all Message Batches within a Workspace, most recently created first.

        `GET /v1/messages/batches`
        """
        req = Request(
            "GET",
            "/v1/messages/batches",
            query={"before_id": before_id, "after_id": after_id, "limit": limit},
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, MessageBatch, "data", "id_cursor")

    def results(
        self,
        message_batch_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> JSONLines[MessageBatchIndividualResponse]:
        """Retrieve Message Batch results

        Stream the results of an ended batch as JSON Lines, one MessageBatchIndividualResponse per line, in no particular order; match them to requests by `custom_id`.

        `GET /v1/messages/batches/{message_batch_id}/results`
        """
        req = Request(
            "GET",
            f"/v1/messages/batches/{quote(str(message_batch_id), safe='')}/results",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            accept="application/x-jsonl",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.jsonl(req, MessageBatchIndividualResponse)

    def retrieve(
        self,
        message_batch_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MessageBatch:
        """Retrieve a Message Batch

        Get a Message Batch's status. Poll it to learn when processing has ended.

        `GET /v1/messages/batches/{message_batch_id}`
        """
        req = Request(
            "GET",
            f"/v1/messages/batches/{quote(str(message_batch_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, MessageBatch)


class MessagesBatchesWithRawResponse:
    """`client.messages.batches.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: MessagesBatches) -> None:
        self.cancel = to_raw_response(resource.cancel)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.results = to_raw_response(resource.results)
        self.retrieve = to_raw_response(resource.retrieve)


class Messages:
    """`client.messages`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.batches = MessagesBatches(client)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        return MessagesWithRawResponse(self)

    def count_tokens(
        self,
        *,
        messages: Sequence[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam, Mapping[str, Any]]],
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-mythos-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-fable-5-1",
                "claude-opus-5-5",
                "claude-mythos-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-mythos-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-mythos-preview",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
        ],
        billing_policy: Optional[Union[BetaBillingPolicyParam, Mapping[str, Any]]] = OMIT,
        cache_control: Optional[Union[CacheControlEphemeralParam, Mapping[str, Any]]] = OMIT,
        compaction: Optional[Union[BetaCompactionConfigParam, Mapping[str, Any]]] = OMIT,
        context_management: Optional[Union[BetaContextManagementConfigParam, Mapping[str, Any]]] = OMIT,
        mcp_servers: Sequence[Union[BetaRequestMCPServerURLDefinitionParam, Mapping[str, Any]]] = OMIT,
        output_config: Union[OutputConfigParam, Mapping[str, Any]] = OMIT,
        speed: Optional[Literal["standard", "fast"]] = OMIT,
        system: Union[str, Sequence[Union[TextBlockParam, Mapping[str, Any]]]] = OMIT,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
            Mapping[str, Any],
        ] = OMIT,
        tool_choice: Union[
            ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam, Mapping[str, Any]
        ] = OMIT,
        tools: Sequence[
            Union[
                ToolParam,
                ToolBash20250124Param,
                CodeExecutionTool20250522Param,
                CodeExecutionTool20250825Param,
                CodeExecutionTool20260120Param,
                CodeExecutionTool20260521Param,
                BrowserToolset20260801Param,
                MemoryTool20250818Param,
                ComputerToolset20260801Param,
                ToolTextEditor20250124Param,
                ToolTextEditor20250429Param,
                ToolTextEditor20250728Param,
                WebSearchTool20250305Param,
                WebFetchTool20250910Param,
                WebSearchTool20260209Param,
                WebFetchTool20260209Param,
                WebFetchTool20260309Param,
                WebSearchTool20260318Param,
                WebFetchTool20260318Param,
                ToolSearchToolBm25V20251119Param,
                ToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
                BetaToolBash20241022Param,
                BetaToolComputerUse20241022Param,
                BetaToolComputerUse20250124Param,
                BetaToolComputerUse20251124Param,
                BetaToolTextEditor20241022Param,
                BetaAdvisorTool20260301Param,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MessageTokensCount:
        """Count tokens in a Message

        Count the tokens a Message would use, including tools, images and documents, without creating it.

        `POST /v1/messages/count_tokens`
        """
        req = Request(
            "POST",
            "/v1/messages/count_tokens",
            headers={"anthropic-workspace-id": workspace_id, "anthropic-user-profile-id": user_profile_id},
            body={
                "billing_policy": billing_policy,
                "cache_control": cache_control,
                "compaction": compaction,
                "context_management": context_management,
                "messages": messages,
                "mcp_servers": mcp_servers,
                "model": model,
                "output_config": output_config,
                "speed": speed,
                "system": system,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, MessageTokensCount)

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Sequence[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam, Mapping[str, Any]]],
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-mythos-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-fable-5-1",
                "claude-opus-5-5",
                "claude-mythos-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-mythos-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-mythos-preview",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
        ],
        billing_policy: Optional[Union[BetaBillingPolicyParam, Mapping[str, Any]]] = OMIT,
        cache_control: Optional[Union[CacheControlEphemeralParam, Mapping[str, Any]]] = OMIT,
        compaction: Optional[Union[BetaCompactionConfigParam, Mapping[str, Any]]] = OMIT,
        container: Optional[Union[ContainerParams, str, Mapping[str, Any]]] = OMIT,
        context_management: Optional[Union[BetaContextManagementConfigParam, Mapping[str, Any]]] = OMIT,
        diagnostics: Optional[Union[DiagnosticsParam, Mapping[str, Any]]] = OMIT,
        fallback_credit_token: Optional[Union[str, BetaFallbackCreditTokenParam, Mapping[str, Any]]] = OMIT,
        fallbacks: Optional[Union[Sequence[Union[BetaFallbackParam, Mapping[str, Any]]], Literal["default"]]] = OMIT,
        inference_geo: Optional[str] = OMIT,
        mcp_servers: Sequence[Union[BetaRequestMCPServerURLDefinitionParam, Mapping[str, Any]]] = OMIT,
        metadata: Union[MetadataParam, Mapping[str, Any]] = OMIT,
        output_config: Union[OutputConfigParam, Mapping[str, Any]] = OMIT,
        service_tier: Literal["auto", "standard_only"] = OMIT,
        speed: Optional[Literal["fast", "standard"]] = OMIT,
        stop_sequences: Sequence[str] = OMIT,
        temperature: float = OMIT,
        top_k: int = OMIT,
        top_p: float = OMIT,
        system: Union[str, Sequence[Union[TextBlockParam, Mapping[str, Any]]]] = OMIT,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
            Mapping[str, Any],
        ] = OMIT,
        thread: Optional[Union[BetaThreadCreateParams, BetaThreadContinueParams, Mapping[str, Any]]] = OMIT,
        tool_choice: Union[
            ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam, Mapping[str, Any]
        ] = OMIT,
        tools: Sequence[
            Union[
                ToolParam,
                ToolBash20250124Param,
                CodeExecutionTool20250522Param,
                CodeExecutionTool20250825Param,
                CodeExecutionTool20260120Param,
                CodeExecutionTool20260521Param,
                BrowserToolset20260801Param,
                MemoryTool20250818Param,
                ComputerToolset20260801Param,
                ToolTextEditor20250124Param,
                ToolTextEditor20250429Param,
                ToolTextEditor20250728Param,
                WebSearchTool20250305Param,
                WebFetchTool20250910Param,
                WebSearchTool20260209Param,
                WebFetchTool20260209Param,
                WebFetchTool20260309Param,
                WebSearchTool20260318Param,
                WebFetchTool20260318Param,
                ToolSearchToolBm25V20251119Param,
                ToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
                BetaToolBash20241022Param,
                BetaToolComputerUse20241022Param,
                BetaToolComputerUse20250124Param,
                BetaToolComputerUse20251124Param,
                BetaToolTextEditor20241022Param,
                BetaAdvisorTool20260301Param,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        stream: Literal[False] = False,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Message: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Sequence[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam, Mapping[str, Any]]],
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-mythos-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-fable-5-1",
                "claude-opus-5-5",
                "claude-mythos-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-mythos-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-mythos-preview",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
        ],
        stream: Literal[True],
        billing_policy: Optional[Union[BetaBillingPolicyParam, Mapping[str, Any]]] = OMIT,
        cache_control: Optional[Union[CacheControlEphemeralParam, Mapping[str, Any]]] = OMIT,
        compaction: Optional[Union[BetaCompactionConfigParam, Mapping[str, Any]]] = OMIT,
        container: Optional[Union[ContainerParams, str, Mapping[str, Any]]] = OMIT,
        context_management: Optional[Union[BetaContextManagementConfigParam, Mapping[str, Any]]] = OMIT,
        diagnostics: Optional[Union[DiagnosticsParam, Mapping[str, Any]]] = OMIT,
        fallback_credit_token: Optional[Union[str, BetaFallbackCreditTokenParam, Mapping[str, Any]]] = OMIT,
        fallbacks: Optional[Union[Sequence[Union[BetaFallbackParam, Mapping[str, Any]]], Literal["default"]]] = OMIT,
        inference_geo: Optional[str] = OMIT,
        mcp_servers: Sequence[Union[BetaRequestMCPServerURLDefinitionParam, Mapping[str, Any]]] = OMIT,
        metadata: Union[MetadataParam, Mapping[str, Any]] = OMIT,
        output_config: Union[OutputConfigParam, Mapping[str, Any]] = OMIT,
        service_tier: Literal["auto", "standard_only"] = OMIT,
        speed: Optional[Literal["fast", "standard"]] = OMIT,
        stop_sequences: Sequence[str] = OMIT,
        temperature: float = OMIT,
        top_k: int = OMIT,
        top_p: float = OMIT,
        system: Union[str, Sequence[Union[TextBlockParam, Mapping[str, Any]]]] = OMIT,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
            Mapping[str, Any],
        ] = OMIT,
        thread: Optional[Union[BetaThreadCreateParams, BetaThreadContinueParams, Mapping[str, Any]]] = OMIT,
        tool_choice: Union[
            ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam, Mapping[str, Any]
        ] = OMIT,
        tools: Sequence[
            Union[
                ToolParam,
                ToolBash20250124Param,
                CodeExecutionTool20250522Param,
                CodeExecutionTool20250825Param,
                CodeExecutionTool20260120Param,
                CodeExecutionTool20260521Param,
                BrowserToolset20260801Param,
                MemoryTool20250818Param,
                ComputerToolset20260801Param,
                ToolTextEditor20250124Param,
                ToolTextEditor20250429Param,
                ToolTextEditor20250728Param,
                WebSearchTool20250305Param,
                WebFetchTool20250910Param,
                WebSearchTool20260209Param,
                WebFetchTool20260209Param,
                WebFetchTool20260309Param,
                WebSearchTool20260318Param,
                WebFetchTool20260318Param,
                ToolSearchToolBm25V20251119Param,
                ToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
                BetaToolBash20241022Param,
                BetaToolComputerUse20241022Param,
                BetaToolComputerUse20250124Param,
                BetaToolComputerUse20251124Param,
                BetaToolTextEditor20241022Param,
                BetaAdvisorTool20260301Param,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Stream[
        Union[
            RawMessageStartEvent,
            RawMessageDeltaEvent,
            RawMessageStopEvent,
            RawContentBlockStartEvent,
            RawContentBlockDeltaEvent,
            RawContentBlockStopEvent,
            UnknownEvent,
        ]
    ]: ...

    def create(
        self,
        *,
        max_tokens: int,
        messages: Sequence[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam, Mapping[str, Any]]],
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-mythos-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-fable-5-1",
                "claude-opus-5-5",
                "claude-mythos-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-mythos-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-mythos-preview",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
        ],
        billing_policy: Optional[Union[BetaBillingPolicyParam, Mapping[str, Any]]] = OMIT,
        cache_control: Optional[Union[CacheControlEphemeralParam, Mapping[str, Any]]] = OMIT,
        compaction: Optional[Union[BetaCompactionConfigParam, Mapping[str, Any]]] = OMIT,
        container: Optional[Union[ContainerParams, str, Mapping[str, Any]]] = OMIT,
        context_management: Optional[Union[BetaContextManagementConfigParam, Mapping[str, Any]]] = OMIT,
        diagnostics: Optional[Union[DiagnosticsParam, Mapping[str, Any]]] = OMIT,
        fallback_credit_token: Optional[Union[str, BetaFallbackCreditTokenParam, Mapping[str, Any]]] = OMIT,
        fallbacks: Optional[Union[Sequence[Union[BetaFallbackParam, Mapping[str, Any]]], Literal["default"]]] = OMIT,
        inference_geo: Optional[str] = OMIT,
        mcp_servers: Sequence[Union[BetaRequestMCPServerURLDefinitionParam, Mapping[str, Any]]] = OMIT,
        metadata: Union[MetadataParam, Mapping[str, Any]] = OMIT,
        output_config: Union[OutputConfigParam, Mapping[str, Any]] = OMIT,
        service_tier: Literal["auto", "standard_only"] = OMIT,
        speed: Optional[Literal["fast", "standard"]] = OMIT,
        stop_sequences: Sequence[str] = OMIT,
        temperature: float = OMIT,
        top_k: int = OMIT,
        top_p: float = OMIT,
        system: Union[str, Sequence[Union[TextBlockParam, Mapping[str, Any]]]] = OMIT,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
            Mapping[str, Any],
        ] = OMIT,
        thread: Optional[Union[BetaThreadCreateParams, BetaThreadContinueParams, Mapping[str, Any]]] = OMIT,
        tool_choice: Union[
            ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam, Mapping[str, Any]
        ] = OMIT,
        tools: Sequence[
            Union[
                ToolParam,
                ToolBash20250124Param,
                CodeExecutionTool20250522Param,
                CodeExecutionTool20250825Param,
                CodeExecutionTool20260120Param,
                CodeExecutionTool20260521Param,
                BrowserToolset20260801Param,
                MemoryTool20250818Param,
                ComputerToolset20260801Param,
                ToolTextEditor20250124Param,
                ToolTextEditor20250429Param,
                ToolTextEditor20250728Param,
                WebSearchTool20250305Param,
                WebFetchTool20250910Param,
                WebSearchTool20260209Param,
                WebFetchTool20260209Param,
                WebFetchTool20260309Param,
                WebSearchTool20260318Param,
                WebFetchTool20260318Param,
                ToolSearchToolBm25V20251119Param,
                ToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
                BetaToolBash20241022Param,
                BetaToolComputerUse20241022Param,
                BetaToolComputerUse20250124Param,
                BetaToolComputerUse20251124Param,
                BetaToolTextEditor20241022Param,
                BetaAdvisorTool20260301Param,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        stream: bool = False,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Union[
        Message,
        Stream[
            Union[
                RawMessageStartEvent,
                RawMessageDeltaEvent,
                RawMessageStopEvent,
                RawContentBlockStartEvent,
                RawContentBlockDeltaEvent,
                RawContentBlockStopEvent,
                UnknownEvent,
            ]
        ],
    ]:
        """Create a Message

        Send a structured list of input messages with text and/or image content; the model generates the next message in the conversation. With `stream: true` the response is a stream of server-sent events.

        `POST /v1/messages`
        """
        req = Request(
            "POST",
            "/v1/messages",
            headers={"anthropic-workspace-id": workspace_id, "anthropic-user-profile-id": user_profile_id},
            body={
                "billing_policy": billing_policy,
                "cache_control": cache_control,
                "compaction": compaction,
                "container": container,
                "context_management": context_management,
                "diagnostics": diagnostics,
                "fallback_credit_token": fallback_credit_token,
                "fallbacks": fallbacks,
                "inference_geo": inference_geo,
                "max_tokens": max_tokens,
                "messages": messages,
                "mcp_servers": mcp_servers,
                "metadata": metadata,
                "model": model,
                "output_config": output_config,
                "service_tier": service_tier,
                "speed": speed,
                "stop_sequences": stop_sequences,
                "temperature": temperature,
                "top_k": top_k,
                "top_p": top_p,
                "system": system,
                "thinking": thinking,
                "thread": thread,
                "tool_choice": tool_choice,
                "tools": tools,
                "stream": True if stream else OMIT,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            accept="text/event-stream" if stream else "application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream:
            return self._client.stream(
                req,
                EventSchema(
                    RawMessageStreamEvent,
                    frozenset(
                        [
                            "content_block_delta",
                            "content_block_start",
                            "content_block_stop",
                            "message_delta",
                            "message_start",
                            "message_stop",
                        ]
                    ),
                    frozenset(["ping"]),
                    "error",
                ),
            )
        return self._client.request(req, Message)

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Sequence[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam, Mapping[str, Any]]],
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-mythos-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-fable-5-1",
                "claude-opus-5-5",
                "claude-mythos-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-mythos-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-mythos-preview",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
        ],
        billing_policy: Optional[Union[BetaBillingPolicyParam, Mapping[str, Any]]] = OMIT,
        cache_control: Optional[Union[CacheControlEphemeralParam, Mapping[str, Any]]] = OMIT,
        compaction: Optional[Union[BetaCompactionConfigParam, Mapping[str, Any]]] = OMIT,
        container: Optional[Union[ContainerParams, str, Mapping[str, Any]]] = OMIT,
        context_management: Optional[Union[BetaContextManagementConfigParam, Mapping[str, Any]]] = OMIT,
        diagnostics: Optional[Union[DiagnosticsParam, Mapping[str, Any]]] = OMIT,
        fallback_credit_token: Optional[Union[str, BetaFallbackCreditTokenParam, Mapping[str, Any]]] = OMIT,
        fallbacks: Optional[Union[Sequence[Union[BetaFallbackParam, Mapping[str, Any]]], Literal["default"]]] = OMIT,
        inference_geo: Optional[str] = OMIT,
        mcp_servers: Sequence[Union[BetaRequestMCPServerURLDefinitionParam, Mapping[str, Any]]] = OMIT,
        metadata: Union[MetadataParam, Mapping[str, Any]] = OMIT,
        output_config: Union[OutputConfigParam, Mapping[str, Any]] = OMIT,
        service_tier: Literal["auto", "standard_only"] = OMIT,
        speed: Optional[Literal["fast", "standard"]] = OMIT,
        stop_sequences: Sequence[str] = OMIT,
        temperature: float = OMIT,
        top_k: int = OMIT,
        top_p: float = OMIT,
        system: Union[str, Sequence[Union[TextBlockParam, Mapping[str, Any]]]] = OMIT,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
            Mapping[str, Any],
        ] = OMIT,
        thread: Optional[Union[BetaThreadCreateParams, BetaThreadContinueParams, Mapping[str, Any]]] = OMIT,
        tool_choice: Union[
            ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam, Mapping[str, Any]
        ] = OMIT,
        tools: Sequence[
            Union[
                ToolParam,
                ToolBash20250124Param,
                CodeExecutionTool20250522Param,
                CodeExecutionTool20250825Param,
                CodeExecutionTool20260120Param,
                CodeExecutionTool20260521Param,
                BrowserToolset20260801Param,
                MemoryTool20250818Param,
                ComputerToolset20260801Param,
                ToolTextEditor20250124Param,
                ToolTextEditor20250429Param,
                ToolTextEditor20250728Param,
                WebSearchTool20250305Param,
                WebFetchTool20250910Param,
                WebSearchTool20260209Param,
                WebFetchTool20260209Param,
                WebFetchTool20260309Param,
                WebSearchTool20260318Param,
                WebFetchTool20260318Param,
                ToolSearchToolBm25V20251119Param,
                ToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
                BetaToolBash20241022Param,
                BetaToolComputerUse20241022Param,
                BetaToolComputerUse20250124Param,
                BetaToolComputerUse20251124Param,
                BetaToolTextEditor20241022Param,
                BetaAdvisorTool20260301Param,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MessageStreamManager[Message]:
        """Create a Message, streamed: the events, their text and the final message they build.

        `with client.messages.stream(...) as stream:` sends the request; `stream.text_stream`
        gives the text as it arrives and `stream.get_final_message()` the whole message.
        """
        return MessageStreamManager(
            lambda: self.create(
                billing_policy=billing_policy,
                cache_control=cache_control,
                compaction=compaction,
                container=container,
                context_management=context_management,
                diagnostics=diagnostics,
                fallback_credit_token=fallback_credit_token,
                fallbacks=fallbacks,
                inference_geo=inference_geo,
                max_tokens=max_tokens,
                messages=messages,
                mcp_servers=mcp_servers,
                metadata=metadata,
                model=model,
                output_config=output_config,
                service_tier=service_tier,
                speed=speed,
                stop_sequences=stop_sequences,
                temperature=temperature,
                top_k=top_k,
                top_p=top_p,
                system=system,
                thinking=thinking,
                thread=thread,
                tool_choice=tool_choice,
                tools=tools,
                workspace_id=workspace_id,
                user_profile_id=user_profile_id,
                stream=True,
                betas=betas,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Message,
        )


class MessagesWithRawResponse:
    """`client.messages.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: Messages) -> None:
        self.count_tokens = to_raw_response(resource.count_tokens)
        self.create = to_raw_response(resource.create)


class AsyncMessagesBatches:
    """`client.messages.batches`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMessagesBatchesWithRawResponse:
        return AsyncMessagesBatchesWithRawResponse(self)

    async def cancel(
        self,
        message_batch_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MessageBatch:
        """Cancel a Message Batch

        Start canceling a batch. It moves to `canceling`; requests already being processed may still finish, and the rest are canceled.

        `POST /v1/messages/batches/{message_batch_id}/cancel`
        """
        req = Request(
            "POST",
            f"/v1/messages/batches/{quote(str(message_batch_id), safe='')}/cancel",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, MessageBatch)

    async def create(
        self,
        *,
        requests: Sequence[Union[MessageBatchRequest, Mapping[str, Any]]],
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MessageBatch:
        """Create a Message Batch

        Send a batch of Messages requests for asynchronous processing. Results are available once processing ends, for 29 days after creation.

        `POST /v1/messages/batches`
        """
        req = Request(
            "POST",
            "/v1/messages/batches",
            headers={"anthropic-workspace-id": workspace_id, "anthropic-user-profile-id": user_profile_id},
            body={
                "requests": requests,
            },
            betas=[*betas],
            max_request_bytes=268435456,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, MessageBatch)

    async def delete(
        self,
        message_batch_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedMessageBatch:
        """Delete a Message Batch

        Delete a Message Batch. A batch that is still processing must be canceled first.

        `DELETE /v1/messages/batches/{message_batch_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/messages/batches/{quote(str(message_batch_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, DeletedMessageBatch)

    async def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[MessageBatch]:
        """List Message Batches

        List all Message Batches within a Workspace, most recently created first.

        `GET /v1/messages/batches`
        """
        req = Request(
            "GET",
            "/v1/messages/batches",
            query={"before_id": before_id, "after_id": after_id, "limit": limit},
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, MessageBatch, "data", "id_cursor")

    async def results(
        self,
        message_batch_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncJSONLines[MessageBatchIndividualResponse]:
        """Retrieve Message Batch results

        Stream the results of an ended batch as JSON Lines, one MessageBatchIndividualResponse per line, in no particular order; match them to requests by `custom_id`.

        `GET /v1/messages/batches/{message_batch_id}/results`
        """
        req = Request(
            "GET",
            f"/v1/messages/batches/{quote(str(message_batch_id), safe='')}/results",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            accept="application/x-jsonl",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.jsonl(req, MessageBatchIndividualResponse)

    async def retrieve(
        self,
        message_batch_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MessageBatch:
        """Retrieve a Message Batch

        Get a Message Batch's status. Poll it to learn when processing has ended.

        `GET /v1/messages/batches/{message_batch_id}`
        """
        req = Request(
            "GET",
            f"/v1/messages/batches/{quote(str(message_batch_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, MessageBatch)


class AsyncMessagesBatchesWithRawResponse:
    """`client.messages.batches.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncMessagesBatches) -> None:
        self.cancel = to_async_raw_response(resource.cancel)
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.results = to_async_raw_response(resource.results)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncMessages:
    """`client.messages`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.batches = AsyncMessagesBatches(client)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        return AsyncMessagesWithRawResponse(self)

    async def count_tokens(
        self,
        *,
        messages: Sequence[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam, Mapping[str, Any]]],
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-mythos-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-fable-5-1",
                "claude-opus-5-5",
                "claude-mythos-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-mythos-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-mythos-preview",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
        ],
        billing_policy: Optional[Union[BetaBillingPolicyParam, Mapping[str, Any]]] = OMIT,
        cache_control: Optional[Union[CacheControlEphemeralParam, Mapping[str, Any]]] = OMIT,
        compaction: Optional[Union[BetaCompactionConfigParam, Mapping[str, Any]]] = OMIT,
        context_management: Optional[Union[BetaContextManagementConfigParam, Mapping[str, Any]]] = OMIT,
        mcp_servers: Sequence[Union[BetaRequestMCPServerURLDefinitionParam, Mapping[str, Any]]] = OMIT,
        output_config: Union[OutputConfigParam, Mapping[str, Any]] = OMIT,
        speed: Optional[Literal["standard", "fast"]] = OMIT,
        system: Union[str, Sequence[Union[TextBlockParam, Mapping[str, Any]]]] = OMIT,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
            Mapping[str, Any],
        ] = OMIT,
        tool_choice: Union[
            ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam, Mapping[str, Any]
        ] = OMIT,
        tools: Sequence[
            Union[
                ToolParam,
                ToolBash20250124Param,
                CodeExecutionTool20250522Param,
                CodeExecutionTool20250825Param,
                CodeExecutionTool20260120Param,
                CodeExecutionTool20260521Param,
                BrowserToolset20260801Param,
                MemoryTool20250818Param,
                ComputerToolset20260801Param,
                ToolTextEditor20250124Param,
                ToolTextEditor20250429Param,
                ToolTextEditor20250728Param,
                WebSearchTool20250305Param,
                WebFetchTool20250910Param,
                WebSearchTool20260209Param,
                WebFetchTool20260209Param,
                WebFetchTool20260309Param,
                WebSearchTool20260318Param,
                WebFetchTool20260318Param,
                ToolSearchToolBm25V20251119Param,
                ToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
                BetaToolBash20241022Param,
                BetaToolComputerUse20241022Param,
                BetaToolComputerUse20250124Param,
                BetaToolComputerUse20251124Param,
                BetaToolTextEditor20241022Param,
                BetaAdvisorTool20260301Param,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MessageTokensCount:
        """Count tokens in a Message

        Count the tokens a Message would use, including tools, images and documents, without creating it.

        `POST /v1/messages/count_tokens`
        """
        req = Request(
            "POST",
            "/v1/messages/count_tokens",
            headers={"anthropic-workspace-id": workspace_id, "anthropic-user-profile-id": user_profile_id},
            body={
                "billing_policy": billing_policy,
                "cache_control": cache_control,
                "compaction": compaction,
                "context_management": context_management,
                "messages": messages,
                "mcp_servers": mcp_servers,
                "model": model,
                "output_config": output_config,
                "speed": speed,
                "system": system,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, MessageTokensCount)

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Sequence[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam, Mapping[str, Any]]],
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-mythos-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-fable-5-1",
                "claude-opus-5-5",
                "claude-mythos-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-mythos-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-mythos-preview",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
        ],
        billing_policy: Optional[Union[BetaBillingPolicyParam, Mapping[str, Any]]] = OMIT,
        cache_control: Optional[Union[CacheControlEphemeralParam, Mapping[str, Any]]] = OMIT,
        compaction: Optional[Union[BetaCompactionConfigParam, Mapping[str, Any]]] = OMIT,
        container: Optional[Union[ContainerParams, str, Mapping[str, Any]]] = OMIT,
        context_management: Optional[Union[BetaContextManagementConfigParam, Mapping[str, Any]]] = OMIT,
        diagnostics: Optional[Union[DiagnosticsParam, Mapping[str, Any]]] = OMIT,
        fallback_credit_token: Optional[Union[str, BetaFallbackCreditTokenParam, Mapping[str, Any]]] = OMIT,
        fallbacks: Optional[Union[Sequence[Union[BetaFallbackParam, Mapping[str, Any]]], Literal["default"]]] = OMIT,
        inference_geo: Optional[str] = OMIT,
        mcp_servers: Sequence[Union[BetaRequestMCPServerURLDefinitionParam, Mapping[str, Any]]] = OMIT,
        metadata: Union[MetadataParam, Mapping[str, Any]] = OMIT,
        output_config: Union[OutputConfigParam, Mapping[str, Any]] = OMIT,
        service_tier: Literal["auto", "standard_only"] = OMIT,
        speed: Optional[Literal["fast", "standard"]] = OMIT,
        stop_sequences: Sequence[str] = OMIT,
        temperature: float = OMIT,
        top_k: int = OMIT,
        top_p: float = OMIT,
        system: Union[str, Sequence[Union[TextBlockParam, Mapping[str, Any]]]] = OMIT,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
            Mapping[str, Any],
        ] = OMIT,
        thread: Optional[Union[BetaThreadCreateParams, BetaThreadContinueParams, Mapping[str, Any]]] = OMIT,
        tool_choice: Union[
            ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam, Mapping[str, Any]
        ] = OMIT,
        tools: Sequence[
            Union[
                ToolParam,
                ToolBash20250124Param,
                CodeExecutionTool20250522Param,
                CodeExecutionTool20250825Param,
                CodeExecutionTool20260120Param,
                CodeExecutionTool20260521Param,
                BrowserToolset20260801Param,
                MemoryTool20250818Param,
                ComputerToolset20260801Param,
                ToolTextEditor20250124Param,
                ToolTextEditor20250429Param,
                ToolTextEditor20250728Param,
                WebSearchTool20250305Param,
                WebFetchTool20250910Param,
                WebSearchTool20260209Param,
                WebFetchTool20260209Param,
                WebFetchTool20260309Param,
                WebSearchTool20260318Param,
                WebFetchTool20260318Param,
                ToolSearchToolBm25V20251119Param,
                ToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
                BetaToolBash20241022Param,
                BetaToolComputerUse20241022Param,
                BetaToolComputerUse20250124Param,
                BetaToolComputerUse20251124Param,
                BetaToolTextEditor20241022Param,
                BetaAdvisorTool20260301Param,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        stream: Literal[False] = False,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Message: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Sequence[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam, Mapping[str, Any]]],
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-mythos-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-fable-5-1",
                "claude-opus-5-5",
                "claude-mythos-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-mythos-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-mythos-preview",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
        ],
        stream: Literal[True],
        billing_policy: Optional[Union[BetaBillingPolicyParam, Mapping[str, Any]]] = OMIT,
        cache_control: Optional[Union[CacheControlEphemeralParam, Mapping[str, Any]]] = OMIT,
        compaction: Optional[Union[BetaCompactionConfigParam, Mapping[str, Any]]] = OMIT,
        container: Optional[Union[ContainerParams, str, Mapping[str, Any]]] = OMIT,
        context_management: Optional[Union[BetaContextManagementConfigParam, Mapping[str, Any]]] = OMIT,
        diagnostics: Optional[Union[DiagnosticsParam, Mapping[str, Any]]] = OMIT,
        fallback_credit_token: Optional[Union[str, BetaFallbackCreditTokenParam, Mapping[str, Any]]] = OMIT,
        fallbacks: Optional[Union[Sequence[Union[BetaFallbackParam, Mapping[str, Any]]], Literal["default"]]] = OMIT,
        inference_geo: Optional[str] = OMIT,
        mcp_servers: Sequence[Union[BetaRequestMCPServerURLDefinitionParam, Mapping[str, Any]]] = OMIT,
        metadata: Union[MetadataParam, Mapping[str, Any]] = OMIT,
        output_config: Union[OutputConfigParam, Mapping[str, Any]] = OMIT,
        service_tier: Literal["auto", "standard_only"] = OMIT,
        speed: Optional[Literal["fast", "standard"]] = OMIT,
        stop_sequences: Sequence[str] = OMIT,
        temperature: float = OMIT,
        top_k: int = OMIT,
        top_p: float = OMIT,
        system: Union[str, Sequence[Union[TextBlockParam, Mapping[str, Any]]]] = OMIT,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
            Mapping[str, Any],
        ] = OMIT,
        thread: Optional[Union[BetaThreadCreateParams, BetaThreadContinueParams, Mapping[str, Any]]] = OMIT,
        tool_choice: Union[
            ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam, Mapping[str, Any]
        ] = OMIT,
        tools: Sequence[
            Union[
                ToolParam,
                ToolBash20250124Param,
                CodeExecutionTool20250522Param,
                CodeExecutionTool20250825Param,
                CodeExecutionTool20260120Param,
                CodeExecutionTool20260521Param,
                BrowserToolset20260801Param,
                MemoryTool20250818Param,
                ComputerToolset20260801Param,
                ToolTextEditor20250124Param,
                ToolTextEditor20250429Param,
                ToolTextEditor20250728Param,
                WebSearchTool20250305Param,
                WebFetchTool20250910Param,
                WebSearchTool20260209Param,
                WebFetchTool20260209Param,
                WebFetchTool20260309Param,
                WebSearchTool20260318Param,
                WebFetchTool20260318Param,
                ToolSearchToolBm25V20251119Param,
                ToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
                BetaToolBash20241022Param,
                BetaToolComputerUse20241022Param,
                BetaToolComputerUse20250124Param,
                BetaToolComputerUse20251124Param,
                BetaToolTextEditor20241022Param,
                BetaAdvisorTool20260301Param,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncStream[
        Union[
            RawMessageStartEvent,
            RawMessageDeltaEvent,
            RawMessageStopEvent,
            RawContentBlockStartEvent,
            RawContentBlockDeltaEvent,
            RawContentBlockStopEvent,
            UnknownEvent,
        ]
    ]: ...

    async def create(
        self,
        *,
        max_tokens: int,
        messages: Sequence[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam, Mapping[str, Any]]],
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-mythos-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-fable-5-1",
                "claude-opus-5-5",
                "claude-mythos-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-mythos-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-mythos-preview",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
        ],
        billing_policy: Optional[Union[BetaBillingPolicyParam, Mapping[str, Any]]] = OMIT,
        cache_control: Optional[Union[CacheControlEphemeralParam, Mapping[str, Any]]] = OMIT,
        compaction: Optional[Union[BetaCompactionConfigParam, Mapping[str, Any]]] = OMIT,
        container: Optional[Union[ContainerParams, str, Mapping[str, Any]]] = OMIT,
        context_management: Optional[Union[BetaContextManagementConfigParam, Mapping[str, Any]]] = OMIT,
        diagnostics: Optional[Union[DiagnosticsParam, Mapping[str, Any]]] = OMIT,
        fallback_credit_token: Optional[Union[str, BetaFallbackCreditTokenParam, Mapping[str, Any]]] = OMIT,
        fallbacks: Optional[Union[Sequence[Union[BetaFallbackParam, Mapping[str, Any]]], Literal["default"]]] = OMIT,
        inference_geo: Optional[str] = OMIT,
        mcp_servers: Sequence[Union[BetaRequestMCPServerURLDefinitionParam, Mapping[str, Any]]] = OMIT,
        metadata: Union[MetadataParam, Mapping[str, Any]] = OMIT,
        output_config: Union[OutputConfigParam, Mapping[str, Any]] = OMIT,
        service_tier: Literal["auto", "standard_only"] = OMIT,
        speed: Optional[Literal["fast", "standard"]] = OMIT,
        stop_sequences: Sequence[str] = OMIT,
        temperature: float = OMIT,
        top_k: int = OMIT,
        top_p: float = OMIT,
        system: Union[str, Sequence[Union[TextBlockParam, Mapping[str, Any]]]] = OMIT,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
            Mapping[str, Any],
        ] = OMIT,
        thread: Optional[Union[BetaThreadCreateParams, BetaThreadContinueParams, Mapping[str, Any]]] = OMIT,
        tool_choice: Union[
            ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam, Mapping[str, Any]
        ] = OMIT,
        tools: Sequence[
            Union[
                ToolParam,
                ToolBash20250124Param,
                CodeExecutionTool20250522Param,
                CodeExecutionTool20250825Param,
                CodeExecutionTool20260120Param,
                CodeExecutionTool20260521Param,
                BrowserToolset20260801Param,
                MemoryTool20250818Param,
                ComputerToolset20260801Param,
                ToolTextEditor20250124Param,
                ToolTextEditor20250429Param,
                ToolTextEditor20250728Param,
                WebSearchTool20250305Param,
                WebFetchTool20250910Param,
                WebSearchTool20260209Param,
                WebFetchTool20260209Param,
                WebFetchTool20260309Param,
                WebSearchTool20260318Param,
                WebFetchTool20260318Param,
                ToolSearchToolBm25V20251119Param,
                ToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
                BetaToolBash20241022Param,
                BetaToolComputerUse20241022Param,
                BetaToolComputerUse20250124Param,
                BetaToolComputerUse20251124Param,
                BetaToolTextEditor20241022Param,
                BetaAdvisorTool20260301Param,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        stream: bool = False,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Union[
        Message,
        AsyncStream[
            Union[
                RawMessageStartEvent,
                RawMessageDeltaEvent,
                RawMessageStopEvent,
                RawContentBlockStartEvent,
                RawContentBlockDeltaEvent,
                RawContentBlockStopEvent,
                UnknownEvent,
            ]
        ],
    ]:
        """Create a Message

        Send a structured list of input messages with text and/or image content; the model generates the next message in the conversation. With `stream: true` the response is a stream of server-sent events.

        `POST /v1/messages`
        """
        req = Request(
            "POST",
            "/v1/messages",
            headers={"anthropic-workspace-id": workspace_id, "anthropic-user-profile-id": user_profile_id},
            body={
                "billing_policy": billing_policy,
                "cache_control": cache_control,
                "compaction": compaction,
                "container": container,
                "context_management": context_management,
                "diagnostics": diagnostics,
                "fallback_credit_token": fallback_credit_token,
                "fallbacks": fallbacks,
                "inference_geo": inference_geo,
                "max_tokens": max_tokens,
                "messages": messages,
                "mcp_servers": mcp_servers,
                "metadata": metadata,
                "model": model,
                "output_config": output_config,
                "service_tier": service_tier,
                "speed": speed,
                "stop_sequences": stop_sequences,
                "temperature": temperature,
                "top_k": top_k,
                "top_p": top_p,
                "system": system,
                "thinking": thinking,
                "thread": thread,
                "tool_choice": tool_choice,
                "tools": tools,
                "stream": True if stream else OMIT,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            accept="text/event-stream" if stream else "application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream:
            return await self._client.stream(
                req,
                EventSchema(
                    RawMessageStreamEvent,
                    frozenset(
                        [
                            "content_block_delta",
                            "content_block_start",
                            "content_block_stop",
                            "message_delta",
                            "message_start",
                            "message_stop",
                        ]
                    ),
                    frozenset(["ping"]),
                    "error",
                ),
            )
        return await self._client.request(req, Message)

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Sequence[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam, Mapping[str, Any]]],
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-mythos-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-fable-5-1",
                "claude-opus-5-5",
                "claude-mythos-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-mythos-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-mythos-preview",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
        ],
        billing_policy: Optional[Union[BetaBillingPolicyParam, Mapping[str, Any]]] = OMIT,
        cache_control: Optional[Union[CacheControlEphemeralParam, Mapping[str, Any]]] = OMIT,
        compaction: Optional[Union[BetaCompactionConfigParam, Mapping[str, Any]]] = OMIT,
        container: Optional[Union[ContainerParams, str, Mapping[str, Any]]] = OMIT,
        context_management: Optional[Union[BetaContextManagementConfigParam, Mapping[str, Any]]] = OMIT,
        diagnostics: Optional[Union[DiagnosticsParam, Mapping[str, Any]]] = OMIT,
        fallback_credit_token: Optional[Union[str, BetaFallbackCreditTokenParam, Mapping[str, Any]]] = OMIT,
        fallbacks: Optional[Union[Sequence[Union[BetaFallbackParam, Mapping[str, Any]]], Literal["default"]]] = OMIT,
        inference_geo: Optional[str] = OMIT,
        mcp_servers: Sequence[Union[BetaRequestMCPServerURLDefinitionParam, Mapping[str, Any]]] = OMIT,
        metadata: Union[MetadataParam, Mapping[str, Any]] = OMIT,
        output_config: Union[OutputConfigParam, Mapping[str, Any]] = OMIT,
        service_tier: Literal["auto", "standard_only"] = OMIT,
        speed: Optional[Literal["fast", "standard"]] = OMIT,
        stop_sequences: Sequence[str] = OMIT,
        temperature: float = OMIT,
        top_k: int = OMIT,
        top_p: float = OMIT,
        system: Union[str, Sequence[Union[TextBlockParam, Mapping[str, Any]]]] = OMIT,
        thinking: Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
            Mapping[str, Any],
        ] = OMIT,
        thread: Optional[Union[BetaThreadCreateParams, BetaThreadContinueParams, Mapping[str, Any]]] = OMIT,
        tool_choice: Union[
            ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam, Mapping[str, Any]
        ] = OMIT,
        tools: Sequence[
            Union[
                ToolParam,
                ToolBash20250124Param,
                CodeExecutionTool20250522Param,
                CodeExecutionTool20250825Param,
                CodeExecutionTool20260120Param,
                CodeExecutionTool20260521Param,
                BrowserToolset20260801Param,
                MemoryTool20250818Param,
                ComputerToolset20260801Param,
                ToolTextEditor20250124Param,
                ToolTextEditor20250429Param,
                ToolTextEditor20250728Param,
                WebSearchTool20250305Param,
                WebFetchTool20250910Param,
                WebSearchTool20260209Param,
                WebFetchTool20260209Param,
                WebFetchTool20260309Param,
                WebSearchTool20260318Param,
                WebFetchTool20260318Param,
                ToolSearchToolBm25V20251119Param,
                ToolSearchToolRegex20251119Param,
                BetaMCPToolsetParam,
                BetaToolBash20241022Param,
                BetaToolComputerUse20241022Param,
                BetaToolComputerUse20250124Param,
                BetaToolComputerUse20251124Param,
                BetaToolTextEditor20241022Param,
                BetaAdvisorTool20260301Param,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        user_profile_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncMessageStreamManager[Message]:
        """Create a Message, streamed: the events, their text and the final message they build.

        `async with client.messages.stream(...) as stream:` sends the request; `stream.text_stream`
        gives the text as it arrives and `await stream.get_final_message()` the whole message.
        """
        return AsyncMessageStreamManager(
            lambda: self.create(
                billing_policy=billing_policy,
                cache_control=cache_control,
                compaction=compaction,
                container=container,
                context_management=context_management,
                diagnostics=diagnostics,
                fallback_credit_token=fallback_credit_token,
                fallbacks=fallbacks,
                inference_geo=inference_geo,
                max_tokens=max_tokens,
                messages=messages,
                mcp_servers=mcp_servers,
                metadata=metadata,
                model=model,
                output_config=output_config,
                service_tier=service_tier,
                speed=speed,
                stop_sequences=stop_sequences,
                temperature=temperature,
                top_k=top_k,
                top_p=top_p,
                system=system,
                thinking=thinking,
                thread=thread,
                tool_choice=tool_choice,
                tools=tools,
                workspace_id=workspace_id,
                user_profile_id=user_profile_id,
                stream=True,
                betas=betas,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Message,
        )


class AsyncMessagesWithRawResponse:
    """`client.messages.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncMessages) -> None:
        self.count_tokens = to_async_raw_response(resource.count_tokens)
        self.create = to_async_raw_response(resource.create)
