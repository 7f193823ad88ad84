"""Streams that build the final message from its events (message_start … message_stop) as they arrive."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import Any, Callable, Generic, Optional, TypeVar, cast

import pydantic

from ._base_client import AsyncStream, Stream, parse

__all__ = ["MessageStream", "AsyncMessageStream", "MessageStreamManager", "AsyncMessageStreamManager"]

M = TypeVar("M")
# content blocks whose `input` arrives as input_json_delta fragments
TOOL_INPUT_BLOCKS = frozenset({"tool_use", "server_tool_use", "mcp_tool_use"})


class MessageAccumulator:
    """The message so far, as JSON, updated by each event of the stream."""

    def __init__(self) -> None:
        self.snapshot: Optional[dict[str, Any]] = None
        self._json: dict[int, str] = {}  # tool input JSON received so far, by content block index

    def feed(self, event: Any) -> None:
        if not isinstance(event, pydantic.BaseModel):  # an UnknownEvent
            return
        # events built leniently may hold plain dicts where the description has models: no warnings for those
        data: dict[str, Any] = event.model_dump(mode="json", by_alias=True, exclude_unset=True, warnings=False)
        kind = data.get("type")
        if kind == "message_start":
            self.snapshot = copy.deepcopy(data["message"])
            return
        if self.snapshot is None:
            raise RuntimeError(f"the stream sent {kind!r} before message_start")
        content: list[dict[str, Any]] = self.snapshot.setdefault("content", [])
        if kind == "content_block_start":
            content.append(copy.deepcopy(data["content_block"]))
        elif kind == "content_block_delta":
            index: int = data["index"]
            self._delta(content[index], index, data["delta"])
        elif kind == "content_block_stop":
            index = data["index"]
            self._finish_input(content[index], index)
        elif kind == "message_delta":
            self._message_delta(data)

    def _delta(self, block: dict[str, Any], index: int, delta: dict[str, Any]) -> None:
        kind = delta.get("type")
        if kind == "text_delta" and block.get("type") == "text":
            block["text"] = block.get("text", "") + delta["text"]
        elif kind == "input_json_delta" and block.get("type") in TOOL_INPUT_BLOCKS:
            self._json[index] = self._json.get(index, "") + delta["partial_json"]
        elif kind == "citations_delta" and block.get("type") == "text":
            block["citations"] = [*(block.get("citations") or []), delta["citation"]]
        elif kind == "thinking_delta" and block.get("type") == "thinking":
            block["thinking"] = block.get("thinking", "") + delta["thinking"]
        elif kind == "signature_delta" and block.get("type") == "thinking":
            block["signature"] = delta["signature"]

    def _finish_input(self, block: dict[str, Any], index: int) -> None:
        text = self._json.pop(index, "")
        if text.strip():
            try:
                block["input"] = json.loads(text)
            except ValueError as exc:
                raise ValueError(f"the tool input of content block {index} is not JSON: {text!r}") from exc

    def _message_delta(self, data: dict[str, Any]) -> None:
        assert self.snapshot is not None
        delta: dict[str, Any] = data.get("delta") or {}
        for key in ("stop_reason", "stop_sequence", "stop_details"):
            if key in delta:
                self.snapshot[key] = delta[key]
        if delta.get("container") is not None:
            self.snapshot["container"] = delta["container"]
        usage: dict[str, Any] = self.snapshot.setdefault("usage", {})
        # usage in message_delta is cumulative: a count given replaces the one from message_start
        counts: dict[str, Any] = data.get("usage") or {}
        for key, value in counts.items():
            if value is not None:
                usage[key] = value

    def final(self) -> dict[str, Any]:
        if self.snapshot is None:
            raise RuntimeError("the stream ended before message_start")
        for index in list(self._json):
            self._finish_input(self.snapshot["content"][index], index)
        return self.snapshot


def _text_of(event: Any) -> Optional[str]:
    if getattr(event, "type", None) == "content_block_delta":
        delta = getattr(event, "delta", None)
        text: Any = getattr(delta, "text", None)
        if getattr(delta, "type", None) == "text_delta" and isinstance(text, str):
            return text
    return None


class MessageStream(Generic[M]):
    """The events of a message stream, and the message they build: `text_stream`, `get_final_message()`."""

    def __init__(self, stream: Stream[Any], model: Any) -> None:
        self._stream = stream
        self._model = model
        self._accumulator = MessageAccumulator()
        self._events = self._iterate()

    def _iterate(self) -> Iterator[Any]:
        for event in self._stream:
            self._accumulator.feed(event)
            yield event

    def __iter__(self) -> Iterator[Any]:
        return self._events

    @property
    def text_stream(self) -> Iterator[str]:
        """Only the text of each text delta, as it arrives."""
        for event in self._events:
            text = _text_of(event)
            if text is not None:
                yield text

    @property
    def current_message_snapshot(self) -> M:
        return cast(M, parse(self._model, self._accumulator.final()))

    def until_done(self) -> None:
        for _ in self._events:
            pass

    def get_final_message(self) -> M:
        """Reads the rest of the stream, then gives the whole message."""
        self.until_done()
        return self.current_message_snapshot

    def get_final_text(self) -> str:
        """The text blocks of the final message, joined."""
        self.until_done()
        content: list[dict[str, Any]] = self._accumulator.final().get("content", [])
        return "".join(block.get("text", "") for block in content if block.get("type") == "text")

    @property
    def response(self) -> Any:
        return self._stream.response

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> MessageStream[M]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncMessageStream(Generic[M]):
    """The events of a message stream, and the message they build: `text_stream`, `get_final_message()`."""

    def __init__(self, stream: AsyncStream[Any], model: Any) -> None:
        self._stream = stream
        self._model = model
        self._accumulator = MessageAccumulator()
        self._events = self._iterate()

    async def _iterate(self) -> AsyncIterator[Any]:
        async for event in self._stream:
            self._accumulator.feed(event)
            yield event

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._events

    @property
    async def text_stream(self) -> AsyncIterator[str]:
        """Only the text of each text delta, as it arrives."""
        async for event in self._events:
            text = _text_of(event)
            if text is not None:
                yield text

    @property
    def current_message_snapshot(self) -> M:
        return cast(M, parse(self._model, self._accumulator.final()))

    async def until_done(self) -> None:
        async for _ in self._events:
            pass

    async def get_final_message(self) -> M:
        """Reads the rest of the stream, then gives the whole message."""
        await self.until_done()
        return self.current_message_snapshot

    async def get_final_text(self) -> str:
        """The text blocks of the final message, joined."""
        await self.until_done()
        content: list[dict[str, Any]] = self._accumulator.final().get("content", [])
        return "".join(block.get("text", "") for block in content if block.get("type") == "text")

    @property
    def response(self) -> Any:
        return self._stream.response

    async def close(self) -> None:
        await self._stream.close()

    async def __aenter__(self) -> AsyncMessageStream[M]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class MessageStreamManager(Generic[M]):
    """`with client.messages.stream(...) as stream:` sends the request on entering, closes it on leaving."""

    def __init__(self, start: Callable[[], Stream[Any]], model: Any) -> None:
        self._start = start
        self._model = model
        self._stream: Optional[MessageStream[M]] = None

    def __enter__(self) -> MessageStream[M]:
        self._stream = MessageStream(self._start(), self._model)
        return self._stream

    def __exit__(self, *exc: object) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncMessageStreamManager(Generic[M]):
    """`async with client.messages.stream(...) as stream:` sends the request on entering, closes it on leaving."""

    def __init__(self, start: Callable[[], Awaitable[AsyncStream[Any]]], model: Any) -> None:
        self._start = start
        self._model = model
        self._stream: Optional[AsyncMessageStream[M]] = None

    async def __aenter__(self) -> AsyncMessageStream[M]:
        self._stream = AsyncMessageStream(await self._start(), self._model)
        return self._stream

    async def __aexit__(self, *exc: object) -> None:
        if self._stream is not None:
            await self._stream.close()
