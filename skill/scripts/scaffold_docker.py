#!/usr/bin/env python3
"""Scaffold a Docker setup for a project by delegating to `docker-mastery scaffold`.

Usage:
  python3 scaffold_docker.py <project-name> --tier <1|2|3|4>
      --lang <python|node|go|rust|java|dotnet> --path <output-dir>
      [--registry <dockerhub|ecr|gcr|acr|harbor|ghcr>] [--ci <github|gitlab|jenkins|none>]
      [--compose] [--services <name,name,...>] [--multi-arch] [--force] [--dry-run]

--services puts services beside the app in compose.yaml (and adds the compose files at any
tier): postgres, mysql, mariadb, redis, valkey, mongodb, rabbitmq, nginx, traefik, monitoring;
one relational database, one key-value store, one proxy.

Generates, per tier:
  1: Dockerfile + .dockerignore
  2: + compose.yaml + compose.override.yaml + .env.example
  3: + CI/CD pipeline + Trivy config + signing config
  4: + docker-bake.hcl + Harbor values + SBOM config + Falco rules

The files come from the docker-mastery generator, the same one its MCP tools use, so this
script only checks the arguments and hands them over. It looks for the generator in order:
  1. $DOCKER_MASTERY_DLL: a built docker-mastery.dll, run with `dotnet`
  2. `docker-mastery` on PATH (dotnet tool install --global docker-mastery)
  3. a build in the repository this script sits in:
     src/DockerMastery.Mcp/bin/<config>/net10.0/docker-mastery.dll, run with `dotnet`

Exit codes: the generator's own; 2 for a bad argument; 127 when no generator is found.
Python 3.8+, standard library only.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
from typing import List, Optional, Sequence

TIERS = ("1", "2", "3", "4")
LANGUAGES = ("python", "node", "go", "rust", "java", "dotnet")
REGISTRIES = ("dockerhub", "ecr", "gcr", "acr", "harbor", "ghcr")
CI_SYSTEMS = ("github", "gitlab", "jenkins", "none")
# The generator's service kinds by their names (postgresql and mongo are its aliases).
SERVICES = ("postgres", "postgresql", "mysql", "mariadb", "redis", "valkey", "mongodb", "mongo",
            "rabbitmq", "nginx", "traefik", "monitoring")

# The project name becomes the image name, so it follows the image-name component grammar,
# the same one the generator checks: lowercase alphanumerics joined by '.', '_', '__' or dashes.
PROJECT_NAME = re.compile(r"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$")
PROJECT_NAME_MAX = 63

DLL_ENV = "DOCKER_MASTERY_DLL"
TOOL = "docker-mastery"
EXIT_USAGE = 2
EXIT_NOT_FOUND = 127


class UsageError(Exception):
    """A command-line argument is wrong; the message names it."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit itself
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="scaffold_docker.py",
        description="Generate a tiered Docker setup through `docker-mastery scaffold`.",
    )
    parser.add_argument("project_name", metavar="project-name",
                        help="image and compose project name, e.g. orders-api")
    parser.add_argument("--tier", required=True, choices=TIERS,
                        help="1 single container, 2 compose stack, 3 production, 4 enterprise")
    parser.add_argument("--lang", required=True, choices=LANGUAGES, help="application language")
    parser.add_argument("--path", required=True, help="output directory (created if missing)")
    parser.add_argument("--registry", choices=REGISTRIES, help="registry the CI pushes to")
    parser.add_argument("--ci", choices=CI_SYSTEMS, help="CI system for the pipeline file")
    parser.add_argument("--compose", action="store_true", help="add compose files below tier 2")
    parser.add_argument("--services", metavar="NAME,NAME",
                        help="services beside the app in compose.yaml, comma-separated: "
                             + ", ".join(s for s in SERVICES if s not in ("postgresql", "mongo")))
    parser.add_argument("--multi-arch", action="store_true",
                        help="build linux/amd64 and linux/arm64 below tier 4")
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.add_argument("--dry-run", action="store_true",
                        help="list the files that would be written; write nothing")
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """Parses and validates; raises UsageError naming the offending argument."""
    args = build_parser().parse_args(list(argv))

    name = args.project_name
    if len(name) > PROJECT_NAME_MAX or not PROJECT_NAME.match(name):
        raise UsageError(
            f"project-name '{name}' is not valid: use 1-{PROJECT_NAME_MAX} lowercase letters "
            "and digits, with '.', '_', '__' or '-' between them (e.g. orders-api)")

    if not args.path.strip():
        raise UsageError("--path is empty: give the output directory")
    if "\0" in args.path:
        raise UsageError("--path contains a NUL character")
    if os.path.exists(args.path) and not os.path.isdir(args.path):
        raise UsageError(f"--path '{args.path}' exists and is not a directory")

    if args.services is not None:
        names = [name.strip() for name in args.services.split(",")]
        for name in names:
            if name not in SERVICES:
                raise UsageError(
                    f"--services: '{name}' is not one of {', '.join(SERVICES)}")
        args.services = ",".join(names)

    return args


