"""A lint finding and the text report line that DESIGN.md fixes."""

from __future__ import annotations

from dataclasses import dataclass

from generator.load import Location, SourceMap


@dataclass(frozen=True, order=True)
class Finding:
    file: str
    line: int
    column: int
    pointer: str
    rule: str
    severity: str  # "error" | "warning"
    message: str

    @classmethod
    def at(cls, sources: SourceMap, pointer: str, rule: str, message: str, severity: str = "error") -> Finding:
        loc = sources.find(pointer) or Location("<spec>", 0, 0)
        return cls(loc.file, loc.line, loc.column, pointer, rule, severity, message)

    def text(self) -> str:
        return f"{self.file}:{self.line}:{self.column} #{self.pointer} {self.severity}: {self.message} ({self.rule})"
