"""Command line: lint, generate, check, coverage."""

from __future__ import annotations

import argparse
import gc
import keyword
import re
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from generator import cache
from generator.output import OutputError, diff, output_dir, produce, read_tree, recover, swap, temp_prefix

if TYPE_CHECKING:
    from generator.background import Background
    from generator.ir import Api
    from generator.lint.config import Config
    from generator.lint.findings import Finding
    from generator.lint.report import Report
    from generator.lint.structural import Errors
    from generator.load import Loaded

# Imported where they are used, so that a run served from the cache (generator/cache.py) does not load the linter,
# datamodel-code-generator or Jinja: that takes longer than the rest of such a run.
LINT_FORMATS = ("text", "json", "github", "sarif", "junit")  # = generator.lint.report.FORMATS (tests/test_cache.py)

DEFAULT_SPEC = Path("spec/openapi.yaml")
DEFAULT_OUT = Path("generated")


class Failed(Exception):
    """Reported as one or more lines, exit code 1."""


def _load(spec: Path) -> tuple[Loaded, Config]:
    """The spec and its lint configuration, so that lint and generate agree on what is an error."""
    from generator.lint.config import ConfigError, find, load_config
    from generator.load import SpecLoadError

    try:
        config = load_config(find(spec))
        loaded = _frozen_load(spec)
    except ConfigError as exc:
        raise Failed(f"error: {exc}") from None
    except SpecLoadError as exc:
        where = f"{exc.location} " if exc.location else f"{spec} "
        raise Failed(f"{where}#{exc.pointer} error: {exc.message} ({exc.rule})") from None
    return loaded, config


def _frozen_load(spec: Path) -> Loaded:
    """`load(spec)` without garbage collection (it makes millions of objects and no garbage: collections would
    only walk them), and the document frozen after it (it lives as long as the run: collections need not walk it)."""
    from generator.load import load

    gc.disable()
    try:
        loaded = load(spec)
    finally:
        gc.enable()
    gc.freeze()
    return loaded


def _report(findings: list[Finding]) -> int:
    for f in findings:
        print(f.text())
    errors = sum(f.severity == "error" for f in findings)
    print(f"{errors} error(s), {len(findings) - errors} warning(s)", file=sys.stderr)
    return 1 if errors else 0


class Unusable(Exception):
    """The spec or the configuration cannot be used: one line, exit 2."""


def _rows(findings: list[Finding]) -> list[cache.Row]:
    return [[f.file, f.line, f.column, f.pointer, f.rule, f.severity, f.message] for f in findings]


def _findings(rows: list[cache.Row]) -> list[Finding]:
    from generator.lint.findings import Finding

    return [Finding(*row) for row in rows]


def _lint(
    spec: Path, fmt: str, fail_on: str | None, config_path: Path | None, output: Path | None, use_cache: bool
) -> int:
    """The lint command: exit 0 clean, 1 with errors (or warnings under --fail-on warning), 2 unusable input."""
    from generator.lint.report import FORMATS, Report

    key = cache.key("lint", spec, config_path) if use_cache else None
    hit = cache.get_lint(key)
    if hit is not None:
        rows, ignored, configured_fail_on = hit
        report = Report(spec.as_posix(), _findings(rows), ignored)
    else:
        report, configured_fail_on = _lint_uncached(spec, fmt, config_path, key)
    text = FORMATS[fmt](report)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
    print(report.summary(), file=sys.stderr)
    failing = ("error",) if (fail_on or configured_fail_on) == "error" else ("error", "warning")
    return 1 if any(f.severity in failing for f in report.findings) else 0


def _lint_uncached(spec: Path, fmt: str, config_path: Path | None, key: cache.Key | None) -> tuple[Report, str]:
    from generator.background import Background

    # openapi-spec-validator's check runs in a process of its own, forked first: it imports and prepares the
    # validator while this one loads the spec, and checks it while this one applies the project's rules
    structural: Background[Errors] = Background.deferred(_structural_errors, prepare=_prepare_structural)
    try:
        return _linted(spec, fmt, config_path, key, structural)
    finally:
        structural.cancel()


def _structural_errors(version: str, doc: dict[str, Any]) -> Errors:
    from generator.lint.structural import errors

    return errors(version, doc)


def _prepare_structural() -> None:
    from generator.lint.structural import prepare

    prepare()


