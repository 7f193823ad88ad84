"""The generated runtime's decoders, on the spec's own recorded-shape bodies."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claude_api import APIStatusError, Client, RequestTooLargeError, types
from claude_api._base_client import BOM, OMIT, SSEDecoder

SPEC = json.loads(
    (Path(__file__).resolve().parent.parent / "generated/claude_api/openapi.json").read_text(encoding="utf-8")
)
STREAM = SPEC["paths"]["/v1/messages"]["post"]["responses"]["200"]["content"]["text/event-stream"]["example"]
SPEC_EXAMPLE_MESSAGE = json.dumps(
    next(
        iter(
            SPEC["paths"]["/v1/messages"]["post"]["responses"]["200"]["content"]["application/json"][
                "examples"
            ].values()
        )
    )["value"]
)


def events(chunks: list[bytes]) -> list[tuple[str, str]]:
    decoder = SSEDecoder()
    return [event for chunk in chunks for event in decoder.feed(chunk)]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_sse_any_split_gives_the_same_events(newline: str) -> None:
    body = STREAM.replace("\n", newline).encode()
    whole = events([body])
    assert [name for name, _ in whole][:2] == ["message_start", "content_block_start"] and len(whole) == 8
    for cut in range(1, len(body)):
        assert events([body[:cut], body[cut:]]) == whole, cut
    assert events([body[i : i + 1] for i in range(len(body))]) == whole


def test_sse_multiline_data_and_comments() -> None:
    assert events([b": keep-alive\n", b"event: x\ndata: a\ndata: b\n\n"]) == [("x", "a\nb")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"data:x\n\n", [("message", "x")]),  # no space after the colon; no event line: "message"
        (b"data:  two spaces\n\n", [("message", " two spaces")]),  # only one space is dropped
        (b"data\n\ndata:\n\n", [("message", ""), ("message", "")]),  # no colon: the whole line names the field
        (b"data: a\r\rdata: b\r\n\r\ndata: c\n\r\n", [("message", "a"), ("message", "b"), ("message", "c")]),
        (b"event: only\n\n: comment\n\nid: 1\nretry: 5\n\n", []),  # no data line: nothing to give
        (b"\n\n\nevent: x\n\n\n\ndata: y\n\n\n", [("message", "y")]),  # blank lines reset the event type
        (b"data: 1\n\ndata: unfinished\n", [("message", "1")]),  # an event without its empty line is dropped
        (b"\xef\xbb\xbfdata: bom\n\n", [("message", "bom")]),  # a byte order mark opening the stream
        (b"data: \xef\xbb\xbfkept\n\n", [("message", "\ufeffkept")]),  # elsewhere it is data
        (b"data: bad \xff byte\n\n", [("message", "bad \ufffd byte")]),  # invalid UTF-8 is replaced
        (b"event:e\rdata:\xf0\x9f\x8c\xb1\r\r", [("e", "\U0001f331")]),
    ],
)
def test_sse_field_rules_under_every_split(body: bytes, expected: list[tuple[str, str]]) -> None:
    assert events([body]) == expected
    for cut in range(1, len(body)):
        assert events([body[:cut], body[cut:]]) == expected, cut
        assert events([body[:cut], b"", body[cut:]]) == expected, cut
    assert events([body[i : i + 1] for i in range(len(body))]) == expected


def reference_events(body: bytes) -> list[tuple[str, str]]:
    """The WHATWG algorithm as written: decode the whole body, then one line at a time."""
    text = body.decode("utf-8", "replace").removeprefix("\ufeff")
    *lines, _unfinished = re.split("\r\n|\r|\n", text)
    out: list[tuple[str, str]] = []
    kind, data = "", ""
    for line in lines:
        if not line:
            if data:
                out.append((kind or "message", data[:-1]))
            kind, data = "", ""
            continue
        name, colon, value = line.partition(":")
        if not name and colon:
            continue
        value = value[1:] if value.startswith(" ") else value
        if name == "event":
            kind = value
        elif name == "data":
            data += value + "\n"
    return out


SSE_LINES = st.one_of(
    st.sampled_from(["", "", ":", ": ping", "event: e", "event:", "data", "data:", "data: ", "id: 7", "retry: 9"]).map(
        str.encode
    ),
    st.builds(
        "data:{}".format, st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=6)
    ).map(str.encode),
    st.builds("event: {}".format, st.sampled_from(["content_block_delta", "é", "🌱"])).map(str.encode),
    # any bytes, invalid UTF-8 included
    st.binary(max_size=6).map(lambda raw: b"data: " + raw.replace(b"\r", b"").replace(b"\n", b"")),
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.lists(st.tuples(SSE_LINES, st.sampled_from([b"\n", b"\r\n", b"\r"])), max_size=12),
    st.booleans(),
    st.lists(st.integers(min_value=0, max_value=200), max_size=10),
)
def test_sse_decoder_matches_the_standard_under_any_chunking(
    lines: list[tuple[bytes, bytes]], bom: bool, cuts: list[int]
) -> None:
    body = (BOM if bom else b"") + b"".join(line + end for line, end in lines)
    edges = [0, *sorted(cut for cut in cuts if cut <= len(body)), len(body)]
    assert events([body[a:b] for a, b in zip(edges, edges[1:])]) == reference_events(body)


def _client(handler: httpx.MockTransport) -> Client:
    return Client(api_key="sk-secret-value", max_retries=0, http_client=httpx.Client(transport=handler))


def test_error_event_inside_a_200_stream_raises() -> None:
    body = (
        STREAM.split("event: content_block_delta")[0]
        + 'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n'
    )
    client = _client(
        httpx.MockTransport(lambda r: httpx.Response(200, text=body, headers={"content-type": "text/event-stream"}))
    )
    stream = client.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": "hi"}], stream=True)
    seen: list[str] = []
    with pytest.raises(APIStatusError) as caught:
        for event in stream:  # the body arrives in one chunk: the events before the error still come first
            seen.append(event.type)
    assert caught.value.type == "overloaded_error"
    assert seen == ["message_start", "content_block_start"]


def test_html_error_page_gives_a_typed_error_without_the_key() -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    client = _client(httpx.MockTransport(lambda r: httpx.Response(502, text=page, headers={"request-id": "req_1"})))
    with pytest.raises(APIStatusError) as caught:
        client.models.retrieve("claude-sonnet-4-5")
    assert (
        caught.value.status_code == 502
        and "502 Bad Gateway" in str(caught.value)
        and caught.value.request_id == "req_1"
    )
    assert "sk-secret-value" not in repr(client) + str(caught.value) + repr(caught.value)


def test_a_content_type_of_extra_headers_is_the_one_sent() -> None:
    """As the other headers: a caller's content-type (any spelling) replaces the spec's, never joins it."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, text=SPEC_EXAMPLE_MESSAGE, headers={"content-type": "application/json"})

    client = _client(httpx.MockTransport(answer))
    message = [{"role": "user", "content": "hi"}]
    client.messages.create(model="m", max_tokens=1, messages=message)
    client.messages.create(
        model="m", max_tokens=1, messages=message, extra_headers={"Content-Type": "application/json; charset=utf-8"}
    )
    assert [r.headers.get_list("content-type") for r in sent] == [
        ["application/json"],
        ["application/json; charset=utf-8"],
    ]


