"""Models of the Claude API schemas: generated from the spec, do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional, Union

from pydantic import AwareDatetime, BaseModel, Field, RootModel


class Details(BaseModel):
    """
    Machine-readable detail for some errors, such as an `error_code`.
    """

    error_code: Optional[str] = None


class ErrorType(
    RootModel[
        Literal[
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
    ]
):
    root: Literal[
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


class BashCodeExecutionToolResultErrorCode(
    RootModel[
        Literal[
            "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "output_file_too_large"
        ]
    ]
):
    root: Literal[
        "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "output_file_too_large"
    ]


class BashCodeExecutionToolResultErrorObject(BaseModel):
    error_code: BashCodeExecutionToolResultErrorCode
    type: Literal["bash_code_execution_tool_result_error"]


class BashCodeExecutionToolResultErrorParam(BaseModel):
    error_code: BashCodeExecutionToolResultErrorCode
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
    type: Literal["search_result_location"]


class CitationWebSearchResultLocationParam(BaseModel):
    cited_text: str
    encrypted_index: str
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
    type: Literal["search_result_location"]


class CitationsWebSearchResultLocation(BaseModel):
    cited_text: str
    encrypted_index: str
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


class CodeExecutionToolResultErrorCode(
    RootModel[Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"]]
):
    root: Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"]


class CodeExecutionToolResultErrorObject(BaseModel):
    error_code: CodeExecutionToolResultErrorCode
    type: Literal["code_execution_tool_result_error"]


class CodeExecutionToolResultErrorParam(BaseModel):
    error_code: CodeExecutionToolResultErrorCode
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


class KnownModel(
    RootModel[
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
        ]
    ]
):
    root: Literal[
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
    ]


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


class MessageTokensCount(BaseModel):
    input_tokens: int


class MetadataParam(BaseModel):
    user_id: Optional[str] = None


class Model(RootModel[Union[KnownModel, str]]):
    root: Union[KnownModel, str]


class OutputConfigParam(BaseModel):
    effort: Optional[Literal["low", "medium", "high", "xhigh", "max"]] = None
    format: Optional[JSONOutputFormatParam] = None


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
        "web_search",
        "web_fetch",
        "code_execution",
        "bash_code_execution",
        "text_editor_code_execution",
        "tool_search_tool_regex",
        "tool_search_tool_bm25",
    ]
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


class StopReason(
    RootModel[
        Literal[
            "end_turn",
            "max_tokens",
            "stop_sequence",
            "tool_use",
            "pause_turn",
            "refusal",
            "model_context_window_exceeded",
        ]
    ]
):
    root: Literal[
        "end_turn", "max_tokens", "stop_sequence", "tool_use", "pause_turn", "refusal", "model_context_window_exceeded"
    ]


class Citations(
    RootModel[
        Union[
            CitationCharLocation,
            CitationPageLocation,
            CitationContentBlockLocation,
            CitationsWebSearchResultLocation,
            CitationsSearchResultLocation,
        ]
    ]
):
    root: Annotated[
        Union[
            CitationCharLocation,
            CitationPageLocation,
            CitationContentBlockLocation,
            CitationsWebSearchResultLocation,
            CitationsSearchResultLocation,
        ],
        Field(discriminator="type"),
    ]


class TextBlock(BaseModel):
    citations: Optional[list[Citations]] = None
    text: str
    type: Literal["text"]


class Citations1(
    RootModel[
        Union[
            CitationCharLocationParam,
            CitationPageLocationParam,
            CitationContentBlockLocationParam,
            CitationWebSearchResultLocationParam,
            CitationSearchResultLocationParam,
        ]
    ]
):
    root: Annotated[
        Union[
            CitationCharLocationParam,
            CitationPageLocationParam,
            CitationContentBlockLocationParam,
            CitationWebSearchResultLocationParam,
            CitationSearchResultLocationParam,
        ],
        Field(discriminator="type"),
    ]


class TextBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    citations: Optional[list[Citations1]] = None
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


class TextEditorCodeExecutionToolResultErrorCode(
    RootModel[
        Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "file_not_found"]
    ]
):
    root: Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "file_not_found"]


class TextEditorCodeExecutionToolResultErrorObject(BaseModel):
    error_code: TextEditorCodeExecutionToolResultErrorCode
    error_message: Optional[str] = None
    type: Literal["text_editor_code_execution_tool_result_error"]


class TextEditorCodeExecutionToolResultErrorParam(BaseModel):
    error_code: TextEditorCodeExecutionToolResultErrorCode
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


class ThinkingConfigAdaptiveParam(BaseModel):
    display: Optional[Literal["summarized", "omitted"]] = None
    type: Literal["adaptive"]


class ThinkingConfigBetweenToolsParam(BaseModel):
    type: Literal["between_tools"]


class ThinkingConfigDisabledParam(BaseModel):
    type: Literal["disabled"]


class ThinkingConfigEnabledParam(BaseModel):
    budget_tokens: int
    display: Optional[Literal["summarized", "omitted"]] = None
    type: Literal["enabled"]


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
    error_code: CodeExecutionToolResultErrorCode
    error_message: Optional[str] = None
    type: Literal["tool_search_tool_result_error"]


class ToolSearchToolResultErrorParam(BaseModel):
    error_code: CodeExecutionToolResultErrorCode
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


class Usage(BaseModel):
    cache_creation: Optional[CacheCreation] = None
    cache_creation_input_tokens: Optional[int] = None
    cache_read_input_tokens: Optional[int] = None
    inference_geo: Optional[str] = None
    input_tokens: int
    output_tokens: int
    output_tokens_details: Optional[OutputTokensDetails] = None
    server_tool_use: Optional[ServerToolUsage] = None
    service_tier: Optional[Literal["standard", "priority", "batch"]] = None
    speed: Optional[Literal["standard", "fast"]] = None


class UserLocationParam(BaseModel):
    city: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    timezone: Optional[str] = None
    type: Literal["approximate"]


class WebFetchToolResultErrorCode(
    RootModel[
        Literal[
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
    ]
):
    root: Literal[
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
    type: Literal["web_search_result"]
    url: str


class WebSearchResultBlockParam(BaseModel):
    encrypted_content: str
    page_age: Optional[str] = None
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


class WebSearchToolResultErrorCode(
    RootModel[
        Literal[
            "invalid_tool_input",
            "unavailable",
            "max_uses_exceeded",
            "too_many_requests",
            "query_too_long",
            "request_too_large",
        ]
    ]
):
    root: Literal[
        "invalid_tool_input",
        "unavailable",
        "max_uses_exceeded",
        "too_many_requests",
        "query_too_long",
        "request_too_large",
    ]


class WebSearchToolResultErrorObject(BaseModel):
    error_code: WebSearchToolResultErrorCode
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


class MessageDeltaUsage(BaseModel):
    cache_creation_input_tokens: Optional[int] = None
    cache_read_input_tokens: Optional[int] = None
    input_tokens: Optional[int] = None
    output_tokens: int
    output_tokens_details: Optional[OutputTokensDetails] = None
    server_tool_use: Optional[ServerToolUsage] = None


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


class ModelLine(RootModel[Literal["haiku", "sonnet", "opus", "fable", "mythos"]]):
    root: Literal["haiku", "sonnet", "opus", "fable", "mythos"]


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


class BetaDreamStatus(RootModel[Literal["pending", "running", "completed", "failed", "canceled"]]):
    root: Literal["pending", "running", "completed", "failed", "canceled"]
    """
    Where a dream is in its lifecycle; `completed`, `failed` and `canceled` are final.
    """


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


class BetaManagedAgentsCredentialValidationStatus(RootModel[Literal["valid", "invalid", "unknown"]]):
    root: Literal["valid", "invalid", "unknown"]
    """
    The overall verdict of a validation probe.
    """


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


class BetaManagedAgentsMemoryVersionOperation(RootModel[Literal["created", "modified", "deleted"]]):
    root: Literal["created", "modified", "deleted"]
    """
    The kind of change a memory version records.
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


