"""Copies the top-level `models/` and `patterns/` folders into the wheel as `engine/_data/`.

They live at the repository root so data scientists find and edit them without touching the
package; an installed engine still needs them, so the build carries them inside the package.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent
DATA_FOLDERS = ("models", "patterns")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        target_root = Path(self.build_lib) / "engine" / "_data"
        for folder in DATA_FOLDERS:
            source = ROOT / folder
            if source.is_dir():
                shutil.copytree(source, target_root / folder, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithData})