def scaffold_arguments(args: argparse.Namespace) -> List[str]:
    """The argument list for the `scaffold` verb, in a fixed order."""
    result = ["scaffold", args.project_name, "--path", args.path,
              "--lang", args.lang, "--tier", args.tier]
    if args.registry:
        result += ["--registry", args.registry]
    if args.ci:
        result += ["--ci", args.ci]
    if args.services:
        result += ["--services", args.services]
    for flag, enabled in (("--compose", args.compose), ("--multi-arch", args.multi_arch),
                          ("--force", args.force), ("--dry-run", args.dry_run)):
        if enabled:
            result.append(flag)
    return result


def repository_dlls(script_dir: str) -> List[str]:
    """Built docker-mastery.dll files of the repository holding this script, best first."""
    root = os.path.dirname(os.path.dirname(script_dir))
    pattern = os.path.join(root, "src", "DockerMastery.Mcp", "bin", "*", "net10.0",
                           "docker-mastery.dll")
    found = glob.glob(pattern)
    # Release before Debug, then the most recent build.
    return sorted(found, key=lambda p: (os.sep + "Release" + os.sep not in p,
                                        -os.path.getmtime(p)))


def find_generator(script_dir: str, environ: Optional[dict] = None) -> List[str]:
    """The command prefix that runs docker-mastery; raises LookupError saying what is missing."""
    environ = os.environ if environ is None else environ
    path = environ.get("PATH", "")

    configured = environ.get(DLL_ENV, "")
    if configured:
        if not os.path.isfile(configured):
            raise LookupError(f"{DLL_ENV} is set to '{configured}', which is not a file")
        return [_dotnet(path, f"{DLL_ENV}={configured}"), configured]

    installed = shutil.which(TOOL, path=path)
    if installed:
        return [installed]

    built = repository_dlls(script_dir)
    if built:
        return [_dotnet(path, built[0]), built[0]]

    raise LookupError(
        f"no '{TOOL}' found. Do one of:\n"
        f"  - install it: dotnet tool install --global {TOOL}\n"
        f"  - build it in this repository: dotnet build src/DockerMastery.Mcp -c Release\n"
        f"  - point {DLL_ENV} at a built docker-mastery.dll")


def _dotnet(path: str, dll_origin: str) -> str:
    dotnet = shutil.which("dotnet", path=path)
    if not dotnet:
        raise LookupError(
            f"found {dll_origin} but no 'dotnet' on PATH to run it: install the .NET 10 "
            "runtime, or install the tool with: dotnet tool install --global docker-mastery")
    return dotnet


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = parse_arguments(argv)
    except UsageError as error:
        print(f"scaffold_docker.py: error: {error}", file=sys.stderr)
        print("run 'scaffold_docker.py --help' for the options", file=sys.stderr)
        return EXIT_USAGE

    try:
        command = find_generator(os.path.dirname(os.path.abspath(__file__)))
    except LookupError as error:
        print(f"scaffold_docker.py: error: {error}", file=sys.stderr)
        return EXIT_NOT_FOUND

    # A list, never a shell string: names and paths reach the generator exactly as given.
    completed = subprocess.run(command + scaffold_arguments(args), check=False)
    code = completed.returncode
    return 128 - code if code < 0 else code


if __name__ == "__main__":
    sys.exit(main())
