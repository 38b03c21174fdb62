"""Shared fixtures: paths to ../shared and the real seed reports."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared evaluation data sits beside the repository in CI")
    return SHARED


@pytest.fixture(scope="session")
def seeds_path(shared_dir: Path) -> Path:
    path = shared_dir / "seeds" / "seeds.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path