def test_extra_body_is_never_dropped() -> None:
    """Without a body of its own an operation sends the extras as its JSON body, as the official SDK does; a body
    sent as it is has no fields to join them to, which is an error, not a silent loss."""
    from claude_api._base_client import Request

    sent: list[httpx.Request] = []
    client = _client(
        httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={"data": [], "has_more": False}))
    )
    client.models.list(extra_body={"probe": True})
    assert sent[0].content == b'{"probe":true}' and sent[0].headers["content-type"] == "application/json"
    for omitted_or_not in ("text", OMIT):
        with pytest.raises(TypeError, match="extra_body has no fields to join"):
            Request("PUT", "/v1/notes", content=omitted_or_not, content_type="text/plain", extra_body={"probe": True})


def test_a_body_that_is_one_json_value() -> None:
    """An array, a union or a map body is one argument: sent as JSON; extras join it only where it is an object."""
    from claude_api._base_client import Request

    assert Request("PUT", "/v1/labels", json_value=["a", "b"]).content == b'["a","b"]'
    assert Request("PUT", "/v1/labels", json_value={"a": 1}, extra_body={"b": 2}).body == {"a": 1, "b": 2}
    assert Request("PUT", "/v1/labels", json_value=OMIT).content is None
    with pytest.raises(TypeError, match="JSON body is not an object"):
        Request("PUT", "/v1/labels", json_value=["a"], extra_body={"b": 2})