class UserProfileAccessType(RootModel[Literal["application", "passthrough"]]):
    root: Literal["application", "passthrough"]
    """
    `application`: an end user of the platform's product (default); `passthrough`: a company the platform resells access to.
    """


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


class UserProfileEnforcementActionNextStep(RootModel[Literal["verify"]]):
    root: Literal["verify"]
    """
    `verify`: the end user can clear the action by passing an identity check.
    """


class UserProfileEnforcementActionReason(
    RootModel[
        Literal[
            "unsupported_region",
            "fraud_or_abuse",
            "high_harm",
            "usage_policy_violation",
            "account_compromise",
            "unspecified",
        ]
    ]
):
    root: Literal[
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


class UserProfileEnforcementActionRestriction(BaseModel):
    """
    Anthropic limits how it serves the end user until the action is resolved.
    """

    id: str
    """
    The action's ID (`enac_...`), stable while it is open.
    """
    action: Optional[UserProfileEnforcementActionNextStep] = None
    """
    The next step the end user can take, or null if there is none now.
    """
    expires_at: Optional[AwareDatetime] = None
    """
    When the action ends on its own; null when it has no end date.
    """
    opened_at: AwareDatetime
    reason: UserProfileEnforcementActionReason
    type: Literal["restriction"]


class UserProfileEnforcementStatus(RootModel[Literal["unrestricted", "pending", "restricted", "banned"]]):
    root: Literal["unrestricted", "pending", "restricted", "banned"]
    """
    Anthropic's enforcement status of the profile, derived from its open enforcement actions.
    """


class UserProfileEnrollEndUserActionParam(BaseModel):
    """
    The end user the profile represents enrolls in a program.
    """

    type: Literal["enroll_end_user"]


class UserProfileExternalUserAccountStatus(RootModel[Literal["active", "suspended", "blocked"]]):
    root: Literal["active", "suspended", "blocked"]
    """
    The status of the entity's account on the platform.
    """


class UserProfileExternalUserEntityType(RootModel[Literal["individual", "business", "non_profit", "government"]]):
    root: Literal["individual", "business", "non_profit", "government"]
    """
    What kind of entity the profile represents.
    """


class UserProfileProgramStatus(RootModel[Literal["active", "pending", "rejected"]]):
    root: Literal["active", "pending", "rejected"]
    """
    A profile's status in a program.
    """


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


class ErrorObject(BaseModel):
    type: ErrorType
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


class StateChanges(
    RootModel[
        Union[
            BrowserStateChangeTabOpenedParam,
            BrowserStateChangeDownloadStartedParam,
            BrowserStateChangeDownloadCompletedParam,
            BrowserStateChangeDownloadFailedParam,
        ]
    ]
):
    root: Annotated[
        Union[
            BrowserStateChangeTabOpenedParam,
            BrowserStateChangeDownloadStartedParam,
            BrowserStateChangeDownloadCompletedParam,
            BrowserStateChangeDownloadFailedParam,
        ],
        Field(discriminator="type"),
    ]


class BrowserStateBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    state_changes: Optional[list[StateChanges]] = None
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
    type: Literal["document"]


class ImageBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    source: Annotated[
        Union[Base64ImageSourceParam, URLImageSourceParam, FileImageSourceParam], Field(discriminator="type")
    ]
    transformations: Optional[ImageTransformationsParam] = None
    type: Literal["image"]


class SearchResultBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    citations: Optional[CitationsConfigParam] = None
    content: list[TextBlockParam]
    source: str
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


class WebFetchBlock(BaseModel):
    content: DocumentBlock
    retrieved_at: Optional[str] = None
    type: Literal["web_fetch_result"]
    url: str


class WebFetchToolResultErrorBlock(BaseModel):
    error_code: WebFetchToolResultErrorCode
    type: Literal["web_fetch_tool_result_error"]


class WebFetchToolResultErrorBlockParam(BaseModel):
    error_code: WebFetchToolResultErrorCode
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
    error_code: WebSearchToolResultErrorCode
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
    stop_reason: Optional[StopReason] = None
    stop_sequence: Optional[str] = None


class RawContentBlockDeltaEvent(BaseModel):
    delta: Annotated[
        Union[TextDelta, InputJSONDelta, CitationsDelta, ThinkingDelta, SignatureDelta], Field(discriminator="type")
    ]
    index: int
    type: Literal["content_block_delta"]


class RawMessageDeltaEvent(BaseModel):
    delta: Delta
    type: Literal["message_delta"]
    usage: MessageDeltaUsage


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


class BetaDreamInput(RootModel[Union[BetaDreamMemoryStoreInput, BetaDreamSessionsInput]]):
    root: Annotated[Union[BetaDreamMemoryStoreInput, BetaDreamSessionsInput], Field(discriminator="type")]
    """
    A source a dream reads.
    """


class BetaDreamInputParam(RootModel[Union[BetaDreamMemoryStoreInputParam, BetaDreamSessionsInputParam]]):
    root: Annotated[Union[BetaDreamMemoryStoreInputParam, BetaDreamSessionsInputParam], Field(discriminator="type")]
    """
    A source for a dream to read.
    """


class BetaManagedAgentsActor(
    RootModel[
        Union[
            BetaManagedAgentsSessionActor,
            BetaManagedAgentsAPIActor,
            BetaManagedAgentsUserActor,
            BetaManagedAgentsServiceAccountActor,
        ]
    ]
):
    root: Annotated[
        Union[
            BetaManagedAgentsSessionActor,
            BetaManagedAgentsAPIActor,
            BetaManagedAgentsUserActor,
            BetaManagedAgentsServiceAccountActor,
        ],
        Field(discriminator="type"),
    ]
    """
    Who made a change.
    """


class BetaManagedAgentsCredentialNetworkingParams(
    RootModel[
        Union[
            BetaManagedAgentsUnrestrictedCredentialNetworkingParams, BetaManagedAgentsLimitedCredentialNetworkingParams
        ]
    ]
):
    root: Annotated[
        Union[
            BetaManagedAgentsUnrestrictedCredentialNetworkingParams, BetaManagedAgentsLimitedCredentialNetworkingParams
        ],
        Field(discriminator="type"),
    ]
    """
    The outbound hosts a secret is substituted on.
    """


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

    networking: BetaManagedAgentsCredentialNetworkingParams
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
    networking: Optional[BetaManagedAgentsCredentialNetworkingParams] = None
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


class BetaManagedAgentsMemoryListItem(RootModel[Union[BetaManagedAgentsMemory, BetaManagedAgentsMemoryPrefix]]):
    root: Annotated[Union[BetaManagedAgentsMemory, BetaManagedAgentsMemoryPrefix], Field(discriminator="type")]
    """
    An item of a memory listing, a memory or a directory marker.
    """


class BetaManagedAgentsMemoryListResponse(BaseModel):
    """
    One page of memories and directory markers.
    """

    data: list[BetaManagedAgentsMemoryListItem]
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
    operation: BetaManagedAgentsMemoryVersionOperation
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
    created_by: Optional[BetaManagedAgentsActor] = None
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
    redacted_by: Optional[BetaManagedAgentsActor] = None
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


class BetaOutputBehavior(RootModel[Union[BetaOutputBehaviorCreateNew, BetaOutputBehaviorUpdateExisting]]):
    root: Annotated[Union[BetaOutputBehaviorCreateNew, BetaOutputBehaviorUpdateExisting], Field(discriminator="type")]
    """
    Which memory store a dream writes its result to.
    """


class BetaOutputBehaviorParam(
    RootModel[Union[BetaOutputBehaviorCreateNewParam, BetaOutputBehaviorUpdateExistingParam]]
):
    root: Annotated[
        Union[BetaOutputBehaviorCreateNewParam, BetaOutputBehaviorUpdateExistingParam], Field(discriminator="type")
    ]
    """
    Which memory store a dream writes its result to; `create_new` when omitted.
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
    inputs: list[BetaDreamInputParam]
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
    output_behavior: Optional[BetaOutputBehaviorParam] = None


class UserProfileCyberProgram(BaseModel):
    """
    A profile's standing in the Cyber Verification Program.
    """

    requirements: Optional[UserProfileCyberRequirements] = None
    """
    What a request must allow to get the relaxed safeguards of the active tiers; null when no tier is active.
    """
    status: UserProfileProgramStatus
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
    status: UserProfileProgramStatus


class UserProfileEnforcementActionBan(BaseModel):
    """
    Anthropic has stopped serving the end user where the ban applies.
    """

    id: str
    """
    The action's ID (`enac_...`), stable while it is open.
    """
    action: Optional[UserProfileEnforcementActionNextStep] = None
    """
    Always null; a ban cannot be cleared by the end user.
    """
    expires_at: Optional[AwareDatetime] = None
    """
    Always null; a ban has no end date.
    """
    opened_at: AwareDatetime
    reason: UserProfileEnforcementActionReason
    type: Literal["ban"]


class UserProfileExternalUserDetails(BaseModel):
    """
    Details about the entity as the platform states them (unverified); each is null until supplied.
    """

    account_status: Optional[UserProfileExternalUserAccountStatus] = None
    country: Optional[str] = None
    """
    ISO 3166-1 alpha-2 country code.
    """
    email_hash: Optional[str] = None
    """
    The platform's hash of the entity's email address.
    """
    entity_type: Optional[UserProfileExternalUserEntityType] = None
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

    account_status: Optional[UserProfileExternalUserAccountStatus] = None
    country: Optional[str] = None
    """
    ISO 3166-1 alpha-2 code in upper case, such as `US`.
    """
    email_hash: Optional[str] = None
    """
    The platform's hash of the entity's email address, 1 to 255 characters.
    """
    entity_type: Optional[UserProfileExternalUserEntityType] = None
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
    access_type: Optional[UserProfileAccessType] = None
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


class BrowserToolset20260801Param(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    configs: Optional[BrowserToolsetConfigsParam] = None
    type: Literal["browser_toolset_20260801"]


class ComputerToolset20260801Param(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    configs: Optional[ComputerToolsetConfigsParam] = None
    type: Literal["computer_toolset_20260801"]


class Content(RootModel[Union[TextBlockParam, ImageBlockParam]]):
    root: Annotated[Union[TextBlockParam, ImageBlockParam], Field(discriminator="type")]


class ContentBlockSourceParam(BaseModel):
    content: Union[str, list[Content]]
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
    type: Literal["document"]


class Content2(
    RootModel[
        Union[
            TextBlockParam,
            ImageBlockParam,
            SearchResultBlockParam,
            DocumentBlockParam,
            ToolReferenceBlockParam,
            BrowserStateBlockParam,
        ]
    ]
):
    root: Annotated[
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


class ToolResultBlockParam(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    content: Optional[Union[str, list[Content2]]] = None
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
        ],
        Field(discriminator="type"),
    ]
    index: int
    type: Literal["content_block_start"]


class ModelCapabilities(BaseModel):
    batch: CapabilitySupport
    citations: CapabilitySupport
    code_execution: CapabilitySupport
    context_management: ContextManagementCapability
    effort: EffortCapability
    image_input: CapabilitySupport
    pdf_input: CapabilitySupport
    server_tools: ServerToolsCapability
    structured_outputs: CapabilitySupport
    thinking: ThinkingCapability


class ModelInfo(BaseModel):
    capabilities: Optional[ModelCapabilities] = None
    created_at: AwareDatetime
    deprecated_at: Optional[AwareDatetime] = None
    display_name: str
    id: str
    lifecycle: Literal["active", "deprecated", "retired"]
    line: Optional[ModelLine] = None
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
    inputs: list[BetaDreamInput]
    """
    The sources the dream reads.
    """
    instructions: Optional[str] = None
    """
    The guidance given at creation, or null.
    """
    model: BetaDreamModelConfig
    output_behavior: BetaOutputBehavior
    outputs: list[BetaDreamOutput]
    """
    The memory store holding the result, as a one-item array; empty until recorded.
    """
    session_id: Optional[str] = None
    """
    The session that runs the dream (`sesn_...`), or null until it starts.
    """
    status: BetaDreamStatus
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
    status: BetaManagedAgentsCredentialValidationStatus
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
    access_type: Optional[UserProfileAccessType] = None
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


class UserProfileEnforcementAction(
    RootModel[Union[UserProfileEnforcementActionRestriction, UserProfileEnforcementActionBan]]
):
    root: Annotated[
        Union[UserProfileEnforcementActionRestriction, UserProfileEnforcementActionBan], Field(discriminator="type")
    ]
    """
    An open enforcement action on a profile.
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


class Content1(
    RootModel[
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
        ]
    ]
):
    root: Annotated[
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
        ],
        Field(discriminator="type"),
    ]


