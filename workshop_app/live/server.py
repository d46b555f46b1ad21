"""The live answering server: participants answer on their own devices over the room's
network, with no internet.

Bottle (one small, long-kept WSGI framework file) routes the requests and waitress
(a pure-Python, production WSGI server with request size limits) serves them on
threads of its own. Every request that touches the workshop runs on the session's
thread through ``SessionBridge``; nothing listens until ``start`` and ``stop`` ends
every connection.

Security, as the issue asks: a link's token (192 bits) names one participant and
is checked against hashes in the file; requests are size-limited; answers must carry
the page's per-token CSRF header, JSON, and a same-origin Origin/Sec-Fetch-Site; an
address that keeps sending wrong tokens is refused for a while; the page renders all
text with ``textContent`` under a strict Content-Security-Policy.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import socket
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from importlib import resources
from typing import Any

import bottle
import waitress
from PySide6.QtCore import QObject, Signal

from workshop_app.live.bridge import BridgeClosed, SessionBridge
from workshop_app.live.network import (
    DEFAULT_PORT,
    AddressError,
    base_url,
    check_host,
    check_port,
)
from workshop_app.live.participant import ParticipantDesk, Refused, tr
from workshop_app.session import links
from workshop_app.session.editing import WorkshopSession

log = logging.getLogger(__name__)

MAX_BODY = 256 * 1024  # a text answer of 32,767 characters, JSON-escaped, fits
MAX_HEADERS = 16 * 1024
BAD_TOKEN_LIMIT = 10  # wrong tokens from one address within BAD_TOKEN_WINDOW ...
BAD_TOKEN_WINDOW = 60.0  # ... seconds, then that address is refused until it is quiet
STATIC_FILES = {"index.html": "text/html", "app.js": "text/javascript", "app.css": "text/css"}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def _static(name: str) -> bytes:
    return (resources.files("workshop_app.live") / "static" / name).read_bytes()


class BadTokenThrottle:
    """Counts wrong tokens per client address; too many in a window refuses it for a while."""

    def __init__(self, limit: int = BAD_TOKEN_LIMIT, window: float = BAD_TOKEN_WINDOW) -> None:
        self.limit, self.window = limit, window
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def _recent(self, address: str, now: float) -> deque[float]:
        times = self._failures[address]
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def blocked_for(self, address: str) -> float:
        """Seconds this address must wait; 0 if it may try."""
        now = time.monotonic()
        with self._lock:
            times = self._recent(address, now)
            if len(times) < self.limit:
                return 0.0
            return max(1.0, self.window - (now - times[-self.limit]))

    def failed(self, address: str) -> None:
        with self._lock:
            self._recent(address, time.monotonic()).append(time.monotonic())


class LiveServer(QObject):
    """Start/stop the server for one session; lives on the session's thread."""

    started = Signal(str)  # the base address, e.g. http://192.168.1.20:8765
    stopped = Signal()
    activity = Signal(str)  # a participant's page loaded or sent something

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.desk = ParticipantDesk(session)
        self.bridge = SessionBridge(self)
        self.throttle = BadTokenThrottle()
        self._csrf_key = secrets.token_bytes(32)
        self._tokens: dict[str, str] = {}  # participant id -> token, known in this process
        self._by_hash: dict[str, str] = {}  # token hash -> participant id (read by threads)
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.host = ""
        self.port = 0
        self.url = ""
        self._origins: frozenset[str] = frozenset()
        self._hosts: frozenset[str] = frozenset()
        session.closing.connect(self.stop)

    # --- facilitator side (session's thread) -------------------------------------------

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self, host: str, port: int = DEFAULT_PORT) -> str:
        """Listen on ``host``:``port`` and return the base address; AddressError if not."""
        if self.running:
            return self.url
        bound = check_host(host)
        check_port(port)
        self.links()  # every participant has a link before anyone can connect
        # Bound here, so a refused address leaves nothing half-made behind.
        family = socket.AF_INET6 if ":" in bound else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((bound, port))
        except OSError as exc:
            sock.close()
            raise AddressError(
                tr(
                    "Cannot listen on {host} port {port}: {why}. Choose another address or port."
                ).format(host=bound, port=port, why=exc.strerror or exc)
            ) from None
        server = waitress.create_server(
            self._app(),
            sockets=[sock],
            threads=8,
            max_request_body_size=MAX_BODY,
            max_request_header_size=MAX_HEADERS,
            # Whole seconds (waitress casts to int: 0.2 became 0, a busy loop that
            # starved the session's thread); stop() wakes the loop through its trigger.
            asyncore_loop_timeout=1,
            channel_timeout=30,
            ident="workshop-app",
            expose_tracebacks=False,
        )
        self.host, self.port = bound, int(server.effective_port)
        self.url = base_url(bound, self.port)
        self._origins = frozenset({self.url})
        self._hosts = frozenset({self.url.removeprefix("http://")})
        self.bridge.reopen()
        self._server = server
        self._thread = threading.Thread(target=server.run, name="live-answering", daemon=True)
        self._thread.start()
        log.info("Live answering on %s", self.url)
        self.started.emit(self.url)
        return self.url

    def stop(self) -> None:
        """Close every connection and stop listening; waiting requests store nothing."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self._server = self._thread = None
        self.bridge.close()

        def close_all() -> None:  # runs on the server's own loop thread
            for channel in list(server._map.values()):
                channel.close()

        server.trigger.pull_trigger(close_all)
        if thread is not None:
            thread.join(10)
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
        log.info("Live answering stopped")
        self.stopped.emit()

    def links(self, base: str | None = None) -> dict[str, str]:
        """participant id -> personal link; issues links to those without one yet.

        ``base`` (e.g. http://192.168.1.20:8765) is for handouts printed before the
        server starts; by default the address it serves on.
        """
        people = [p.id for p in self.session.workshop().participants]
        stored = {pid: h for h, pid in links.link_hashes(self.session).items()}
        # New participants, and any whose link the file no longer has (a removed
        # participant brought back by Undo), get a link.
        new = [
            pid
            for pid in people
            if pid not in self._tokens or stored.get(pid) != links.token_hash(self._tokens[pid])
        ]
        if new:
            self._tokens.update(links.issue_links(self.session, new))
        self._by_hash = links.link_hashes(self.session)
        base = base or self.url or "http://ADDRESS"
        return {pid: f"{base}/p/{self._tokens[pid]}" for pid in people}

    def renew_link(self, participant_id: str) -> str:
        """A new link for one participant (a lost or shared handout); the old one ends."""
        self._tokens.update(links.issue_links(self.session, [participant_id]))
        self._by_hash = links.link_hashes(self.session)
        return self.links()[participant_id]

    def csrf_for(self, token: str) -> str:
        return hmac.new(self._csrf_key, token.encode(), hashlib.sha256).hexdigest()

    # --- the WSGI application (server threads) -------------------------------------

    def _app(self) -> bottle.Bottle:
        app = bottle.Bottle(catchall=True)
        app.config["json.enable"] = False
        app.default_error_handler = self._error_page
        app.route("/", "GET", lambda: self._page("index.html"))
        app.route("/p/<token>", "GET", lambda token: self._page("index.html"))
        app.route("/static/<name>", "GET", self._page)
        app.route("/api/<token>/state", "GET", self._api(self._state))
        app.route("/api/<token>/answer", "POST", self._api(self._answer, changes=True))
        app.route("/api/<token>/done", "POST", self._api(self._done, changes=True))
        return app

    def _headers(self) -> None:
        for name, value in SECURITY_HEADERS.items():
            bottle.response.set_header(name, value)

    def _page(self, name: str) -> bytes:
        if name not in STATIC_FILES:
            raise bottle.HTTPError(404, "Not found")
        self._headers()
        bottle.response.content_type = f"{STATIC_FILES[name]}; charset=utf-8"
        return _static(name)

    def _error_page(self, error: bottle.HTTPError) -> str:
        self._headers()
        bottle.response.content_type = "application/json"
        return json.dumps({"error": str(error.body or error.status_line)})

    def _api(self, handler: Callable[[str, Any], Any], *, changes: bool = False) -> Callable:
        def route(token: str) -> str:
            self._headers()
            bottle.response.content_type = "application/json"
            try:
                pid = self._participant(token)
                payload = self._checked_body(token) if changes else None
                result = self.bridge.call(lambda: handler(pid, payload))
            except Refused as exc:
                bottle.response.status = exc.status
                if exc.status == 429:
                    bottle.response.set_header("Retry-After", str(int(exc.message)))
                    return json.dumps({"error": tr("Too many wrong links; wait a minute.")})
                return json.dumps({"error": exc.message})
            except BridgeClosed:
                bottle.response.status = 503
                return json.dumps({"error": tr("Answering has stopped for now.")})
            if not changes:
                result["csrf"] = self.csrf_for(token)  # sent back with every change
            return json.dumps(result, ensure_ascii=False)

        return route

    def _participant(self, token: str) -> str:
        # The socket's peer: bottle's remote_addr would believe an X-Forwarded-For header.
        address = str(bottle.request.environ.get("REMOTE_ADDR") or "?")
        if bottle.request.get_header("Host") not in self._hosts:
            # Only the address the links name: a page of another site that had its own
            # name pointed at this laptop (DNS rebinding) gets nothing.
            raise Refused(403, tr("Refused: open the link exactly as it was given."))
        wait = self.throttle.blocked_for(address)
        if wait:
            raise Refused(429, str(int(wait)))
        pid = self._by_hash.get(links.token_hash(token)) if links.looks_like_token(token) else None
        if pid is None:
            self.throttle.failed(address)
            raise Refused(403, tr("This link is not valid. Ask the facilitator for yours."))
        return pid

    def _checked_body(self, token: str) -> Any:
        request = bottle.request
        origin = request.get_header("Origin")
        if origin is not None and origin not in self._origins:
            raise Refused(403, tr("Refused: the request came from another site."))
        site = request.get_header("Sec-Fetch-Site")
        if site is not None and site not in ("same-origin", "none"):
            raise Refused(403, tr("Refused: the request came from another site."))
        if not hmac.compare_digest(request.get_header("X-CSRF-Token") or "", self.csrf_for(token)):
            raise Refused(403, tr("Refused: reload the page and try again."))
        if (request.content_type or "").split(";")[0].strip() != "application/json":
            raise Refused(415, tr("The answer must be sent as JSON."))
        if request.content_length > MAX_BODY:
            raise Refused(413, tr("The answer is too long."))
        raw = request.body.read(MAX_BODY + 1)
        if len(raw) > MAX_BODY:
            raise Refused(413, tr("The answer is too long."))
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            raise Refused(400, tr("The answer could not be read.")) from None

    # --- handlers (session's thread) -------------------------------------------------

    def _state(self, pid: str, _payload: Any) -> dict[str, Any]:
        state = self.desk.state(pid)
        self.activity.emit(pid)
        return state

    def _answer(self, pid: str, payload: Any) -> dict[str, Any]:
        result = self.desk.answer(pid, payload)
        self.activity.emit(pid)
        return result

    def _done(self, pid: str, _payload: Any) -> dict[str, Any]:
        result = self.desk.finish(pid)
        self.activity.emit(pid)
        return result