def test_oversized_body_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []
    client = _client(httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200)))
    with pytest.raises(RequestTooLargeError) as caught:
        client.messages.count_tokens(model="m", messages=[{"role": "user", "content": "x" * 33554432}])
    assert caught.value.limit == 33554432 and sent == []


def test_fake_transport_answers_with_the_spec_examples_and_rejects_bad_requests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_AUTH_TOKEN", raising=False)
    from openapi_core.exceptions import OpenAPIError

    from claude_api.testing import FakeTransport

    transport = FakeTransport()
    client = Client(api_key="k", max_retries=0, http_client=httpx.Client(transport=transport))
    assert client.models.retrieve("claude-sonnet-4-5").id == "claude-sonnet-4-5-20250929"
    stream = client.messages.create(model="m", max_tokens=5, messages=[{"role": "user", "content": "hi"}], stream=True)
    assert [event.type for event in stream][-1] == "message_stop"
    results = list(client.messages.batches.results("msgbatch_1"))
    assert [r.custom_id for r in results] == ["my-first-request", "my-second-request"]
    with pytest.raises(OpenAPIError):
        client.messages.create(model="m", max_tokens="many", messages=[])  # type: ignore[arg-type]
    with pytest.raises(OpenAPIError):
        Client(
            api_key=None, auth_token=None, max_retries=0, http_client=httpx.Client(transport=transport)
        ).models.list()
    assert len(transport.requests) == 3  # the rejected ones are not recorded


def _models_page(ids: list[str], has_more: bool) -> str:
    """A page of models.list with these ids, in the id-cursor shape."""
    data = [
        {"id": i, "type": "model", "display_name": i, "lifecycle": "active", "created_at": "2025-01-01T00:00:00Z"}
        for i in ids
    ]
    return json.dumps({"data": data, "has_more": has_more, "first_id": ids[0], "last_id": ids[-1]})


def test_id_cursor_walks_backwards_from_before_id() -> None:
    from claude_api.testing import FakeTransport

    transport = FakeTransport()
    transport.queue(200, "application/json", _models_page(["m5", "m4"], True))
    transport.queue(200, "application/json", _models_page(["m3", "m2"], True))
    transport.queue(200, "application/json", _models_page(["m1"], False))
    client = Client(api_key="k", max_retries=0, http_client=httpx.Client(transport=transport))
    first = client.models.list(before_id="m6", limit=2)
    assert first.has_next_page()
    assert [m.id for m in first] == ["m5", "m4", "m3", "m2", "m1"]
    assert [r.url.params.get("before_id") for r in transport.requests] == ["m6", "m5", "m3"]
    assert all("after_id" not in r.url.params and r.url.params["limit"] == "2" for r in transport.requests)


def test_betas_query_arrays_and_extras_reach_the_wire() -> None:
    from claude_api.testing import FakeTransport

    transport = FakeTransport()
    client = Client(api_key="k", max_retries=0, http_client=httpx.Client(transport=transport))
    client.models.list(
        lifecycle=["active", "deprecated"],
        betas=["files-api-2025-04-14", "files-api-2025-04-14", "skills-2025-10-02"],
        workspace_id="wrkspc_1",
        extra_headers={"x-trace": "1"},
        extra_query={"limit": 5},
    )
    sent = transport.requests[0]
    assert sent.url.params.get_list("lifecycle[]") == ["active", "deprecated"] and sent.url.params["limit"] == "5"
    assert sent.headers["anthropic-beta"] == "files-api-2025-04-14,skills-2025-10-02"
    assert sent.headers["anthropic-workspace-id"] == "wrkspc_1" and sent.headers["x-trace"] == "1"
    assert "anthropic-user-profile-id" not in sent.headers  # omitted arguments are not sent


