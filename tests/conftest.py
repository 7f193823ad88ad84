"""Options for the generator's own tests."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden outputs from the fixtures")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True)
def _no_run_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run the pipeline, never a result kept by an earlier run (tests/test_cache.py turns the cache on)."""
    monkeypatch.setenv("CLAUDE_OPENAPI_NO_CACHE", "1")
