"""The built wheel works outside the checkout: console script, packaged data, valid output.

The wheel is built offline (`python -m build --wheel --no-isolation`) from a copy of the source tree,
so the checkout gets no build/ folder. That needs the build requirements (setuptools>=68, wheel) in
the project venv; without them the build falls back to an isolated build, which downloads them.
It is installed without dependencies into a fresh venv; a `.pth` line points that venv at the
project venv's site-packages for the dependencies only (plain path lines do not run the editable
install's finder, so the checkout's `engine` stays out of reach).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA_FOLDERS = ("models", "patterns")
SOURCE_ITEMS = ("engine", *DATA_FOLDERS, "pyproject.toml", "setup.py", "setup.cfg", "MANIFEST.in", "README.md",
                "LICENSE")

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    # No PYTHONPATH / virtualenv variables: nothing may put the checkout on the installed engine's path.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PYTHONNOUSERSITE"] = "1"
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    assert done.returncode == 0, f"{args[:4]} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def _data_files(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")


def _build_requirements_installed() -> bool:
    from importlib.metadata import PackageNotFoundError, version

    try:
        version("wheel")
        major = int(version("setuptools").split(".")[0])
    except (PackageNotFoundError, ValueError):
        return False
    return major >= 68


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "_data")
    for name in SOURCE_ITEMS:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=ignore)
        elif path.is_file():
            shutil.copy2(path, source / name)

    dist = tmp / "dist"
    isolation = ["--no-isolation"] if _build_requirements_installed() else []
    _run([sys.executable, "-m", "build", "--wheel", *isolation, "--outdir", str(dist), str(source)], cwd=tmp)
    [wheel] = dist.glob("cashup_engine-*.whl")

    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=True).create(env_dir)
    python = env_dir / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
          "--disable-pip-version-check", str(wheel)], cwd=tmp)
    site_packages = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              cwd=tmp).stdout.strip())
    (site_packages / "_project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = tmp / "work"
    work.mkdir()
    return {"tmp": tmp, "venv": env_dir, "python": python, "work": work, "site": site_packages}


def test_installed_engine_is_the_wheel_not_the_checkout(installed) -> None:
    done = _run([str(installed["python"]), "-c", "import engine, json; print(json.dumps(engine.__file__))"],
                cwd=installed["work"])
    location = Path(json.loads(done.stdout)).resolve()
    assert location.is_relative_to(installed["venv"].resolve()), location
    assert not location.is_relative_to(REPO)


def test_packaged_data_folders(installed) -> None:
    package = installed["site"] / "engine"
    for name in DATA_FOLDERS:
        repo_files = _data_files(REPO / name)
        if not repo_files:
            continue  # nothing to ship yet (an empty folder does not survive a wheel)
        packaged = package / "_data" / name
        assert packaged.is_dir(), f"engine/_data/{name} missing from the wheel"
        shipped = set(_data_files(packaged))
        missing = [str(p) for p in repo_files if p not in shipped]
        assert not missing, f"files of {name}/ not in the wheel: {missing}"
        for relative in repo_files:
            assert (packaged / relative).read_bytes() == (REPO / name / relative).read_bytes(), relative
    if _data_files(REPO / "patterns"):
        done = _run([str(installed["python"]), "-c",
                     "from engine.resources import patterns_dir; print(patterns_dir())"], cwd=installed["work"])
        assert Path(done.stdout.strip()).resolve().is_relative_to(installed["venv"].resolve())


def test_console_script_extracts_outside_the_checkout(installed, make_pdf, validate_result) -> None:
    pdf = make_pdf("wheel_test.pdf")
    cashup = installed["venv"] / "bin" / "cashup"
    assert cashup.is_file()
    done = _run([str(cashup), "extract", str(pdf), str(installed["work"] / "missing.pdf")], cwd=installed["work"])
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 2
    for line in lines:
        validate_result(line)
    assert lines[0]["status"] in ("success", "needs_review")
    assert lines[1]["status"] == "failed"
    version = _run([str(installed["python"]), "-m", "engine", "--version"], cwd=installed["work"])
    assert "cashup-engine" in version.stdout