def _linted(
    spec: Path, fmt: str, config_path: Path | None, key: cache.Key | None, structural: Background[Errors]
) -> tuple[Report, str]:
    from generator.lint import run
    from generator.lint.config import ConfigError, find, load_config
    from generator.lint.findings import Finding
    from generator.lint.report import Report, github
    from generator.load import Location, SpecLoadError

    try:
        config = load_config(config_path if config_path is not None else find(spec))
    except ConfigError as exc:
        raise Unusable(f"error: {exc}") from None
    try:
        loaded = _frozen_load(spec)
    except SpecLoadError as exc:
        where = exc.location or Location(spec.as_posix(), 1, 1)
        if fmt == "github":  # so the failure is annotated in the pull request too
            finding = Finding(where.file, where.line, where.column, exc.pointer, exc.rule, "error", exc.message)
            sys.stdout.write(github(Report(spec.as_posix(), [finding])))
        raise Unusable(f"{where} #{exc.pointer} error: {exc.message} ({exc.rule})") from None
    report = run(loaded, config, structural)
    cache.put_lint(key, loaded, _rows(report.findings), report.ignored, config.fail_on)
    return report, config.fail_on


def _generate(
    spec: Path, target: Path, package: str | None, key: cache.Key | None
) -> tuple[Path, Loaded, list[Finding]]:
    """Generate into a fresh directory beside `target`; a spec with lint errors is kept in the cache as such."""
    from generator.background import Background
    from generator.output import FormatError

    # the models are made in a process of their own, forked first: it imports datamodel-code-generator while this
    # one loads the spec, and makes them while this one lints, builds, renders and formats the rest
    models: Background[str] = Background.deferred(_models, prepare=_prepare_models)
    try:
        api, files, loaded, findings = _rendered(spec, package, key, models)
        with _build_errors(loaded, spec):
            made = produce(
                files,
                target.parent if target.parent.is_dir() else None,  # check makes no directory
                api.package,
                temp_prefix(target),
                then=lambda: {f"{api.package}/types.py": models.result()},
            )
        return made, loaded, findings
    except FormatError as exc:
        raise Failed(str(exc)) from None
    finally:
        models.cancel()


def _models(bundled: dict[str, Any], package: str | None, use_cache: bool) -> str:
    """The types module's text: kept in the cache under all it depends on (cache.models_key), made on a miss."""
    from generator.build import names
    from generator.models import models_source

    context = _MODELS_CONTEXT[0] if _MODELS_CONTEXT else cache.models_context()
    key = cache.models_key(bundled, package, context) if use_cache else None
    text = cache.get_models(key)
    if text is None:
        text = models_source(bundled, *names(bundled, package))
        cache.put_models(key, text)
    return text


_MODELS_CONTEXT: list[list[Any] | None] = []  # in the models' process: cache.models_context(), made before the spec


def _prepare_models() -> None:
    from generator.models import warm_up

    warm_up()
    _MODELS_CONTEXT[:] = [cache.models_context()]


@contextmanager
def _build_errors(loaded: Loaded, spec: Path) -> Iterator[None]:
    """A BuildError (from the build, or from the models' process) as one located line."""
    from generator.build import BuildError

    try:
        yield
    except BuildError as exc:
        raise Failed(
            f"{loaded.sources.find(exc.pointer) or spec} #{exc.pointer} error: {exc.message} (build)"
        ) from None


def _rendered(
    spec: Path, package: str | None, key: cache.Key | None, models: Background[str] | None
) -> tuple[Api, dict[str, str], Loaded, list[Finding]]:
    """The spec loaded and linted and the client rendered, but for the models, which `models` starts making as
    soon as it has the spec."""
    loaded, config = _load(spec)
    if models is not None:
        models.start(loaded.document, package, key is not None)
    from generator.build import build
    from generator.lint import run
    from generator.render import render

    report = run(loaded, config)
    findings = report.findings
    if any(f.severity == "error" for f in findings):
        cache.put_tree(key, loaded, _rows(findings), None)
        _report(findings)
        raise Failed("the spec has lint errors; nothing was generated")
    if report.unbuildable:  # also when a configuration turned the rules that report these off
        _report(report.unbuildable)
        raise Failed(
            "the spec's structure or $refs are broken, which no configuration overrides; nothing was generated"
        )
    with _build_errors(loaded, spec):
        api = build(loaded.document, package)
        return api, render(api, loaded.document), loaded, findings


