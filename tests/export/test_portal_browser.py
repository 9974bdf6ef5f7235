"""The portal in a real browser: Debian's chromium driven through Debian's chromedriver by
selenium (never a downloaded browser or driver). From file://: the start page, a click through
the map's SVG to a process, its sub-map, a search for a code; no request leaves DIR."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from procedit.export.portal import publish_portal

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)",
)


@pytest.fixture
def downloads(tmp_path):
    return tmp_path / "downloads"


@pytest.fixture
def browser(downloads):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the test extras")
    from selenium.webdriver.chrome.service import Service

    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.add_experimental_option("prefs", {  # a PDF link saves the file (no viewer extension)
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "plugins.always_open_pdf_externally": True,
    })  # fmt: skip
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900"):  # fmt: skip
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()


def _requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def test_click_through_submap_and_search(marketing_ru, tmp_path, browser):
    from selenium.webdriver.common.by import By

    out = tmp_path / "портал"  # a Cyrillic folder, as on a Russian file share
    publish_portal(marketing_ru, out)
    root = out.resolve().as_uri()
    browser.get(root + "/index.html")
    assert browser.find_element(By.TAG_NAME, "h1").text == marketing_ru.name
    parent = next(p for m in marketing_ru.maps for p in m.processes if p.subprocess_map_id)
    parent_map = next(m for m in marketing_ru.maps if parent in m.processes)
    sub = marketing_ru.map_by_id(parent.subprocess_map_id)

    browser.find_element(By.LINK_TEXT, parent_map.name).click()
    assert browser.find_element(By.TAG_NAME, "h1").text == parent_map.name
    box = browser.find_element(By.CSS_SELECTOR, f'svg.map a.proc[data-id="{parent.id}"]')
    browser.execute_script("arguments[0].scrollIntoView({block:'center',inline:'center'})", box)
    box.click()  # a real click on the SVG box
    assert browser.find_element(By.TAG_NAME, "h1").text == f"{parent.code} {parent.name}"

    browser.find_element(By.CSS_SELECTOR, "a.submap").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == sub.name
    assert browser.find_elements(By.CSS_SELECTOR, "svg.map a.proc")  # the sub-map's processes, clickable

    target = next(p for p in sub.processes if p.code)
    field = browser.find_element(By.CSS_SELECTOR, "#search input")
    field.send_keys(target.code)
    hits = browser.find_elements(By.CSS_SELECTOR, "#results a")
    assert hits and hits[0].text.startswith(target.code)
    hits[0].click()
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith(target.code)

    requests = _requests(browser)
    assert requests, "the performance log recorded the page loads"
    outside = [u for u in requests if not u.startswith(root + "/")]
    assert not outside, f"requests leaving the portal: {outside}"


def test_search_finds_an_owner_with_yo_folded(marketing_ru, tmp_path, browser):
    from selenium.webdriver.common.by import By

    publish_portal(marketing_ru, tmp_path / "s")
    browser.get((tmp_path / "s").resolve().as_uri() + "/index.html")
    owner = next(p for p in marketing_ru.people if any(
        pr.owner_id == p.id for m in marketing_ru.maps for pr in m.processes))  # fmt: skip
    surname = owner.name.split()[0]
    browser.find_element(By.CSS_SELECTOR, "#search input").send_keys(surname.upper())
    texts = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#results a")]
    assert any(surname in t for t in texts)
    browser.find_element(By.CSS_SELECTOR, "#search input").send_keys(" нет-такого-слова-xyz")
    assert browser.find_elements(By.CSS_SELECTOR, "#results li")[0].text == "Ничего не найдено."


def _saved(downloads: Path, original: Path) -> bytes:
    """The bytes the browser saved of ``original`` (waiting for the download to finish)."""
    saved = downloads / original.name
    for _ in range(100):
        if saved.is_file() and saved.stat().st_size == original.stat().st_size:
            break
        time.sleep(0.1)
    return saved.read_bytes()


def test_from_the_start_page_to_a_process_its_regulation_pdf_and_a_position(marketing_ru, tmp_path, browser, downloads):
    from selenium.webdriver.common.by import By

    from procedit.export.portal_documents import instruction_pdf, regulation_pdf

    out = tmp_path / "портал"
    result = publish_portal(marketing_ru, out, documents=regulation_pdf, instructions=instruction_pdf)
    root = out.resolve().as_uri()
    browser.get(root + "/index.html")
    pmap = marketing_ru.maps[1]  # TO BE
    proc = next(p for p in pmap.processes if p.owner_id and p.code == "М-03")
    owner = marketing_ru.person(proc.owner_id)
    position = next(q for q in marketing_ru.positions if q.id == owner.position_id)

    browser.find_element(By.LINK_TEXT, pmap.name).click()
    box = browser.find_element(By.CSS_SELECTOR, f'svg.map a.proc[data-id="{proc.id}"]')
    browser.execute_script("arguments[0].scrollIntoView({block:'center',inline:'center'})", box)
    box.click()
    assert browser.find_element(By.TAG_NAME, "h1").text == f"{proc.code} {proc.name}"

    link = browser.find_element(By.CSS_SELECTOR, "a.regulation")
    href = link.get_attribute("href")
    doc = next(d for d in result.documents if d.map_id == pmap.id)
    assert href == f"{root}/{doc.file}#page={doc.heading_pages[f'proc-{proc.id}']}"
    assert (out / doc.file).is_file()  # the PDF is inside DIR
    link.click()  # the browser fetches it from DIR (saved, as the PDF viewer is off here)
    assert _saved(downloads, out / doc.file) == (out / doc.file).read_bytes()

    browser.find_element(By.LINK_TEXT, owner.name).click()
    assert browser.find_element(By.TAG_NAME, "h1").text == owner.name
    browser.find_element(By.LINK_TEXT, position.name).click()
    assert browser.find_element(By.TAG_NAME, "h1").text == position.name
    mine = browser.find_element(By.XPATH, "//h2[text()='Мои процессы (владелец)']/following-sibling::ul[1]")
    assert f"{proc.code} {proc.name}" in mine.text
    instruction = next(x for x in result.instructions if x.position_id == position.id)
    link = browser.find_element(By.CSS_SELECTOR, "a.instruction")  # "my instructions": the job instruction
    assert link.get_attribute("href") == f"{root}/{instruction.file}"
    link.click()
    assert _saved(downloads, out / instruction.file) == (out / instruction.file).read_bytes()
    dept = next(d for d in marketing_ru.departments if d.id == position.department_id)
    browser.find_element(By.LINK_TEXT, dept.name).click()
    assert browser.find_element(By.TAG_NAME, "h1").text == dept.name
    assert browser.find_element(By.XPATH, "//h2[text()='Взаимодействие с другими подразделениями']")

    requests = _requests(browser)
    outside = [u for u in requests if not u.startswith(root + "/")]
    assert not outside, f"requests leaving the portal: {outside}"
