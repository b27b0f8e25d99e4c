"""Uploaded files: type checked from the content (never the name), size-limited, stored under
server-made names in the data directory, which no route serves directly.

The gate refuses what an honest scan or photo never is: a file that is also something else (an
executable, an archive, HTML or script inside), a PDF that runs code or carries files, an image
too large to open, and a name no browser sends (folders, control or direction characters).
"""
from __future__ import annotations

import hashlib
import re
import secrets
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path

from core.errors import NotFound, ValidationFailed
from core.settings import get_settings

CONTENT_TYPES = {'pdf': 'application/pdf', 'jpeg': 'image/jpeg', 'png': 'image/png'}
EXTENSIONS = {'pdf': ('.pdf',), 'jpeg': ('.jpg', '.jpeg', '.jpe', '.jfif'), 'png': ('.png',)}
MAX_NAME_LENGTH = 255  # what file systems allow; a longer name never comes from a real file
MAX_PIXELS = 178_956_970  # Pillow's decompression-bomb limit: about 13,000 x 13,000
MAX_SIDE = 65_000
MAX_OBJECT_STREAM_BYTES = 32 * 1024 * 1024  # decompressed PDF object streams, all together

_EICAR = b'EICAR-STANDARD-ANTIVIRUS-TEST-FILE'
# Signatures long enough never to occur by chance in a real scan or PDF: executables (Windows PE
# with its DOS stub or PE header, ELF), other archive formats, script and markup.
_FORBIDDEN = re.compile(
    rb'MZ\x90\x00\x03\x00|This program cannot be run in DOS mode|This program must be run under Win32'
    rb'|PE\x00\x00(?:L\x01|d\x86|\x64\xaa)|\x7fELF[\x01\x02][\x01\x02]\x01'
    rb'|Rar!\x1a\x07|7z\xbc\xaf\x27\x1c'
    rb'|(?i:<script|<\?php|javascript:|vbscript:)'
    rb'|/JavaScript|/Launch')
# Browsers sniff markup near the start of a file; an honest scan never begins or ends with it.
_MARKUP = re.compile(rb'(?i)<(?:html|body|svg|iframe|object|embed|img|meta|!doctype|\?xml[^>]*>\s*<svg)[\s>/]')
# PDF names that run code, launch programs, carry files or send data away.
_PDF_ACTIVE = re.compile(rb'/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|GoToE|SubmitForm|ImportData)'
                         rb'(?![A-Za-z0-9#])')
_PDF_HEX_NAME = re.compile(rb'#([0-9A-Fa-f]{2})')
_STREAM_START = re.compile(rb'(?<!end)stream(?:\r\n|\n|\r)')
_ZIP_METHODS = {0, 1, 6, 8, 9, 12, 14, 93, 95, 98, 99}
_BIDI_AND_INVISIBLE = {'\u061c', '\u200b', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202b', '\u202c',
                       '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff'}


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


def name_problem(name: str | None) -> str | None:
    """Why an uploader's file name is refused, or None. Browsers send a bare name: folders, drive
    letters, control characters (NUL), direction overrides (`evil\u202egpj.exe` shows as
    `evilexe.jpg`) and names longer than a file system allows only come from a crafted request."""
    if name is None or not name.strip():
        return None  # no name: the portal names it
    if len(name) > MAX_NAME_LENGTH or len(name.encode('utf-8', 'surrogatepass')) > 4 * MAX_NAME_LENGTH:
        return 'file_name_invalid'
    if '/' in name or '\\' in name or re.match(r'^[A-Za-z]:', name) or name.strip() in ('.', '..'):
        return 'file_name_invalid'
    for ch in name:
        if ch in _BIDI_AND_INVISIBLE or (unicodedata.category(ch)[0] == 'C' and ch not in '\u200c\u200d'):
            return 'file_name_invalid'
    return None


def clean_filename(name: str, kind: str | None = None) -> str:
    """The uploader's name for display: no folders, no control characters, bounded length, and an
    extension that tells the truth about the content (`hoa-don.exe` holding a PDF shows as
    `hoa-don.exe.pdf`)."""
    base = re.split(r'[\\/]', name or '')[-1]
    base = ''.join(ch for ch in unicodedata.normalize('NFC', base)
                   if unicodedata.category(ch)[0] != 'C' and ch not in _BIDI_AND_INVISIBLE)
    base = base.strip().lstrip('.') or 'tep-dinh-kem'
    if kind is not None and not base.lower().endswith(EXTENSIONS[kind]):
        base = base[:115] + EXTENSIONS[kind][0]
    return base[-120:]


def upload_root() -> Path:
    return (get_settings().data_dir / 'uploads').resolve()


# ---------------------------------------------------------------- content checks