def test_unknown_events_pass_through_and_ping_is_skipped() -> None:
    from claude_api import UnknownEvent

    extra = 'event: brand_new_event\ndata: {"type":"brand_new_event","detail":1}\n\n'
    body = STREAM.replace("event: message_stop", extra + "event: message_stop")
    client = _client(
        httpx.MockTransport(lambda r: httpx.Response(200, text=body, headers={"content-type": "text/event-stream"}))
    )
    events = list(
        client.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": "hi"}], stream=True)
    )
    unknown = [e for e in events if isinstance(e, UnknownEvent)]
    assert unknown == [UnknownEvent("brand_new_event", {"type": "brand_new_event", "detail": 1})]
    assert [e.type for e in events][-2:] == ["brand_new_event", "message_stop"] and "ping" not in [
        e.type for e in events
    ]


def test_what_the_description_does_not_know_yet_is_kept_not_refused() -> None:
    """A new stop_reason, a new kind of block, a new field: the known parts stay typed, the rest as sent."""
    message = json.loads(SPEC_EXAMPLE_MESSAGE)
    message["stop_reason"] = "brand_new_reason"
    message["content"] = [*message["content"], {"type": "hologram", "frames": 3}]
    message["shiny_new_field"] = True
    body = json.dumps(message)
    client = _client(
        httpx.MockTransport(lambda r: httpx.Response(200, text=body, headers={"content-type": "application/json"}))
    )
    result = client.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": "hi"}])
    assert isinstance(result, types.Message) and result.stop_reason == "brand_new_reason"
    assert isinstance(result.content[0], types.TextBlock) and isinstance(result.usage, types.Usage)
    assert result.content[-1] == {"type": "hologram", "frames": 3}


def test_a_stream_with_a_new_delta_kind_still_builds_the_message() -> None:
    extra = (
        'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,'
        '"delta":{"type":"sparkle_delta","sparkle":"*"}}\n\n'
    )
    body = STREAM.replace("event: content_block_stop", extra + "event: content_block_stop", 1)
    client = _client(
        httpx.MockTransport(lambda r: httpx.Response(200, text=body, headers={"content-type": "text/event-stream"}))
    )
    with client.messages.stream(model="m", max_tokens=1, messages=[{"role": "user", "content": "hi"}]) as stream:
        events = list(stream)
        final = stream.get_final_message()
    assert [e.delta for e in events if e.type == "content_block_delta"][-1] == {"type": "sparkle_delta", "sparkle": "*"}
    assert final.content[0].type == "text" and final.stop_reason == "end_turn"


def test_importing_the_package_leaves_models_and_resources_for_first_use() -> None:
    """`import claude_api` loads no models; `claude_api.types` and a client's resources load when first used."""
    code = """if True:
        import sys
        import claude_api
        lazy = ["claude_api.types", "claude_api.resources", "claude_api._models"]
        print([name for name in lazy if name in sys.modules])
        assert claude_api.types.Message.__name__ == "Message"
        client = claude_api.Client(api_key="sk-test")
        assert type(client.messages).__module__ == "claude_api.resources.messages"
        assert type(client.messages) is type(client.messages)
        from claude_api.types import Usage
        print(Usage.__module__)
    """
    generated = Path(__file__).resolve().parent.parent / "generated"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(generated)},
        check=True,
    )
    assert result.stdout.split("\n")[:2] == ["[]", "claude_api.types"]


