"""Command line: lint, generate, check, coverage."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from generator import coverage
from generator.background import Background
from generator.build import BuildError, build, names
from generator.lint import lint, run
from generator.lint.config import Config, ConfigError, find, load_config
from generator.lint.findings import Finding
from generator.lint.report import FORMATS, Report, github, rules_table
from generator.lint.rules import unbuildable
from generator.load import Loaded, Location, SpecLoadError, load
from generator.models import models_source
from generator.output import FormatError, diff, produce, read_tree, recover, swap, temp_prefix
from generator.render import render

DEFAULT_SPEC = Path("spec/openapi.yaml")
DEFAULT_OUT = Path("generated")


class Failed(Exception):
    """Reported as one or more lines, exit code 1."""


def _load(spec: Path) -> tuple[Loaded, Config]:
    """The spec and its lint configuration, so that lint and generate agree on what is an error."""
    try:
        config = load_config(find(spec))
        loaded = load(spec)
    except ConfigError as exc:
        raise Failed(f"error: {exc}") from None
    except SpecLoadError as exc:
        where = f"{exc.location} " if exc.location else f"{spec} "
        raise Failed(f"{where}#{exc.pointer} error: {exc.message} ({exc.rule})") from None
    return loaded, config


def _report(findings: list[Finding]) -> int:
    for f in findings:
        print(f.text())
    errors = sum(f.severity == "error" for f in findings)
    print(f"{errors} error(s), {len(findings) - errors} warning(s)", file=sys.stderr)
    return 1 if errors else 0


class Unusable(Exception):
    """The spec or the configuration cannot be used: one line, exit 2."""


def _lint(spec: Path, fmt: str, fail_on: str | None, config_path: Path | None, output: Path | None) -> int:
    """The lint command: exit 0 clean, 1 with errors (or warnings under --fail-on warning), 2 unusable input."""
    try:
        config = load_config(config_path if config_path is not None else find(spec))
    except ConfigError as exc:
        raise Unusable(f"error: {exc}") from None
    try:
        loaded = load(spec)
    except SpecLoadError as exc:
        where = exc.location or Location(spec.as_posix(), 1, 1)
        if fmt == "github":  # so the failure is annotated in the pull request too
            finding = Finding(where.file, where.line, where.column, exc.pointer, exc.rule, "error", exc.message)
            sys.stdout.write(github(Report(spec.as_posix(), [finding])))
        raise Unusable(f"{where} #{exc.pointer} error: {exc.message} ({exc.rule})") from None
    report = run(loaded, config)
    text = FORMATS[fmt](report)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
    print(report.summary(), file=sys.stderr)
    failing = ("error",) if (fail_on or config.fail_on) == "error" else ("error", "warning")
    return 1 if any(f.severity in failing for f in report.findings) else 0


def _generate(spec: Path, out: Path, package: str | None) -> Path:
    loaded, config = _load(spec)
    # the models are made while the lint runs; they are used only if the lint and the build pass
    models = Background(models_source, loaded.document, *names(loaded.document, package))
    try:
        findings = lint(loaded, config)
        if any(f.severity == "error" for f in findings):
            _report(findings)
            raise Failed("the spec has lint errors; nothing was generated")
        if blocking := unbuildable(loaded):  # also when a configuration turned the $ref rules off
            raise Failed(blocking[0].text())
        api = build(loaded.document, package)
        types = models.result()
    except BuildError as exc:
        raise Failed(
            f"{loaded.sources.find(exc.pointer) or spec} #{exc.pointer} error: {exc.message} (build)"
        ) from None
    finally:
        models.cancel()
    files = render(api, loaded.document)
    files[f"{api.package}/types.py"] = types
    try:
        return produce(files, out.parent, api.package, temp_prefix(out))
    except FormatError as exc:
        raise Failed(str(exc)) from None


def _coverage(spec: Path, sdk: Path | None, fmt: str, strict: bool) -> int:
    try:
        package = coverage.find_package(sdk)
        loaded = load(spec)
        result = coverage.coverage(loaded.document, package)
    except SpecLoadError as exc:
        raise Failed(f"{exc.location or spec} #{exc.pointer} error: {exc.message} ({exc.rule})") from None
    except (coverage.CoverageError, OSError, SyntaxError) as exc:
        print(f"coverage: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(coverage.render(result, fmt))
    return 1 if strict and result.missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="claude-openapi", description="Lint the spec and generate the Python client from it."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("lint", "lint the spec"),
        ("generate", "regenerate the output directory"),
        ("check", "fail if the output directory differs from what the spec gives"),
        ("coverage", "compare the spec's operations with those of the installed official anthropic package"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="root document (default: %(default)s)")
        if name == "coverage":
            p.add_argument(
                "--sdk", type=Path, default=None, help="an anthropic package directory (default: the installed one)"
            )
            p.add_argument("--format", choices=("text", "json"), default="text")
            p.add_argument("--strict", action="store_true", help="exit 1 when the spec lacks an operation of the SDK")
        elif name == "lint":
            p.add_argument("--format", choices=tuple(FORMATS), default="text", help="report format (default: text)")
            p.add_argument(
                "--fail-on",
                choices=("error", "warning"),
                default=None,
                help="exit 1 on errors only (default) or on warnings too",
            )
            p.add_argument(
                "--config",
                type=Path,
                default=None,
                help="a pyproject.toml with [tool.claude-openapi.lint] (default: the nearest above the spec)",
            )
            p.add_argument("--output", "-o", type=Path, default=None, help="write the report to this file")
            p.add_argument("--list-rules", action="store_true", help="print every rule with its severity and fix")
        else:
            p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (default: %(default)s)")
            p.add_argument("--package", default=None, help="package name (default: info.x-python-package)")
    args = parser.parse_args(argv)
    try:
        if args.command == "lint":
            if args.list_rules:
                sys.stdout.write(rules_table())
                return 0
            return _lint(args.spec, args.format, args.fail_on, args.config, args.output)
        if args.command == "coverage":
            return _coverage(args.spec, args.sdk, args.format, args.strict)
        out: Path = args.out
        out.parent.mkdir(parents=True, exist_ok=True)
        recover(out)
        fresh = _generate(args.spec, out, args.package)
        if args.command == "generate":
            swap(fresh, out)
            print(f"generated {out}")
            return 0
        try:
            lines = diff(read_tree(fresh), read_tree(out), out.as_posix())
        finally:
            shutil.rmtree(fresh, ignore_errors=True)
        if lines:
            sys.stdout.writelines(lines)
            print(
                f"{out} differs from what {args.spec} gives: run `python -m generator generate` and commit the result",
                file=sys.stderr,
            )
            return 1
        print(f"{out} matches {args.spec}")
        return 0
    except Failed as exc:
        print(exc, file=sys.stderr)
        return 1
    except Unusable as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
