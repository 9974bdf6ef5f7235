"""Shared test setup: autosave and recovery files of every test go to a temporary folder,
never into the real user's data directory (where a real start would offer them back)."""

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_procedit_data_dir(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("PROCEDIT_DATA_DIR", str(tmp_path_factory.mktemp("procedit-data")))
    yield
    mp.undo()


@pytest.fixture
def zip_bomb_xlsx(tmp_path):
    """A real workbook (~100 KB) whose sheet unpacks to ~30 MB: 640,000 identical rows
    under the header of a criteria-actuals table."""
    import io
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Код", "Критерий", "Период", "Значение"])
    plain = io.BytesIO()
    book.save(plain)
    row = '<row><c t="inlineStr"><is><t>М-07</t></is></c></row>'
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + row * 640_000
        + "</sheetData></worksheet>"
    ).encode()
    path = tmp_path / "crm.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = sheet if info.filename == "xl/worksheets/sheet1.xml" else src.read(info)
            dst.writestr(info.filename, data, compresslevel=9)
    return path
