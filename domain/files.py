"""Uploaded files: type checked from the content (never the name), size-limited, stored under
server-made names in the data directory, which no route serves directly."""
from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from core.errors import NotFound, ValidationFailed
from core.settings import get_settings

CONTENT_TYPES = {'pdf': 'application/pdf', 'jpeg': 'image/jpeg', 'png': 'image/png'}
_EICAR = b'EICAR-STANDARD-ANTIVIRUS-TEST-FILE'
# Signatures long enough never to occur by chance in a real scan or PDF.
_FORBIDDEN_INSIDE = (b'MZ\x90\x00\x03\x00', b'\x7fELF\x02\x01\x01', b'<script', b'<SCRIPT', b'/JavaScript', b'/Launch')


@dataclass(frozen=True)
class StoredFile:
    stored_name: str
    filename: str
    content_type: str
    size: int
    sha256: str


def sniff_type(data: bytes) -> str | None:
    """The real type from the leading bytes and the structure's end marker."""
    if data.startswith(b'%PDF-') and b'%%EOF' in data[-2048:]:
        return 'pdf'
    if data.startswith(b'\xff\xd8\xff') and data.rstrip(b'\x00').endswith(b'\xff\xd9'):
        return 'jpeg'
    if data.startswith(b'\x89PNG\r\n\x1a\n') and data[12:16] == b'IHDR' and b'IEND' in data[-16:]:
        return 'png'
    return None


def clean_filename(name: str) -> str:
    """The uploader's name for display: no folders, no control characters, bounded length."""
    base = re.split(r'[\\/]', name or '')[-1]
    base = ''.join(ch for ch in unicodedata.normalize('NFC', base) if unicodedata.category(ch)[0] != 'C')
    base = base.strip().lstrip('.') or 'tep-dinh-kem'
    return base[-120:]


def upload_root() -> Path:
    return (get_settings().data_dir / 'uploads').resolve()


def check_upload(data: bytes, filename: str, *, field: str = 'file') -> str:
    """Raise ValidationFailed unless `data` is an allowed, harmless file; returns its type."""
    limit = get_settings().upload_max_bytes
    if not data:
        raise ValidationFailed('file_empty', field=field)
    if len(data) > limit:
        raise ValidationFailed('file_too_large', field=field, max_mb=limit // (1024 * 1024))
    kind = sniff_type(data)
    if kind is None:
        raise ValidationFailed('file_type_not_allowed', field=field)
    # A file that is also something else (a polyglot) or carries the EICAR test signature is refused.
    zip_inside = b'PK\x03\x04' in data and b'PK\x05\x06' in data[-65557:]
    if zip_inside or _EICAR in data or any(marker in data for marker in _FORBIDDEN_INSIDE):
        raise ValidationFailed('file_content_refused', field=field)
    return kind


def store_upload(data: bytes, filename: str, *, field: str = 'file') -> StoredFile:
    kind = check_upload(data, filename, field=field)
    stored_name = f'{secrets.token_hex(16)}.{kind}'
    folder = upload_root() / stored_name[:2]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / stored_name
    with open(path, 'xb') as handle:  # never overwrite
        handle.write(data)
    return StoredFile(stored_name=stored_name, filename=clean_filename(filename), content_type=CONTENT_TYPES[kind],
                      size=len(data), sha256=hashlib.sha256(data).hexdigest())


def stored_path(stored_name: str) -> Path:
    if not re.fullmatch(r'[0-9a-f]{32}\.(pdf|jpeg|png)', stored_name):
        raise NotFound('file_not_found')
    path = upload_root() / stored_name[:2] / stored_name
    if not path.is_file():
        raise NotFound('file_not_found')
    return path


def discard(stored_name: str) -> None:
    """Remove a file whose database row was never written (keeps the store tidy)."""
    try:
        stored_path(stored_name).unlink()
    except NotFound:
        pass
