"""Look for a secret in files, in the encodings it could leak as (UTF-8, UTF-16, base64, hex)."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from pathlib import Path


def _b64_cores(data: bytes) -> list[bytes]:
    """The base64 text that `data` becomes wherever it sits in a longer base64 stream:
    one form per alignment (0, 1, 2 bytes before it), trimmed of the characters that
    depend on the neighbours."""
    cores = []
    for lead in range(3):
        encoded = base64.b64encode(b"\0" * lead + data).rstrip(b"=")
        skip = (lead * 4 + 2) // 3  # characters touched by the lead bytes
        core = encoded[skip:len(encoded) - 2]
        cores += [core, core.replace(b"+", b"-").replace(b"/", b"_")]
    return cores


def secret_forms(secret: str) -> list[bytes]:
    raw = [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]
    forms = list(raw)
    for data in raw:
        forms += _b64_cores(data)
        forms += [data.hex().encode("ascii"), data.hex().upper().encode("ascii")]
    return forms


def files_under(roots: Iterable[Path]) -> list[Path]:
    return sorted({p for root in roots if root.exists()
                   for p in ([root] if root.is_file() else root.rglob("*")) if p.is_file()})


def leaks(secret: str, roots: Iterable[Path], texts: Iterable[str] = ()) -> list[str]:
    """Every file (and captured text) that holds the secret in any of its forms."""
    forms = secret_forms(secret)
    found = []
    for path in files_under(roots):
        data = path.read_bytes()
        if any(form in data for form in forms):
            found.append(str(path))
    for n, text in enumerate(texts):
        data = text.encode("utf-8", "surrogatepass")
        if any(form in data for form in forms):
            found.append(f"captured text #{n}")
    return found
