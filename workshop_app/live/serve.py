"""``workshop-app serve``: live answering without the desktop app, until Ctrl+C."""

from __future__ import annotations

import csv
import io
import signal
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from workshop_app import atomic
from workshop_app.domain.errors import WorkshopError
from workshop_app.live.network import ALL_INTERFACES, check_host, lan_address
from workshop_app.live.server import LiveServer
from workshop_app.session.editing import WorkshopSession


def _cell(text: str) -> str:
    # A spreadsheet opening the CSV must not run a name as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_links_csv(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """participant, partner, link per row; written under a temporary name, then renamed."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WorkshopError(f"The folder '{folder}' does not exist.")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["participant", "partner", "link"])
    writer.writerows((_cell(name), _cell(partner), link) for name, partner, link in rows)
    try:
        # utf-8-sig: Excel opens the CSV with its names (umlauts, CJK) intact.
        atomic.write_bytes(path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as exc:
        raise WorkshopError(
            f"Cannot write the links to '{path}': {atomic.describe_os_error(exc)}."
        ) from None
    return path


def serve(
    session: WorkshopSession,
    host: str | None,
    port: int,
    links_csv: str | None,
    say: Callable[[str], None] = print,
) -> int:
    """Serve until Ctrl+C (or SIGTERM); the number of answers received."""
    app = QCoreApplication.instance() or QCoreApplication([])
    chosen = check_host(host) if host else lan_address()
    server = LiveServer(session)
    received = [0]
    server.activity.connect(lambda _pid: None)
    session.changed.connect(lambda: received.__setitem__(0, received[0] + 1))
    url = server.start(chosen, port)
    w = session.workshop()
    partners = {p.id: p.name for p in w.partners}
    urls = server.links()
    rows = [(p.name, partners.get(p.partner_id, ""), urls[p.id]) for p in w.participants]
    if chosen in ALL_INTERFACES:
        say(
            f"Listening on ALL network interfaces of this computer ({chosen}), as asked; "
            f"links use {url}."
        )
    else:
        say(f"Serving '{w.details.title}' on {url} (address {chosen} only).")
    if chosen.startswith("127.") or chosen == "::1":
        say(
            "127.0.0.1 is this computer only: phones cannot reach it. Use --host with this "
            "computer's address on the room's network."
        )
    say("Personal links (each opens one participant's questionnaire; hand them out privately):")
    for name, partner, link in rows:
        say(f"  {name} ({partner}): {link}")
    if links_csv:
        write_links_csv(Path(links_csv), rows)
        say(f"Wrote the links to {links_csv}.")
    say("Press Ctrl+C to stop; the links stop working then.")

    previous = {
        sig: signal.signal(sig, lambda *_: app.quit()) for sig in (signal.SIGINT, signal.SIGTERM)
    }
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)  # lets Python see Ctrl+C while Qt waits
    ticker.start(200)
    try:
        app.exec()
    finally:
        ticker.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.stop()
    say(f"Stopped. {received[0]} change(s) saved to the workshop file while serving.")
    return received[0]