class Message(BaseModel):
    container: Optional[Container] = None
    content: list[Content1]
    diagnostics: Optional[Diagnostics] = None
    id: str
    model: Model
    role: Literal["assistant"]
    stop_details: Optional[RefusalStopDetails] = None
    stop_reason: Optional[StopReason] = None
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
    access_type: UserProfileAccessType
    created_at: AwareDatetime
    enforcement_actions: list[UserProfileEnforcementAction]
    """
    The enforcement actions open on this profile; empty when none is open.
    """
    enforcement_status: UserProfileEnforcementStatus
    external_user_details: UserProfileExternalUserDetails
    metadata: dict[str, str]
    """
    Key-value pairs attached to the profile (at most 16).
    """
    name: Optional[str] = None
    """
    Real-world name of the entity (person or company); null until the platform supplies one.
    """
    programs: UserProfilePrograms
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


class MessageCountTokensParams(BaseModel):
    cache_control: Optional[CacheControlEphemeralParam] = None
    """
    Automatic prompt caching for the whole request.
    """
    messages: list[Union[UserMessageParam, AssistantMessageParam, SystemMessageParam]]
    """
    The conversation so far: alternating user and assistant turns. A final assistant turn is continued (prefill) on models that support it.
    """
    model: Model
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

    cache_control: Optional[CacheControlEphemeralParam] = None
    """
    Automatic prompt caching for the whole request.
    """
    container: Optional[Union[ContainerParams, str]] = None
    """
    The container to reuse for code execution: its ID, or parameters for a new one.
    """
    diagnostics: Optional[DiagnosticsParam] = None
    """
    Ask for diagnostics, such as why the prompt cache was missed.
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
    metadata: Optional[MetadataParam] = None
    model: Model
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


class MessageBatchCreateParams(BaseModel):
    requests: list[MessageBatchRequest]
