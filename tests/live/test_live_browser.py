"""A participant answers the whole questionnaire in a real Chromium on a phone-sized screen.

Debian's chromium and chromedriver (installed by .ci/run) are driven by Selenium; no
browser is ever downloaded. The server is stopped half-way and started again: the
answers given meanwhile stay on the phone and arrive afterwards, exactly once.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import require_program
from tests.live.conftest import LOOPBACK, SCRIPT, Live

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import (  # noqa: E402
    NoAlertPresentException,
    NoSuchElementException,
    StaleElementReferenceException,
)
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

PHONE = {"width": 390, "height": 844, "pixelRatio": 2.0}
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


@pytest.fixture
def phone(tmp_path: Path) -> Iterator[Any]:
    chromium = require_program("chromium")
    chromedriver = require_program("chromedriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="chromium-", dir=tmp_path)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_experimental_option(
        "mobileEmulation",
        {
            "deviceMetrics": PHONE,
            "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) "
            "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36",
        },
    )
    driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


# The page redraws itself after each answer, so an element found a moment ago may be gone.
_REDRAWN = (NoSuchElementException, StaleElementReferenceException)


class Page:
    def __init__(self, driver: Any, shots: Path) -> None:
        self.driver = driver
        self.shots = shots

    def until(self, condition: Any) -> Any:
        return WebDriverWait(self.driver, 30, ignored_exceptions=_REDRAWN).until(condition)

    def find(self, css: str) -> Any:
        return self.until(lambda d: d.find_element(By.CSS_SELECTOR, css))

    def click(self, css: str) -> None:
        def clicked(d: Any) -> bool:
            d.find_element(By.CSS_SELECTOR, css).click()
            return True

        self.until(clicked)

    def wait_text(self, css: str, text: str) -> None:
        self.until(lambda d: text in d.find_element(By.CSS_SELECTOR, css).text)

    def question(self, qid: str, kind: str) -> None:
        self.until(
            lambda d: d.find_element(By.ID, "question").get_attribute("data-question") == qid
        )
        assert self.find("#question").get_attribute("data-type") == kind

    def shot(self, name: str) -> None:
        self.driver.save_screenshot(str(self.shots / f"{name}.png"))

    def saved(self) -> None:
        self.wait_text("#question", "Saved ✓")

    def saved_in(self, words: str) -> None:
        self.wait_text("#question", words)


def _order(driver: Any) -> list[str]:
    return [r.get_attribute("data-option") for r in driver.find_elements(By.CSS_SELECTOR, ".rank")]


def test_a_participant_answers_every_type_on_a_phone_through_a_dropped_connection(
    live: Live, phone: Any, tmp_path: Path
) -> None:
    shots = Path(os.environ.get("LIVE_SCREENSHOTS", tmp_path / "screens"))
    shots.mkdir(parents=True, exist_ok=True)
    page = Page(phone, shots)
    link = live.links()["u0"]
    assert link.startswith(f"http://{LOOPBACK}:")
    port = live.server.port

    def first_half() -> None:
        phone.get(link)
        page.question("L1", "likert")
        who = page.find("#who").text
        assert who == f"Ana {SCRIPT} · Nordwerk"  # planted markup shown as text
        assert page.find("#workshop").text == f"Live {SCRIPT} workshop"
        assert "1 of 8" in page.find("#progress").text
        page.shot("1-likert")
        page.click('button[data-value="4"]')
        page.saved()
        page.click("#next")

        page.question("S1", "single_choice")
        assert f"Cost {SCRIPT}" in page.find('button[data-value="b"]').text
        page.click('button[data-value="b"]')
        page.saved()
        page.shot("2-single-choice")
        page.click("#next")

        page.question("M1", "multi_choice")
        page.click('button[data-value="a"]')
        page.saved()
        page.click('button[data-value="c"]')
        page.until(
            lambda d: (
                d.find_element(By.CSS_SELECTOR, 'button[data-value="c"]').get_attribute(
                    "aria-pressed"
                )
                == "true"
            )
        )
        page.saved()
        page.shot("3-multi-choice")
        page.click("#next")

        page.question("R1", "ranking")
        handle = page.find('.rank[data-option="c"] .handle')
        first = page.find('.rank[data-option="a"]')
        ActionChains(phone).click_and_hold(handle).move_to_element_with_offset(
            first, 0, -first.size["height"] // 2 + 2
        ).release().perform()  # dragged to the top: c, a, b
        page.until(lambda d: _order(d) == ["c", "a", "b"])
        page.click('.rank[data-option="a"] .down')  # c, b, a
        page.click('.rank[data-option="b"] .down')  # c, a, b with the buttons
        page.until(lambda d: _order(d) == ["c", "a", "b"])
        page.shot("4-ranking-before-confirm")
        page.click("#confirm")
        page.saved()
        page.click("#next")

    live.in_thread(first_half)
    assert live.stored()[("u0", "R1")].value == ("c", "a", "b")

    live.server.stop()  # the laptop's server drops out (Wi-Fi gone, lid closed, ...)

    def offline_half() -> None:
        page.question("A1", "allocation")
        fields = {o: page.find(f'input[data-option="{o}"]') for o in "abc"}
        for option, points in (("a", "50"), ("b", "30")):
            fields[option].clear()
            fields[option].send_keys(points)
        page.wait_text(".total", "20 left")
        assert not page.find("#confirm").is_enabled()  # must add up first
        page.shot("5-allocation-not-adding-up")
        fields["c"].clear()
        fields["c"].send_keys("20")
        page.wait_text(".total", "100 of 100")
        page.click("#confirm")
        page.wait_text("#status", "kept on this device")
        page.shot("6-allocation-offline")
        page.click("#next")

        page.question("N1", "number")
        page.find("#field").send_keys("4200")
        page.click("#confirm")
        page.wait_text("#question", "above 500")  # checked on the phone at once
        page.find("#field").clear()
        page.find("#field").send_keys("42.5")
        page.click("#confirm")
        page.wait_text("#status", "2 answers are kept")
        page.shot("7-number-offline")
        page.click("#next")

    live.in_thread(offline_half)
    assert ("u0", "A1") not in live.stored()  # nothing reached the file while down

    live.server.start(LOOPBACK, port)  # back on the same address: the same links

    def second_half() -> None:
        page.question("L2", "likert")
        page.click("#dontknow")
        page.until(lambda d: d.find_element(By.ID, "status").text == "")
        page.saved()
        page.shot("8-dont-know")
        page.click("#next")

        page.question("T1", "text")
        assert not phone.find_elements(By.ID, "dontknow")  # a text has no "Don't know"
        page.find("#field").send_keys(f"{SCRIPT} & Müller's plan")
        page.click("#confirm")
        page.saved()
        page.shot("9-text")
        page.click("#next")

        page.find("#review")
        page.shot("10-review")
        page.click("#done")
        page.wait_text("#thanks", "Thank you, Ana")
        page.shot("11-thank-you")
        with pytest.raises(NoAlertPresentException):
            phone.switch_to.alert  # noqa: B018 - no planted script ever ran

        phone.refresh()  # the link now shows the thank-you page and nothing else
        page.wait_text("#thanks", "Thank you")
        assert not phone.find_elements(By.ID, "question")

    live.in_thread(second_half)

    stored = {q: a for (pid, q), a in live.stored().items()}
    assert {k[0] for k in live.stored()} == {"u0"}
    assert {q: (a.value, a.dont_know) for q, a in stored.items()} == {
        "L1": (4, False),
        "S1": ("b", False),
        "M1": (("a", "c"), False),
        "R1": (("c", "a", "b"), False),
        "A1": ({"a": 50.0, "b": 30.0, "c": 20.0}, False),
        "N1": (42.5, False),
        "L2": (None, True),
        "T1": (f"{SCRIPT} & Müller's plan", False),
    }
    assert live.session.workshop().participant("u0").done
    if "LIVE_SCREENSHOTS" not in os.environ:
        shutil.rmtree(shots, ignore_errors=True)


def test_a_korean_participant_sees_the_page_in_korean(
    make_live, phone: Any, tmp_path: Path
) -> None:
    from tests.live.test_live_languages import _demo_blank

    live = make_live(_demo_blank())
    kim = next(p for p in live.session.workshop().participants if p.name == "김민준")
    shots = Path(os.environ.get("LIVE_SCREENSHOTS", tmp_path / "screens"))
    shots.mkdir(parents=True, exist_ok=True)
    page = Page(phone, shots)

    def look() -> None:
        phone.get(live.links()[kim.id])
        page.wait_text("#progress", "질문")  # "{n}개 중 {i}번째 질문 · ..."
        assert phone.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == "ko"
        assert page.find("#next").text == "다음 →"
        assert page.find("#dontknow").text == "모름"
        page.shot("korean-question")
        page.click("#question button.choice")
        page.saved_in("저장됨 ✓")
        page.shot("korean-saved")

    live.in_thread(look)
