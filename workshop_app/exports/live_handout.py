"""Live answering handouts: one card per participant with their QR code and link.

Printed and cut apart, each participant gets their own card: the link is personal
(it opens that participant's questionnaire and nothing else), so cards are handed
out, never projected. QR codes are drawn by segno (pure Python).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from workshop_app import atomic
from workshop_app.domain.errors import WorkshopError
from workshop_app.exports.pdf_fonts import draw_runs, fit, register_fonts

CARDS_PER_PAGE = 4


class HandoutError(WorkshopError):
    """The handout could not be written."""


@dataclass(frozen=True)
class Card:
    participant: str
    partner: str
    url: str


def qr_png(url: str, scale: int = 8) -> bytes:
    """The QR code of a link as PNG bytes (error correction M, a quiet zone of 4)."""
    out = io.BytesIO()
    segno.make(url, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def qr_svg(url: str, scale: int = 8) -> bytes:
    out = io.BytesIO()
    segno.make(url, error="m", micro=False).save(out, kind="svg", scale=scale, border=4)
    return out.getvalue()


def handout_pdf(title: str, address: str, cards: list[Card]) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"Live answering links - {title}")
    width, height = A4
    card_h = (height - 20 * mm) / CARDS_PER_PAGE
    text_w = width - 20 * mm - 60 * mm - 8 * mm
    for i, card in enumerate(cards):
        slot = i % CARDS_PER_PAGE
        if i and slot == 0:
            canvas.showPage()
        top = height - 10 * mm - slot * card_h
        if slot:
            canvas.setDash(3, 3)
            canvas.setStrokeGray(0.6)
            canvas.line(10 * mm, top, width - 10 * mm, top)  # cut here
            canvas.setDash()
        qr = ImageReader(io.BytesIO(qr_png(card.url, scale=6)))
        canvas.drawImage(qr, 12 * mm, top - 8 * mm - 56 * mm, 56 * mm, 56 * mm)
        x = 76 * mm
        y = top - 16 * mm
        draw_runs(canvas, x, y, fit(card.participant, 16, text_w, bold=True), 16, bold=True)
        y -= 7 * mm
        draw_runs(canvas, x, y, fit(card.partner, 11, text_w), 11)
        y -= 6 * mm
        draw_runs(canvas, x, y, fit(title, 10, text_w), 10)
        y -= 10 * mm
        steps = (
            "1. Join the room's network (Wi-Fi) the facilitator names.",
            "2. Scan the code with your phone's camera, or type the link:",
        )
        for step in steps:
            draw_runs(canvas, x, y, fit(step, 9.5, text_w), 9.5)
            y -= 5 * mm
        canvas.setFont("Courier", 8.5)
        link = card.url
        while link:  # the link wrapped by characters, so it can be typed exactly
            chunk = link[:44]
            canvas.drawString(x, y, chunk)
            link = link[44:]
            y -= 4.2 * mm
        y -= 2 * mm
        draw_runs(
            canvas, x, y, fit("This link is yours alone: do not share it.", 9, text_w), 9, bold=True
        )
    if not cards:
        draw_runs(canvas, 15 * mm, height - 30 * mm, "No participants yet.", 14)
    draw_runs(canvas, width / 2, 6 * mm, fit(f"Served at {address}", 8, width), 8, align="centre")
    canvas.save()
    return buffer.getvalue()


def write_handout(path: str | Path, title: str, address: str, cards: list[Card]) -> Path:
    """Write the handout PDF through the one atomic writer (never half a file)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise HandoutError(f"The folder '{folder}' does not exist.")
    data = handout_pdf(title, address, cards)
    try:
        atomic.write_bytes(target, data)
    except OSError as exc:
        raise HandoutError(
            f"Cannot write the handout to {target}: {atomic.describe_os_error(exc)}."
        ) from None
    return target