def _from_cache(command: str, spec: Path, out: Path, target: Path, key: cache.Key | None) -> int | None:
    """generate or check served from the cache: what the uncached run would print and do; None on a miss.
    `out` as the user wrote it, `target` the directory it names."""
    hit = cache.get_tree(key)
    if hit is None:
        return None
    if hit.tree is None:
        _report(_findings(hit.findings))
        raise Failed("the spec has lint errors; nothing was generated")
    actual = read_tree(out)
    if hit.matches(actual):
        expected = actual
    else:
        files = hit.files(actual)
        if files is None:  # a blob is missing or damaged: run the pipeline
            return None
        expected = files
        if command == "generate":
            text = {rel: data.decode("utf-8") for rel, data in expected.items()}
            swap(produce(text, target.parent, None, temp_prefix(target)), target)
    if command == "generate":
        print(f"generated {out}")
        return 0
    return _compare(expected, actual, spec, out)


def _compare(expected: dict[str, bytes], actual: dict[str, bytes], spec: Path, out: Path) -> int:
    lines = diff(expected, actual, out.as_posix())
    if lines:
        sys.stdout.writelines(lines)
        print(
            f"{out} differs from what {spec} gives: run `python -m generator generate` and commit the result",
            file=sys.stderr,
        )
        return 1
    print(f"{out} matches {spec}")
    return 0


def _coverage(spec: Path, sdk: Path | None, fmt: str, strict: bool) -> int:
    from generator import coverage
    from generator.load import SpecLoadError, load

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
    return 1 if strict and (result.missing or result.betas_differ or result.pagination_differs or result.fields) else 0


def _package_name(text: str) -> str:
    """--package as given, when it can be imported as written: it names the package's directory and imports."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text) or keyword.iskeyword(text):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a Python package name (ASCII letters, digits and '_', not starting with a digit, "
            "not a keyword)"
        )
    return text


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
            p.add_argument(
                "--strict",
                action="store_true",
                help="exit 1 when the spec lacks an operation, field, union member, value or parameter of the SDK, "
                "requires what the SDK may omit, or an operation's x-betas or x-pagination differ from the SDK's",
            )
        elif name == "lint":
            p.add_argument("--format", choices=LINT_FORMATS, default="text", help="report format (default: text)")
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
            p.add_argument(
                "--package", type=_package_name, default=None, help="package name (default: info.x-python-package)"
            )
        if name != "coverage":
            p.add_argument(
                "--no-cache",
                action="store_true",
                help="neither use nor fill the run cache (also: CLAUDE_OPENAPI_NO_CACHE=1)",
            )
    args = parser.parse_args(argv)
    try:
        if args.command == "lint":
            if args.list_rules:
                from generator.lint.report import rules_table

                sys.stdout.write(rules_table())
                return 0
            return _lint(args.spec, args.format, args.fail_on, args.config, args.output, not args.no_cache)
        if args.command == "coverage":
            return _coverage(args.spec, args.sdk, args.format, args.strict)
        out: Path = args.out
        target = output_dir(out, replacing=args.command == "generate")
        if args.command == "generate":
            target.parent.mkdir(parents=True, exist_ok=True)
        recover(target)
        key = cache.key("tree", args.spec, None, {"package": args.package or ""}) if not args.no_cache else None
        served = _from_cache(args.command, args.spec, out, target, key)
        if served is not None:
            return served
        fresh, loaded, findings = _generate(args.spec, target, args.package, key)
        try:
            expected = read_tree(fresh)
            cache.put_tree(key, loaded, _rows(findings), expected)
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        if args.command == "generate":
            swap(fresh, target)
            print(f"generated {out}")
            return 0
        shutil.rmtree(fresh, ignore_errors=True)
        return _compare(expected, read_tree(out), args.spec, out)
    except (Failed, OutputError) as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:  # the file system refused (a parent that is a file, no permission, no space…)
        where = "".join(f"{name}: " for name in (exc.filename, exc.filename2) if name)
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except Unusable as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        gc.unfreeze()  # what the load froze is collectable again, for a caller that goes on (tests, say)


def run() -> NoReturn:
    """The command (`claude-openapi`, `python -m generator`): main(), then exit without the interpreter's last
    collection of garbage, which would walk every object left (0.4 s after a generate of our spec)."""
    code = main()
    gc.freeze()
    raise SystemExit(code)
