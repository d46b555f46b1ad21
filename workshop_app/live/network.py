"""Which address the answering server listens on, and what the links look like."""

from __future__ import annotations

import ipaddress
import socket

from workshop_app.domain.errors import WorkshopError

DEFAULT_PORT = 8765
ALL_INTERFACES = ("0.0.0.0", "::")


class AddressError(WorkshopError):
    """The chosen address or port cannot be served on."""


def lan_address() -> str:
    """The address of the interface that leads to the local network, else loopback.

    Connecting a UDP socket only picks the route; it sends nothing.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.254.254.254", 9))
            address = str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"
    return address if address != "0.0.0.0" else "127.0.0.1"


def local_addresses() -> list[str]:
    """Addresses a facilitator may choose: the local network's first, loopback last."""
    found: list[str] = [lan_address()]
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if address not in found and not address.startswith("127."):
            found.append(address)
    if "127.0.0.1" not in found:
        found.append("127.0.0.1")
    return found


def check_host(host: str) -> str:
    """The host as an IP address text; an AddressError naming the problem otherwise."""
    text = host.strip().strip("[]")
    if text == "localhost":
        return "127.0.0.1"
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        raise AddressError(
            f"'{host}' is not an IP address of this computer (for example 192.168.1.20 "
            "or 127.0.0.1)."
        ) from None


def check_port(port: int) -> int:
    if not 0 <= port <= 65535:
        raise AddressError(f"Port {port} is not between 1 and 65535.")
    return port


def link_host(bound: str) -> str:
    """The host part of links: the bound address, or the network's when bound to all."""
    host = lan_address() if bound in ALL_INTERFACES else bound
    return f"[{host}]" if ":" in host else host


def base_url(bound: str, port: int) -> str:
    return f"http://{link_host(bound)}:{port}"
