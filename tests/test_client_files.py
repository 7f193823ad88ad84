"""Multipart uploads, streamed binary downloads and the size guard, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from collections.abc import Iterator
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path

import pytest
from local_server import LocalServer, QuietHandler

from claude_api import AsyncClient, Client, RequestTooLargeError
from claude_api.testing import example_response

# the spec's own examples of the two results
FILE = example_response("POST", "/v1/files", "application/json")[2]
SKILL = example_response("POST", "/v1/skills", "application/json")[2]
DOWNLOAD_BYTES = 64 * 1024 * 1024  # served in 1 MiB chunks, never held whole by the server or the client
CHUNK = bytes(range(256)) * 4096


class FileServer:
    """Records each request (headers and the parsed multipart parts); serves JSON or a large binary body."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str], list[Message]]] = []
        server = self

        class Handler(QuietHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (the stdlib's name)
                body = self.rfile.read(int(self.headers["content-length"]))
                head = f"content-type: {self.headers['content-type']}\r\n\r\n".encode()
                parts = BytesParser(policy=HTTP).parsebytes(head + body).get_payload()
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}, list(parts)))
                reply = SKILL if self.path.startswith("/v1/skills") else FILE
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def do_GET(self) -> None:  # noqa: N802
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}, []))
                self.send_response(200)
                self.send_header("content-type", "application/octet-stream")
                self.send_header("content-length", str(DOWNLOAD_BYTES))
                self.end_headers()
                for _ in range(DOWNLOAD_BYTES // len(CHUNK)):
                    self.wfile.write(CHUNK)

        self.local = LocalServer(Handler)
        self.url = self.local.url

    def stop(self) -> None:
        self.local.stop()


@pytest.fixture
def server() -> Iterator[FileServer]:
    s = FileServer()
    yield s
    s.stop()


def part(message: Message) -> tuple[str | None, str | None, bytes]:
    """(field name, filename, content) of one multipart part."""
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    name = message.get_param("name", header="content-disposition")
    return (name if isinstance(name, str) else None), message.get_filename(), payload


def test_upload_sends_the_file_and_fields_as_multipart(server: FileServer, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello")
    with Client(api_key="sk-test", base_url=server.url, max_retries=0) as client:
        result = client.files.upload(file=path, expires_in_seconds=3600)
    assert result.id == json.loads(FILE)["id"]
    url, headers, parts = server.requests[0]
    assert url == "/v1/files" and headers["content-type"].startswith("multipart/form-data; boundary=")
    assert [part(p) for p in parts] == [
        ("expires_in_seconds", None, b"3600"),
        ("file", "notes.txt", b"hello"),
    ]
    assert parts[1].get_content_type() == "text/plain"


def test_files_array_repeats_the_field_for_each_file(server: FileServer, tmp_path: Path) -> None:
    (tmp_path / "SKILL.md").write_text("# Tables\n", encoding="utf-8")
    with (
        Client(api_key="sk-test", base_url=server.url, max_retries=0) as client,
        open(tmp_path / "SKILL.md", "rb") as f,
    ):
        client.skills.create(
            files=[f, ("tables/helper.py", b"print(1)\n", "text/x-python"), b"raw"], display_name="Tables"
        )
    _, _, parts = server.requests[0]
    assert [part(p) for p in parts] == [
        ("display_name", None, b"Tables"),
        ("files[]", "SKILL.md", b"# Tables\n"),
        ("files[]", "tables/helper.py", b"print(1)\n"),
        ("files[]", "upload", b"raw"),
    ]
    assert parts[2].get_content_type() == "text/x-python"


def test_a_multipart_body_without_a_file_is_still_multipart(server: FileServer) -> None:
    """httpx encodes form fields without any file part as application/x-www-form-urlencoded, which a multipart
    operation refuses: the client sends them as parts."""
    with Client(api_key="sk-test", base_url=server.url, max_retries=0) as client:
        client.skills.create(files=[], display_name="Tables")
    _, headers, parts = server.requests[0]
    assert headers["content-type"].startswith("multipart/form-data; boundary=")
    assert [part(p) for p in parts] == [("display_name", None, b"Tables")]


def test_a_caller_multipart_content_type_cannot_lose_the_boundary(server: FileServer) -> None:
    """httpx writes the boundary into the content-type; a caller's bare multipart/form-data would leave the server
    unable to split the parts (the official SDK drops it too)."""
    with Client(api_key="sk-test", base_url=server.url, max_retries=0) as client:
        client.files.upload(file=b"hello", extra_headers={"Content-Type": "multipart/form-data"})
    _, headers, parts = server.requests[0]
    assert headers["content-type"].startswith("multipart/form-data; boundary=")
    assert [part(p) for p in parts] == [("file", "upload", b"hello")]


def test_upload_over_the_limit_is_refused_and_nothing_is_sent(server: FileServer) -> None:
    """skills.create accepts at most x-max-request-bytes (30 MB): a larger body never leaves the client."""
    with Client(api_key="sk-test", base_url=server.url, max_retries=0) as client:
        with pytest.raises(RequestTooLargeError) as caught:
            client.skills.create(files=[b"x" * (31 * 1024 * 1024)])
    assert caught.value.limit == 31457280 and caught.value.size > caught.value.limit
    assert server.requests == []


def test_large_download_streams_to_a_file_in_bounded_memory(server: FileServer, tmp_path: Path) -> None:
    target = tmp_path / "download.bin"
    with Client(api_key="sk-test", base_url=server.url, max_retries=0) as client:
        tracemalloc.start()
        try:
            client.files.download("file_011CNha8iCJcU1wXNR6q4V8w").write_to_file(target)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert target.stat().st_size == DOWNLOAD_BYTES
    with open(target, "rb") as f:
        assert f.read(len(CHUNK)) == CHUNK
    assert peak < DOWNLOAD_BYTES // 8, f"peak {peak} bytes while downloading {DOWNLOAD_BYTES}"
    _, headers, _ = server.requests[0]
    assert headers["accept"] == "application/binary, application/octet-stream"


def test_async_download_iterates_chunks(server: FileServer) -> None:
    async def run() -> int:
        async with AsyncClient(api_key="sk-test", base_url=server.url, max_retries=0) as client:
            download = await client.files.download("file_011CNha8iCJcU1wXNR6q4V8w")
            total = 0
            async for chunk in download.iter_bytes(1 << 20):
                total += len(chunk)
            return total

    assert asyncio.run(run()) == DOWNLOAD_BYTES
