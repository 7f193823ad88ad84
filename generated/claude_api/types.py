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
