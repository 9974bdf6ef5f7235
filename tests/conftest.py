"""Shared test setup: autosave and recovery files of every test go to a temporary folder,
never into the real user's data directory (where a real start would offer them back)."""

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_procedit_data_dir(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("PROCEDIT_DATA_DIR", str(tmp_path_factory.mktemp("procedit-data")))
    yield
    mp.undo()
