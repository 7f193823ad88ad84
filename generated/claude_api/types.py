"""Models of the Claude API schemas: generated from the spec, do not edit."""

from __future__ import annotations

from datetime import date as date_aliased
from typing import Annotated, Any, Literal, Optional, Union
from uuid import UUID

from pydantic import AwareDatetime, ConfigDict, Field, RootModel

from claude_api._models import BaseModel


class Details(BaseModel):
    """
    Machine-readable detail for some errors, such as an `error_code`.
    """

    error_code: Optional[str] = None


class Base64ImageSourceParam(BaseModel):
    data: Annotated[str, Field(json_schema_extra={"contentEncoding": "base64"})]
    """
    The base64-encoded bytes.
    """
    media_type: Literal["image/jpeg", "image/png", "image/gif", "image/webp"]
    type: Literal["base64"]


class Base64PDFSource(BaseModel):
    data: str
    media_type: Literal["application/pdf"]
    type: Literal["base64"]


class Base64PDFSourceParam(BaseModel):
    data: Annotated[str, Field(json_schema_extra={"contentEncoding": "base64"})]
    """
    The base64-encoded bytes.
    """
    media_type: Literal["application/pdf"]
    type: Literal["base64"]


class BashCodeExecutionOutputBlock(BaseModel):
    file_id: str
    type: Literal["bash_code_execution_output"]


class BashCodeExecutionOutputBlockParam(BaseModel):
    file_id: str
    type: Literal["bash_code_execution_output"]


class BashCodeExecutionResultBlock(BaseModel):
    content: list[BashCodeExecutionOutputBlock]
    return_code: int
    stderr: str
    stdout: str
    type: Literal["bash_code_execution_result"]


class BashCodeExecutionResultBlockParam(BaseModel):
    content: list[BashCodeExecutionOutputBlockParam]
    return_code: int
    stderr: str
    stdout: str
    type: Literal["bash_code_execution_result"]


class BashCodeExecutionToolResultErrorObject(BaseModel):
    error_code: Literal[
        "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "output_file_too_large"
    ]
    type: Literal["bash_code_execution_tool_result_error"]


class BashCodeExecutionToolResultErrorParam(BaseModel):
    error_code: Literal[
        "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "output_file_too_large"
    ]
    type: Literal["bash_code_execution_tool_result_error"]


class BrowserCloseTabConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserDoubleClickConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserFileUploadConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserFindConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserFormInputConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserGetPageTextConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserHoldKeyConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserHoverConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserJavascriptExecConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserKeyConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserLeftClickConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserLeftClickDragConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserLeftMouseDownConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserLeftMouseUpConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserListTabsConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserMiddleClickConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserMouseMoveConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserNavigateConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserNewTabConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserReadConsoleConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserReadNetworkConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserReadPageConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserRightClickConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserScreenshotConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserScrollConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserScrollToConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserStateChangeDownloadCompletedParam(BaseModel):
    download_id: str
    path: Optional[str] = None
    size_bytes: Optional[int] = None
    type: Literal["download_completed"]
    url: str


class BrowserStateChangeDownloadFailedParam(BaseModel):
    download_id: str
    error: Optional[str] = None
    type: Literal["download_failed"]
    url: str


class BrowserStateChangeDownloadStartedParam(BaseModel):
    download_id: str
    type: Literal["download_started"]
    url: str


class BrowserStateChangeTabOpenedParam(BaseModel):
    tab_id: str
    type: Literal["tab_opened"]


class BrowserStateTabEntryParam(BaseModel):
    active: Optional[bool] = None
    tab_id: str
    title: str
    """
    Title of the page the tab shows; may be empty.
    """
    url: str


class BrowserSwitchTabConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserTripleClickConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserTypeConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserWaitConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class BrowserZoomConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class CacheControlEphemeralParam(BaseModel):
    ttl: Optional[Literal["5m", "1h"]] = None
    type: Literal["ephemeral"]


class CacheCreation(BaseModel):
    ephemeral_1h_input_tokens: int
    ephemeral_5m_input_tokens: int


class CacheMissMessagesChanged(BaseModel):
    cache_missed_input_tokens: int
    type: Literal["messages_changed"]


class CacheMissModelChanged(BaseModel):
    cache_missed_input_tokens: int
    type: Literal["model_changed"]


class CacheMissPreviousMessageNotFound(BaseModel):
    type: Literal["previous_message_not_found"]


class CacheMissSystemChanged(BaseModel):
    cache_missed_input_tokens: int
    type: Literal["system_changed"]


class CacheMissToolsChanged(BaseModel):
    cache_missed_input_tokens: int
    type: Literal["tools_changed"]


class CacheMissUnavailable(BaseModel):
    type: Literal["unavailable"]


class CitationCharLocation(BaseModel):
    cited_text: str
    document_index: int
    document_title: Optional[str] = None
    end_char_index: int
    file_id: Optional[str] = None
    start_char_index: int
    type: Literal["char_location"]


class CitationCharLocationParam(BaseModel):
    cited_text: str
    document_index: int
    document_title: Optional[str]
    end_char_index: int
    start_char_index: int
    type: Literal["char_location"]


class CitationContentBlockLocation(BaseModel):
    cited_text: str
    document_index: int
    document_title: Optional[str] = None
    end_block_index: int
    file_id: Optional[str] = None
    start_block_index: int
    type: Literal["content_block_location"]


class CitationContentBlockLocationParam(BaseModel):
    cited_text: str
    document_index: int
    document_title: Optional[str]
    end_block_index: int
    start_block_index: int
    type: Literal["content_block_location"]


class CitationPageLocation(BaseModel):
    cited_text: str
    document_index: int
    document_title: Optional[str] = None
    end_page_number: int
    file_id: Optional[str] = None
    start_page_number: int
    type: Literal["page_location"]


class CitationPageLocationParam(BaseModel):
    cited_text: str
    document_index: int
    document_title: Optional[str]
    end_page_number: int
    start_page_number: int
    type: Literal["page_location"]


class CitationSearchResultLocationParam(BaseModel):
    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: Optional[str]
    """
    Title of the cited search result, or null.
    """
    type: Literal["search_result_location"]


class CitationWebSearchResultLocationParam(BaseModel):
    cited_text: str
    encrypted_index: str
    title: Optional[str]
    """
    Title of the cited web page, or null.
    """
    type: Literal["web_search_result_location"]
    url: str


class CitationsConfig(BaseModel):
    enabled: bool


class CitationsConfigParam(BaseModel):
    enabled: Optional[bool] = None


class CitationsSearchResultLocation(BaseModel):
    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: Optional[str] = None
    """
    Title of the cited search result, or null.
    """
    type: Literal["search_result_location"]


class CitationsWebSearchResultLocation(BaseModel):
    cited_text: str
    encrypted_index: str
    title: Optional[str] = None
    """
    Title of the cited web page, or null.
    """
    type: Literal["web_search_result_location"]
    url: str


class CodeExecutionOutputBlock(BaseModel):
    file_id: str
    type: Literal["code_execution_output"]


class CodeExecutionOutputBlockParam(BaseModel):
    file_id: str
    type: Literal["code_execution_output"]


class CodeExecutionResultBlock(BaseModel):
    content: list[CodeExecutionOutputBlock]
    return_code: int
    stderr: str
    stdout: str
    type: Literal["code_execution_result"]


class CodeExecutionResultBlockParam(BaseModel):
    content: list[CodeExecutionOutputBlockParam]
    return_code: int
    stderr: str
    stdout: str
    type: Literal["code_execution_result"]


class CodeExecutionTool20250522Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    name: Literal["code_execution"]
    strict: Optional[bool] = None
    type: Literal["code_execution_20250522"]


class CodeExecutionTool20250825Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    name: Literal["code_execution"]
    strict: Optional[bool] = None
    type: Literal["code_execution_20250825"]


class CodeExecutionTool20260120Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    name: Literal["code_execution"]
    strict: Optional[bool] = None
    type: Literal["code_execution_20260120"]


class CodeExecutionTool20260521Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    name: Literal["code_execution"]
    strict: Optional[bool] = None
    type: Literal["code_execution_20260521"]


class CodeExecutionToolResultErrorObject(BaseModel):
    error_code: Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"]
    type: Literal["code_execution_tool_result_error"]


class CodeExecutionToolResultErrorParam(BaseModel):
    error_code: Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"]
    type: Literal["code_execution_tool_result_error"]


class ComputerCursorPositionConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerDoubleClickConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerHoldKeyConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerKeyConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerLeftClickConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerLeftClickDragConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerLeftMouseDownConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerLeftMouseUpConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerMiddleClickConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerMouseMoveConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerRightClickConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerScreenshotConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerScrollConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerTripleClickConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerTypeConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerWaitConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ComputerZoomConfigParam(BaseModel):
    defer_loading: Optional[bool] = None
    enabled: Optional[bool] = None


class ContainerSkill(BaseModel):
    skill_id: str
    type: Literal["anthropic", "custom"]
    version: str


class ContainerUploadBlock(BaseModel):
    file_id: str
    type: Literal["container_upload"]


class ContainerUploadBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    file_id: str
    type: Literal["container_upload"]


class Diagnostics(BaseModel):
    cache_miss_reason: Optional[
        Union[
            CacheMissModelChanged,
            CacheMissSystemChanged,
            CacheMissToolsChanged,
            CacheMissMessagesChanged,
            CacheMissPreviousMessageNotFound,
            CacheMissUnavailable,
        ]
    ] = None


class DiagnosticsParam(BaseModel):
    previous_message_id: Optional[str] = None


class DirectCaller(BaseModel):
    type: Literal["direct"]


class DirectCallerParam(BaseModel):
    type: Literal["direct"]


class EncryptedCodeExecutionResultBlock(BaseModel):
    content: list[CodeExecutionOutputBlock]
    encrypted_stdout: str
    return_code: int
    stderr: str
    type: Literal["encrypted_code_execution_result"]


class EncryptedCodeExecutionResultBlockParam(BaseModel):
    content: list[CodeExecutionOutputBlockParam]
    encrypted_stdout: str
    return_code: int
    stderr: str
    type: Literal["encrypted_code_execution_result"]


class FileDocumentSourceParam(BaseModel):
    file_id: str
    type: Literal["file"]


class FileImageSourceParam(BaseModel):
    file_id: str
    type: Literal["file"]


class ImageTransformationsParam(BaseModel):
    oversized_image: Optional[Literal["downsize", "error"]] = None


class InputSchemaTyped(BaseModel):
    properties: Optional[dict[str, Any]] = None
    required: Optional[list[str]] = None
    type: Literal["object"]


class JSONOutputFormatParam(BaseModel):
    schema_: Annotated[dict[str, Any], Field(alias="schema")]
    type: Literal["json_schema"]


class MemoryTool20250818Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    input_examples: Optional[list[dict[str, Any]]] = None
    name: Literal["memory"]
    strict: Optional[bool] = None
    type: Literal["memory_20250818"]


class MetadataParam(BaseModel):
    user_id: Optional[str] = None


class OutputTokensDetails(BaseModel):
    thinking_tokens: int


class PlainTextSource(BaseModel):
    data: str
    media_type: Literal["text/plain"]
    type: Literal["text"]


class PlainTextSourceParam(BaseModel):
    data: str
    media_type: Literal["text/plain"]
    type: Literal["text"]


class RedactedThinkingBlock(BaseModel):
    data: str
    type: Literal["redacted_thinking"]


class RedactedThinkingBlockParam(BaseModel):
    data: str
    type: Literal["redacted_thinking"]


class RefusalStopDetails(BaseModel):
    category: Optional[Literal["cyber", "bio", "frontier_llm", "reasoning_extraction", "general_harms"]] = None
    explanation: Optional[str] = None
    fallback_credit_token: Optional[str] = None
    """
    Beta: token that a retry on another model passes as fallback_credit_token (fallback-credit-2026-07-01); null when no credit is available.
    """
    fallback_has_prefill_claim: Optional[bool] = None
    """
    Beta: whether the retry must append the partial assistant response to redeem the credit.
    """
    recommended_model: Optional[str] = None
    """
    Beta: a model to retry the request on.
    """
    type: Literal["refusal"]


class ServerToolCaller(BaseModel):
    tool_id: str
    type: Literal["code_execution_20250825"]


class ServerToolCaller20260120(BaseModel):
    tool_id: str
    type: Literal["code_execution_20260120"]


class ServerToolCaller20260120Param(BaseModel):
    tool_id: str
    type: Literal["code_execution_20260120"]


class ServerToolCallerParam(BaseModel):
    tool_id: str
    type: Literal["code_execution_20250825"]


class ServerToolUsage(BaseModel):
    web_fetch_requests: int
    web_search_requests: int


class ServerToolUseBlock(BaseModel):
    caller: Optional[Union[DirectCaller, ServerToolCaller, ServerToolCaller20260120]] = None
    id: str
    input: dict[str, Any]
    name: Literal[
        "advisor",
        "web_search",
        "web_fetch",
        "code_execution",
        "bash_code_execution",
        "text_editor_code_execution",
        "tool_search_tool_regex",
        "tool_search_tool_bm25",
    ]
    """
    The server tool called; advisor is Beta (advisor-tool-2026-03-01).
    """
    type: Literal["server_tool_use"]


class ServerToolUseBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    caller: Annotated[
        Optional[Union[DirectCallerParam, ServerToolCallerParam, ServerToolCaller20260120Param]],
        Field(discriminator="type"),
    ] = None
    id: str
    input: dict[str, Any]
    name: Literal[
        "web_search",
        "web_fetch",
        "code_execution",
        "bash_code_execution",
        "text_editor_code_execution",
        "tool_search_tool_regex",
        "tool_search_tool_bm25",
    ]
    type: Literal["server_tool_use"]


class SkillParams(BaseModel):
    skill_id: str
    type: Literal["anthropic", "custom"]
    version: Optional[str] = None


class TextBlock(BaseModel):
    citations: Optional[
        list[
            Annotated[
                Union[
                    CitationCharLocation,
                    CitationPageLocation,
                    CitationContentBlockLocation,
                    CitationsWebSearchResultLocation,
                    CitationsSearchResultLocation,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    text: str
    type: Literal["text"]


class TextBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    citations: Optional[
        list[
            Annotated[
                Union[
                    CitationCharLocationParam,
                    CitationPageLocationParam,
                    CitationContentBlockLocationParam,
                    CitationWebSearchResultLocationParam,
                    CitationSearchResultLocationParam,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    text: str
    type: Literal["text"]


class TextEditorCodeExecutionCreateResultBlock(BaseModel):
    is_file_update: bool
    type: Literal["text_editor_code_execution_create_result"]


class TextEditorCodeExecutionCreateResultBlockParam(BaseModel):
    is_file_update: bool
    type: Literal["text_editor_code_execution_create_result"]


class TextEditorCodeExecutionStrReplaceResultBlock(BaseModel):
    lines: Optional[list[str]] = None
    new_lines: Optional[int] = None
    new_start: Optional[int] = None
    old_lines: Optional[int] = None
    old_start: Optional[int] = None
    type: Literal["text_editor_code_execution_str_replace_result"]


class TextEditorCodeExecutionStrReplaceResultBlockParam(BaseModel):
    lines: Optional[list[str]] = None
    new_lines: Optional[int] = None
    new_start: Optional[int] = None
    old_lines: Optional[int] = None
    old_start: Optional[int] = None
    type: Literal["text_editor_code_execution_str_replace_result"]


class TextEditorCodeExecutionToolResultErrorObject(BaseModel):
    error_code: Literal[
        "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "file_not_found"
    ]
    error_message: Optional[str] = None
    type: Literal["text_editor_code_execution_tool_result_error"]


class TextEditorCodeExecutionToolResultErrorParam(BaseModel):
    error_code: Literal[
        "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "file_not_found"
    ]
    error_message: Optional[str] = None
    type: Literal["text_editor_code_execution_tool_result_error"]


class TextEditorCodeExecutionViewResultBlock(BaseModel):
    content: str
    file_type: Literal["text", "image", "pdf"]
    num_lines: Optional[int] = None
    start_line: Optional[int] = None
    total_lines: Optional[int] = None
    type: Literal["text_editor_code_execution_view_result"]


class TextEditorCodeExecutionViewResultBlockParam(BaseModel):
    content: str
    file_type: Literal["text", "image", "pdf"]
    num_lines: Optional[int] = None
    start_line: Optional[int] = None
    total_lines: Optional[int] = None
    type: Literal["text_editor_code_execution_view_result"]


class ThinkingBlock(BaseModel):
    signature: str
    thinking: str
    type: Literal["thinking"]


class ThinkingBlockParam(BaseModel):
    signature: str
    thinking: str
    type: Literal["thinking"]


class ThinkingConfigBetweenToolsParam(BaseModel):
    type: Literal["between_tools"]


class ThinkingConfigDisabledParam(BaseModel):
    type: Literal["disabled"]


class ToolBash20250124Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    input_examples: Optional[list[dict[str, Any]]] = None
    name: Literal["bash"]
    strict: Optional[bool] = None
    type: Literal["bash_20250124"]


class ToolChoiceAnyParam(BaseModel):
    disable_parallel_tool_use: Optional[bool] = None
    type: Literal["any"]


class ToolChoiceAutoParam(BaseModel):
    disable_parallel_tool_use: Optional[bool] = None
    type: Literal["auto"]


class ToolChoiceNoneParam(BaseModel):
    type: Literal["none"]


class ToolChoiceToolParam(BaseModel):
    disable_parallel_tool_use: Optional[bool] = None
    name: str
    type: Literal["tool"]


class ToolParam(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    description: Optional[str] = None
    """
    What the tool does; the more detail, the better the model uses it.
    """
    eager_input_streaming: Optional[bool] = None
    input_examples: Optional[list[dict[str, Any]]] = None
    input_schema: Union[InputSchemaTyped, dict[str, Any]]
    name: str
    strict: Optional[bool] = None
    type: Optional[Literal["custom"]] = None


class ToolReferenceBlock(BaseModel):
    tool_name: str
    type: Literal["tool_reference"]


class ToolReferenceBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    tool_name: str
    type: Literal["tool_reference"]


class ToolSearchToolBm25V20251119Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    name: Literal["tool_search_tool_bm25"]
    strict: Optional[bool] = None
    type: Literal["tool_search_tool_bm25_20251119", "tool_search_tool_bm25"]


class ToolSearchToolRegex20251119Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    name: Literal["tool_search_tool_regex"]
    strict: Optional[bool] = None
    type: Literal["tool_search_tool_regex_20251119", "tool_search_tool_regex"]


class ToolSearchToolResultErrorObject(BaseModel):
    error_code: Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"]
    error_message: Optional[str] = None
    type: Literal["tool_search_tool_result_error"]


class ToolSearchToolResultErrorParam(BaseModel):
    error_code: Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"]
    error_message: Optional[str] = None
    type: Literal["tool_search_tool_result_error"]


class ToolSearchToolSearchResultBlock(BaseModel):
    tool_references: list[ToolReferenceBlock]
    type: Literal["tool_search_tool_search_result"]


class ToolSearchToolSearchResultBlockParam(BaseModel):
    tool_references: list[ToolReferenceBlockParam]
    type: Literal["tool_search_tool_search_result"]


class ToolTextEditor20250124Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    input_examples: Optional[list[dict[str, Any]]] = None
    name: Literal["str_replace_editor"]
    strict: Optional[bool] = None
    type: Literal["text_editor_20250124"]


class ToolTextEditor20250429Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    input_examples: Optional[list[dict[str, Any]]] = None
    name: Literal["str_replace_based_edit_tool"]
    strict: Optional[bool] = None
    type: Literal["text_editor_20250429"]


class ToolTextEditor20250728Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    input_examples: Optional[list[dict[str, Any]]] = None
    max_characters: Optional[int] = None
    name: Literal["str_replace_based_edit_tool"]
    strict: Optional[bool] = None
    type: Literal["text_editor_20250728"]


class ToolUseBlock(BaseModel):
    caller: Optional[Union[DirectCaller, ServerToolCaller, ServerToolCaller20260120]] = None
    id: str
    input: dict[str, Any]
    name: str
    toolset_name: Optional[str] = None
    type: Literal["tool_use"]


class ToolUseBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    caller: Annotated[
        Optional[Union[DirectCallerParam, ServerToolCallerParam, ServerToolCaller20260120Param]],
        Field(discriminator="type"),
    ] = None
    id: str
    input: dict[str, Any]
    name: str
    toolset_name: Optional[str] = None
    type: Literal["tool_use"]


class URLImageSourceParam(BaseModel):
    type: Literal["url"]
    url: str


class URLPDFSourceParam(BaseModel):
    type: Literal["url"]
    url: str


class UserLocationParam(BaseModel):
    city: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    timezone: Optional[str] = None
    type: Literal["approximate"]


class WebFetchURLSourceAllParam(BaseModel):
    type: Literal["all"]


class WebFetchURLSourceNoneParam(BaseModel):
    type: Literal["none"]


class WebFetchURLSourceToolReferenceParam(BaseModel):
    name: str
    type: Literal["tool_reference"]


class WebSearchResultBlock(BaseModel):
    encrypted_content: str
    page_age: Optional[str] = None
    title: str
    """
    Title of the web page.
    """
    type: Literal["web_search_result"]
    url: str


class WebSearchResultBlockParam(BaseModel):
    encrypted_content: str
    page_age: Optional[str] = None
    title: str
    """
    Title of the web page.
    """
    type: Literal["web_search_result"]
    url: str


class WebSearchTool20250305Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    allowed_domains: Optional[list[str]] = None
    blocked_domains: Optional[list[str]] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    max_uses: Optional[int] = None
    name: Literal["web_search"]
    strict: Optional[bool] = None
    type: Literal["web_search_20250305"]
    user_location: Optional[UserLocationParam] = None


class WebSearchTool20260209Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    allowed_domains: Optional[list[str]] = None
    blocked_domains: Optional[list[str]] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    max_uses: Optional[int] = None
    name: Literal["web_search"]
    strict: Optional[bool] = None
    type: Literal["web_search_20260209"]
    user_location: Optional[UserLocationParam] = None


class WebSearchTool20260318Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    allowed_domains: Optional[list[str]] = None
    blocked_domains: Optional[list[str]] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    max_uses: Optional[int] = None
    name: Literal["web_search"]
    response_inclusion: Optional[Literal["full", "excluded"]] = None
    strict: Optional[bool] = None
    type: Literal["web_search_20260318"]
    user_location: Optional[UserLocationParam] = None


class WebSearchToolResultErrorObject(BaseModel):
    error_code: Literal[
        "invalid_tool_input",
        "unavailable",
        "max_uses_exceeded",
        "too_many_requests",
        "query_too_long",
        "request_too_large",
    ]
    type: Literal["web_search_tool_result_error"]


class CitationsDelta(BaseModel):
    citation: Annotated[
        Union[
            CitationCharLocation,
            CitationPageLocation,
            CitationContentBlockLocation,
            CitationsWebSearchResultLocation,
            CitationsSearchResultLocation,
        ],
        Field(discriminator="type"),
    ]
    type: Literal["citations_delta"]


class InputJSONDelta(BaseModel):
    partial_json: str
    type: Literal["input_json_delta"]


class RawContentBlockStopEvent(BaseModel):
    index: int
    type: Literal["content_block_stop"]


class RawMessageStopEvent(BaseModel):
    type: Literal["message_stop"]


class SignatureDelta(BaseModel):
    signature: str
    type: Literal["signature_delta"]


class TextDelta(BaseModel):
    text: str
    type: Literal["text_delta"]


class ThinkingDelta(BaseModel):
    estimated_tokens: Optional[int] = None
    """
    Beta: increment of a rough running estimate of this thinking block's tokens, sent with the thinking-token-count-2026-05-13 beta header; a display hint, not a billed count.
    """
    thinking: str
    type: Literal["thinking_delta"]


class DeletedMessageBatch(BaseModel):
    id: str
    type: Literal["message_batch_deleted"]


class MessageBatchCanceledResult(BaseModel):
    type: Literal["canceled"]


class MessageBatchExpiredResult(BaseModel):
    type: Literal["expired"]


class MessageBatchRequestCounts(BaseModel):
    canceled: int
    errored: int
    expired: int
    processing: int
    succeeded: int


class CapabilitySupport(BaseModel):
    supported: bool


class CompactionCapability(BaseModel):
    """
    Beta: whether the model takes the top-level `compaction` parameter of a Messages request, with an entry for each `compaction.type` it accepts.
    """

    summarize: CapabilitySupport
    """
    Support for the `summarize` compaction type.
    """
    supported: bool


class ContextManagementCapability(BaseModel):
    clear_thinking_20251015: Optional[CapabilitySupport] = None
    clear_tool_uses_20250919: Optional[CapabilitySupport] = None
    compact_20260112: Optional[CapabilitySupport] = None
    supported: bool


class EffortCapability(BaseModel):
    high: CapabilitySupport
    low: CapabilitySupport
    max: CapabilitySupport
    medium: CapabilitySupport
    supported: bool
    xhigh: Optional[CapabilitySupport] = None


class ServerToolsCapability(BaseModel):
    code_execution: CapabilitySupport
    supported: bool
    web_search: CapabilitySupport


class ThinkingTypes(BaseModel):
    adaptive: CapabilitySupport
    between_tools: CapabilitySupport
    disabled: CapabilitySupport
    enabled: CapabilitySupport


class BetaFileScope(BaseModel):
    """
    The context a file was created in, such as a session.
    """

    id: str
    """
    ID of the scoping resource, such as a session ID.
    """
    type: Literal["session"]


class DeletedFile(BaseModel):
    """
    The ID of a deleted file.
    """

    id: str
    """
    ID of the deleted file.
    """
    type: Optional[Literal["file_deleted"]] = None


class DeletedSkill(BaseModel):
    """
    The ID of a deleted Skill.
    """

    id: str
    """
    ID of the deleted Skill.
    """
    type: Literal["skill_deleted"]


class DeletedSkillVersion(BaseModel):
    """
    The ID of a deleted Skill version.
    """

    id: str
    """
    ID of the deleted Skill version.
    """
    type: Literal["skill_version_deleted"]


class FileMetadata(BaseModel):
    """
    An uploaded or generated file.
    """

    created_at: AwareDatetime
    downloadable: Optional[bool] = None
    """
    Whether the content can be downloaded. Files created by code execution or Skills can be; uploaded files cannot.
    """
    expires_at: Optional[AwareDatetime] = None
    """
    When the file expires and its content becomes unavailable; null if it does not expire.
    """
    filename: str
    """
    The file's original name.
    """
    id: str
    """
    Unique file ID; format and length may change.
    """
    mime_type: str
    """
    MIME type of the file.
    """
    scope: Optional[BetaFileScope] = None
    """
    Beta only (BetaFileMetadata); the context the file was created in, such as a session.
    """
    size_bytes: Annotated[int, Field(ge=0)]
    """
    Size of the file in bytes.
    """
    type: Literal["file"]


class FileUploadParams(BaseModel):
    """
    The multipart/form-data fields of a file upload.
    """

    file: Annotated[str, Field(json_schema_extra={"contentMediaType": "application/octet-stream"})]
    """
    The file's content. Only the last path component of the part's filename is kept; without a filename the file is named `unnamed` plus an extension for its MIME type.
    """
    expires_in_seconds: Annotated[Optional[int], Field(ge=3600, le=7776000)] = None
    """
    Seconds from upload until the file expires and its content is deleted for good.
    """


class DisplayName(RootModel[str]):
    root: Annotated[str, Field(max_length=255)]
    """
    A one-line label; when omitted, the SKILL.md frontmatter `name` is used.
    """


class SkillCreateParams(BaseModel):
    """
    The multipart/form-data fields of a new Skill.
    """

    files__: Annotated[list[str], Field(alias="files[]", min_length=1)]
    """
    The Skill's files, one part per file, each named by its path. All must share one top-level directory with a SKILL.md at its root; a single zip archive of that directory works too.
    """
    display_name: Optional[DisplayName] = None
    """
    A one-line label; when omitted, the SKILL.md frontmatter `name` is used.
    """


class SkillSource(BaseModel):
    """
    Where a Skill comes from.
    """

    type: Literal["custom", "anthropic", "anthropic_example", "plugin"]
    """
    `custom`: uploaded by a user, private to its Workspace; `anthropic`: published by Anthropic, read-only; `anthropic_example`: an example Skill published by Anthropic; `plugin`: provided by an installed plugin.
    """


class SkillVersion(BaseModel):
    """
    One immutable version of a Skill's files.
    """

    created_at: AwareDatetime
    description: str
    """
    The description from the version's SKILL.md.
    """
    id: str
    """
    Unique version ID, used in paths and to pin the version.
    """
    name: str
    """
    The Skill's kebab-case slug, fixed by its first upload's SKILL.md `name` (or directory); also the directory its files are mounted in.
    """
    skill_id: str
    """
    ID of the Skill this version belongs to.
    """
    type: Literal["skill_version"]


class SkillVersionCreateParams(BaseModel):
    """
    The multipart/form-data fields of a new Skill version.
    """

    files__: Annotated[list[str], Field(alias="files[]", min_length=1)]
    """
    The version's complete set of files, one part per file, each named by its path; files left out are not carried over. They must share one top-level directory with a SKILL.md at its root.
    """


class SkillVersionListResponse(BaseModel):
    """
    One page of a Skill's versions.
    """

    data: list[SkillVersion]
    next_page: Optional[str] = None
    """
    Cursor of the next page; pass it as `page`. Null on the last page.
    """


class BetaDreamErrorObject(BaseModel):
    """
    Why a dream failed.
    """

    message: str
    type: str
    """
    A failure code such as `timeout` or `internal_error`.
    """


class BetaDreamMemoryStoreInput(BaseModel):
    """
    The memory store a dream reads.
    """

    memory_store_id: str
    type: Literal["memory_store"]


class BetaDreamMemoryStoreInputParam(BaseModel):
    """
    The memory store for a dream to read; same workspace, not archived.
    """

    memory_store_id: str
    type: Literal["memory_store"]


class BetaDreamModelConfig(BaseModel):
    """
    The model that runs a dream, always given as an object.
    """

    id: str
    speed: Optional[Literal["standard", "fast"]] = None
    """
    Output speed; always `standard` for dreams.
    """


class BetaDreamModelConfigParam(BaseModel):
    """
    The object form of a dream's model.
    """

    id: str
    """
    The model ID, 1 to 256 characters.
    """
    speed: Optional[Literal["standard", "fast"]] = None
    """
    Output speed; dreams accept only `standard` (the default).
    """


class BetaDreamOutput(BaseModel):
    """
    The memory store that holds a dream's result.
    """

    memory_store_id: str
    type: Literal["memory_store"]


class BetaDreamSessionsInput(BaseModel):
    """
    The sessions whose transcripts a dream reads.
    """

    session_ids: list[str]
    """
    Session IDs (`sesn_...`), in sorted order.
    """
    type: Literal["sessions"]


class BetaDreamSessionsInputParam(BaseModel):
    """
    The sessions for a dream to read.
    """

    session_ids: Annotated[list[str], Field(max_length=100, min_length=1)]
    """
    1 to 100 distinct session IDs in the dream's workspace.
    """
    type: Literal["sessions"]


class BetaDreamUsage(BaseModel):
    """
    The tokens a dream has used so far.
    """

    cache_creation_input_tokens: int
    """
    Input tokens written to the prompt cache (5-minute and 1-hour).
    """
    cache_read_input_tokens: int
    """
    Input tokens read from the prompt cache.
    """
    input_tokens: int
    """
    Input tokens neither read from nor written to the cache.
    """
    output_tokens: int


class BetaManagedAgentsAPIActor(BaseModel):
    """
    A direct API caller, identified by its API key.
    """

    api_key_id: str
    """
    The API key's ID (`apikey_...`), not the secret.
    """
    type: Literal["api_actor"]


class BetaManagedAgentsDeletedCredential(BaseModel):
    id: str
    """
    The deleted credential's ID (`vcrd_...`).
    """
    type: Literal["vault_credential_deleted"]


class BetaManagedAgentsDeletedMemory(BaseModel):
    """
    Confirmation that a memory was deleted; its versions stay while retained.
    """

    id: str
    """
    The deleted memory's ID (`mem_...`).
    """
    type: Literal["memory_deleted"]


class BetaManagedAgentsDeletedMemoryStore(BaseModel):
    id: str
    """
    The deleted store's ID (`memstore_...`).
    """
    type: Literal["memory_store_deleted"]


class BetaManagedAgentsDeletedVault(BaseModel):
    id: str
    """
    The deleted vault's ID (`vlt_...`).
    """
    type: Literal["vault_deleted"]


class BetaManagedAgentsInjectionLocationParams(BaseModel):
    """
    Where in an outbound request the secret may be substituted.
    """

    body: Optional[bool] = None
    """
    Substitute a placeholder in the request body.
    """
    header: Optional[bool] = None
    """
    Substitute a placeholder in a request header value.
    """


class BetaManagedAgentsInjectionLocationResponse(BaseModel):
    """
    Where in an outbound request the secret is substituted.
    """

    body: bool
    """
    Whether a placeholder in the request body is substituted.
    """
    header: bool
    """
    Whether a placeholder in a request header value is substituted.
    """


class BetaManagedAgentsInjectionLocationUpdateParams(BaseModel):
    """
    Changes to where the secret is substituted; omitted locations keep their setting, and one must stay enabled.
    """

    body: Optional[bool] = None
    """
    Substitute a placeholder in the request body.
    """
    header: Optional[bool] = None
    """
    Substitute a placeholder in a request header value.
    """


class BetaManagedAgentsLimitedCredentialNetworkingParams(BaseModel):
    """
    Substitute the secret only on requests to the listed hosts.
    """

    allowed_hosts: Annotated[list[str], Field(max_length=16)]
    """
    Up to 16 bare hostnames, IPv4 addresses or `*.` wildcards (no URLs, ports, paths or IPv6).
    """
    type: Literal["limited"]


class BetaManagedAgentsLimitedCredentialNetworkingResponse(BaseModel):
    """
    The secret is substituted only on requests to the listed hosts.
    """

    allowed_hosts: list[str]
    """
    Destination hosts; `*.example.com` matches subdomains but not `example.com` itself.
    """
    type: Literal["limited"]


class BetaManagedAgentsMemory(BaseModel):
    """
    A text document at a path inside a memory store.
    """

    id: str
    """
    The memory's ID (`mem_...`), unchanged when its path changes.
    """
    content_sha256: str
    """
    Lowercase hex SHA-256 of the UTF-8 content; set in every view.
    """
    content_size_bytes: int
    """
    The content's size in UTF-8 bytes; set in every view.
    """
    created_at: AwareDatetime
    memory_store_id: str
    memory_version_id: str
    """
    The version (`memver_...`) that holds the current content.
    """
    path: str
    """
    The memory's path in the store, starting with `/`; case-sensitive and unique in the store.
    """
    type: Literal["memory"]
    updated_at: AwareDatetime
    content: Optional[str] = None
    """
    The UTF-8 content (at most 102,400 bytes), or null with `view=basic`.
    """


class BetaManagedAgentsMemoryPrefix(BaseModel):
    """
    A directory marker standing for the memories below the requested depth; counts toward the page limit.
    """

    path: str
    """
    The path prefix with a trailing `/`; pass it as `path_prefix` to list that directory.
    """
    type: Literal["memory_prefix"]


class BetaManagedAgentsMemoryStore(BaseModel):
    """
    A named container of agent memories in a workspace, mounted into sessions as a directory.
    """

    id: str
    """
    The store's ID (`memstore_...`).
    """
    archived_at: Optional[AwareDatetime] = None
    """
    When the store was archived (irreversible); null if it is not.
    """
    created_at: AwareDatetime
    description: str
    """
    What the store contains, shown to the agent; empty string when unset.
    """
    metadata: dict[str, str]
    """
    Key-value pairs for your own use; not visible to the agent.
    """
    name: str
    """
    Human-readable name; the store's directory under `/mnt/memory/` derives from it.
    """
    type: Literal["memory_store"]
    updated_at: AwareDatetime
    """
    When the store itself last changed; changes to its memories do not count.
    """


class BetaManagedAgentsMemoryStoreListResponse(BaseModel):
    """
    One page of memory stores.
    """

    data: list[BetaManagedAgentsMemoryStore]
    next_page: Optional[str] = None
    """
    The cursor of the next page, or null on the last page.
    """


class BetaManagedAgentsMemoryView(RootModel[Literal["basic", "full"]]):
    root: Literal["basic", "full"]
    """
    `full` includes `content`; `basic` sets it to null.
    """


class BetaManagedAgentsPreconditionParam(BaseModel):
    """
    A condition on the memory's current content that must hold for an update to apply.
    """

    type: Literal["content_sha256"]
    content_sha256: Optional[str] = None
    """
    The expected `content_sha256` of the stored memory, 64 lowercase hex characters.
    """


class BetaManagedAgentsRefreshHTTPResponse(BaseModel):
    """
    An HTTP response captured during a validation probe, with sensitive values scrubbed.
    """

    body: str
    """
    The response body, possibly truncated.
    """
    body_truncated: bool
    content_type: str
    """
    The response's Content-Type header.
    """
    status_code: int


class BetaManagedAgentsRefreshObject(BaseModel):
    """
    The outcome of a refresh-token exchange attempted during validation.
    """

    http_response: Optional[BetaManagedAgentsRefreshHTTPResponse] = None
    """
    The token endpoint's error response; set only when `status` is `failed`.
    """
    status: Literal["succeeded", "failed", "connect_error", "no_refresh_token"]


class BetaManagedAgentsServiceAccountActor(BaseModel):
    """
    A workload authenticated as a service account.
    """

    service_account_id: str
    """
    The service account's ID (`svac_...`).
    """
    type: Literal["service_account_actor"]


class BetaManagedAgentsSessionActor(BaseModel):
    """
    An agent acting in a session, for example through the mounted filesystem.
    """

    session_id: str
    """
    The session's ID (`sesn_...`).
    """
    type: Literal["session_actor"]


class BetaManagedAgentsStaticBearerAuthResponse(BaseModel):
    """
    A static bearer token for an MCP server.
    """

    mcp_server_url: str
    """
    The MCP server the credential authenticates against.
    """
    type: Literal["static_bearer"]


class BetaManagedAgentsStaticBearerCreateParams(BaseModel):
    """
    A static bearer token credential to create.
    """

    token: str
    """
    The bearer token sent to the MCP server, such as an API key or personal access token.
    """
    mcp_server_url: str
    """
    The MCP server the credential authenticates against; immutable.
    """
    type: Literal["static_bearer"]


class BetaManagedAgentsStaticBearerUpdateParams(BaseModel):
    """
    Changes to a static bearer credential; `mcp_server_url` is immutable.
    """

    type: Literal["static_bearer"]
    token: Optional[str] = None
    """
    A new bearer token to replace the stored one.
    """


class BetaManagedAgentsTokenEndpointAuthBasicParam(BaseModel):
    """
    Send the client secret to the token endpoint by HTTP Basic authentication.
    """

    client_secret: str
    type: Literal["client_secret_basic"]


class BetaManagedAgentsTokenEndpointAuthBasicResponse(BaseModel):
    """
    The token endpoint takes the client credentials by HTTP Basic authentication.
    """

    type: Literal["client_secret_basic"]


class BetaManagedAgentsTokenEndpointAuthBasicUpdateParam(BaseModel):
    """
    A new client secret for HTTP Basic token endpoint authentication.
    """

    type: Literal["client_secret_basic"]
    client_secret: Optional[str] = None
    """
    The new client secret; the credential keeps its current token endpoint auth type.
    """


class BetaManagedAgentsTokenEndpointAuthNoneParam(BaseModel):
    """
    The token endpoint takes no client authentication.
    """

    type: Literal["none"]


class BetaManagedAgentsTokenEndpointAuthNoneResponse(BaseModel):
    """
    The token endpoint takes no client authentication.
    """

    type: Literal["none"]


class BetaManagedAgentsTokenEndpointAuthPostParam(BaseModel):
    """
    Send the client secret to the token endpoint in the POST body.
    """

    client_secret: str
    type: Literal["client_secret_post"]


class BetaManagedAgentsTokenEndpointAuthPostResponse(BaseModel):
    """
    The token endpoint takes the client credentials in the POST body.
    """

    type: Literal["client_secret_post"]


class BetaManagedAgentsTokenEndpointAuthPostUpdateParam(BaseModel):
    """
    A new client secret for POST body token endpoint authentication.
    """

    type: Literal["client_secret_post"]
    client_secret: Optional[str] = None
    """
    The new client secret; the credential keeps its current token endpoint auth type.
    """


class BetaManagedAgentsUnrestrictedCredentialNetworkingParams(BaseModel):
    """
    Substitute the secret on any host the session's environment network policy allows.
    """

    type: Literal["unrestricted"]


class BetaManagedAgentsUnrestrictedCredentialNetworkingResponse(BaseModel):
    """
    The secret is substituted on any host the session's environment lets it reach.
    """

    type: Literal["unrestricted"]


class BetaManagedAgentsUserActor(BaseModel):
    """
    A person, for example acting through the Console.
    """

    type: Literal["user_actor"]
    user_id: str
    """
    The user's ID (`user_...`).
    """


class BetaManagedAgentsVault(BaseModel):
    """
    A vault holding credentials that agents use during sessions.
    """

    id: str
    """
    The vault's ID (`vlt_...`).
    """
    archived_at: Optional[AwareDatetime] = None
    """
    When the vault was archived; null if it is not.
    """
    created_at: AwareDatetime
    display_name: str
    metadata: dict[str, str]
    type: Literal["vault"]
    updated_at: AwareDatetime


class BetaManagedAgentsVaultListResponse(BaseModel):
    """
    One page of vaults.
    """

    data: list[BetaManagedAgentsVault]
    next_page: Optional[str] = None
    """
    The cursor of the next page, or null on the last page.
    """


class BetaOutputBehaviorCreateNew(BaseModel):
    """
    Write the result to a new memory store copied from the input store (the default).
    """

    type: Literal["create_new"]


class BetaOutputBehaviorCreateNewParam(BaseModel):
    """
    Write the result to a new memory store copied from the input store.
    """

    type: Literal["create_new"]


class BetaOutputBehaviorUpdateExisting(BaseModel):
    """
    Write the result into the input memory store.
    """

    memory_store_id: str
    """
    The input memory store (`memstore_...`).
    """
    type: Literal["update_existing"]


class BetaOutputBehaviorUpdateExistingParam(BaseModel):
    """
    Write the result into the input memory store; needs write access, and 409 while another such dream runs.
    """

    memory_store_id: str
    """
    The input memory store (`memstore_...`).
    """
    type: Literal["update_existing"]


class BetaUserProfileEnrollmentURL(BaseModel):
    """
    A URL the entity a profile represents can use to enroll in a program, valid until it expires.
    """

    expires_at: AwareDatetime
    type: Literal["enrollment_url"]
    url: str


class BetaUserProfileTrustGrant(BaseModel):
    """
    Beta only (legacy) - the status of one trust grant on a profile.
    """

    status: Literal["active", "pending", "rejected"]


class DeletedUserProfile(BaseModel):
    id: str
    """
    The deleted profile's ID, prefixed `uprof_`.
    """
    type: Literal["user_profile_deleted"]


class MemoryCreateParams(BaseModel):
    content: Optional[str]
    """
    The memory's UTF-8 content, at most 102,400 bytes; `""` creates an empty memory.
    """
    path: str
    """
    The memory's path, such as `/projects/foo/notes.md`: starts with `/`, 1 to 20 segments, NFC, at most 1,024 bytes; case-sensitive.
    """


class MemoryStoreCreateParams(BaseModel):
    name: Annotated[str, Field(max_length=255, min_length=1)]
    """
    The store's name, 1 to 255 characters without control characters; need not be unique.
    """
    description: Annotated[Optional[str], Field(max_length=1024)] = None
    """
    What the store contains, up to 1,024 characters; included in the agent's system prompt.
    """
    metadata: Optional[dict[str, str]] = None
    """
    Key-value pairs for your own use; at most 16, keys 1 to 64 and values up to 512 characters.
    """


class MemoryStoreUpdateParams(BaseModel):
    description: Optional[str] = None
    """
    New description, up to 1,024 characters; an empty string clears it.
    """
    metadata: Optional[dict[str, Optional[str]]] = None
    """
    A metadata patch; a string adds or replaces a key, null removes it, omitted keys are kept.
    """
    name: Optional[str] = None
    """
    New name, 1 to 255 characters; sessions created afterwards use it for the directory.
    """


class MemoryUpdateParams(BaseModel):
    content: Optional[str] = None
    """
    New UTF-8 content, at most 102,400 bytes; omit to keep the content.
    """
    path: Optional[str] = None
    """
    A new path, which renames the memory (its ID stays); omit to keep the path.
    """
    precondition: Optional[BetaManagedAgentsPreconditionParam] = None


class UserProfileActionURL(BaseModel):
    """
    A URL for the person who takes the requested action; anyone holding it can use it until it expires.
    """

    expires_at: AwareDatetime
    type: Literal["user_profile_action_url"]
    url: str


class UserProfileCyberRequirements(BaseModel):
    """
    Requirements a request must meet for the relaxed safeguards of the profile's active tiers.
    """

    data_retention: bool
    """
    Whether Anthropic must be able to retain the request's inference data.
    """
    human_review: bool
    """
    Whether Anthropic personnel must be allowed to review the retained data.
    """


class UserProfileCyberTier(BaseModel):
    """
    One tier of the Cyber Verification Program.
    """

    status: Literal["active", "inactive"]


class UserProfileEfsFeature(BaseModel):
    """
    One feature of Enterprise Frontier Safeguards.
    """

    status: Literal["active", "inactive"]
    """
    `active` once Anthropic has approved the entity for the feature.
    """


class UserProfileEnforcementActionRestriction(BaseModel):
    """
    Anthropic limits how it serves the end user until the action is resolved.
    """

    id: str
    """
    The action's ID (`enac_...`), stable while it is open.
    """
    action: Optional[Literal["verify"]] = None
    """
    The next step the end user can take, or null if there is none now.
    """
    expires_at: Optional[AwareDatetime] = None
    """
    When the action ends on its own; null when it has no end date.
    """
    opened_at: AwareDatetime
    reason: Literal[
        "unsupported_region",
        "fraud_or_abuse",
        "high_harm",
        "usage_policy_violation",
        "account_compromise",
        "unspecified",
    ]
    """
    Why Anthropic placed the limit.
    """
    type: Literal["restriction"]


class UserProfileEnrollEndUserActionParam(BaseModel):
    """
    The end user the profile represents enrolls in a program.
    """

    type: Literal["enroll_end_user"]


class VaultCreateParams(BaseModel):
    display_name: Annotated[str, Field(max_length=255, min_length=1)]
    """
    Human-readable name, 1 to 255 characters.
    """
    metadata: Optional[dict[str, str]] = None
    """
    Key-value pairs to attach; at most 16, keys up to 64 and values up to 512 characters.
    """


class VaultUpdateParams(BaseModel):
    display_name: Optional[str] = None
    """
    New human-readable name, 1 to 255 characters.
    """
    metadata: Optional[dict[str, Optional[str]]] = None
    """
    A metadata patch; a string upserts a key, null deletes it, omitted keys are kept.
    """


class BetaManagedAgentsAWSRoleExecutionIdentity(BaseModel):
    """
    Runs of the agent act as this AWS IAM role.
    """

    role_arn: str
    """
    ARN of the IAM role (up to 2048 characters).
    """
    type: Literal["aws_role"]


class BetaManagedAgentsAWSRoleExecutionIdentityParams(BaseModel):
    """
    Runs of the agent act as this AWS IAM role.
    """

    role_arn: str
    """
    ARN of the IAM role (up to 2048 characters).
    """
    type: Literal["aws_role"]


class BetaManagedAgentsAdvisor(BaseModel):
    """
    An advisor model that the primary thread may consult mid-turn (roster name `anthropic.advisor`, at most one).
    """

    model: str
    """
    Model ID of the advisor; it must be allowed as an advisor for the agent's model.
    """
    type: Literal["advisor"]


class BetaManagedAgentsAdvisorParams(BaseModel):
    """
    An advisor model that the primary thread may consult mid-turn (roster name `anthropic.advisor`, at most one).
    """

    model: str
    """
    Model ID of the advisor; it must be allowed as an advisor for the agent's model.
    """
    type: Literal["advisor"]


class BetaManagedAgentsAgentParams(BaseModel):
    """
    A reference to a saved agent, optionally pinned to a version.
    """

    id: str
    """
    The agent ID.
    """
    type: Literal["agent"]
    version: Annotated[Optional[int], Field(ge=1)] = None
    """
    Agent version (at least 1); omitted means the latest.
    """


class BetaManagedAgentsAgentReference(BaseModel):
    """
    A reference to a saved agent at a concrete version.
    """

    id: str
    type: Literal["agent"]
    version: int
    """
    The pinned agent version.
    """


class BetaManagedAgentsAlwaysAllowPolicy(BaseModel):
    """
    Tool calls run without confirmation.
    """

    type: Literal["always_allow"]


class BetaManagedAgentsAlwaysAllowPolicyParam(BaseModel):
    """
    Tool calls run without confirmation.
    """

    type: Literal["always_allow"]


class BetaManagedAgentsAlwaysAskPolicy(BaseModel):
    """
    Tool calls wait for user confirmation.
    """

    type: Literal["always_ask"]


class BetaManagedAgentsAlwaysAskPolicyParam(BaseModel):
    """
    Tool calls wait for user confirmation.
    """

    type: Literal["always_ask"]


class BetaManagedAgentsAnthropicSkill(BaseModel):
    """
    An Anthropic-managed skill.
    """

    skill_id: str
    """
    ID of the Anthropic skill, e.g. `xlsx`.
    """
    type: Literal["anthropic"]
    version: str
    """
    Pinned skill version; omitted or null means the latest.
    """


class BetaManagedAgentsAnthropicSkillParams(BaseModel):
    """
    An Anthropic-managed skill.
    """

    skill_id: str
    """
    ID of the Anthropic skill, e.g. `xlsx`.
    """
    type: Literal["anthropic"]
    version: Optional[str] = None
    """
    Pinned skill version; omitted or null means the latest.
    """


class BetaManagedAgentsAutoPolicy(BaseModel):
    """
    The server allows calls it judges safe and denies calls it judges high-risk.
    """

    type: Literal["auto"]


class BetaManagedAgentsAutoPolicyParam(BaseModel):
    """
    The server allows calls it judges safe and denies calls it judges high-risk.
    """

    type: Literal["auto"]


class BetaManagedAgentsBashToolConfig(BaseModel):
    """
    Settings of the built-in bash tool.
    """

    enabled: bool
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    name: Literal["bash"]
    """
    The built-in tool this config applies to.
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Literal["bash"]
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsBashToolConfigParams(BaseModel):
    """
    Settings of the built-in bash tool.
    """

    name: Literal["bash"]
    """
    The built-in tool this config applies to.
    """
    enabled: Optional[bool] = None
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Optional[Literal["bash"]] = None
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsCustomSkill(BaseModel):
    """
    A custom skill created in the organization.
    """

    skill_id: str
    """
    ID of the custom skill (`skill_…`).
    """
    type: Literal["custom"]
    version: str
    """
    Pinned skill version; omitted or null means the latest.
    """


class BetaManagedAgentsCustomSkillParams(BaseModel):
    """
    A custom skill created in the organization.
    """

    skill_id: str
    """
    ID of the custom skill (`skill_…`).
    """
    type: Literal["custom"]
    version: Optional[str] = None
    """
    Pinned skill version; omitted or null means the latest.
    """


class BetaManagedAgentsCustomToolInputSchema(BaseModel):
    """
    JSON Schema of a custom tool's input; further JSON Schema keywords are allowed.
    """

    type: Literal["object"]
    properties: Optional[dict[str, Any]] = None
    """
    JSON Schema of each input property.
    """
    required: Optional[list[str]] = None
    """
    Names of the required input properties.
    """


class BetaManagedAgentsCustomToolInputSchemaParam(BaseModel):
    """
    JSON Schema of a custom tool's input; further JSON Schema keywords are allowed.
    """

    type: Literal["object"]
    properties: Optional[dict[str, Any]] = None
    """
    JSON Schema of each input property.
    """
    required: Optional[list[str]] = None
    """
    Names of the required input properties.
    """


class BetaManagedAgentsCustomToolParams(BaseModel):
    """
    A tool that the API client executes: the session emits `agent.custom_tool_use` and waits for `user.custom_tool_result`.
    """

    description: str
    """
    What the tool does, shown to the agent.
    """
    input_schema: BetaManagedAgentsCustomToolInputSchemaParam
    """
    JSON Schema of the tool's input.
    """
    name: str
    """
    Unique tool name (1-128 letters, digits, underscores or hyphens).
    """
    type: Literal["custom"]


class BetaManagedAgentsEditToolConfig(BaseModel):
    """
    Settings of the built-in edit tool.
    """

    enabled: bool
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    name: Literal["edit"]
    """
    The built-in tool this config applies to.
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Literal["edit"]
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsEditToolConfigParams(BaseModel):
    """
    Settings of the built-in edit tool.
    """

    name: Literal["edit"]
    """
    The built-in tool this config applies to.
    """
    enabled: Optional[bool] = None
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Optional[Literal["edit"]] = None
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsEffortHigh(BaseModel):
    """
    High effort: deeper reasoning.
    """

    type: Literal["high"]


class BetaManagedAgentsEffortHighParam(BaseModel):
    """
    High effort: deeper reasoning.
    """

    type: Literal["high"]


class BetaManagedAgentsEffortLow(BaseModel):
    """
    Low effort: lower latency, shallower reasoning.
    """

    type: Literal["low"]


class BetaManagedAgentsEffortLowParam(BaseModel):
    """
    Low effort: lower latency, shallower reasoning.
    """

    type: Literal["low"]


class BetaManagedAgentsEffortMax(BaseModel):
    """
    Maximum effort: the deepest reasoning, at the cost of latency.
    """

    type: Literal["max"]


class BetaManagedAgentsEffortMaxParam(BaseModel):
    """
    Maximum effort: the deepest reasoning, at the cost of latency.
    """

    type: Literal["max"]


class BetaManagedAgentsEffortMedium(BaseModel):
    """
    Medium effort: a balance of latency and reasoning depth.
    """

    type: Literal["medium"]


class BetaManagedAgentsEffortMediumParam(BaseModel):
    """
    Medium effort: a balance of latency and reasoning depth.
    """

    type: Literal["medium"]


class BetaManagedAgentsEffortXhigh(BaseModel):
    """
    Extra-high effort; not every model accepts it.
    """

    type: Literal["xhigh"]


class BetaManagedAgentsEffortXhighParam(BaseModel):
    """
    Extra-high effort; not every model accepts it.
    """

    type: Literal["xhigh"]


class BetaManagedAgentsGlobToolConfig(BaseModel):
    """
    Settings of the built-in glob tool.
    """

    enabled: bool
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    name: Literal["glob"]
    """
    The built-in tool this config applies to.
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Literal["glob"]
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsGlobToolConfigParams(BaseModel):
    """
    Settings of the built-in glob tool.
    """

    name: Literal["glob"]
    """
    The built-in tool this config applies to.
    """
    enabled: Optional[bool] = None
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Optional[Literal["glob"]] = None
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsGrepToolConfig(BaseModel):
    """
    Settings of the built-in grep tool.
    """

    enabled: bool
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    name: Literal["grep"]
    """
    The built-in tool this config applies to.
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Literal["grep"]
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsGrepToolConfigParams(BaseModel):
    """
    Settings of the built-in grep tool.
    """

    name: Literal["grep"]
    """
    The built-in tool this config applies to.
    """
    enabled: Optional[bool] = None
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Optional[Literal["grep"]] = None
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsMCPServerURLDefinition(BaseModel):
    """
    An MCP server the agent reaches by URL.
    """

    name: str
    """
    Unique server name, referenced by an `mcp_toolset`.
    """
    type: Literal["url"]
    url: str
    """
    URL of the MCP server endpoint.
    """


class BetaManagedAgentsMCPToolConfig(BaseModel):
    """
    Settings of one tool of an MCP server.
    """

    enabled: bool
    """
    Whether the tool is enabled; overrides the server default.
    """
    name: str
    """
    Name of the MCP tool (1-128 characters).
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Permission policy of the tool; overrides the server default.
    """


class BetaManagedAgentsMCPToolConfigParams(BaseModel):
    """
    Settings of one tool of an MCP server.
    """

    name: str
    """
    Name of the MCP tool (1-128 characters).
    """
    enabled: Optional[bool] = None
    """
    Whether the tool is enabled; overrides the server default.
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Permission policy of the tool; overrides the server default.
    """


class BetaManagedAgentsMCPToolsetDefaultConfig(BaseModel):
    """
    Settings applied to every tool of an MCP server unless a per-tool config overrides them.
    """

    enabled: bool
    """
    Whether the server's tools are enabled by default (default true).
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Default permission policy of the server's tools.
    """


class BetaManagedAgentsMCPToolsetDefaultConfigParams(BaseModel):
    """
    Settings applied to every tool of an MCP server unless a per-tool config overrides them.
    """

    enabled: Optional[bool] = None
    """
    Whether the server's tools are enabled by default (default true).
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Default permission policy of the server's tools.
    """


class BetaManagedAgentsMCPToolsetParams(BaseModel):
    """
    The tools of one MCP server from `mcp_servers`.
    """

    mcp_server_name: str
    """
    Name of a server in `mcp_servers` (1-255 characters).
    """
    type: Literal["mcp_toolset"]
    configs: Optional[list[BetaManagedAgentsMCPToolConfigParams]] = None
    """
    Per-tool overrides.
    """
    default_config: Optional[BetaManagedAgentsMCPToolsetDefaultConfigParams] = None
    """
    Settings applied to every tool of the server.
    """


class BetaManagedAgentsModelConfig(BaseModel):
    """
    The model that powers an agent, with its effort, inference region and speed.
    """

    id: Union[
        Literal[
            "claude-fable-5-2",
            "claude-haiku-5-5",
            "claude-sonnet-5-5",
            "claude-opus-5-5",
            "claude-fable-5-1",
            "claude-sonnet-5",
            "claude-fable-5",
            "claude-opus-5",
            "claude-opus-4-8",
            "claude-opus-4-7",
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
    ]
    """
    The model that powers the agent.
    """
    effort: Optional[
        Union[
            BetaManagedAgentsEffortLow,
            BetaManagedAgentsEffortMedium,
            BetaManagedAgentsEffortHigh,
            BetaManagedAgentsEffortXhigh,
            BetaManagedAgentsEffortMax,
        ]
    ] = None
    """
    How hard Claude works on each inference call; when omitted on create, the model's default.
    """
    inference_geo: Optional[str] = None
    """
    Region for inference; null falls back to the Workspace's default_inference_geo.
    """
    speed: Optional[Literal["standard", "fast"]] = None
    """
    Inference speed: `fast` gives faster output at premium pricing on models that support it (default `standard`).
    """


class BetaManagedAgentsModelConfigParams(BaseModel):
    """
    The model that powers an agent, with its effort, inference region and speed.
    """

    id: Union[
        Literal[
            "claude-fable-5-2",
            "claude-haiku-5-5",
            "claude-sonnet-5-5",
            "claude-opus-5-5",
            "claude-fable-5-1",
            "claude-sonnet-5",
            "claude-fable-5",
            "claude-opus-5",
            "claude-opus-4-8",
            "claude-opus-4-7",
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
    ]
    """
    The model that powers the agent.
    """
    effort: Optional[
        Union[
            Literal["low", "medium", "high", "xhigh", "max"],
            BetaManagedAgentsEffortLowParam,
            BetaManagedAgentsEffortMediumParam,
            BetaManagedAgentsEffortHighParam,
            BetaManagedAgentsEffortXhighParam,
            BetaManagedAgentsEffortMaxParam,
        ]
    ] = None
    """
    How hard Claude works on each inference call; when omitted on create, the model's default.
    """
    inference_geo: Optional[str] = None
    """
    Region for inference; null falls back to the Workspace's default_inference_geo.
    """
    speed: Optional[Literal["fast", "standard"]] = None
    """
    Inference speed: `fast` gives faster output at premium pricing on models that support it (default `standard`).
    """


class BetaManagedAgentsMultiagentAdvisorDisabled(BaseModel):
    """
    No advisor.
    """

    type: Literal["disabled"]


class BetaManagedAgentsMultiagentAdvisorDisabledParams(BaseModel):
    """
    No advisor.
    """

    type: Literal["disabled"]


class BetaManagedAgentsMultiagentAdvisorEnabled(BaseModel):
    """
    The primary thread can consult an advisor model.
    """

    model: str
    """
    Model ID of the advisor; it must be allowed as an advisor for the agent's model.
    """
    type: Literal["enabled"]


class BetaManagedAgentsMultiagentAdvisorEnabledParams(BaseModel):
    """
    The primary thread can consult an advisor model.
    """

    model: str
    """
    Model ID of the advisor; it must be allowed as an advisor for the agent's model.
    """
    type: Literal["enabled"]


class BetaManagedAgentsMultiagentCoordinator(BaseModel):
    """
    Coordinator topology (superseded by `multiagent_20261001`): the primary thread spawns threads running roster agents.
    """

    agents: list[
        Annotated[Union[BetaManagedAgentsAgentReference, BetaManagedAgentsAdvisor], Field(discriminator="type")]
    ]
    """
    Agents the coordinator may spawn as threads (1-20 distinct entries).
    """
    type: Literal["coordinator"]


class BetaManagedAgentsMultiagentInlineAgentsDisabled(BaseModel):
    """
    Inline (unsaved) agents may not be defined.
    """

    type: Literal["disabled"]


class BetaManagedAgentsMultiagentInlineAgentsDisabledParams(BaseModel):
    """
    Inline (unsaved) agents may not be defined.
    """

    type: Literal["disabled"]


class BetaManagedAgentsMultiagentInlineAgentsEnabled(BaseModel):
    """
    Inline (unsaved) agents may be defined.
    """

    type: Literal["enabled"]


class BetaManagedAgentsMultiagentInlineAgentsEnabledParams(BaseModel):
    """
    Inline (unsaved) agents may be defined.
    """

    type: Literal["enabled"]


class BetaManagedAgentsMultiagentSelfParams(BaseModel):
    """
    Stands for the agent that owns this configuration; the server resolves it to a concrete reference.
    """

    type: Literal["self"]


class BetaManagedAgentsMultiagentSubagentsDisabled(BaseModel):
    """
    The agent cannot spawn session threads.
    """

    type: Literal["disabled"]


class BetaManagedAgentsMultiagentSubagentsDisabledParams(BaseModel):
    """
    The agent cannot spawn session threads.
    """

    type: Literal["disabled"]


class BetaManagedAgentsMultiagentWorkflowsDisabled(BaseModel):
    """
    The agent cannot start workflow runs.
    """

    type: Literal["disabled"]


class BetaManagedAgentsMultiagentWorkflowsDisabledParams(BaseModel):
    """
    The agent cannot start workflow runs.
    """

    type: Literal["disabled"]


class BetaManagedAgentsReadToolConfig(BaseModel):
    """
    Settings of the built-in read tool.
    """

    enabled: bool
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    name: Literal["read"]
    """
    The built-in tool this config applies to.
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Literal["read"]
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsReadToolConfigParams(BaseModel):
    """
    Settings of the built-in read tool.
    """

    name: Literal["read"]
    """
    The built-in tool this config applies to.
    """
    enabled: Optional[bool] = None
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Optional[Literal["read"]] = None
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsServiceAccountExecutionIdentity(BaseModel):
    """
    Runs of the agent act as the Anthropic-managed service account (the default).
    """

    type: Literal["service_account"]


class BetaManagedAgentsServiceAccountExecutionIdentityParams(BaseModel):
    """
    Runs of the agent act as the Anthropic-managed service account (the default).
    """

    type: Literal["service_account"]


class BetaManagedAgentsURLMCPServerParams(BaseModel):
    """
    An MCP server the agent reaches by URL.
    """

    name: str
    """
    Unique server name (1-255 characters), referenced by an `mcp_toolset`.
    """
    type: Literal["url"]
    url: str
    """
    URL of the MCP server endpoint.
    """


class BetaManagedAgentsUserLocation(BaseModel):
    """
    Approximate user location, used to localize search results.
    """

    type: Literal["approximate"]
    """
    Location precision; only `approximate`.
    """
    city: Optional[str] = None
    country: Optional[str] = None
    """
    Two-letter ISO 3166-1 country code, uppercase.
    """
    region: Optional[str] = None
    """
    Region or state.
    """
    timezone: Optional[str] = None
    """
    IANA time zone, e.g. `America/Los_Angeles`.
    """


class BetaManagedAgentsUserLocationParam(BaseModel):
    """
    Approximate user location, used to localize search results.
    """

    type: Literal["approximate"]
    """
    Location precision; only `approximate`.
    """
    city: Optional[str] = None
    country: Optional[str] = None
    """
    Two-letter ISO 3166-1 country code, uppercase.
    """
    region: Optional[str] = None
    """
    Region or state.
    """
    timezone: Optional[str] = None
    """
    IANA time zone, e.g. `America/Los_Angeles`.
    """


class BetaManagedAgentsWebFetchURLSourceAll(BaseModel):
    """
    Every URL from this source may be fetched (the default).
    """

    type: Literal["all"]


class BetaManagedAgentsWebFetchURLSourceAllParam(BaseModel):
    """
    Every URL from this source may be fetched (the default).
    """

    type: Literal["all"]


class BetaManagedAgentsWebFetchURLSourceNone(BaseModel):
    """
    No URL from this source may be fetched.
    """

    type: Literal["none"]


class BetaManagedAgentsWebFetchURLSourceNoneParam(BaseModel):
    """
    No URL from this source may be fetched.
    """

    type: Literal["none"]


class BetaManagedAgentsWebFetchURLSourceToolReference(BaseModel):
    """
    One tool, by exact name, in an `only` or `except` list.
    """

    name: str
    """
    Exact, case-sensitive tool name.
    """
    type: Literal["tool_reference"]


class BetaManagedAgentsWebFetchURLSourceToolReferenceParam(BaseModel):
    """
    One tool, by exact name, in an `only` or `except` list.
    """

    name: str
    """
    Exact, case-sensitive tool name.
    """
    type: Literal["tool_reference"]


class BetaManagedAgentsWebSearchToolConfig(BaseModel):
    """
    Settings of the built-in web_search tool.
    """

    enabled: bool
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    name: Literal["web_search"]
    """
    The built-in tool this config applies to.
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Literal["web_search"]
    """
    The built-in tool this config applies to (same as `name`).
    """
    allowed_domains: Optional[list[str]] = None
    """
    Return results only from these hosts and their subdomains (at most 64; exclusive with blocked_domains).
    """
    blocked_domains: Optional[list[str]] = None
    """
    Never return results from these hosts and their subdomains (at most 64; exclusive with allowed_domains).
    """
    user_location: Optional[BetaManagedAgentsUserLocation] = None
    """
    Approximate user location for localized results.
    """


class BetaManagedAgentsWebSearchToolConfigParams(BaseModel):
    """
    Settings of the built-in web_search tool.
    """

    name: Literal["web_search"]
    """
    The built-in tool this config applies to.
    """
    allowed_domains: Optional[list[str]] = None
    """
    Return results only from these hosts and their subdomains (at most 64; exclusive with blocked_domains).
    """
    blocked_domains: Optional[list[str]] = None
    """
    Never return results from these hosts and their subdomains (at most 64; exclusive with allowed_domains).
    """
    enabled: Optional[bool] = None
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Optional[Literal["web_search"]] = None
    """
    The built-in tool this config applies to (same as `name`).
    """
    user_location: Optional[BetaManagedAgentsUserLocationParam] = None
    """
    Approximate user location for localized results.
    """


class BetaManagedAgentsWriteToolConfig(BaseModel):
    """
    Settings of the built-in write tool.
    """

    enabled: bool
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    name: Literal["write"]
    """
    The built-in tool this config applies to.
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Literal["write"]
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaManagedAgentsWriteToolConfigParams(BaseModel):
    """
    Settings of the built-in write tool.
    """

    name: Literal["write"]
    """
    The built-in tool this config applies to.
    """
    enabled: Optional[bool] = None
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Optional[Literal["write"]] = None
    """
    The built-in tool this config applies to (same as `name`).
    """


class BetaEnvironmentDeleteResponse(BaseModel):
    """
    The ID of a deleted environment.
    """

    id: str
    type: Literal["environment_deleted"]


class BetaLimitedNetwork(BaseModel):
    """
    The container may reach only the allowed hosts, plus MCP servers and package registries when enabled.
    """

    allow_mcp_servers: bool
    """
    Whether the agent's MCP servers are reachable beyond `allowed_hosts` (default false).
    """
    allow_package_managers: bool
    """
    Whether public package registries are reachable beyond `allowed_hosts` (default false; must be true when packages are set).
    """
    allowed_hosts: list[str]
    """
    Hosts the container may reach.
    """
    type: Literal["limited"]


class BetaLimitedNetworkParams(BaseModel):
    """
    The container may reach only the allowed hosts, plus MCP servers and package registries when enabled.
    """

    type: Literal["limited"]
    allow_mcp_servers: Optional[bool] = None
    """
    Whether the agent's MCP servers are reachable beyond `allowed_hosts` (default false).
    """
    allow_package_managers: Optional[bool] = None
    """
    Whether public package registries are reachable beyond `allowed_hosts` (default false; must be true when packages are set).
    """
    allowed_hosts: Optional[list[str]] = None
    """
    Hosts the container may reach.
    """


class BetaPackages(BaseModel):
    """
    Packages installed in the environment, by package manager (optionally pinned, e.g. `pandas==2.2.0` for pip).
    """

    apt: list[str]
    """
    Ubuntu/Debian packages.
    """
    cargo: list[str]
    """
    Rust crates.
    """
    gem: list[str]
    """
    Ruby gems.
    """
    go: list[str]
    """
    Go modules.
    """
    npm: list[str]
    """
    Node.js packages.
    """
    pip: list[str]
    """
    Python packages.
    """
    type: Optional[Literal["packages"]] = None


class BetaPackagesParams(BaseModel):
    """
    Packages installed in the environment, by package manager (optionally pinned, e.g. `pandas==2.2.0` for pip).
    """

    apt: Optional[list[str]] = None
    """
    Ubuntu/Debian packages.
    """
    cargo: Optional[list[str]] = None
    """
    Rust crates.
    """
    gem: Optional[list[str]] = None
    """
    Ruby gems.
    """
    go: Optional[list[str]] = None
    """
    Go modules.
    """
    npm: Optional[list[str]] = None
    """
    Node.js packages.
    """
    pip: Optional[list[str]] = None
    """
    Python packages.
    """
    type: Optional[Literal["packages"]] = None


class BetaSelfHostedConfig(BaseModel):
    """
    A self-hosted environment: sessions run in sandboxes that your own worker provides.
    """

    type: Literal["self_hosted"]


class BetaSelfHostedConfigParams(BaseModel):
    """
    A self-hosted environment: sessions run in sandboxes that your own worker provides.
    """

    type: Literal["self_hosted"]


class BetaSelfHostedWorkHeartbeatResponse(BaseModel):
    """
    The state of a work item's lease after a heartbeat.
    """

    last_heartbeat: str
    """
    Time of the latest recorded heartbeat, or an empty string if none; echo it as expected_last_heartbeat next time.
    """
    lease_extended: bool
    """
    Whether the heartbeat extended the lease.
    """
    state: Literal["queued", "starting", "active", "stopping", "stopped"]
    """
    Lifecycle state of the item.
    """
    ttl_seconds: int
    """
    The lease TTL that was applied, in seconds.
    """
    type: Literal["work_heartbeat"]


class BetaSelfHostedWorkQueueStats(BaseModel):
    """
    Statistics of an environment's work queue.
    """

    depth: int
    """
    Work items waiting to be polled.
    """
    oldest_queued_at: Optional[AwareDatetime] = None
    """
    When the oldest queued or pending item was queued; null if the queue is empty.
    """
    pending: int
    """
    Work items polled but not yet acknowledged.
    """
    type: Literal["work_queue_stats"]
    workers_polling: Optional[int] = None
    """
    Workers that polled in the last 30 seconds (counted only for polls that send Anthropic-Worker-ID).
    """


class BetaSessionWorkData(BaseModel):
    """
    The session that a work item runs.
    """

    id: str
    """
    The session ID (`session_…`).
    """
    type: Literal["session"]


class BetaUnrestrictedNetwork(BaseModel):
    """
    The container may reach any host.
    """

    type: Literal["unrestricted"]


class BetaUnrestrictedNetworkParam(BaseModel):
    """
    The container may reach any host.
    """

    type: Literal["unrestricted"]


class WorkStopParams(BaseModel):
    """
    The body of a stop-work-item request.
    """

    force: Optional[bool] = None
    """
    Stop at once instead of shutting down gracefully.
    """


class WorkUpdateParams(BaseModel):
    """
    The body of an update-work-item request.
    """

    metadata: dict[str, Optional[str]]
    """
    Metadata patch: a string value upserts the key, null deletes it.
    """


class APIKeyCreatedBy(BaseModel):
    """
    The actor that created an object.
    """

    id: str
    """
    ID of the User or Service Account.
    """
    type: Literal["service_account", "user"]
    """
    Kind of actor.
    """


class APIKeyOrganizationScope(BaseModel):
    """
    The API key has no Workspace; only principal-bound keys can have this scope.
    """

    type: Literal["organization"]


class APIKeyServiceAccountActor(BaseModel):
    """
    The API key acts as a Service Account.
    """

    service_account_id: str
    """
    ID of the Service Account.
    """
    type: Literal["service_account_actor"]


class APIKeyUpdateParams(BaseModel):
    """
    The API key fields to change; omitted fields keep their value.
    """

    name: Annotated[Optional[str], Field(max_length=500, min_length=1)] = None
    """
    New name of the API key.
    """
    status: Optional[Literal["active", "archived", "inactive"]] = None
    """
    New status of the API key.
    """


class APIKeyUserActor(BaseModel):
    """
    The API key acts as a User.
    """

    type: Literal["user_actor"]
    user_id: str
    """
    ID of the User.
    """


class APIKeyWorkspaceScope(BaseModel):
    """
    The API key belongs to one Workspace.
    """

    type: Literal["workspace"]
    workspace_id: str
    """
    ID of the Workspace, also when it is the organization's default Workspace.
    """


class BetaAnthropicHumanReview(BaseModel):
    """
    Whether Anthropic's human review applies to a Workspace's inference data.
    """

    type: Literal["disabled", "enabled"]


class BetaExternalStorageMember(BaseModel):
    """
    The organization's External Storage that `external_storage_id` names.
    """

    external_storage_id: str
    """
    ID of the External Storage (`estrg_…`); through Claude Platform on AWS, an `aws` storage's ID is its bucket ARN, `arn:<partition>:s3:::<bucket_name>`.
    """
    type: Literal["external"]


class BetaInternalStorage(BaseModel):
    """
    No External Storage for this kind of data.
    """

    type: Literal["internal"]


class DataResidency(BaseModel):
    """
    Where a Workspace stores data and where its requests may run inference.
    """

    allowed_inference_geos: Union[list[Literal["global", "us"]], Literal["unrestricted"]]
    """
    The inference geos requests may use, or `unrestricted` for all.
    """
    default_inference_geo: Literal["global", "us"]
    """
    The inference geo of requests that name none.
    """
    workspace_geo: Literal["us"]
    """
    Where the Workspace's data is stored; fixed at creation.
    """


class DataResidencyCreateConfigParam(BaseModel):
    """
    Data residency of a new Workspace; each omitted field takes its default.
    """

    allowed_inference_geos: Optional[Union[list[Literal["global", "us"]], Literal["unrestricted"]]] = None
    """
    The inference geos requests may use, or `unrestricted` (the default) for all.
    """
    default_inference_geo: Optional[Literal["global", "us"]] = None
    """
    The inference geo of requests that name none (default `global`); it must be allowed unless `allowed_inference_geos` is `unrestricted`.
    """
    workspace_geo: Optional[Literal["us"]] = None
    """
    Where the Workspace's data is stored (default `us`); it cannot change later.
    """


class DataResidencyUpdateConfigParam(BaseModel):
    """
    New inference geo settings of a Workspace; its storage geo cannot change.
    """

    allowed_inference_geos: Optional[Union[list[Literal["global", "us"]], Literal["unrestricted"]]] = None
    """
    The inference geos requests may use, or `unrestricted` for all.
    """
    default_inference_geo: Optional[Literal["global", "us"]] = None
    """
    The inference geo of requests that name none; it must be allowed unless `allowed_inference_geos` is `unrestricted`.
    """


class InviteCreateParams(BaseModel):
    """
    Who to invite and with which organization role.
    """

    email: str
    """
    Email address to send the Invite to.
    """
    rbac_group_ids: Optional[list[str]] = None
    """
    RBAC groups to add the User to on acceptance. Only Claude Enterprise organizations with RBAC groups accept a non-empty list, and the key needs the `write:rbac_groups` scope.
    """
    role: Literal["billing", "claude_code_user", "developer", "managed", "user"]
    """
    Organization role of the invited User. Console and API organizations accept `user`, `developer`, `billing` and `claude_code_user`; Claude Enterprise organizations accept `user` and `managed` (which also needs the `write:rbac_groups` scope).
    """


class InviteDeleteResponse(BaseModel):
    """
    The ID of the deleted Invite.
    """

    id: str
    """
    ID of the Invite.
    """
    type: Literal["invite_deleted"]


class MemberRemoveResponse(BaseModel):
    """
    The Workspace membership that was removed.
    """

    type: Literal["workspace_member_deleted"]
    user_id: str
    """
    ID of the User.
    """
    workspace_id: str
    """
    ID of the Workspace.
    """


class OrganizationInfo(BaseModel):
    """
    The organization the credential belongs to.
    """

    id: str
    """
    ID of the organization (a UUID).
    """
    name: str
    """
    Name of the organization.
    """
    type: Literal["organization"]


class OrganizationRateLimitBatchGroup(BaseModel):
    """
    The Message Batches API rate-limit group.
    """

    id: str
    """
    ID of the rate-limit group, the same in every organization.
    """
    type: Literal["batch"]


class OrganizationRateLimitFilesGroup(BaseModel):
    """
    The Files API rate-limit group.
    """

    id: str
    """
    ID of the rate-limit group, the same in every organization.
    """
    type: Literal["files"]


class OrganizationRateLimitModelGroup(BaseModel):
    """
    The rate-limit group of a model family.
    """

    display_name: str
    """
    Human-readable name of the model family, for display only.
    """
    id: str
    """
    ID of the rate-limit group, the same in every organization.
    """
    type: Literal["model_group"]


class OrganizationRateLimitSkillsGroup(BaseModel):
    """
    The Skills API rate-limit group.
    """

    id: str
    """
    ID of the rate-limit group, the same in every organization.
    """
    type: Literal["skills"]


class OrganizationRateLimitTokenCountGroup(BaseModel):
    """
    The token counting API rate-limit group.
    """

    id: str
    """
    ID of the rate-limit group, the same in every organization.
    """
    type: Literal["token_count"]


class OrganizationRateLimitValue(BaseModel):
    """
    One limiter of a rate-limit group.
    """

    type: str
    """
    The limiter type, such as `requests_per_minute`.
    """
    value: int
    """
    The configured limit.
    """


class OrganizationRateLimitWebSearchGroup(BaseModel):
    """
    The web search tool rate-limit group.
    """

    id: str
    """
    ID of the rate-limit group, the same in every organization.
    """
    type: Literal["web_search"]


class OrganizationUser(BaseModel):
    """
    A member of the organization.
    """

    added_at: AwareDatetime
    """
    When the User joined the organization.
    """
    email: str
    """
    Email address of the User.
    """
    id: str
    """
    ID of the User.
    """
    name: str
    """
    Name of the User.
    """
    role: Literal[
        "admin",
        "billing",
        "claude_code_user",
        "developer",
        "managed",
        "membership_admin",
        "owner",
        "primary_owner",
        "user",
    ]
    """
    A User's role in the organization. Console and API organizations use `user`, `developer`, `billing`, `admin` and `claude_code_user`; Claude Enterprise organizations use `user`, `owner`, `primary_owner`, `membership_admin` and `managed`.
    """
    type: Literal["user"]


class OrganizationUserListResponse(BaseModel):
    """
    One page of organization members.
    """

    data: list[OrganizationUser]
    has_more: bool
    """
    Whether more results exist beyond this page.
    """
    first_id: Optional[str]
    """
    The first ID in `data`; pass it as `before_id` for the previous page.
    """
    last_id: Optional[str]
    """
    The last ID in `data`; pass it as `after_id` for the next page.
    """


class ServiceAccountRemoveResponse(BaseModel):
    """
    The Service Account membership named in the removal; removal is idempotent.
    """

    service_account_id: str
    """
    ID of the Service Account (`svac_…`).
    """
    type: Literal["service_account_workspace_member_deleted"]
    workspace_id: str
    """
    ID of the Workspace (`wrkspc_…`).
    """


class UserRemoveResponse(BaseModel):
    """
    The ID of the User removed from the organization.
    """

    id: str
    """
    ID of the User.
    """
    type: Literal["user_deleted"]


class UserUpdateParams(BaseModel):
    """
    The member's new organization role.
    """

    role: Literal["billing", "claude_code_user", "developer", "managed", "user"]
    """
    New organization role. Console and API organizations accept `user`, `developer`, `billing` and `claude_code_user`; Claude Enterprise organizations accept `user` and `managed` (which also needs the `write:rbac_groups` scope).
    """


class WorkspaceMemberAddParams(BaseModel):
    """
    The User to add to the Workspace and their role.
    """

    user_id: str
    """
    ID of the User.
    """
    workspace_role: Literal[
        "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
    ]
    """
    A Workspace role other than `workspace_billing`.
    """


class WorkspaceRateLimitOrganizationSource(BaseModel):
    """
    No Workspace override is stored; the organization's value applies.
    """

    type: Literal["organization"]


class WorkspaceRateLimitUpdateValueParam(BaseModel):
    """
    One Workspace override to set or clear.
    """

    type: Literal[
        "fast_itpmca",
        "fast_otpm",
        "input_tokens_per_minute",
        "input_tokens_per_minute_cache_aware",
        "output_tokens_per_minute",
        "requests_per_minute",
        "tokens_per_day",
        "tokens_per_minute",
        "tool_uses_per_second",
    ]
    """
    A rate limiter type. `input_tokens_per_minute` counts cache reads; `input_tokens_per_minute_cache_aware` does not.
    """
    value: Optional[int]
    """
    The new Workspace limit, or null to clear the override and fall back to the organization's limit. The lower of this and the organization's limit applies.
    """


class WorkspaceRateLimitWorkspaceSource(BaseModel):
    """
    A Workspace override is stored.
    """

    type: Literal["workspace"]


class WorkspaceServiceAccountAddParams(BaseModel):
    """
    The Service Account to add to the Workspace and its role.
    """

    service_account_id: str
    """
    ID of the Service Account (`svac_…`).
    """
    workspace_role: Literal[
        "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
    ]
    """
    A Workspace role other than `workspace_billing`.
    """


class WorkspaceServiceAccountUpdateParams(BaseModel):
    """
    The Service Account's new Workspace role.
    """

    workspace_role: Literal[
        "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
    ]
    """
    A Workspace role other than `workspace_billing`.
    """


class OAuthTokenParams(BaseModel):
    """
    An OAuth 2.0 token request: either a jwt-bearer grant (RFC 7523) that exchanges an identity provider's JWT under a federation rule, or a refresh_token grant that renews a user's OAuth login.
    """

    grant_type: Literal["urn:ietf:params:oauth:grant-type:jwt-bearer", "refresh_token"]
    """
    The grant type, which decides the other required fields.
    """
    assertion: Optional[str] = None
    """
    jwt-bearer: the OIDC JWT issued by your identity provider (the SDK refuses more than 16 KiB).
    """
    federation_rule_id: Optional[str] = None
    """
    jwt-bearer: ID of the federation rule to evaluate (`fdrl_…`).
    """
    organization_id: Optional[str] = None
    """
    jwt-bearer: UUID of the organization.
    """
    service_account_id: Optional[str] = None
    """
    jwt-bearer: ID of the Service Account the token acts as (`svac_…`).
    """
    workspace_id: Optional[str] = None
    """
    jwt-bearer: the Workspace to scope the token to (`wrkspc_…`, or `default`); needed when the rule is enabled for more than one Workspace.
    """
    refresh_token: Optional[str] = None
    """
    refresh_token: the refresh token of the login.
    """
    client_id: Optional[str] = None
    """
    refresh_token: the OAuth client ID the login was issued to.
    """


class OAuthTokenResponse(BaseModel):
    """
    An OAuth 2.0 token response (RFC 6749 section 5.1).
    """

    access_token: str
    """
    The short-lived access token (`sk-ant-oat01-…`), sent as `Authorization: Bearer <token>`.
    """
    expires_in: int
    """
    Seconds until the access token expires.
    """
    refresh_token: Optional[str] = None
    """
    refresh_token grant: a rotated refresh token to use next time; keep the old one if absent.
    """
    scope: Optional[str] = None
    """
    The OAuth scopes granted, space-separated.
    """
    token_type: Literal["Bearer"]
    """
    Always `Bearer`.
    """


class RBACGroup(BaseModel):
    """
    A group of organization members that RBAC Roles can be attached to.
    """

    id: str
    """
    ID of the RBAC Group.
    """
    created_at: AwareDatetime
    name: str
    """
    The group's name; several groups may share one.
    """
    role_ids: Optional[list[str]] = None
    """
    IDs of the RBAC Roles attached to the group (read-only here); null when role data was briefly unavailable, which a retry tells apart from an empty list.
    """
    source_type: Literal["direct", "scim"]
    """
    `direct` for a group created in the admin settings or through this API, `scim` for one provisioned by the identity provider.
    """
    type: Literal["rbac_group"]
    updated_at: AwareDatetime


class DeletedRBACGroup(BaseModel):
    """
    The ID of a deleted RBAC Group.
    """

    id: str
    """
    ID of the deleted RBAC Group.
    """
    type: Literal["rbac_group_deleted"]


class RBACGroupMember(BaseModel):
    """
    One user's membership of an RBAC Group.
    """

    created_at: AwareDatetime
    """
    When the user was added to the group.
    """
    email: str
    """
    The user's email address.
    """
    rbac_group_id: str
    type: Literal["rbac_group_member"]
    user_id: str


class DeletedRBACGroupMember(BaseModel):
    """
    The group and user of a removed RBAC Group membership.
    """

    rbac_group_id: str
    type: Literal["rbac_group_member_deleted"]
    user_id: str


class RBACGroupCreateParams(BaseModel):
    name: str
    """
    The group's name; it need not be unique.
    """


class RBACGroupUpdateParams(BaseModel):
    name: Optional[str] = None
    """
    The group's new name; it need not be unique.
    """


class RBACGroupMemberAddParams(BaseModel):
    user_id: str
    """
    ID of the user to add to the group.
    """


class RBACGroupListResponse(BaseModel):
    """
    One page of RBAC Groups.
    """

    data: list[RBACGroup]
    next_page: Optional[str]
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class RBACGroupMemberListResponse(BaseModel):
    """
    One page of an RBAC Group's members.
    """

    data: list[RBACGroupMember]
    next_page: Optional[str]
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class RBACRoleSourceBuiltIn(BaseModel):
    """
    A role Anthropic provides, which administrators cannot change or delete.
    """

    type: Literal["built_in"]


class RBACRoleSourceCustom(BaseModel):
    """
    A role the organization's administrators defined and may change or delete.
    """

    type: Literal["custom"]


class RBACOrganizationPermissionResource(BaseModel):
    """
    The permission applies to an organization.
    """

    organization_id: str
    """
    UUID of the organization.
    """
    type: Literal["organization"]


class RBACConnectorToolPermissionResource(BaseModel):
    """
    The permission applies to one tool of a connector.
    """

    connector_id: str
    tool_name: str
    """
    The tool's published name, or a stable server-encoded `{prefix}_{32-hex}` form when the name has characters outside `[a-zA-Z0-9_-]`.
    """
    type: Literal["connector_tool"]


class RBACConnectorScopePermissionResource(BaseModel):
    """
    The permission applies to one OAuth scope of a connector.
    """

    connector_id: str
    scope: str
    """
    The OAuth scope the role may receive for the connector, server-encoded like `tool_name` when it has characters outside `[a-zA-Z0-9_-]`.
    """
    type: Literal["connector_scope"]


class RBACConnectorPermissionResource(BaseModel):
    """
    The permission applies to one connector.
    """

    connector_id: str
    type: Literal["connector"]


class RBACAllConnectorsPermissionResource(BaseModel):
    """
    The permission applies to every connector.
    """

    type: Literal["all_connectors"]


class BetaDeletedPlugin(BaseModel):
    """
    The ID of a deleted Plugin.
    """

    id: str
    """
    ID of the deleted Plugin.
    """
    type: Literal["plugin_deleted"]


class BetaPluginComponent(BaseModel):
    """
    One component a Plugin version declares.
    """

    description: Optional[str] = None
    """
    What the component says about itself; always null for MCP servers, hooks and CLIs.
    """
    name: str
    """
    The component's name: a skill's, command's or agent's name, an MCP server's manifest key, a hook's event, or a CLI's executable.
    """
    type: Literal["agent", "cli", "command", "hook", "mcp_server", "skill"]


class BetaPluginContentScan(BaseModel):
    """
    The outcome of scanning a Plugin version's content.
    """

    assessment: Optional[Literal["fail", "pass", "unknown", "warn"]] = None
    """
    The verdict, set only when `status` is `completed`; `warn` may be a `fail` allowed in claude.ai.
    """
    reason: Optional[str] = None
    """
    The main mechanism behind a `warn` or `fail` (such as `credential-exposure`), or on an `errored` scan why there is no verdict (`scan-invalid-archive`, `scan-did-not-finish`, `scan-unavailable`); else null.
    """
    status: Literal["completed", "errored", "processing"]
    """
    `processing` while the scan runs, `completed` when it finished, `errored` when it could not run.
    """


class BetaPluginUserActor(BaseModel):
    """
    A member of the organization.
    """

    email_address: Optional[str] = None
    """
    The member's email address; may be null, for example after they left the organization.
    """
    type: Literal["user_actor"]
    user_id: str


class BetaPluginAPIActor(BaseModel):
    """
    An Admin API key.
    """

    api_key_id: str
    """
    ID of the API key.
    """
    type: Literal["api_actor"]


class BetaPluginOwnerOrganization(BaseModel):
    """
    The Plugin or marketplace belongs to the organization.
    """

    type: Literal["organization"]


class BetaPluginOwnerUser(BaseModel):
    """
    The Plugin or marketplace belongs to one member's personal plugin marketplace.
    """

    type: Literal["user"]
    user_id: str
    """
    The member's user ID.
    """


class BetaPluginTargetOrganization(BaseModel):
    """
    Every member of the organization.
    """

    type: Literal["organization"]


class BetaPluginTargetRBACGroup(BaseModel):
    """
    The members of one RBAC Group.
    """

    rbac_group_id: str
    type: Literal["rbac_group"]


class BetaPluginTargetOrganizationMember(BaseModel):
    """
    One member of the organization.
    """

    type: Literal["organization_member"]
    user_id: str
    """
    The member's user ID.
    """


class BetaPluginVersion(BaseModel):
    """
    One stored version of a Plugin.
    """

    id: str
    """
    ID of the version (prefixed `pluginver_`).
    """
    components: Optional[list[BetaPluginComponent]] = None
    """
    What the version contains; null when not enumerated.
    """
    content_scan: Optional[BetaPluginContentScan] = None
    """
    The version's content scan; null when it was not scanned.
    """
    created_at: AwareDatetime
    created_by: Optional[Union[BetaPluginUserActor, BetaPluginAPIActor]] = None
    """
    Who uploaded the version; null when nobody is recorded.
    """
    description: Optional[str] = None
    """
    The manifest's description; null when it has none (may exceed the 500-character upload limit).
    """
    display_name: Optional[str] = None
    """
    The manifest's display name; null when it has none.
    """
    manifest_version: Optional[str] = None
    """
    The manifest's `version` normalized for display (one leading `v` dropped; 1-64 characters starting with a digit), else null.
    """
    plugin_id: str
    reach: Optional[Literal["contained", "privileged", "remote"]] = None
    """
    How far the version reaches, as defined on the Plugin's `reach`.
    """
    release_notes: Optional[str] = None
    """
    The release notes uploaded with the version; null when there were none.
    """
    type: Literal["plugin_version"]


class BetaPluginInstallationSetting(BaseModel):
    """
    The installation setting an organization-owned Plugin holds for one target; it has no ID and is addressed by the Plugin and the target.
    """

    created_at: AwareDatetime
    """
    When the target first got a setting for the Plugin.
    """
    installation_preference: Literal["auto_install", "available", "not_available", "required"]
    """
    The target's setting; values this API does not name yet are passed through.
    """
    plugin_id: str
    target: Annotated[
        Union[BetaPluginTargetOrganization, BetaPluginTargetRBACGroup, BetaPluginTargetOrganizationMember],
        Field(discriminator="type"),
    ]
    """
    Whose setting this is, the organization or one RBAC Group (`organization_member` does not occur here).
    """
    type: Literal["plugin_installation_setting"]
    updated_at: AwareDatetime
    """
    When the setting last changed.
    """


class BetaDeletedPluginInstallationSetting(BaseModel):
    """
    Confirms that a target's installation setting was removed, naming the Plugin and the target.
    """

    plugin_id: str
    target: Annotated[
        Union[BetaPluginTargetOrganization, BetaPluginTargetRBACGroup, BetaPluginTargetOrganizationMember],
        Field(discriminator="type"),
    ]
    """
    Whose setting was removed.
    """
    type: Literal["plugin_installation_setting_deleted"]


class BetaPluginShare(BaseModel):
    """
    One share the owner of a member-owned Plugin has given; shares are read-only here and have no ID.
    """

    granted_at: AwareDatetime
    """
    When the share was given (or last re-granted by a role change in claude.ai).
    """
    plugin_id: str
    target: Annotated[
        Union[BetaPluginTargetOrganization, BetaPluginTargetRBACGroup, BetaPluginTargetOrganizationMember],
        Field(discriminator="type"),
    ]
    """
    Who the Plugin is shared with.
    """
    type: Literal["plugin_share"]


class PluginCreateParams(BaseModel):
    """
    The multipart form that creates a Plugin and its first version.
    """

    files__: Annotated[list[str], Field(alias="files[]")]
    """
    The version's files, one part per file named by its path in the Plugin (such as `skills/review-pr/SKILL.md`), or one `.zip` or `.plugin` archive; they must include `.claude-plugin/plugin.json`.
    """
    marketplace_id: Optional[str] = None
    """
    ID of the organization's `manual` marketplace to create the Plugin in; defaults to the organization's library marketplace.
    """
    release_notes: Annotated[Optional[str], Field(max_length=5000)] = None
    """
    Release notes stored with the version and shown in claude.ai.
    """


class PluginUpdateParams(BaseModel):
    served_version_id: str
    """
    ID of the version to serve and pin (prefixed `pluginver_`; `latest` is not accepted).
    """


class PluginVersionCreateParams(BaseModel):
    """
    The multipart form that adds a version to a Plugin.
    """

    files__: Annotated[list[str], Field(alias="files[]")]
    """
    The version's files, one part per file named by its path in the Plugin, or one `.zip` or `.plugin` archive; the manifest's `name` must equal the Plugin's.
    """
    release_notes: Annotated[Optional[str], Field(max_length=5000)] = None
    """
    Release notes stored with the version and shown in claude.ai.
    """


class PluginInstallationSettingSetParams(BaseModel):
    installation_preference: Literal["auto_install", "available", "not_available", "required"]
    """
    The setting the target is to hold for the Plugin.
    """


class BetaPluginVersionListResponse(BaseModel):
    """
    One page of a Plugin's versions, newest first.
    """

    data: list[BetaPluginVersion]
    next_page: Optional[str]
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaPluginInstallationSettingListResponse(BaseModel):
    """
    One page of a Plugin's installation settings, most recently created first.
    """

    data: list[BetaPluginInstallationSetting]
    next_page: Optional[str]
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaPluginShareListResponse(BaseModel):
    """
    One page of a Plugin's shares, most recently granted first.
    """

    data: list[BetaPluginShare]
    next_page: Optional[str]
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaPluginMarketplace(BaseModel):
    """
    A plugin marketplace, the organization's own or a member's personal one.
    """

    id: str
    """
    ID of the marketplace (prefixed `marketplace_`).
    """
    created_at: AwareDatetime
    default_installation_preference: Optional[Literal["auto_install", "available", "not_available", "required"]] = None
    """
    For an organization marketplace, the organization-wide setting of each Plugin in it without its own; null for a member's personal marketplace.
    """
    last_sync_ended_at: Optional[AwareDatetime] = None
    """
    When the latest synchronization attempt finished; null unless synchronized from a repository.
    """
    last_sync_read_sha: Optional[str] = None
    """
    The commit the latest synchronization attempt read; null before the first read or when not synchronized.
    """
    name: str
    """
    The marketplace's name, fixed for its lifetime.
    """
    owner: Annotated[Union[BetaPluginOwnerOrganization, BetaPluginOwnerUser], Field(discriminator="type")]
    """
    The organization, or the member whose personal marketplace it is.
    """
    source: Literal["directory", "github", "gitlab", "manual", "public_git"]
    """
    Where its Plugins come from: `manual` (uploaded), `github`, `gitlab` or `public_git` (synchronized from a repository), or `directory` (Anthropic's catalog, never listed here).
    """
    sync_status: Optional[
        Literal["failed_auth", "failed_content", "failed_limits", "failed_transient", "in_progress", "success"]
    ] = None
    """
    The outcome of the latest synchronization; null until one is attempted (so always for `manual`).
    """
    type: Literal["plugin_marketplace"]


class BetaPluginMarketplaceValidationPluginErrorObject(BaseModel):
    """
    A plugin a synchronization would skip, and why.
    """

    error: str
    """
    Why the plugin would be skipped.
    """
    error_code: str
    """
    A stable identifier for the reason, to branch on.
    """
    name: str
    """
    The plugin's name in marketplace.json.
    """


class BetaPluginMarketplaceValidationPluginWarning(BaseModel):
    """
    One part of a plugin that would be left out.
    """

    error_code: str
    """
    A stable identifier for the kind of warning.
    """
    message: str
    """
    What would be left out, and why.
    """


class PluginMarketplaceUpdateParams(BaseModel):
    default_installation_preference: Literal["auto_install", "available", "not_available", "required"]
    """
    The organization-wide setting for every Plugin in the marketplace without its own; it cannot be removed once set.
    """


class PluginMarketplaceValidateArchiveParams(BaseModel):
    """
    The multipart form carrying the marketplace archive to check.
    """

    archive: Annotated[str, Field(json_schema_extra={"contentMediaType": "application/octet-stream"})]
    """
    A `.zip` of the marketplace directory (at its root or inside one folder), sent as a file part with a filename; DEFLATE or STORE, at most 32 MB.
    """


class Ref(RootModel[str]):
    root: Annotated[str, Field(max_length=255, min_length=1)]
    """
    A branch name, or a full 40-character commit SHA; defaults to the branch a synchronization would read.
    """


class PluginMarketplaceValidateRepositoryParams(BaseModel):
    repository_url: Annotated[str, Field(max_length=2048)]
    """
    The `https://github.com/owner/repo` URL of a public GitHub repository holding the marketplace.
    """
    ref: Optional[Ref] = None
    """
    A branch name, or a full 40-character commit SHA; defaults to the branch a synchronization would read.
    """


class BetaPluginMarketplaceListResponse(BaseModel):
    """
    One page of plugin marketplaces, newest first.
    """

    data: list[BetaPluginMarketplace]
    next_page: Optional[str]
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaOrganizationWebhookEndpoint(BaseModel):
    """
    A webhook endpoint that belongs to the organization rather than to one of its Workspaces.
    """

    id: str
    """
    ID of the webhook endpoint.
    """
    created_at: AwareDatetime
    description: str
    """
    Notes about the endpoint; empty when none were given.
    """
    disabled_reason: str
    """
    Why Anthropic disabled the endpoint automatically; empty when it is enabled or you disabled it.
    """
    enabled_events: list[
        Literal[
            "external_key.failed",
            "external_key.recovered",
            "external_storage.failed",
            "external_storage.recovered",
            "user_profile.enforcement_action_opened",
            "user_profile.enforcement_action_resolved",
            "user_profile.program_status_updated",
        ]
    ]
    """
    The event types delivered to the endpoint.
    """
    name: str
    """
    A short label; empty when none was given.
    """
    state: Literal["disabled", "enabled"]
    """
    Whether deliveries are sent to the endpoint.
    """
    updated_at: AwareDatetime
    url: str
    """
    The HTTPS URL deliveries are sent to.
    """


class BetaNewOrganizationWebhookEndpoint(BaseModel):
    """
    A newly created organization webhook endpoint, with the signing secret no other response returns.
    """

    id: str
    """
    ID of the webhook endpoint.
    """
    created_at: AwareDatetime
    description: str
    """
    Notes about the endpoint; empty when none were given.
    """
    disabled_reason: str
    """
    Why Anthropic disabled the endpoint automatically; empty when it is enabled or you disabled it.
    """
    enabled_events: list[
        Literal[
            "external_key.failed",
            "external_key.recovered",
            "external_storage.failed",
            "external_storage.recovered",
            "user_profile.enforcement_action_opened",
            "user_profile.enforcement_action_resolved",
            "user_profile.program_status_updated",
        ]
    ]
    """
    The event types delivered to the endpoint.
    """
    name: str
    """
    A short label; empty when none was given.
    """
    signing_secret: str
    """
    The secret deliveries are signed with (prefixed `whsec_`); store it now.
    """
    state: Literal["disabled", "enabled"]
    """
    Whether deliveries are sent to the endpoint.
    """
    updated_at: AwareDatetime
    url: str
    """
    The HTTPS URL deliveries are sent to.
    """


class BetaOrganizationWebhookEndpointSigningSecret(BaseModel):
    """
    An organization webhook endpoint's new signing secret.
    """

    signing_secret: str
    """
    The new secret, used for deliveries from now on and returned by no other response.
    """


class BetaDeletedOrganizationWebhookEndpoint(BaseModel):
    """
    The ID of a deleted organization webhook endpoint.
    """

    id: str
    """
    ID of the deleted webhook endpoint.
    """
    type: Literal["webhook_endpoint_deleted"]


class OrganizationWebhookCreateParams(BaseModel):
    enabled_events: Annotated[
        list[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ],
        Field(min_length=1),
    ]
    """
    The event types to deliver; at least one.
    """
    url: Annotated[str, Field(min_length=1)]
    """
    The HTTPS URL deliveries are sent to.
    """
    description: Optional[str] = None
    """
    Notes about the endpoint.
    """
    name: Optional[str] = None
    """
    A short label for the endpoint.
    """


class OrganizationWebhookUpdateParams(BaseModel):
    """
    The fields to change; fields left out keep their values.
    """

    description: Optional[str] = None
    """
    Notes about the endpoint.
    """
    enabled_events: Optional[
        list[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ]
    ] = None
    """
    The event types to deliver, replacing the whole set; an empty list leaves it unchanged.
    """
    name: Optional[str] = None
    """
    A short label for the endpoint.
    """
    state: Optional[Literal["disabled", "enabled"]] = None
    """
    Whether deliveries are sent to the endpoint.
    """
    url: Optional[str] = None
    """
    The HTTPS URL deliveries are sent to.
    """


class BetaOrganizationWebhookEndpointListResponse(BaseModel):
    """
    One page of organization webhook endpoints.
    """

    data: list[BetaOrganizationWebhookEndpoint]
    has_more: bool
    """
    Whether more results exist beyond this page.
    """
    first_id: Optional[str]
    """
    The first ID in `data`; pass it as `before_id` for the previous page.
    """
    last_id: Optional[str]
    """
    The last ID in `data`; pass it as `after_id` for the next page.
    """


class BetaManagedAgentsAgentAutoEvaluatedPermissionAllow(BaseModel):
    type: Literal["allow"]


class BetaManagedAgentsAgentAutoEvaluatedPermissionAsk(BaseModel):
    reason_code: str
    """
    Machine-readable ground for the decision; an open set of values.
    """
    type: Literal["ask"]


class BetaManagedAgentsAgentAutoEvaluatedPermissionDeny(BaseModel):
    reason_code: str
    """
    Machine-readable ground for the decision; an open set of values.
    """
    type: Literal["deny"]


class BetaManagedAgentsAgentCustomToolUseEvent(BaseModel):
    """
    agent.custom_tool_use: the agent calls one of the caller's custom tools.
    """

    id: str
    """
    Unique identifier of this object.
    """
    input: dict[str, Any]
    name: str
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    session_thread_id: Optional[str] = None
    """
    The thread of the session this event belongs to.
    """
    type: Literal["agent.custom_tool_use"]


class BetaManagedAgentsAgentMessagePreview(BaseModel):
    id: str
    """
    Unique identifier of this object.
    """
    type: Literal["agent.message"]


class BetaManagedAgentsAgentThinkingEvent(BaseModel):
    """
    agent.thinking: the agent thought before answering.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["agent.thinking"]


class BetaManagedAgentsAgentThinkingPreview(BaseModel):
    id: str
    """
    Unique identifier of this object.
    """
    type: Literal["agent.thinking"]


class BetaManagedAgentsAgentThreadContextCompactedEvent(BaseModel):
    """
    agent.thread_context_compacted: a thread's history was compacted to fit its context window.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["agent.thread_context_compacted"]


class BetaManagedAgentsAgentToolEvaluationAlwaysAllow(BaseModel):
    type: Literal["always_allow"]


class BetaManagedAgentsAgentToolEvaluationAlwaysAsk(BaseModel):
    type: Literal["always_ask"]


class BetaManagedAgentsBase64DocumentSource(BaseModel):
    data: str
    """
    The items of this page.
    """
    media_type: str
    type: Literal["base64"]


class BetaManagedAgentsBase64DocumentSourceParam(BaseModel):
    data: str
    """
    The items of this page.
    """
    media_type: str
    type: Literal["base64"]


class BetaManagedAgentsBase64ImageSource(BaseModel):
    data: str
    """
    The items of this page.
    """
    media_type: str
    type: Literal["base64"]


class BetaManagedAgentsBase64ImageSourceParam(BaseModel):
    data: str
    """
    The items of this page.
    """
    media_type: str
    type: Literal["base64"]


class BetaManagedAgentsBranchCheckout(BaseModel):
    name: str
    type: Literal["branch"]


class BetaManagedAgentsBranchCheckoutParam(BaseModel):
    name: str
    type: Literal["branch"]


class BetaManagedAgentsCacheCreationUsage(BaseModel):
    ephemeral_1h_input_tokens: Optional[int] = None
    """
    Input tokens written to the 1-hour prompt cache.
    """
    ephemeral_5m_input_tokens: Optional[int] = None
    """
    Input tokens written to the 5-minute prompt cache.
    """


class BetaManagedAgentsCommitCheckout(BaseModel):
    sha: str
    type: Literal["commit"]


class BetaManagedAgentsCommitCheckoutParam(BaseModel):
    sha: str
    type: Literal["commit"]


class BetaManagedAgentsDeleteSessionResource(BaseModel):
    """
    Confirmation that a resource was removed from a session.
    """

    id: str
    """
    Unique identifier of this object.
    """
    type: Literal["session_resource_deleted"]


class BetaManagedAgentsDeletedSession(BaseModel):
    """
    Confirmation that a session was deleted.
    """

    id: str
    """
    Unique identifier of this object.
    """
    type: Literal["session_deleted"]


class BetaManagedAgentsDeltaType(RootModel[Literal["agent.message", "agent.thinking"]]):
    root: Literal["agent.message", "agent.thinking"]
    """
    An event type whose production can be previewed with event_start and event_delta.
    """


class BetaManagedAgentsFileDocumentSource(BaseModel):
    file_id: str
    """
    ID of an uploaded file (Files API).
    """
    type: Literal["file"]


class BetaManagedAgentsFileDocumentSourceParam(BaseModel):
    file_id: str
    """
    ID of an uploaded file (Files API).
    """
    type: Literal["file"]


class BetaManagedAgentsFileImageSource(BaseModel):
    file_id: str
    """
    ID of an uploaded file (Files API).
    """
    type: Literal["file"]


class BetaManagedAgentsFileImageSourceParam(BaseModel):
    file_id: str
    """
    ID of an uploaded file (Files API).
    """
    type: Literal["file"]


class BetaManagedAgentsFileResource(BaseModel):
    """
    A file mounted in a session.
    """

    created_at: AwareDatetime
    """
    When the object was created.
    """
    file_id: str
    """
    ID of an uploaded file (Files API).
    """
    id: str
    """
    Unique identifier of this object.
    """
    mount_path: str
    """
    Where the resource is mounted in the session's container.
    """
    type: Literal["file"]
    updated_at: AwareDatetime
    """
    When the object was last changed.
    """


class BetaManagedAgentsFileResourceParams(BaseModel):
    file_id: str
    """
    ID of an uploaded file (Files API).
    """
    mount_path: Optional[str] = None
    """
    Where the resource is mounted in the session's container.
    """
    type: Literal["file"]


class BetaManagedAgentsFileRubric(BaseModel):
    file_id: str
    """
    ID of an uploaded file (Files API).
    """
    type: Literal["file"]


class BetaManagedAgentsFileRubricParams(BaseModel):
    file_id: str
    """
    ID of an uploaded file (Files API).
    """
    type: Literal["file"]


class BetaManagedAgentsGitHubRepositoryResource(BaseModel):
    """
    A GitHub repository cloned into a session.
    """

    checkout: Optional[Union[BetaManagedAgentsBranchCheckout, BetaManagedAgentsCommitCheckout]] = None
    created_at: AwareDatetime
    """
    When the object was created.
    """
    id: str
    """
    Unique identifier of this object.
    """
    mount_path: str
    """
    Where the resource is mounted in the session's container.
    """
    type: Literal["github_repository"]
    updated_at: AwareDatetime
    """
    When the object was last changed.
    """
    url: str


class BetaManagedAgentsGitHubRepositoryResourceParams(BaseModel):
    authorization_token: Optional[str] = None
    """
    A token the server uses to reach the repository; write-only, never returned.
    """
    checkout: Optional[Union[BetaManagedAgentsBranchCheckoutParam, BetaManagedAgentsCommitCheckoutParam]] = None
    mount_path: Optional[str] = None
    """
    Where the resource is mounted in the session's container.
    """
    type: Literal["github_repository"]
    url: str


class BetaManagedAgentsMaxWorkflowRunsWorkflowRunErrorObject(BaseModel):
    message: str
    type: Literal["max_workflow_runs_error"]


class BetaManagedAgentsMemoryStoreResource(BaseModel):
    """
    A memory store mounted in a session.
    """

    access: Optional[Literal["read_write", "read_only"]] = None
    """
    Whether the session may write to the store or only read it.
    """
    description: Optional[str] = None
    instructions: Optional[str] = None
    memory_store_id: str
    """
    ID of the memory store.
    """
    mount_path: Optional[str] = None
    """
    Where the resource is mounted in the session's container.
    """
    name: Optional[str] = None
    type: Literal["memory_store"]


class BetaManagedAgentsMemoryStoreResourceParam(BaseModel):
    access: Optional[Literal["read_write", "read_only"]] = None
    """
    Whether the session may write to the store or only read it.
    """
    instructions: Optional[str] = None
    memory_store_id: str
    """
    ID of the memory store.
    """
    type: Literal["memory_store"]


class BetaManagedAgentsModelParam(
    RootModel[
        Union[
            Literal[
                "claude-fable-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-opus-5-5",
                "claude-fable-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
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
        ]
    ]
):
    root: Union[
        Literal[
            "claude-fable-5-2",
            "claude-haiku-5-5",
            "claude-sonnet-5-5",
            "claude-opus-5-5",
            "claude-fable-5-1",
            "claude-sonnet-5",
            "claude-fable-5",
            "claude-opus-5",
            "claude-opus-4-8",
            "claude-opus-4-7",
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
    ]


class BetaManagedAgentsOutcomeEvaluationResource(BaseModel):
    completed_at: Optional[AwareDatetime] = None
    description: str
    explanation: Optional[str] = None
    """
    Human-readable explanation; its wording may change.
    """
    iteration: int
    """
    Zero-based count of evaluation rounds for this outcome.
    """
    outcome_id: str
    """
    The outcome this evaluation is about.
    """
    result: str
    type: Literal["outcome_evaluation"]


class BetaManagedAgentsPlainTextDocumentSource(BaseModel):
    data: str
    """
    The items of this page.
    """
    media_type: Literal["text/plain"]
    type: Literal["text"]


class BetaManagedAgentsPlainTextDocumentSourceParam(BaseModel):
    data: str
    """
    The items of this page.
    """
    media_type: Literal["text/plain"]
    type: Literal["text"]


class BetaManagedAgentsProgramWorkflowRunErrorObject(BaseModel):
    message: str
    type: Literal["program_error"]


class BetaManagedAgentsRedactedBlock(BaseModel):
    type: Literal["redacted"]


class BetaManagedAgentsRedactedBlockParam(BaseModel):
    type: Literal["redacted"]


class BetaManagedAgentsRetryStatusExhausted(BaseModel):
    type: Literal["exhausted"]


class BetaManagedAgentsRetryStatusRetrying(BaseModel):
    type: Literal["retrying"]


class BetaManagedAgentsRetryStatusTerminal(BaseModel):
    type: Literal["terminal"]


class BetaManagedAgentsSearchResultCitations(BaseModel):
    enabled: bool


class BetaManagedAgentsSearchResultCitationsParam(BaseModel):
    enabled: bool


class BetaManagedAgentsSearchResultContent(BaseModel):
    text: str
    type: Literal["text"]


class BetaManagedAgentsSearchResultContentParam(BaseModel):
    text: str
    type: Literal["text"]


class BetaManagedAgentsServerToolUsage(BaseModel):
    web_fetch_requests: Optional[int] = None
    web_search_requests: Optional[int] = None


class BetaManagedAgentsSessionBudgetReached(BaseModel):
    type: Literal["budget_reached"]


class BetaManagedAgentsSessionDeletedEvent(BaseModel):
    """
    session.deleted: the session was deleted.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["session.deleted"]


class BetaManagedAgentsSessionEndTurn(BaseModel):
    type: Literal["end_turn"]


class BetaManagedAgentsSessionEventType(
    RootModel[
        Literal[
            "user.message",
            "user.interrupt",
            "user.tool_confirmation",
            "user.custom_tool_result",
            "agent.custom_tool_use",
            "agent.message",
            "agent.thinking",
            "agent.mcp_tool_use",
            "agent.mcp_tool_result",
            "agent.tool_use",
            "agent.tool_result",
            "agent.thread_message_received",
            "agent.thread_message_sent",
            "agent.thread_context_compacted",
            "session.error",
            "session.status_rescheduled",
            "session.status_running",
            "session.status_idle",
            "session.status_terminated",
            "session.thread_created",
            "span.outcome_evaluation_start",
            "span.outcome_evaluation_end",
            "span.model_request_start",
            "span.model_request_end",
            "span.outcome_evaluation_ongoing",
            "user.define_outcome",
            "session.thread_status_running",
            "session.thread_status_idle",
            "session.thread_status_terminated",
            "user.tool_result",
            "session.thread_status_rescheduled",
            "session.updated",
            "system.message",
            "session.usage",
            "workflow_run.created",
            "workflow_run.status_running",
            "workflow_run.status_idle",
            "workflow_run.status_ended",
            "workflow_run.error",
            "workflow_run.phase_started",
            "workflow_run.phase_ended",
        ]
    ]
):
    root: Literal[
        "user.message",
        "user.interrupt",
        "user.tool_confirmation",
        "user.custom_tool_result",
        "agent.custom_tool_use",
        "agent.message",
        "agent.thinking",
        "agent.mcp_tool_use",
        "agent.mcp_tool_result",
        "agent.tool_use",
        "agent.tool_result",
        "agent.thread_message_received",
        "agent.thread_message_sent",
        "agent.thread_context_compacted",
        "session.error",
        "session.status_rescheduled",
        "session.status_running",
        "session.status_idle",
        "session.status_terminated",
        "session.thread_created",
        "span.outcome_evaluation_start",
        "span.outcome_evaluation_end",
        "span.model_request_start",
        "span.model_request_end",
        "span.outcome_evaluation_ongoing",
        "user.define_outcome",
        "session.thread_status_running",
        "session.thread_status_idle",
        "session.thread_status_terminated",
        "user.tool_result",
        "session.thread_status_rescheduled",
        "session.updated",
        "system.message",
        "session.usage",
        "workflow_run.created",
        "workflow_run.status_running",
        "workflow_run.status_idle",
        "workflow_run.status_ended",
        "workflow_run.error",
        "workflow_run.phase_started",
        "workflow_run.phase_ended",
    ]
    """
    The type of a session event.
    """


class BetaManagedAgentsSessionRefusal(BaseModel):
    type: Literal["refusal"]


class BetaManagedAgentsSessionRefusalStopDetails(BaseModel):
    category: Optional[Literal["cyber", "bio", "frontier_llm", "reasoning_extraction", "general_harms"]] = None
    explanation: Optional[str] = None
    """
    Human-readable explanation; its wording may change.
    """
    type: Literal["refusal"]


class BetaManagedAgentsSessionRequiresAction(BaseModel):
    event_ids: list[str]
    """
    IDs of the events the agent is waiting on.
    """
    type: Literal["requires_action"]


class BetaManagedAgentsSessionResourceListResponse(BaseModel):
    """
    One page of session resources.
    """

    data: list[
        Annotated[
            Union[
                BetaManagedAgentsGitHubRepositoryResource,
                BetaManagedAgentsFileResource,
                BetaManagedAgentsMemoryStoreResource,
            ],
            Field(discriminator="type"),
        ]
    ]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page; null when this is the last page.
    """


class BetaManagedAgentsSessionRetriesExhausted(BaseModel):
    type: Literal["retries_exhausted"]


class BetaManagedAgentsSessionStats(BaseModel):
    """
    Timing statistics of a session.
    """

    active_seconds: Optional[float] = None
    """
    Seconds spent running, excluding idle time.
    """
    duration_seconds: Optional[float] = None
    """
    Seconds since creation.
    """


class BetaManagedAgentsSessionStatusIdleEvent(BaseModel):
    """
    session.status_idle: the session stopped and waits for input.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    stop_details: Optional[BetaManagedAgentsSessionRefusalStopDetails] = None
    stop_reason: Annotated[
        Union[
            BetaManagedAgentsSessionEndTurn,
            BetaManagedAgentsSessionRequiresAction,
            BetaManagedAgentsSessionRetriesExhausted,
            BetaManagedAgentsSessionBudgetReached,
            BetaManagedAgentsSessionRefusal,
        ],
        Field(discriminator="type"),
    ]
    """
    Why the session or thread stopped running.
    """
    type: Literal["session.status_idle"]


class BetaManagedAgentsSessionStatusRescheduledEvent(BaseModel):
    """
    session.status_rescheduled: the session is retrying after a transient error.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["session.status_rescheduled"]


class BetaManagedAgentsSessionStatusRunningEvent(BaseModel):
    """
    session.status_running: the session started running.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["session.status_running"]


class BetaManagedAgentsSessionStatusTerminatedEvent(BaseModel):
    """
    session.status_terminated: the session ended.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["session.status_terminated"]


class BetaManagedAgentsSessionThreadCreatedEvent(BaseModel):
    """
    session.thread_created: a new thread started in the session.
    """

    agent_name: str
    """
    Name of the agent that produced the event.
    """
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    session_thread_id: str
    """
    The thread of the session this event belongs to.
    """
    type: Literal["session.thread_created"]
    workflow_run_id: Optional[str] = None
    """
    The workflow run this event belongs to.
    """


class BetaManagedAgentsSessionThreadStats(BaseModel):
    active_seconds: Optional[float] = None
    """
    Seconds spent running, excluding idle time.
    """
    duration_seconds: Optional[float] = None
    """
    Seconds since creation.
    """
    startup_seconds: Optional[float] = None
    """
    Seconds from creation until it started running.
    """


class BetaManagedAgentsSessionThreadStatusIdleEvent(BaseModel):
    """
    session.thread_status_idle: a thread stopped and waits.
    """

    agent_name: str
    """
    Name of the agent that produced the event.
    """
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    session_thread_id: str
    """
    The thread of the session this event belongs to.
    """
    stop_details: Optional[BetaManagedAgentsSessionRefusalStopDetails] = None
    stop_reason: Annotated[
        Union[
            BetaManagedAgentsSessionEndTurn,
            BetaManagedAgentsSessionRequiresAction,
            BetaManagedAgentsSessionRetriesExhausted,
            BetaManagedAgentsSessionBudgetReached,
            BetaManagedAgentsSessionRefusal,
        ],
        Field(discriminator="type"),
    ]
    """
    Why the session or thread stopped running.
    """
    type: Literal["session.thread_status_idle"]


class BetaManagedAgentsSessionThreadStatusRescheduledEvent(BaseModel):
    """
    session.thread_status_rescheduled: a thread is retrying after a transient error.
    """

    agent_name: str
    """
    Name of the agent that produced the event.
    """
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    session_thread_id: str
    """
    The thread of the session this event belongs to.
    """
    type: Literal["session.thread_status_rescheduled"]


class BetaManagedAgentsSessionThreadStatusRunningEvent(BaseModel):
    """
    session.thread_status_running: a thread started running.
    """

    agent_name: str
    """
    Name of the agent that produced the event.
    """
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    session_thread_id: str
    """
    The thread of the session this event belongs to.
    """
    type: Literal["session.thread_status_running"]


class BetaManagedAgentsSessionThreadStatusTerminatedEvent(BaseModel):
    """
    session.thread_status_terminated: a thread ended.
    """

    agent_name: str
    """
    Name of the agent that produced the event.
    """
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    session_thread_id: str
    """
    The thread of the session this event belongs to.
    """
    type: Literal["session.thread_status_terminated"]


class BetaManagedAgentsSpanModelRequestStartEvent(BaseModel):
    """
    span.model_request_start: a model request began.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["span.model_request_start"]


class BetaManagedAgentsSpanModelUsage(BaseModel):
    cache_creation_input_tokens: int
    """
    Input tokens written to the prompt cache.
    """
    cache_read_input_tokens: int
    """
    Input tokens read from the prompt cache.
    """
    input_tokens: int
    """
    Uncached input tokens.
    """
    output_tokens: int
    """
    Output tokens.
    """
    speed: Optional[Literal["standard", "fast"]] = None
    """
    The inference speed tier the request ran at.
    """


class BetaManagedAgentsSpanOutcomeEvaluationEndEvent(BaseModel):
    """
    span.outcome_evaluation_end: an outcome evaluation finished.
    """

    explanation: str
    """
    Human-readable explanation; its wording may change.
    """
    id: str
    """
    Unique identifier of this object.
    """
    iteration: int
    """
    Zero-based count of evaluation rounds for this outcome.
    """
    outcome_evaluation_start_id: str
    outcome_id: str
    """
    The outcome this evaluation is about.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    result: str
    type: Literal["span.outcome_evaluation_end"]
    usage: BetaManagedAgentsSpanModelUsage


class BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent(BaseModel):
    """
    span.outcome_evaluation_ongoing: an outcome evaluation is still in progress.
    """

    id: str
    """
    Unique identifier of this object.
    """
    iteration: int
    """
    Zero-based count of evaluation rounds for this outcome.
    """
    outcome_id: str
    """
    The outcome this evaluation is about.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["span.outcome_evaluation_ongoing"]


class BetaManagedAgentsSpanOutcomeEvaluationStartEvent(BaseModel):
    """
    span.outcome_evaluation_start: an outcome evaluation began.
    """

    id: str
    """
    Unique identifier of this object.
    """
    iteration: int
    """
    Zero-based count of evaluation rounds for this outcome.
    """
    outcome_id: str
    """
    The outcome this evaluation is about.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["span.outcome_evaluation_start"]


class BetaManagedAgentsSystemContentBlock(BaseModel):
    text: str
    type: Literal["text"]


class BetaManagedAgentsSystemContentBlockParam(BaseModel):
    text: str
    type: Literal["text"]


class BetaManagedAgentsSystemMessageEvent(BaseModel):
    """
    system.message: system-level context added to the session.
    """

    content: list[BetaManagedAgentsSystemContentBlock]
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: Optional[AwareDatetime] = None
    """
    When the server recorded the event.
    """
    type: Literal["system.message"]


class BetaManagedAgentsSystemMessageEventParams(BaseModel):
    content: list[BetaManagedAgentsSystemContentBlockParam]
    type: Literal["system.message"]


class BetaManagedAgentsTextBlock(BaseModel):
    text: str
    type: Literal["text"]


class BetaManagedAgentsTextBlockParam(BaseModel):
    text: str
    type: Literal["text"]


class BetaManagedAgentsTextRubric(BaseModel):
    content: str
    type: Literal["text"]


class BetaManagedAgentsTextRubricParams(BaseModel):
    content: str
    type: Literal["text"]


class BetaManagedAgentsThreadLimitWorkflowRunErrorObject(BaseModel):
    message: str
    type: Literal["thread_limit_error"]


class BetaManagedAgentsTimeoutWorkflowRunErrorObject(BaseModel):
    message: str
    type: Literal["timeout_error"]


class BetaManagedAgentsToolUseLimitReachedErrorObject(BaseModel):
    message: str
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["tool_use_limit_reached_error"]


class BetaManagedAgentsURLDocumentSource(BaseModel):
    type: Literal["url"]
    url: str


class BetaManagedAgentsURLDocumentSourceParam(BaseModel):
    type: Literal["url"]
    url: str


class BetaManagedAgentsURLImageSource(BaseModel):
    type: Literal["url"]
    url: str


class BetaManagedAgentsURLImageSourceParam(BaseModel):
    type: Literal["url"]
    url: str


class BetaManagedAgentsUnknownErrorObject(BaseModel):
    message: str
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["unknown_error"]


class BetaManagedAgentsUnknownWorkflowRunErrorObject(BaseModel):
    message: str
    type: Literal["unknown_error"]


class BetaManagedAgentsUserDefineOutcomeEvent(BaseModel):
    """
    user.define_outcome: the user defined an outcome for the agent to reach.
    """

    description: str
    id: str
    """
    Unique identifier of this object.
    """
    max_iterations: Optional[int] = None
    outcome_id: str
    """
    The outcome this evaluation is about.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    rubric: Annotated[Union[BetaManagedAgentsFileRubric, BetaManagedAgentsTextRubric], Field(discriminator="type")]
    type: Literal["user.define_outcome"]


class BetaManagedAgentsUserDefineOutcomeEventParams(BaseModel):
    description: str
    max_iterations: Optional[int] = None
    rubric: Annotated[
        Union[BetaManagedAgentsFileRubricParams, BetaManagedAgentsTextRubricParams], Field(discriminator="type")
    ]
    type: Literal["user.define_outcome"]


class BetaManagedAgentsUserInterruptEvent(BaseModel):
    """
    user.interrupt: the user stopped the agent.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: Optional[AwareDatetime] = None
    """
    When the server recorded the event.
    """
    session_thread_id: Optional[str] = None
    """
    The thread of the session this event belongs to.
    """
    type: Literal["user.interrupt"]


class BetaManagedAgentsUserInterruptEventParams(BaseModel):
    session_thread_id: Optional[str] = None
    """
    The thread of the session this event belongs to.
    """
    type: Literal["user.interrupt"]


class BetaManagedAgentsUserToolConfirmationEvent(BaseModel):
    """
    user.tool_confirmation: the user allowed or denied a tool call.
    """

    deny_message: Optional[str] = None
    """
    Why the call was denied, passed to the agent.
    """
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: Optional[AwareDatetime] = None
    """
    When the server recorded the event.
    """
    result: Literal["allow", "deny"]
    session_thread_id: Optional[str] = None
    """
    The thread of the session this event belongs to.
    """
    tool_use_id: str
    """
    The id of the tool-use event this answers.
    """
    type: Literal["user.tool_confirmation"]


class BetaManagedAgentsUserToolConfirmationEventParams(BaseModel):
    deny_message: Optional[str] = None
    """
    Why the call was denied, passed to the agent.
    """
    result: Literal["allow", "deny"]
    tool_use_id: str
    """
    The id of the tool-use event this answers.
    """
    type: Literal["user.tool_confirmation"]


class BetaManagedAgentsWorkflowRunPhase(BaseModel):
    description: Optional[str] = None
    id: str
    """
    Unique identifier of this object.
    """
    name: str


class BetaManagedAgentsWorkflowRunPhaseEndedEvent(BaseModel):
    """
    workflow_run.phase_ended: a workflow run phase finished.
    """

    id: str
    """
    Unique identifier of this object.
    """
    phase_started_id: str
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["workflow_run.phase_ended"]
    workflow_run_id: str
    """
    The workflow run this event belongs to.
    """
    workflow_run_phase_id: str
    """
    The workflow run phase this event belongs to.
    """


class BetaManagedAgentsWorkflowRunPhaseStartedEvent(BaseModel):
    """
    workflow_run.phase_started: a workflow run phase began.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["workflow_run.phase_started"]
    workflow_run_id: str
    """
    The workflow run this event belongs to.
    """
    workflow_run_phase_id: str
    """
    The workflow run phase this event belongs to.
    """


class BetaManagedAgentsWorkflowRunResultCompleted(BaseModel):
    type: Literal["completed"]


class BetaManagedAgentsWorkflowRunResultErrorObject(BaseModel):
    error: Annotated[
        Union[
            BetaManagedAgentsTimeoutWorkflowRunErrorObject,
            BetaManagedAgentsProgramWorkflowRunErrorObject,
            BetaManagedAgentsUnknownWorkflowRunErrorObject,
            BetaManagedAgentsThreadLimitWorkflowRunErrorObject,
            BetaManagedAgentsMaxWorkflowRunsWorkflowRunErrorObject,
        ],
        Field(discriminator="type"),
    ]
    type: Literal["error"]


class BetaManagedAgentsWorkflowRunResultStopped(BaseModel):
    type: Literal["stopped"]


class BetaManagedAgentsWorkflowRunStatusIdleEvent(BaseModel):
    """
    workflow_run.status_idle: a workflow run is waiting.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["workflow_run.status_idle"]
    workflow_run_id: str
    """
    The workflow run this event belongs to.
    """


class BetaManagedAgentsWorkflowRunStatusRunningEvent(BaseModel):
    """
    workflow_run.status_running: a workflow run is running.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["workflow_run.status_running"]
    workflow_run_id: str
    """
    The workflow run this event belongs to.
    """


class BetaMonetaryAmount(BaseModel):
    amount: str
    currency: Literal["USD"]


class BetaMonetaryAmountParam(BaseModel):
    amount: str
    currency: Literal["USD"]


class ResourceAddParams(BaseModel):
    """
    The body of an add-resource request (only files can be added).
    """

    file_id: str
    """
    ID of an uploaded file (Files API).
    """
    mount_path: Optional[str] = None
    """
    Where to mount the file; defaults to /mnt/session/uploads/<file_id>.
    """
    type: Literal["file"]


class ResourceRetrieveResponse(
    RootModel[
        Union[
            BetaManagedAgentsGitHubRepositoryResource,
            BetaManagedAgentsFileResource,
            BetaManagedAgentsMemoryStoreResource,
        ]
    ]
):
    root: Annotated[
        Union[
            BetaManagedAgentsGitHubRepositoryResource,
            BetaManagedAgentsFileResource,
            BetaManagedAgentsMemoryStoreResource,
        ],
        Field(discriminator="type"),
    ]
    """
    A session resource, told apart by type.
    """


class ResourceUpdateParams(BaseModel):
    """
    The body of an update-resource request.
    """

    authorization_token: str
    """
    The new token; only github_repository resources support rotation.
    """


class ResourceUpdateResponse(
    RootModel[
        Union[
            BetaManagedAgentsGitHubRepositoryResource,
            BetaManagedAgentsFileResource,
            BetaManagedAgentsMemoryStoreResource,
        ]
    ]
):
    root: Annotated[
        Union[
            BetaManagedAgentsGitHubRepositoryResource,
            BetaManagedAgentsFileResource,
            BetaManagedAgentsMemoryStoreResource,
        ],
        Field(discriminator="type"),
    ]
    """
    The updated session resource, told apart by type.
    """


class AnalyticsArtifactActivity(BaseModel):
    """
    Artifact creation counts for one artifact type (and group) on one day.
    """

    artifact_type: str
    """
    Artifact MIME type (for example `text/markdown`), or `other`.
    """
    artifacts_created_count: int
    """
    Artifacts created in sessions, each counted once on the day it was first saved (counted from 2026-08-17).
    """
    distinct_user_count: int
    """
    Distinct active users represented by this row.
    """
    is_shared: bool
    """
    Whether these artifacts were shared.
    """
    product: Optional[str] = None
    """
    Product surface of this row (`chat`, `claude_code`, `cowork`, `office_agent`, `chat_cowork_unified`, …); set only when grouped by `product`.
    """
    published_artifacts_created_count: int
    """
    Artifacts created and published.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID (`rbac_group_...`); set only when grouped by `rbac_group_id`.
    """
    rbac_group_name: Optional[str] = None
    """
    Display name of `rbac_group_id`; null if the group is gone or its name is unknown.
    """
    user_id: Optional[str] = None
    """
    Tagged user ID (`user_...`); set only when grouped by `user_id`.
    """


class AnalyticsArtifactActivityListResponse(BaseModel):
    """
    One page of artifact activity rows.
    """

    data: list[AnalyticsArtifactActivity]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class AnalyticsChatCoworkUnifiedChatMetrics(BaseModel):
    """
    Chat activity while Chat and Cowork unified was on; same measures as AnalyticsChatMetrics.
    """

    connectors_used_count: int
    """
    Connector invocations.
    """
    distinct_artifacts_created_count: int
    """
    Distinct artifacts created.
    """
    distinct_connectors_used_count: Optional[int] = None
    """
    Distinct connectors used; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_conversation_count: Optional[int] = None
    """
    Distinct conversations; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_files_uploaded_count: Optional[int] = None
    """
    Distinct files uploaded; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_projects_created_count: int
    """
    Distinct projects created.
    """
    distinct_projects_used_count: Optional[int] = None
    """
    Distinct projects used; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_shared_artifacts_viewed_count: Optional[int] = None
    """
    Distinct shared artifacts viewed; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_skills_used_count: Optional[int] = None
    """
    Distinct skills used; approximate in date-range mode, null where it cannot be computed.
    """
    message_count: int
    """
    Messages sent.
    """
    shared_conversations_viewed_count: int
    """
    Times a shared project conversation was opened.
    """
    thinking_message_count: int
    """
    Messages that used extended thinking.
    """


class AnalyticsChatCoworkUnifiedSessionsMetrics(BaseModel):
    """
    Cowork session activity while Chat and Cowork unified was on; same measures as AnalyticsCoworkMetrics.
    """

    action_count: int
    """
    Tool actions completed.
    """
    artifacts_created_count: int
    """
    Artifacts created in sessions, each counted once on the day it was first saved (counted from 2026-08-17).
    """
    connectors_used_count: int
    """
    Connector invocations.
    """
    dispatch_turn_count: int
    """
    Dispatch (background agent) turns completed.
    """
    distinct_connectors_used_count: Optional[int] = None
    """
    Distinct connectors used; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_plugins_used_count: Optional[int] = None
    """
    Distinct plugins used; null while plugin metrics are off or where it cannot be computed.
    """
    distinct_session_count: Optional[int] = None
    """
    Distinct sessions; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_skills_used_count: Optional[int] = None
    """
    Distinct skills used; approximate in date-range mode, null where it cannot be computed.
    """
    edit_tool_count: Optional[int] = None
    """
    Successful Edit tool calls; null while file-edit metrics are off.
    """
    file_edit_count: Optional[int] = None
    """
    Successful file-edit tool calls of any kind; null while file-edit metrics are off.
    """
    message_count: int
    """
    Messages sent.
    """
    multi_edit_tool_count: Optional[int] = None
    """
    Successful MultiEdit tool calls; null while file-edit metrics are off.
    """
    notebook_edit_tool_count: Optional[int] = None
    """
    Successful NotebookEdit tool calls; null while file-edit metrics are off.
    """
    plugins_used_count: Optional[int] = None
    """
    Plugin invocations; null while plugin metrics are off.
    """
    sessions_with_file_edits_count: Optional[int] = None
    """
    Distinct sessions with at least one successful file edit; null while file-edit metrics are off.
    """
    skills_used_count: int
    """
    Skill invocations.
    """
    write_tool_count: Optional[int] = None
    """
    Successful Write tool calls; null while file-edit metrics are off.
    """


class AnalyticsChatMetrics(BaseModel):
    """
    claude.ai chat activity.
    """

    connectors_used_count: int
    """
    Connector invocations.
    """
    distinct_artifacts_created_count: int
    """
    Distinct artifacts created.
    """
    distinct_connectors_used_count: Optional[int] = None
    """
    Distinct connectors used; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_conversation_count: Optional[int] = None
    """
    Distinct conversations; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_files_uploaded_count: Optional[int] = None
    """
    Distinct files uploaded; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_projects_created_count: int
    """
    Distinct projects created.
    """
    distinct_projects_used_count: Optional[int] = None
    """
    Distinct projects used; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_shared_artifacts_viewed_count: Optional[int] = None
    """
    Distinct shared artifacts viewed; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_skills_used_count: Optional[int] = None
    """
    Distinct skills used; approximate in date-range mode, null where it cannot be computed.
    """
    message_count: int
    """
    Messages sent.
    """
    shared_conversations_viewed_count: int
    """
    Times a shared project conversation was opened.
    """
    thinking_message_count: int
    """
    Messages that used extended thinking.
    """


class AnalyticsClaudeTagMetrics(BaseModel):
    """
    Claude Tag (Claude in Slack) activity of a member with a linked Claude account.
    """

    active_day_count: Optional[int] = None
    """
    Days active in Claude Tag (1 or 0 for a single day).
    """
    active_message_count: Optional[int] = None
    """
    The member's Slack messages that counted as activity (mentions, direct messages, answered thread posts).
    """


class AnalyticsConnectorChatCoworkUnifiedChatMetrics(BaseModel):
    """
    A connector's use in chat while Chat and Cowork unified was on.
    """

    distinct_conversation_connector_used_count: Optional[int] = None
    """
    Distinct conversations that used the connector; approximate in date-range mode.
    """


class AnalyticsConnectorChatCoworkUnifiedSessionsMetrics(BaseModel):
    """
    A connector's use in Cowork sessions while Chat and Cowork unified was on.
    """

    distinct_session_connector_used_count: Optional[int] = None
    """
    Distinct sessions that used the connector; approximate in date-range mode.
    """


class AnalyticsConnectorChatMetrics(BaseModel):
    """
    A connector's use in claude.ai chat.
    """

    distinct_conversation_connector_used_count: Optional[int] = None
    """
    Distinct conversations that used the connector; approximate in date-range mode.
    """


class AnalyticsConnectorClaudeCodeMetrics(BaseModel):
    """
    A connector's use in Claude Code.
    """

    distinct_session_connector_used_count: Optional[int] = None
    """
    Distinct sessions that used the connector; approximate in date-range mode.
    """


class AnalyticsConnectorCoworkMetrics(BaseModel):
    """
    A connector's use in Cowork.
    """

    distinct_session_connector_used_count: Optional[int] = None
    """
    Distinct sessions that used the connector; approximate in date-range mode.
    """


class AnalyticsConnectorOfficeProductMetrics(BaseModel):
    """
    A connector's use within one Office product.
    """

    distinct_session_connector_used_count: Optional[int] = None
    """
    Distinct sessions that used the connector; approximate in date-range mode.
    """


class AnalyticsCoworkMetrics(BaseModel):
    """
    Cowork session activity.
    """

    action_count: int
    """
    Tool actions completed.
    """
    artifacts_created_count: int
    """
    Artifacts created in sessions, each counted once on the day it was first saved (counted from 2026-08-17).
    """
    connectors_used_count: int
    """
    Connector invocations.
    """
    dispatch_turn_count: int
    """
    Dispatch (background agent) turns completed.
    """
    distinct_connectors_used_count: Optional[int] = None
    """
    Distinct connectors used; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_plugins_used_count: Optional[int] = None
    """
    Distinct plugins used; null while plugin metrics are off or where it cannot be computed.
    """
    distinct_session_count: Optional[int] = None
    """
    Distinct sessions; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_skills_used_count: Optional[int] = None
    """
    Distinct skills used; approximate in date-range mode, null where it cannot be computed.
    """
    edit_tool_count: Optional[int] = None
    """
    Successful Edit tool calls; null while file-edit metrics are off.
    """
    file_edit_count: Optional[int] = None
    """
    Successful file-edit tool calls of any kind; null while file-edit metrics are off.
    """
    message_count: int
    """
    Messages sent.
    """
    multi_edit_tool_count: Optional[int] = None
    """
    Successful MultiEdit tool calls; null while file-edit metrics are off.
    """
    notebook_edit_tool_count: Optional[int] = None
    """
    Successful NotebookEdit tool calls; null while file-edit metrics are off.
    """
    plugins_used_count: Optional[int] = None
    """
    Plugin invocations; null while plugin metrics are off.
    """
    sessions_with_file_edits_count: Optional[int] = None
    """
    Distinct sessions with at least one successful file edit; null while file-edit metrics are off.
    """
    skills_used_count: int
    """
    Skill invocations.
    """
    write_tool_count: Optional[int] = None
    """
    Successful Write tool calls; null while file-edit metrics are off.
    """


class AnalyticsDesignMetrics(BaseModel):
    """
    Claude Design activity.
    """

    distinct_projects_created_count: int
    """
    Distinct projects created.
    """
    distinct_projects_used_count: Optional[int] = None
    """
    Distinct projects used; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_session_count: Optional[int] = None
    """
    Distinct sessions; approximate in date-range mode, null where it cannot be computed.
    """
    message_count: int
    """
    Messages sent.
    """


class AnalyticsLinesOfCode(BaseModel):
    """
    Lines of code added and removed through Claude Code.
    """

    added_count: int
    """
    Lines added.
    """
    removed_count: int
    """
    Lines removed.
    """


class AnalyticsOfficeProductMetrics(BaseModel):
    """
    Claude in Office activity within one Office product.
    """

    connectors_used_count: int
    """
    Connector invocations.
    """
    distinct_connectors_used_count: Optional[int] = None
    """
    Distinct connectors used; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_session_count: Optional[int] = None
    """
    Distinct sessions; approximate in date-range mode, null where it cannot be computed.
    """
    distinct_skills_used_count: Optional[int] = None
    """
    Distinct skills used; approximate in date-range mode, null where it cannot be computed.
    """
    message_count: int
    """
    Messages sent.
    """
    skills_used_count: int
    """
    Skill invocations.
    """


class AnalyticsPluginChatCoworkUnifiedMetrics(BaseModel):
    """
    A plugin's use in Cowork sessions while Chat and Cowork unified was on.
    """

    distinct_session_plugin_used_count: Optional[int] = None
    """
    Distinct sessions that invoked the plugin; null where it cannot be computed.
    """


class AnalyticsPluginClaudeCodeMetrics(BaseModel):
    """
    A plugin's use in Claude Code.
    """

    distinct_session_plugin_used_count: Optional[int] = None
    """
    Distinct sessions that invoked the plugin; null where it cannot be computed.
    """


class AnalyticsPluginCoworkMetrics(BaseModel):
    """
    A plugin's use in Cowork.
    """

    distinct_session_plugin_used_count: Optional[int] = None
    """
    Distinct sessions that invoked the plugin; null where it cannot be computed.
    """


class AnalyticsScienceMetrics(BaseModel):
    """
    Claude Science activity.
    """

    delegation_count: int
    """
    Handoffs to a specialized agent.
    """
    distinct_session_count: Optional[int] = None
    """
    Distinct sessions; approximate in date-range mode, null where it cannot be computed.
    """
    message_count: int
    """
    Messages sent.
    """
    remote_compute_job_count: int
    """
    Remote compute jobs launched.
    """
    skills_used_count: int
    """
    Skill invocations.
    """


class AnalyticsSingleDayActivitySummary(BaseModel):
    """
    Organization-wide activity counts for one UTC day.
    """

    assigned_seat_count: Optional[int] = None
    """
    Seats assigned to members; null when scoped to an RBAC group.
    """
    chat_cowork_unified_daily_active_user_count: Optional[int] = None
    """
    Users active in Chat and Cowork unified on the day; omitted where Chat and Cowork unified is not available.
    """
    chat_cowork_unified_monthly_active_user_count: Optional[int] = None
    """
    Users active in Chat and Cowork unified in the rolling monthly window; omitted where Chat and Cowork unified is not available.
    """
    chat_cowork_unified_weekly_active_user_count: Optional[int] = None
    """
    Users active in Chat and Cowork unified in the 7-day window; omitted where Chat and Cowork unified is not available.
    """
    chat_daily_active_user_count: Optional[int] = None
    """
    Users active in claude.ai chat on the day; omitted while the per-product breakdown is off.
    """
    chat_monthly_active_user_count: Optional[int] = None
    """
    Users active in claude.ai chat in the rolling monthly window; omitted while the per-product breakdown is off.
    """
    chat_weekly_active_user_count: Optional[int] = None
    """
    Users active in claude.ai chat in the 7-day window; omitted while the per-product breakdown is off.
    """
    claude_code_daily_active_user_count: Optional[int] = None
    """
    Users active in Claude Code on the day; omitted while the per-product breakdown is off.
    """
    claude_code_monthly_active_user_count: Optional[int] = None
    """
    Users active in Claude Code in the rolling monthly window; omitted while the per-product breakdown is off.
    """
    claude_code_weekly_active_user_count: Optional[int] = None
    """
    Users active in Claude Code in the 7-day window; omitted while the per-product breakdown is off.
    """
    claude_design_daily_active_user_count: Optional[int] = None
    """
    Users active in Claude Design on the day; omitted while the per-product breakdown is off.
    """
    claude_design_monthly_active_user_count: Optional[int] = None
    """
    Users active in Claude Design in the rolling monthly window; omitted while the per-product breakdown is off.
    """
    claude_design_weekly_active_user_count: Optional[int] = None
    """
    Users active in Claude Design in the 7-day window; omitted while the per-product breakdown is off.
    """
    claude_tag_daily_active_user_count: Optional[int] = None
    """
    Users active in Claude Tag on the day; counts Slack users, linked or not.
    """
    claude_tag_monthly_active_user_count: Optional[int] = None
    """
    Users active in Claude Tag in the rolling monthly window; counts Slack users, linked or not.
    """
    claude_tag_weekly_active_user_count: Optional[int] = None
    """
    Users active in Claude Tag in the 7-day window; counts Slack users, linked or not.
    """
    cowork_daily_active_user_count: int
    """
    Users active in Cowork on the day.
    """
    cowork_monthly_active_user_count: int
    """
    Users active in Cowork in the rolling monthly window.
    """
    cowork_weekly_active_user_count: int
    """
    Users active in Cowork in the 7-day window.
    """
    daily_active_user_count: int
    """
    Users with token consumption on the day.
    """
    daily_adoption_rate: Optional[float] = None
    """
    Daily active users as a percentage of assigned seats; null when scoped to an RBAC group.
    """
    ending_at: AwareDatetime
    """
    End of the day (exclusive), UTC midnight.
    """
    monthly_active_user_count: int
    """
    Users with token consumption in the 30-day window ending on the day.
    """
    monthly_adoption_rate: Optional[float] = None
    """
    Monthly active users as a percentage of assigned seats; null when scoped to an RBAC group.
    """
    office_agent_daily_active_user_count: Optional[int] = None
    """
    Users active in Claude in Office on the day; omitted while the per-product breakdown is off.
    """
    office_agent_monthly_active_user_count: Optional[int] = None
    """
    Users active in Claude in Office in the rolling monthly window; omitted while the per-product breakdown is off.
    """
    office_agent_weekly_active_user_count: Optional[int] = None
    """
    Users active in Claude in Office in the 7-day window; omitted while the per-product breakdown is off.
    """
    pending_invite_count: Optional[int] = None
    """
    Pending invitations; null when scoped to an RBAC group.
    """
    science_daily_active_user_count: Optional[int] = None
    """
    Users active in Claude Science on the day; omitted while the per-product breakdown is off.
    """
    science_entitled_user_count: Optional[int] = None
    """
    Users entitled to a Claude Science seat; null when scoped to an RBAC group.
    """
    science_monthly_active_user_count: Optional[int] = None
    """
    Users active in Claude Science in the rolling monthly window; omitted while the per-product breakdown is off.
    """
    science_weekly_active_user_count: Optional[int] = None
    """
    Users active in Claude Science in the 7-day window; omitted while the per-product breakdown is off.
    """
    starting_at: AwareDatetime
    """
    Start of the day (inclusive), UTC midnight.
    """
    weekly_active_user_count: int
    """
    Users with token consumption in the 7-day window ending on the day.
    """
    weekly_adoption_rate: Optional[float] = None
    """
    Weekly active users as a percentage of assigned seats; null when scoped to an RBAC group.
    """


class AnalyticsSingleDayActivitySummaryListResponse(BaseModel):
    """
    The day series of organization activity summaries.
    """

    data: list[AnalyticsSingleDayActivitySummary]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class AnalyticsSkillChatCoworkUnifiedChatMetrics(BaseModel):
    """
    A skill's use in chat while Chat and Cowork unified was on.
    """

    distinct_conversation_skill_used_count: Optional[int] = None
    """
    Distinct conversations that explicitly activated the skill.
    """


class AnalyticsSkillChatCoworkUnifiedSessionsMetrics(BaseModel):
    """
    A skill's use in Cowork sessions while Chat and Cowork unified was on.
    """

    distinct_session_skill_used_count: Optional[int] = None
    """
    Distinct sessions that explicitly activated the skill.
    """


class AnalyticsSkillChatMetrics(BaseModel):
    """
    A skill's use in claude.ai chat.
    """

    distinct_conversation_skill_used_count: Optional[int] = None
    """
    Distinct conversations that explicitly activated the skill.
    """


class AnalyticsSkillClaudeCodeMetrics(BaseModel):
    """
    A skill's use in Claude Code.
    """

    distinct_session_skill_used_count: Optional[int] = None
    """
    Distinct sessions that explicitly activated the skill.
    """


class AnalyticsSkillCoworkMetrics(BaseModel):
    """
    A skill's use in Cowork.
    """

    distinct_session_skill_used_count: Optional[int] = None
    """
    Distinct sessions that explicitly activated the skill.
    """


class AnalyticsSkillOfficeProductMetrics(BaseModel):
    """
    A skill's use within one Office product.
    """

    distinct_session_skill_used_count: Optional[int] = None
    """
    Distinct sessions that explicitly activated the skill.
    """


class AnalyticsToolActionCounts(BaseModel):
    """
    Accepted and rejected proposals of one Claude Code tool.
    """

    accepted_count: int
    """
    Proposals accepted.
    """
    rejected_count: int
    """
    Proposals rejected.
    """


class AnalyticsToolActions(BaseModel):
    """
    Accepted and rejected proposals per Claude Code file-editing tool.
    """

    edit_tool: AnalyticsToolActionCounts
    """
    Edit tool.
    """
    multi_edit_tool: AnalyticsToolActionCounts
    """
    MultiEdit tool.
    """
    notebook_edit_tool: AnalyticsToolActionCounts
    """
    NotebookEdit tool.
    """
    write_tool: AnalyticsToolActionCounts
    """
    Write tool.
    """


class AnalyticsUser(BaseModel):
    """
    A member of the organization.
    """

    email_address: str
    """
    Email address.
    """
    id: str
    """
    Tagged user ID (`user_...`).
    """
    type: Literal["user"]


class BetaAnalyticsAPIActor(BaseModel):
    """
    An API key, when no user or service account is attributed.
    """

    api_key_id: str
    """
    Tagged API key ID (`apikey_...`).
    """
    type: Literal["api_actor"]


class BetaAnalyticsCostMetrics(BaseModel):
    """
    Amounts of one cost row.
    """

    amount: str
    """
    Amount after discounts, before credits, as a decimal string in fractional cents.
    """
    currency: str
    """
    Currency code; currently always `USD`.
    """
    list_amount: str
    """
    List-price (pre-discount) amount as a decimal string in fractional cents.
    """
    requests: Optional[int] = None
    """
    API requests; null when grouped by `cost_type` or `token_type`.
    """


class BetaAnalyticsFederatedActorAWSProvider(BaseModel):
    """
    AWS as identity provider.
    """

    account_id: str
    """
    AWS account the organization is bound to.
    """
    signed_principal: str
    """
    AWS-signed ARN of the calling IAM principal.
    """
    type: Literal["aws"]


class BetaAnalyticsFederatedActorAzureProvider(BaseModel):
    """
    Azure as identity provider.
    """

    subscription_id: str
    """
    Azure subscription the organization is bound to.
    """
    type: Literal["azure"]


class BetaAnalyticsFederatedActorGCPProvider(BaseModel):
    """
    Google Cloud as identity provider.
    """

    project_number: str
    """
    Google Cloud project the organization is bound to.
    """
    type: Literal["gcp"]


class BetaAnalyticsFederatedActorOIDCProvider(BaseModel):
    """
    A generic OIDC issuer as identity provider.
    """

    issuer: Optional[str] = None
    """
    The federation issuer's URL.
    """
    type: Literal["oidc"]


class BetaAnalyticsReportUserActor(BaseModel):
    """
    A user.
    """

    deleted: bool
    """
    True when the account is deleted or the user is no longer a member.
    """
    email_address: Optional[str] = None
    """
    Current email address; null when the account is deleted.
    """
    name: Optional[str] = None
    """
    Display name; null when unknown.
    """
    type: Literal["user_actor"]
    user_id: str
    """
    Tagged user ID (`user_...`).
    """


class BetaAnalyticsServerToolUse(BaseModel):
    """
    Server-side tool use counts.
    """

    web_search_requests: int
    """
    Web search requests.
    """


class BetaAnalyticsServiceAccountActor(BaseModel):
    """
    A service account.
    """

    service_account_id: str
    """
    Tagged service account ID (`svac_...`).
    """
    type: Literal["service_account_actor"]


class BetaAnalyticsUsageBucketedResult(BaseModel):
    """
    One usage row within a time bucket (legacy usage report).
    """

    cache_creation: CacheCreation
    """
    Input tokens written to the prompt cache, by cache lifetime.
    """
    cache_read_input_tokens: int
    """
    Input tokens read from the prompt cache.
    """
    claude_tag_category: Optional[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = None
    """
    Claude Tag spend category; set only when grouped by `claude_tag_category`.
    """
    claude_tag_user_id: Optional[str] = None
    """
    Slack user ID of the Claude Tag usage; set only when grouped by `claude_tag_user_id`.
    """
    context_window: Optional[Literal["0-200k", "200k-1M"]] = None
    """
    Context-window pricing tier; set only when grouped by `context_window`.
    """
    inference_geo: Optional[Literal["global", "us"]] = None
    """
    Inference region; set only when grouped by `inference_geo`.
    """
    model: Optional[str] = None
    """
    Model name; set only when grouped by `model`.
    """
    output_tokens: int
    """
    Output tokens generated.
    """
    product: Optional[str] = None
    """
    Product surface; set only when grouped by `product`.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID; set only when grouped by `rbac_group_id`.
    """
    requests: Optional[int] = None
    """
    API requests (execution spans for code execution); null where not attributable.
    """
    server_tool_use: BetaAnalyticsServerToolUse
    """
    Server-side tool use.
    """
    slack_channel_id: Optional[str] = None
    """
    Slack channel of the usage; set only when grouped by `slack_channel_id`.
    """
    speed: Optional[Literal["fast", "standard"]] = None
    """
    Inference speed mode; set only when grouped by `speed`.
    """
    uncached_input_tokens: int
    """
    Input tokens not read from or written to the cache.
    """


class BetaAnalyticsUsageMetrics(BaseModel):
    """
    Token and request counts of one usage row.
    """

    cache_creation: CacheCreation
    """
    Input tokens written to the prompt cache, by cache lifetime.
    """
    cache_read_input_tokens: int
    """
    Input tokens read from the prompt cache.
    """
    output_tokens: int
    """
    Output tokens generated.
    """
    requests: Optional[int] = None
    """
    API requests (execution spans for code execution); null where not attributable.
    """
    server_tool_use: BetaAnalyticsServerToolUse
    """
    Server-side tool use.
    """
    total_tokens: int
    """
    All tokens of every type.
    """
    uncached_input_tokens: int
    """
    Input tokens not read from or written to the cache.
    """


class BetaAnalyticsUsageReportTimeBucket(BaseModel):
    """
    Usage rows of one time bucket (legacy usage report).
    """

    ending_at: AwareDatetime
    """
    End of the period (exclusive).
    """
    results: list[BetaAnalyticsUsageBucketedResult]
    """
    Rows of this bucket: empty without data, one row when ungrouped, else one per group.
    """
    starting_at: AwareDatetime
    """
    Start of the period (inclusive).
    """


class BetaAnalyticsUsageReportTimeBucketListResponse(BaseModel):
    """
    One page of time buckets of the legacy usage report.
    """

    data: list[BetaAnalyticsUsageReportTimeBucket]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """
    has_more: Optional[bool] = None
    """
    Whether more rows follow this page.
    """
    data_refreshed_at: Optional[AwareDatetime] = None
    """
    When the underlying data was last refreshed.
    """


class BetaAnalyticsUserActor(BaseModel):
    """
    A user.
    """

    deleted: bool
    """
    True when the account is deleted or the user is no longer a member.
    """
    email_address: Optional[str] = None
    """
    Email address; null when the account is deleted.
    """
    name: Optional[str] = None
    """
    Display name; null when unknown.
    """
    type: Literal["user_actor"]
    user_id: str
    """
    Tagged user ID (`user_...`).
    """


class ComplianceSettingsStateDisabled(BaseModel):
    """
    The Compliance API is off.
    """

    type: Literal["disabled"]


class ComplianceSettingsStateDisabledParam(BaseModel):
    """
    Turn the Compliance API off.
    """

    type: Literal["disabled"]


class ComplianceSettingsStateEnabled(BaseModel):
    """
    The Compliance API is on.
    """

    type: Literal["enabled"]


class ComplianceSettingsStateEnabledParam(BaseModel):
    """
    Turn the Compliance API on.
    """

    type: Literal["enabled"]


class IncreaseRequestDenyParams(BaseModel):
    """
    Body of a spend limit increase request denial.
    """

    suppress_notification: Optional[bool] = None
    """
    Do not email the requester.
    """


class BetaAccessTransparency(BaseModel):
    """
    Whether Access Transparency is on for the organization. Read-only.
    """

    type: Literal["disabled", "enabled"]


class ServiceAccount(BaseModel):
    """
    A named non-human identity in the organization, referenced by federation rules.
    """

    archived_at: Optional[AwareDatetime] = None
    """
    When the service account was archived; null while active.
    """
    archived_by_actor_id: Optional[str] = None
    """
    Tagged ID (`user_...` or `svac_...`) of who archived it.
    """
    created_at: AwareDatetime
    """
    When the service account was created.
    """
    created_by_actor_id: Optional[str] = None
    """
    Tagged ID (`user_...` or `svac_...`) of who created it.
    """
    description: Optional[str] = None
    """
    Free-text description.
    """
    id: str
    """
    Tagged service account ID (`svac_...`).
    """
    name: str
    """
    Slug name, unique in the organization.
    """
    organization_role: Literal["admin", "developer"]
    """
    Organization-level role; only `admin` service accounts can be granted `org:admin` by a federation rule.
    """
    type: Literal["service_account"]
    updated_at: AwareDatetime
    """
    When the service account was last changed.
    """
    updated_by_actor_id: Optional[str] = None
    """
    Tagged ID (`user_...` or `svac_...`) of who last changed it.
    """


class ServiceAccountCreateParams(BaseModel):
    """
    Body of a service account create request.
    """

    name: str
    """
    Slug name (lowercase letters, digits, hyphens), unique in the organization; a duplicate returns 409.
    """
    description: Optional[str] = None
    """
    Free-text description.
    """
    organization_role: Optional[Literal["admin", "developer"]] = None
    """
    Organization-level role; defaults to `developer`.
    """


class ServiceAccountListResponse(BaseModel):
    """
    One page of service accounts, newest first.
    """

    data: list[ServiceAccount]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class ServiceAccountUpdateParams(BaseModel):
    """
    Body of a service account update request; omitted fields stay unchanged.
    """

    description: Optional[str] = None
    """
    New description; null clears it.
    """
    organization_role: Optional[Literal["admin", "developer"]] = None
    """
    New organization-level role; null leaves it unchanged.
    """


class ServiceAccountWorkspaceAddParams(BaseModel):
    """
    Body of a request adding a service account to a workspace.
    """

    workspace_id: str
    """
    Tagged ID (`wrkspc_...`) of the workspace to add the service account to.
    """
    workspace_role: Literal[
        "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
    ]
    """
    Role in the workspace; service accounts cannot hold `workspace_billing`.
    """


class ServiceAccountWorkspaceRemoveResponse(BaseModel):
    """
    Confirms that a service account was removed from a workspace.
    """

    service_account_id: str
    """
    Tagged service account ID from the request.
    """
    type: Literal["service_account_workspace_member_deleted"]
    workspace_id: str
    """
    Tagged workspace ID from the request.
    """


class SpendLimitDeleteResponse(BaseModel):
    """
    Confirms that a spend limit was deleted.
    """

    id: str
    """
    Tagged ID of the deleted spend limit.
    """
    type: Literal["spend_limit_deleted"]


class SpendLimitOrganizationScope(BaseModel):
    """
    The whole organization.
    """

    type: Literal["organization"]


class SpendLimitOrganizationScopeParam(BaseModel):
    """
    The whole Claude Console organization.
    """

    type: Literal["organization"]


class SpendLimitOrganizationServiceScope(BaseModel):
    """
    One service of the organization.
    """

    service: str
    """
    Organization service.
    """
    type: Literal["organization_service"]


class SpendLimitRBACGroupScope(BaseModel):
    """
    Every member of one RBAC group.
    """

    rbac_group_id: str
    """
    Tagged RBAC group ID (`rbac_group_...`).
    """
    type: Literal["rbac_group"]


class SpendLimitScopedAPIKeyActor(BaseModel):
    """
    A scoped Admin API key acting for the organization.
    """

    scoped_api_key_id: str
    """
    Tagged ID of the scoped Admin API key.
    """
    type: Literal["scoped_api_key_actor"]


class SpendLimitSeatTierScope(BaseModel):
    """
    Every member on one seat tier.
    """

    seat_tier: str
    """
    Seat tier.
    """
    type: Literal["seat_tier"]


class SpendLimitUsageTierScope(BaseModel):
    """
    The monthly cap Anthropic sets from a Claude Console organization's usage tier (read-only).
    """

    type: Literal["usage_tier"]


class SpendLimitUserActor(BaseModel):
    """
    A member of the organization.
    """

    deleted: bool
    """
    True when the account has been deleted.
    """
    email_address: Optional[str] = None
    """
    Email address; null when the account is unavailable or deleted.
    """
    name: Optional[str] = None
    """
    Display name; null when unknown.
    """
    type: Literal["user_actor"]
    user_id: str
    """
    Tagged user ID (`user_...`).
    """


class SpendLimitUserScope(BaseModel):
    """
    One member of the organization.
    """

    type: Literal["user"]
    user_id: str
    """
    Tagged user ID (`user_...`) of the member.
    """


class SpendLimitUserScopeParam(BaseModel):
    """
    One member of a Claude Enterprise organization.
    """

    type: Literal["user"]
    user_id: str
    """
    Tagged user ID (`user_...`).
    """


class SpendLimitWorkspaceScope(BaseModel):
    """
    One workspace of a Claude Console organization.
    """

    type: Literal["workspace"]
    workspace_id: str
    """
    Tagged workspace ID (`wrkspc_...`).
    """


class SpendLimitWorkspaceScopeParam(BaseModel):
    """
    One workspace of a Claude Console organization.
    """

    type: Literal["workspace"]
    workspace_id: str
    """
    Tagged workspace ID (`wrkspc_...`).
    """


class AWSExternalKeyConfig(BaseModel):
    """
    An AWS KMS key.
    """

    kms_arn: str
    """
    Full ARN of the KMS key (alias ARNs are rejected on Claude Platform on AWS).
    """
    region: Optional[str] = None
    """
    AWS region; derived from `kms_arn` when omitted.
    """
    role_arn: Optional[str] = None
    """
    Deprecated IAM role ARN, ignored. Beta only (client.beta.organization.external_keys).
    """
    type: Literal["aws"]


class AWSExternalKeyConfigParam(BaseModel):
    """
    An AWS KMS key.
    """

    kms_arn: str
    """
    Full ARN of the KMS key (alias ARNs are rejected on Claude Platform on AWS).
    """
    region: Optional[str] = None
    """
    AWS region; derived from `kms_arn` when omitted.
    """
    role_arn: Optional[str] = None
    """
    Deprecated IAM role ARN, ignored. Beta only (client.beta.organization.external_keys).
    """
    type: Literal["aws"]


class AzureExternalKeyConfig(BaseModel):
    """
    An Azure Key Vault key.
    """

    client_id: Optional[str] = None
    """
    Azure AD application (client) ID of a single-tenant app; omit to use Anthropic's multitenant app.
    """
    key_name: str
    """
    Name of the key in the vault.
    """
    tenant_id: str
    """
    Azure AD tenant ID.
    """
    type: Literal["azure"]
    vault_uri: str
    """
    Data-plane URI of the Key Vault or Managed HSM.
    """


class AzureExternalKeyConfigParam(BaseModel):
    """
    An Azure Key Vault key.
    """

    client_id: Optional[str] = None
    """
    Azure AD application (client) ID of a single-tenant app; omit to use Anthropic's multitenant app.
    """
    key_name: str
    """
    Name of the key in the vault.
    """
    tenant_id: str
    """
    Azure AD tenant ID.
    """
    type: Literal["azure"]
    vault_uri: str
    """
    Data-plane URI of the Key Vault or Managed HSM.
    """


class BetaManagedAgentsAgentArchivedDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because its agent was archived.
    """

    type: Literal["agent_archived_error"]


class BetaManagedAgentsAgentArchivedRunErrorObject(BaseModel):
    """
    The run created no session because its agent was archived.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["agent_archived_error"]


class BetaManagedAgentsDeploymentSystemMessageEvent(BaseModel):
    """
    A system message sent to each new session.
    """

    content: list[BetaManagedAgentsSystemContentBlock]
    type: Literal["system.message"]


class BetaManagedAgentsDeploymentUserDefineOutcomeEvent(BaseModel):
    """
    An outcome, with a rubric, that each new session works toward.
    """

    description: str
    max_iterations: Optional[int] = None
    """
    Evaluation and revision cycles before giving up (default 3, at most 20).
    """
    rubric: Annotated[Union[BetaManagedAgentsFileRubric, BetaManagedAgentsTextRubric], Field(discriminator="type")]
    type: Literal["user.define_outcome"]


class BetaManagedAgentsEnvironmentArchivedDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because its environment was archived.
    """

    type: Literal["environment_archived_error"]


class BetaManagedAgentsEnvironmentArchivedRunErrorObject(BaseModel):
    """
    The run created no session because its environment was archived.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["environment_archived_error"]


class BetaManagedAgentsEnvironmentNotFoundDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because its environment no longer exists.
    """

    type: Literal["environment_not_found_error"]


class BetaManagedAgentsEnvironmentNotFoundRunErrorObject(BaseModel):
    """
    The run created no session because its environment no longer exists.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["environment_not_found_error"]


class BetaManagedAgentsFileNotFoundDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because a file resource it mounts no longer exists.
    """

    type: Literal["file_not_found_error"]


class BetaManagedAgentsFileNotFoundRunErrorObject(BaseModel):
    """
    The run created no session because a file resource it mounts no longer exists.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["file_not_found_error"]


class BetaManagedAgentsFileResourceConfig(BaseModel):
    """
    A file mounted into sessions.
    """

    file_id: str
    mount_path: Optional[str] = None
    type: Literal["file"]


class BetaManagedAgentsGitHubRepositoryResourceConfig(BaseModel):
    """
    A GitHub repository cloned into sessions (its token is write-only and not returned).
    """

    checkout: Optional[Union[BetaManagedAgentsBranchCheckout, BetaManagedAgentsCommitCheckout]] = None
    mount_path: Optional[str] = None
    type: Literal["github_repository"]
    url: str


class BetaManagedAgentsMCPEgressBlockedDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because the environment's network policy blocks an MCP server host of its agent.
    """

    type: Literal["mcp_egress_blocked_error"]


class BetaManagedAgentsMCPEgressBlockedRunErrorObject(BaseModel):
    """
    The run created no session because the environment's network policy blocks an MCP server host of its agent.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["mcp_egress_blocked_error"]


class BetaManagedAgentsManualDeploymentPausedReason(BaseModel):
    """
    Paused through the pause endpoint.
    """

    type: Literal["manual"]


class BetaManagedAgentsManualTriggerContext(BaseModel):
    """
    Started on demand rather than by the schedule.
    """

    type: Literal["manual"]


class BetaManagedAgentsMemoryStoreArchivedDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because a memory store it uses is archived.
    """

    type: Literal["memory_store_archived_error"]


class BetaManagedAgentsMemoryStoreArchivedRunErrorObject(BaseModel):
    """
    The run created no session because a memory store it uses is archived.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["memory_store_archived_error"]


class BetaManagedAgentsMemoryStoreResourceConfig(BaseModel):
    """
    A memory store attached to sessions.
    """

    access: Optional[Literal["read_write", "read_only"]] = None
    instructions: Optional[str] = None
    memory_store_id: str
    type: Literal["memory_store"]


class BetaManagedAgentsOrganizationDisabledDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because its organization is disabled.
    """

    type: Literal["organization_disabled_error"]


class BetaManagedAgentsOrganizationDisabledRunErrorObject(BaseModel):
    """
    The run created no session because its organization is disabled.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["organization_disabled_error"]


class BetaManagedAgentsSchedule(BaseModel):
    """
    A cron schedule with computed run times.
    """

    expression: str
    """
    5-field POSIX cron expression (minute hour day-of-month month day-of-week).
    """
    last_run_at: Optional[AwareDatetime] = None
    """
    When the last scheduled run started; manual runs do not change it.
    """
    timezone: str
    """
    IANA time zone, such as `America/Los_Angeles`.
    """
    type: Literal["cron"]
    upcoming_runs_at: Optional[list[AwareDatetime]] = None
    """
    Up to 5 upcoming run times (each may start slightly later because of jitter); empty once archived.
    """


class BetaManagedAgentsScheduleParams(BaseModel):
    """
    A cron schedule.
    """

    expression: str
    """
    5-field POSIX cron expression (minute hour day-of-month month day-of-week).
    """
    timezone: str
    """
    IANA time zone, such as `America/Los_Angeles`.
    """
    type: Literal["cron"]


class BetaManagedAgentsScheduleTriggerContext(BaseModel):
    """
    Started by the schedule.
    """

    scheduled_at: AwareDatetime
    """
    The cron time that fired.
    """
    type: Literal["schedule"]


class BetaManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because it mounts resources but its environment is self-hosted and cannot.
    """

    type: Literal["self_hosted_resources_unsupported_error"]


class BetaManagedAgentsSelfHostedResourcesUnsupportedRunErrorObject(BaseModel):
    """
    The run created no session because it mounts resources but its environment is self-hosted and cannot.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["self_hosted_resources_unsupported_error"]


class BetaManagedAgentsSessionCreationRejectedRunErrorObject(BaseModel):
    """
    The run created no session because the session request failed validation (not retryable).
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["session_creation_rejected_error"]


class BetaManagedAgentsSessionRateLimitedRunErrorObject(BaseModel):
    """
    The run created no session because session creation was rate limited (later runs may succeed).
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["session_rate_limited_error"]


class BetaManagedAgentsSessionResourceNotFoundDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because a resource it references no longer exists.
    """

    type: Literal["session_resource_not_found_error"]


class BetaManagedAgentsSessionResourceNotFoundRunErrorObject(BaseModel):
    """
    The run created no session because a resource it references no longer exists.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["session_resource_not_found_error"]


class BetaManagedAgentsSkillNotFoundDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because a skill of its agent no longer exists.
    """

    type: Literal["skill_not_found_error"]


class BetaManagedAgentsSkillNotFoundRunErrorObject(BaseModel):
    """
    The run created no session because a skill of its agent no longer exists.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["skill_not_found_error"]


class BetaManagedAgentsTriggerType(RootModel[Literal["schedule", "manual"]]):
    root: Literal["schedule", "manual"]
    """
    How a deployment run was started.
    """


class BetaManagedAgentsUnknownDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because of an unexpected error (the fallback; match on `message`).
    """

    type: Literal["unknown_error"]


class BetaManagedAgentsUnknownRunErrorObject(BaseModel):
    """
    The run created no session because of an unexpected error (the fallback; match on `message`).
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["unknown_error"]


class BetaManagedAgentsVaultArchivedDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because a vault it uses is archived.
    """

    type: Literal["vault_archived_error"]


class BetaManagedAgentsVaultArchivedRunErrorObject(BaseModel):
    """
    The run created no session because a vault it uses is archived.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["vault_archived_error"]


class BetaManagedAgentsVaultNotFoundDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because a vault it uses no longer exists.
    """

    type: Literal["vault_not_found_error"]


class BetaManagedAgentsVaultNotFoundRunErrorObject(BaseModel):
    """
    The run created no session because a vault it uses no longer exists.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["vault_not_found_error"]


class BetaManagedAgentsWorkspaceArchivedDeploymentPausedReasonErrorObject(BaseModel):
    """
    The deployment was paused because its workspace was archived.
    """

    type: Literal["workspace_archived_error"]


class BetaManagedAgentsWorkspaceArchivedRunErrorObject(BaseModel):
    """
    The run created no session because its workspace was archived.
    """

    message: str
    """
    Human-readable explanation.
    """
    type: Literal["workspace_archived_error"]


class BetaTunnel(BaseModel):
    """
    An MCP tunnel that routes MCP server traffic to a private network through a connector.
    """

    archived_at: Optional[AwareDatetime] = None
    """
    When the tunnel was archived; null while it is active.
    """
    created_at: AwareDatetime
    display_name: Optional[str] = None
    """
    Human-readable name (1-255 characters); null if unset.
    """
    domain: str
    """
    Hostname assigned by Anthropic; MCP server URLs on a subdomain of it are routed through the tunnel. Never reused.
    """
    id: str
    """
    Tunnel ID, prefixed `tnl_`.
    """
    type: Literal["tunnel"]


class BetaTunnelCertificate(BaseModel):
    """
    A CA certificate in the set a tunnel trusts.
    """

    archived_at: Optional[AwareDatetime] = None
    """
    When the certificate was removed from the trusted set; null while trusted.
    """
    created_at: AwareDatetime
    expires_at: Optional[AwareDatetime] = None
    """
    When the certificate expires; null if it never does.
    """
    fingerprint: str
    """
    SHA-256 of the DER encoding, as lowercase hex.
    """
    id: str
    """
    Certificate ID, prefixed `tcrt_`.
    """
    tunnel_id: str
    """
    ID of the tunnel the certificate belongs to.
    """
    type: Literal["tunnel_certificate"]


class BetaTunnelCertificateListResponse(BaseModel):
    """
    A page of BetaTunnelCertificate objects (what anthropic 2.12.0 SyncPageCursor reads).
    """

    data: list[BetaTunnelCertificate]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page, for the `page` parameter; null on the last page.
    """


class BetaTunnelListResponse(BaseModel):
    """
    A page of BetaTunnel objects (what anthropic 2.12.0 SyncPageCursor reads).
    """

    data: list[BetaTunnel]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page, for the `page` parameter; null on the last page.
    """


class BetaTunnelToken(BaseModel):
    """
    A tunnel's connector token, a credential for running the connector.
    """

    id: str
    """
    Identifier of the current token value; it changes on rotation.
    """
    tunnel_token: str
    """
    The connector token. Treat it as a secret.
    """
    type: Literal["tunnel_token"]


class ExternalKeyAttachedAttachment(BaseModel):
    """
    At least one workspace encrypts data with the key.
    """

    type: Literal["attached"]


class ExternalKeyDeleteResponse(BaseModel):
    """
    The ID of a deleted external key.
    """

    id: str
    type: Literal["external_key_deleted"]


class ExternalKeyUnattachedAttachment(BaseModel):
    """
    No workspace uses the key; it is inert and may be deleted.
    """

    type: Literal["unattached"]


class ExternalKeyValidateResponse(BaseModel):
    """
    Outcome of an encrypt/decrypt round trip against the customer's KMS; returned with 200 either way.
    """

    error: Optional[str] = None
    """
    Why validation failed; null on success.
    """
    status: Literal["failure", "success"]
    """
    `success` if the round trip worked, else `failure`.
    """
    type: Literal["external_key_validation"]


class FederationIssuerPollStatus(BaseModel):
    """
    State of Anthropic's JWKS polling for an issuer.
    """

    consecutive_failures: int
    """
    Failed fetches in a row.
    """
    last_fetched_at: Optional[AwareDatetime] = None
    """
    Last successful fetch.
    """
    next_poll_at: Optional[AwareDatetime] = None
    """
    Next scheduled fetch.
    """


class FederationRuleMatch(BaseModel):
    """
    JWT conditions of a federation rule.
    """

    audience: Optional[str] = None
    """
    Value the `aud` claim (or one of its elements) must equal; defaults to the audience Anthropic expects.
    """
    claims: Optional[dict[str, str]] = None
    """
    String claims that must have exactly these values.
    """
    condition: Optional[str] = None
    """
    CEL expression over `claims` that must evaluate to true; a constant `true` is rejected.
    """
    subject_prefix: Optional[str] = None
    """
    Value `sub` must equal, or start with when it ends in `*`.
    """


class FederationRuleMatchParam(BaseModel):
    """
    JWT conditions of a federation rule.
    """

    audience: Optional[str] = None
    """
    Value the `aud` claim (or one of its elements) must equal; defaults to the audience Anthropic expects.
    """
    claims: Optional[dict[str, str]] = None
    """
    String claims that must have exactly these values.
    """
    condition: Optional[str] = None
    """
    CEL expression over `claims` that must evaluate to true; a constant `true` is rejected.
    """
    subject_prefix: Optional[str] = None
    """
    Value `sub` must equal, or start with when it ends in `*`.
    """


class FederationRuleWorkspace(BaseModel):
    """
    A workspace a federation rule is enabled for.
    """

    created_at: AwareDatetime
    """
    When the workspace was enabled for the rule.
    """
    created_by_actor_id: Optional[str] = None
    """
    ID (`user_` or `svac_`) of who enabled it, if known.
    """
    federation_rule_id: str
    type: Literal["federation_rule_workspace"]
    workspace_id: str
    workspace_name: Optional[str] = None
    """
    The workspace's name; set in lists, null in the add response.
    """


class FederationRuleWorkspaceAddParams(BaseModel):
    """
    Request body of organization.federation.rules.workspaces.add.
    """

    workspace_id: str
    """
    Workspace to enable the rule for.
    """


class FederationRuleWorkspaceListResponse(BaseModel):
    """
    A page of FederationRuleWorkspace objects (what anthropic 2.12.0 SyncPageCursor reads).
    """

    data: list[FederationRuleWorkspace]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page, for the `page` parameter; null on the last page.
    """


class FederationRuleWorkspaceRemoveResponse(BaseModel):
    """
    Confirms a workspace was removed from a rule (the SDK class is WorkspaceRemoveResponse); removal is idempotent.
    """

    federation_rule_id: str
    type: Literal["federation_rule_workspace_deleted"]
    workspace_id: str


class GCPExternalKeyConfig(BaseModel):
    """
    A Google Cloud KMS key.
    """

    key_name: str
    """
    Full resource name of the Cloud KMS key.
    """
    type: Literal["gcp"]


class GCPExternalKeyConfigParam(BaseModel):
    """
    A Google Cloud KMS key.
    """

    key_name: str
    """
    Full resource name of the Cloud KMS key.
    """
    type: Literal["gcp"]


class JWKSDiscovery(BaseModel):
    """
    Keys found through OIDC discovery (`/.well-known/openid-configuration`).
    """

    ca_cert_pem: Optional[str] = None
    """
    Custom CA certificate (PEM) for verifying TLS when fetching the keys.
    """
    discovery_base: Optional[str] = None
    """
    Base of the discovery URL, when it differs from `issuer_url`.
    """
    type: Literal["discovery"]


class JWKSDiscoveryParam(BaseModel):
    """
    Keys found through OIDC discovery (`/.well-known/openid-configuration`).
    """

    ca_cert_pem: Optional[str] = None
    """
    Custom CA certificate (PEM) for verifying TLS when fetching the keys.
    """
    discovery_base: Optional[str] = None
    """
    Base of the discovery URL, when it differs from `issuer_url`.
    """
    type: Literal["discovery"]


class JWKSExplicitURL(BaseModel):
    """
    Keys fetched from a given JWKS URL.
    """

    ca_cert_pem: Optional[str] = None
    """
    Custom CA certificate (PEM) for verifying TLS when fetching the keys.
    """
    type: Literal["explicit_url"]
    url: str
    """
    URL of the JWKS document.
    """


class JWKSExplicitURLParam(BaseModel):
    """
    Keys fetched from a given JWKS URL.
    """

    ca_cert_pem: Optional[str] = None
    """
    Custom CA certificate (PEM) for verifying TLS when fetching the keys.
    """
    type: Literal["explicit_url"]
    url: str
    """
    URL of the JWKS document.
    """


class JWKSInline(BaseModel):
    """
    Keys given inline; no polling.
    """

    keys: list[dict[str, Any]]
    """
    The JSON Web Keys (RFC 7517 objects).
    """
    type: Literal["inline"]


class JWKSInlineParam(BaseModel):
    """
    Keys given inline; no polling.
    """

    keys: list[dict[str, Any]]
    """
    The JSON Web Keys (RFC 7517 objects).
    """
    type: Literal["inline"]


class ServiceAccountTarget(BaseModel):
    """
    A service account that tokens minted by a rule act as.
    """

    service_account_id: str
    service_account_name: Optional[str] = None
    """
    The service account's name when read.
    """
    type: Literal["service_account"]


class ServiceAccountTargetParam(BaseModel):
    """
    A service account that tokens minted by a rule act as.
    """

    service_account_id: str
    service_account_name: Optional[str] = None
    """
    The service account's name (ignored on input).
    """
    type: Literal["service_account"]


class TunnelCertificateCreateParams(BaseModel):
    """
    Request body of tunnels.certificates.create.
    """

    ca_certificate_pem: str
    """
    One PEM-encoded X.509 CA certificate, without private key material; at most 8 KB.
    """


class DisplayName1(RootModel[str]):
    root: Annotated[str, Field(max_length=255, min_length=1)]
    """
    Human-readable name (1-255 characters).
    """


class TunnelCreateParams(BaseModel):
    """
    Request body of tunnels.create.
    """

    display_name: Optional[DisplayName1] = None
    """
    Human-readable name (1-255 characters).
    """


class TunnelRotateTokenParams(BaseModel):
    """
    Request body of tunnels.rotate_token.
    """

    reason: Optional[str] = None
    """
    Free-text reason, kept in the audit log.
    """


class BetaClaudeCodeManagedSettingsOrganizationMode(BaseModel):
    """
    Every member receives the organization settings.
    """

    type: Literal["organization"]


class BetaClaudeCodeManagedSettingsOrganizationModeParam(BaseModel):
    """
    Give every member the organization settings.
    """

    type: Literal["organization"]


class BetaClaudeCodeManagedSettingsRBACGroupsMode(BaseModel):
    """
    Each member receives the settings of the first RBAC Group in `rbac_group_order` they belong to.
    """

    type: Literal["rbac_groups"]


class BetaClaudeCodeManagedSettingsRBACGroupsModeParam(BaseModel):
    """
    Give each member the settings of the first listed RBAC Group they belong to.
    """

    type: Literal["rbac_groups"]


class BetaClaudeCodeRBACGroupDefaultManagedSettings(BaseModel):
    """
    The settings members in no listed RBAC Group receive in `rbac_groups` mode.
    """

    settings: Optional[dict[str, Any]] = None
    """
    The default settings document; null when none is set or the stored one can no longer be read (`updated_at` is null only in the first case).
    """
    type: Literal["claude_code_rbac_group_default_managed_settings"]
    updated_at: Optional[AwareDatetime] = None
    """
    When the default settings last changed; null when none are set.
    """


class BetaClaudeCodeRBACGroupStatusActive(BaseModel):
    """
    The group is one of the organization's RBAC Groups.
    """

    type: Literal["active"]


class BetaClaudeCodeRBACGroupStatusDeleted(BaseModel):
    """
    The group no longer exists.
    """

    type: Literal["deleted"]


class BetaClaudeCodeRBACGroupStatusUnknown(BaseModel):
    """
    Whether the group exists cannot be checked right now.
    """

    type: Literal["unknown"]


class BetaClaudeTagBundle(BaseModel):
    """
    A named set of access (connectors, repositories, credentials) Claude can use in a Slack channel or workspace; created and edited in claude.ai, and what it grants is never returned.
    """

    id: str
    """
    The Bundle's identifier (prefixed `capp_`).
    """
    created_at: AwareDatetime
    description: Optional[str] = None
    """
    What the Bundle is for; null when it has none (read-only).
    """
    display_name: str
    """
    The Bundle's name (read-only).
    """
    instructions: Optional[str] = None
    """
    Instructions added to every session that can use the Bundle; null when it has none.
    """
    type: Literal["bundle"]
    updated_at: AwareDatetime


class BetaClaudeTagBundleListResponse(BaseModel):
    """
    One page of Bundles.
    """

    data: list[BetaClaudeTagBundle]
    next_page: Optional[str] = None
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaClaudeTagDefaultSettingSource(BaseModel):
    """
    No settings level sets a value, so the built-in default applies.
    """

    type: Literal["default"]


class BetaClaudeTagDeletedBundleTarget(BaseModel):
    """
    A Bundle detached from a Slack channel or workspace.
    """

    id: str
    """
    The identifier the Bundle Target had (prefixed `btgt_`).
    """
    type: Literal["bundle_target_deleted"]


class BetaClaudeTagDeletedSlackChannel(BaseModel):
    """
    A Slack channel removed from Claude Tag.
    """

    id: str
    """
    The removed channel's identifier (prefixed `slch_`).
    """
    type: Literal["slack_channel_deleted"]


class BetaClaudeTagGuestPolicyAllow(BaseModel):
    """
    Claude answers in the channel.
    """

    type: Literal["allow"]


class BetaClaudeTagGuestPolicyAllowParam(BaseModel):
    """
    Claude answers in the channel.
    """

    type: Literal["allow"]


class BetaClaudeTagGuestPolicyChannelOnly(BaseModel):
    """
    Claude answers with only the Bundles attached to the channel itself.
    """

    type: Literal["channel_only"]


class BetaClaudeTagGuestPolicyChannelOnlyParam(BaseModel):
    """
    Claude answers with only the Bundles attached to the channel itself.
    """

    type: Literal["channel_only"]


class BetaClaudeTagGuestPolicyRestrict(BaseModel):
    """
    Claude does not answer in the channel.
    """

    type: Literal["restrict"]


class BetaClaudeTagGuestPolicyRestrictParam(BaseModel):
    """
    Claude does not answer in the channel.
    """

    type: Literal["restrict"]


class BetaClaudeTagReplyModeAlwaysAwake(BaseModel):
    """
    Like `automatic`, but Claude never pauses on its own; only where enabled for the channel.
    """

    type: Literal["always_awake"]


class BetaClaudeTagReplyModeAlwaysAwakeParam(BaseModel):
    """
    Like `automatic`, but Claude never pauses on its own; only where enabled for the channel.
    """

    type: Literal["always_awake"]


class BetaClaudeTagReplyModeAutomatic(BaseModel):
    """
    Claude reads along, joins in when it can help, and pauses on its own in quiet or busy channels.
    """

    type: Literal["automatic"]


class BetaClaudeTagReplyModeAutomaticParam(BaseModel):
    """
    Claude reads along, joins in when it can help, and pauses on its own in quiet or busy channels.
    """

    type: Literal["automatic"]


class BetaClaudeTagReplyModeMentionOnly(BaseModel):
    """
    Claude replies only when @-mentioned.
    """

    type: Literal["mention_only"]


class BetaClaudeTagReplyModeMentionOnlyParam(BaseModel):
    """
    Claude replies only when @-mentioned.
    """

    type: Literal["mention_only"]


class BetaClaudeTagReplyModeThread(BaseModel):
    """
    Claude replies in a thread under every new top-level message; only where enabled for the channel and once Claude has been used there.
    """

    type: Literal["thread"]


class BetaClaudeTagReplyModeThreadParam(BaseModel):
    """
    Claude replies in a thread under every new top-level message; only where enabled for the channel and once Claude has been used there.
    """

    type: Literal["thread"]


class BetaClaudeTagSlackChannelBundleTarget(BaseModel):
    """
    A Bundle attached to one Slack channel, usable in that channel only.
    """

    id: str
    """
    The Bundle Target's opaque identifier (prefixed `btgt_`), the same for the same Bundle and target even after a detach and a new attach.
    """
    created_at: AwareDatetime
    """
    When the Bundle was attached.
    """
    slack_channel_id: str
    """
    The channel object's `id` (prefixed `slch_`), not Slack's `channel_id`.
    """
    type: Literal["slack_channel"]


class BetaClaudeTagSlackChannelBundleTargetCreateParam(BaseModel):
    """
    Attach the Bundle to a Slack channel.
    """

    slack_channel_id: str
    """
    The channel object's `id` (prefixed `slch_`), not Slack's `channel_id`.
    """
    type: Literal["slack_channel"]


class BetaClaudeTagSlackChannelIdentifiers(BaseModel):
    """
    Slack's own identifiers for a channel (not identifiers of this API).
    """

    channel_id: str
    """
    Slack's channel ID, starting with `C` or `G`.
    """
    workspace_id: str
    """
    Slack's ID of the workspace the channel is in, starting with `T`.
    """


class BetaClaudeTagSlackChannelIdentifiersParam(BaseModel):
    """
    Slack's own identifiers of the channel to set up; the organization must own the workspace.
    """

    channel_id: str
    """
    Slack's channel ID, starting with `C` or `G`.
    """
    workspace_id: str
    """
    Slack's ID of the workspace the channel is in, starting with `T`.
    """


class BetaClaudeTagSlackChannelSettingSource(BaseModel):
    """
    The value comes from the addressed Slack channel itself.
    """

    slack_channel_id: str
    """
    The channel's identifier (prefixed `slch_`).
    """
    type: Literal["slack_channel"]


class BetaClaudeTagSlackDefaultSettingSource(BaseModel):
    """
    The value comes from the organization's Slack defaults, which have no identifier.
    """

    type: Literal["slack_default"]


class BetaClaudeTagSlackGridChannelSettingSource(BaseModel):
    """
    The value comes from the same channel as set up under another workspace of its Slack Enterprise Grid.
    """

    slack: BetaClaudeTagSlackChannelIdentifiers
    type: Literal["slack_grid_channel"]


class BetaClaudeTagSlackParentChannelSettingSource(BaseModel):
    """
    The value comes from the channel a code channel was started from (only `instructions` and `environment_id`).
    """

    slack_channel_id: str
    """
    The parent channel's identifier (prefixed `slch_`).
    """
    type: Literal["slack_parent_channel"]


class BetaClaudeTagSlackWorkspaceBundleTarget(BaseModel):
    """
    A Bundle attached to one Slack workspace, usable in it and in every channel in it.
    """

    id: str
    """
    The Bundle Target's opaque identifier (prefixed `btgt_`), the same for the same Bundle and target even after a detach and a new attach.
    """
    created_at: AwareDatetime
    """
    When the Bundle was attached.
    """
    slack_workspace_id: str
    """
    The workspace object's `id` (prefixed `slws_`).
    """
    type: Literal["slack_workspace"]


class BetaClaudeTagSlackWorkspaceBundleTargetCreateParam(BaseModel):
    """
    Attach the Bundle to a Slack workspace.
    """

    slack_workspace_id: str
    """
    The workspace object's `id` (prefixed `slws_`).
    """
    type: Literal["slack_workspace"]


class BetaClaudeTagSlackWorkspaceIdentifiers(BaseModel):
    """
    Slack's own identifier for a workspace (not an identifier of this API).
    """

    workspace_id: str
    """
    Slack's workspace ID, starting with `T`.
    """


class BetaClaudeTagSlackWorkspaceSettingSource(BaseModel):
    """
    The value comes from a Slack workspace of the organization.
    """

    slack_workspace_id: str
    """
    The workspace's identifier (prefixed `slws_`).
    """
    type: Literal["slack_workspace"]


class BetaDeletedClaudeCodeRBACGroupManagedSettings(BaseModel):
    """
    The RBAC Group whose Claude Code managed settings were deleted.
    """

    rbac_group_id: str
    """
    The RBAC Group's ID (prefixed `rbac_group_`).
    """
    type: Literal["claude_code_rbac_group_managed_settings_deleted"]


class BetaDeletedTelemetryDestination(BaseModel):
    """
    The ID of a deleted telemetry destination.
    """

    id: str
    """
    ID of the deleted destination (prefixed `tdst_`).
    """
    type: Literal["telemetry_destination_deleted"]


class BetaDeletedTelemetryDestinationWorkspace(BaseModel):
    """
    A workspace removed from a destination's workspace list.
    """

    telemetry_destination_id: str
    """
    ID of the destination (prefixed `tdst_`).
    """
    type: Literal["telemetry_destination_workspace_deleted"]
    workspace_id: str
    """
    ID of the removed workspace (prefixed `wrkspc_`).
    """


class BetaTelemetryDestinationDeliveryHealth(BaseModel):
    """
    The most recent delivery results recorded for a destination; they may lag behind and are not reset by configuration changes.
    """

    last_error: Optional[str] = None
    """
    Why the most recent failed delivery failed (e.g. `timeout`, `TLS failure`, `HTTP error (status 503)`); null until a delivery fails, and not cleared by a later success.
    """
    last_error_at: Optional[AwareDatetime] = None
    """
    When the failure in `last_error` happened; null until a delivery fails.
    """
    last_success_at: Optional[AwareDatetime] = None
    """
    When the most recent successful delivery happened; null until one succeeds.
    """


class BetaTelemetryDestinationDisabledReasonCaller(BaseModel):
    """
    A caller disabled the destination with an update that set `state` to `disabled`.
    """

    type: Literal["caller"]


class BetaTelemetryDestinationDisabledReasonInvalidAddress(BaseModel):
    """
    The API disabled the destination after sustained failures whose latest was an invalid address (a hostname that does not resolve, or an address that is not publicly routable).
    """

    type: Literal["invalid_address"]


class BetaTelemetryDestinationDisabledReasonRedirect(BaseModel):
    """
    The API disabled the destination at once because it answered a delivery with a 3xx redirect.
    """

    type: Literal["redirect"]


class BetaTelemetryDestinationDisabledReasonSustainedFailure(BaseModel):
    """
    The API disabled the destination after deliveries kept failing for longer than an internal threshold.
    """

    type: Literal["sustained_failure"]


class BetaTelemetryDestinationStateDisabledParams(BaseModel):
    """
    Stop deliveries; an already disabled destination keeps its `reason`.
    """

    type: Literal["disabled"]


class BetaTelemetryDestinationStateEnabled(BaseModel):
    """
    The destination receives the spans of the workspaces it covers.
    """

    type: Literal["enabled"]


class BetaTelemetryDestinationStateEnabledParams(BaseModel):
    """
    Start deliveries again (does not reset `delivery_health`).
    """

    type: Literal["enabled"]


class BetaTelemetryDestinationTestFailure(BaseModel):
    """
    The test span was not delivered.
    """

    error: str
    """
    Why, in the form of `delivery_health.last_error` (e.g. `HTTP error (status 403)`, `timeout`).
    """
    type: Literal["failure"]


class BetaTelemetryDestinationTestSuccess(BaseModel):
    """
    The destination answered the test span with a 2xx status.
    """

    type: Literal["success"]


class BetaTelemetryDestinationTraces(BaseModel):
    """
    A destination's settings for the traces it receives.
    """

    content_mode: Literal["metadata_only", "content"]
    """
    What exported spans contain, metadata only or also prompts, responses and tool inputs and outputs.
    """
    enabled: bool
    """
    Whether the destination receives traces; a disabled one keeps its other settings.
    """
    endpoint_url: Optional[str] = None
    """
    Full URL traces are posted to, as registered; null means `endpoint_url` with `/v1/traces` appended.
    """
    max_content_bytes: Optional[int] = None
    """
    Most bytes of content one exported span may hold, longer content being shortened; null when only the API's maximum applies.
    """


class BetaTelemetryDestinationTracesParams(BaseModel):
    """
    Traces settings; an omitted one takes its default on create and keeps its value on update.
    """

    content_mode: Optional[Literal["metadata_only", "content"]] = None
    """
    What exported spans contain; `metadata_only` by default, and null sets `metadata_only` on update.
    """
    enabled: Optional[bool] = None
    """
    Whether the destination receives traces; true by default, never null.
    """
    endpoint_url: Annotated[Optional[str], Field(max_length=2048)] = None
    """
    Full traces URL for a collector that takes traces on another path than `/v1/traces`, with the same scheme, host and port as `endpoint_url`; null removes it on update.
    """
    max_content_bytes: Annotated[Optional[int], Field(ge=1)] = None
    """
    Most bytes of content one exported span may hold, up to the API's maximum; null sets no bound.
    """


class BetaTelemetryDestinationWorkspace(BaseModel):
    """
    One workspace on a destination's workspace list (covered under `include`, left out under `exclude`), identified by the destination and workspace IDs together.
    """

    created_at: AwareDatetime
    """
    When the workspace was added to the list.
    """
    telemetry_destination_id: str
    """
    ID of the destination (prefixed `tdst_`).
    """
    type: Literal["telemetry_destination_workspace"]
    workspace_id: str
    """
    ID of the workspace (prefixed `wrkspc_`).
    """


class BetaTelemetryDestinationWorkspaceListResponse(BaseModel):
    """
    One page of a destination's workspace list.
    """

    data: list[BetaTelemetryDestinationWorkspace]
    next_page: Optional[str] = None
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaTelemetryDestinationWorkspacesAll(BaseModel):
    """
    Every workspace of the organization, including archived and future ones; there is no list.
    """

    type: Literal["all"]


class BetaTelemetryDestinationWorkspacesAllParams(BaseModel):
    """
    Cover every workspace; takes no `workspace_ids`, and on update empties the list.
    """

    type: Literal["all"]


class BetaTelemetryDestinationWorkspacesExclude(BaseModel):
    """
    Every workspace except those on the destination's workspace list.
    """

    type: Literal["exclude"]


class BetaTelemetryDestinationWorkspacesExcludeParams(BaseModel):
    """
    Cover every workspace except those on the list.
    """

    type: Literal["exclude"]
    workspace_ids: Annotated[Optional[list[str]], Field(max_length=100)] = None
    """
    The whole list (prefixed `wrkspc_`); left out, the list starts empty on create and is kept on an update that keeps the type; archived workspaces cannot be added.
    """


class BetaTelemetryDestinationWorkspacesInclude(BaseModel):
    """
    Only the workspaces on the destination's workspace list.
    """

    type: Literal["include"]


class BetaTelemetryDestinationWorkspacesIncludeParams(BaseModel):
    """
    Cover only the workspaces on the list.
    """

    type: Literal["include"]
    workspace_ids: Annotated[Optional[list[str]], Field(max_length=100)] = None
    """
    The whole list (prefixed `wrkspc_`); left out, the list starts empty on create and is kept on an update that keeps the type; archived workspaces cannot be added.
    """


class ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams(BaseModel):
    settings: Optional[dict[str, Any]]
    """
    The whole default settings document, replacing any stored one, or null to clear the default settings; at most 1 MiB as stored.
    """


class ClaudeCodeRBACGroupManagedSettingsSetParams(BaseModel):
    settings: dict[str, Any]
    """
    The whole Claude Code managed settings document, replacing any stored one; at most 1 MiB as stored, which can be more than the request body.
    """


class ClaudeTagBundleTargetCreateParams1(BetaClaudeTagSlackChannelBundleTargetCreateParam):
    """
    What to attach the Bundle to: `slack_channel` with `slack_channel_id`, or `slack_workspace` with `slack_workspace_id`.
    """

    type: Literal["slack_channel"]
    """
    The kind of target.
    """
    slack_channel_id: str
    """
    For `slack_channel`, the channel object's `id` (prefixed `slch_`), not Slack's `channel_id`.
    """
    slack_workspace_id: Optional[str] = None
    """
    For `slack_workspace`, the workspace object's `id` (prefixed `slws_`).
    """


class ClaudeTagBundleTargetCreateParams2(BetaClaudeTagSlackWorkspaceBundleTargetCreateParam):
    """
    What to attach the Bundle to: `slack_channel` with `slack_channel_id`, or `slack_workspace` with `slack_workspace_id`.
    """

    type: Literal["slack_workspace"]
    """
    The kind of target.
    """
    slack_channel_id: Optional[str] = None
    """
    For `slack_channel`, the channel object's `id` (prefixed `slch_`), not Slack's `channel_id`.
    """
    slack_workspace_id: str
    """
    For `slack_workspace`, the workspace object's `id` (prefixed `slws_`).
    """


class ClaudeTagBundleTargetCreateParams(
    RootModel[Union[ClaudeTagBundleTargetCreateParams1, ClaudeTagBundleTargetCreateParams2]]
):
    root: Annotated[
        Union[ClaudeTagBundleTargetCreateParams1, ClaudeTagBundleTargetCreateParams2], Field(discriminator="type")
    ]
    """
    What to attach the Bundle to: `slack_channel` with `slack_channel_id`, or `slack_workspace` with `slack_workspace_id`.
    """


class ClaudeTagBundleUpdateParams(BaseModel):
    instructions: Optional[str] = None
    """
    Instructions added to every session that can use the Bundle, up to 10,000 bytes of UTF-8; null or an empty string clears them.
    """


class TelemetryDestinationCreateParams(BaseModel):
    endpoint_url: Annotated[str, Field(max_length=2048, min_length=1)]
    """
    Base URL of the collector's OTLP/HTTP endpoint: `https`, a hostname (not an IP address), port 443 if any, no query, fragment or credentials; a path prefix is allowed, but not the per-signal path.
    """
    workspaces: Annotated[
        Union[
            BetaTelemetryDestinationWorkspacesAllParams,
            BetaTelemetryDestinationWorkspacesIncludeParams,
            BetaTelemetryDestinationWorkspacesExcludeParams,
        ],
        Field(discriminator="type"),
    ]
    """
    Which workspaces the destination covers; on update a change of type, or `workspace_ids`, is refused while the list holds more than 750 workspaces.
    """
    display_name: Annotated[Optional[str], Field(max_length=255, min_length=1)] = None
    """
    Human-readable name for the destination.
    """
    headers: Annotated[Optional[dict[str, str]], Field(max_length=20)] = None
    """
    Request headers sent with every delivery, such as the collector's `authorization`: at most 20, printable ASCII values up to 4,096 characters, 16,384 bytes in all; reserved names are refused.
    """
    traces: Optional[BetaTelemetryDestinationTracesParams] = None


class TelemetryDestinationUpdateParams(BaseModel):
    """
    Send at least one field; omitted fields keep their values.
    """

    display_name: Annotated[Optional[str], Field(max_length=255, min_length=1)] = None
    """
    New human-readable name; null clears it.
    """
    endpoint_url: Annotated[Optional[str], Field(max_length=2048, min_length=1)] = None
    """
    New base URL, under the same rules as on create; a new hostname or port drops every registered header, so send the new ones in the same request.
    """
    headers: Annotated[Optional[dict[str, Optional[str]]], Field(max_length=20)] = None
    """
    Headers to merge in by case-insensitive name: a string sets one, null removes one, omitted ones are kept; setting a value also requires `endpoint_url`.
    """
    state: Annotated[
        Optional[Union[BetaTelemetryDestinationStateEnabledParams, BetaTelemetryDestinationStateDisabledParams]],
        Field(discriminator="type"),
    ] = None
    """
    Whether the destination receives deliveries after the update; never null.
    """
    traces: Optional[BetaTelemetryDestinationTracesParams] = None
    """
    Traces settings to change, omitted ones kept; null resets every traces setting to its default.
    """
    workspaces: Annotated[
        Optional[
            Union[
                BetaTelemetryDestinationWorkspacesAllParams,
                BetaTelemetryDestinationWorkspacesIncludeParams,
                BetaTelemetryDestinationWorkspacesExcludeParams,
            ]
        ],
        Field(discriminator="type"),
    ] = None
    """
    Which workspaces the destination covers; on update a change of type, or `workspace_ids`, is refused while the list holds more than 750 workspaces.
    """


class BetaAWSExternalStorageConfig(BaseModel):
    """
    An Amazon S3 bucket.
    """

    account_id: str
    """
    The 12-digit ID of the AWS account the bucket belongs to.
    """
    bucket_name: str
    """
    Name of the bucket, with no `s3://` prefix.
    """
    region: str
    """
    AWS region the bucket is in.
    """
    type: Literal["aws"]


class BetaAWSExternalStorageConfigParam(BaseModel):
    """
    An Amazon S3 bucket.
    """

    account_id: Annotated[str, Field(pattern="^[0-9]{12}$")]
    """
    The 12-digit ID of the AWS account the bucket belongs to.
    """
    bucket_name: Annotated[str, Field(max_length=63, min_length=3, pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$")]
    """
    Name of the bucket with no `s3://` prefix: lower-case letters, digits and hyphens, beginning and ending with a letter or digit.
    """
    region: str
    """
    AWS region the bucket is in; activation fails when Anthropic can't use buckets in that region.
    """
    type: Literal["aws"]


class BetaActiveExternalStorageStatus(BaseModel):
    """
    Attached to one or more Workspaces.
    """

    healthy: bool
    """
    Whether the most recent recorded check of the bucket passed; it may remain true after the bucket has stopped working, so it is no health monitor.
    """
    last_checked_at: AwareDatetime
    """
    When the most recent recorded check of the bucket ran.
    """
    type: Literal["active"]


class BetaAvailableExternalStorageStatus(BaseModel):
    """
    Verified, attached to no Workspace, and not written to or read by Anthropic.
    """

    healthy: bool
    """
    Whether the most recent recorded check of the bucket passed; it may remain true after the bucket has stopped working, so it is no health monitor.
    """
    last_checked_at: AwareDatetime
    """
    When the most recent recorded check of the bucket ran.
    """
    type: Literal["available"]


class BetaDeletedExternalStorage(BaseModel):
    """
    The ID of deleted External Storage.
    """

    id: str
    """
    ID of the deleted External Storage (prefixed `estrg_`, or on Claude Platform on AWS the bucket ARN of `aws` storage).
    """
    type: Literal["external_storage_deleted"]


class BetaDrainingExternalStorageStatus(BaseModel):
    """
    Attached to no Workspace any more; a Workspace may attach it again as long as `removal_started` is false.
    """

    healthy: bool
    """
    Whether the most recent recorded check of the bucket passed; it may remain true after the bucket has stopped working, so it is no health monitor.
    """
    last_checked_at: AwareDatetime
    """
    When the most recent recorded check of the bucket ran.
    """
    removal_started: bool
    """
    True once a delete has begun removing the storage, which cannot be undone: it can no longer be attached, and deleting it again completes the removal.
    """
    type: Literal["draining"]


class BetaGCPExternalStorageConfig(BaseModel):
    """
    A Google Cloud Storage bucket.
    """

    bucket_name: str
    """
    Name of the bucket, with no `gs://` prefix.
    """
    project_number: str
    """
    Number of the Google Cloud project the bucket belongs to.
    """
    region: str
    """
    Google Cloud region the bucket is in.
    """
    type: Literal["gcp"]


class BetaGCPExternalStorageConfigParam(BaseModel):
    """
    A Google Cloud Storage bucket.
    """

    bucket_name: Annotated[str, Field(max_length=63, min_length=3, pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$")]
    """
    Name of the bucket with no `gs://` prefix: lower-case letters, digits and hyphens, beginning and ending with a letter or digit; it may neither begin with `goog` nor contain `google`.
    """
    project_number: str
    """
    The project number (not the project ID) of the Google Cloud project the bucket belongs to.
    """
    region: str
    """
    Google Cloud region the bucket is in, such as `us-east5`: a single region listed in the setup guide, since dual-regions and multi-regions are not supported.
    """
    type: Literal["gcp"]


class BetaPendingConfigurationExternalStorageStatus(BaseModel):
    """
    Registered but not verified yet; activating the storage runs the verification.
    """

    type: Literal["pending_configuration"]


class ExternalStorageCreateParams(BaseModel):
    provider_config: Annotated[
        Union[BetaAWSExternalStorageConfigParam, BetaGCPExternalStorageConfigParam], Field(discriminator="type")
    ]
    """
    The cloud provider and the bucket to register.
    """
    display_name: Optional[str] = None
    """
    Human-readable name for the storage.
    """
    user_profile_id: Optional[str] = None
    """
    User profile (prefixed `uprof_`) to bind the storage to, which can't be changed afterwards: only Workspaces with that profile can then attach the storage, and the bucket's setup has to name the same ID.
    """


class ExternalStorageUpdateParams(BaseModel):
    display_name: Optional[str]
    """
    New human-readable name; null removes the name.
    """


class BetaAdvisorMessageIterationUsage(BaseModel):
    """
    Beta: Token usage of one advisor tool call.
    """

    cache_creation: Optional[CacheCreation] = None
    cache_creation_input_tokens: int
    cache_read_input_tokens: int
    input_tokens: int
    model: Union[
        str,
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
    ]
    output_tokens: int
    type: Literal["advisor_message"]


class BetaAdvisorRedactedResultBlock(BaseModel):
    """
    Beta: The advisor model's answer, encrypted.
    """

    encrypted_content: str
    stop_reason: Optional[str] = None
    """
    Why the advisor model stopped.
    """
    type: Literal["advisor_redacted_result"]


class BetaAdvisorResultBlock(BaseModel):
    """
    Beta: The advisor model's answer as text.
    """

    stop_reason: Optional[str] = None
    """
    Why the advisor model stopped.
    """
    text: str
    type: Literal["advisor_result"]


class BetaAdvisorToolResultErrorObject(BaseModel):
    """
    Beta: An advisor tool call that failed.
    """

    error_code: Literal[
        "max_uses_exceeded",
        "prompt_too_long",
        "too_many_requests",
        "overloaded",
        "unavailable",
        "execution_time_exceeded",
        "model_not_found",
    ]
    type: Literal["advisor_tool_result_error"]


class BetaAllThinkingTurnsParam(BaseModel):
    """
    Beta: Keep thinking blocks of every assistant turn.
    """

    type: Literal["all"]


class BetaBillingPolicyParam(BaseModel):
    """
    Beta: Which organization is billed for the request.
    """

    type: Literal["billing_policy"]
    bill_to: Optional[Literal["self", "user_profile"]] = None
    """
    Who is billed: self (the default) or the customer behind the user profile in the anthropic-user-profile-id header.
    """


class BetaClearThinking20251015EditResponse(BaseModel):
    """
    Beta: What the clear_thinking_20251015 edit removed.
    """

    cleared_input_tokens: int
    cleared_thinking_turns: int
    type: Literal["clear_thinking_20251015"]


class BetaClearToolUses20250919EditResponse(BaseModel):
    """
    Beta: What the clear_tool_uses_20250919 edit removed.
    """

    cleared_input_tokens: int
    cleared_tool_uses: int
    type: Literal["clear_tool_uses_20250919"]


class BetaCompactionConfigParam(BaseModel):
    """
    Beta: Turns the request into a compaction request: the conversation is summarized into one signed compaction block and nothing else is sampled.
    """

    type: Literal["summarize"]
    instructions: Optional[str] = None
    """
    Replaces the default summarization prompt; empty or whitespace counts as absent.
    """


class BetaCompactionIterationUsage(BaseModel):
    """
    Beta: Token usage of the server-side compaction (summarization) step.
    """

    cache_creation: Optional[CacheCreation] = None
    cache_creation_input_tokens: int
    cache_read_input_tokens: int
    input_tokens: int
    output_tokens: int
    type: Literal["compaction"]


class BetaContextManagementResponse(BaseModel):
    """
    Beta: The context editing strategies applied to this request.
    """

    applied_edits: list[
        Annotated[
            Union[BetaClearToolUses20250919EditResponse, BetaClearThinking20251015EditResponse],
            Field(discriminator="type"),
        ]
    ]


class BetaCountTokensContextManagementResponse(BaseModel):
    """
    Beta: The token count before context management was applied.
    """

    original_input_tokens: int
    """
    Input tokens before context management edits.
    """


class BetaFallbackCreditNotApplied(BaseModel):
    """
    Beta: The fallback credit was not applied (best_effort mode), and why.
    """

    reason: Literal[
        "body_mismatch",
        "continuation_excluded",
        "continuation_only",
        "expired",
        "invalid_target_model",
        "not_enabled",
        "reprice_unavailable",
        "temporarily_unavailable",
        "variant_fields_present",
        "wrong_organization",
        "wrong_platform",
        "wrong_workspace",
    ]
    type: Literal["not_applied"]
    remove_to_redeem: Optional[list[str]] = None
    """
    Request fields to remove for the token to be redeemed.
    """


class BetaFallbackCreditRedeemed(BaseModel):
    """
    Beta: The fallback credit was applied.
    """

    type: Literal["redeemed"]


class BetaFallbackCreditTokenParam(BaseModel):
    """
    Beta: Object form of fallback_credit_token: the token plus how a failing redemption is handled (needs fallback-credit-2026-07-01).
    """

    token: str
    """
    The fallback_credit_token from a refusal's stop_details.
    """
    mode: Optional[Literal["strict", "best_effort"]] = None
    """
    strict (default): a failing redemption is a 400; best_effort: the retry runs at normal price and usage.fallback_credit reports why.
    """


class BetaFallbackCreditUsage(BaseModel):
    """
    Beta: Outcome of the fallback_credit_token presented on this request.
    """

    status: Annotated[Union[BetaFallbackCreditRedeemed, BetaFallbackCreditNotApplied], Field(discriminator="type")]


class BetaFallbackInfo(BaseModel):
    """
    Beta: A model in a fallback hand-over.
    """

    model: Union[
        str,
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
    ]


class BetaFallbackMessageIterationUsage(BaseModel):
    """
    Beta: Token usage of one attempt on a fallback model.
    """

    cache_creation: Optional[CacheCreation] = None
    cache_creation_input_tokens: int
    cache_read_input_tokens: int
    input_tokens: int
    model: Union[
        str,
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
    ]
    output_tokens: int
    type: Literal["fallback_message"]


class BetaFallbackRefusalTrigger(BaseModel):
    """
    Beta: The refusal that triggered a fallback.
    """

    category: Optional[Literal["cyber", "bio", "frontier_llm", "reasoning_extraction", "general_harms"]] = None
    type: Literal["refusal"]


class BetaInputTokensClearAtLeastParam(BaseModel):
    """
    Beta: The fewest input tokens an edit must clear to be applied.
    """

    type: Literal["input_tokens"]
    value: int


class BetaInputTokensTriggerParam(BaseModel):
    """
    Beta: A threshold in input tokens.
    """

    type: Literal["input_tokens"]
    value: int


class BetaMCPTool(BaseModel):
    """
    Beta: One tool listed by an MCP server.
    """

    input_schema: dict[str, Any]
    """
    JSON Schema of the tool's input.
    """
    name: str
    description: Optional[str] = None


class BetaMCPToolConfigParam(BaseModel):
    """
    Beta: Settings for one tool of an MCP toolset.
    """

    defer_loading: Optional[bool] = None
    """
    Load the tool's definition only when tool search finds it.
    """
    enabled: Optional[bool] = None
    """
    Whether the tool is available to the model.
    """


class BetaMCPToolDefaultConfigParam(BaseModel):
    """
    Beta: Settings applied to every tool of an MCP toolset unless overridden in configs.
    """

    defer_loading: Optional[bool] = None
    """
    Load tool definitions only when tool search finds them.
    """
    enabled: Optional[bool] = None
    """
    Whether tools are available to the model.
    """


class BetaMCPToolListingBlock(BaseModel):
    """
    Beta: The tools an MCP server listed for this request.
    """

    mcp_server_name: str
    """
    The MCP server that listed the tools.
    """
    tools: list[BetaMCPTool]
    type: Literal["mcp_tool_listing"]


class BetaMCPToolParamParam(BaseModel):
    """
    Beta: One pinned entry of an MCP server's tool listing.
    """

    input_schema: dict[str, Any]
    """
    JSON Schema of the tool's input.
    """
    name: str
    description: Optional[str] = None


class BetaMCPToolResultBlock(BaseModel):
    """
    Beta: The result an MCP server returned for a tool call.
    """

    content: Union[str, list[TextBlock]]
    is_error: bool
    tool_use_id: str
    """
    The id of the mcp_tool_use block this answers.
    """
    type: Literal["mcp_tool_result"]


class BetaMCPToolUseBlock(BaseModel):
    """
    Beta: A call the model made to a tool of an MCP server (MCP connector).
    """

    id: str
    input: dict[str, Any]
    name: str
    server_name: str
    """
    The MCP server the tool belongs to.
    """
    type: Literal["mcp_tool_use"]


class BetaMCPToolsetParam(BaseModel):
    """
    Beta: The tools of one MCP server from mcp_servers, and how each is configured (mcp-client-2025-11-20).
    """

    mcp_server_name: str
    """
    The name of a server in mcp_servers.
    """
    type: Literal["mcp_toolset"]
    cache_control: Optional[CacheControlEphemeralParam] = None
    """
    A prompt-cache breakpoint at this tool definition.
    """
    configs: Optional[dict[str, BetaMCPToolConfigParam]] = None
    """
    Per-tool overrides, keyed by tool name.
    """
    default_config: Optional[BetaMCPToolDefaultConfigParam] = None
    """
    Settings for every tool of the server.
    """
    tools: Optional[list[BetaMCPToolParamParam]] = None
    """
    A pinned copy of the server's tool listing (from an mcp_tool_listing block); the server is not asked for its tools.
    """


class BetaAdvisorTool20260301Param(BaseModel):
    """
    Beta: the advisor tool, which asks a second model for advice mid-turn (advisor-tool-2026-03-01).
    """

    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    caching: Optional[CacheControlEphemeralParam] = None
    """
    A cache for the advisor's own prompt, written at this TTL on each call; omitted, it is not cached.
    """
    defer_loading: Optional[bool] = None
    max_tokens: Optional[int] = None
    """
    The most output (thinking and text) the advisor gives per call; a capped answer stops with max_tokens.
    """
    max_uses: Optional[int] = None
    """
    The most times the tool may be used in the request.
    """
    model: Union[
        str,
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
    ]
    """
    The advisor model.
    """
    name: Literal["advisor"]
    strict: Optional[bool] = None
    type: Literal["advisor_20260301"]


class BetaToolBash20241022Param(BaseModel):
    """
    Beta: the bash tool, first version (computer-use-2024-10-22).
    """

    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    input_examples: Optional[list[dict[str, Any]]] = None
    name: Literal["bash"]
    strict: Optional[bool] = None
    type: Literal["bash_20241022"]


class BetaToolComputerUse20241022Param(BaseModel):
    """
    Beta: the computer use tool (computer-use-2024-10-22).
    """

    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    display_height_px: int
    """
    The height of the display in pixels.
    """
    display_number: Optional[int] = None
    """
    The X11 display number (for example 0 or 1).
    """
    display_width_px: int
    """
    The width of the display in pixels.
    """
    input_examples: Optional[list[dict[str, Any]]] = None
    name: Literal["computer"]
    strict: Optional[bool] = None
    type: Literal["computer_20241022"]


class BetaToolComputerUse20250124Param(BaseModel):
    """
    Beta: the computer use tool (computer-use-2025-01-24).
    """

    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    display_height_px: int
    """
    The height of the display in pixels.
    """
    display_number: Optional[int] = None
    """
    The X11 display number (for example 0 or 1).
    """
    display_width_px: int
    """
    The width of the display in pixels.
    """
    input_examples: Optional[list[dict[str, Any]]] = None
    name: Literal["computer"]
    strict: Optional[bool] = None
    type: Literal["computer_20250124"]


class BetaToolComputerUse20251124Param(BaseModel):
    """
    Beta: the computer use tool (computer-use-2025-11-24).
    """

    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    display_height_px: int
    """
    The height of the display in pixels.
    """
    display_number: Optional[int] = None
    """
    The X11 display number (for example 0 or 1).
    """
    display_width_px: int
    """
    The width of the display in pixels.
    """
    enable_zoom: Optional[bool] = None
    """
    Whether the model may take a zoomed-in screenshot of part of the screen.
    """
    input_examples: Optional[list[dict[str, Any]]] = None
    name: Literal["computer"]
    strict: Optional[bool] = None
    type: Literal["computer_20251124"]


class BetaToolTextEditor20241022Param(BaseModel):
    """
    Beta: the text editor tool, first version (computer-use-2024-10-22).
    """

    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    defer_loading: Optional[bool] = None
    input_examples: Optional[list[dict[str, Any]]] = None
    name: Literal["str_replace_editor"]
    strict: Optional[bool] = None
    type: Literal["text_editor_20241022"]


class BetaMessageIterationUsage(BaseModel):
    """
    Beta: Token usage of one sampling iteration.
    """

    cache_creation: Optional[CacheCreation] = None
    cache_creation_input_tokens: int
    cache_read_input_tokens: int
    input_tokens: int
    model: Optional[
        Union[
            str,
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
        ]
    ] = None
    """
    The model of this iteration, when it differs from the request's.
    """
    output_tokens: int
    type: Literal["message"]


class BetaRequestMCPServerToolConfigurationParam(BaseModel):
    """
    Beta: Which tools of an MCP server are enabled (deprecated mcp-client-2025-04-04 form; use an mcp_toolset in tools instead).
    """

    allowed_tools: Optional[list[str]] = None
    """
    Only these tools are allowed; all when absent.
    """
    enabled: Optional[bool] = None
    """
    Whether the server's tools are enabled.
    """


class BetaRequestMCPServerURLDefinitionParam(BaseModel):
    """
    Beta: A remote MCP server the API connects to for this request.
    """

    name: str
    """
    A unique name for the server; an mcp_toolset in tools refers to it.
    """
    type: Literal["url"]
    url: str
    """
    The server URL (https).
    """
    authorization_token: Optional[str] = None
    """
    OAuth bearer token for the server, if it needs one.
    """
    tool_configuration: Optional[BetaRequestMCPServerToolConfigurationParam] = None
    """
    Tool settings of the deprecated mcp-client-2025-04-04 version.
    """


class BetaResponseToolChangeMCPToolReference(BaseModel):
    """
    Beta: One tool of an MCP server.
    """

    name: str
    server_name: str
    type: Literal["mcp_tool_reference"]


class BetaResponseToolChangeMCPToolsetReference(BaseModel):
    """
    Beta: Every tool of an MCP server.
    """

    server_name: str
    type: Literal["mcp_toolset_reference"]


class BetaResponseToolChangeToolReference(BaseModel):
    """
    Beta: A tool named by its name.
    """

    name: str
    type: Literal["tool_reference"]


class BetaResponseToolRemovalBlock(BaseModel):
    """
    Beta: A tool that stopped being available at this point of the conversation.
    """

    tool: Annotated[
        Union[
            BetaResponseToolChangeToolReference,
            BetaResponseToolChangeMCPToolReference,
            BetaResponseToolChangeMCPToolsetReference,
        ],
        Field(discriminator="type"),
    ]
    type: Literal["tool_removal"]


class BetaThinkingBlockBindingParam(BaseModel):
    """
    Beta: What happens when a thinking block sent back fails the conversation check.
    """

    prefix_mismatch_behavior: Optional[Literal["error", "drop_block"]] = None
    """
    error (default) fails the request with a 400; drop_block removes the failing blocks and reports them in input_transformations.
    """


class BetaThinkingDroppedInputTransformation(BaseModel):
    """
    Beta: A thinking block in the request failed the conversation check and was removed.
    """

    path: str
    """
    Where the block was in the request (JSON path).
    """
    reason: Literal[
        "model_binding_mismatch",
        "prefix_binding_mismatch",
        "organization_binding_mismatch",
        "end_user_binding_mismatch",
    ]
    type: Literal["thinking_dropped"]


class BetaThinkingMismatchAllowedInputTransformation(BaseModel):
    """
    Beta: A thinking block in the request failed the conversation check and was kept.
    """

    path: str
    """
    Where the block is in the request (JSON path).
    """
    reason: Literal[
        "model_binding_mismatch",
        "prefix_binding_mismatch",
        "organization_binding_mismatch",
        "end_user_binding_mismatch",
    ]
    type: Literal["thinking_mismatch_allowed"]


class BetaThinkingTurnsParam(BaseModel):
    """
    Beta: Keep thinking blocks of this many most recent assistant turns.
    """

    type: Literal["thinking_turns"]
    value: int


class BetaThreadContinueParams(BaseModel):
    """
    Beta: Continue the message thread of a previous response.
    """

    previous_message_id: str
    """
    The id of the previous response in the thread.
    """
    type: Literal["continue"]


class BetaThreadCreateParams(BaseModel):
    """
    Beta: Start a message thread held on the server under this response's id.
    """

    type: Literal["create"]


class BetaTokenTaskBudgetParam(BaseModel):
    """
    Beta: A total token budget for a task that spans several contexts.
    """

    total: int
    """
    Total tokens for the task across all contexts.
    """
    type: Literal["tokens"]
    remaining: Optional[int] = None
    """
    Tokens left of the budget; total when absent.
    """


class BetaToolChangeToolDefinition(BaseModel):
    """
    Beta: A tool given by its full definition.
    """

    definition: dict[str, Any]
    """
    The tool definition, shaped like an entry of the request's tools.
    """
    type: Literal["tool_definition"]


class BetaToolUsesKeepParam(BaseModel):
    """
    Beta: How many of the most recent tool uses to keep.
    """

    type: Literal["tool_uses"]
    value: int


class BetaToolUsesTriggerParam(BaseModel):
    """
    Beta: A threshold in tool uses.
    """

    type: Literal["tool_uses"]
    value: int


class BetaCompactionContentBlockDelta(BaseModel):
    """
    Beta: a streamed piece of a compaction block (compaction_delta).
    """

    content: Optional[str] = None
    """
    A piece of the summary text.
    """
    encrypted_content: Optional[str] = None
    """
    The encrypted summary.
    """
    type: Literal["compaction_delta"]


class ClaudeCodeUsageReportAPIActor(BaseModel):
    """
    An API key.
    """

    api_key_name: str
    """
    Name of the API key.
    """
    type: Literal["api_actor"]


class ClaudeCodeUsageReportEstimatedCost(BaseModel):
    """
    An estimated cost.
    """

    amount: int
    """
    Amount in the currency's smallest unit (cents for USD).
    """
    currency: str
    """
    Currency code, such as `USD`.
    """


class ClaudeCodeUsageReportLinesOfCode(BaseModel):
    """
    Lines of code Claude Code changed, across all files.
    """

    added: int
    removed: int


class ClaudeCodeUsageReportTokens(BaseModel):
    """
    Token counts of one model by kind.
    """

    cache_creation: int
    """
    Tokens written to the prompt cache.
    """
    cache_read: int
    """
    Tokens read from the prompt cache.
    """
    input: int
    """
    Input tokens.
    """
    output: int
    """
    Output tokens.
    """


class ClaudeCodeUsageReportToolActions(BaseModel):
    """
    How many of one tool's proposals the user accepted and rejected.
    """

    accepted: int
    rejected: int


class ClaudeCodeUsageReportUserActor(BaseModel):
    """
    A user signed in with OAuth.
    """

    email_address: str
    """
    Email address of the user.
    """
    type: Literal["user_actor"]


class CostReportResult(BaseModel):
    """
    One cost row for the combination of grouped dimensions it names (dimensions not grouped by are null).
    """

    amount: str
    """
    Cost in the currency's smallest unit (cents for USD) as a decimal string: `"123.45"` USD is $1.23.
    """
    context_window: Optional[Literal["0-200k", "200k-1M"]]
    """
    Context-window pricing tier; null unless grouped by `description`, and for non-token costs.
    """
    cost_type: Optional[Literal["code_execution", "session_usage", "tokens", "web_search"]]
    """
    Kind of cost; null unless grouped by `description`.
    """
    currency: str
    """
    Currency code of `amount`; currently always `USD`.
    """
    description: Optional[str]
    """
    What the cost is for, e.g. a model's input tokens; null unless grouped by `description`.
    """
    inference_geo: Optional[Literal["global", "not_available", "us"]]
    """
    Inference region: the request's `inference_geo`, else the workspace default; `not_available` for models without a choice of region; null unless grouped by inference region.
    """
    model: Optional[str]
    """
    Model; null unless grouped by `description`, and for non-token costs.
    """
    service_tier: Optional[Literal["batch", "standard"]]
    """
    Service tier; null unless grouped by `description`, and for non-token costs.
    """
    token_type: Optional[
        Literal[
            "cache_creation.ephemeral_1h_input_tokens",
            "cache_creation.ephemeral_5m_input_tokens",
            "cache_read_input_tokens",
            "output_tokens",
            "uncached_input_tokens",
        ]
    ]
    """
    Kind of token; null unless grouped by `description`, and for non-token costs.
    """
    workspace_id: Optional[str]
    """
    Workspace the cost belongs to; null unless grouped by `workspace_id`, and for the default workspace.
    """


class CostReportTimeBucket(BaseModel):
    """
    Costs within one daily time bucket.
    """

    starting_at: AwareDatetime
    """
    Start of the bucket (inclusive).
    """
    ending_at: AwareDatetime
    """
    End of the bucket (exclusive).
    """
    results: list[CostReportResult]
    """
    Cost rows of this bucket; more than one when `group_by[]` splits them.
    """


class UsageReportMessagesServerToolUse(BaseModel):
    """
    Server-side tool use counts of a usage row.
    """

    web_search_requests: int
    """
    Web search requests made.
    """


class ComplianceActivityUserActor(BaseModel):
    """
    A signed-in claude.ai or Claude Console user. Processes Anthropic runs on a user's behalf (for example migrations) can also appear as that user's `user_actor`.
    """

    type: Literal["user_actor"]
    email_address: str
    """
    Email address of the user.
    """
    user_id: str
    """
    ID of the user (prefixed `user_`).
    """
    ip_address: str
    """
    IP address the request came from.
    """
    user_agent: str
    """
    User agent of the client that made the request.
    """


class ComplianceActivityAPIActor(BaseModel):
    """
    A request authenticated with an API key the customer issued, to the Claude API or the Compliance API; Compliance API calls show this actor for Compliance Access Keys and Admin API keys alike.
    """

    type: Literal["api_actor"]
    api_key_id: str
    """
    ID of the API key used.
    """
    ip_address: str
    """
    IP address the request came from.
    """
    user_agent: str
    """
    User agent of the client that made the request.
    """


class ComplianceActivityAdminAPIKeyActor(BaseModel):
    """
    An organization admin acting through an Admin API key (managing users, invites, workspaces or API keys).
    """

    type: Literal["admin_api_key_actor"]
    admin_api_key_id: str
    """
    ID of the Admin API key used.
    """
    ip_address: str
    """
    IP address the request came from.
    """
    user_agent: str
    """
    User agent of the client that made the request.
    """


class ComplianceActivityServiceAccountActor(BaseModel):
    """
    A service account acting through its credentials.
    """

    type: Literal["service_account_actor"]
    service_account_id: str
    """
    ID of the service account.
    """
    ip_address: str
    """
    IP address the request came from.
    """
    user_agent: str
    """
    User agent of the client that made the request.
    """


class ComplianceActivityUnauthenticatedUserActor(BaseModel):
    """
    Someone acting before signing in was complete, for example when an SSO sign-in is started.
    """

    type: Literal["unauthenticated_user_actor"]
    unauthenticated_email_address: Optional[str] = None
    """
    The email address given before sign-in, unverified; null or absent when none was given.
    """
    ip_address: str
    """
    IP address the request came from.
    """
    user_agent: str
    """
    User agent of the client that made the request.
    """


class ComplianceActivityAnthropicActor(BaseModel):
    """
    Anthropic acting on the organization, for example through internal tooling.
    """

    type: Literal["anthropic_actor"]
    email_address: Optional[str] = None
    """
    Always null: Anthropic operators are not identified by email; the field exists so the shape matches `user_actor`.
    """


class ComplianceActivitySystemActor(BaseModel):
    """
    Automated background work by Anthropic systems, with no user or customer credential involved.
    """

    type: Literal["system_actor"]
    service: Optional[str] = None
    """
    Name of the automated process that acted, when known; otherwise null.
    """


class ComplianceActivityScimDirectorySyncActor(BaseModel):
    """
    An identity provider (such as Okta, Microsoft Entra ID or JumpCloud) pushing a change through SCIM directory sync.
    """

    type: Literal["scim_directory_sync_actor"]
    directory_id: str
    """
    ID of the synced directory.
    """
    workos_event_id: str
    """
    ID of the directory-sync event that carried the change.
    """
    idp_connection_type: Optional[str] = None
    """
    Kind of identity-provider connection, for example `OktaSCIMV2` or `AzureSCIMV2`; null when unknown.
    """


class ComplianceActivityFederatedIdentityActor(BaseModel):
    """
    An external workload authenticated with a verified OIDC token; the fields are the verified claims of that token.
    """

    type: Literal["federated_identity_actor"]
    issuer: str
    """
    Issuer claim of the token.
    """
    subject: str
    """
    Subject claim of the token.
    """
    audience: Optional[list[str]] = None
    """
    Audience claim of the token.
    """
    ip_address: Optional[str] = None
    """
    IP address the request came from, when known.
    """
    user_agent: Optional[str] = None
    """
    User agent of the client, when known.
    """


class ComplianceActivityFederatedActorAWSProvider(BaseModel):
    """
    The AWS account the organization is bound to.
    """

    type: Literal["aws"]
    account_id: str
    """
    ID of the AWS account.
    """
    signed_principal: str
    """
    ARN of the IAM principal that asked for the token, as signed by AWS.
    """


class ComplianceActivityFederatedActorAzureProvider(BaseModel):
    """
    The Azure subscription the organization is bound to.
    """

    type: Literal["azure"]
    subscription_id: str
    """
    ID of the Azure subscription.
    """


class ComplianceActivityFederatedActorGCPProvider(BaseModel):
    """
    The Google Cloud project the organization is bound to.
    """

    type: Literal["gcp"]
    project_number: str
    """
    Number of the Google Cloud project.
    """


class ComplianceActivityFederatedActorOIDCProvider(BaseModel):
    """
    An OIDC federation issuer the customer registered.
    """

    type: Literal["oidc"]
    issuer: Optional[str] = None
    """
    URL of the issuer; null when the credential presented failed verification.
    """


class ComplianceActivityAttestedDeviceActor(BaseModel):
    """
    A mobile device authenticated through Apple App Attest.
    """

    type: Literal["attested_device_actor"]
    external_client_id: str
    """
    Identifier of the attested client app.
    """
    kid_hash: str
    """
    Hash of the attested key's identifier.
    """
    ip_address: Optional[str] = None
    """
    IP address the request came from, when known.
    """
    user_agent: Optional[str] = None
    """
    User agent of the client, when known.
    """


class ComplianceOrganization(BaseModel):
    """
    An organization linked under the parent organization the Compliance Access Key is bound to.
    """

    uuid: UUID
    """
    The organization's bare UUID, the value the per-organization paths take as `org_uuid` (and the settings path as `organization_id`); Activity Feed, chat and project records carry the same organization as `organization_uuid`, or `org_`-prefixed as `organization_id`.
    """
    name: str
    """
    Display name of the organization.
    """
    created_at: AwareDatetime
    """
    When the organization was created.
    """


class ComplianceOrganizationListResponse(BaseModel):
    """
    One page of the organizations under the parent, oldest first.
    """

    data: list[ComplianceOrganization]
    """
    The organizations of this page, sorted by `created_at` ascending.
    """
    has_more: bool
    """
    Whether more organizations follow this page.
    """
    next_page: Optional[str]
    """
    The cursor of the next page, to pass unchanged as `page`; null on the last page.
    """


class ComplianceOrganizationUser(BaseModel):
    """
    A current member of one organization; removed members drop out of the list at once.
    """

    id: str
    """
    ID of the user (prefixed `user_`), the same ID the Activity Feed's `actor_ids[]` and the chat list's `user_ids[]` filters accept.
    """
    email: str
    """
    The user's current email address.
    """
    full_name: str
    """
    The user's current full name.
    """
    organization_role: str
    """
    The user's built-in membership level in this organization, independent of any custom RBAC roles. Known values: `admin`, `billing`, `claude_code_user`, `developer`, `managed`, `membership_admin`, `owner`, `primary_owner`, `user`; the current reference lists two more, so other values may appear.
    """
    created_at: AwareDatetime
    """
    When the user's account was created.
    """


class ComplianceOrganizationUserListResponse(BaseModel):
    """
    One page of an organization's members, in the order they joined it.
    """

    data: list[ComplianceOrganizationUser]
    """
    The members of this page, sorted by organization join date ascending.
    """
    has_more: bool
    """
    Whether more members follow this page.
    """
    next_page: Optional[str]
    """
    The cursor of the next page, to pass unchanged as `page`; null on the last page.
    """


class ComplianceRole(BaseModel):
    """
    A custom RBAC role defined on one organization.
    """

    id: str
    """
    ID of the role (prefixed `rbac_role_`), as listed in a group's `roles`.
    """
    name: str
    """
    Name of the role.
    """
    description: str
    """
    Free-text description of the role.
    """
    created_at: Optional[AwareDatetime]
    """
    When the role was created; null when not recorded.
    """
    updated_at: Optional[AwareDatetime]
    """
    When the role was last changed; null when not recorded.
    """


class ComplianceRoleListResponse(BaseModel):
    """
    One page of an organization's roles.
    """

    data: list[ComplianceRole]
    has_more: bool
    """
    Whether more roles follow this page.
    """
    next_page: Optional[str]
    """
    The cursor of the next page, to pass unchanged as `page`; null on the last page.
    """


class ComplianceRolePermission(BaseModel):
    """
    One grant of a role: its holders may perform `action` on the resource named by `resource_type` and `resource_id`.
    """

    action: str
    """
    The action the role permits on the resource (for example `claude_code`).
    """
    resource_type: str
    """
    The kind of resource the grant applies to (for example `organization`).
    """
    resource_id: str
    """
    ID of the resource the grant applies to (for an organization, its UUID).
    """


class ComplianceRolePermissionListResponse(BaseModel):
    """
    One page of the permissions a role currently grants.
    """

    data: list[ComplianceRolePermission]
    has_more: bool
    """
    Whether more permissions follow this page.
    """
    next_page: Optional[str]
    """
    The cursor of the next page, to pass unchanged as `page`; null on the last page.
    """


class ComplianceGroup(BaseModel):
    """
    An RBAC group of the parent organization, created in claude.ai or synced from an identity provider.
    """

    id: str
    """
    ID of the group (prefixed `rbac_group_`).
    """
    name: str
    """
    Name of the group.
    """
    description: str
    """
    Free-text description of the group.
    """
    source_type: str
    """
    How the group came to exist: `direct` for a group created by hand in claude.ai, `scim` for one synced from an external identity provider.
    """
    roles: Optional[list[str]]
    """
    IDs of the roles assigned to the group (prefixed `rbac_role_`); may be null.
    """
    created_at: Optional[AwareDatetime]
    """
    When the group was created; null when not recorded.
    """
    updated_at: Optional[AwareDatetime]
    """
    When the group was last changed; null when not recorded.
    """


class ComplianceGroupListResponse(BaseModel):
    """
    One page of groups.
    """

    data: list[ComplianceGroup]
    has_more: bool
    """
    Whether more groups follow this page.
    """
    next_page: Optional[str]
    """
    The cursor of the next page, to pass unchanged as `page`; null on the last page.
    """


class ComplianceGroupMember(BaseModel):
    """
    A user's membership in a group.
    """

    user_id: str
    """
    ID of the member (prefixed `user_`); look the full name up in the organization's user list.
    """
    email: str
    """
    The member's email address.
    """
    created_at: Optional[AwareDatetime]
    """
    When the membership began; null when not recorded.
    """
    updated_at: Optional[AwareDatetime]
    """
    When the membership last changed; null when not recorded.
    """


class ComplianceGroupMemberListResponse(BaseModel):
    """
    One page of a group's members.
    """

    data: list[ComplianceGroupMember]
    has_more: bool
    """
    Whether more members follow this page.
    """
    next_page: Optional[str]
    """
    The cursor of the next page, to pass unchanged as `page`; null on the last page.
    """


class ComplianceEffectiveSettingBoolean(BaseModel):
    """
    A setting whose enforced value is on or off.
    """

    type: Literal["boolean"]
    name: str
    """
    Which setting. Known names: `ai_powered_artifacts_enabled`, `api_workbench_feedback_collection_enabled`, `artifact_connectors_enabled`, `ask_your_org_enabled`, `chat_enabled`, `claude_ai_chat_sharing_enabled`, `claude_ai_feedback_collection_enabled`, `claude_ai_integration_sharing_enabled`, `claude_code_desktop_auto_permissions_enabled`, `claude_code_desktop_bypass_permissions_enabled`, `claude_code_desktop_enabled`, `claude_code_fast_mode_enabled`, `claude_code_metrics_logging_enabled`, `claude_code_remote_control_enabled`, `claude_code_review_enabled`, `claude_code_routines_enabled`, `claude_code_security_enabled`, `claude_code_trusted_devices_required`, `claude_code_web_enabled`, `claude_code_workflows_enabled`, `claude_design_enabled`, `claude_in_slack_enabled`, `code_execution_enabled`, `code_execution_network_egress_enabled` (false whenever code execution is off), `connector_tools_default_always_allow`, `content_redaction_enabled`, `desktop_extension_allowlist_enabled`, `directory_sync_enabled`, `frontier_data_use_enabled`, `hipaa_compliance_enabled`, `inline_visualizations_enabled`, `ip_allowlist_enabled` (true only while the allowlist is on and has an active range), `location_metadata_enabled`, `member_usage_dashboard_visible`, `memory_enabled`, `org_wide_skill_sharing_enabled`, `public_projects_enabled`, `skill_sharing_enabled`, `skills_enabled`, `sso_claude_ai_enforced`, `sso_console_enforced`, `sso_enabled`, `third_party_interactive_content_enabled`, `user_skill_creation_enabled`, `web_search_enabled`, `work_across_apps_enabled`. The list grows over time.
    """
    value: bool
    """
    The enforced value.
    """


class ComplianceEffectiveSettingInteger(BaseModel):
    """
    A setting whose enforced value is a whole number.
    """

    type: Literal["integer"]
    name: str
    """
    Which setting; known name `account_session_duration_seconds` (the longest a login session lasts).
    """
    value: Optional[int]
    """
    The enforced value; null when no limit is in force.
    """


class ComplianceEffectiveSettingString(BaseModel):
    """
    A setting whose enforced value is one string.
    """

    type: Literal["string"]
    name: str
    """
    Which setting; known names `claude_code_default_worker_environment_id` and `claude_code_default_worker_pool_id`.
    """
    value: Optional[str]
    """
    The enforced value; null when none is configured.
    """


class ComplianceEffectiveSettingStringList(BaseModel):
    """
    A setting whose enforced value is a list of strings.
    """

    type: Literal["string_list"]
    name: str
    """
    Which setting; known names `allowed_invite_domains`, `disabled_admin_request_types` and `ip_allowlist_ip_ranges` (CIDR ranges).
    """
    value: list[str]
    """
    The enforced list.
    """


class ComplianceEffectiveSettingProvisioningMode(BaseModel):
    """
    How members are provisioned, as enforced: a just-in-time mode is reported only while single sign-on is on and a SCIM mode only while directory sync is on; otherwise `login_only`, whatever is stored.
    """

    type: Literal["provisioning_mode"]
    name: Literal["sso_provisioning_mode"]
    value: Literal["jit_advanced", "jit_permissive", "login_only", "scim_advanced", "scim_permissive"]
    """
    The enforced provisioning mode under SSO.
    """


class ComplianceAccessKeyInfo(BaseModel):
    """
    A Compliance Access Key of the parent organization, without its secret.
    """

    type: Optional[Literal["compliance_api_key"]] = None
    id: str
    """
    ID of the key (prefixed `apikey_`).
    """
    name: str
    """
    The name the key was given when created.
    """
    scopes: list[str]
    """
    Scopes granted to the key (for example `read:compliance_activities`, `read:compliance_org_data`); a key may still list the retired `read:compliance_org_settings`, which no longer grants access.
    """
    is_active: bool
    """
    Whether the key can authenticate; deactivated keys are listed for audit.
    """
    created_at: AwareDatetime
    """
    When the key was created.
    """
    created_by_id: Optional[str]
    """
    ID of the user who created the key (prefixed `user_`); null when automation created it or the creator's account no longer exists.
    """
    expires_at: Optional[AwareDatetime] = None
    """
    When the key stops authenticating; null when it does not expire.
    """


class ComplianceRetentionPeriodFixed(BaseModel):
    """
    Items are kept for a fixed window counted from their last activity.
    """

    type: Literal["fixed"]
    duration: int
    """
    Length of the window, in `timescale` units.
    """
    timescale: Literal["day", "month"]
    """
    Unit of `duration`.
    """


class ComplianceRetentionPeriodIndefinite(BaseModel):
    """
    Items are kept with no time limit.
    """

    type: Literal["indefinite"]


class ComplianceContentUser(BaseModel):
    """
    A claude.ai user who owns a chat or created a project or project document.
    """

    id: str
    """
    ID of the user (prefixed `user_`).
    """
    email_address: str
    """
    The user's email address.
    """


class ComplianceSessionUser(BaseModel):
    """
    A user tied to a local or remote session (its owner, or who started an agent-owned run).
    """

    id: str
    """
    ID of the user (prefixed `user_`); always set, so sessions stay attributable after the account is deleted.
    """
    email_address: Optional[str]
    """
    The user's email address; null when the account was deleted or the user no longer belongs to an organization the key can read, and always null in the envelope of the session messages endpoints, which do not look addresses up.
    """


class ComplianceToolResultText(BaseModel):
    """
    One text item a tool returned.
    """

    type: Literal["text"]
    text: str
    """
    The text the tool returned, possibly shortened (see the enclosing block's `truncated`).
    """


class ComplianceChat(BaseModel):
    """
    Metadata of one claude.ai chat, without its messages.
    """

    id: str
    """
    ID of the chat (prefixed `claude_chat_`).
    """
    name: str
    """
    Title of the chat; empty for a chat the user deleted in claude.ai.
    """
    created_at: AwareDatetime
    """
    When the chat was created.
    """
    updated_at: AwareDatetime
    """
    When the chat last changed. A new message, a move into or out of a project and a deletion in claude.ai advance it; other edits such as a rename are not guaranteed to.
    """
    deleted_at: Optional[AwareDatetime]
    """
    When the user deleted the chat in claude.ai (its content, files and artifacts are gone, but the chat is still listed); null otherwise.
    """
    href: str
    """
    Link that opens the chat in claude.ai.
    """
    model: Optional[str]
    """
    Model chosen for the chat, such as `claude-opus-5`; null for older chats with no model recorded.
    """
    organization_uuid: str
    """
    UUID of the organization the chat belongs to.
    """
    organization_id: Annotated[Optional[str], Field(deprecated=True)] = None
    """
    Tagged ID (`org_...`) of the organization the chat belongs to; deprecated in favour of `organization_uuid`.
    """
    project_id: Optional[str]
    """
    ID of the project the chat is in (prefixed `claude_proj_`); null when it is in none.
    """
    user: Optional[ComplianceContentUser]
    """
    The user who owns the chat; null when no user can be reported.
    """


class ComplianceChatListResponse(BaseModel):
    """
    One page of chats, oldest first by the request's `order_by` key, ties broken by ID.
    """

    data: list[ComplianceChat]
    """
    The chats of this page.
    """
    has_more: bool
    """
    Whether more chats follow this page.
    """
    first_id: Optional[str]
    """
    Opaque cursor of the first chat of the page; send it as `before_id` to go back a page (only for queries filtered by `user_ids[]`). Null when the page is empty.
    """
    last_id: Optional[str]
    """
    Opaque cursor of the last chat of the page; send it as `after_id` for the next page, or store it to resume an incremental export later. Null when the page is empty.
    """


class ComplianceChatDeleted(BaseModel):
    """
    Confirmation that a chat, with its messages and attached files, was permanently deleted.
    """

    id: str
    """
    ID of the deleted chat.
    """
    type: Literal["claude_chat_deleted"]
    """
    Always `claude_chat_deleted`; check it before treating the delete as done.
    """


class ComplianceChatTextBlock(BaseModel):
    """
    Text written by the user or the assistant.
    """

    type: Literal["text"]
    text: str
    """
    The text.
    """
    thinking_redacted: bool = False
    """
    True when the assistant's internal-reasoning sections (or their tags) were removed from `text` on export; nothing is removed when false. Always false on user messages.
    """
    truncated: bool = False
    """
    Whether `text` was cut at the server's fixed 1 MiB bound; always false for chat text blocks.
    """


class ComplianceChatToolUseBlock(BaseModel):
    """
    A tool call the assistant made.
    """

    type: Literal["tool_use"]
    id: Optional[str]
    """
    ID of the tool call (such as `toolu_01...`).
    """
    name: str
    """
    Name of the tool called.
    """
    input: str
    """
    The tool's arguments as a JSON-encoded string; when `truncated` is true it was cut and is no longer valid JSON (see `tool_use_input_max_chars`).
    """
    integration_name: Optional[str] = None
    """
    Name of the integration providing the tool, when there is one.
    """
    mcp_server_url: Optional[str] = None
    """
    Base URL (scheme, host and path) of the MCP server providing the tool, when there is one.
    """
    truncated: bool = False
    """
    Whether `input` was shortened.
    """


class ComplianceChatToolResultBlock(BaseModel):
    """
    What a tool returned. Only its text items are included: generated files appear in the message's `generated_files`, and images, links and other non-text items are left out.
    """

    type: Literal["tool_result"]
    tool_use_id: Optional[str]
    """
    ID of the tool call this result answers.
    """
    name: str
    """
    Name of the tool that produced the result.
    """
    is_error: bool
    """
    Whether the tool reported an error.
    """
    content: list[ComplianceToolResultText]
    """
    The text items the tool returned.
    """
    integration_name: Optional[str] = None
    """
    Name of the integration providing the tool, when there is one.
    """
    mcp_server_url: Optional[str] = None
    """
    Base URL (scheme, host and path) of the MCP server providing the tool, when there is one.
    """
    truncated: bool = False
    """
    Whether any text item was shortened (see `tool_result_max_chars`).
    """


class ComplianceChatMessageFile(BaseModel):
    """
    A file or text attachment the user added to a message.
    """

    id: str
    """
    ID of the file (prefixed `claude_file_`).
    """
    filename: str
    """
    Name the file was uploaded under.
    """
    mime_type: Optional[str]
    """
    MIME type of the stored, downloadable form of the file (such as `application/pdf`).
    """
    size_bytes: Optional[int]
    """
    Size of the stored form in bytes; null for older files uploaded before sizes were recorded.
    """
    md5: Optional[str]
    """
    Lowercase hex MD5 of the stored form, recorded at upload; null when no hash was stored.
    """
    created_at: AwareDatetime
    """
    When the file was uploaded.
    """


class ComplianceChatMessageGeneratedFile(BaseModel):
    """
    A file the assistant produced with a tool.
    """

    id: str
    """
    Opaque ID of the generated file (prefixed `claude_gen_file_`); do not parse it.
    """
    filename: str
    """
    Display name of the file.
    """
    mime_type: Optional[str]
    """
    MIME type reported by the tool that made the file.
    """
    size_bytes: Optional[int]
    """
    Size in bytes; null when unknown or the file has expired.
    """
    md5: Optional[str]
    """
    Lowercase hex MD5 of the file; null when no hash was stored.
    """


class ComplianceChatMessageArtifact(BaseModel):
    """
    One version of an artifact the assistant wrote in a message. An artifact revised over several turns keeps its `id` and gets a new `version_id` each time.
    """

    id: str
    """
    ID of the artifact (prefixed `claude_artifact_`).
    """
    version_id: str
    """
    ID of this version (prefixed `claude_artifact_version_`); the artifact endpoints take this ID.
    """
    title: Optional[str]
    """
    Title of the artifact.
    """
    artifact_type: Optional[str]
    """
    MIME-like type of the artifact, such as `text/markdown` or `application/vnd.ant.code`.
    """


class ComplianceChatFile(BaseModel):
    """
    Metadata of an uploaded file (a chat attachment or a project file), without its content. The size, hash and MIME type describe the stored form, which can differ from the upload (a processed image copy, or the text extracted from a Word, PowerPoint or PDF file).
    """

    id: str
    """
    ID of the file (prefixed `claude_file_`).
    """
    filename: Optional[str]
    """
    Name the file was uploaded under, if set.
    """
    mime_type: Optional[str]
    """
    MIME type of the stored form; null for files with nothing to download (such as code-interpreter outputs).
    """
    size_bytes: Optional[int]
    """
    Size of the stored form in bytes, if known.
    """
    md5: Optional[str]
    """
    Lowercase hex MD5 recorded at upload; null when none was stored. The content endpoint's `Content-MD5` header is computed over the bytes actually served and wins if they differ.
    """
    created_at: AwareDatetime
    """
    When the file was uploaded.
    """
    message_ids: list[str]
    """
    IDs of the chat messages the file is attached to.
    """
    claude_chat_ids: list[str]
    """
    IDs of the chats whose messages reference the file.
    """


class ComplianceChatFileDeleted(BaseModel):
    """
    Confirmation that a chat or project file was permanently deleted.
    """

    id: str
    """
    ID of the deleted file.
    """
    type: Literal["claude_file_deleted"]
    """
    Always `claude_file_deleted`.
    """


class ComplianceGeneratedFile(BaseModel):
    """
    Metadata of a file the assistant produced with a tool, without its content.
    """

    id: str
    """
    Opaque ID of the generated file (prefixed `claude_gen_file_`).
    """
    claude_chat_id: str
    """
    ID of the chat the file belongs to.
    """
    filename: str
    """
    Display name of the file.
    """
    mime_type: Optional[str]
    """
    MIME type of the stored file, when known.
    """
    size_bytes: Optional[int]
    """
    Size of the stored file in bytes, when known.
    """
    md5: Optional[str]
    """
    Lowercase hex MD5 of the stored file; null when none was stored. The content endpoint also sends a `Content-MD5` header over the served bytes.
    """
    created_at: Optional[AwareDatetime]
    """
    When the file was created, when known.
    """


class ComplianceArtifactVersion(BaseModel):
    """
    Metadata of one artifact version, without its text; `size_bytes` and `md5` are computed over the UTF-8 text so content can be matched or deduplicated without downloading it.
    """

    id: str
    """
    ID of the artifact (prefixed `claude_artifact_`).
    """
    version_id: str
    """
    ID of this version (prefixed `claude_artifact_version_`).
    """
    claude_chat_id: str
    """
    ID of the chat the artifact belongs to.
    """
    title: Optional[str]
    """
    Title of the artifact.
    """
    artifact_type: Optional[str]
    """
    MIME-like type of the artifact, such as `application/vnd.ant.code`.
    """
    created_at: AwareDatetime
    """
    When this version was created.
    """
    size_bytes: int
    """
    Size of the version's text in bytes, UTF-8 encoded.
    """
    md5: str
    """
    Lowercase hex MD5 of the version's UTF-8 text (the `content` of the content endpoint).
    """


class ComplianceArtifactContent(BaseModel):
    """
    The text of one artifact version, with the artifact's title and type.
    """

    content: str
    """
    Exactly the text of the requested version.
    """
    title: Optional[str] = None
    """
    Title of the artifact.
    """
    artifact_type: Optional[str] = None
    """
    MIME-like type of the artifact.
    """


class ComplianceProject(BaseModel):
    """
    Metadata of a claude.ai project.
    """

    id: str
    """
    ID of the project (prefixed `claude_proj_`).
    """
    name: str
    """
    Name of the project.
    """
    created_at: AwareDatetime
    """
    When the project was created.
    """
    updated_at: AwareDatetime
    """
    When the project was last updated.
    """
    deleted_at: Optional[AwareDatetime] = None
    """
    When a user deleted the project in claude.ai; null otherwise.
    """
    is_private: bool
    """
    True when only the creator and the project's collaborators can open it; false when every member of the organization can see it.
    """
    organization_uuid: str
    """
    UUID of the organization the project belongs to.
    """
    organization_id: Annotated[Optional[str], Field(deprecated=True)] = None
    """
    Tagged ID (`org_...`) of the organization; deprecated in favour of `organization_uuid`.
    """
    user: Optional[ComplianceContentUser]
    """
    The user who created the project; null when that account was deleted or the user no longer belongs to an organization the key can read.
    """


class ComplianceProjectListResponse(BaseModel):
    """
    One page of projects, oldest first by creation time.
    """

    data: list[ComplianceProject]
    """
    The projects of this page.
    """
    has_more: bool
    """
    Whether more projects follow this page.
    """
    next_page: Optional[str]
    """
    Opaque token of the next page, to send as `page`; null on the last page.
    """


class ComplianceProjectDetails(BaseModel):
    """
    A project's metadata with its description, custom instructions and counts.
    """

    id: str
    """
    ID of the project (prefixed `claude_proj_`).
    """
    name: str
    """
    Name of the project.
    """
    description: str
    """
    The project's description.
    """
    instructions: str
    """
    The project's custom instructions (prompt).
    """
    attachments_count: int
    """
    How many attachments (files and documents) the project holds.
    """
    chats_count: int
    """
    How many chats are in the project.
    """
    created_at: AwareDatetime
    """
    When the project was created.
    """
    updated_at: AwareDatetime
    """
    When the project was last updated.
    """
    deleted_at: Optional[AwareDatetime]
    """
    When a user deleted the project in claude.ai; null otherwise.
    """
    is_private: bool
    """
    True when only the creator and collaborators can open the project.
    """
    organization_uuid: str
    """
    UUID of the organization the project belongs to.
    """
    organization_id: Annotated[Optional[str], Field(deprecated=True)] = None
    """
    Tagged ID (`org_...`) of the organization; deprecated in favour of `organization_uuid`.
    """
    user: Optional[ComplianceContentUser]
    """
    The user who created the project; null when that account was deleted or the user no longer belongs to an organization the key can read.
    """


class ComplianceProjectDeleted(BaseModel):
    """
    Confirmation that a project and everything in it (documents, files, role assignments, knowledge base, sync sources) was permanently deleted.
    """

    id: str
    """
    ID of the deleted project.
    """
    type: Literal["claude_project_deleted"]
    """
    Always `claude_project_deleted`.
    """


class ComplianceProjectFileAttachment(BaseModel):
    """
    A file uploaded to a project (PDF, image, spreadsheet, ...).
    """

    type: Literal["project_file"]
    id: str
    """
    ID of the file (prefixed `claude_file_`).
    """
    filename: str
    """
    Display name of the file.
    """
    mime_type: str
    """
    MIME type of the stored, downloadable form when recorded, otherwise `application/octet-stream`; the file metadata endpoint has the authoritative value.
    """
    size_bytes: Optional[int]
    """
    Size of the stored form in bytes when recorded, otherwise null.
    """
    md5: Optional[str]
    """
    Lowercase hex MD5 of the stored form when recorded, otherwise null.
    """
    created_at: AwareDatetime
    """
    When the file was added.
    """


class ComplianceProjectDocAttachment(BaseModel):
    """
    A plain-text project document, including files such as Word documents that claude.ai turned into text when they were added.
    """

    type: Literal["project_doc"]
    id: str
    """
    ID of the document (prefixed `claude_proj_doc_`).
    """
    filename: str
    """
    Display name of the document.
    """
    mime_type: Literal["text/plain"]
    """
    Always `text/plain`.
    """
    created_at: AwareDatetime
    """
    When the document was added.
    """
    updated_at: Optional[AwareDatetime] = None
    """
    Reserved for the document's last change; currently always null.
    """


class ComplianceProjectUserCollaborator(BaseModel):
    """
    A single user with a role on the project.
    """

    type: Literal["user"]
    user_id: Optional[str]
    """
    ID of the user (prefixed `user_`); null when the account has since been deleted.
    """
    role: Literal["owner", "admin", "editor", "viewer"]
    """
    Role granted on a project.
    """
    granted_at: AwareDatetime
    """
    When the role was granted.
    """


class ComplianceProjectGroupCollaborator(BaseModel):
    """
    An RBAC group with a role on the project.
    """

    type: Literal["group"]
    group_id: str
    """
    Tagged ID of the group.
    """
    role: Literal["owner", "admin", "editor", "viewer"]
    """
    Role granted on a project.
    """
    granted_at: AwareDatetime
    """
    When the role was granted.
    """


class ComplianceProjectOrganizationCollaborator(BaseModel):
    """
    A whole organization with a role on the project.
    """

    type: Literal["organization"]
    organization_uuid: str
    """
    UUID of the organization.
    """
    role: Literal["owner", "admin", "editor", "viewer"]
    """
    Role granted on a project.
    """
    granted_at: AwareDatetime
    """
    When the role was granted.
    """


class ComplianceProjectOrganizationRoleCollaborator(BaseModel):
    """
    Everyone holding an organization-level role, given a role on the project.
    """

    type: Literal["organization_role"]
    organization_role: str
    """
    The organization-level role whose holders get access.
    """
    role: Literal["owner", "admin", "editor", "viewer"]
    """
    Role granted on a project.
    """
    granted_at: AwareDatetime
    """
    When the role was granted.
    """


class ComplianceProjectDocument(BaseModel):
    """
    A project document with its full text.
    """

    id: str
    """
    ID of the document (prefixed `claude_proj_doc_`).
    """
    filename: str
    """
    Name of the document.
    """
    content: str
    """
    The document's text.
    """
    created_at: AwareDatetime
    """
    When the document was added.
    """
    user: Optional[ComplianceContentUser]
    """
    The user who added the document; null when that account was deleted or the user no longer belongs to an organization the key can read.
    """


class ComplianceProjectDocumentMetadata(BaseModel):
    """
    Metadata of a project document, without its text; `size_bytes` and `md5` are computed over the UTF-8 text.
    """

    id: str
    """
    ID of the document (prefixed `claude_proj_doc_`).
    """
    claude_project_id: str
    """
    ID of the project the document belongs to.
    """
    filename: str
    """
    Name of the document.
    """
    mime_type: Literal["text/plain"]
    """
    Always `text/plain`.
    """
    size_bytes: int
    """
    Size of the document's text in bytes, UTF-8 encoded.
    """
    md5: str
    """
    Lowercase hex MD5 of the document's UTF-8 text (the `content` of the content endpoint).
    """
    created_at: AwareDatetime
    """
    When the document was added.
    """
    user: Optional[ComplianceContentUser]
    """
    The user who added the document; null in the same cases as on the document itself.
    """


class ComplianceProjectDocumentDeleted(BaseModel):
    """
    Confirmation that a project document was permanently deleted.
    """

    id: str
    """
    ID of the deleted document.
    """
    type: Literal["claude_project_document_deleted"]
    """
    Always `claude_project_document_deleted`.
    """


class ComplianceSessionTextBlock(BaseModel):
    """
    Text from the user or the assistant, or a bracketed marker the server inserted.
    """

    type: Literal["text"]
    text: str
    """
    The text.
    """
    truncated: bool
    """
    True when the text hit the server's fixed bound (about 1 MiB, not adjustable), when data the block carried (such as citations) was dropped, or when the block is a placeholder or marker rather than captured text.
    """


class ComplianceSessionToolUseBlock(BaseModel):
    """
    A tool call the assistant made; MCP and most server tool calls are returned in this shape too.
    """

    type: Literal["tool_use"]
    id: Optional[str]
    """
    ID of the tool call (such as `toolu_01...`).
    """
    name: str
    """
    Name of the tool called.
    """
    input: str
    """
    The tool's arguments as a JSON-encoded string; when `truncated` is true it was cut (with a marker appended) and is no longer valid JSON.
    """
    truncated: bool
    """
    Whether `input` was cut at `tool_use_input_max_bytes`.
    """


class ComplianceSessionToolResultBlock(BaseModel):
    """
    What a tool returned. Non-text items are left out (on local sessions they are counted in a bracketed text item) and `truncated` is then true.
    """

    type: Literal["tool_result"]
    tool_use_id: Optional[str]
    """
    ID of the tool call this result answers.
    """
    name: str
    """
    Name of the tool that produced the result.
    """
    is_error: bool
    """
    Whether the tool reported an error.
    """
    content: list[ComplianceToolResultText]
    """
    The text items the tool returned.
    """
    truncated: bool
    """
    Whether a text item was cut at `tool_result_max_bytes` or non-text items were left out.
    """


class ComplianceLocalSession(BaseModel):
    """
    A session a user ran on their own machine in a Claude app (Cowork, Claude Code, Claude Science, Claude for Microsoft 365) while signed in with the organization account. It has no status; retention decides how long it is visible.
    """

    type: Literal["compliance_local_session"]
    id: str
    """
    Opaque ID of the session (prefixed `clls_`), unique within the parent organization.
    """
    organization_uuid: str
    """
    UUID of the organization the session belongs to.
    """
    workspace_id: Optional[str]
    """
    ID of the workspace the session is attributed to (prefixed `wrkspc_`); null when none.
    """
    user: ComplianceSessionUser
    product_surface: Optional[str]
    """
    The product the session ran in: `cowork`, `claude_code`, `claude_science`, `office_agents/excel`, `office_agents/powerpoint`, `office_agents/word`, `office_agents/outlook`, or `office_agents` when the Office app is unknown. More values will appear; null when not recorded.
    """
    created_at: AwareDatetime
    """
    Time of the session's earliest retained inference call (UTC); it moves forward as older calls age out of retention.
    """
    updated_at: AwareDatetime
    """
    Time of the session's latest retained inference call (UTC). On the list endpoint it can briefly lag behind for a session that is still active.
    """


class ComplianceLocalSessionListResponse(BaseModel):
    """
    One page of local sessions, newest first by `created_at`. There is no `has_more`; stop when `next_page` is null.
    """

    data: list[ComplianceLocalSession]
    """
    The sessions of this page.
    """
    next_page: Optional[str] = None
    """
    Opaque token of the next page (prefixed `page_`), to send as `page`; null on the last page.
    """


class ComplianceLocalSessionContentUnavailable(BaseModel):
    """
    The turn's content cannot be returned, and the message's `content` is empty.
    """

    type: Literal["content_unavailable"]
    reason: str
    """
    Why: `not_captured` (no content available; also used for content withheld by data-handling policy), `client_aborted` (the client cancelled before the response completed; assistant turns only), `cmek_key_revoked` (reserved; an unusable customer-managed key currently yields a 503), `retention_elapsed` (the content aged past retention) or `oversize` (the message exceeded the per-message size bound). Other values may appear.
    """


class ComplianceLocalSessionClientAsserted(BaseModel):
    """
    Assistant content the client sent as conversation history that could not be matched to a captured response; its authorship is not verified. Never on user messages.
    """

    type: Literal["client_asserted"]


class ComplianceLocalSessionSyntheticMarker(BaseModel):
    """
    A marker the endpoint inserted (for example standing in for the system prompt, or noting rewritten or compacted history); its text explains the reason.
    """

    type: Literal["synthetic_marker"]


class ComplianceRemoteSession(BaseModel):
    """
    A session that runs in the cloud in an Anthropic-managed environment (today Cowork sessions started on claude.ai web or mobile). It is owned by either a user or an agent, never both.
    """

    id: str
    """
    ID of the session (prefixed `cse_`).
    """
    organization_uuid: str
    """
    UUID of the organization the session belongs to.
    """
    user: Optional[ComplianceSessionUser]
    """
    The owning user; null on agent-owned sessions.
    """
    agent_id: Optional[str] = None
    """
    ID of the owning agent (prefixed `cagt_`), for example a scheduled task; null on user-owned sessions.
    """
    started_by_user: Optional[ComplianceSessionUser] = None
    """
    On agent-owned sessions, the person who started the run; null on user-owned sessions and always null in the messages endpoint's envelope.
    """
    status: str
    """
    Lifecycle state: `pending` (being provisioned, no transcript yet), `active`, `paused`, `archived` or `failed`. Other values may appear; deleted sessions are never returned.
    """
    product_surface: Optional[str]
    """
    The product the session was created from; currently `cowork_remote`. More values will appear; null when not recorded.
    """
    claude_project_id: Optional[str]
    """
    ID of the claude.ai project the session belongs to (prefixed `claude_proj_`); null when none, and always null in the messages endpoint's envelope.
    """
    created_at: AwareDatetime
    """
    When the session was created (UTC).
    """
    updated_at: AwareDatetime
    """
    When the session was last modified (UTC).
    """


class ComplianceRemoteSessionListResponse(BaseModel):
    """
    One page of remote sessions, newest first by `created_at`. There is no `has_more`; stop when `next_page` is null.
    """

    data: list[ComplianceRemoteSession]
    """
    The sessions of this page.
    """
    next_page: Optional[str]
    """
    Opaque token of the next page, to send as `page`; null on the last page.
    """


class ComplianceCodeArtifactDeleted(BaseModel):
    """
    Confirmation that the deletion of an Artifact and all its versions has started; the content is removed asynchronously.
    """

    id: str
    """
    ID of the deleted Artifact.
    """
    type: Literal["code_artifact_deleted"]
    """
    Always `code_artifact_deleted`.
    """


class ComplianceCodeArtifactVersion(BaseModel):
    """
    Metadata of one retained version of an Artifact, without its content.
    """

    id: str
    """
    Opaque ID of the version, to pass as `version_id`. It stops working (404) once newer publishes push the version out of the retained history.
    """
    created_at: Optional[AwareDatetime]
    """
    When the version was published, when known.
    """
    name: str
    """
    Title of the Artifact at this version; the version ID stands in when the title of an older version is no longer kept.
    """


class ErrorObject(BaseModel):
    type: Literal[
        "invalid_request_error",
        "authentication_error",
        "billing_error",
        "permission_error",
        "not_found_error",
        "conflict_error",
        "request_too_large",
        "rate_limit_error",
        "timeout_error",
        "api_error",
        "overloaded_error",
        "memory_precondition_failed_error",
        "memory_path_conflict_error",
    ]
    """
    The kind of error. The docs give one per status: 400 invalid_request_error, 401 authentication_error, 402 billing_error, 403 permission_error, 404 not_found_error, 409 conflict_error, 413 request_too_large, 429 rate_limit_error, 500 api_error, 504 timeout_error, 529 overloaded_error.
    """
    message: str
    """
    A human-readable explanation.
    """
    details: Optional[Details] = None
    """
    Machine-readable detail for some errors, such as an `error_code`.
    """


class ErrorResponse(BaseModel):
    """
    The body of every error response, and of an `error` event inside a stream.
    """

    type: Literal["error"]
    error: ErrorObject
    request_id: Optional[str] = None
    """
    The request's identifier; also sent as the `request-id` header.
    """


class BashCodeExecutionToolResultBlock(BaseModel):
    content: Annotated[
        Union[BashCodeExecutionToolResultErrorObject, BashCodeExecutionResultBlock], Field(discriminator="type")
    ]
    tool_use_id: str
    type: Literal["bash_code_execution_tool_result"]


class BashCodeExecutionToolResultBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    content: Annotated[
        Union[BashCodeExecutionToolResultErrorParam, BashCodeExecutionResultBlockParam], Field(discriminator="type")
    ]
    tool_use_id: str
    type: Literal["bash_code_execution_tool_result"]


class BrowserStateBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    state_changes: Optional[
        list[
            Annotated[
                Union[
                    BrowserStateChangeTabOpenedParam,
                    BrowserStateChangeDownloadStartedParam,
                    BrowserStateChangeDownloadCompletedParam,
                    BrowserStateChangeDownloadFailedParam,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    tabs: list[BrowserStateTabEntryParam]
    type: Literal["browser_state"]


class BrowserToolsetConfigsParam(BaseModel):
    close_tab: Optional[BrowserCloseTabConfigParam] = None
    double_click: Optional[BrowserDoubleClickConfigParam] = None
    file_upload: Optional[BrowserFileUploadConfigParam] = None
    find: Optional[BrowserFindConfigParam] = None
    form_input: Optional[BrowserFormInputConfigParam] = None
    get_page_text: Optional[BrowserGetPageTextConfigParam] = None
    hold_key: Optional[BrowserHoldKeyConfigParam] = None
    hover: Optional[BrowserHoverConfigParam] = None
    javascript_exec: Optional[BrowserJavascriptExecConfigParam] = None
    key: Optional[BrowserKeyConfigParam] = None
    left_click: Optional[BrowserLeftClickConfigParam] = None
    left_click_drag: Optional[BrowserLeftClickDragConfigParam] = None
    left_mouse_down: Optional[BrowserLeftMouseDownConfigParam] = None
    left_mouse_up: Optional[BrowserLeftMouseUpConfigParam] = None
    list_tabs: Optional[BrowserListTabsConfigParam] = None
    middle_click: Optional[BrowserMiddleClickConfigParam] = None
    mouse_move: Optional[BrowserMouseMoveConfigParam] = None
    navigate: Optional[BrowserNavigateConfigParam] = None
    new_tab: Optional[BrowserNewTabConfigParam] = None
    read_console: Optional[BrowserReadConsoleConfigParam] = None
    read_network: Optional[BrowserReadNetworkConfigParam] = None
    read_page: Optional[BrowserReadPageConfigParam] = None
    right_click: Optional[BrowserRightClickConfigParam] = None
    screenshot: Optional[BrowserScreenshotConfigParam] = None
    scroll: Optional[BrowserScrollConfigParam] = None
    scroll_to: Optional[BrowserScrollToConfigParam] = None
    switch_tab: Optional[BrowserSwitchTabConfigParam] = None
    triple_click: Optional[BrowserTripleClickConfigParam] = None
    type: Optional[BrowserTypeConfigParam] = None
    wait: Optional[BrowserWaitConfigParam] = None
    zoom: Optional[BrowserZoomConfigParam] = None


class CodeExecutionToolResultBlock(BaseModel):
    content: Annotated[
        Union[CodeExecutionToolResultErrorObject, CodeExecutionResultBlock, EncryptedCodeExecutionResultBlock],
        Field(discriminator="type"),
    ]
    tool_use_id: str
    type: Literal["code_execution_tool_result"]


class CodeExecutionToolResultBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    content: Annotated[
        Union[CodeExecutionToolResultErrorParam, CodeExecutionResultBlockParam, EncryptedCodeExecutionResultBlockParam],
        Field(discriminator="type"),
    ]
    tool_use_id: str
    type: Literal["code_execution_tool_result"]


class ComputerToolsetConfigsParam(BaseModel):
    cursor_position: Optional[ComputerCursorPositionConfigParam] = None
    double_click: Optional[ComputerDoubleClickConfigParam] = None
    hold_key: Optional[ComputerHoldKeyConfigParam] = None
    key: Optional[ComputerKeyConfigParam] = None
    left_click: Optional[ComputerLeftClickConfigParam] = None
    left_click_drag: Optional[ComputerLeftClickDragConfigParam] = None
    left_mouse_down: Optional[ComputerLeftMouseDownConfigParam] = None
    left_mouse_up: Optional[ComputerLeftMouseUpConfigParam] = None
    middle_click: Optional[ComputerMiddleClickConfigParam] = None
    mouse_move: Optional[ComputerMouseMoveConfigParam] = None
    right_click: Optional[ComputerRightClickConfigParam] = None
    screenshot: Optional[ComputerScreenshotConfigParam] = None
    scroll: Optional[ComputerScrollConfigParam] = None
    triple_click: Optional[ComputerTripleClickConfigParam] = None
    type: Optional[ComputerTypeConfigParam] = None
    wait: Optional[ComputerWaitConfigParam] = None
    zoom: Optional[ComputerZoomConfigParam] = None


class Container(BaseModel):
    expires_at: AwareDatetime
    id: str
    skills: Optional[list[ContainerSkill]] = None


class ContainerParams(BaseModel):
    id: Optional[str] = None
    skills: Optional[list[SkillParams]] = None


class DocumentBlock(BaseModel):
    citations: Optional[CitationsConfig] = None
    source: Annotated[Union[Base64PDFSource, PlainTextSource], Field(discriminator="type")]
    title: Optional[str] = None
    """
    Title of the document, or null.
    """
    type: Literal["document"]


class ImageBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    source: Annotated[
        Union[Base64ImageSourceParam, URLImageSourceParam, FileImageSourceParam], Field(discriminator="type")
    ]
    transformations: Optional[ImageTransformationsParam] = None
    type: Literal["image"]


class MessageTokensCount(BaseModel):
    context_management: Optional[BetaCountTokensContextManagementResponse] = None
    """
    Beta: the token count before context management edits.
    """
    input_tokens: int


class OutputConfigParam(BaseModel):
    effort: Optional[Literal["low", "medium", "high", "xhigh", "max"]] = None
    format: Optional[JSONOutputFormatParam] = None
    task_budget: Optional[BetaTokenTaskBudgetParam] = None
    """
    Beta: a token budget for the whole task across contexts.
    """


class SearchResultBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    citations: Optional[CitationsConfigParam] = None
    content: list[TextBlockParam]
    source: str
    title: str
    """
    Title of the search result.
    """
    type: Literal["search_result"]


class SystemMessageParam(BaseModel):
    content: Union[str, list[TextBlockParam]]
    role: Literal["system"]


class TextEditorCodeExecutionToolResultBlock(BaseModel):
    content: Annotated[
        Union[
            TextEditorCodeExecutionToolResultErrorObject,
            TextEditorCodeExecutionViewResultBlock,
            TextEditorCodeExecutionCreateResultBlock,
            TextEditorCodeExecutionStrReplaceResultBlock,
        ],
        Field(discriminator="type"),
    ]
    tool_use_id: str
    type: Literal["text_editor_code_execution_tool_result"]


class TextEditorCodeExecutionToolResultBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    content: Annotated[
        Union[
            TextEditorCodeExecutionToolResultErrorParam,
            TextEditorCodeExecutionViewResultBlockParam,
            TextEditorCodeExecutionCreateResultBlockParam,
            TextEditorCodeExecutionStrReplaceResultBlockParam,
        ],
        Field(discriminator="type"),
    ]
    tool_use_id: str
    type: Literal["text_editor_code_execution_tool_result"]


class ThinkingConfigAdaptiveParam(BaseModel):
    block_binding: Optional[BetaThinkingBlockBindingParam] = None
    """
    Beta: what happens when a thinking block sent back fails the conversation check.
    """
    display: Optional[Literal["summarized", "omitted", "updates"]] = None
    """
    How thinking appears in the response: summarized, omitted (signature only), or updates (Beta: client.beta.messages only).
    """
    type: Literal["adaptive"]


class ThinkingConfigEnabledParam(BaseModel):
    budget_tokens: int
    block_binding: Optional[BetaThinkingBlockBindingParam] = None
    """
    Beta: what happens when a thinking block sent back fails the conversation check.
    """
    display: Optional[Literal["summarized", "omitted", "updates"]] = None
    """
    How thinking appears in the response: summarized, omitted (signature only), or updates (Beta: client.beta.messages only).
    """
    type: Literal["enabled"]


class ToolSearchToolResultBlock(BaseModel):
    content: Annotated[
        Union[ToolSearchToolResultErrorObject, ToolSearchToolSearchResultBlock], Field(discriminator="type")
    ]
    tool_use_id: str
    type: Literal["tool_search_tool_result"]


class ToolSearchToolResultBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    content: Annotated[
        Union[ToolSearchToolResultErrorParam, ToolSearchToolSearchResultBlockParam], Field(discriminator="type")
    ]
    tool_use_id: str
    type: Literal["tool_search_tool_result"]


class Usage(BaseModel):
    cache_creation: Optional[CacheCreation] = None
    cache_creation_input_tokens: Optional[int] = None
    cache_read_input_tokens: Optional[int] = None
    fallback_credit: Optional[BetaFallbackCreditUsage] = None
    """
    Beta: outcome of the fallback_credit_token presented on this request.
    """
    inference_geo: Optional[str] = None
    input_tokens: int
    iterations: Optional[
        list[
            Annotated[
                Union[
                    BetaMessageIterationUsage,
                    BetaCompactionIterationUsage,
                    BetaAdvisorMessageIterationUsage,
                    BetaFallbackMessageIterationUsage,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Beta: usage per sampling iteration (message, compaction, advisor or fallback attempt); the top-level counts exclude compaction iterations.
    """
    output_tokens: int
    output_tokens_details: Optional[OutputTokensDetails] = None
    server_tool_use: Optional[ServerToolUsage] = None
    service_tier: Optional[Literal["standard", "priority", "batch"]] = None
    speed: Optional[Literal["standard", "fast"]] = None


class WebFetchBlock(BaseModel):
    content: DocumentBlock
    retrieved_at: Optional[str] = None
    type: Literal["web_fetch_result"]
    url: str


class WebFetchToolResultErrorBlock(BaseModel):
    error_code: Literal[
        "invalid_tool_input",
        "url_too_long",
        "url_not_allowed",
        "url_not_in_prior_context",
        "url_not_accessible",
        "unsupported_content_type",
        "too_many_requests",
        "max_uses_exceeded",
        "unavailable",
        "content_too_large",
    ]
    type: Literal["web_fetch_tool_result_error"]


class WebFetchToolResultErrorBlockParam(BaseModel):
    error_code: Literal[
        "invalid_tool_input",
        "url_too_long",
        "url_not_allowed",
        "url_not_in_prior_context",
        "url_not_accessible",
        "unsupported_content_type",
        "too_many_requests",
        "max_uses_exceeded",
        "unavailable",
        "content_too_large",
    ]
    type: Literal["web_fetch_tool_result_error"]


class WebFetchURLSourceExceptParam(BaseModel):
    tools: list[WebFetchURLSourceToolReferenceParam]
    type: Literal["except"]


class WebFetchURLSourceOnlyParam(BaseModel):
    tools: list[WebFetchURLSourceToolReferenceParam]
    type: Literal["only"]


class WebFetchURLSourcesParam(BaseModel):
    client_tool_results: Annotated[
        Optional[
            Union[
                WebFetchURLSourceAllParam,
                WebFetchURLSourceNoneParam,
                WebFetchURLSourceOnlyParam,
                WebFetchURLSourceExceptParam,
            ]
        ],
        Field(discriminator="type"),
    ] = None
    server_tool_results: Annotated[
        Optional[
            Union[
                WebFetchURLSourceAllParam,
                WebFetchURLSourceNoneParam,
                WebFetchURLSourceOnlyParam,
                WebFetchURLSourceExceptParam,
            ]
        ],
        Field(discriminator="type"),
    ] = None
    user_input: Annotated[
        Optional[Union[WebFetchURLSourceAllParam, WebFetchURLSourceNoneParam]], Field(discriminator="type")
    ] = None


class WebSearchToolRequestErrorObjectParam(BaseModel):
    error_code: Literal[
        "invalid_tool_input",
        "unavailable",
        "max_uses_exceeded",
        "too_many_requests",
        "query_too_long",
        "request_too_large",
    ]
    type: Literal["web_search_tool_result_error"]


class WebSearchToolResultBlock(BaseModel):
    caller: Optional[Union[DirectCaller, ServerToolCaller, ServerToolCaller20260120]] = None
    content: Union[WebSearchToolResultErrorObject, list[WebSearchResultBlock]]
    tool_use_id: str
    type: Literal["web_search_tool_result"]


class WebSearchToolResultBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    caller: Annotated[
        Optional[Union[DirectCallerParam, ServerToolCallerParam, ServerToolCaller20260120Param]],
        Field(discriminator="type"),
    ] = None
    content: Union[list[WebSearchResultBlockParam], WebSearchToolRequestErrorObjectParam]
    tool_use_id: str
    type: Literal["web_search_tool_result"]


class Delta(BaseModel):
    container: Optional[Container] = None
    stop_details: Optional[RefusalStopDetails] = None
    stop_reason: Optional[
        Literal[
            "end_turn",
            "max_tokens",
            "stop_sequence",
            "tool_use",
            "pause_turn",
            "compaction",
            "refusal",
            "model_context_window_exceeded",
        ]
    ] = None
    stop_sequence: Optional[str] = None


class MessageDeltaUsage(BaseModel):
    cache_creation_input_tokens: Optional[int] = None
    cache_read_input_tokens: Optional[int] = None
    fallback_credit: Optional[BetaFallbackCreditUsage] = None
    """
    Beta: outcome of the fallback_credit_token presented on this request.
    """
    input_tokens: Optional[int] = None
    iterations: Optional[
        list[
            Annotated[
                Union[
                    BetaMessageIterationUsage,
                    BetaCompactionIterationUsage,
                    BetaAdvisorMessageIterationUsage,
                    BetaFallbackMessageIterationUsage,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Beta: cumulative usage per sampling iteration (message, compaction, advisor or fallback attempt).
    """
    output_tokens: int
    output_tokens_details: Optional[OutputTokensDetails] = None
    server_tool_use: Optional[ServerToolUsage] = None


class RawContentBlockDeltaEvent(BaseModel):
    delta: Annotated[
        Union[
            TextDelta, InputJSONDelta, CitationsDelta, ThinkingDelta, SignatureDelta, BetaCompactionContentBlockDelta
        ],
        Field(discriminator="type"),
    ]
    index: int
    type: Literal["content_block_delta"]


class MessageBatch(BaseModel):
    archived_at: Optional[AwareDatetime] = None
    cancel_initiated_at: Optional[AwareDatetime] = None
    created_at: AwareDatetime
    ended_at: Optional[AwareDatetime] = None
    expires_at: AwareDatetime
    id: str
    processing_status: Literal["in_progress", "canceling", "ended"]
    request_counts: MessageBatchRequestCounts
    results_url: Optional[str] = None
    type: Literal["message_batch"]


class MessageBatchErroredResult(BaseModel):
    error: ErrorResponse
    type: Literal["errored"]


class MessageBatchListResponse(BaseModel):
    """
    One page of Message Batches, newest first.
    """

    data: list[MessageBatch]
    has_more: bool
    """
    Whether more results exist beyond this page.
    """
    first_id: Optional[str]
    """
    The first ID in `data`; pass it as `before_id` for the previous page.
    """
    last_id: Optional[str]
    """
    The last ID in `data`; pass it as `after_id` for the next page.
    """


class ThinkingCapability(BaseModel):
    supported: bool
    types: ThinkingTypes


class FileListResponse(BaseModel):
    """
    One page of files.
    """

    data: list[FileMetadata]
    next_page: Optional[str] = None
    """
    Cursor of the next page; pass it as `page`. Null on the last page.
    """


class Skill(BaseModel):
    """
    A Skill, custom or published by Anthropic.
    """

    created_at: AwareDatetime
    display_name: str
    """
    A one-line label of at most 255 characters, not unique. Taken from the SKILL.md frontmatter `name` when none was given at creation.
    """
    id: str
    """
    Unique Skill ID; format and length may change.
    """
    latest_version_id: str
    """
    ID of the newest version, the one `latest` resolves to.
    """
    source: SkillSource
    type: Literal["skill"]
    updated_at: AwareDatetime


class SkillListResponse(BaseModel):
    """
    One page of Skills.
    """

    data: list[Skill]
    next_page: Optional[str] = None
    """
    Cursor of the next page; pass it as `page`. Null on the last page.
    """


class ActionURLCreateParams(BaseModel):
    action: UserProfileEnrollEndUserActionParam


class BetaManagedAgentsEnvironmentVariableAuthResponse(BaseModel):
    """
    A secret substituted into outbound requests through an environment variable; the value is never returned.
    """

    injection_location: BetaManagedAgentsInjectionLocationResponse
    networking: Annotated[
        Union[
            BetaManagedAgentsUnrestrictedCredentialNetworkingResponse,
            BetaManagedAgentsLimitedCredentialNetworkingResponse,
        ],
        Field(discriminator="type"),
    ]
    """
    The outbound hosts the secret is substituted on.
    """
    secret_name: str
    """
    The environment variable's name.
    """
    type: Literal["environment_variable"]


class BetaManagedAgentsEnvironmentVariableCreateParams(BaseModel):
    """
    An environment variable credential to create.
    """

    networking: Annotated[
        Union[
            BetaManagedAgentsUnrestrictedCredentialNetworkingParams, BetaManagedAgentsLimitedCredentialNetworkingParams
        ],
        Field(discriminator="type"),
    ]
    """
    The outbound hosts a secret is substituted on.
    """
    secret_name: str
    """
    The environment variable's name; immutable.
    """
    secret_value: str
    """
    The secret substituted into the agent's outbound requests; write-only.
    """
    type: Literal["environment_variable"]
    injection_location: Optional[BetaManagedAgentsInjectionLocationParams] = None


class BetaManagedAgentsEnvironmentVariableUpdateParams(BaseModel):
    """
    Changes to an environment variable credential; `secret_name` is immutable.
    """

    type: Literal["environment_variable"]
    injection_location: Optional[BetaManagedAgentsInjectionLocationUpdateParams] = None
    networking: Optional[
        Union[
            BetaManagedAgentsUnrestrictedCredentialNetworkingParams, BetaManagedAgentsLimitedCredentialNetworkingParams
        ]
    ] = None
    """
    A new networking scope, replacing the stored one as a whole.
    """
    secret_value: Optional[str] = None
    """
    A new secret value to replace the stored one.
    """


class BetaManagedAgentsMCPOAuthRefreshParams(BaseModel):
    """
    OAuth refresh settings of a new credential.
    """

    client_id: str
    """
    The OAuth client ID used for refreshes; immutable.
    """
    refresh_token: str
    token_endpoint: str
    """
    The token endpoint URL used to refresh the access token.
    """
    token_endpoint_auth: Annotated[
        Union[
            BetaManagedAgentsTokenEndpointAuthNoneParam,
            BetaManagedAgentsTokenEndpointAuthBasicParam,
            BetaManagedAgentsTokenEndpointAuthPostParam,
        ],
        Field(discriminator="type"),
    ]
    resource: Optional[str] = None
    """
    The OAuth resource indicator.
    """
    scope: Optional[str] = None
    """
    The OAuth scope of refresh requests.
    """


class BetaManagedAgentsMCPOAuthRefreshResponse(BaseModel):
    """
    A credential's OAuth refresh configuration, without secrets.
    """

    client_id: str
    token_endpoint: str
    """
    The token endpoint URL used to refresh the access token.
    """
    token_endpoint_auth: Annotated[
        Union[
            BetaManagedAgentsTokenEndpointAuthNoneResponse,
            BetaManagedAgentsTokenEndpointAuthBasicResponse,
            BetaManagedAgentsTokenEndpointAuthPostResponse,
        ],
        Field(discriminator="type"),
    ]
    resource: Optional[str] = None
    """
    The OAuth resource indicator.
    """
    scope: Optional[str] = None
    """
    The OAuth scope of refresh requests.
    """


class BetaManagedAgentsMCPOAuthRefreshUpdateParams(BaseModel):
    """
    Changes to a credential's OAuth refresh settings.
    """

    refresh_token: Optional[str] = None
    """
    A new refresh token to replace the stored one.
    """
    scope: Optional[str] = None
    """
    A new OAuth scope; an empty string clears it.
    """
    token_endpoint_auth: Annotated[
        Optional[
            Union[BetaManagedAgentsTokenEndpointAuthBasicUpdateParam, BetaManagedAgentsTokenEndpointAuthPostUpdateParam]
        ],
        Field(discriminator="type"),
    ] = None


class BetaManagedAgentsMCPOAuthUpdateParams(BaseModel):
    """
    Changes to an MCP OAuth credential; `mcp_server_url` is immutable.
    """

    type: Literal["mcp_oauth"]
    access_token: Optional[str] = None
    """
    A new access token to replace the stored one.
    """
    expires_at: Optional[AwareDatetime] = None
    """
    When the access token expires; send it with a new `access_token`, or the old expiry is kept.
    """
    refresh: Optional[BetaManagedAgentsMCPOAuthRefreshUpdateParams] = None
    """
    Changes to the refresh settings.
    """


class BetaManagedAgentsMCPProbe(BaseModel):
    """
    The failing step of an MCP validation probe.
    """

    http_response: Optional[BetaManagedAgentsRefreshHTTPResponse] = None
    """
    The MCP server's HTTP error response, or null if it returned none (timeout, DNS or TLS failure).
    """
    method: str
    """
    The MCP method that failed, such as `initialize` or `tools/list`.
    """


class BetaManagedAgentsMemoryListResponse(BaseModel):
    """
    One page of memories and directory markers.
    """

    data: list[Annotated[Union[BetaManagedAgentsMemory, BetaManagedAgentsMemoryPrefix], Field(discriminator="type")]]
    next_page: Optional[str] = None
    """
    The cursor of the next page, or null on the last page.
    """


class BetaManagedAgentsMemoryVersion(BaseModel):
    """
    One recorded change to a memory and who made it; kept after the memory is deleted.
    """

    id: str
    """
    The version's ID (`memver_...`).
    """
    created_at: AwareDatetime
    memory_id: str
    """
    The memory the version belongs to (`mem_...`); valid after the memory is deleted.
    """
    memory_store_id: str
    operation: Literal["created", "modified", "deleted"]
    """
    The kind of change a memory version records.
    """
    type: Literal["memory_version"]
    content: Optional[str] = None
    """
    The content as of this version; null with `view=basic`, for deletions and once redacted.
    """
    content_sha256: Optional[str] = None
    """
    Lowercase hex SHA-256 of the content; null for deletions and once redacted.
    """
    content_size_bytes: Optional[int] = None
    """
    The content's size in bytes; null for deletions and once redacted.
    """
    created_by: Optional[
        Union[
            BetaManagedAgentsSessionActor,
            BetaManagedAgentsAPIActor,
            BetaManagedAgentsUserActor,
            BetaManagedAgentsServiceAccountActor,
        ]
    ] = None
    """
    Who made the change, or null if the author was not recorded.
    """
    path: Optional[str] = None
    """
    The memory's path at this write; null exactly when redacted.
    """
    redacted_at: Optional[AwareDatetime] = None
    """
    When the version was redacted, or null.
    """
    redacted_by: Optional[
        Union[
            BetaManagedAgentsSessionActor,
            BetaManagedAgentsAPIActor,
            BetaManagedAgentsUserActor,
            BetaManagedAgentsServiceAccountActor,
        ]
    ] = None
    """
    Who redacted the version, or null.
    """


class BetaManagedAgentsMemoryVersionListResponse(BaseModel):
    """
    One page of memory versions.
    """

    data: list[BetaManagedAgentsMemoryVersion]
    next_page: Optional[str] = None
    """
    The cursor of the next page, or null on the last page.
    """


class CredentialUpdateParams(BaseModel):
    auth: Annotated[
        Optional[
            Union[
                BetaManagedAgentsMCPOAuthUpdateParams,
                BetaManagedAgentsStaticBearerUpdateParams,
                BetaManagedAgentsEnvironmentVariableUpdateParams,
            ]
        ],
        Field(discriminator="type"),
    ] = None
    """
    New authentication settings; `type` must match the credential's current type.
    """
    display_name: Optional[str] = None
    """
    New human-readable name, 1 to 255 characters.
    """
    metadata: Optional[dict[str, Optional[str]]] = None
    """
    A metadata patch; a string upserts a key, null deletes it, omitted keys are kept.
    """


class DreamCreateParams(BaseModel):
    inputs: list[
        Annotated[Union[BetaDreamMemoryStoreInputParam, BetaDreamSessionsInputParam], Field(discriminator="type")]
    ]
    """
    Exactly one `memory_store` entry and one `sessions` entry.
    """
    model: Union[str, BetaDreamModelConfigParam]
    """
    The model that runs the dream, as an ID or an object with `id` and `speed`.
    """
    instructions: Optional[str] = None
    """
    Guidance on how to read the sessions and organize the output, 1 to 4,096 characters.
    """
    output_behavior: Annotated[
        Optional[Union[BetaOutputBehaviorCreateNewParam, BetaOutputBehaviorUpdateExistingParam]],
        Field(discriminator="type"),
    ] = None
    """
    Which memory store a dream writes its result to; `create_new` when omitted.
    """


class UserProfileCyberProgram(BaseModel):
    """
    A profile's standing in the Cyber Verification Program.
    """

    requirements: Optional[UserProfileCyberRequirements] = None
    """
    What a request must allow to get the relaxed safeguards of the active tiers; null when no tier is active.
    """
    status: Literal["active", "pending", "rejected"]
    """
    A profile's status in a program.
    """
    tiers: dict[str, UserProfileCyberTier]
    """
    The program's tiers keyed by tier (`a`, `b`, `c`); `{}` when the response does not report tiers.
    """


class UserProfileEfsProgram(BaseModel):
    """
    A profile's standing in Enterprise Frontier Safeguards.
    """

    features: dict[str, UserProfileEfsFeature]
    """
    The program's features keyed by feature (`data_retention_exemption`, `cmek`, `storage`).
    """
    status: Literal["active", "pending", "rejected"]
    """
    A profile's status in a program.
    """


class UserProfileEnforcementActionBan(BaseModel):
    """
    Anthropic has stopped serving the end user where the ban applies.
    """

    id: str
    """
    The action's ID (`enac_...`), stable while it is open.
    """
    action: Optional[Literal["verify"]] = None
    """
    Always null; a ban cannot be cleared by the end user.
    """
    expires_at: Optional[AwareDatetime] = None
    """
    Always null; a ban has no end date.
    """
    opened_at: AwareDatetime
    reason: Literal[
        "unsupported_region",
        "fraud_or_abuse",
        "high_harm",
        "usage_policy_violation",
        "account_compromise",
        "unspecified",
    ]
    """
    Why Anthropic placed the limit.
    """
    type: Literal["ban"]


class UserProfileExternalUserDetails(BaseModel):
    """
    Details about the entity as the platform states them (unverified); each is null until supplied.
    """

    account_status: Optional[Literal["active", "suspended", "blocked"]] = None
    country: Optional[str] = None
    """
    ISO 3166-1 alpha-2 country code.
    """
    email_hash: Optional[str] = None
    """
    The platform's hash of the entity's email address.
    """
    entity_type: Optional[Literal["individual", "business", "non_profit", "government"]] = None
    name_hash: Optional[str] = None
    """
    The platform's hash of the entity's name.
    """
    onboarded_at: Optional[AwareDatetime] = None
    """
    When the entity opened its account with the platform.
    """
    reference_id: Optional[str] = None
    """
    The platform's own reference for the entity.
    """


class UserProfileExternalUserDetailsParams(BaseModel):
    """
    Details about the entity as the platform states them; every field is optional.
    """

    account_status: Optional[Literal["active", "suspended", "blocked"]] = None
    country: Optional[str] = None
    """
    ISO 3166-1 alpha-2 code in upper case, such as `US`.
    """
    email_hash: Optional[str] = None
    """
    The platform's hash of the entity's email address, 1 to 255 characters.
    """
    entity_type: Optional[Literal["individual", "business", "non_profit", "government"]] = None
    name_hash: Optional[str] = None
    """
    The platform's hash of the entity's name, 1 to 255 characters.
    """
    onboarded_at: Optional[AwareDatetime] = None
    """
    When the entity opened its account; at most 1 minute in the future.
    """
    reference_id: Optional[str] = None
    """
    The platform's own reference for the entity, 1 to 255 characters; not enforced unique.
    """


class UserProfilePrograms(BaseModel):
    """
    The profile's standing in each Anthropic program; a program is null when it has no status or is not reported.
    """

    cyber: Optional[UserProfileCyberProgram] = None
    """
    Standing in the Cyber Verification Program.
    """
    efs: Optional[UserProfileEfsProgram] = None
    """
    Standing in Enterprise Frontier Safeguards; always null in lists.
    """


class UserProfileUpdateParams(BaseModel):
    access_type: Optional[Literal["application", "passthrough"]] = None
    """
    Replaces the stored access type when present.
    """
    external_user_details: Optional[UserProfileExternalUserDetailsParams] = None
    metadata: Optional[dict[str, str]] = None
    """
    Pairs merged into the stored metadata; an empty string value removes a key.
    """
    name: Optional[str] = None
    """
    Replaces the stored name when present; up to 255 characters.
    """
    external_id: Optional[str] = None
    """
    Beta only (legacy) - replaces the stored external_id; accepted only under the user-profiles-2026-03-24 and user-profiles-2026-08-18 beta headers.
    """
    external_user_onboarded_at: Optional[AwareDatetime] = None
    """
    Beta only (legacy) - replaces the stored account creation time; accepted only under the user-profiles-2026-08-18 beta header.
    """


class BetaManagedAgentsAgentToolsetDefaultConfig(BaseModel):
    """
    Settings applied to every tool of the built-in toolset unless a per-tool config overrides them.
    """

    enabled: bool
    """
    Whether the tools are enabled by default (default true).
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Default permission policy of the tools.
    """


class BetaManagedAgentsAgentToolsetDefaultConfigParams(BaseModel):
    """
    Settings applied to every tool of the built-in toolset unless a per-tool config overrides them.
    """

    enabled: Optional[bool] = None
    """
    Whether the tools are enabled by default (default true).
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Default permission policy of the tools.
    """


class BetaManagedAgentsCustomTool(BaseModel):
    """
    A tool that the API client executes: the session emits `agent.custom_tool_use` and waits for `user.custom_tool_result`.
    """

    description: str
    """
    What the tool does, shown to the agent.
    """
    input_schema: BetaManagedAgentsCustomToolInputSchema
    """
    JSON Schema of the tool's input.
    """
    name: str
    """
    Unique tool name (1-128 letters, digits, underscores or hyphens).
    """
    type: Literal["custom"]


class BetaManagedAgentsMCPToolset(BaseModel):
    """
    The tools of one MCP server from `mcp_servers`.
    """

    configs: list[BetaManagedAgentsMCPToolConfig]
    """
    Per-tool overrides.
    """
    default_config: BetaManagedAgentsMCPToolsetDefaultConfig
    """
    Settings applied to every tool of the server.
    """
    mcp_server_name: str
    """
    Name of a server in `mcp_servers` (1-255 characters).
    """
    type: Literal["mcp_toolset"]


class BetaManagedAgentsMultiagentSubagentsEnabled(BaseModel):
    """
    The agent can spawn session threads running predefined or inline agents.
    """

    inline_agents: Annotated[
        Union[BetaManagedAgentsMultiagentInlineAgentsEnabled, BetaManagedAgentsMultiagentInlineAgentsDisabled],
        Field(discriminator="type"),
    ]
    """
    Whether inline agents may be spawned (default enabled).
    """
    predefined_agents: list[BetaManagedAgentsAgentReference]
    """
    Saved agents that may be spawned as threads (at most 20); null or empty means none.
    """
    type: Literal["enabled"]


class BetaManagedAgentsMultiagentSubagentsEnabledParams(BaseModel):
    """
    The agent can spawn session threads running predefined or inline agents.
    """

    type: Literal["enabled"]
    inline_agents: Optional[
        Union[
            BetaManagedAgentsMultiagentInlineAgentsEnabledParams, BetaManagedAgentsMultiagentInlineAgentsDisabledParams
        ]
    ] = None
    """
    Whether inline agents may be spawned (default enabled).
    """
    predefined_agents: Optional[
        list[Union[str, BetaManagedAgentsAgentParams, BetaManagedAgentsMultiagentSelfParams]]
    ] = None
    """
    Saved agents that may be spawned as threads (at most 20); null or empty means none.
    """


class BetaManagedAgentsMultiagentWorkflowsEnabled(BaseModel):
    """
    The agent can start workflow runs that follow a plan it writes.
    """

    inline_agents: Annotated[
        Union[BetaManagedAgentsMultiagentInlineAgentsEnabled, BetaManagedAgentsMultiagentInlineAgentsDisabled],
        Field(discriminator="type"),
    ]
    """
    Whether a run's plan may define inline agents (default enabled).
    """
    predefined_agents: list[BetaManagedAgentsAgentReference]
    """
    Saved agents a run's plan may use (at most 20); null or empty means none.
    """
    type: Literal["enabled"]


class BetaManagedAgentsMultiagentWorkflowsEnabledParams(BaseModel):
    """
    The agent can start workflow runs that follow a plan it writes.
    """

    type: Literal["enabled"]
    inline_agents: Optional[
        Union[
            BetaManagedAgentsMultiagentInlineAgentsEnabledParams, BetaManagedAgentsMultiagentInlineAgentsDisabledParams
        ]
    ] = None
    """
    Whether a run's plan may define inline agents (default enabled).
    """
    predefined_agents: Optional[
        list[Union[str, BetaManagedAgentsAgentParams, BetaManagedAgentsMultiagentSelfParams]]
    ] = None
    """
    Saved agents a run's plan may use (at most 20); null or empty means none.
    """


class BetaManagedAgentsWebFetchURLSourceExcept(BaseModel):
    """
    The results of every tool except the listed ones contribute fetchable URLs.
    """

    tools: list[BetaManagedAgentsWebFetchURLSourceToolReference]
    """
    The excluded tools (1-128, distinct names).
    """
    type: Literal["except"]


class BetaManagedAgentsWebFetchURLSourceExceptParam(BaseModel):
    """
    The results of every tool except the listed ones contribute fetchable URLs.
    """

    tools: list[BetaManagedAgentsWebFetchURLSourceToolReferenceParam]
    """
    The excluded tools (1-128, distinct names).
    """
    type: Literal["except"]


class BetaManagedAgentsWebFetchURLSourceOnly(BaseModel):
    """
    Only the results of the listed tools contribute fetchable URLs.
    """

    tools: list[BetaManagedAgentsWebFetchURLSourceToolReference]
    """
    The contributing tools (1-128, distinct names).
    """
    type: Literal["only"]


class BetaManagedAgentsWebFetchURLSourceOnlyParam(BaseModel):
    """
    Only the results of the listed tools contribute fetchable URLs.
    """

    tools: list[BetaManagedAgentsWebFetchURLSourceToolReferenceParam]
    """
    The contributing tools (1-128, distinct names).
    """
    type: Literal["only"]


class BetaManagedAgentsWebFetchURLSources(BaseModel):
    """
    Which sources contribute URLs that web_fetch may fetch; each unset source allows every URL.
    """

    client_tool_results: Optional[
        Union[
            BetaManagedAgentsWebFetchURLSourceAll,
            BetaManagedAgentsWebFetchURLSourceNone,
            BetaManagedAgentsWebFetchURLSourceOnly,
            BetaManagedAgentsWebFetchURLSourceExcept,
        ]
    ] = None
    """
    Which custom tools' results contribute URLs (default `all`).
    """
    server_tool_results: Optional[
        Union[
            BetaManagedAgentsWebFetchURLSourceAll,
            BetaManagedAgentsWebFetchURLSourceNone,
            BetaManagedAgentsWebFetchURLSourceOnly,
            BetaManagedAgentsWebFetchURLSourceExcept,
        ]
    ] = None
    """
    Which of web_search's and web_fetch's results contribute URLs (default `all`).
    """
    user_input: Optional[Union[BetaManagedAgentsWebFetchURLSourceAll, BetaManagedAgentsWebFetchURLSourceNone]] = None
    """
    Whether URLs in user messages may be fetched (default `all`).
    """


class BetaManagedAgentsWebFetchURLSourcesParams(BaseModel):
    """
    Which sources contribute URLs that web_fetch may fetch; each unset source allows every URL.
    """

    client_tool_results: Optional[
        Union[
            BetaManagedAgentsWebFetchURLSourceAllParam,
            BetaManagedAgentsWebFetchURLSourceNoneParam,
            BetaManagedAgentsWebFetchURLSourceOnlyParam,
            BetaManagedAgentsWebFetchURLSourceExceptParam,
            Literal["all", "none"],
        ]
    ] = None
    """
    Which custom tools' results contribute URLs (default `all`).
    """
    server_tool_results: Optional[
        Union[
            BetaManagedAgentsWebFetchURLSourceAllParam,
            BetaManagedAgentsWebFetchURLSourceNoneParam,
            BetaManagedAgentsWebFetchURLSourceOnlyParam,
            BetaManagedAgentsWebFetchURLSourceExceptParam,
            Literal["all", "none"],
        ]
    ] = None
    """
    Which of web_search's and web_fetch's results contribute URLs (default `all`).
    """
    user_input: Optional[
        Union[
            BetaManagedAgentsWebFetchURLSourceAllParam,
            BetaManagedAgentsWebFetchURLSourceNoneParam,
            Literal["all", "none"],
        ]
    ] = None
    """
    Whether URLs in user messages may be fetched (default `all`).
    """


class BetaCloudConfig(BaseModel):
    """
    A cloud environment: an Anthropic-hosted container with networking and packages.
    """

    networking: Annotated[Union[BetaUnrestrictedNetwork, BetaLimitedNetwork], Field(discriminator="type")]
    """
    Network policy of the container; omit on update to keep it.
    """
    packages: BetaPackages
    """
    Packages to install; omit on update to keep them.
    """
    type: Literal["cloud"]


class BetaCloudConfigParams(BaseModel):
    """
    A cloud environment: an Anthropic-hosted container with networking and packages.
    """

    type: Literal["cloud"]
    networking: Optional[Union[BetaUnrestrictedNetworkParam, BetaLimitedNetworkParams]] = None
    """
    Network policy of the container; omit on update to keep it.
    """
    packages: Optional[BetaPackagesParams] = None
    """
    Packages to install; omit on update to keep them.
    """


class BetaEnvironment(BaseModel):
    """
    An environment: where the sessions of agents run, either Anthropic cloud containers or self-hosted sandboxes.
    """

    id: str
    """
    Environment ID (`env_…`).
    """
    archived_at: Optional[AwareDatetime] = None
    """
    When the environment was archived; null if it is not.
    """
    config: Annotated[Union[BetaCloudConfig, BetaSelfHostedConfig], Field(discriminator="type")]
    """
    Cloud or self-hosted configuration.
    """
    created_at: AwareDatetime
    description: Optional[str] = None
    """
    What the environment is for; null when unset.
    """
    metadata: dict[str, str]
    name: str
    type: Literal["environment"]
    updated_at: AwareDatetime
    scope: Optional[Literal["organization", "account"]] = None
    """
    Visibility: `organization` (all accounts) or `account` (the owner only).
    """


class BetaEnvironmentListResponse(BaseModel):
    """
    One page of environments.
    """

    data: list[BetaEnvironment]
    next_page: Optional[str] = None
    """
    Cursor of the next page, to send as `page`; null on the last page.
    """


class BetaSelfHostedWork(BaseModel):
    """
    A unit of work (a session to run) queued for the workers of a self-hosted environment.
    """

    id: str
    """
    Work item ID (`work_…`).
    """
    acknowledged_at: Optional[AwareDatetime] = None
    """
    When a worker acknowledged the item and took it to a sandbox.
    """
    created_at: AwareDatetime
    data: BetaSessionWorkData
    """
    What to run.
    """
    environment_id: str
    """
    The environment the item belongs to.
    """
    latest_heartbeat_at: Optional[AwareDatetime] = None
    """
    When the last heartbeat arrived.
    """
    metadata: dict[str, str]
    secret: Optional[str] = None
    """
    Credentials the worker uses to run the item; may be set in a poll response, null otherwise.
    """
    started_at: Optional[AwareDatetime] = None
    """
    When execution started.
    """
    state: Literal["queued", "starting", "active", "stopping", "stopped"]
    """
    Lifecycle state of the item.
    """
    stop_requested_at: Optional[AwareDatetime] = None
    """
    When a stop was requested.
    """
    stopped_at: Optional[AwareDatetime] = None
    """
    When execution stopped.
    """
    type: Literal["work"]


class BetaSelfHostedWorkListResponse(BaseModel):
    """
    One page of work items.
    """

    data: list[BetaSelfHostedWork]
    next_page: Optional[str] = None
    """
    Cursor of the next page, to send as `page`; null on the last page.
    """


class BetaSelfHostedWorkPollResponse(RootModel[Optional[BetaSelfHostedWork]]):
    root: Optional[BetaSelfHostedWork]
    """
    The next work item, or null when none arrived in time.
    """


class EnvironmentCreateParams(BaseModel):
    """
    The body of a create-environment request.
    """

    name: str
    """
    Human-readable name.
    """
    config: Optional[Union[BetaCloudConfigParams, BetaSelfHostedConfigParams]] = None
    """
    Cloud or self-hosted configuration.
    """
    description: Optional[str] = None
    """
    What the environment is for.
    """
    metadata: Optional[dict[str, str]] = None
    """
    Key-value metadata.
    """
    scope: Optional[Literal["organization", "account"]] = None
    """
    Visibility: `organization` (all accounts) or `account` (the owner only; rejected for API organizations); default depends on the organization type.
    """


class EnvironmentUpdateParams(BaseModel):
    """
    The body of an update-environment request; omitted fields keep their values.
    """

    config: Optional[Union[BetaCloudConfigParams, BetaSelfHostedConfigParams]] = None
    """
    New configuration; omitted fields of a cloud config keep their values.
    """
    description: Optional[str] = None
    """
    New description; null clears it.
    """
    metadata: Optional[dict[str, Optional[str]]] = None
    """
    Metadata patch: a string value upserts the key, null or an empty string deletes it.
    """
    name: Optional[str] = None
    """
    New name.
    """
    scope: Optional[Literal["organization", "account"]] = None
    """
    New visibility: `organization` or `account`.
    """


class APIKey(BaseModel):
    """
    An API key of the organization. The secret itself is never returned.
    """

    created_at: AwareDatetime
    """
    When the API key was created.
    """
    created_by: Optional[APIKeyCreatedBy] = None
    """
    Who created the API key; null when not recorded (legacy, federated or system-created keys).
    """
    expires_at: Optional[AwareDatetime] = None
    """
    When the API key expires; null if it never does.
    """
    id: str
    """
    ID of the API key.
    """
    name: str
    """
    Name of the API key.
    """
    partial_key_hint: Optional[str] = None
    """
    A redacted hint of the key, such as its last characters.
    """
    principal: Optional[Union[APIKeyUserActor, APIKeyServiceAccountActor]] = None
    """
    The User or Service Account the API key acts as; null if it is not bound to a principal.
    """
    scope: Annotated[Union[APIKeyOrganizationScope, APIKeyWorkspaceScope], Field(discriminator="type")]
    """
    Where the API key belongs: a Workspace (its real ID, also for the default Workspace), or the organization for a principal-bound key without a Workspace.
    """
    status: Literal["active", "archived", "expired", "inactive"]
    """
    Status of the API key.
    """
    type: Literal["api_key"]


class APIKeyListResponse(BaseModel):
    """
    One page of API keys.
    """

    data: list[APIKey]
    has_more: bool
    """
    Whether more results exist beyond this page.
    """
    first_id: Optional[str]
    """
    The first ID in `data`; pass it as `before_id` for the previous page.
    """
    last_id: Optional[str]
    """
    The last ID in `data`; pass it as `after_id` for the next page.
    """


class BetaInferenceDataPrivacy(BaseModel):
    """
    Where a Workspace's retained inference data and transcript copies go, and whether Anthropic's human review applies. A member is left out for organizations not enabled for it.
    """

    human_review: Optional[BetaAnthropicHumanReview] = None
    """
    The human review setting; review is off only while this is `disabled` and Anthropic's approval stands.
    """
    safeguards_storage: Annotated[
        Optional[Union[BetaInternalStorage, BetaExternalStorageMember]], Field(discriminator="type")
    ] = None
    """
    Where the data that Anthropic's safeguards systems retain for the Workspace goes: `external` is the External Storage that `external_storage_id` names; `internal` is Anthropic's storage (or, on a cloud provider's platform, that provider's). A recent change may not have taken effect yet.
    """
    transcripts_storage: Annotated[
        Optional[Union[BetaInternalStorage, BetaExternalStorageMember]], Field(discriminator="type")
    ] = None
    """
    Where copies of the Workspace's transcripts and of Anthropic's safety findings about them (cases) go: `external` is the External Storage that `external_storage_id` names; `internal` means no copies are made. A recent change may not have taken effect yet.
    """


class BetaInferenceDataPrivacyCreateParam(BaseModel):
    """
    Where a new Workspace's retained inference data and transcript copies go, and whether Anthropic's human review applies. Omit a member rather than sending null.
    """

    human_review: Optional[BetaAnthropicHumanReview] = None
    """
    Whether Anthropic's human review applies; `disabled` needs Anthropic's approval. Omitted, `enabled`.
    """
    safeguards_storage: Annotated[
        Optional[Union[BetaInternalStorage, BetaExternalStorageMember]], Field(discriminator="type")
    ] = None
    """
    Where the data that Anthropic's safeguards systems retain goes, once an attach takes effect. Omitted, `internal`.
    """
    transcripts_storage: Annotated[
        Optional[Union[BetaInternalStorage, BetaExternalStorageMember]], Field(discriminator="type")
    ] = None
    """
    Where copies of the transcripts and their cases go, once an attach takes effect; `internal` makes no copies. Omitted, `internal`.
    """


class BetaInferenceDataPrivacyUpdateParam(BaseModel):
    """
    Changes to where a Workspace's retained inference data and transcript copies go, and to whether Anthropic's human review applies. An omitted member is unchanged; omit a member rather than sending null.
    """

    human_review: Optional[BetaAnthropicHumanReview] = None
    """
    Whether Anthropic's human review applies from now on; `disabled` needs Anthropic's approval.
    """
    safeguards_storage: Annotated[
        Optional[Union[BetaInternalStorage, BetaExternalStorageMember]], Field(discriminator="type")
    ] = None
    """
    Where the data that Anthropic's safeguards systems retain goes once the change takes effect.
    """
    transcripts_storage: Annotated[
        Optional[Union[BetaInternalStorage, BetaExternalStorageMember]], Field(discriminator="type")
    ] = None
    """
    Where copies of the transcripts and their cases go once the change takes effect; `internal` stops the copies.
    """


class OrganizationInvite(BaseModel):
    """
    An Invite to join the organization.
    """

    accepted_at: Optional[AwareDatetime] = None
    """
    When the Invite was accepted; null until then.
    """
    email: str
    """
    Email address the Invite was sent to.
    """
    expires_at: AwareDatetime
    """
    When the Invite expires.
    """
    id: str
    """
    ID of the Invite.
    """
    invited_at: AwareDatetime
    """
    When the Invite was created.
    """
    rbac_group_ids: list[str]
    """
    RBAC groups the User joins on acceptance (Claude Enterprise); empty when none.
    """
    role: Literal[
        "admin",
        "billing",
        "claude_code_user",
        "developer",
        "managed",
        "membership_admin",
        "owner",
        "primary_owner",
        "user",
    ]
    """
    A User's role in the organization. Console and API organizations use `user`, `developer`, `billing`, `admin` and `claude_code_user`; Claude Enterprise organizations use `user`, `owner`, `primary_owner`, `membership_admin` and `managed`.
    """
    status: Literal["accepted", "deleted", "expired", "pending"]
    """
    Status of the Invite.
    """
    type: Literal["invite"]


class OrganizationInviteListResponse(BaseModel):
    """
    One page of Invites.
    """

    data: list[OrganizationInvite]
    has_more: bool
    """
    Whether more results exist beyond this page.
    """
    first_id: Optional[str]
    """
    The first ID in `data`; pass it as `before_id` for the previous page.
    """
    last_id: Optional[str]
    """
    The last ID in `data`; pass it as `after_id` for the next page.
    """


class OrganizationRateLimit(BaseModel):
    """
    The organization's rate limits for one rate-limit group.
    """

    group: Annotated[
        Union[
            OrganizationRateLimitModelGroup,
            OrganizationRateLimitBatchGroup,
            OrganizationRateLimitTokenCountGroup,
            OrganizationRateLimitFilesGroup,
            OrganizationRateLimitSkillsGroup,
            OrganizationRateLimitWebSearchGroup,
        ],
        Field(discriminator="type"),
    ]
    """
    The rate-limit group these limits apply to.
    """
    id: str
    """
    ID of this entry, stable within the organization; pass it as `rate_limit_id` to set a Workspace's overrides for the group.
    """
    limits: list[OrganizationRateLimitValue]
    """
    The limiter values of the group.
    """
    models: Optional[list[str]] = None
    """
    Model names and aliases the limits apply to; null unless the group is a `model_group`.
    """
    type: Literal["rate_limit"]


class OrganizationRateLimitListResponse(BaseModel):
    """
    One page of the organization's rate limits.
    """

    data: list[OrganizationRateLimit]
    next_page: Optional[str]
    """
    Cursor of the next page (pass it as `page`); null on the last page.
    """


class ServiceAccountWorkspaceMember(BaseModel):
    """
    A Service Account's membership in a Workspace.
    """

    created_by_actor_id: Optional[str] = None
    """
    ID of the User or Service Account (`user_…`/`svac_…`) that created the membership.
    """
    implicit: Optional[bool] = None
    """
    True for the implicit `workspace_user` membership every Service Account has in the default Workspace until it is added explicitly; implicit memberships cannot be removed.
    """
    service_account_id: str
    """
    ID of the Service Account (`svac_…`).
    """
    type: Literal["service_account_workspace_member"]
    workspace_id: str
    """
    ID of the Workspace (`wrkspc_…`).
    """
    workspace_role: Literal[
        "workspace_admin",
        "workspace_billing",
        "workspace_developer",
        "workspace_restricted_developer",
        "workspace_user",
    ]
    """
    A role in a Workspace.
    """


class ServiceAccountWorkspaceMemberListResponse(BaseModel):
    """
    One page of a Workspace's Service Account memberships.
    """

    data: list[ServiceAccountWorkspaceMember]
    next_page: Optional[str]
    """
    Cursor of the next page (pass it as `page`); null on the last page.
    """


class Workspace(BaseModel):
    """
    A Workspace of the organization.
    """

    archived_at: Optional[AwareDatetime] = None
    """
    When the Workspace was archived; null if it is not.
    """
    compartment_id: str
    """
    ID of the Workspace's encryption compartment, for scoping a customer-managed AWS KMS key policy to this Workspace.
    """
    created_at: AwareDatetime
    """
    When the Workspace was created.
    """
    data_residency: DataResidency
    display_color: str
    """
    Hex color of the Workspace in the Console.
    """
    external_key_id: Optional[str] = None
    """
    ID of the customer-managed encryption key (CMEK) configuration that encrypts the Workspace's data; write-once.
    """
    id: str
    """
    ID of the Workspace.
    """
    name: str
    """
    Name of the Workspace.
    """
    tags: dict[str, str]
    """
    User-defined string tags; keys cannot start with `anthropic`.
    """
    type: Literal["workspace"]
    user_profile_id: Optional[str] = None
    """
    ID of the user profile every inference request through the Workspace must name; null if none.
    """
    inference_data_privacy: Optional[BetaInferenceDataPrivacy] = None
    """
    Where the Workspace's retained inference data and transcript copies go, and whether Anthropic's human review applies. Only in responses to requests that send the `efs-2026-10-01` beta; each member only for organizations enabled for it.
    """


class WorkspaceCreateParams(BaseModel):
    """
    The new Workspace.
    """

    data_residency: Optional[DataResidencyCreateConfigParam] = None
    """
    Data residency of the Workspace; omitted, it is stored in `us` with `unrestricted` inference geos and `global` as the default.
    """
    display_color: Annotated[Optional[str], Field(max_length=7, pattern="^#[0-9A-Fa-f]{6}$")] = None
    """
    Hex color of the Workspace in the Console.
    """
    external_key_id: Optional[str] = None
    """
    ID of a customer-managed encryption key (CMEK) configuration to encrypt the Workspace's data with; needs CMEK enabled for the organization, and cannot be changed once set.
    """
    name: Annotated[str, Field(max_length=255, min_length=1)]
    """
    Name of the Workspace.
    """
    tags: Optional[dict[str, Any]] = None
    """
    User-defined string tags; keys cannot start with `anthropic`.
    """
    user_profile_id: Optional[str] = None
    """
    ID of a user profile every inference request through the Workspace must then name; it cannot be replaced or removed later.
    """
    inference_data_privacy: Optional[BetaInferenceDataPrivacyCreateParam] = None
    """
    Where the Workspace's retained inference data and transcript copies go, and whether Anthropic's human review applies. Needs the `efs-2026-10-01` beta; omitted, both storages are `internal` and human review is `enabled`. An Admin API key cannot set it: use an API key of a user or service account, or an OAuth token.
    """


class WorkspaceListResponse(BaseModel):
    """
    One page of Workspaces.
    """

    data: list[Workspace]
    has_more: bool
    """
    Whether more results exist beyond this page.
    """
    first_id: Optional[str]
    """
    The first ID in `data`; pass it as `before_id` for the previous page.
    """
    last_id: Optional[str]
    """
    The last ID in `data`; pass it as `after_id` for the next page.
    """


class WorkspaceMember(BaseModel):
    """
    A User's membership in a Workspace.
    """

    type: Literal["workspace_member"]
    user_id: str
    """
    ID of the User.
    """
    workspace_id: str
    """
    ID of the Workspace.
    """
    workspace_role: Literal[
        "workspace_admin",
        "workspace_billing",
        "workspace_developer",
        "workspace_restricted_developer",
        "workspace_user",
    ]
    """
    A role in a Workspace.
    """


class WorkspaceMemberListResponse(BaseModel):
    """
    One page of Workspace members.
    """

    data: list[WorkspaceMember]
    has_more: bool
    """
    Whether more results exist beyond this page.
    """
    first_id: Optional[str]
    """
    The first ID in `data`; pass it as `before_id` for the previous page.
    """
    last_id: Optional[str]
    """
    The last ID in `data`; pass it as `after_id` for the next page.
    """


class WorkspaceMemberUpdateParams(BaseModel):
    """
    The member's new Workspace role.
    """

    workspace_role: Literal[
        "workspace_admin",
        "workspace_billing",
        "workspace_developer",
        "workspace_restricted_developer",
        "workspace_user",
    ]
    """
    A role in a Workspace.
    """


class WorkspaceRateLimitUpdateParams(BaseModel):
    """
    The Workspace overrides to set or clear for one rate-limit group.
    """

    limits: Annotated[list[WorkspaceRateLimitUpdateValueParam], Field(max_length=16, min_length=1)]
    """
    Limiter values to set or clear; limiter types not listed keep their value.
    """


class WorkspaceRateLimitValue(BaseModel):
    """
    One limiter value of a Workspace.
    """

    org_limit: Optional[int] = None
    """
    The organization's value for the same limiter type; null if the organization has none.
    """
    source: Annotated[
        Union[WorkspaceRateLimitWorkspaceSource, WorkspaceRateLimitOrganizationSource], Field(discriminator="type")
    ]
    """
    Whether the value is a Workspace override or inherited from the organization.
    """
    type: str
    """
    The limiter type, such as `requests_per_minute`.
    """
    value: int
    """
    The Workspace override, or the organization's value when inherited.
    """


class WorkspaceUpdateParams(BaseModel):
    """
    The Workspace fields to change; omitted fields keep their value.
    """

    data_residency: Optional[DataResidencyUpdateConfigParam] = None
    """
    New inference geo settings.
    """
    display_color: Annotated[Optional[str], Field(max_length=7, pattern="^#[0-9A-Fa-f]{6}$")] = None
    """
    Hex color of the Workspace in the Console.
    """
    external_key_id: Optional[str] = None
    """
    ID of a customer-managed encryption key (CMEK) configuration to attach; write-once, so a Workspace that has one keeps it.
    """
    name: Optional[str] = None
    """
    New name of the Workspace.
    """
    tags: Optional[dict[str, Any]] = None
    """
    User-defined tags, whose values may be null; keys cannot start with `anthropic`.
    """
    user_profile_id: Optional[str] = None
    """
    ID of a user profile to attach; once set it cannot be replaced or removed, and the default Workspace cannot have one.
    """
    inference_data_privacy: Optional[BetaInferenceDataPrivacyUpdateParam] = None
    """
    Changes to where the Workspace's retained inference data and transcript copies go, and to whether Anthropic's human review applies; omitted members are unchanged. Needs the `efs-2026-10-01` beta. An Admin API key cannot set it: use an API key of a user or service account, or an OAuth token.
    """


class RBACRolePermission(BaseModel):
    """
    One permission an RBAC Role grants, an action on a resource.
    """

    action: str
    """
    The granted action; its vocabulary depends on the resource (for example `chat` or a `permission_*` entitlement on `organization`, `use` or `always_allow` on `connector_tool`, `grant` on `connector_scope`).
    """
    resource: Annotated[
        Union[
            RBACOrganizationPermissionResource,
            RBACConnectorToolPermissionResource,
            RBACConnectorScopePermissionResource,
            RBACConnectorPermissionResource,
            RBACAllConnectorsPermissionResource,
        ],
        Field(discriminator="type"),
    ]
    """
    What the permission applies to; `type` decides which ID fields are present.
    """
    type: Literal["rbac_role_permission"]


class RBACRolePermissionListResponse(BaseModel):
    """
    One page of the permissions an RBAC Role grants.
    """

    data: list[RBACRolePermission]
    next_page: Optional[str]
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaPlugin(BaseModel):
    """
    A Plugin in one of the organization's or its members' plugin marketplaces.
    """

    id: str
    """
    ID of the Plugin (prefixed `plugin_`).
    """
    components: Optional[list[BetaPluginComponent]] = None
    """
    What the served version contains; null when not enumerated.
    """
    content_scan: Optional[BetaPluginContentScan] = None
    """
    The served version's content scan; null when it was not scanned.
    """
    created_at: AwareDatetime
    created_by: Optional[Union[BetaPluginUserActor, BetaPluginAPIActor]] = None
    """
    Who created the Plugin; null when nobody is recorded.
    """
    description: Optional[str] = None
    """
    The served version's description.
    """
    display_name: Optional[str] = None
    """
    The served version's display name.
    """
    latest_version_id: str
    """
    ID of the newest version.
    """
    manifest_version: Optional[str] = None
    """
    The served version's manifest `version`, normalized for display, or null.
    """
    marketplace_id: str
    """
    ID of the plugin marketplace the Plugin is in.
    """
    name: str
    """
    Lowercase identifier, unique within the marketplace; a member-owned Plugin's may change when renamed.
    """
    organization_installation_preference: Optional[
        Literal["auto_install", "available", "not_available", "required"]
    ] = None
    """
    For an organization-owned Plugin, the organization-wide installation setting (its own, or the marketplace's default); null for a member-owned Plugin. Values this API does not name yet are passed through.
    """
    organization_installation_preference_inherited: Optional[bool] = None
    """
    For an organization-owned Plugin, true while the organization-wide setting is the marketplace's default; null for a member-owned Plugin.
    """
    owner: Annotated[Union[BetaPluginOwnerOrganization, BetaPluginOwnerUser], Field(discriminator="type")]
    """
    Who owns the Plugin, the organization or one member.
    """
    reach: Optional[Literal["contained", "privileged", "remote"]] = None
    """
    How far the served version reaches: `remote` (declares an MCP server or CLI), `privileged` (hooks, monitors, settings, pre-approved tools and the like), `contained`, or null when not classified.
    """
    served_version_id: str
    """
    ID of the version claude.ai serves to members.
    """
    served_version_pinned: bool
    """
    Whether the served version is pinned, so new versions no longer become the served one.
    """
    type: Literal["plugin"]
    updated_at: AwareDatetime
    """
    When the served version last changed (installation settings and shares do not move it).
    """


class BetaPluginListResponse(BaseModel):
    """
    One page of Plugins, newest first.
    """

    data: list[BetaPlugin]
    next_page: Optional[str]
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaPluginMarketplaceValidationPluginWarnings(BaseModel):
    """
    The parts of one plugin a synchronization would leave out.
    """

    name: str
    """
    The plugin's name in marketplace.json.
    """
    warnings: list[BetaPluginMarketplaceValidationPluginWarning]


class BetaManagedAgentsAgentMessageEvent(BaseModel):
    """
    agent.message: text the agent produced.
    """

    content: list[
        Annotated[Union[BetaManagedAgentsTextBlock, BetaManagedAgentsRedactedBlock], Field(discriminator="type")]
    ]
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["agent.message"]


class BetaManagedAgentsAgentToolEvaluationAuto(BaseModel):
    evaluated_permission: Annotated[
        Union[
            BetaManagedAgentsAgentAutoEvaluatedPermissionAllow,
            BetaManagedAgentsAgentAutoEvaluatedPermissionAsk,
            BetaManagedAgentsAgentAutoEvaluatedPermissionDeny,
        ],
        Field(discriminator="type"),
    ]
    """
    The permission the server applied to this tool call.
    """
    type: Literal["auto"]


class BetaManagedAgentsBillingErrorObject(BaseModel):
    message: str
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["billing_error"]


class BetaManagedAgentsBudgetLimit(BaseModel):
    """
    A session's spend ceiling.
    """

    max_list_cost: BetaMonetaryAmount
    """
    The spend ceiling at public list prices.
    """
    type: Literal["limit"]


class BetaManagedAgentsBudgetLimitParam(BaseModel):
    """
    A spend ceiling for a session.
    """

    max_list_cost: BetaMonetaryAmountParam
    """
    The spend ceiling at public list prices.
    """
    type: Literal["limit"]


class BetaManagedAgentsCompactionLimitReachedErrorObject(BaseModel):
    message: str
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["compaction_limit_reached_error"]


class BetaManagedAgentsCredentialHostUnreachableErrorObject(BaseModel):
    credential_id: str
    message: str
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["credential_host_unreachable_error"]
    vault_id: str


class BetaManagedAgentsDeltaContent(BaseModel):
    content: BetaManagedAgentsTextBlock
    index: Optional[int] = None
    type: Literal["content_delta"]


class BetaManagedAgentsDeltaEvent(BaseModel):
    """
    event_delta: a fragment of an event being produced (sent only for event types named in event_deltas).
    """

    delta: BetaManagedAgentsDeltaContent
    """
    The fragment to append to the event previewed by event_id.
    """
    event_id: str
    """
    ID of the event this delta belongs to.
    """
    type: Literal["event_delta"]


class BetaManagedAgentsDocumentBlock(BaseModel):
    context: Optional[str] = None
    source: Annotated[
        Union[
            BetaManagedAgentsBase64DocumentSource,
            BetaManagedAgentsPlainTextDocumentSource,
            BetaManagedAgentsURLDocumentSource,
            BetaManagedAgentsFileDocumentSource,
        ],
        Field(discriminator="type"),
    ]
    title: Optional[str] = None
    """
    Human-readable title.
    """
    type: Literal["document"]


class BetaManagedAgentsDocumentBlockParam(BaseModel):
    context: Optional[str] = None
    source: Annotated[
        Union[
            BetaManagedAgentsBase64DocumentSourceParam,
            BetaManagedAgentsPlainTextDocumentSourceParam,
            BetaManagedAgentsURLDocumentSourceParam,
            BetaManagedAgentsFileDocumentSourceParam,
        ],
        Field(discriminator="type"),
    ]
    title: Optional[str] = None
    """
    Human-readable title.
    """
    type: Literal["document"]


class BetaManagedAgentsImageBlock(BaseModel):
    source: Annotated[
        Union[BetaManagedAgentsBase64ImageSource, BetaManagedAgentsURLImageSource, BetaManagedAgentsFileImageSource],
        Field(discriminator="type"),
    ]
    type: Literal["image"]


class BetaManagedAgentsImageBlockParam(BaseModel):
    source: Annotated[
        Union[
            BetaManagedAgentsBase64ImageSourceParam,
            BetaManagedAgentsURLImageSourceParam,
            BetaManagedAgentsFileImageSourceParam,
        ],
        Field(discriminator="type"),
    ]
    type: Literal["image"]


class BetaManagedAgentsMCPAuthenticationFailedErrorObject(BaseModel):
    mcp_server_name: str
    """
    Name of the MCP server that provides the tool.
    """
    message: str
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["mcp_authentication_failed_error"]


class BetaManagedAgentsMCPConnectionFailedErrorObject(BaseModel):
    mcp_server_name: str
    """
    Name of the MCP server that provides the tool.
    """
    message: str
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["mcp_connection_failed_error"]


class BetaManagedAgentsModelOverloadedErrorObject(BaseModel):
    message: str
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["model_overloaded_error"]


class BetaManagedAgentsModelRateLimitedErrorObject(BaseModel):
    message: str
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["model_rate_limited_error"]


class BetaManagedAgentsModelRequestFailedErrorObject(BaseModel):
    message: str
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["model_request_failed_error"]


class BetaManagedAgentsRepositoryAuthenticationErrorObject(BaseModel):
    message: str
    repository_url: Optional[str] = None
    """
    URL of the GitHub repository.
    """
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["repository_authentication_error"]


class BetaManagedAgentsRepositoryCheckoutErrorObject(BaseModel):
    message: str
    repository_url: Optional[str] = None
    """
    URL of the GitHub repository.
    """
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["repository_checkout_error"]


class BetaManagedAgentsRepositoryCloneErrorObject(BaseModel):
    message: str
    repository_url: Optional[str] = None
    """
    URL of the GitHub repository.
    """
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["repository_clone_error"]


class BetaManagedAgentsRepositoryForbiddenErrorObject(BaseModel):
    message: str
    repository_url: Optional[str] = None
    """
    URL of the GitHub repository.
    """
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["repository_forbidden_error"]


class BetaManagedAgentsRepositoryNotFoundErrorObject(BaseModel):
    message: str
    repository_url: Optional[str] = None
    """
    URL of the GitHub repository.
    """
    retry_status: Annotated[
        Union[
            BetaManagedAgentsRetryStatusRetrying,
            BetaManagedAgentsRetryStatusExhausted,
            BetaManagedAgentsRetryStatusTerminal,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the server retries after this error, has given up, or cannot retry.
    """
    type: Literal["repository_not_found_error"]


class BetaManagedAgentsSearchResultBlock(BaseModel):
    citations: BetaManagedAgentsSearchResultCitations
    content: list[BetaManagedAgentsSearchResultContent]
    source: str
    title: str
    """
    Human-readable title.
    """
    type: Literal["search_result"]


class BetaManagedAgentsSearchResultBlockParam(BaseModel):
    citations: BetaManagedAgentsSearchResultCitationsParam
    content: list[BetaManagedAgentsSearchResultContentParam]
    source: str
    title: str
    """
    Human-readable title.
    """
    type: Literal["search_result"]


class BetaManagedAgentsSessionErrorEvent(BaseModel):
    """
    session.error: the session hit an error.
    """

    error: Annotated[
        Union[
            BetaManagedAgentsUnknownErrorObject,
            BetaManagedAgentsModelOverloadedErrorObject,
            BetaManagedAgentsModelRateLimitedErrorObject,
            BetaManagedAgentsModelRequestFailedErrorObject,
            BetaManagedAgentsMCPConnectionFailedErrorObject,
            BetaManagedAgentsMCPAuthenticationFailedErrorObject,
            BetaManagedAgentsBillingErrorObject,
            BetaManagedAgentsCredentialHostUnreachableErrorObject,
            BetaManagedAgentsToolUseLimitReachedErrorObject,
            BetaManagedAgentsCompactionLimitReachedErrorObject,
            BetaManagedAgentsRepositoryAuthenticationErrorObject,
            BetaManagedAgentsRepositoryForbiddenErrorObject,
            BetaManagedAgentsRepositoryNotFoundErrorObject,
            BetaManagedAgentsRepositoryCheckoutErrorObject,
            BetaManagedAgentsRepositoryCloneErrorObject,
        ],
        Field(discriminator="type"),
    ]
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["session.error"]


class BetaManagedAgentsSessionThreadUsage(BaseModel):
    active_seconds: Optional[float] = None
    """
    Seconds spent running, excluding idle time.
    """
    cache_creation: Optional[BetaManagedAgentsCacheCreationUsage] = None
    cache_read_input_tokens: Optional[int] = None
    """
    Input tokens read from the prompt cache.
    """
    input_tokens: Optional[int] = None
    """
    Uncached input tokens.
    """
    list_cost: Optional[BetaMonetaryAmount] = None
    """
    Cost at public list prices.
    """
    output_tokens: Optional[int] = None
    """
    Output tokens.
    """
    server_tool_use: Optional[BetaManagedAgentsServerToolUsage] = None


class BetaManagedAgentsSessionUsage(BaseModel):
    """
    Token usage summed over a session.
    """

    active_seconds: Optional[float] = None
    """
    Seconds spent running, excluding idle time.
    """
    cache_creation: Optional[BetaManagedAgentsCacheCreationUsage] = None
    cache_read_input_tokens: Optional[int] = None
    """
    Input tokens read from the prompt cache.
    """
    input_tokens: Optional[int] = None
    """
    Uncached input tokens.
    """
    list_cost: Optional[BetaMonetaryAmount] = None
    """
    Cost at public list prices.
    """
    output_tokens: Optional[int] = None
    """
    Output tokens.
    """
    server_tool_use: Optional[BetaManagedAgentsServerToolUsage] = None


class BetaManagedAgentsSessionUsageSnapshot(BaseModel):
    active_seconds: Optional[float] = None
    """
    Seconds spent running, excluding idle time.
    """
    cache_creation: Optional[BetaManagedAgentsCacheCreationUsage] = None
    cache_read_input_tokens: Optional[int] = None
    """
    Input tokens read from the prompt cache.
    """
    input_tokens: Optional[int] = None
    """
    Uncached input tokens.
    """
    list_cost: Optional[BetaMonetaryAmount] = None
    """
    Cost at public list prices.
    """
    output_tokens: Optional[int] = None
    """
    Output tokens.
    """
    server_tool_use: Optional[BetaManagedAgentsServerToolUsage] = None


class BetaManagedAgentsSpanModelRequestEndEvent(BaseModel):
    """
    span.model_request_end: a model request finished.
    """

    id: str
    """
    Unique identifier of this object.
    """
    is_error: Optional[bool] = None
    """
    Whether the tool call failed.
    """
    model_request_start_id: str
    model_usage: BetaManagedAgentsSpanModelUsage
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["span.model_request_end"]


class BetaManagedAgentsStartEvent(BaseModel):
    """
    event_start: an event is being produced (sent only for event types named in event_deltas).
    """

    event: Annotated[
        Union[BetaManagedAgentsAgentMessagePreview, BetaManagedAgentsAgentThinkingPreview], Field(discriminator="type")
    ]
    """
    The event being produced, without its final content.
    """
    type: Literal["event_start"]


class BetaManagedAgentsUserCustomToolResultEvent(BaseModel):
    """
    user.custom_tool_result: the result of a custom tool call.
    """

    content: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsTextBlock,
                    BetaManagedAgentsImageBlock,
                    BetaManagedAgentsDocumentBlock,
                    BetaManagedAgentsSearchResultBlock,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    custom_tool_use_id: str
    """
    The id of the agent.custom_tool_use event this answers.
    """
    id: str
    """
    Unique identifier of this object.
    """
    is_error: Optional[bool] = None
    """
    Whether the tool call failed.
    """
    processed_at: Optional[AwareDatetime] = None
    """
    When the server recorded the event.
    """
    session_thread_id: Optional[str] = None
    """
    The thread of the session this event belongs to.
    """
    type: Literal["user.custom_tool_result"]


class BetaManagedAgentsUserCustomToolResultEventParams(BaseModel):
    content: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsTextBlockParam,
                    BetaManagedAgentsImageBlockParam,
                    BetaManagedAgentsDocumentBlockParam,
                    BetaManagedAgentsSearchResultBlockParam,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    custom_tool_use_id: str
    """
    The id of the agent.custom_tool_use event this answers.
    """
    is_error: Optional[bool] = None
    """
    Whether the tool call failed.
    """
    type: Literal["user.custom_tool_result"]


class BetaManagedAgentsUserMessageEvent(BaseModel):
    """
    user.message: a message from the user.
    """

    content: list[
        Annotated[
            Union[
                BetaManagedAgentsTextBlock,
                BetaManagedAgentsImageBlock,
                BetaManagedAgentsDocumentBlock,
                BetaManagedAgentsRedactedBlock,
            ],
            Field(discriminator="type"),
        ]
    ]
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: Optional[AwareDatetime] = None
    """
    When the server recorded the event.
    """
    type: Literal["user.message"]


class BetaManagedAgentsUserMessageEventParams(BaseModel):
    content: list[
        Annotated[
            Union[
                BetaManagedAgentsTextBlockParam,
                BetaManagedAgentsImageBlockParam,
                BetaManagedAgentsDocumentBlockParam,
                BetaManagedAgentsRedactedBlockParam,
            ],
            Field(discriminator="type"),
        ]
    ]
    type: Literal["user.message"]


class BetaManagedAgentsUserToolResultEvent(BaseModel):
    """
    user.tool_result: the result of an agent tool run by a self-hosted environment.
    """

    content: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsTextBlock,
                    BetaManagedAgentsImageBlock,
                    BetaManagedAgentsDocumentBlock,
                    BetaManagedAgentsSearchResultBlock,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    id: str
    """
    Unique identifier of this object.
    """
    is_error: Optional[bool] = None
    """
    Whether the tool call failed.
    """
    processed_at: Optional[AwareDatetime] = None
    """
    When the server recorded the event.
    """
    session_thread_id: Optional[str] = None
    """
    The thread of the session this event belongs to.
    """
    tool_use_id: str
    """
    The id of the tool-use event this answers.
    """
    type: Literal["user.tool_result"]


class BetaManagedAgentsUserToolResultEventParams(BaseModel):
    content: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsTextBlockParam,
                    BetaManagedAgentsImageBlockParam,
                    BetaManagedAgentsDocumentBlockParam,
                    BetaManagedAgentsSearchResultBlockParam,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    is_error: Optional[bool] = None
    """
    Whether the tool call failed.
    """
    tool_use_id: str
    """
    The id of the tool-use event this answers.
    """
    type: Literal["user.tool_result"]


class BetaManagedAgentsWorkflowRunCreatedEvent(BaseModel):
    """
    workflow_run.created: a workflow run was created.
    """

    description: Optional[str] = None
    id: str
    """
    Unique identifier of this object.
    """
    name: str
    phases: list[BetaManagedAgentsWorkflowRunPhase]
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["workflow_run.created"]
    workflow_run_id: str
    """
    The workflow run this event belongs to.
    """


class BetaManagedAgentsWorkflowRunErrorEvent(BaseModel):
    """
    workflow_run.error: a workflow run hit an error.
    """

    error: Annotated[
        Union[
            BetaManagedAgentsTimeoutWorkflowRunErrorObject,
            BetaManagedAgentsProgramWorkflowRunErrorObject,
            BetaManagedAgentsUnknownWorkflowRunErrorObject,
            BetaManagedAgentsThreadLimitWorkflowRunErrorObject,
            BetaManagedAgentsMaxWorkflowRunsWorkflowRunErrorObject,
        ],
        Field(discriminator="type"),
    ]
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["workflow_run.error"]
    workflow_run_id: Optional[str] = None
    """
    The workflow run this event belongs to.
    """


class BetaManagedAgentsWorkflowRunStatusEndedEvent(BaseModel):
    """
    workflow_run.status_ended: a workflow run ended.
    """

    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    result: Annotated[
        Union[
            BetaManagedAgentsWorkflowRunResultCompleted,
            BetaManagedAgentsWorkflowRunResultErrorObject,
            BetaManagedAgentsWorkflowRunResultStopped,
        ],
        Field(discriminator="type"),
    ]
    type: Literal["workflow_run.status_ended"]
    workflow_run_id: str
    """
    The workflow run this event belongs to.
    """


class AnalyticsChatCoworkUnifiedMetrics(BaseModel):
    """
    Activity while Chat and Cowork unified was on, split into chat and Cowork sessions.
    """

    chat: AnalyticsChatCoworkUnifiedChatMetrics
    """
    Use in chat conversations.
    """
    sessions: AnalyticsChatCoworkUnifiedSessionsMetrics
    """
    Use in Cowork sessions.
    """


class AnalyticsConnectorChatCoworkUnifiedMetrics(BaseModel):
    """
    A connector's use while Chat and Cowork unified was on.
    """

    chat: AnalyticsConnectorChatCoworkUnifiedChatMetrics
    """
    Use in chat conversations.
    """
    sessions: AnalyticsConnectorChatCoworkUnifiedSessionsMetrics
    """
    Use in Cowork sessions.
    """


class AnalyticsConnectorOfficeMetrics(BaseModel):
    """
    A connector's use in Claude in Office, per Office product.
    """

    excel: AnalyticsConnectorOfficeProductMetrics
    """
    Excel.
    """
    outlook: AnalyticsConnectorOfficeProductMetrics
    """
    Outlook.
    """
    powerpoint: AnalyticsConnectorOfficeProductMetrics
    """
    PowerPoint.
    """
    word: AnalyticsConnectorOfficeProductMetrics
    """
    Word.
    """


class AnalyticsCoreCodeMetrics(BaseModel):
    """
    Core Claude Code counts: sessions, commits, pull requests, lines of code.
    """

    artifacts_created_count: int
    """
    Artifacts created in sessions, each counted once on the day it was first saved (counted from 2026-08-17).
    """
    commit_count: int
    """
    Commits made through Claude Code.
    """
    distinct_session_count: Optional[int] = None
    """
    Distinct sessions; approximate in date-range mode, null where it cannot be computed.
    """
    lines_of_code: AnalyticsLinesOfCode
    """
    Lines added and removed.
    """
    pull_request_count: int
    """
    Pull requests created through Claude Code.
    """


class AnalyticsOfficeMetrics(BaseModel):
    """
    Claude in Office activity, per Office product.
    """

    excel: AnalyticsOfficeProductMetrics
    """
    Excel.
    """
    outlook: AnalyticsOfficeProductMetrics
    """
    Outlook.
    """
    powerpoint: AnalyticsOfficeProductMetrics
    """
    PowerPoint.
    """
    word: AnalyticsOfficeProductMetrics
    """
    Word.
    """


class AnalyticsPluginActivity(BaseModel):
    """
    One plugin's installs and invocations for a day or a date range.
    """

    chat_cowork_unified_metrics: Optional[AnalyticsPluginChatCoworkUnifiedMetrics] = None
    """
    Activity while Chat and Cowork unified was on; omitted where it is not available.
    """
    claude_code_metrics: AnalyticsPluginClaudeCodeMetrics
    """
    Claude Code activity.
    """
    cowork_metrics: AnalyticsPluginCoworkMetrics
    """
    Cowork activity.
    """
    distinct_user_count: int
    """
    Distinct active users represented by this row.
    """
    install_count: Optional[int] = None
    """
    Distinct users who installed the plugin.
    """
    invocation_count: int
    """
    Invocations.
    """
    plugin_id: Optional[str] = None
    """
    Stable plugin ID (for example `serena@claude-plugins-official`); null when redacted or unknown.
    """
    plugin_name: str
    """
    Plugin name.
    """
    product: Optional[str] = None
    """
    Product surface of this row (`chat`, `claude_code`, `cowork`, `office_agent`, `chat_cowork_unified`, …); set only when grouped by `product`.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID (`rbac_group_...`); set only when grouped by `rbac_group_id`.
    """
    rbac_group_name: Optional[str] = None
    """
    Display name of `rbac_group_id`; null if the group is gone or its name is unknown.
    """
    user_id: Optional[str] = None
    """
    Tagged user ID (`user_...`); set only when grouped by `user_id`.
    """


class AnalyticsPluginActivityListResponse(BaseModel):
    """
    One page of plugin activity rows.
    """

    data: list[AnalyticsPluginActivity]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class AnalyticsProjectActivity(BaseModel):
    """
    One claude.ai project's activity for a day or a date range.
    """

    created_at: Optional[AwareDatetime] = None
    """
    When the project was created; null if unknown.
    """
    created_by: Optional[AnalyticsUser] = None
    """
    The member who created the project; null if unknown.
    """
    distinct_conversation_count: Optional[int] = None
    """
    Distinct conversations in the project; null where it cannot be computed.
    """
    distinct_user_count: int
    """
    Distinct active users represented by this row.
    """
    message_count: int
    """
    Messages sent in the project.
    """
    project_id: str
    """
    Tagged project ID (`claude_proj_...`).
    """
    project_name: str
    """
    Project name.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID (`rbac_group_...`); set only when grouped by `rbac_group_id`.
    """
    rbac_group_name: Optional[str] = None
    """
    Display name of `rbac_group_id`; null if the group is gone or its name is unknown.
    """
    user_id: Optional[str] = None
    """
    Tagged user ID (`user_...`); set only when grouped by `user_id`.
    """


class AnalyticsProjectActivityListResponse(BaseModel):
    """
    One page of project activity rows.
    """

    data: list[AnalyticsProjectActivity]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class AnalyticsSkillChatCoworkUnifiedMetrics(BaseModel):
    """
    A skill's use while Chat and Cowork unified was on.
    """

    chat: AnalyticsSkillChatCoworkUnifiedChatMetrics
    """
    Use in chat conversations.
    """
    sessions: AnalyticsSkillChatCoworkUnifiedSessionsMetrics
    """
    Use in Cowork sessions.
    """


class AnalyticsSkillOfficeMetrics(BaseModel):
    """
    A skill's use in Claude in Office, per Office product.
    """

    excel: AnalyticsSkillOfficeProductMetrics
    """
    Excel.
    """
    outlook: AnalyticsSkillOfficeProductMetrics
    """
    Outlook.
    """
    powerpoint: AnalyticsSkillOfficeProductMetrics
    """
    PowerPoint.
    """
    word: AnalyticsSkillOfficeProductMetrics
    """
    Word.
    """


class BetaAnalyticsCostBucketedResult(BaseModel):
    """
    One cost row within a time bucket (legacy cost report).
    """

    amount: str
    """
    Amount after discounts, before credits, as a decimal string in fractional cents.
    """
    claude_tag_category: Optional[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = None
    """
    Claude Tag spend category; set only when grouped by `claude_tag_category`.
    """
    claude_tag_user_id: Optional[str] = None
    """
    Slack user ID of the Claude Tag usage; set only when grouped by `claude_tag_user_id`.
    """
    context_window: Optional[Literal["0-200k", "200k-1M"]] = None
    """
    Context-window pricing tier; set only when grouped by `context_window`.
    """
    cost_type: Optional[Literal["code_execution", "tokens", "web_search"]] = None
    """
    Cost component; set only when grouped by `cost_type`.
    """
    currency: str
    """
    Currency code; currently always `USD`.
    """
    inference_geo: Optional[Literal["global", "us"]] = None
    """
    Inference region; set only when grouped by `inference_geo`.
    """
    list_amount: str
    """
    List-price (pre-discount) amount as a decimal string in fractional cents.
    """
    model: Optional[str] = None
    """
    Model name; set only when grouped by `model`.
    """
    product: Optional[str] = None
    """
    Product surface; set only when grouped by `product`.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID; set only when grouped by `rbac_group_id`.
    """
    requests: Optional[int] = None
    """
    API requests (execution spans for code execution); null where not attributable.
    """
    slack_channel_id: Optional[str] = None
    """
    Slack channel of the usage; set only when grouped by `slack_channel_id`.
    """
    speed: Optional[Literal["fast", "standard"]] = None
    """
    Inference speed mode; set only when grouped by `speed`.
    """
    token_type: Optional[
        Literal[
            "cache_creation.ephemeral_1h_input_tokens",
            "cache_creation.ephemeral_5m_input_tokens",
            "cache_read_input_tokens",
            "output_tokens",
            "uncached_input_tokens",
        ]
    ] = None
    """
    Token type when `cost_type` is `tokens`; set only when grouped by `token_type`.
    """


class BetaAnalyticsCostReportTimeBucket(BaseModel):
    """
    Cost rows of one time bucket (legacy cost report).
    """

    ending_at: AwareDatetime
    """
    End of the period (exclusive).
    """
    results: list[BetaAnalyticsCostBucketedResult]
    """
    Rows of this bucket: empty without data, one row when ungrouped, else one per group.
    """
    starting_at: AwareDatetime
    """
    Start of the period (inclusive).
    """


class BetaAnalyticsCostReportTimeBucketListResponse(BaseModel):
    """
    One page of time buckets of the legacy cost report.
    """

    data: list[BetaAnalyticsCostReportTimeBucket]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """
    has_more: Optional[bool] = None
    """
    Whether more rows follow this page.
    """
    data_refreshed_at: Optional[AwareDatetime] = None
    """
    When the underlying data was last refreshed.
    """


class BetaAnalyticsCostUsersItem(BaseModel):
    """
    One user's cost (legacy per-user cost report).
    """

    actor: BetaAnalyticsUserActor
    """
    The user this row is attributed to.
    """
    amount: str
    """
    Amount after discounts, before credits, as a decimal string in fractional cents.
    """
    claude_tag_category: Optional[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = None
    """
    Claude Tag spend category; set only when grouped by `claude_tag_category`.
    """
    claude_tag_user_id: Optional[str] = None
    """
    Slack user ID of the Claude Tag usage; set only when grouped by `claude_tag_user_id`.
    """
    context_window: Optional[Literal["0-200k", "200k-1M"]] = None
    """
    Context-window pricing tier; set only when grouped by `context_window`.
    """
    cost_type: Optional[Literal["code_execution", "tokens", "web_search"]] = None
    """
    Cost component; set only when grouped by `cost_type`.
    """
    currency: str
    """
    Currency code; currently always `USD`.
    """
    ending_at: Optional[AwareDatetime] = None
    """
    End of the time bucket (exclusive); null unless `bucket_width` is set.
    """
    inference_geo: Optional[Literal["global", "us"]] = None
    """
    Inference region; set only when grouped by `inference_geo`.
    """
    list_amount: str
    """
    List-price (pre-discount) amount as a decimal string in fractional cents.
    """
    model: Optional[str] = None
    """
    Model name; set only when grouped by `model`.
    """
    product: Optional[str] = None
    """
    Product surface; set only when grouped by `product`.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID; set only when grouped by `rbac_group_id`.
    """
    requests: Optional[int] = None
    """
    API requests (execution spans for code execution); null where not attributable.
    """
    slack_channel_id: Optional[str] = None
    """
    Slack channel of the usage; set only when grouped by `slack_channel_id`.
    """
    speed: Optional[Literal["fast", "standard"]] = None
    """
    Inference speed mode; set only when grouped by `speed`.
    """
    starting_at: Optional[AwareDatetime] = None
    """
    Start of the time bucket (inclusive); null unless `bucket_width` is set.
    """
    token_type: Optional[
        Literal[
            "cache_creation.ephemeral_1h_input_tokens",
            "cache_creation.ephemeral_5m_input_tokens",
            "cache_read_input_tokens",
            "output_tokens",
            "uncached_input_tokens",
        ]
    ] = None
    """
    Token type when `cost_type` is `tokens`; set only when grouped by `token_type`.
    """


class BetaAnalyticsCostUsersItemListResponse(BaseModel):
    """
    One page of rows of the legacy per-user cost report.
    """

    data: list[BetaAnalyticsCostUsersItem]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """
    has_more: Optional[bool] = None
    """
    Whether more rows follow this page.
    """
    data_refreshed_at: Optional[AwareDatetime] = None
    """
    When the underlying data was last refreshed.
    """


class BetaAnalyticsFederatedActor(BaseModel):
    """
    A caller authenticated through workload identity federation.
    """

    provider: Annotated[
        Union[
            BetaAnalyticsFederatedActorAWSProvider,
            BetaAnalyticsFederatedActorAzureProvider,
            BetaAnalyticsFederatedActorGCPProvider,
            BetaAnalyticsFederatedActorOIDCProvider,
        ],
        Field(discriminator="type"),
    ]
    """
    The provider that asserted the identity.
    """
    subject: Optional[str] = None
    """
    The provider's identifier for the caller (for example an IAM principal ARN).
    """
    type: Literal["federated_actor"]


class BetaAnalyticsUsageUsersItem(BaseModel):
    """
    One user's usage (legacy per-user usage report).
    """

    actor: BetaAnalyticsUserActor
    """
    The user this row is attributed to.
    """
    cache_creation: CacheCreation
    """
    Input tokens written to the prompt cache, by cache lifetime.
    """
    cache_read_input_tokens: int
    """
    Input tokens read from the prompt cache.
    """
    claude_tag_category: Optional[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = None
    """
    Claude Tag spend category; set only when grouped by `claude_tag_category`.
    """
    claude_tag_user_id: Optional[str] = None
    """
    Slack user ID of the Claude Tag usage; set only when grouped by `claude_tag_user_id`.
    """
    context_window: Optional[Literal["0-200k", "200k-1M"]] = None
    """
    Context-window pricing tier; set only when grouped by `context_window`.
    """
    ending_at: Optional[AwareDatetime] = None
    """
    End of the time bucket (exclusive); null unless `bucket_width` is set.
    """
    inference_geo: Optional[Literal["global", "us"]] = None
    """
    Inference region; set only when grouped by `inference_geo`.
    """
    model: Optional[str] = None
    """
    Model name; set only when grouped by `model`.
    """
    output_tokens: int
    """
    Output tokens generated.
    """
    product: Optional[str] = None
    """
    Product surface; set only when grouped by `product`.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID; set only when grouped by `rbac_group_id`.
    """
    requests: Optional[int] = None
    """
    API requests (execution spans for code execution); null where not attributable.
    """
    server_tool_use: BetaAnalyticsServerToolUse
    """
    Server-side tool use.
    """
    slack_channel_id: Optional[str] = None
    """
    Slack channel of the usage; set only when grouped by `slack_channel_id`.
    """
    speed: Optional[Literal["fast", "standard"]] = None
    """
    Inference speed mode; set only when grouped by `speed`.
    """
    starting_at: Optional[AwareDatetime] = None
    """
    Start of the time bucket (inclusive); null unless `bucket_width` is set.
    """
    total_tokens: int
    """
    All tokens of every type.
    """
    uncached_input_tokens: int
    """
    Input tokens not read from or written to the cache.
    """


class BetaAnalyticsUsageUsersItemListResponse(BaseModel):
    """
    One page of rows of the legacy per-user usage report.
    """

    data: list[BetaAnalyticsUsageUsersItem]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """
    has_more: Optional[bool] = None
    """
    Whether more rows follow this page.
    """
    data_refreshed_at: Optional[AwareDatetime] = None
    """
    When the underlying data was last refreshed.
    """


class ComplianceSettingUpdateParams(BaseModel):
    """
    Body of a compliance settings update request.
    """

    state: Union[
        Literal["enabled", "disabled"], ComplianceSettingsStateEnabledParam, ComplianceSettingsStateDisabledParam
    ]
    """
    Desired state: the object form, or the shorthand string `enabled` or `disabled`.
    """


class IncreaseRequestApproveParams(BaseModel):
    """
    Body of a spend limit increase request approval.
    """

    amount: str
    """
    New per-member spend limit as a non-negative integer decimal string in minor units.
    """
    period: Optional[Literal["daily", "monthly", "weekly"]] = None
    """
    Period of the new limit; defaults to the period the member was blocked on.
    """
    suppress_notification: Optional[bool] = None
    """
    Do not email the requester.
    """


class OrganizationComplianceSettings(BaseModel):
    """
    The organization's Compliance API setting.
    """

    access_transparency: Optional[BetaAccessTransparency] = None
    """
    Read-only: whether Access Transparency is on. Present only when the request sends the `efs-2026-10-01` beta and Access Transparency is available to the organization. An update that cannot read the status still saves and reports `disabled`; get the settings again to see the real status.
    """
    state: Annotated[
        Union[ComplianceSettingsStateEnabled, ComplianceSettingsStateDisabled], Field(discriminator="type")
    ]
    """
    Whether the Compliance API is on.
    """
    type: Literal["compliance_settings"]


class SpendLimitSetParams(BaseModel):
    """
    Body of a spend limit set request (create or replace the limit of one scope and period).
    """

    amount: Optional[str]
    """
    Limit as a non-negative integer decimal string in minor units (cents for USD); null sets an explicit no-limit override for this scope and period.
    """
    scope: Annotated[
        Union[SpendLimitUserScopeParam, SpendLimitOrganizationScopeParam, SpendLimitWorkspaceScopeParam],
        Field(discriminator="type"),
    ]
    """
    What the limit applies to: `user` for Claude Enterprise, `organization` or `workspace` for Claude Console.
    """
    period: Optional[Literal["daily", "monthly", "weekly"]] = None
    """
    The window the limit resets over.
    """


class SpendSummary(BaseModel):
    """
    One member's effective spend limit and spend so far for one period.
    """

    actor: Annotated[Union[SpendLimitUserActor, SpendLimitScopedAPIKeyActor], Field(discriminator="type")]
    """
    The member this row describes.
    """
    amount: Optional[str] = None
    """
    Effective limit as an integer decimal string in minor units of `currency`; null means no cap.
    """
    currency: str
    """
    ISO 4217 currency code of the amounts.
    """
    period: Literal["daily", "monthly", "weekly"]
    """
    The window the limit resets over.
    """
    period_to_date_spend: str
    """
    Spend so far in the current period, as a decimal string in minor units of `currency`.
    """
    scope: Annotated[
        Union[
            SpendLimitUserScope,
            SpendLimitSeatTierScope,
            SpendLimitRBACGroupScope,
            SpendLimitOrganizationServiceScope,
            SpendLimitOrganizationScope,
            SpendLimitWorkspaceScope,
            SpendLimitUsageTierScope,
        ],
        Field(discriminator="type"),
    ]
    """
    The scope this row reports on.
    """
    source: Annotated[
        Union[
            SpendLimitUserScope,
            SpendLimitSeatTierScope,
            SpendLimitRBACGroupScope,
            SpendLimitOrganizationServiceScope,
            SpendLimitOrganizationScope,
            SpendLimitWorkspaceScope,
            SpendLimitUsageTierScope,
        ],
        Field(discriminator="type"),
    ]
    """
    The scope whose limit is in effect for this member.
    """
    spend_limit_id: str
    """
    Tagged ID of the spend limit that applies (`spl_...`).
    """


class SpendSummaryListResponse(BaseModel):
    """
    One page of effective spend limit rows; a member's rows never split across pages.
    """

    data: list[SpendSummary]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class BetaManagedAgentsDeploymentUserMessageEvent(BaseModel):
    """
    A user message sent to each new session.
    """

    content: list[
        Annotated[
            Union[
                BetaManagedAgentsTextBlock,
                BetaManagedAgentsImageBlock,
                BetaManagedAgentsDocumentBlock,
                BetaManagedAgentsRedactedBlock,
            ],
            Field(discriminator="type"),
        ]
    ]
    type: Literal["user.message"]


class BetaManagedAgentsErrorDeploymentPausedReason(BaseModel):
    """
    Paused automatically after an error.
    """

    error: Annotated[
        Union[
            BetaManagedAgentsEnvironmentArchivedDeploymentPausedReasonErrorObject,
            BetaManagedAgentsAgentArchivedDeploymentPausedReasonErrorObject,
            BetaManagedAgentsEnvironmentNotFoundDeploymentPausedReasonErrorObject,
            BetaManagedAgentsVaultNotFoundDeploymentPausedReasonErrorObject,
            BetaManagedAgentsFileNotFoundDeploymentPausedReasonErrorObject,
            BetaManagedAgentsSessionResourceNotFoundDeploymentPausedReasonErrorObject,
            BetaManagedAgentsWorkspaceArchivedDeploymentPausedReasonErrorObject,
            BetaManagedAgentsOrganizationDisabledDeploymentPausedReasonErrorObject,
            BetaManagedAgentsMemoryStoreArchivedDeploymentPausedReasonErrorObject,
            BetaManagedAgentsSkillNotFoundDeploymentPausedReasonErrorObject,
            BetaManagedAgentsVaultArchivedDeploymentPausedReasonErrorObject,
            BetaManagedAgentsUnknownDeploymentPausedReasonErrorObject,
            BetaManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonErrorObject,
            BetaManagedAgentsMCPEgressBlockedDeploymentPausedReasonErrorObject,
        ],
        Field(discriminator="type"),
    ]
    """
    The error that paused a deployment, by `type`.
    """
    type: Literal["error"]


class DeploymentCreateParams(BaseModel):
    """
    Request body of beta.deployments.create.
    """

    agent: Union[str, BetaManagedAgentsAgentParams]
    """
    An agent ID (pins its latest version) or an agent object with ID and version.
    """
    budget: Optional[BetaManagedAgentsBudgetLimitParam] = None
    """
    Spend cap copied onto each session; the model must have a public list price.
    """
    description: Optional[str] = None
    environment_id: str
    """
    Environment whose container configuration the sessions use.
    """
    initial_events: list[
        Annotated[
            Union[
                BetaManagedAgentsUserMessageEventParams,
                BetaManagedAgentsUserDefineOutcomeEventParams,
                BetaManagedAgentsSystemMessageEventParams,
            ],
            Field(discriminator="type"),
        ]
    ]
    """
    Events sent to each new session (1 to 50).
    """
    metadata: Optional[dict[str, str]] = None
    """
    Up to 16 pairs; keys up to 64 and values up to 512 characters.
    """
    name: str
    resources: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsGitHubRepositoryResourceParams,
                    BetaManagedAgentsFileResourceParams,
                    BetaManagedAgentsMemoryStoreResourceParam,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Resources to mount into each session (at most 500).
    """
    schedule: Optional[BetaManagedAgentsScheduleParams] = None
    """
    Cron schedule; when set, the deployment runs automatically.
    """
    vault_ids: Optional[list[str]] = None
    """
    Vaults that supply credentials to its sessions (at most 50).
    """


class DeploymentUpdateParams(BaseModel):
    """
    Request body of beta.deployments.update; omitted fields are unchanged.
    """

    agent: Optional[Union[str, BetaManagedAgentsAgentParams]] = None
    """
    An agent ID (pins its latest version) or an agent object with ID and version.
    """
    budget: Optional[BetaManagedAgentsBudgetLimitParam] = None
    """
    New spend cap; null removes it.
    """
    description: Optional[str] = None
    environment_id: Optional[str] = None
    initial_events: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsUserMessageEventParams,
                    BetaManagedAgentsUserDefineOutcomeEventParams,
                    BetaManagedAgentsSystemMessageEventParams,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    metadata: Optional[dict[str, Optional[str]]] = None
    """
    Pairs to merge; a null value deletes that key.
    """
    name: Optional[str] = None
    resources: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsGitHubRepositoryResourceParams,
                    BetaManagedAgentsFileResourceParams,
                    BetaManagedAgentsMemoryStoreResourceParam,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    schedule: Optional[BetaManagedAgentsScheduleParams] = None
    """
    New cron schedule; null makes the deployment manual-only.
    """
    vault_ids: Optional[list[str]] = None


class ExternalKeyUpdateParams(BaseModel):
    """
    Request body of organization.external_keys.update; omitted fields are unchanged.
    """

    display_name: Optional[str] = None
    geo: Optional[Literal["us"]] = None
    """
    Data residency geo; only `us` exists.
    """
    provider_config: Optional[
        Union[AWSExternalKeyConfigParam, GCPExternalKeyConfigParam, AzureExternalKeyConfigParam]
    ] = None
    """
    New provider configuration; effectively fixed once a workspace is attached.
    """


class FederationIssuerUpdateParams(BaseModel):
    """
    Request body of organization.federation.issuers.update; omitted fields are unchanged.
    """

    check_jti: Optional[bool] = None
    """
    Enforce single use of `jti` claims.
    """
    issuer_url: Optional[str] = None
    jwks: Optional[Union[JWKSDiscoveryParam, JWKSExplicitURLParam, JWKSInlineParam]] = None
    jwks_polling_disabled: Optional[bool] = None
    """
    Send false to resume JWKS polling after it was paused.
    """
    max_jwt_lifetime_seconds: Optional[int] = None
    """
    Largest allowed `exp` minus `iat` of an assertion (1-176400 seconds).
    """
    name: Optional[str] = None


class FederationRule(BaseModel):
    """
    A rule that maps verified external JWTs to an Anthropic service account and mints scoped OAuth tokens for it.
    """

    applies_to_all_workspaces: bool
    """
    Enabled for every workspace, including future ones; `workspace_ids` is then ignored.
    """
    archived_at: Optional[AwareDatetime] = None
    """
    When the rule was archived; archived rules reject token exchange.
    """
    archived_by_actor_id: Optional[str] = None
    """
    ID (`user_` or `svac_`) of who archived the rule.
    """
    attributes: Optional[dict[str, str]] = None
    """
    CEL expressions that extract named values from claims; not supported yet, always null. Beta only (client.beta.organization.federation.rules).
    """
    created_at: AwareDatetime
    created_by_actor_id: Optional[str] = None
    """
    ID (`user_` or `svac_`) of who created the rule.
    """
    description: Optional[str] = None
    id: str
    """
    Federation rule ID.
    """
    issuer_id: str
    """
    ID of the issuer whose tokens the rule accepts.
    """
    issuer_name: Optional[str] = None
    """
    The issuer's name when read.
    """
    match: FederationRuleMatch
    """
    Conditions the verified JWT must meet; all given ones must pass.
    """
    name: str
    """
    Slug chosen by the admin.
    """
    oauth_scope: str
    """
    Space-separated OAuth scopes of minted tokens.
    """
    target: ServiceAccountTarget
    """
    Who minted tokens act as; check `type` first.
    """
    token_lifetime_seconds: int
    """
    Lifetime of minted tokens, capped at max(60, min(this, 2 × the remaining assertion validity)).
    """
    type: Literal["federation_rule"]
    updated_at: AwareDatetime
    updated_by_actor_id: Optional[str] = None
    """
    ID (`user_` or `svac_`) of who last updated the rule.
    """
    workspace_id: Optional[str] = None
    """
    Legacy single-workspace binding; prefer `workspace_ids`. Beta only (client.beta.organization.federation.rules).
    """
    workspace_ids: list[str]
    """
    Workspaces the rule is enabled for; may be empty for legacy rules.
    """


class FederationRuleCreateParams(BaseModel):
    """
    Request body of organization.federation.rules.create.
    """

    applies_to_all_workspaces: Optional[bool] = None
    """
    Enable the rule for every workspace, including future ones.
    """
    attributes: Optional[dict[str, str]] = None
    """
    CEL expressions `{name: expr}` over claims; not supported yet, any non-empty value gets 400. Beta only (client.beta.organization.federation.rules).
    """
    description: Optional[str] = None
    issuer_id: str
    match: FederationRuleMatchParam
    name: str
    oauth_scope: str
    """
    Space-separated OAuth scopes of minted tokens.
    """
    target: ServiceAccountTargetParam
    token_lifetime_seconds: Optional[int] = None
    """
    Lifetime of minted tokens in seconds.
    """
    workspace_id: Optional[str] = None
    """
    A workspace to enable the rule for.
    """


class FederationRuleListResponse(BaseModel):
    """
    A page of FederationRule objects (what anthropic 2.12.0 SyncPageCursor reads).
    """

    data: list[FederationRule]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page, for the `page` parameter; null on the last page.
    """


class FederationRuleUpdateParams(BaseModel):
    """
    Request body of organization.federation.rules.update; omitted fields are unchanged.
    """

    applies_to_all_workspaces: Optional[bool] = None
    """
    Enable the rule for every workspace, including future ones.
    """
    attributes: Optional[dict[str, str]] = None
    """
    CEL expressions `{name: expr}` over claims; not supported yet. Beta only (client.beta.organization.federation.rules).
    """
    description: Optional[str] = None
    match: Optional[FederationRuleMatchParam] = None
    name: Optional[str] = None
    oauth_scope: Optional[str] = None
    """
    Space-separated OAuth scopes of minted tokens.
    """
    target: Optional[ServiceAccountTargetParam] = None
    token_lifetime_seconds: Optional[int] = None
    """
    Lifetime of minted tokens in seconds.
    """
    workspace_id: Optional[str] = None
    """
    Legacy single-workspace binding.
    """


class BetaClaudeTagBundleTargetListResponse(BaseModel):
    """
    One page of a Bundle's targets.
    """

    data: list[
        Annotated[
            Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget],
            Field(discriminator="type"),
        ]
    ]
    next_page: Optional[str] = None
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaClaudeTagSettingSources(BaseModel):
    """
    For each setting, the settings level its value comes from; without `include_inherited` a setting the object does not store has null (or an empty list), with it none is null.
    """

    enabled: Optional[
        Union[
            BetaClaudeTagSlackChannelSettingSource,
            BetaClaudeTagSlackWorkspaceSettingSource,
            BetaClaudeTagSlackParentChannelSettingSource,
            BetaClaudeTagSlackDefaultSettingSource,
            BetaClaudeTagDefaultSettingSource,
            BetaClaudeTagSlackGridChannelSettingSource,
        ]
    ] = None
    """
    The level `enabled` comes from.
    """
    environment_id: Optional[
        Union[
            BetaClaudeTagSlackChannelSettingSource,
            BetaClaudeTagSlackWorkspaceSettingSource,
            BetaClaudeTagSlackParentChannelSettingSource,
            BetaClaudeTagSlackDefaultSettingSource,
            BetaClaudeTagDefaultSettingSource,
            BetaClaudeTagSlackGridChannelSettingSource,
        ]
    ] = None
    """
    The level `environment_id` comes from.
    """
    guest_policy: Optional[
        Union[
            BetaClaudeTagSlackChannelSettingSource,
            BetaClaudeTagSlackWorkspaceSettingSource,
            BetaClaudeTagSlackParentChannelSettingSource,
            BetaClaudeTagSlackDefaultSettingSource,
            BetaClaudeTagDefaultSettingSource,
            BetaClaudeTagSlackGridChannelSettingSource,
        ]
    ] = None
    """
    The level `guest_policy` comes from.
    """
    instructions: list[
        Annotated[
            Union[
                BetaClaudeTagSlackChannelSettingSource,
                BetaClaudeTagSlackWorkspaceSettingSource,
                BetaClaudeTagSlackParentChannelSettingSource,
                BetaClaudeTagSlackDefaultSettingSource,
                BetaClaudeTagDefaultSettingSource,
                BetaClaudeTagSlackGridChannelSettingSource,
            ],
            Field(discriminator="type"),
        ]
    ]
    """
    Every level that contributes text to `instructions`, broadest first; empty when none does.
    """
    model: Optional[
        Union[
            BetaClaudeTagSlackChannelSettingSource,
            BetaClaudeTagSlackWorkspaceSettingSource,
            BetaClaudeTagSlackParentChannelSettingSource,
            BetaClaudeTagSlackDefaultSettingSource,
            BetaClaudeTagDefaultSettingSource,
            BetaClaudeTagSlackGridChannelSettingSource,
        ]
    ] = None
    """
    The level `model` comes from.
    """
    reply_mode: Optional[
        Union[
            BetaClaudeTagSlackChannelSettingSource,
            BetaClaudeTagSlackWorkspaceSettingSource,
            BetaClaudeTagSlackParentChannelSettingSource,
            BetaClaudeTagSlackDefaultSettingSource,
            BetaClaudeTagDefaultSettingSource,
            BetaClaudeTagSlackGridChannelSettingSource,
        ]
    ] = None
    """
    The level `reply_mode` comes from; `default` with `include_inherited` when the channel stores none.
    """


class BetaClaudeTagSettings(BaseModel):
    """
    Claude Tag settings: without `include_inherited` a null setting is not set on this level and is inherited; with it, `enabled` and `guest_policy` are never null.
    """

    enabled: Optional[bool] = None
    """
    Whether Claude is on; the nearest settings level that sets it decides.
    """
    environment_id: Optional[str] = None
    """
    Where Claude's sessions run: an environment (prefixed `env_`) or a self-hosted runner pool (prefixed `ccpool_`); the nearest settings level that sets it decides.
    """
    guest_policy: Optional[
        Union[BetaClaudeTagGuestPolicyAllow, BetaClaudeTagGuestPolicyRestrict, BetaClaudeTagGuestPolicyChannelOnly]
    ] = None
    """
    What Claude does in a channel while a Slack guest is in it.
    """
    instructions: Optional[str] = None
    """
    Instructions for Claude; the texts of every level that sets them are joined, broadest first.
    """
    model: Optional[str] = None
    """
    Model identifier or model line Claude uses; when no level sets it, the product's default model applies.
    """
    reply_mode: Optional[
        Union[
            BetaClaudeTagReplyModeAutomatic,
            BetaClaudeTagReplyModeMentionOnly,
            BetaClaudeTagReplyModeAlwaysAwake,
            BetaClaudeTagReplyModeThread,
        ]
    ] = None
    """
    How Claude takes part in the channel; only a channel stores one, so always null on a workspace, and null on a channel that stores none.
    """


class BetaClaudeTagSettingsCreateParam(BaseModel):
    """
    Settings to store on a channel being set up; one left out is not set, one sent as null is cleared.
    """

    enabled: Optional[bool] = None
    """
    Whether Claude is on; `true` on a channel wins over a workspace's `false`.
    """
    environment_id: Optional[str] = None
    """
    An active environment of the organization (prefixed `env_`) or a self-hosted runner pool every member may use (prefixed `ccpool_`).
    """
    guest_policy: Optional[
        Union[
            BetaClaudeTagGuestPolicyAllowParam,
            BetaClaudeTagGuestPolicyRestrictParam,
            BetaClaudeTagGuestPolicyChannelOnlyParam,
        ]
    ] = None
    """
    What Claude does in a channel while a Slack guest is in it.
    """
    instructions: Optional[str] = None
    """
    Instructions for Claude, up to 8,192 characters once trimmed; blank text clears them.
    """
    model: Optional[str] = None
    """
    A model identifier or model line the organization is entitled to for Claude Tag.
    """
    reply_mode: Optional[
        Union[
            BetaClaudeTagReplyModeAutomaticParam,
            BetaClaudeTagReplyModeMentionOnlyParam,
            BetaClaudeTagReplyModeAlwaysAwakeParam,
            BetaClaudeTagReplyModeThreadParam,
        ]
    ] = None
    """
    How Claude takes part in the channel (channels only); null never clears a stored mode, and is refused where one is stored.
    """


class BetaClaudeTagSettingsUpdateParam(BaseModel):
    """
    Settings to change; one left out is unchanged, one sent as null is cleared and so inherited.
    """

    enabled: Optional[bool] = None
    """
    Whether Claude is on; `true` on a channel wins over a workspace's `false`.
    """
    environment_id: Optional[str] = None
    """
    An active environment of the organization (prefixed `env_`) or a self-hosted runner pool every member may use (prefixed `ccpool_`).
    """
    guest_policy: Optional[
        Union[
            BetaClaudeTagGuestPolicyAllowParam,
            BetaClaudeTagGuestPolicyRestrictParam,
            BetaClaudeTagGuestPolicyChannelOnlyParam,
        ]
    ] = None
    """
    What Claude does in a channel while a Slack guest is in it.
    """
    instructions: Optional[str] = None
    """
    Instructions for Claude, up to 8,192 characters once trimmed; blank text clears them.
    """
    model: Optional[str] = None
    """
    A model identifier or model line the organization is entitled to for Claude Tag.
    """
    reply_mode: Optional[
        Union[
            BetaClaudeTagReplyModeAutomaticParam,
            BetaClaudeTagReplyModeMentionOnlyParam,
            BetaClaudeTagReplyModeAlwaysAwakeParam,
            BetaClaudeTagReplyModeThreadParam,
        ]
    ] = None
    """
    How Claude takes part in the channel: a workspace refuses a value and ignores null; a channel never clears a stored mode, so null is refused where one is stored.
    """


class BetaClaudeTagSlackChannel(BaseModel):
    """
    A Slack channel set up for Claude Tag, with the settings it stores or, with `include_inherited`, the settings that apply in it.
    """

    id: str
    """
    The channel's identifier (prefixed `slch_`); a channel removed and set up again, or an unconfigured one, can get a new one.
    """
    created_at: AwareDatetime
    """
    When the channel was set up.
    """
    settings: BetaClaudeTagSettings
    slack: BetaClaudeTagSlackChannelIdentifiers
    sources: BetaClaudeTagSettingSources
    type: Literal["slack_channel"]
    updated_at: AwareDatetime
    """
    Last change to Claude Tag's record of the channel (every setting change, and sometimes others); attaching or detaching a Bundle does not move it.
    """


class BetaClaudeTagSlackChannelListResponse(BaseModel):
    """
    One page of set-up Slack channels.
    """

    data: list[BetaClaudeTagSlackChannel]
    next_page: Optional[str] = None
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaClaudeTagSlackWorkspace(BaseModel):
    """
    A Slack workspace the organization connected, directly or through its Enterprise Grid, with the settings it stores or, with `include_inherited`, the settings that apply in it.
    """

    id: str
    """
    The workspace's identifier (prefixed `slws_`); a workspace removed and set up again gets a new one.
    """
    created_at: AwareDatetime
    """
    When the workspace was set up.
    """
    settings: BetaClaudeTagSettings
    slack: BetaClaudeTagSlackWorkspaceIdentifiers
    sources: BetaClaudeTagSettingSources
    type: Literal["slack_workspace"]
    updated_at: AwareDatetime
    """
    Last change to Claude Tag's record of the workspace (every setting change, and sometimes others); attaching or detaching a Bundle does not move it.
    """


class BetaClaudeTagSlackWorkspaceListResponse(BaseModel):
    """
    One page of set-up Slack workspaces.
    """

    data: list[BetaClaudeTagSlackWorkspace]
    next_page: Optional[str] = None
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaTelemetryDestinationStateDisabled(BaseModel):
    """
    Nothing is delivered to the destination; spans produced meanwhile are never delivered later.
    """

    reason: Annotated[
        Union[
            BetaTelemetryDestinationDisabledReasonCaller,
            BetaTelemetryDestinationDisabledReasonSustainedFailure,
            BetaTelemetryDestinationDisabledReasonInvalidAddress,
            BetaTelemetryDestinationDisabledReasonRedirect,
        ],
        Field(discriminator="type"),
    ]
    """
    Who disabled the destination and, when the API did, why (read-only).
    """
    type: Literal["disabled"]


class ClaudeCodeManagedSettingsConfigurationUpdateParams(BaseModel):
    """
    The mode, the order, or both, in one atomic write; `rbac_group_order` and `rbac_group_order_version` go together.
    """

    mode: Annotated[
        Optional[
            Union[BetaClaudeCodeManagedSettingsOrganizationModeParam, BetaClaudeCodeManagedSettingsRBACGroupsModeParam]
        ],
        Field(discriminator="type"),
    ] = None
    """
    The new mode, such as `{"type": "rbac_groups"}`.
    """
    rbac_group_order: Optional[list[str]] = None
    """
    Every RBAC Group that has settings, each once, in the new order, highest precedence first.
    """
    rbac_group_order_version: Optional[str] = None
    """
    The `rbac_group_order_version` of the read this change is based on (409 if it is stale).
    """


class ClaudeTagSlackChannelCreateParams(BaseModel):
    slack: BetaClaudeTagSlackChannelIdentifiersParam
    settings: Optional[BetaClaudeTagSettingsCreateParam] = None


class ClaudeTagSlackChannelUpdateParams(BaseModel):
    settings: BetaClaudeTagSettingsUpdateParam


class ClaudeTagSlackWorkspaceUpdateParams(BaseModel):
    settings: BetaClaudeTagSettingsUpdateParam


class BetaExternalStorage(BaseModel):
    """
    A bucket in the organization's own AWS or Google Cloud account, registered so that Anthropic writes the inference data of the Workspaces it is attached to there.
    """

    id: str
    """
    ID of the External Storage (prefixed `estrg_`). On Claude Platform on AWS, storage with an `aws` `provider_config` is identified by its bucket ARN instead, `arn:<partition>:s3:::<bucket_name>`, the partition being that of the bucket's region.
    """
    created_at: AwareDatetime
    display_name: Optional[str] = None
    """
    Human-readable name; null when none was set.
    """
    provider_config: Annotated[
        Union[BetaAWSExternalStorageConfig, BetaGCPExternalStorageConfig], Field(discriminator="type")
    ]
    """
    The cloud provider and the bucket it holds, as registered.
    """
    setup_template_version: Optional[str] = None
    """
    Version of Anthropic's setup template whose IAM role names activation found the bucket's setup to use; null when none was recorded (storage never activated, or not on S3).
    """
    status: Annotated[
        Union[
            BetaPendingConfigurationExternalStorageStatus,
            BetaAvailableExternalStorageStatus,
            BetaActiveExternalStorageStatus,
            BetaDrainingExternalStorageStatus,
        ],
        Field(discriminator="type"),
    ]
    """
    Where the storage is in its lifecycle, from registration to removal.
    """
    type: Literal["external_storage"]
    updated_at: AwareDatetime
    user_profile_id: Optional[str] = None
    """
    The user profile (prefixed `uprof_`) the storage is bound to for good, or null when it is bound to none.
    """


class BetaExternalStorageListResponse(BaseModel):
    """
    One page of External Storage.
    """

    data: list[BetaExternalStorage]
    next_page: Optional[str] = None
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaAdvisorToolResultBlock(BaseModel):
    """
    Beta: The result of an advisor tool call (advisor-tool-2026-03-01).
    """

    content: Union[BetaAdvisorToolResultErrorObject, BetaAdvisorResultBlock, BetaAdvisorRedactedResultBlock]
    tool_use_id: str
    """
    The id of the server_tool_use block this answers.
    """
    type: Literal["advisor_tool_result"]


class BetaClearThinking20251015EditParam(BaseModel):
    """
    Beta: Remove thinking blocks from older assistant turns.
    """

    type: Literal["clear_thinking_20251015"]
    keep: Optional[Union[BetaThinkingTurnsParam, BetaAllThinkingTurnsParam, Literal["all"]]] = None
    """
    Which assistant turns keep their thinking blocks: a number of recent turns, or all.
    """


class BetaClearToolUses20250919EditParam(BaseModel):
    """
    Beta: Clear the oldest tool results (and optionally tool inputs) once the prompt grows past a trigger.
    """

    type: Literal["clear_tool_uses_20250919"]
    clear_at_least: Optional[BetaInputTokensClearAtLeastParam] = None
    """
    Apply the edit only if it clears at least this many input tokens.
    """
    clear_tool_inputs: Optional[Union[bool, list[str]]] = None
    """
    Also clear tool inputs: true for all, or the names of the tools whose inputs to clear.
    """
    exclude_tools: Optional[list[str]] = None
    """
    Names of tools whose uses are never cleared.
    """
    keep: Optional[BetaToolUsesKeepParam] = None
    """
    How many recent tool uses to keep.
    """
    trigger: Optional[Union[BetaInputTokensTriggerParam, BetaToolUsesTriggerParam]] = None
    """
    When the edit starts clearing.
    """


class BetaCompact20260112EditParam(BaseModel):
    """
    Beta: Summarize older context into a compaction block once the prompt reaches a trigger.
    """

    type: Literal["compact_20260112"]
    instructions: Optional[str] = None
    """
    Additional instructions for the summary.
    """
    pause_after_compaction: Optional[bool] = None
    """
    Stop after the compaction block and return it, instead of continuing the response.
    """
    trigger: Optional[BetaInputTokensTriggerParam] = None
    """
    When to compact; 150000 input tokens when absent.
    """


class BetaContextManagementConfigParam(BaseModel):
    """
    Beta: Context editing strategies the API applies to the prompt before the model sees it.
    """

    edits: Optional[
        list[
            Union[BetaClearToolUses20250919EditParam, BetaClearThinking20251015EditParam, BetaCompact20260112EditParam]
        ]
    ] = None
    """
    The context edits to apply, in order.
    """


class BetaFallbackBlock(BaseModel):
    """
    Beta: Marks where a refused attempt handed over to a fallback model (server-side fallback).
    """

    from_: Annotated[BetaFallbackInfo, Field(alias="from")]
    """
    The model that refused.
    """
    to: BetaFallbackInfo
    """
    The model that continues.
    """
    trigger: BetaFallbackRefusalTrigger
    type: Literal["fallback"]


class BetaFallbackParam(BaseModel):
    """
    Beta: One entry of the fallbacks chain: a substitute model, with optional per-attempt overrides.
    """

    model: Union[
        str,
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
    ]
    """
    The substitute model.
    """
    max_tokens: Optional[int] = None
    """
    max_tokens for this attempt; the request's value when absent or null.
    """
    output_config: Optional[OutputConfigParam] = None
    """
    output_config for this attempt, merged with the request's field by field.
    """
    speed: Optional[Literal["standard", "fast"]] = None
    """
    Speed for this attempt; standard when null.
    """
    thinking: Optional[
        Union[
            ThinkingConfigEnabledParam,
            ThinkingConfigDisabledParam,
            ThinkingConfigBetweenToolsParam,
            ThinkingConfigAdaptiveParam,
        ]
    ] = None
    """
    Thinking configuration for this attempt; the request's when the model supports it.
    """


class BetaResponseToolAdditionBlock(BaseModel):
    """
    Beta: A tool that became available at this point of the conversation.
    """

    tool: Annotated[
        Union[
            BetaResponseToolChangeToolReference,
            BetaResponseToolChangeMCPToolReference,
            BetaResponseToolChangeMCPToolsetReference,
            BetaToolChangeToolDefinition,
        ],
        Field(discriminator="type"),
    ]
    type: Literal["tool_addition"]


class ClaudeCodeUsageReportCoreMetrics(BaseModel):
    """
    Productivity counts of one Claude Code usage record.
    """

    commits_by_claude_code: int
    """
    Git commits made through Claude Code.
    """
    lines_of_code: ClaudeCodeUsageReportLinesOfCode
    """
    Lines Claude Code added and removed.
    """
    num_sessions: int
    """
    Distinct Claude Code sessions the actor started.
    """
    pull_requests_by_claude_code: int
    """
    Pull requests opened through Claude Code.
    """


class ClaudeCodeUsageReportModelBreakdown(BaseModel):
    """
    Tokens and estimated cost of one model in a Claude Code usage record.
    """

    estimated_cost: ClaudeCodeUsageReportEstimatedCost
    """
    Estimated cost of this model's tokens.
    """
    model: str
    """
    Model identifier.
    """
    tokens: ClaudeCodeUsageReportTokens
    """
    Tokens of this model by kind.
    """


class ClaudeCodeUsageReportRecord(BaseModel):
    """
    One actor's Claude Code usage on one day, for one terminal type; remote and local usage are separate records.
    """

    actor: Annotated[Union[ClaudeCodeUsageReportUserActor, ClaudeCodeUsageReportAPIActor], Field(discriminator="type")]
    """
    The user or API key that used Claude Code.
    """
    core_metrics: ClaudeCodeUsageReportCoreMetrics
    """
    Sessions, lines of code, commits and pull requests.
    """
    customer_type: Literal["api", "subscription"]
    """
    `api` for API customers, `subscription` for Claude plan (Pro, Team, Enterprise) customers.
    """
    date: AwareDatetime
    """
    The UTC day covered, as midnight UTC.
    """
    is_remote: bool
    """
    Whether the usage came from remote Claude Code sessions, such as Claude Code on the web.
    """
    model_breakdown: list[ClaudeCodeUsageReportModelBreakdown]
    """
    Tokens and estimated cost per model used.
    """
    organization_id: str
    """
    Organization the usage belongs to (a UUID).
    """
    subscription_type: Optional[Literal["enterprise", "team"]] = None
    """
    Plan of a subscription customer; null for API customers.
    """
    terminal_type: str
    """
    Terminal or environment Claude Code ran in, such as `vscode`, `iTerm.app` or `tmux`.
    """
    tool_actions: dict[str, ClaudeCodeUsageReportToolActions]
    """
    Accepted and rejected tool proposals by tool, such as `edit_tool` or `write_tool`.
    """


class CostReport(BaseModel):
    """
    One page of time buckets of the cost report.
    """

    data: list[CostReportTimeBucket]
    """
    Time buckets of this page, oldest first: one per day, including days without costs (whose `results` are empty); at most `limit` buckets.
    """
    has_more: bool
    """
    Whether more buckets follow this page.
    """
    next_page: Optional[str]
    """
    Cursor of the next page, passed as `page`; null when `has_more` is false.
    """


class UsageReportMessagesResult(BaseModel):
    """
    One usage row: token counts for the combination of grouped dimensions it names (dimensions not grouped by are null).
    """

    account_id: Optional[str]
    """
    User account that made the requests; null unless grouped by `account_id`, and for non-OAuth requests.
    """
    api_key_id: Optional[str]
    """
    API key used; null unless grouped by `api_key_id`, and for usage in the Claude Console.
    """
    cache_creation: CacheCreation
    """
    Input tokens written to the prompt cache, by cache lifetime.
    """
    cache_read_input_tokens: int
    """
    Input tokens read from the prompt cache.
    """
    context_window: Optional[Literal["0-200k", "200k-1M"]]
    """
    Context-window pricing tier; null unless grouped by `context_window`.
    """
    inference_geo: Optional[Literal["global", "not_available", "us"]]
    """
    Inference region: the request's `inference_geo`, else the workspace default; `not_available` for models without a choice of region; null unless grouped by `inference_geo`.
    """
    model: Optional[str]
    """
    Model used; null unless grouped by `model`.
    """
    output_tokens: int
    """
    Output tokens generated.
    """
    server_tool_use: UsageReportMessagesServerToolUse
    """
    Server-side tool use counts.
    """
    service_account_id: Optional[str]
    """
    Service account that made the requests; null unless grouped by `service_account_id`, and for requests not authenticated by OIDC federation.
    """
    service_tier: Optional[Literal["batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"]]
    """
    Service tier; null unless grouped by `service_tier`.
    """
    speed: Optional[Literal["fast", "standard"]] = None
    """
    Inference speed (research preview); null unless grouped by `speed`, and sent only with the `fast-mode-2026-02-01` beta header.
    """
    uncached_input_tokens: int
    """
    Input tokens neither read from nor written to the cache.
    """
    workspace_id: Optional[str]
    """
    Workspace used; null unless grouped by `workspace_id`, and for the default workspace.
    """


class UsageReportMessagesTimeBucket(BaseModel):
    """
    Messages API usage within one time bucket.
    """

    starting_at: AwareDatetime
    """
    Start of the bucket (inclusive).
    """
    ending_at: AwareDatetime
    """
    End of the bucket (exclusive).
    """
    results: list[UsageReportMessagesResult]
    """
    Usage rows of this bucket; more than one when `group_by[]` splits them.
    """


class ComplianceProjectAttachmentListResponse(BaseModel):
    """
    One page of a project's attachments, oldest first by `created_at`, ties broken by ID.
    """

    data: list[
        Annotated[Union[ComplianceProjectFileAttachment, ComplianceProjectDocAttachment], Field(discriminator="type")]
    ]
    """
    The attachments of this page.
    """
    has_more: bool
    """
    Whether more attachments follow this page.
    """
    next_page: Optional[str]
    """
    Opaque token of the next page, to send as `page`; null on the last page.
    """


class ComplianceProjectCollaboratorListResponse(BaseModel):
    """
    One page of a project's collaborators, oldest grant first.
    """

    data: list[
        Annotated[
            Union[
                ComplianceProjectUserCollaborator,
                ComplianceProjectGroupCollaborator,
                ComplianceProjectOrganizationCollaborator,
                ComplianceProjectOrganizationRoleCollaborator,
            ],
            Field(discriminator="type"),
        ]
    ]
    """
    The role assignments of this page.
    """
    has_more: bool
    """
    Whether more collaborators follow this page.
    """
    next_page: Optional[str]
    """
    Opaque token of the next page, to send as `page`; null on the last page.
    """


class ComplianceRemoteSessionMessage(BaseModel):
    """
    One turn of a remote session transcript. `created_at` is a commit time that can tie or invert between neighbours; keep the returned order.
    """

    id: str
    """
    ID of the message (prefixed `csev_`).
    """
    role: Literal["user", "assistant"]
    """
    Who sent the message.
    """
    created_at: AwareDatetime
    """
    When the message was recorded (UTC).
    """
    content: list[
        Annotated[
            Union[ComplianceSessionTextBlock, ComplianceSessionToolUseBlock, ComplianceSessionToolResultBlock],
            Field(discriminator="type"),
        ]
    ]
    """
    The message's blocks; thinking and images are not included.
    """
    content_unavailable: bool
    """
    True when the stored content could not be returned (it could not be decrypted or exceeded the size bound); `content` is then empty.
    """
    sent_by_user_id: Optional[str]
    """
    On agent-owned sessions, the user who sent this user message when known; null otherwise, including on every assistant message.
    """


class ComplianceRemoteSessionMessagesResponse(BaseModel):
    """
    One page of a remote session transcript with the session's metadata (in which `user.email_address`, `started_by_user` and `claude_project_id` are always null). Stop when `next_page` is null.
    """

    session: ComplianceRemoteSession
    data: list[ComplianceRemoteSessionMessage]
    """
    The messages of this page, in transcript order (oldest first unless `order=desc`).
    """
    next_page: Optional[str]
    """
    Opaque token of the next page, to send as `page`; null on the last page.
    """


class ComplianceCodeArtifact(BaseModel):
    """
    One Artifact: a site published from Claude Code, or a document made from one of Anthropic's built-in Artifact types (Claude Docs, Slides, Design and others); `artifact_type` tells which. Only metadata; download content with the version or content endpoints.
    """

    id: str
    """
    Tagged ID of the Artifact (prefixed `cart_`).
    """
    artifact_type: Optional[str] = None
    """
    Which kind of Artifact this is. Known values include `claude_docs` (a Claude Doc) and `claude_sheets` (a Claude Sheet); sites published from Claude Code and other built-in types carry other values, and the set grows over time.
    """
    organization_uuid: str
    """
    UUID of the organization the Artifact belongs to.
    """
    owner_user_id: Optional[str]
    """
    Tagged ID of the owning user (prefixed `user_`); null when an agent session rather than a user account published the Artifact. Once set it stays set after the owner's account is deleted or the owner leaves every organization under the parent.
    """
    published_version_id: Optional[str]
    """
    ID of the version a viewer other than the owner would see when `read_mode` lets them: the version the owner pinned for such readers, otherwise the owner's latest. Reported even when `read_mode` is `owner`, where no one else sees any version.
    """
    read_mode: Literal["org", "owner", "public", "users"]
    """
    Who can view the Artifact: `owner` (only its owner), `users` (a named set of users), `org` (every member of its organization) or `public` (anyone on the internet).
    """
    updated_at: Optional[AwareDatetime]
    """
    When the Artifact was last updated; null for Artifacts published before this was recorded.
    """
    user: Optional[ComplianceContentUser]
    """
    The owner with their email address; null when an agent session published the Artifact, the owner's account was deleted, or the owner no longer belongs to an organization the key may read.
    """
    versions: list[ComplianceCodeArtifactVersion]
    """
    Metadata of up to about the 20 most recently published versions (older ones are not kept), to pass to the version content endpoint.
    """


class ComplianceCodeArtifactListResponse(BaseModel):
    """
    One page of Artifacts, sorted by Artifact ID (not by creation time). A page can be short or empty while more pages follow; stop only when `next_page` is null.
    """

    data: list[ComplianceCodeArtifact]
    """
    The Artifacts of this page.
    """
    has_more: bool
    """
    Whether `next_page` is set; can be true even when the next page turns out empty.
    """
    next_page: Optional[str]
    """
    Opaque token of the next page, to send as `page`; null on the last page.
    """


class BrowserToolset20260801Param(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    configs: Optional[BrowserToolsetConfigsParam] = None
    type: Literal["browser_toolset_20260801"]


class ComputerToolset20260801Param(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    configs: Optional[ComputerToolsetConfigsParam] = None
    type: Literal["computer_toolset_20260801"]


class ContentBlockSourceParam(BaseModel):
    content: Union[str, list[Annotated[Union[TextBlockParam, ImageBlockParam], Field(discriminator="type")]]]
    type: Literal["content"]


class DocumentBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    citations: Optional[CitationsConfigParam] = None
    context: Optional[str] = None
    source: Annotated[
        Union[
            Base64PDFSourceParam,
            PlainTextSourceParam,
            ContentBlockSourceParam,
            URLPDFSourceParam,
            FileDocumentSourceParam,
        ],
        Field(discriminator="type"),
    ]
    title: Optional[str] = None
    """
    Title of the document; the model may use it when citing.
    """
    type: Literal["document"]


class ToolResultBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    content: Optional[
        Union[
            str,
            list[
                Annotated[
                    Union[
                        TextBlockParam,
                        ImageBlockParam,
                        SearchResultBlockParam,
                        DocumentBlockParam,
                        ToolReferenceBlockParam,
                        BrowserStateBlockParam,
                    ],
                    Field(discriminator="type"),
                ]
            ],
        ]
    ] = None
    is_error: Optional[bool] = None
    tool_use_id: str
    toolset_name: Optional[str] = None
    type: Literal["tool_result"]


class WebFetchBlockParam(BaseModel):
    content: DocumentBlockParam
    retrieved_at: Optional[str] = None
    type: Literal["web_fetch_result"]
    url: str


class WebFetchTool20250910Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    allowed_domains: Optional[list[str]] = None
    blocked_domains: Optional[list[str]] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    citations: Optional[CitationsConfigParam] = None
    defer_loading: Optional[bool] = None
    max_content_tokens: Optional[int] = None
    max_uses: Optional[int] = None
    name: Literal["web_fetch"]
    strict: Optional[bool] = None
    type: Literal["web_fetch_20250910"]
    url_sources: Optional[WebFetchURLSourcesParam] = None


class WebFetchTool20260209Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    allowed_domains: Optional[list[str]] = None
    blocked_domains: Optional[list[str]] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    citations: Optional[CitationsConfigParam] = None
    defer_loading: Optional[bool] = None
    max_content_tokens: Optional[int] = None
    max_uses: Optional[int] = None
    name: Literal["web_fetch"]
    strict: Optional[bool] = None
    type: Literal["web_fetch_20260209"]
    url_sources: Optional[WebFetchURLSourcesParam] = None


class WebFetchTool20260309Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    allowed_domains: Optional[list[str]] = None
    blocked_domains: Optional[list[str]] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    citations: Optional[CitationsConfigParam] = None
    defer_loading: Optional[bool] = None
    max_content_tokens: Optional[int] = None
    max_uses: Optional[int] = None
    name: Literal["web_fetch"]
    strict: Optional[bool] = None
    type: Literal["web_fetch_20260309"]
    url_sources: Optional[WebFetchURLSourcesParam] = None
    use_cache: Optional[bool] = None


class WebFetchTool20260318Param(BaseModel):
    allowed_callers: Optional[
        list[Literal["direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"]]
    ] = None
    allowed_domains: Optional[list[str]] = None
    blocked_domains: Optional[list[str]] = None
    cache_control: Optional[CacheControlEphemeralParam] = None
    citations: Optional[CitationsConfigParam] = None
    defer_loading: Optional[bool] = None
    max_content_tokens: Optional[int] = None
    max_uses: Optional[int] = None
    name: Literal["web_fetch"]
    response_inclusion: Optional[Literal["full", "excluded"]] = None
    strict: Optional[bool] = None
    type: Literal["web_fetch_20260318"]
    url_sources: Optional[WebFetchURLSourcesParam] = None
    use_cache: Optional[bool] = None


class WebFetchToolResultBlock(BaseModel):
    caller: Optional[Union[DirectCaller, ServerToolCaller, ServerToolCaller20260120]] = None
    content: Annotated[Union[WebFetchToolResultErrorBlock, WebFetchBlock], Field(discriminator="type")]
    tool_use_id: str
    type: Literal["web_fetch_tool_result"]


class WebFetchToolResultBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    caller: Annotated[
        Optional[Union[DirectCallerParam, ServerToolCallerParam, ServerToolCaller20260120Param]],
        Field(discriminator="type"),
    ] = None
    content: Annotated[Union[WebFetchToolResultErrorBlockParam, WebFetchBlockParam], Field(discriminator="type")]
    tool_use_id: str
    type: Literal["web_fetch_tool_result"]


class RawMessageDeltaEvent(BaseModel):
    context_management: Optional[BetaContextManagementResponse] = None
    """
    Beta: the context editing strategies applied to this request.
    """
    delta: Delta
    input_transformations: Optional[
        list[
            Annotated[
                Union[BetaThinkingDroppedInputTransformation, BetaThinkingMismatchAllowedInputTransformation],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Beta: changes the API made to the request's input, such as thinking blocks dropped by block binding.
    """
    type: Literal["message_delta"]
    usage: MessageDeltaUsage


class ModelCapabilities(BaseModel):
    batch: CapabilitySupport
    citations: CapabilitySupport
    code_execution: CapabilitySupport
    compaction: Optional[CompactionCapability] = None
    """
    Beta: server-side compaction; only in responses to the beta Models endpoints (client.beta.models).
    """
    context_management: ContextManagementCapability
    effort: EffortCapability
    image_input: CapabilitySupport
    pdf_input: CapabilitySupport
    server_tools: ServerToolsCapability
    structured_outputs: CapabilitySupport
    thinking: ThinkingCapability


class ModelInfo(BaseModel):
    allowed_fallback_models: Optional[list[str]] = None
    """
    Beta: the model IDs this model takes as `fallbacks[].model` of a Messages request when it is the primary model; an empty list means it takes no `fallbacks`. Only in responses to the beta Models endpoints (client.beta.models).
    """
    capabilities: Optional[ModelCapabilities] = None
    created_at: AwareDatetime
    deprecated_at: Optional[AwareDatetime] = None
    display_name: str
    id: str
    lifecycle: Literal["active", "deprecated", "retired"]
    line: Optional[Literal["haiku", "sonnet", "opus", "fable", "mythos"]] = None
    max_input_tokens: Optional[int] = None
    max_tokens: Optional[int] = None
    retires_at: Optional[AwareDatetime] = None
    type: Literal["model"]


class ModelListResponse(BaseModel):
    """
    One page of models, newest first.
    """

    data: list[ModelInfo]
    has_more: bool
    """
    Whether more results exist beyond this page.
    """
    first_id: Optional[str]
    """
    The first ID in `data`; pass it as `before_id` for the previous page.
    """
    last_id: Optional[str]
    """
    The last ID in `data`; pass it as `after_id` for the next page.
    """


class BetaDream(BaseModel):
    """
    An asynchronous job that reads a memory store and past sessions and writes a reorganized memory store.
    """

    id: str
    """
    The dream's ID (`drm_...`).
    """
    archived_at: Optional[AwareDatetime] = None
    """
    When the dream was archived, or null.
    """
    created_at: AwareDatetime
    ended_at: Optional[AwareDatetime] = None
    """
    When the dream reached a final status, or null while it is pending or running.
    """
    error: Optional[BetaDreamErrorObject] = None
    """
    Why the dream failed, or null unless `status` is `failed`.
    """
    inputs: list[Annotated[Union[BetaDreamMemoryStoreInput, BetaDreamSessionsInput], Field(discriminator="type")]]
    """
    The sources the dream reads.
    """
    instructions: Optional[str] = None
    """
    The guidance given at creation, or null.
    """
    model: BetaDreamModelConfig
    output_behavior: Annotated[
        Union[BetaOutputBehaviorCreateNew, BetaOutputBehaviorUpdateExisting], Field(discriminator="type")
    ]
    """
    Which memory store a dream writes its result to.
    """
    outputs: list[BetaDreamOutput]
    """
    The memory store holding the result, as a one-item array; empty until recorded.
    """
    session_id: Optional[str] = None
    """
    The session that runs the dream (`sesn_...`), or null until it starts.
    """
    status: Literal["pending", "running", "completed", "failed", "canceled"]
    """
    Where a dream is in its lifecycle; `completed`, `failed` and `canceled` are final.
    """
    type: Literal["dream"]
    usage: BetaDreamUsage


class BetaDreamListResponse(BaseModel):
    """
    One page of dreams, newest first.
    """

    data: list[BetaDream]
    next_page: Optional[str] = None
    """
    The cursor of the next page, or null on the last page.
    """


class BetaManagedAgentsCredentialValidation(BaseModel):
    """
    The result of probing a credential against its MCP server.
    """

    credential_id: str
    has_refresh_token: bool
    """
    Whether the credential has a refresh token.
    """
    mcp_probe: Optional[BetaManagedAgentsMCPProbe] = None
    """
    The failing MCP probe step, or null if the probe succeeded or there was no access token to test.
    """
    refresh: Optional[BetaManagedAgentsRefreshObject] = None
    """
    The refresh-token exchange attempted after a 401, or null if none was attempted.
    """
    status: Literal["valid", "invalid", "unknown"]
    """
    The overall verdict of a validation probe.
    """
    type: Literal["vault_credential_validation"]
    validated_at: AwareDatetime
    vault_id: str


class BetaManagedAgentsMCPOAuthAuthResponse(BaseModel):
    """
    An OAuth credential for an MCP server.
    """

    mcp_server_url: str
    """
    The MCP server the credential authenticates against.
    """
    type: Literal["mcp_oauth"]
    expires_at: Optional[AwareDatetime] = None
    """
    When the access token expires; absent or null when unknown.
    """
    refresh: Optional[BetaManagedAgentsMCPOAuthRefreshResponse] = None
    """
    The refresh configuration, when the credential supports token refresh.
    """


class BetaManagedAgentsMCPOAuthCreateParams(BaseModel):
    """
    An MCP OAuth credential to create.
    """

    access_token: str
    """
    The OAuth access token sent to the MCP server.
    """
    mcp_server_url: str
    """
    The MCP server the credential authenticates against; immutable.
    """
    type: Literal["mcp_oauth"]
    expires_at: Optional[AwareDatetime] = None
    """
    When `access_token` expires; must be in the future.
    """
    refresh: Optional[BetaManagedAgentsMCPOAuthRefreshParams] = None
    """
    Refresh token settings, if the credential supports token refresh.
    """


class CredentialCreateParams(BaseModel):
    auth: Annotated[
        Union[
            BetaManagedAgentsMCPOAuthCreateParams,
            BetaManagedAgentsStaticBearerCreateParams,
            BetaManagedAgentsEnvironmentVariableCreateParams,
        ],
        Field(discriminator="type"),
    ]
    """
    The credential's authentication settings.
    """
    display_name: Optional[str] = None
    """
    Human-readable name, up to 255 characters.
    """
    metadata: Optional[dict[str, str]] = None
    """
    Key-value pairs to attach; at most 16, keys up to 64 and values up to 512 characters.
    """


class UserProfileCreateParams(BaseModel):
    access_type: Optional[Literal["application", "passthrough"]] = None
    """
    `application`: an end user of the platform's product (default); `passthrough`: a company the platform resells access to.
    """
    external_user_details: Optional[UserProfileExternalUserDetailsParams] = None
    metadata: Optional[dict[str, str]] = None
    """
    Key-value pairs to attach; at most 16, keys up to 64 and non-empty values up to 512 characters.
    """
    name: Optional[str] = None
    """
    Real-world name of the entity (person or company), up to 255 characters.
    """
    external_id: Optional[str] = None
    """
    Beta only (legacy) - the platform's own identifier, up to 255 characters; accepted only under the user-profiles-2026-03-24 and user-profiles-2026-08-18 beta headers.
    """
    external_user_onboarded_at: Optional[AwareDatetime] = None
    """
    Beta only (legacy) - when the entity opened its account; accepted only under the user-profiles-2026-08-18 beta header.
    """


class BetaManagedAgentsMultiagent20261001Params(BaseModel):
    """
    Multiagent configuration whose advisor, subagents and workflows are each enabled or disabled; an update merges it into a stored one of the same type.
    """

    type: Literal["multiagent_20261001"]
    advisor: Optional[
        Union[BetaManagedAgentsMultiagentAdvisorEnabledParams, BetaManagedAgentsMultiagentAdvisorDisabledParams]
    ] = None
    """
    Advisor setting (default disabled).
    """
    subagents: Optional[
        Union[BetaManagedAgentsMultiagentSubagentsEnabledParams, BetaManagedAgentsMultiagentSubagentsDisabledParams]
    ] = None
    """
    Subagent setting (default enabled).
    """
    workflows: Optional[
        Union[BetaManagedAgentsMultiagentWorkflowsEnabledParams, BetaManagedAgentsMultiagentWorkflowsDisabledParams]
    ] = None
    """
    Workflow setting (default enabled).
    """


class BetaManagedAgentsMultiagentCoordinatorParams(BaseModel):
    """
    Coordinator topology (superseded by `multiagent_20261001`): the primary thread spawns threads running roster agents.
    """

    agents: list[
        Union[str, BetaManagedAgentsAgentParams, BetaManagedAgentsMultiagentSelfParams, BetaManagedAgentsAdvisorParams]
    ]
    """
    Agents the coordinator may spawn as threads (1-20 distinct entries).
    """
    type: Literal["coordinator"]


class BetaManagedAgentsWebFetchToolConfig(BaseModel):
    """
    Settings of the built-in web_fetch tool.
    """

    enabled: bool
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    name: Literal["web_fetch"]
    """
    The built-in tool this config applies to.
    """
    permission_policy: Annotated[
        Union[BetaManagedAgentsAlwaysAllowPolicy, BetaManagedAgentsAlwaysAskPolicy, BetaManagedAgentsAutoPolicy],
        Field(discriminator="type"),
    ]
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Literal["web_fetch"]
    """
    The built-in tool this config applies to (same as `name`).
    """
    url_sources: Optional[BetaManagedAgentsWebFetchURLSources] = None
    """
    Which sources contribute fetchable URLs; unset allows every source.
    """
    allowed_domains: Optional[list[str]] = None
    """
    Fetch only from these hosts and their subdomains (at most 64; exclusive with blocked_domains).
    """
    blocked_domains: Optional[list[str]] = None
    """
    Never fetch from these hosts and their subdomains (at most 64; exclusive with allowed_domains).
    """
    max_content_tokens: Optional[int] = None
    """
    Maximum tokens of fetched text per call (binary content such as PDFs excluded).
    """


class BetaManagedAgentsWebFetchToolConfigParams(BaseModel):
    """
    Settings of the built-in web_fetch tool.
    """

    name: Literal["web_fetch"]
    """
    The built-in tool this config applies to.
    """
    allowed_domains: Optional[list[str]] = None
    """
    Fetch only from these hosts and their subdomains (at most 64; exclusive with blocked_domains).
    """
    blocked_domains: Optional[list[str]] = None
    """
    Never fetch from these hosts and their subdomains (at most 64; exclusive with allowed_domains).
    """
    enabled: Optional[bool] = None
    """
    Whether Claude can use the tool; overrides the toolset default.
    """
    max_content_tokens: Optional[int] = None
    """
    Maximum tokens of fetched text per call (binary content such as PDFs excluded).
    """
    permission_policy: Optional[
        Union[
            BetaManagedAgentsAlwaysAllowPolicyParam,
            BetaManagedAgentsAlwaysAskPolicyParam,
            BetaManagedAgentsAutoPolicyParam,
        ]
    ] = None
    """
    Whether calls of the tool need confirmation; overrides the toolset default.
    """
    type: Optional[Literal["web_fetch"]] = None
    """
    The built-in tool this config applies to (same as `name`).
    """
    url_sources: Optional[BetaManagedAgentsWebFetchURLSourcesParams] = None
    """
    Which sources contribute fetchable URLs; unset allows every source.
    """


class WorkspaceRateLimit(BaseModel):
    """
    A Workspace's rate limits for one rate-limit group.
    """

    group: Annotated[
        Union[
            OrganizationRateLimitModelGroup,
            OrganizationRateLimitBatchGroup,
            OrganizationRateLimitTokenCountGroup,
            OrganizationRateLimitFilesGroup,
            OrganizationRateLimitSkillsGroup,
            OrganizationRateLimitWebSearchGroup,
        ],
        Field(discriminator="type"),
    ]
    """
    The rate-limit group these limits apply to.
    """
    limits: list[WorkspaceRateLimitValue]
    """
    The Workspace's limiter values for the group: its overrides, plus the inherited organization values when `include_inherited` is true.
    """
    models: Optional[list[str]] = None
    """
    Model names and aliases the limits apply to; null unless the group is a `model_group`.
    """
    rate_limit_id: str
    """
    The `id` of the organization's rate-limit entry this entry applies to.
    """
    type: Literal["workspace_rate_limit"]
    workspace_id: str
    """
    ID of the Workspace.
    """


class WorkspaceRateLimitListResponse(BaseModel):
    """
    One page of a Workspace's rate limits.
    """

    data: list[WorkspaceRateLimit]
    next_page: Optional[str]
    """
    Cursor of the next page (pass it as `page`); null on the last page.
    """


class RBACRole(BaseModel):
    """
    A role that grants a set of permissions to the RBAC Groups it is attached to.
    """

    id: str
    """
    ID of the RBAC Role.
    """
    created_at: AwareDatetime
    display_name: str
    """
    The role's name; Anthropic may rename a built-in role, so keep its `id` as the lasting reference.
    """
    source: Annotated[Union[RBACRoleSourceBuiltIn, RBACRoleSourceCustom], Field(discriminator="type")]
    """
    Whether the role is built in or custom; more kinds may be added later.
    """
    type: Literal["rbac_role"]
    updated_at: AwareDatetime


class RBACRoleListResponse(BaseModel):
    """
    One page of RBAC Roles.
    """

    data: list[RBACRole]
    next_page: Optional[str]
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaPluginMarketplaceValidationReport(BaseModel):
    """
    The result of checking marketplace content without storing it; a report, not an object that can be retrieved later.
    """

    commit_sha: Optional[str] = None
    """
    The full SHA of the validated commit (for an archive, the one in its comment, unverified); null when unknown.
    """
    manifest_error: Optional[str] = None
    """
    Why nothing could be validated (unreadable content, or a missing or malformed marketplace.json); else null.
    """
    manifest_error_code: Optional[str] = None
    """
    A stable identifier for `manifest_error`; null when that is null.
    """
    plugin_errors: list[BetaPluginMarketplaceValidationPluginErrorObject]
    """
    One entry per plugin a synchronization would skip entirely.
    """
    plugin_warnings: list[BetaPluginMarketplaceValidationPluginWarnings]
    """
    One entry per plugin that would synchronize with some contents left out.
    """
    ref: Optional[str] = None
    """
    For a repository, the branch read by name; null when the default branch was read, for a commit SHA, and for an archive.
    """
    total_plugin_count: int
    """
    How many plugins marketplace.json declares; 0 when it could not be read.
    """
    type: Literal["plugin_marketplace_validation_report"]
    valid: bool
    """
    True when marketplace.json is well-formed and no plugin would be skipped; warnings never make it false.
    """


class BetaManagedAgentsAgentMCPToolResultEvent(BaseModel):
    """
    agent.mcp_tool_result: the result of an MCP tool call.
    """

    content: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsTextBlock,
                    BetaManagedAgentsImageBlock,
                    BetaManagedAgentsDocumentBlock,
                    BetaManagedAgentsSearchResultBlock,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    id: str
    """
    Unique identifier of this object.
    """
    is_error: Optional[bool] = None
    """
    Whether the tool call failed.
    """
    mcp_tool_use_id: str
    """
    The id of the agent.mcp_tool_use event this answers.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["agent.mcp_tool_result"]


class BetaManagedAgentsAgentThreadMessageReceivedEvent(BaseModel):
    """
    agent.thread_message_received: a thread received a message from another thread.
    """

    content: list[
        Annotated[
            Union[
                BetaManagedAgentsTextBlock,
                BetaManagedAgentsImageBlock,
                BetaManagedAgentsDocumentBlock,
                BetaManagedAgentsRedactedBlock,
            ],
            Field(discriminator="type"),
        ]
    ]
    from_agent_name: Optional[str] = None
    from_session_thread_id: str
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["agent.thread_message_received"]


class BetaManagedAgentsAgentThreadMessageSentEvent(BaseModel):
    """
    agent.thread_message_sent: a thread sent a message to another thread.
    """

    content: list[
        Annotated[
            Union[
                BetaManagedAgentsTextBlock,
                BetaManagedAgentsImageBlock,
                BetaManagedAgentsDocumentBlock,
                BetaManagedAgentsRedactedBlock,
            ],
            Field(discriminator="type"),
        ]
    ]
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    to_agent_name: Optional[str] = None
    to_session_thread_id: str
    type: Literal["agent.thread_message_sent"]


class BetaManagedAgentsAgentToolResultEvent(BaseModel):
    """
    agent.tool_result: the result of a built-in agent tool call.
    """

    content: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsTextBlock,
                    BetaManagedAgentsImageBlock,
                    BetaManagedAgentsDocumentBlock,
                    BetaManagedAgentsSearchResultBlock,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    id: str
    """
    Unique identifier of this object.
    """
    is_error: Optional[bool] = None
    """
    Whether the tool call failed.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    tool_use_id: str
    """
    The id of the tool-use event this answers.
    """
    type: Literal["agent.tool_result"]


class BetaManagedAgentsAgentToolUseEvent(BaseModel):
    """
    agent.tool_use: the agent calls a built-in agent tool.
    """

    evaluated_permission: Optional[Literal["allow", "ask", "deny"]] = None
    """
    The permission the server applied to this tool call.
    """
    evaluation: Optional[
        Union[
            BetaManagedAgentsAgentToolEvaluationAlwaysAllow,
            BetaManagedAgentsAgentToolEvaluationAlwaysAsk,
            BetaManagedAgentsAgentToolEvaluationAuto,
        ]
    ] = None
    id: str
    """
    Unique identifier of this object.
    """
    input: dict[str, Any]
    name: str
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    session_thread_id: Optional[str] = None
    """
    The thread of the session this event belongs to.
    """
    type: Literal["agent.tool_use"]


class BetaManagedAgentsSendSessionEvents(BaseModel):
    """
    The events a send request appended to the session.
    """

    data: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsUserMessageEvent,
                    BetaManagedAgentsUserInterruptEvent,
                    BetaManagedAgentsUserToolConfirmationEvent,
                    BetaManagedAgentsUserCustomToolResultEvent,
                    BetaManagedAgentsUserDefineOutcomeEvent,
                    BetaManagedAgentsUserToolResultEvent,
                    BetaManagedAgentsSystemMessageEvent,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    The items of this page.
    """


class BetaManagedAgentsSessionUsageEvent(BaseModel):
    """
    session.usage: the session's cumulative usage changed.
    """

    budget: Optional[BetaManagedAgentsBudgetLimit] = None
    id: str
    """
    Unique identifier of this object.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    type: Literal["session.usage"]
    usage: BetaManagedAgentsSessionUsageSnapshot


class EventSendParams(BaseModel):
    """
    The body of a send-events request.
    """

    events: list[
        Annotated[
            Union[
                BetaManagedAgentsUserMessageEventParams,
                BetaManagedAgentsUserInterruptEventParams,
                BetaManagedAgentsUserToolConfirmationEventParams,
                BetaManagedAgentsUserCustomToolResultEventParams,
                BetaManagedAgentsUserDefineOutcomeEventParams,
                BetaManagedAgentsUserToolResultEventParams,
                BetaManagedAgentsSystemMessageEventParams,
            ],
            Field(discriminator="type"),
        ]
    ]
    """
    The events to append to the session.
    """


class AnalyticsClaudeCodeMetrics(BaseModel):
    """
    Claude Code activity.
    """

    core_metrics: AnalyticsCoreCodeMetrics
    """
    Sessions, commits, pull requests and lines of code.
    """
    tool_actions: AnalyticsToolActions
    """
    Accepted and rejected proposals per file-editing tool.
    """


class AnalyticsConnectorActivity(BaseModel):
    """
    One connector's use for a day or a date range.
    """

    chat_cowork_unified_metrics: Optional[AnalyticsConnectorChatCoworkUnifiedMetrics] = None
    """
    Activity while Chat and Cowork unified was on; omitted where it is not available.
    """
    chat_metrics: AnalyticsConnectorChatMetrics
    """
    claude.ai chat activity.
    """
    claude_code_metrics: AnalyticsConnectorClaudeCodeMetrics
    """
    Claude Code activity.
    """
    connector_display_name: Optional[str] = None
    """
    Display name when `connector_name` is an opaque ID.
    """
    connector_name: str
    """
    Connector name, or an opaque connector ID (see `connector_display_name`).
    """
    cowork_metrics: AnalyticsConnectorCoworkMetrics
    """
    Cowork activity.
    """
    distinct_user_count: int
    """
    Distinct active users represented by this row.
    """
    individual_auth_distinct_user_count: Optional[int] = None
    """
    Distinct users whose calls used their own connector credential.
    """
    managed_auth_distinct_user_count: Optional[int] = None
    """
    Distinct users whose calls used an organization-managed credential.
    """
    office_metrics: AnalyticsConnectorOfficeMetrics
    """
    Claude in Office activity, per Office product.
    """
    product: Optional[str] = None
    """
    Product surface of this row (`chat`, `claude_code`, `cowork`, `office_agent`, `chat_cowork_unified`, …); set only when grouped by `product`.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID (`rbac_group_...`); set only when grouped by `rbac_group_id`.
    """
    rbac_group_name: Optional[str] = None
    """
    Display name of `rbac_group_id`; null if the group is gone or its name is unknown.
    """
    read_call_count: Optional[int] = None
    """
    Tool calls annotated as read-only.
    """
    unclassified_call_count: Optional[int] = None
    """
    Tool calls without a trusted read-only annotation.
    """
    user_id: Optional[str] = None
    """
    Tagged user ID (`user_...`); set only when grouped by `user_id`.
    """
    write_call_count: Optional[int] = None
    """
    Tool calls annotated as not read-only.
    """


class AnalyticsConnectorActivityListResponse(BaseModel):
    """
    One page of connector activity rows.
    """

    data: list[AnalyticsConnectorActivity]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class AnalyticsSkillActivity(BaseModel):
    """
    One skill's use for a day or a date range.
    """

    attributed_list_price: Optional[str] = None
    """
    List-price value of requests attributed to the skill, as a decimal string in minor units of `currency`.
    """
    chat_cowork_unified_metrics: Optional[AnalyticsSkillChatCoworkUnifiedMetrics] = None
    """
    Activity while Chat and Cowork unified was on; omitted where it is not available.
    """
    chat_metrics: AnalyticsSkillChatMetrics
    """
    claude.ai chat activity.
    """
    claude_code_metrics: AnalyticsSkillClaudeCodeMetrics
    """
    Claude Code activity.
    """
    cowork_metrics: AnalyticsSkillCoworkMetrics
    """
    Cowork activity.
    """
    currency: Optional[str] = None
    """
    ISO 4217 currency code of the amounts.
    """
    distinct_user_count: int
    """
    Distinct active users represented by this row.
    """
    enable_count: Optional[int] = None
    """
    Distinct accounts that enabled the skill (claude.ai only).
    """
    estimated_overage_spend: Optional[str] = None
    """
    Estimated overage spend attributed to the skill, as a decimal string in minor units of `currency`.
    """
    invocation_count: Optional[int] = None
    """
    Invocations.
    """
    office_metrics: AnalyticsSkillOfficeMetrics
    """
    Claude in Office activity, per Office product.
    """
    product: Optional[str] = None
    """
    Product surface of this row (`chat`, `claude_code`, `cowork`, `office_agent`, `chat_cowork_unified`, …); set only when grouped by `product`.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID (`rbac_group_...`); set only when grouped by `rbac_group_id`.
    """
    rbac_group_name: Optional[str] = None
    """
    Display name of `rbac_group_id`; null if the group is gone or its name is unknown.
    """
    share_status: Optional[Literal["organization", "private", "public"]] = None
    """
    Who the skill is shared with (claude.ai only).
    """
    skill_display_name: Optional[str] = None
    """
    Display name when `skill_name` is an opaque ID.
    """
    skill_name: str
    """
    Skill name, or an opaque skill ID (see `skill_display_name`).
    """
    user_id: Optional[str] = None
    """
    Tagged user ID (`user_...`); set only when grouped by `user_id`.
    """


class AnalyticsSkillActivityListResponse(BaseModel):
    """
    One page of skill activity rows.
    """

    data: list[AnalyticsSkillActivity]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class AnalyticsUserActivity(BaseModel):
    """
    One member's activity (or one group's, when grouped) for a day or a date range.
    """

    chat_cowork_unified_metrics: Optional[AnalyticsChatCoworkUnifiedMetrics] = None
    """
    Activity while Chat and Cowork unified was on; omitted where it is not available.
    """
    chat_metrics: AnalyticsChatMetrics
    """
    claude.ai chat activity.
    """
    claude_code_metrics: AnalyticsClaudeCodeMetrics
    """
    Claude Code activity.
    """
    claude_tag_metrics: Optional[AnalyticsClaudeTagMetrics] = None
    """
    Claude Tag activity; omitted where Claude Tag is not available.
    """
    cowork_metrics: AnalyticsCoworkMetrics
    """
    Cowork activity.
    """
    design_metrics: AnalyticsDesignMetrics
    """
    Claude Design activity.
    """
    distinct_user_count: Optional[int] = None
    """
    Distinct active users of a grouped row; null on per-member rows.
    """
    last_activity_date: Optional[date_aliased] = None
    """
    Latest UTC day in the window with any counted activity.
    """
    office_metrics: AnalyticsOfficeMetrics
    """
    Claude in Office activity, per Office product.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID (`rbac_group_...`); set only when grouped by `rbac_group_id`.
    """
    rbac_group_name: Optional[str] = None
    """
    Display name of `rbac_group_id`; null if the group is gone or its name is unknown.
    """
    science_metrics: AnalyticsScienceMetrics
    """
    Claude Science activity.
    """
    user: Optional[AnalyticsUser] = None
    """
    The member; null on rows aggregated across members.
    """
    web_search_count: int
    """
    Web searches performed.
    """


class AnalyticsUserActivityListResponse(BaseModel):
    """
    One page of member activity rows.
    """

    data: list[AnalyticsUserActivity]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class BetaAnalyticsCostGroup(BaseModel):
    """
    The group-by values of a cost row; each is null unless its dimension is in `group_by[]`.
    """

    actor: Optional[
        Union[
            BetaAnalyticsReportUserActor,
            BetaAnalyticsServiceAccountActor,
            BetaAnalyticsFederatedActor,
            BetaAnalyticsAPIActor,
        ]
    ] = None
    """
    The attributed identity (user, else service account, else federated identity, else API key); set only when grouped by `actor`.
    """
    actor_type: Optional[Literal["api_actor", "federated_actor", "service_account_actor", "user_actor"]] = None
    """
    Kind of identity; set only when `actor_type` is in `group_by[]`.
    """
    agent_id: Optional[str] = None
    """
    Claude Managed Agents agent; set only when grouped by `agent_id`.
    """
    api_key_id: Optional[str] = None
    """
    Tagged API key ID that authenticated the requests; set only when grouped by `api_key_id`.
    """
    claude_tag_category: Optional[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = None
    """
    Claude Tag spend category; set only when grouped by `claude_tag_category`.
    """
    claude_tag_user_id: Optional[str] = None
    """
    Slack user ID of the Claude Tag usage; set only when grouped by `claude_tag_user_id`.
    """
    context_window: Optional[Literal["0-200k", "200k-1M"]] = None
    """
    Context-window pricing tier; set only when grouped by `context_window`.
    """
    cost_type: Optional[Literal["code_execution", "session_usage", "tokens", "web_search"]] = None
    """
    Cost component; set only when grouped by `cost_type`.
    """
    deployment_id: Optional[str] = None
    """
    Deployment that started the managed session; set only when grouped by `deployment_id`.
    """
    environment_id: Optional[str] = None
    """
    Managed Agents environment; set only when grouped by `environment_id`.
    """
    inference_geo: Optional[Literal["global", "us"]] = None
    """
    Inference region; set only when grouped by `inference_geo`.
    """
    model: Optional[str] = None
    """
    Model name; set only when grouped by `model`.
    """
    organization_id: Optional[str] = None
    """
    Child organization's UUID on a parent organization's report; set only when grouped by `organization_id`.
    """
    product: Optional[str] = None
    """
    Product surface; set only when grouped by `product`.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID; set only when grouped by `rbac_group_id`.
    """
    service_tier: Optional[Literal["batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"]] = (
        None
    )
    """
    Service tier; set only when grouped by `service_tier`.
    """
    session_id: Optional[str] = None
    """
    Managed Agents session; set only when grouped by `session_id`.
    """
    slack_channel_id: Optional[str] = None
    """
    Slack channel of the usage; set only when grouped by `slack_channel_id`.
    """
    speed: Optional[Literal["fast", "standard"]] = None
    """
    Inference speed mode; set only when grouped by `speed`.
    """
    token_type: Optional[
        Literal[
            "cache_creation.ephemeral_1h_input_tokens",
            "cache_creation.ephemeral_5m_input_tokens",
            "cache_read_input_tokens",
            "output_tokens",
            "uncached_input_tokens",
        ]
    ] = None
    """
    Token type when `cost_type` is `tokens`; set only when grouped by `token_type`.
    """
    user_profile_id: Optional[str] = None
    """
    Tagged user profile ID (`uprof_...`); set only when grouped by `user_profile_id`.
    """
    workspace_id: Optional[str] = None
    """
    Tagged workspace ID; set only when grouped by `workspace_id`.
    """


class BetaAnalyticsCostItem(BaseModel):
    """
    Cost of one combination of group-by values over one period.
    """

    cost: BetaAnalyticsCostMetrics
    """
    Cost of this row.
    """
    ending_at: AwareDatetime
    """
    End of the period (exclusive): the time bucket, or the requested range rounded down to the hour.
    """
    group: BetaAnalyticsCostGroup
    """
    The group-by values of this row.
    """
    starting_at: AwareDatetime
    """
    Start of the period (inclusive): the time bucket, or the requested range rounded down to the hour.
    """


class BetaAnalyticsCostItemListResponse(BaseModel):
    """
    One page of cost rows.
    """

    data: list[BetaAnalyticsCostItem]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """
    has_more: Optional[bool] = None
    """
    Whether more rows follow this page.
    """
    data_refreshed_at: Optional[AwareDatetime] = None
    """
    When the underlying data was last refreshed.
    """


class BetaAnalyticsUsageGroup(BaseModel):
    """
    The group-by values of a usage row; each is null unless its dimension is in `group_by[]`.
    """

    actor: Optional[
        Union[
            BetaAnalyticsReportUserActor,
            BetaAnalyticsServiceAccountActor,
            BetaAnalyticsFederatedActor,
            BetaAnalyticsAPIActor,
        ]
    ] = None
    """
    The attributed identity (user, else service account, else federated identity, else API key); set only when grouped by `actor`.
    """
    actor_type: Optional[Literal["api_actor", "federated_actor", "service_account_actor", "user_actor"]] = None
    """
    Kind of identity; set only when `actor_type` is in `group_by[]`.
    """
    agent_id: Optional[str] = None
    """
    Claude Managed Agents agent; set only when grouped by `agent_id`.
    """
    api_key_id: Optional[str] = None
    """
    Tagged API key ID that authenticated the requests; set only when grouped by `api_key_id`.
    """
    claude_tag_category: Optional[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = None
    """
    Claude Tag spend category; set only when grouped by `claude_tag_category`.
    """
    claude_tag_user_id: Optional[str] = None
    """
    Slack user ID of the Claude Tag usage; set only when grouped by `claude_tag_user_id`.
    """
    context_window: Optional[Literal["0-200k", "200k-1M"]] = None
    """
    Context-window pricing tier; set only when grouped by `context_window`.
    """
    deployment_id: Optional[str] = None
    """
    Deployment that started the managed session; set only when grouped by `deployment_id`.
    """
    environment_id: Optional[str] = None
    """
    Managed Agents environment; set only when grouped by `environment_id`.
    """
    inference_geo: Optional[Literal["global", "us"]] = None
    """
    Inference region; set only when grouped by `inference_geo`.
    """
    model: Optional[str] = None
    """
    Model name; set only when grouped by `model`.
    """
    organization_id: Optional[str] = None
    """
    Child organization's UUID on a parent organization's report; set only when grouped by `organization_id`.
    """
    product: Optional[str] = None
    """
    Product surface; set only when grouped by `product`.
    """
    rbac_group_id: Optional[str] = None
    """
    Tagged RBAC group ID; set only when grouped by `rbac_group_id`.
    """
    service_tier: Optional[Literal["batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"]] = (
        None
    )
    """
    Service tier; set only when grouped by `service_tier`.
    """
    session_id: Optional[str] = None
    """
    Managed Agents session; set only when grouped by `session_id`.
    """
    slack_channel_id: Optional[str] = None
    """
    Slack channel of the usage; set only when grouped by `slack_channel_id`.
    """
    speed: Optional[Literal["fast", "standard"]] = None
    """
    Inference speed mode; set only when grouped by `speed`.
    """
    user_profile_id: Optional[str] = None
    """
    Tagged user profile ID (`uprof_...`); set only when grouped by `user_profile_id`.
    """
    workspace_id: Optional[str] = None
    """
    Tagged workspace ID; set only when grouped by `workspace_id`.
    """


class BetaAnalyticsUsageItem(BaseModel):
    """
    Token usage of one combination of group-by values over one period.
    """

    ending_at: AwareDatetime
    """
    End of the period (exclusive): the time bucket, or the requested range rounded down to the hour.
    """
    group: BetaAnalyticsUsageGroup
    """
    The group-by values of this row.
    """
    starting_at: AwareDatetime
    """
    Start of the period (inclusive): the time bucket, or the requested range rounded down to the hour.
    """
    usage: BetaAnalyticsUsageMetrics
    """
    Token usage of this row.
    """


class BetaAnalyticsUsageItemListResponse(BaseModel):
    """
    One page of usage rows.
    """

    data: list[BetaAnalyticsUsageItem]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """
    has_more: Optional[bool] = None
    """
    Whether more rows follow this page.
    """
    data_refreshed_at: Optional[AwareDatetime] = None
    """
    When the underlying data was last refreshed.
    """


class SpendLimit(BaseModel):
    """
    A cap on metered spend for one scope and period.
    """

    amount: Optional[str] = None
    """
    Amount as a non-negative integer decimal string in minor units of `currency` (cents for USD); null means no cap.
    """
    created_at: AwareDatetime
    """
    When it was created.
    """
    currency: str
    """
    ISO 4217 code of the organization's billing currency, the unit of `amount`.
    """
    id: str
    """
    Tagged spend limit ID (`spl_...`).
    """
    is_enabled: bool
    """
    Read-only; false while extra usage is switched off for the organization (`organization` scope).
    """
    period: Literal["daily", "monthly", "weekly"]
    """
    The window the limit resets over.
    """
    scope: Annotated[
        Union[
            SpendLimitUserScope,
            SpendLimitSeatTierScope,
            SpendLimitRBACGroupScope,
            SpendLimitOrganizationServiceScope,
            SpendLimitOrganizationScope,
            SpendLimitWorkspaceScope,
            SpendLimitUsageTierScope,
        ],
        Field(discriminator="type"),
    ]
    """
    What the limit applies to.
    """
    type: Literal["spend_limit"]
    updated_at: AwareDatetime
    """
    When it was last changed.
    """


class SpendLimitIncreaseRequest(BaseModel):
    """
    A member's request for a higher spend limit.
    """

    actor: Annotated[Union[SpendLimitUserActor, SpendLimitScopedAPIKeyActor], Field(discriminator="type")]
    """
    Who made the request.
    """
    created_at: AwareDatetime
    """
    When it was created.
    """
    id: str
    """
    ID of the increase request.
    """
    period: Literal["daily", "monthly", "weekly"]
    """
    The period the member asked a higher limit for.
    """
    resolved_at: Optional[AwareDatetime] = None
    """
    When the request was approved or denied.
    """
    resolved_by: Optional[Union[SpendLimitUserActor, SpendLimitScopedAPIKeyActor]] = None
    """
    Who approved or denied the request.
    """
    spend_summary: Optional[SpendSummary] = None
    """
    The requester's effective spend limit and spend so far.
    """
    status: Literal["approved", "denied", "pending"]
    """
    Request state.
    """
    type: Literal["spend_limit_increase_request"]


class SpendLimitIncreaseRequestListResponse(BaseModel):
    """
    One page of spend limit increase requests.
    """

    data: list[SpendLimitIncreaseRequest]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class SpendLimitListResponse(BaseModel):
    """
    One page of configured spend limits.
    """

    data: list[SpendLimit]
    next_page: Optional[str] = None
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class BetaManagedAgentsDeploymentRun(BaseModel):
    """
    The record of one execution of a deployment: the session it created, or why creation failed.
    """

    agent: BetaManagedAgentsAgentReference
    """
    The agent version at the time of the run.
    """
    created_at: AwareDatetime
    deployment_id: str
    """
    Deployment that produced the run.
    """
    error: Optional[
        Union[
            BetaManagedAgentsEnvironmentArchivedRunErrorObject,
            BetaManagedAgentsAgentArchivedRunErrorObject,
            BetaManagedAgentsEnvironmentNotFoundRunErrorObject,
            BetaManagedAgentsVaultNotFoundRunErrorObject,
            BetaManagedAgentsVaultArchivedRunErrorObject,
            BetaManagedAgentsFileNotFoundRunErrorObject,
            BetaManagedAgentsMemoryStoreArchivedRunErrorObject,
            BetaManagedAgentsSkillNotFoundRunErrorObject,
            BetaManagedAgentsSessionResourceNotFoundRunErrorObject,
            BetaManagedAgentsWorkspaceArchivedRunErrorObject,
            BetaManagedAgentsOrganizationDisabledRunErrorObject,
            BetaManagedAgentsSessionRateLimitedRunErrorObject,
            BetaManagedAgentsSessionCreationRejectedRunErrorObject,
            BetaManagedAgentsUnknownRunErrorObject,
            BetaManagedAgentsSelfHostedResourcesUnsupportedRunErrorObject,
            BetaManagedAgentsMCPEgressBlockedRunErrorObject,
        ]
    ] = None
    """
    Why session creation failed; exactly one of `error` and `session_id` is set.
    """
    id: str
    """
    Run ID, prefixed `drun_`.
    """
    session_id: Optional[str] = None
    """
    The session created; exactly one of `error` and `session_id` is set.
    """
    trigger_context: Annotated[
        Union[BetaManagedAgentsScheduleTriggerContext, BetaManagedAgentsManualTriggerContext],
        Field(discriminator="type"),
    ]
    """
    What started the run.
    """
    type: Literal["deployment_run"]


class BetaManagedAgentsDeploymentRunListResponse(BaseModel):
    """
    A page of BetaManagedAgentsDeploymentRun objects (what anthropic 2.12.0 SyncPageCursor reads).
    """

    data: list[BetaManagedAgentsDeploymentRun]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page, for the `page` parameter; null on the last page.
    """


class ExternalKey(BaseModel):
    """
    A customer-managed encryption key (CMEK) configuration owned by the organization.
    """

    attachment: Annotated[
        Union[ExternalKeyAttachedAttachment, ExternalKeyUnattachedAttachment], Field(discriminator="type")
    ]
    """
    Whether any live or archived workspace encrypts its data with this key; only attached keys are used.
    """
    created_at: AwareDatetime
    display_name: Optional[str] = None
    """
    Display name; null if none was set.
    """
    geo: str
    """
    Data residency geo the key is used in.
    """
    id: str
    """
    External key ID, prefixed `ekey_` (on Claude Platform on AWS, the KMS key ARN).
    """
    provider_config: Annotated[
        Union[AWSExternalKeyConfig, GCPExternalKeyConfig, AzureExternalKeyConfig], Field(discriminator="type")
    ]
    """
    Which KMS holds the key and how to reach it.
    """
    type: Literal["external_key"]
    updated_at: AwareDatetime
    user_profile_id: Optional[str] = None
    """
    User profile the key is bound to, or null; a bound key attaches only to workspaces with the same user profile.
    """


class ExternalKeyCreateParams(BaseModel):
    """
    Request body of organization.external_keys.create.
    """

    display_name: Optional[str] = None
    geo: Optional[Literal["us"]] = None
    """
    Data residency geo; only `us` exists.
    """
    provider_config: Annotated[
        Union[AWSExternalKeyConfigParam, GCPExternalKeyConfigParam, AzureExternalKeyConfigParam],
        Field(discriminator="type"),
    ]
    """
    KMS provider configuration, by provider.
    """
    user_profile_id: Optional[str] = None
    """
    User profile to bind the key to (a customer's key); cannot be changed later.
    """


class ExternalKeyListResponse(BaseModel):
    """
    A page of ExternalKey objects (what anthropic 2.12.0 SyncPageCursor reads).
    """

    data: list[ExternalKey]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page, for the `page` parameter; null on the last page.
    """


class FederationIssuer(BaseModel):
    """
    An external OIDC identity provider whose JWTs the organization accepts in the jwt-bearer token exchange.
    """

    archived_at: Optional[AwareDatetime] = None
    """
    When the issuer was archived; rules using an archived issuer reject token exchange.
    """
    archived_by_actor_id: Optional[str] = None
    """
    ID (`user_` or `svac_`) of who archived the issuer.
    """
    check_jti: bool
    """
    Whether a `jti` claim, when present, may be used only once (replay protection).
    """
    created_at: AwareDatetime
    created_by_actor_id: Optional[str] = None
    """
    ID (`user_` or `svac_`) of who created the issuer.
    """
    id: str
    """
    Federation issuer ID.
    """
    issuer_url: str
    """
    Must equal the JWT `iss` claim exactly.
    """
    jwks: Annotated[Union[JWKSDiscovery, JWKSExplicitURL, JWKSInline], Field(discriminator="type")]
    """
    Where the signing keys come from.
    """
    jwks_polling_disabled_at: Optional[AwareDatetime] = None
    """
    When JWKS polling was paused after repeated fetch failures; re-enable with `jwks_polling_disabled: false`.
    """
    max_jwt_lifetime_seconds: int
    """
    Largest allowed `exp` minus `iat` of an assertion (1-176400 seconds).
    """
    name: str
    """
    Slug chosen by the admin.
    """
    poll_status: Optional[FederationIssuerPollStatus] = None
    """
    State of JWKS polling; usually null for inline keys.
    """
    type: Literal["federation_issuer"]
    updated_at: AwareDatetime
    updated_by_actor_id: Optional[str] = None
    """
    ID (`user_` or `svac_`) of who last updated the issuer.
    """


class FederationIssuerCreateParams(BaseModel):
    """
    Request body of organization.federation.issuers.create.
    """

    check_jti: Optional[bool] = None
    """
    Enforce single use of `jti` claims.
    """
    issuer_url: str
    """
    Must equal the JWT `iss` claim exactly.
    """
    jwks: Annotated[
        Optional[Union[JWKSDiscoveryParam, JWKSExplicitURLParam, JWKSInlineParam]], Field(discriminator="type")
    ] = None
    """
    How signing keys are obtained, by `type`.
    """
    max_jwt_lifetime_seconds: Optional[int] = None
    """
    Largest allowed `exp` minus `iat` of an assertion (1-176400 seconds).
    """
    name: str
    """
    Slug chosen by the admin.
    """


class FederationIssuerListResponse(BaseModel):
    """
    A page of FederationIssuer objects (what anthropic 2.12.0 SyncPageCursor reads).
    """

    data: list[FederationIssuer]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page, for the `page` parameter; null on the last page.
    """


class BetaClaudeCodeManagedSettingsConfiguration(BaseModel):
    """
    The organization's Claude Code managed settings mode and RBAC Group order.
    """

    mode: Annotated[
        Union[BetaClaudeCodeManagedSettingsOrganizationMode, BetaClaudeCodeManagedSettingsRBACGroupsMode],
        Field(discriminator="type"),
    ]
    """
    How managed settings are served: `organization` gives every member the organization settings (set in claude.ai); `rbac_groups` gives each member those of the first listed RBAC Group they belong to, else the default settings.
    """
    mode_updated_at: Optional[AwareDatetime] = None
    """
    When the mode last changed; null if it never has.
    """
    rbac_group_order: list[str]
    """
    The ID of every RBAC Group with settings, deleted groups included, highest precedence first.
    """
    rbac_group_order_version: str
    """
    Opaque version of `rbac_group_order`, to send back with a new order.
    """
    type: Literal["claude_code_managed_settings_configuration"]


class BetaClaudeCodeRBACGroupManagedSettings(BaseModel):
    """
    An RBAC Group's Claude Code managed settings.
    """

    created_at: AwareDatetime
    """
    When the settings document the group uses was first stored; it changes with the document.
    """
    rbac_group_id: str
    """
    The RBAC Group's ID (prefixed `rbac_group_`).
    """
    rbac_group_status: Annotated[
        Union[
            BetaClaudeCodeRBACGroupStatusActive,
            BetaClaudeCodeRBACGroupStatusDeleted,
            BetaClaudeCodeRBACGroupStatusUnknown,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the group still exists: `deleted` groups keep their place in `rbac_group_order` but match no member; `unknown` when that cannot be checked right now.
    """
    settings: Optional[dict[str, Any]] = None
    """
    The group's settings document; null when the stored one can no longer be read.
    """
    type: Literal["claude_code_rbac_group_managed_settings"]
    updated_at: AwareDatetime
    """
    When the group's settings, or the number of groups ahead of it in the order, last changed.
    """


class BetaClaudeCodeRBACGroupManagedSettingsSummary(BaseModel):
    """
    An RBAC Group that has Claude Code managed settings, without the settings themselves.
    """

    created_at: AwareDatetime
    """
    When the settings document the group uses was first stored; it changes with the document.
    """
    rbac_group_id: str
    """
    The RBAC Group's ID (prefixed `rbac_group_`).
    """
    rbac_group_status: Annotated[
        Union[
            BetaClaudeCodeRBACGroupStatusActive,
            BetaClaudeCodeRBACGroupStatusDeleted,
            BetaClaudeCodeRBACGroupStatusUnknown,
        ],
        Field(discriminator="type"),
    ]
    """
    Whether the group still exists: `deleted` groups keep their place in `rbac_group_order` but match no member; `unknown` when that cannot be checked right now.
    """
    type: Literal["claude_code_rbac_group_managed_settings_summary"]
    updated_at: AwareDatetime
    """
    When the group's settings, or the number of groups ahead of it in the order, last changed.
    """


class BetaClaudeCodeRBACGroupManagedSettingsSummaryListResponse(BaseModel):
    """
    One page of RBAC Groups with Claude Code managed settings, highest precedence first.
    """

    data: list[BetaClaudeCodeRBACGroupManagedSettingsSummary]
    next_page: Optional[str] = None
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class BetaTelemetryDestinationTestResponse(BaseModel):
    """
    The outcome of one test span sent to a destination.
    """

    result: Annotated[
        Union[BetaTelemetryDestinationTestSuccess, BetaTelemetryDestinationTestFailure], Field(discriminator="type")
    ]
    """
    `success` when the destination answered with a 2xx status, else `failure` with the reason.
    """
    type: Literal["telemetry_destination_test"]


class BetaCompactionBlock(BaseModel):
    """
    Beta: A summary of the conversation before it; later requests send it in place of the messages it replaces (compaction).
    """

    content: Optional[str] = None
    """
    The summary text, when not encrypted.
    """
    encrypted_content: Optional[str] = None
    """
    The summary, encrypted.
    """
    type: Literal["compaction"]
    signature: Optional[str] = None
    """
    Signature that lets the API verify the block when it is sent back.
    """
    tool_changes: Optional[
        list[Annotated[Union[BetaResponseToolAdditionBlock, BetaResponseToolRemovalBlock], Field(discriminator="type")]]
    ] = None
    """
    Tools added or removed at this point of the conversation.
    """


class ClaudeCodeUsageReport(BaseModel):
    """
    One page of per-actor Claude Code usage records for one day.
    """

    data: list[ClaudeCodeUsageReportRecord]
    """
    Usage records of the requested day.
    """
    has_more: bool
    """
    Whether more records follow this page.
    """
    next_page: Optional[str]
    """
    Cursor of the next page, passed as `page`; null on the last page.
    """


class UsageReportMessages(BaseModel):
    """
    One page of time buckets of the Messages API usage report.
    """

    data: list[UsageReportMessagesTimeBucket]
    """
    Time buckets of this page, oldest first: one per `bucket_width` interval, including intervals without usage (whose `results` are empty); at most `limit` buckets.
    """
    has_more: bool
    """
    Whether more buckets follow this page.
    """
    next_page: Optional[str]
    """
    Cursor of the next page, passed as `page`; null when `has_more` is false.
    """


class ComplianceActivityFederatedActor(BaseModel):
    """
    An external identity vouched for by a trusted provider (a cloud provider's gateway or a federation issuer the customer registered), acting without an Anthropic account or service account.
    """

    type: Literal["federated_actor"]
    provider: Annotated[
        Union[
            ComplianceActivityFederatedActorAWSProvider,
            ComplianceActivityFederatedActorAzureProvider,
            ComplianceActivityFederatedActorGCPProvider,
            ComplianceActivityFederatedActorOIDCProvider,
        ],
        Field(discriminator="type"),
    ]
    """
    The party that vouched for a federated actor, told apart by `type`.
    """
    subject: Optional[str] = None
    """
    The provider's verified identifier of the caller, whose form depends on the provider.
    """
    ip_address: Optional[str] = None
    """
    IP address the request came from, when known.
    """
    user_agent: Optional[str] = None
    """
    User agent of the client, when known.
    """


class ComplianceEffectiveSettingDataRetention(BaseModel):
    """
    The retention periods in force, keyed by the kind of data they apply to.
    """

    type: Literal["data_retention"]
    name: Literal["data_retention_periods"]
    value: dict[str, Union[ComplianceRetentionPeriodFixed, ComplianceRetentionPeriodIndefinite]]
    """
    Retention period per data kind (for example `chat` or `project`). The key `all` covers every kind and, when present, is the only key; a missing key means no administrator-set period applies to that kind (Anthropic's service defaults may still apply).
    """


class ComplianceChatMessage(BaseModel):
    """
    One message of a chat. When the chat was deleted in claude.ai, `content` is empty and `files`, `generated_files` and `artifacts` are null.
    """

    id: str
    """
    ID of the message (prefixed `claude_chat_msg_`).
    """
    role: Literal["user", "assistant"]
    """
    Who sent the message.
    """
    created_at: AwareDatetime
    """
    For a user message, when it was sent; for an assistant message, when Claude finished its last content block.
    """
    content: list[
        Annotated[
            Union[ComplianceChatTextBlock, ComplianceChatToolUseBlock, ComplianceChatToolResultBlock],
            Field(discriminator="type"),
        ]
    ]
    """
    The message's content blocks.
    """
    files: Optional[list[ComplianceChatMessageFile]] = None
    """
    Files and text attachments the user attached to the message, as claude.ai stored them; download each with the chat file content endpoint. Null or absent when there are none.
    """
    generated_files: Optional[list[ComplianceChatMessageGeneratedFile]] = None
    """
    Files the assistant produced with tools (documents, spreadsheets, slide decks); download each with the generated-file content endpoint. Null or absent when there are none.
    """
    artifacts: Optional[list[ComplianceChatMessageArtifact]] = None
    """
    Artifact versions the assistant created or updated in this message; fetch each by its `version_id`. Null or absent when there are none.
    """


class ComplianceLocalSessionMessage(BaseModel):
    """
    One turn of a local session transcript, rebuilt from the captured Claude API calls. Messages of one call share its timestamp; keep the returned order rather than re-sorting.
    """

    type: Literal["compliance_local_session_message"]
    id: str
    """
    ID of the message (prefixed `clsm_`), stable while its turn is retained.
    """
    role: Literal["user", "assistant"]
    """
    Who sent the message.
    """
    model: Optional[str]
    """
    Model that served an assistant turn; null on user messages and on any message whose `provenance` is set.
    """
    created_at: AwareDatetime
    """
    When the message was recorded (UTC).
    """
    provenance: Optional[
        Union[
            ComplianceLocalSessionContentUnavailable,
            ComplianceLocalSessionClientAsserted,
            ComplianceLocalSessionSyntheticMarker,
        ]
    ]
    """
    How the content was captured; null (the usual case) for content verified by the Claude API.
    """
    content: list[
        Annotated[
            Union[ComplianceSessionTextBlock, ComplianceSessionToolUseBlock, ComplianceSessionToolResultBlock],
            Field(discriminator="type"),
        ]
    ]
    """
    The message's blocks; empty when `provenance.type` is `content_unavailable`. System prompts, tool definitions and thinking are never included.
    """


class ComplianceLocalSessionMessagesResponse(BaseModel):
    """
    One page of a local session transcript with the session's metadata (whose `user.email_address` is always null here). Stop when `next_page` is null; a page can be shorter than `limit` before the end.
    """

    session: ComplianceLocalSession
    data: list[ComplianceLocalSessionMessage]
    """
    The messages of this page, in call order (oldest first unless `order=desc`).
    """
    next_page: Optional[str]
    """
    Opaque token of the next page (prefixed `page_`), to send as `page`; null on the last page. Tokens are tied to the session and order and expire 24 hours after the walk's first page.
    """


class AssistantMessageParam(BaseModel):
    content: Union[
        str,
        list[
            Union[
                TextBlockParam,
                ImageBlockParam,
                DocumentBlockParam,
                SearchResultBlockParam,
                ThinkingBlockParam,
                RedactedThinkingBlockParam,
                ToolUseBlockParam,
                ToolResultBlockParam,
                ServerToolUseBlockParam,
                WebSearchToolResultBlockParam,
                WebFetchToolResultBlockParam,
                CodeExecutionToolResultBlockParam,
                BashCodeExecutionToolResultBlockParam,
                TextEditorCodeExecutionToolResultBlockParam,
                ToolSearchToolResultBlockParam,
                ContainerUploadBlockParam,
                TextBlock,
                ThinkingBlock,
                RedactedThinkingBlock,
                ToolUseBlock,
                ServerToolUseBlock,
                WebSearchToolResultBlock,
                WebFetchToolResultBlock,
                CodeExecutionToolResultBlock,
                BashCodeExecutionToolResultBlock,
                TextEditorCodeExecutionToolResultBlock,
                ToolSearchToolResultBlock,
                ContainerUploadBlock,
            ]
        ],
    ]
    role: Literal["assistant"]


class Message(BaseModel):
    container: Optional[Container] = None
    content: list[
        Annotated[
            Union[
                TextBlock,
                ThinkingBlock,
                RedactedThinkingBlock,
                ToolUseBlock,
                ServerToolUseBlock,
                WebSearchToolResultBlock,
                WebFetchToolResultBlock,
                CodeExecutionToolResultBlock,
                BashCodeExecutionToolResultBlock,
                TextEditorCodeExecutionToolResultBlock,
                ToolSearchToolResultBlock,
                ContainerUploadBlock,
                BetaAdvisorToolResultBlock,
                BetaMCPToolUseBlock,
                BetaMCPToolResultBlock,
                BetaCompactionBlock,
                BetaFallbackBlock,
                BetaMCPToolListingBlock,
            ],
            Field(discriminator="type"),
        ]
    ]
    context_management: Optional[BetaContextManagementResponse] = None
    """
    Beta: the context editing strategies applied to this request.
    """
    diagnostics: Optional[Diagnostics] = None
    id: str
    input_transformations: Optional[
        list[
            Annotated[
                Union[BetaThinkingDroppedInputTransformation, BetaThinkingMismatchAllowedInputTransformation],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Beta: changes the API made to the request's input, such as thinking blocks dropped by block binding.
    """
    model: Union[
        str,
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
    ]
    role: Literal["assistant"]
    stop_details: Optional[RefusalStopDetails] = None
    stop_reason: Optional[
        Literal[
            "end_turn",
            "max_tokens",
            "stop_sequence",
            "tool_use",
            "pause_turn",
            "compaction",
            "refusal",
            "model_context_window_exceeded",
        ]
    ] = None
    stop_sequence: Optional[str] = None
    type: Literal["message"]
    usage: Usage


class UserMessageParam(BaseModel):
    content: Union[
        str,
        list[
            Union[
                TextBlockParam,
                ImageBlockParam,
                DocumentBlockParam,
                SearchResultBlockParam,
                ThinkingBlockParam,
                RedactedThinkingBlockParam,
                ToolUseBlockParam,
                ToolResultBlockParam,
                ServerToolUseBlockParam,
                WebSearchToolResultBlockParam,
                WebFetchToolResultBlockParam,
                CodeExecutionToolResultBlockParam,
                BashCodeExecutionToolResultBlockParam,
                TextEditorCodeExecutionToolResultBlockParam,
                ToolSearchToolResultBlockParam,
                ContainerUploadBlockParam,
                TextBlock,
                ThinkingBlock,
                RedactedThinkingBlock,
                ToolUseBlock,
                ServerToolUseBlock,
                WebSearchToolResultBlock,
                WebFetchToolResultBlock,
                CodeExecutionToolResultBlock,
                BashCodeExecutionToolResultBlock,
                TextEditorCodeExecutionToolResultBlock,
                ToolSearchToolResultBlock,
                ContainerUploadBlock,
            ]
        ],
    ]
    role: Literal["user"]


class RawContentBlockStartEvent(BaseModel):
    content_block: Annotated[
        Union[
            TextBlock,
            ThinkingBlock,
            RedactedThinkingBlock,
            ToolUseBlock,
            ServerToolUseBlock,
            WebSearchToolResultBlock,
            WebFetchToolResultBlock,
            CodeExecutionToolResultBlock,
            BashCodeExecutionToolResultBlock,
            TextEditorCodeExecutionToolResultBlock,
            ToolSearchToolResultBlock,
            ContainerUploadBlock,
            BetaAdvisorToolResultBlock,
            BetaMCPToolUseBlock,
            BetaMCPToolResultBlock,
            BetaCompactionBlock,
            BetaFallbackBlock,
            BetaMCPToolListingBlock,
        ],
        Field(discriminator="type"),
    ]
    index: int
    type: Literal["content_block_start"]


class RawMessageStartEvent(BaseModel):
    message: Message
    type: Literal["message_start"]


class RawMessageStreamEvent(
    RootModel[
        Union[
            RawMessageStartEvent,
            RawMessageDeltaEvent,
            RawMessageStopEvent,
            RawContentBlockStartEvent,
            RawContentBlockDeltaEvent,
            RawContentBlockStopEvent,
        ]
    ]
):
    root: Annotated[
        Union[
            RawMessageStartEvent,
            RawMessageDeltaEvent,
            RawMessageStopEvent,
            RawContentBlockStartEvent,
            RawContentBlockDeltaEvent,
            RawContentBlockStopEvent,
        ],
        Field(discriminator="type"),
    ]


class MessageBatchSucceededResult(BaseModel):
    message: Message
    type: Literal["succeeded"]


class BetaManagedAgentsCredential(BaseModel):
    """
    A credential stored in a vault; secret fields are never returned.
    """

    id: str
    """
    The credential's ID (`vcrd_...`).
    """
    archived_at: Optional[AwareDatetime] = None
    """
    When the credential was archived; null if it is not.
    """
    auth: Annotated[
        Union[
            BetaManagedAgentsMCPOAuthAuthResponse,
            BetaManagedAgentsStaticBearerAuthResponse,
            BetaManagedAgentsEnvironmentVariableAuthResponse,
        ],
        Field(discriminator="type"),
    ]
    """
    The credential's authentication settings, without secrets.
    """
    created_at: AwareDatetime
    metadata: dict[str, str]
    type: Literal["vault_credential"]
    updated_at: AwareDatetime
    vault_id: str
    """
    The vault the credential belongs to.
    """
    display_name: Optional[str] = None


class BetaManagedAgentsCredentialListResponse(BaseModel):
    """
    One page of credentials.
    """

    data: list[BetaManagedAgentsCredential]
    next_page: Optional[str] = None
    """
    The cursor of the next page, or null on the last page.
    """


class UserProfile(BaseModel):
    """
    An entity the platform serves through the API, such as an end user or a company it resells access to.
    """

    id: str
    """
    The profile's ID, prefixed `uprof_`.
    """
    access_type: Optional[Literal["application", "passthrough"]] = None
    """
    How the platform uses the API for this entity. Absent under the legacy `user-profiles-2026-03-24` beta header.
    """
    created_at: AwareDatetime
    enforcement_actions: Optional[
        list[
            Annotated[
                Union[UserProfileEnforcementActionRestriction, UserProfileEnforcementActionBan],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    The enforcement actions open on this profile; empty when none is open. Absent under the `user-profiles-2026-09-04` and earlier beta headers.
    """
    enforcement_status: Optional[Literal["unrestricted", "pending", "restricted", "banned"]] = None
    """
    Anthropic's enforcement status of this profile. Absent under the `user-profiles-2026-09-04` and earlier beta headers.
    """
    external_user_details: Optional[UserProfileExternalUserDetails] = None
    """
    What the platform states about the entity, unverified. Absent under the legacy `user-profiles-2026-03-24` and `user-profiles-2026-08-18` beta headers.
    """
    metadata: dict[str, str]
    """
    Key-value pairs attached to the profile (at most 16).
    """
    name: Optional[str] = None
    """
    Real-world name of the entity (person or company); null until the platform supplies one.
    """
    programs: Optional[UserProfilePrograms] = None
    """
    The profile's standing in each Anthropic program. Absent under the `user-profiles-2026-09-04` and earlier beta headers, which serve `trust_grants` instead.
    """
    type: Literal["user_profile"]
    updated_at: AwareDatetime
    """
    When the profile was last modified.
    """
    external_id: Optional[str] = None
    """
    Beta only (legacy) - the platform's own identifier, served only under the user-profiles-2026-03-24 and user-profiles-2026-08-18 beta headers; otherwise see `external_user_details.reference_id`.
    """
    external_user_onboarded_at: Optional[AwareDatetime] = None
    """
    Beta only (legacy) - when the entity opened its account, served only under the user-profiles-2026-08-18 beta header; otherwise see `external_user_details.onboarded_at`.
    """
    trust_grants: Optional[dict[str, BetaUserProfileTrustGrant]] = None
    """
    Beta only (legacy) - trust grants keyed by grant name, served under the user-profiles-2026-09-04 and earlier beta headers instead of `programs`.
    """


class UserProfileListResponse(BaseModel):
    """
    One page of user profiles.
    """

    data: list[UserProfile]
    next_page: Optional[str] = None
    """
    The cursor of the next page, or null on the last page.
    """


class BetaManagedAgentsAgentToolset20260401(BaseModel):
    """
    The built-in agent toolset (bash, edit, read, write, glob, grep, web_fetch, web_search).
    """

    configs: list[
        Annotated[
            Union[
                BetaManagedAgentsBashToolConfig,
                BetaManagedAgentsEditToolConfig,
                BetaManagedAgentsReadToolConfig,
                BetaManagedAgentsWriteToolConfig,
                BetaManagedAgentsGlobToolConfig,
                BetaManagedAgentsGrepToolConfig,
                BetaManagedAgentsWebFetchToolConfig,
                BetaManagedAgentsWebSearchToolConfig,
            ],
            Field(discriminator="type"),
        ]
    ]
    """
    Per-tool overrides.
    """
    default_config: BetaManagedAgentsAgentToolsetDefaultConfig
    """
    Settings applied to every tool of the set.
    """
    type: Literal["agent_toolset_20260401"]


class BetaManagedAgentsAgentToolset20260401Params(BaseModel):
    """
    The built-in agent toolset (bash, edit, read, write, glob, grep, web_fetch, web_search).
    """

    type: Literal["agent_toolset_20260401"]
    configs: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsBashToolConfigParams,
                    BetaManagedAgentsEditToolConfigParams,
                    BetaManagedAgentsReadToolConfigParams,
                    BetaManagedAgentsWriteToolConfigParams,
                    BetaManagedAgentsGlobToolConfigParams,
                    BetaManagedAgentsGrepToolConfigParams,
                    BetaManagedAgentsWebFetchToolConfigParams,
                    BetaManagedAgentsWebSearchToolConfigParams,
                ],
                Field(discriminator="name"),
            ]
        ]
    ] = None
    """
    Per-tool overrides.
    """
    default_config: Optional[BetaManagedAgentsAgentToolsetDefaultConfigParams] = None
    """
    Settings applied to every tool of the set.
    """


class BetaManagedAgentsMultiagent20261001(BaseModel):
    """
    Multiagent configuration whose advisor, subagents and workflows are each enabled or disabled; an update merges it into a stored one of the same type.
    """

    advisor: Annotated[
        Union[BetaManagedAgentsMultiagentAdvisorEnabled, BetaManagedAgentsMultiagentAdvisorDisabled],
        Field(discriminator="type"),
    ]
    """
    Advisor setting (default disabled).
    """
    subagents: Annotated[
        Union[BetaManagedAgentsMultiagentSubagentsEnabled, BetaManagedAgentsMultiagentSubagentsDisabled],
        Field(discriminator="type"),
    ]
    """
    Subagent setting (default enabled).
    """
    type: Literal["multiagent_20261001"]
    workflows: Annotated[
        Union[BetaManagedAgentsMultiagentWorkflowsEnabled, BetaManagedAgentsMultiagentWorkflowsDisabled],
        Field(discriminator="type"),
    ]
    """
    Workflow setting (default enabled).
    """


class BetaManagedAgentsAgentMCPToolUseEvent(BaseModel):
    """
    agent.mcp_tool_use: the agent calls an MCP server tool.
    """

    evaluated_permission: Optional[Literal["allow", "ask", "deny"]] = None
    """
    The permission the server applied to this tool call.
    """
    evaluation: Optional[
        Union[
            BetaManagedAgentsAgentToolEvaluationAlwaysAllow,
            BetaManagedAgentsAgentToolEvaluationAlwaysAsk,
            BetaManagedAgentsAgentToolEvaluationAuto,
        ]
    ] = None
    id: str
    """
    Unique identifier of this object.
    """
    input: dict[str, Any]
    mcp_server_name: str
    """
    Name of the MCP server that provides the tool.
    """
    name: str
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    session_thread_id: Optional[str] = None
    """
    The thread of the session this event belongs to.
    """
    type: Literal["agent.mcp_tool_use"]


class BetaManagedAgentsAgentWithOverridesParams(BaseModel):
    id: str
    """
    Unique identifier of this object.
    """
    mcp_servers: Optional[list[BetaManagedAgentsURLMCPServerParams]] = None
    model: Optional[
        Union[
            Literal[
                "claude-fable-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-opus-5-5",
                "claude-fable-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
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
            BetaManagedAgentsModelConfigParams,
        ]
    ] = None
    skills: Optional[
        list[
            Annotated[
                Union[BetaManagedAgentsAnthropicSkillParams, BetaManagedAgentsCustomSkillParams],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    system: Optional[str] = None
    tools: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsAgentToolset20260401Params,
                    BetaManagedAgentsMCPToolsetParams,
                    BetaManagedAgentsCustomToolParams,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    type: Literal["agent_with_overrides"]
    version: Optional[int] = None


class BetaManagedAgentsInlineAgent(BaseModel):
    description: Optional[str] = None
    execution_identity: Annotated[
        Union[BetaManagedAgentsAWSRoleExecutionIdentity, BetaManagedAgentsServiceAccountExecutionIdentity],
        Field(discriminator="type"),
    ]
    """
    The principal that runs of an agent act as.
    """
    mcp_servers: list[BetaManagedAgentsMCPServerURLDefinition]
    model: BetaManagedAgentsModelConfig
    name: str
    skills: list[
        Annotated[Union[BetaManagedAgentsAnthropicSkill, BetaManagedAgentsCustomSkill], Field(discriminator="type")]
    ]
    system: Optional[str] = None
    tools: list[
        Annotated[
            Union[BetaManagedAgentsAgentToolset20260401, BetaManagedAgentsMCPToolset, BetaManagedAgentsCustomTool],
            Field(discriminator="type"),
        ]
    ]
    type: Literal["inline"]


class BetaManagedAgentsSessionAgentUpdateParam(BaseModel):
    mcp_servers: Optional[list[BetaManagedAgentsURLMCPServerParams]] = None
    tools: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsAgentToolset20260401Params,
                    BetaManagedAgentsMCPToolsetParams,
                    BetaManagedAgentsCustomToolParams,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None


class BetaManagedAgentsSessionThreadAgent(BaseModel):
    description: Optional[str] = None
    execution_identity: Annotated[
        Union[BetaManagedAgentsAWSRoleExecutionIdentity, BetaManagedAgentsServiceAccountExecutionIdentity],
        Field(discriminator="type"),
    ]
    """
    The principal that runs of an agent act as.
    """
    id: str
    """
    Unique identifier of this object.
    """
    mcp_servers: list[BetaManagedAgentsMCPServerURLDefinition]
    model: BetaManagedAgentsModelConfig
    name: str
    skills: list[
        Annotated[Union[BetaManagedAgentsAnthropicSkill, BetaManagedAgentsCustomSkill], Field(discriminator="type")]
    ]
    system: Optional[str] = None
    tools: list[
        Annotated[
            Union[BetaManagedAgentsAgentToolset20260401, BetaManagedAgentsMCPToolset, BetaManagedAgentsCustomTool],
            Field(discriminator="type"),
        ]
    ]
    type: Literal["agent"]
    version: int


class SessionCreateParams(BaseModel):
    """
    The body of a create-session request.
    """

    agent: Union[str, BetaManagedAgentsAgentParams, BetaManagedAgentsAgentWithOverridesParams]
    """
    An agent ID (latest version), an agent reference with id and version, or a reference with overrides.
    """
    budget: Optional[BetaManagedAgentsBudgetLimitParam] = None
    """
    Spend ceiling for the session; omit for no ceiling.
    """
    environment_id: str
    """
    ID of the environment the session runs in.
    """
    initial_events: Optional[
        list[
            Annotated[
                Union[BetaManagedAgentsUserMessageEventParams, BetaManagedAgentsUserDefineOutcomeEventParams],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Up to 50 user.message or user.define_outcome events to queue at creation.
    """
    metadata: Optional[dict[str, str]] = None
    """
    Up to 16 pairs; keys up to 64 characters, values up to 512.
    """
    resources: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsGitHubRepositoryResourceParams,
                    BetaManagedAgentsFileResourceParams,
                    BetaManagedAgentsMemoryStoreResourceParam,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Files, GitHub repositories and memory stores to mount in the session.
    """
    title: Optional[str] = None
    """
    Human-readable title.
    """
    vault_ids: Optional[list[str]] = None
    """
    IDs of vaults whose credentials the session may use.
    """


class SessionUpdateParams(BaseModel):
    """
    The body of an update-session request; omitted fields are kept.
    """

    agent: Optional[BetaManagedAgentsSessionAgentUpdateParam] = None
    """
    New tools and MCP servers for the agent; the session must not be running.
    """
    budget: Optional[BetaManagedAgentsBudgetLimitParam] = None
    """
    Replaces the session's budget, or null removes it; omit to keep it.
    """
    metadata: Optional[dict[str, Optional[str]]] = None
    """
    Patch: a string value sets the key, null deletes it; omit to keep all.
    """
    title: Optional[str] = None
    """
    Human-readable title.
    """
    vault_ids: Optional[list[str]] = None
    """
    IDs of vaults whose credentials the session may use.
    """


class IncreaseRequestApproveResponse(BaseModel):
    """
    The approved increase request, with the spend limit it wrote.
    """

    actor: Annotated[Union[SpendLimitUserActor, SpendLimitScopedAPIKeyActor], Field(discriminator="type")]
    """
    Who made the request.
    """
    created_at: AwareDatetime
    """
    When it was created.
    """
    id: str
    """
    ID of the increase request.
    """
    period: Literal["daily", "monthly", "weekly"]
    """
    The period of the approved limit.
    """
    resolved_at: Optional[AwareDatetime] = None
    """
    When the request was approved or denied.
    """
    resolved_by: Optional[Union[SpendLimitUserActor, SpendLimitScopedAPIKeyActor]] = None
    """
    Who approved or denied the request.
    """
    spend_limit: Optional[SpendLimit] = None
    """
    The per-member spend limit written by the approval.
    """
    spend_summary: Optional[SpendSummary] = None
    """
    The requester's effective spend limit and spend so far.
    """
    status: Literal["approved", "denied", "pending"]
    """
    Request state.
    """
    type: Literal["spend_limit_increase_request"]


class BetaManagedAgentsDeployment(BaseModel):
    """
    A deployment: an agent bound to an environment, credentials, initial events and an optional schedule, so it runs on its own.
    """

    agent: BetaManagedAgentsAgentReference
    """
    The agent version the deployment runs.
    """
    archived_at: Optional[AwareDatetime] = None
    """
    When the deployment was archived; null if it is not.
    """
    budget: Optional[BetaManagedAgentsBudgetLimit] = None
    """
    Spend cap copied onto every session it creates; absent when unset.
    """
    created_at: AwareDatetime
    description: Optional[str] = None
    environment_id: str
    """
    Environment the sessions run in.
    """
    id: str
    initial_events: list[
        Annotated[
            Union[
                BetaManagedAgentsDeploymentUserMessageEvent,
                BetaManagedAgentsDeploymentUserDefineOutcomeEvent,
                BetaManagedAgentsDeploymentSystemMessageEvent,
            ],
            Field(discriminator="type"),
        ]
    ]
    """
    Events sent to each new session right after creation.
    """
    metadata: dict[str, str]
    """
    Free-form key-value pairs (at most 16).
    """
    name: str
    paused_reason: Optional[
        Union[BetaManagedAgentsManualDeploymentPausedReason, BetaManagedAgentsErrorDeploymentPausedReason]
    ] = None
    """
    Why the deployment is paused; non-null exactly when `status` is `paused`.
    """
    resources: list[
        Annotated[
            Union[
                BetaManagedAgentsGitHubRepositoryResourceConfig,
                BetaManagedAgentsFileResourceConfig,
                BetaManagedAgentsMemoryStoreResourceConfig,
            ],
            Field(discriminator="type"),
        ]
    ]
    """
    Resources mounted into each session, without write-only credentials.
    """
    schedule: Optional[BetaManagedAgentsSchedule] = None
    """
    Cron schedule; null means the deployment only runs when triggered.
    """
    status: Literal["active", "paused"]
    """
    `active` or `paused`; an archived deployment reports `active` with `archived_at` set.
    """
    type: Literal["deployment"]
    updated_at: AwareDatetime
    vault_ids: list[str]
    """
    Vaults that supply credentials to its sessions.
    """


class BetaManagedAgentsDeploymentListResponse(BaseModel):
    """
    A page of BetaManagedAgentsDeployment objects (what anthropic 2.12.0 SyncPageCursor reads).
    """

    data: list[BetaManagedAgentsDeployment]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page, for the `page` parameter; null on the last page.
    """


class BetaTelemetryDestination(BaseModel):
    """
    An OpenTelemetry (OTLP/HTTP) endpoint the organization's spans are exported to, with the workspaces it covers.
    """

    id: str
    """
    ID of the destination (prefixed `tdst_`).
    """
    created_at: AwareDatetime
    delivery_health: BetaTelemetryDestinationDeliveryHealth
    display_name: Optional[str] = None
    """
    Human-readable name; null when none was set.
    """
    endpoint_url: str
    """
    Base URL of the OTLP/HTTP endpoint as registered; `/v1/traces` is appended on delivery unless `traces.endpoint_url` is set.
    """
    header_names: list[str]
    """
    Names of the registered request headers; their values are write-only and never returned.
    """
    state: Annotated[
        Union[BetaTelemetryDestinationStateEnabled, BetaTelemetryDestinationStateDisabled], Field(discriminator="type")
    ]
    """
    Whether the destination receives deliveries.
    """
    traces: BetaTelemetryDestinationTraces
    type: Literal["telemetry_destination"]
    updated_at: AwareDatetime
    """
    Last change to the configuration or state; delivery results and adding or removing a single workspace do not change it.
    """
    workspaces: Annotated[
        Union[
            BetaTelemetryDestinationWorkspacesAll,
            BetaTelemetryDestinationWorkspacesInclude,
            BetaTelemetryDestinationWorkspacesExclude,
        ],
        Field(discriminator="type"),
    ]
    """
    Which of the organization's workspaces the destination covers.
    """


class BetaTelemetryDestinationListResponse(BaseModel):
    """
    One page of telemetry destinations.
    """

    data: list[BetaTelemetryDestination]
    next_page: Optional[str] = None
    """
    The cursor of the next page, to pass as `page`; null on the last page.
    """


class ComplianceChatMessagesResponse(BaseModel):
    """
    A chat's metadata together with one page (or, without `limit`, all) of its messages. Messages of a chat the user deleted in claude.ai come back with empty content.
    """

    id: str
    """
    ID of the chat (prefixed `claude_chat_`).
    """
    name: str
    """
    Title of the chat; empty for a chat the user deleted in claude.ai.
    """
    created_at: AwareDatetime
    """
    When the chat was created.
    """
    updated_at: AwareDatetime
    """
    When the chat last changed.
    """
    deleted_at: Optional[AwareDatetime]
    """
    When the user deleted the chat in claude.ai; null otherwise.
    """
    href: str
    """
    Link that opens the chat in claude.ai.
    """
    model: Optional[str]
    """
    Model chosen for the chat; null for older chats with no model recorded.
    """
    organization_uuid: str
    """
    UUID of the organization the chat belongs to.
    """
    organization_id: Annotated[Optional[str], Field(deprecated=True)] = None
    """
    Tagged ID (`org_...`) of the organization; deprecated in favour of `organization_uuid`.
    """
    project_id: Optional[str]
    """
    ID of the project the chat is in; null when it is in none.
    """
    user: Optional[ComplianceContentUser]
    """
    The user who owns the chat; null when no user can be reported.
    """
    chat_messages: list[ComplianceChatMessage]
    """
    The messages of this page, in `created_at` order (ascending unless `order=desc`).
    """
    has_more: bool
    """
    Whether more messages follow; pass `last_id` as `after_id` to get them.
    """
    first_id: Optional[str]
    """
    Opaque cursor of the first message of the page, to send as `before_id`; null when there is none.
    """
    last_id: Optional[str]
    """
    Opaque cursor of the last message of the page, to send as `after_id`; null when there is none.
    """


class MessageCountTokensParams(BaseModel):
    billing_policy: Optional[BetaBillingPolicyParam] = None
    """
    Beta: bill the customer behind the user profile in the anthropic-user-profile-id header instead of your organization. Only in the SDK's beta namespace (client.beta.messages).
    """
    cache_control: Optional[CacheControlEphemeralParam] = None
    """
    Automatic prompt caching for the whole request.
    """
    compaction: Optional[BetaCompactionConfigParam] = None
    """
    Beta: summarize the conversation into one compaction block instead of answering; count_tokens accepts and ignores it. Not with context_management. Enabled by the compact-2026-01-12 beta header.
    """
    context_management: Optional[BetaContextManagementConfigParam] = None
    """
    Beta: context editing (clearing old tool results or thinking, or compacting) applied before the prompt reaches the model. Enabled by the context-management-2025-06-27 beta header (compact_20260112 edits: compact-2026-01-12).
    """
    messages: list[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam]]
    """
    The conversation so far: alternating user and assistant turns. A final assistant turn is continued (prefill) on models that support it.
    """
    mcp_servers: Optional[list[BetaRequestMCPServerURLDefinitionParam]] = None
    """
    Beta: remote MCP servers the API connects to for this request; each is referenced by one mcp_toolset in tools. Enabled by the mcp-client-2025-11-20 beta header (mcp-client-2025-04-04 is deprecated).
    """
    model: Union[
        str,
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
    ]
    output_config: Optional[OutputConfigParam] = None
    speed: Optional[Literal["standard", "fast"]] = None
    """
    Standard or fast output, on models that offer fast mode.
    """
    system: Optional[Union[str, list[TextBlockParam]]] = None
    """
    The system prompt: a string or text blocks.
    """
    thinking: Annotated[
        Optional[
            Union[
                ThinkingConfigEnabledParam,
                ThinkingConfigDisabledParam,
                ThinkingConfigBetweenToolsParam,
                ThinkingConfigAdaptiveParam,
            ]
        ],
        Field(discriminator="type"),
    ] = None
    """
    Extended thinking: enabled with a token budget, adaptive, between tools, or disabled.
    """
    tool_choice: Annotated[
        Optional[Union[ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam]],
        Field(discriminator="type"),
    ] = None
    """
    How the model may use the tools: auto, any, a named tool, or none.
    """
    tools: Optional[
        list[
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
            ]
        ]
    ] = None
    """
    Tools the model may call: custom tools with a JSON Schema input, and Anthropic's server and client tools.
    """


class MessageCreateParams(BaseModel):
    """
    The body of a request that creates a Message.
    """

    billing_policy: Optional[BetaBillingPolicyParam] = None
    """
    Beta: bill the customer behind the user profile in the anthropic-user-profile-id header instead of your organization. Only in the SDK's beta namespace (client.beta.messages).
    """
    cache_control: Optional[CacheControlEphemeralParam] = None
    """
    Automatic prompt caching for the whole request.
    """
    compaction: Optional[BetaCompactionConfigParam] = None
    """
    Beta: summarize the conversation into one compaction block instead of answering; count_tokens accepts and ignores it. Not with context_management. Enabled by the compact-2026-01-12 beta header.
    """
    container: Optional[Union[ContainerParams, str]] = None
    """
    The container to reuse for code execution: its ID, or parameters for a new one.
    """
    context_management: Optional[BetaContextManagementConfigParam] = None
    """
    Beta: context editing (clearing old tool results or thinking, or compacting) applied before the prompt reaches the model. Enabled by the context-management-2025-06-27 beta header (compact_20260112 edits: compact-2026-01-12).
    """
    diagnostics: Optional[DiagnosticsParam] = None
    """
    Ask for diagnostics, such as why the prompt cache was missed.
    """
    fallback_credit_token: Optional[Union[str, BetaFallbackCreditTokenParam]] = None
    """
    Beta: the fallback_credit_token of a refused request, so the retry's cache writes for the warm prefix are billed as cache reads. Enabled by the fallback-credit-2026-07-01 beta header (the object form needs it).
    """
    fallbacks: Optional[Union[list[BetaFallbackParam], Literal["default"]]] = None
    """
    Beta: models to retry on, in order, when the requested model declines for policy reasons, or "default" for the server's chain. Enabled by the server-side-fallback-2026-07-01 beta header.
    """
    inference_geo: Optional[str] = None
    """
    Where inference may run, for data residency.
    """
    max_tokens: int
    """
    The most tokens to generate before stopping; the model may stop earlier. 0 only warms the prompt cache.
    """
    messages: list[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam]]
    """
    The conversation so far: alternating user and assistant turns. A final assistant turn is continued (prefill) on models that support it.
    """
    mcp_servers: Optional[list[BetaRequestMCPServerURLDefinitionParam]] = None
    """
    Beta: remote MCP servers the API connects to for this request; each is referenced by one mcp_toolset in tools. Enabled by the mcp-client-2025-11-20 beta header (mcp-client-2025-04-04 is deprecated).
    """
    metadata: Optional[MetadataParam] = None
    model: Union[
        str,
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
    ]
    output_config: Optional[OutputConfigParam] = None
    service_tier: Optional[Literal["auto", "standard_only"]] = None
    """
    Whether the request may use Priority Tier capacity (auto) or only standard capacity.
    """
    speed: Optional[Literal["fast", "standard"]] = None
    """
    Standard or fast output, on models that offer fast mode.
    """
    stop_sequences: Optional[list[str]] = None
    """
    Custom strings that end generation; the one matched is returned as stop_sequence.
    """
    stream: Optional[bool] = None
    """
    Answer with server-sent events instead of one JSON Message.
    """
    temperature: Annotated[Optional[float], Field(ge=0.0, le=1.0)] = None
    """
    Randomness of sampling. Accepted under anthropic-version 2023-06-01 only.
    """
    top_k: Annotated[Optional[int], Field(ge=0)] = None
    """
    Sample only from the top K options for each token. Accepted under anthropic-version 2023-06-01 only.
    """
    top_p: Annotated[Optional[float], Field(ge=0.0, le=1.0)] = None
    """
    Nucleus sampling threshold. Accepted under anthropic-version 2023-06-01 only.
    """
    system: Optional[Union[str, list[TextBlockParam]]] = None
    """
    The system prompt: a string or text blocks.
    """
    thinking: Annotated[
        Optional[
            Union[
                ThinkingConfigEnabledParam,
                ThinkingConfigDisabledParam,
                ThinkingConfigBetweenToolsParam,
                ThinkingConfigAdaptiveParam,
            ]
        ],
        Field(discriminator="type"),
    ] = None
    """
    Extended thinking: enabled with a token budget, adaptive, between tools, or disabled.
    """
    thread: Optional[Union[BetaThreadCreateParams, BetaThreadContinueParams]] = None
    """
    Beta: keep the conversation on the server (create) or continue it from a previous response so only new messages are sent. Enabled by the message-threads-2026-08-12 beta header.
    """
    tool_choice: Annotated[
        Optional[Union[ToolChoiceAutoParam, ToolChoiceAnyParam, ToolChoiceToolParam, ToolChoiceNoneParam]],
        Field(discriminator="type"),
    ] = None
    """
    How the model may use the tools: auto, any, a named tool, or none.
    """
    tools: Optional[
        list[
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
            ]
        ]
    ] = None
    """
    Tools the model may call: custom tools with a JSON Schema input, and Anthropic's server and client tools.
    """


class MessageBatchIndividualResponse(BaseModel):
    custom_id: str
    result: Annotated[
        Union[
            MessageBatchSucceededResult,
            MessageBatchErroredResult,
            MessageBatchCanceledResult,
            MessageBatchExpiredResult,
        ],
        Field(discriminator="type"),
    ]


class MessageBatchRequest(BaseModel):
    custom_id: str
    params: MessageCreateParams


class AgentCreateParams(BaseModel):
    """
    The body of a create-agent request.
    """

    model: Union[
        BetaManagedAgentsModelConfigParams,
        Literal[
            "claude-fable-5-2",
            "claude-haiku-5-5",
            "claude-sonnet-5-5",
            "claude-opus-5-5",
            "claude-fable-5-1",
            "claude-sonnet-5",
            "claude-fable-5",
            "claude-opus-5",
            "claude-opus-4-8",
            "claude-opus-4-7",
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
    ]
    """
    A model ID, or a model config with effort, region and speed.
    """
    name: str
    """
    Human-readable name.
    """
    description: Optional[str] = None
    """
    What the agent does.
    """
    execution_identity: Optional[
        Union[BetaManagedAgentsAWSRoleExecutionIdentityParams, BetaManagedAgentsServiceAccountExecutionIdentityParams]
    ] = None
    """
    The principal that runs of the agent act as; omitted or null means the service account.
    """
    mcp_servers: Annotated[Optional[list[BetaManagedAgentsURLMCPServerParams]], Field(max_length=20)] = None
    """
    MCP servers (at most 20, unique names), each referenced by an `mcp_toolset` in `tools`.
    """
    metadata: Annotated[Optional[dict[str, str]], Field(max_length=16)] = None
    """
    Key-value metadata (at most 16 pairs; keys up to 64 and values up to 512 characters).
    """
    multiagent: Optional[
        Union[BetaManagedAgentsMultiagentCoordinatorParams, BetaManagedAgentsMultiagent20261001Params]
    ] = None
    """
    Multiagent orchestration configuration.
    """
    skills: Optional[
        list[
            Annotated[
                Union[BetaManagedAgentsAnthropicSkillParams, BetaManagedAgentsCustomSkillParams],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Skills available to the agent.
    """
    system: Optional[str] = None
    """
    The system prompt.
    """
    tools: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsAgentToolset20260401Params,
                    BetaManagedAgentsMCPToolsetParams,
                    BetaManagedAgentsCustomToolParams,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Toolsets and custom tools (at most 256 tools in all).
    """


class AgentUpdateParams(BaseModel):
    """
    The body of an update-agent request; omitted fields keep their values and a change creates a new version.
    """

    description: Optional[str] = None
    """
    New description; empty string or null clears it.
    """
    execution_identity: Optional[
        Union[BetaManagedAgentsAWSRoleExecutionIdentityParams, BetaManagedAgentsServiceAccountExecutionIdentityParams]
    ] = None
    """
    Replaces the execution principal; null restores the service account.
    """
    mcp_servers: Optional[list[BetaManagedAgentsURLMCPServerParams]] = None
    """
    Replaces the MCP servers; empty or null clears them.
    """
    metadata: Optional[dict[str, Any]] = None
    """
    Metadata patch: a string value upserts the key, null deletes it.
    """
    model: Optional[
        Union[
            BetaManagedAgentsModelConfigParams,
            Literal[
                "claude-fable-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-opus-5-5",
                "claude-fable-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
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
        ]
    ] = None
    """
    A model ID or model config, replacing the stored one; cannot be cleared.
    """
    multiagent: Optional[
        Union[BetaManagedAgentsMultiagentCoordinatorParams, BetaManagedAgentsMultiagent20261001Params]
    ] = None
    """
    Replaces the multiagent configuration (merged when both are `multiagent_20261001`); null clears it.
    """
    name: Optional[str] = None
    """
    New non-empty name; cannot be cleared.
    """
    skills: Optional[
        list[
            Annotated[
                Union[BetaManagedAgentsAnthropicSkillParams, BetaManagedAgentsCustomSkillParams],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Replaces the skills; empty or null clears them.
    """
    system: Optional[str] = None
    """
    New system prompt; empty string or null clears it.
    """
    tools: Optional[
        list[
            Annotated[
                Union[
                    BetaManagedAgentsAgentToolset20260401Params,
                    BetaManagedAgentsMCPToolsetParams,
                    BetaManagedAgentsCustomToolParams,
                ],
                Field(discriminator="type"),
            ]
        ]
    ] = None
    """
    Replaces the tools (at most 256 in all); empty or null clears them.
    """
    version: Annotated[Optional[int], Field(ge=1)] = None
    """
    The version the update expects to replace (at least 1); a mismatch fails the request, omission updates unconditionally.
    """


class BetaManagedAgentsSessionMultiagentCoordinator(BaseModel):
    agents: list[
        Annotated[Union[BetaManagedAgentsSessionThreadAgent, BetaManagedAgentsAdvisor], Field(discriminator="type")]
    ]
    type: Literal["coordinator"]


class BetaManagedAgentsSessionMultiagentSubagentsEnabled(BaseModel):
    inline_agents: Annotated[
        Union[BetaManagedAgentsMultiagentInlineAgentsEnabled, BetaManagedAgentsMultiagentInlineAgentsDisabled],
        Field(discriminator="type"),
    ]
    """
    Whether inline (unsaved) agents may be defined.
    """
    predefined_agents: list[BetaManagedAgentsSessionThreadAgent]
    type: Literal["enabled"]


class BetaManagedAgentsSessionMultiagentWorkflowsEnabled(BaseModel):
    inline_agents: Annotated[
        Union[BetaManagedAgentsMultiagentInlineAgentsEnabled, BetaManagedAgentsMultiagentInlineAgentsDisabled],
        Field(discriminator="type"),
    ]
    """
    Whether inline (unsaved) agents may be defined.
    """
    predefined_agents: list[BetaManagedAgentsSessionThreadAgent]
    type: Literal["enabled"]


class BetaManagedAgentsSessionThread(BaseModel):
    """
    A thread of a session: the primary agent's conversation, or one started by it.
    """

    agent: Annotated[
        Union[BetaManagedAgentsSessionThreadAgent, BetaManagedAgentsAdvisor, BetaManagedAgentsInlineAgent],
        Field(discriminator="type"),
    ]
    archived_at: Optional[AwareDatetime] = None
    """
    When the object was archived; null while it is not archived.
    """
    created_at: AwareDatetime
    """
    When the object was created.
    """
    id: str
    """
    Unique identifier of this object.
    """
    parent_thread_id: Optional[str] = None
    """
    The thread that created this thread; null for the primary thread.
    """
    session_id: str
    stats: Optional[BetaManagedAgentsSessionThreadStats] = None
    status: Literal["running", "idle", "rescheduling", "terminated"]
    """
    Lifecycle state of the thread.
    """
    type: Literal["session_thread"]
    updated_at: AwareDatetime
    """
    When the object was last changed.
    """
    usage: Optional[BetaManagedAgentsSessionThreadUsage] = None
    workflow_run_id: Optional[str] = None
    """
    The workflow run this event belongs to.
    """


class BetaManagedAgentsSessionThreadListResponse(BaseModel):
    """
    One page of session threads.
    """

    data: list[BetaManagedAgentsSessionThread]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page; null when this is the last page.
    """


class ComplianceActivity(BaseModel):
    """
    One audit event. Besides the common fields below, every activity carries the fields of its `type` (for example `claude_chat_id` and `claude_project_id` on `claude_chat_created`); those are not modelled here and are admitted as additional properties. New activity types and new fields appear over time, so consumers should pass unknown ones through.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str
    """
    ID of the activity (prefixed `activity_`).
    """
    created_at: AwareDatetime
    """
    When the activity happened.
    """
    organization_id: Optional[str] = None
    """
    Tagged ID (`org_...`) of the organization the activity happened in; null for events tied to no organization, such as sign-in, sign-out and Compliance API calls.
    """
    organization_uuid: Optional[str] = None
    """
    The same organization as `organization_id`, as a UUID; null in the same cases.
    """
    actor: Annotated[
        Union[
            ComplianceActivityUserActor,
            ComplianceActivityAPIActor,
            ComplianceActivityAdminAPIKeyActor,
            ComplianceActivityServiceAccountActor,
            ComplianceActivityUnauthenticatedUserActor,
            ComplianceActivityAnthropicActor,
            ComplianceActivitySystemActor,
            ComplianceActivityScimDirectorySyncActor,
            ComplianceActivityFederatedIdentityActor,
            ComplianceActivityFederatedActor,
            ComplianceActivityAttestedDeviceActor,
        ],
        Field(discriminator="type"),
    ]
    """
    Who or what performed the activity, told apart by `type`. Which actor types a given activity type can carry varies by activity type, and new actor types may be added.
    """
    type: str
    """
    The activity type, for example `claude_chat_created`, `claude_file_uploaded` or `sso_login_succeeded`; it decides which other fields are present. Several hundred types exist and new ones are added over time (see the `activity_types[]` filter in the API reference for the current list).
    """


class ComplianceEffectiveOrganizationSettings(BaseModel):
    """
    The settings in force for one linked organization once regulatory restrictions, feature availability, organization-type defaults and dependencies between features are applied, read at request time, plus the parent's Compliance Access Keys. A setting the organization's administrators cannot change is left out, so a missing row means "not under this organization's control", not "off".
    """

    type: Optional[Literal["effective_organization_settings"]] = None
    organization_id: UUID
    """
    The organization's bare UUID (the `uuid` of the organizations list), not the `org_`-prefixed form that Activity Feed, chat and project records carry.
    """
    settings: list[
        Annotated[
            Union[
                ComplianceEffectiveSettingBoolean,
                ComplianceEffectiveSettingInteger,
                ComplianceEffectiveSettingString,
                ComplianceEffectiveSettingStringList,
                ComplianceEffectiveSettingProvisioningMode,
                ComplianceEffectiveSettingDataRetention,
            ],
            Field(discriminator="type"),
        ]
    ]
    """
    One typed row per setting the organization's administrators control.
    """
    api_keys: Optional[list[ComplianceAccessKeyInfo]] = None
    """
    Every Compliance Access Key configured for the parent organization, oldest first, the same list whichever linked organization is read; deactivated keys are included and secret values never are.
    """


class MessageBatchCreateParams(BaseModel):
    requests: list[MessageBatchRequest]


class BetaManagedAgentsAgent(BaseModel):
    """
    A Managed Agents agent: a saved, versioned configuration of model, system prompt, tools, skills and MCP servers.
    """

    id: str
    archived_at: Optional[AwareDatetime] = None
    """
    When the agent was archived; null if it is not.
    """
    created_at: AwareDatetime
    description: Optional[str] = None
    execution_identity: Annotated[
        Union[BetaManagedAgentsAWSRoleExecutionIdentity, BetaManagedAgentsServiceAccountExecutionIdentity],
        Field(discriminator="type"),
    ]
    """
    The principal that runs of the agent act as; `service_account` unless set.
    """
    mcp_servers: list[BetaManagedAgentsMCPServerURLDefinition]
    """
    MCP servers the agent connects to.
    """
    metadata: dict[str, str]
    model: BetaManagedAgentsModelConfig
    """
    The model and its configuration.
    """
    multiagent: Optional[Union[BetaManagedAgentsMultiagentCoordinator, BetaManagedAgentsMultiagent20261001]] = None
    """
    Multiagent orchestration; null for a single-threaded agent.
    """
    name: str
    skills: list[
        Annotated[Union[BetaManagedAgentsAnthropicSkill, BetaManagedAgentsCustomSkill], Field(discriminator="type")]
    ]
    """
    Skills available to the agent.
    """
    system: Optional[str] = None
    """
    The system prompt.
    """
    tools: list[
        Annotated[
            Union[BetaManagedAgentsAgentToolset20260401, BetaManagedAgentsMCPToolset, BetaManagedAgentsCustomTool],
            Field(discriminator="type"),
        ]
    ]
    """
    Toolsets and custom tools available to the agent.
    """
    type: Literal["agent"]
    updated_at: AwareDatetime
    version: int
    """
    The agent's current version: 1 at creation, incremented by each change.
    """


class BetaManagedAgentsAgentListResponse(BaseModel):
    """
    One page of agents (or of one agent's versions).
    """

    data: list[BetaManagedAgentsAgent]
    next_page: Optional[str] = None
    """
    Cursor of the next page, to send as `page`; null on the last page.
    """


class ComplianceActivityListResponse(BaseModel):
    """
    One page of the Activity Feed.
    """

    data: list[ComplianceActivity]
    """
    The activities of this page, in the requested order (newest first by default).
    """
    has_more: bool
    """
    Whether further activities exist past this page in result order; stop paging when false.
    """
    first_id: Optional[str]
    """
    Cursor of the first activity in `data`; pass it as `before_id` for the previous page. Null when the page is empty.
    """
    last_id: Optional[str]
    """
    Cursor of the last activity in `data`; pass it as `after_id` for the next page. Null when the page is empty.
    """


class BetaManagedAgentsSessionMultiagent20261001(BaseModel):
    advisor: Annotated[
        Union[BetaManagedAgentsMultiagentAdvisorEnabled, BetaManagedAgentsMultiagentAdvisorDisabled],
        Field(discriminator="type"),
    ]
    """
    Whether the primary thread can consult an advisor model.
    """
    subagents: Annotated[
        Union[BetaManagedAgentsSessionMultiagentSubagentsEnabled, BetaManagedAgentsMultiagentSubagentsDisabled],
        Field(discriminator="type"),
    ]
    type: Literal["multiagent_20261001"]
    workflows: Annotated[
        Union[BetaManagedAgentsSessionMultiagentWorkflowsEnabled, BetaManagedAgentsMultiagentWorkflowsDisabled],
        Field(discriminator="type"),
    ]


class BetaManagedAgentsSessionAgent(BaseModel):
    """
    The agent definition a session resolved at creation.
    """

    description: Optional[str] = None
    execution_identity: Annotated[
        Union[BetaManagedAgentsAWSRoleExecutionIdentity, BetaManagedAgentsServiceAccountExecutionIdentity],
        Field(discriminator="type"),
    ]
    """
    The principal that runs of an agent act as.
    """
    id: str
    """
    Unique identifier of this object.
    """
    mcp_servers: list[BetaManagedAgentsMCPServerURLDefinition]
    model: BetaManagedAgentsModelConfig
    multiagent: Optional[
        Union[BetaManagedAgentsSessionMultiagentCoordinator, BetaManagedAgentsSessionMultiagent20261001]
    ] = None
    name: str
    skills: list[
        Annotated[Union[BetaManagedAgentsAnthropicSkill, BetaManagedAgentsCustomSkill], Field(discriminator="type")]
    ]
    system: Optional[str] = None
    tools: list[
        Annotated[
            Union[BetaManagedAgentsAgentToolset20260401, BetaManagedAgentsMCPToolset, BetaManagedAgentsCustomTool],
            Field(discriminator="type"),
        ]
    ]
    type: Literal["agent"]
    version: int


class BetaManagedAgentsSessionUpdatedEvent(BaseModel):
    """
    session.updated: the session's configuration changed.
    """

    agent: Optional[BetaManagedAgentsSessionAgent] = None
    budget: Optional[BetaManagedAgentsBudgetLimit] = None
    id: str
    """
    Unique identifier of this object.
    """
    metadata: Optional[dict[str, str]] = None
    """
    Free-form string key-value pairs attached by the caller.
    """
    processed_at: AwareDatetime
    """
    When the server recorded the event.
    """
    title: Optional[str] = None
    """
    Human-readable title.
    """
    type: Literal["session.updated"]


class BetaManagedAgentsStreamSessionEvents(
    RootModel[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsStartEvent,
            BetaManagedAgentsDeltaEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
        ]
    ]
):
    root: Annotated[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsStartEvent,
            BetaManagedAgentsDeltaEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
        ],
        Field(discriminator="type"),
    ]
    """
    One event of a session's event stream, told apart by type.
    """


class BetaManagedAgentsStreamSessionThreadEvents(
    RootModel[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsStartEvent,
            BetaManagedAgentsDeltaEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
        ]
    ]
):
    root: Annotated[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsStartEvent,
            BetaManagedAgentsDeltaEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
        ],
        Field(discriminator="type"),
    ]
    """
    One event of a session thread's event stream, told apart by type.
    """


class BetaManagedAgentsSession(BaseModel):
    """
    A Managed Agents session: one running instance of an agent in an environment.
    """

    agent: BetaManagedAgentsSessionAgent
    """
    The agent definition the session resolved at creation.
    """
    archived_at: Optional[AwareDatetime] = None
    """
    When the object was archived; null while it is not archived.
    """
    budget: Optional[BetaManagedAgentsBudgetLimit] = None
    """
    The enforced spend ceiling; null when the session has none.
    """
    created_at: AwareDatetime
    """
    When the object was created.
    """
    deployment_id: Optional[str] = None
    """
    The deployment that created the session; null otherwise.
    """
    environment_id: str
    """
    ID of the environment the session runs in.
    """
    id: str
    """
    Unique identifier of this object.
    """
    metadata: dict[str, str]
    """
    Free-form string key-value pairs attached by the caller.
    """
    outcome_evaluations: list[BetaManagedAgentsOutcomeEvaluationResource]
    """
    Evaluation state of each outcome defined in the session.
    """
    resources: list[
        Annotated[
            Union[
                BetaManagedAgentsGitHubRepositoryResource,
                BetaManagedAgentsFileResource,
                BetaManagedAgentsMemoryStoreResource,
            ],
            Field(discriminator="type"),
        ]
    ]
    stats: BetaManagedAgentsSessionStats
    status: Literal["rescheduling", "running", "idle", "terminated"]
    """
    Lifecycle state: rescheduling (retrying after a transient error), running, idle (waiting for input) or terminated.
    """
    title: Optional[str] = None
    """
    Human-readable title.
    """
    type: Literal["session"]
    updated_at: AwareDatetime
    """
    When the object was last changed.
    """
    usage: BetaManagedAgentsSessionUsage
    """
    Token usage summed over the session.
    """
    vault_ids: list[str]
    """
    IDs of vaults whose credentials the session may use.
    """


class BetaManagedAgentsSessionEventListResponse(BaseModel):
    """
    One page of session events.
    """

    data: list[
        Annotated[
            Union[
                BetaManagedAgentsUserMessageEvent,
                BetaManagedAgentsUserInterruptEvent,
                BetaManagedAgentsUserToolConfirmationEvent,
                BetaManagedAgentsUserCustomToolResultEvent,
                BetaManagedAgentsAgentCustomToolUseEvent,
                BetaManagedAgentsAgentMessageEvent,
                BetaManagedAgentsAgentThinkingEvent,
                BetaManagedAgentsAgentMCPToolUseEvent,
                BetaManagedAgentsAgentMCPToolResultEvent,
                BetaManagedAgentsAgentToolUseEvent,
                BetaManagedAgentsAgentToolResultEvent,
                BetaManagedAgentsAgentThreadMessageReceivedEvent,
                BetaManagedAgentsAgentThreadMessageSentEvent,
                BetaManagedAgentsAgentThreadContextCompactedEvent,
                BetaManagedAgentsSessionErrorEvent,
                BetaManagedAgentsSessionStatusRescheduledEvent,
                BetaManagedAgentsSessionStatusRunningEvent,
                BetaManagedAgentsSessionStatusIdleEvent,
                BetaManagedAgentsSessionStatusTerminatedEvent,
                BetaManagedAgentsSessionThreadCreatedEvent,
                BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
                BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
                BetaManagedAgentsSpanModelRequestStartEvent,
                BetaManagedAgentsSpanModelRequestEndEvent,
                BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
                BetaManagedAgentsUserDefineOutcomeEvent,
                BetaManagedAgentsSessionDeletedEvent,
                BetaManagedAgentsSessionThreadStatusRunningEvent,
                BetaManagedAgentsSessionThreadStatusIdleEvent,
                BetaManagedAgentsSessionThreadStatusTerminatedEvent,
                BetaManagedAgentsUserToolResultEvent,
                BetaManagedAgentsSessionThreadStatusRescheduledEvent,
                BetaManagedAgentsSessionUpdatedEvent,
                BetaManagedAgentsSystemMessageEvent,
                BetaManagedAgentsSessionUsageEvent,
                BetaManagedAgentsWorkflowRunCreatedEvent,
                BetaManagedAgentsWorkflowRunStatusEndedEvent,
                BetaManagedAgentsWorkflowRunPhaseStartedEvent,
                BetaManagedAgentsWorkflowRunPhaseEndedEvent,
                BetaManagedAgentsWorkflowRunStatusRunningEvent,
                BetaManagedAgentsWorkflowRunStatusIdleEvent,
                BetaManagedAgentsWorkflowRunErrorEvent,
            ],
            Field(discriminator="type"),
        ]
    ]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page; null when this is the last page.
    """


class BetaManagedAgentsSessionListResponse(BaseModel):
    """
    One page of sessions; follow next_page forwards or prev_page backwards.
    """

    data: list[BetaManagedAgentsSession]
    """
    The items of this page.
    """
    next_page: Optional[str] = None
    """
    Cursor of the next page; null when this is the last page.
    """
    prev_page: Optional[str] = None
    """
    Cursor of the previous page; null when this is the first page.
    """