def _zip_inside(data: bytes) -> bool:
    """A ZIP (JAR, DOCX, APK...) member or end record anywhere: a plausible header, not 4 bytes by chance."""
    for match in re.finditer(rb'PK\x03\x04', data):
        header = data[match.start():match.start() + 30]
        if len(header) < 30:
            break
        version, _flags, method = struct.unpack_from('<HHH', header, 4)
        name_length = struct.unpack_from('<H', header, 26)[0]
        name = data[match.start() + 30:match.start() + 30 + name_length]
        if (version <= 100 and method in _ZIP_METHODS and 0 < name_length <= 1024 and len(name) == name_length
                and all(32 <= b < 127 or b >= 128 for b in name)):
            return True
    for match in re.finditer(rb'PK\x05\x06', data):
        record = data[match.start():match.start() + 22]
        if len(record) < 22:
            break
        disk, start_disk, on_disk, total, size, offset = struct.unpack_from('<HHHHII', record, 4)
        if disk == start_disk == 0 and on_disk == total and size <= len(data) and offset <= len(data):
            return True
    return False


def _pdf_active(data: bytes) -> bool:
    """JavaScript, launch actions, embedded files... anywhere in the PDF's objects: outside the
    streams, and inside the compressed object streams where PDF 1.5 keeps dictionaries. Names are
    read with their `#xx` escapes decoded (`/J#61vaScript` is `/JavaScript`)."""
    outside: list[bytes] = []
    object_streams: list[tuple[bytes, bytes]] = []
    position = 0
    while (match := _STREAM_START.search(data, position)) is not None:
        head = data[position:match.start()]
        outside.append(head)
        end = data.find(b'endstream', match.end())
        end = len(data) if end < 0 else end
        dictionary = _PDF_HEX_NAME.sub(lambda m: bytes([int(m[1], 16)]), head[max(head.rfind(b'obj'), 0):][-8192:])
        if re.search(rb'/Type\s*/ObjStm', dictionary):
            object_streams.append((dictionary, data[match.end():end]))
        position = end + len(b'endstream')
    outside.append(data[position:])
    texts = [b''.join(outside)]
    budget = MAX_OBJECT_STREAM_BYTES
    for dictionary, body in object_streams:
        filters = re.findall(rb'/(?:FlateDecode|Fl)\b|/[A-Za-z0-9]+Decode\b|/(?:AHx|A85|LZW|RL|CCF|DCT)\b',
                             dictionary.split(b'/Filter', 1)[1] if b'/Filter' in dictionary else b'')
        if not filters:
            texts.append(body)
            continue
        if filters not in ([b'/FlateDecode'], [b'/Fl']):
            return True  # an object stream behind filters no honest writer uses there: cannot be read, refused
        inflater = zlib.decompressobj()
        try:
            text = inflater.decompress(body, budget + 1)
        except zlib.error:
            return True
        if len(text) > budget:
            return True  # a compression bomb
        budget -= len(text)
        texts.append(text)
    return any(_PDF_ACTIVE.search(_PDF_HEX_NAME.sub(lambda m: bytes([int(m[1], 16)]), text)) for text in texts)


def _image_size(data: bytes, kind: str) -> tuple[int, int] | None:
    if kind == 'png':
        return struct.unpack_from('>II', data, 16) if len(data) >= 24 else None
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:
            position += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):
            position += 2
            continue
        if marker in (0xD9, 0xDA):
            return None
        length = struct.unpack_from('>H', data, position + 2)[0]
        if marker in (*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC), *range(0xCD, 0xD0)):
            if position + 9 > len(data):
                return None
            height, width = struct.unpack_from('>HH', data, position + 5)
            return width, height
        position += 2 + length
    return None


def _content_problem(data: bytes, kind: str) -> str | None:
    if _EICAR in data or _FORBIDDEN.search(data) or _zip_inside(data):
        return 'file_content_refused'
    if _MARKUP.search(data[:2048]) or _MARKUP.search(data[-2048:]):
        return 'file_content_refused'
    if kind == 'pdf' and _pdf_active(data):
        return 'file_content_refused'
    if kind in ('png', 'jpeg'):
        size = _image_size(data, kind)
        if size is not None and (max(size) > MAX_SIDE or size[0] * size[1] > MAX_PIXELS):
            return 'file_content_refused'  # a pixel flood: tiny file, an image no viewer can open
    return None


def check_upload(data: bytes, filename: str, *, field: str = 'file') -> str:
    """Raise ValidationFailed unless `data` is an allowed, harmless file; returns its type."""
    limit = get_settings().upload_max_bytes
    if (problem := name_problem(filename)) is not None:
        raise ValidationFailed(problem, field=field)
    if not data:
        raise ValidationFailed('file_empty', field=field)
    if len(data) > limit:
        raise ValidationFailed('file_too_large', field=field, max_mb=limit // (1024 * 1024))
    kind = sniff_type(data)
    if kind is None:
        raise ValidationFailed('file_type_not_allowed', field=field)
    if (problem := _content_problem(data, kind)) is not None:
        raise ValidationFailed(problem, field=field)
    return kind


def store_upload(data: bytes, filename: str, *, field: str = 'file') -> StoredFile:
    kind = check_upload(data, filename, field=field)
    stored_name = f'{secrets.token_hex(16)}.{kind}'
    folder = upload_root() / stored_name[:2]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / stored_name
    with open(path, 'xb') as handle:  # never overwrite
        handle.write(data)
    return StoredFile(stored_name=stored_name, filename=clean_filename(filename, kind),
                      content_type=CONTENT_TYPES[kind], size=len(data), sha256=hashlib.sha256(data).hexdigest())


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