def test_every_model_builds_with_the_client_dependencies_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Models defer their build to first use, so a type that needs a package the client does not depend on
    (pydantic's EmailStr needs email-validator) would fail only when a response holds it: build them all."""
    from pydantic import BaseModel

    monkeypatch.setitem(sys.modules, "email_validator", None)  # an extra of pydantic, not ours: importing it fails
    models = [
        value
        for value in vars(types).values()
        if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == types.__name__
    ]
    assert len(models) > 1000
    for model in models:
        model.model_rebuild(force=True)


COLORS = ["blue", "black", "brown"]
RGB = {"R": 100, "G": 200, "B": True}


@pytest.mark.parametrize(
    ("value", "style", "explode", "expected"),
    [  # OpenAPI 3.1's style examples (parameter `color`), with a boolean where it differs from str()
        (COLORS, "form", True, [("color", "blue"), ("color", "black"), ("color", "brown")]),
        (COLORS, "form", False, [("color", "blue,black,brown")]),
        (COLORS, "spaceDelimited", False, [("color", "blue black brown")]),
        (COLORS, "pipeDelimited", False, [("color", "blue|black|brown")]),
        (COLORS, "simple", False, [("color", "blue,black,brown")]),
        (RGB, "form", True, [("R", "100"), ("G", "200"), ("B", "true")]),
        (RGB, "form", False, [("color", "R,100,G,200,B,true")]),
        (RGB, "deepObject", True, [("color[R]", "100"), ("color[G]", "200"), ("color[B]", "true")]),
        (RGB, "simple", False, [("color", "R,100,G,200,B,true")]),
        (RGB, "simple", True, [("color", "R=100,G=200,B=true")]),
        (RGB, "spaceDelimited", False, [("color", "R 100 G 200 B true")]),
        (RGB, "pipeDelimited", False, [("color", "R|100|G|200|B|true")]),
        (False, "simple", False, [("color", "false")]),
        # beyond the table: nested mappings nest their keys, other nested values are JSON, None is left out
        (
            {"a": {"b": 1}, "c": [1, 2]},
            "deepObject",
            True,
            [("color[a][b]", "1"), ("color[c]", "1"), ("color[c]", "2")],
        ),
        ({"a": [1, 2], "n": None}, "form", True, [("a", "[1,2]")]),
        ([1, None, 2], "form", False, [("color", "1,2")]),
    ],
)
def test_parameters_are_serialised_as_openapi_styles_say(
    value: object, style: str, explode: bool, expected: list[tuple[str, str]]
) -> None:
    from claude_api._base_client import styled

    assert styled("color", value, style, explode) == expected


def test_a_styled_query_reaches_the_wire_and_the_next_page() -> None:
    """An object query parameter was sent as Python's repr of the dict; the styles come from the spec."""
    from claude_api._base_client import Request

    req = Request(
        "GET",
        "/v1/things",
        query={"filter": RGB, "ids": COLORS, "flat": {"a": 1}, "limit": 2, "skip": OMIT},
        query_styles={"filter": ("deepObject", True), "ids": ("pipeDelimited", False)},
        headers={"x-tags": COLORS, "x-on": True},
    )
    assert req.query == {
        "filter[R]": "100",
        "filter[G]": "200",
        "filter[B]": "true",
        "ids": "blue|black|brown",
        "a": "1",
        "limit": 2,
    }
    assert req.headers["x-tags"] == "blue,black,brown" and req.headers["x-on"] == "true"
    sent = httpx.Request("GET", "https://api.test/v1/things", params=req.query)
    assert str(sent.url.query, "ascii") == (
        "filter%5BR%5D=100&filter%5BG%5D=200&filter%5BB%5D=true&ids=blue%7Cblack%7Cbrown&a=1&limit=2"
    )


def test_a_styled_query_is_kept_on_every_page() -> None:
    from claude_api.testing import FakeTransport

    transport = FakeTransport()
    transport.queue(200, "application/json", _models_page(["m1"], True))
    transport.queue(200, "application/json", _models_page(["m2"], False))
    client = Client(api_key="k", max_retries=0, http_client=httpx.Client(transport=transport))
    assert [m.id for m in client.models.list(limit=1, extra_query={"meta": {"k": "v", "on": True}})] == ["m1", "m2"]
    assert [sorted(r.url.params.multi_items()) for r in transport.requests] == [
        [("k", "v"), ("limit", "1"), ("on", "true")],
        [("after_id", "m1"), ("k", "v"), ("limit", "1"), ("on", "true")],
    ]
