"""An office with a certified signing key, headquarters' trust list, and the QR codes read back
from a PDF as a scanner at the airport would read them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from desktop.core.roles import Actor
from desktop.services import signing
from desktop.trust import keys, trustlist

PASSPHRASE = "office key passphrase"


@dataclass
class Headquarters:
    key: keys.PrivateKey
    root: x509.Certificate

    def certify(self, request: Path, *, days: int = 730) -> x509.Certificate:
        return keys.certify(keys.read_request(request), self.key, self.root, days=days)

    def trust_list(self, offices=(), revoked=(), superseded=()) -> trustlist.TrustList:
        document = trustlist.build(self.key, self.root, offices, revoked, superseded)
        return trustlist.load(trustlist.dumps(document))


def headquarters() -> Headquarters:
    key = keys.new_key()
    return Headquarters(key, keys.make_root(key, "Test headquarters root", years=10))


def certify_office(db, admin: Actor, db_path: Path, hq: Headquarters) -> x509.Certificate:
    """Make the office's key beside the database and import HQ's certificate for it (today)."""
    files = signing.init_keys(db, admin, db_path, PASSPHRASE)
    certificate = hq.certify(files.request)
    issued = db_path.with_name("office.crt")
    issued.write_bytes(keys.pem(certificate) + keys.pem(hq.root))
    signing.import_certificate(db, admin, db_path, issued)
    return certificate


def codes_in_pdf(pdf: bytes, dpi: int = 150) -> list[list[str]]:
    """The text of every QR code on each page, rendered at `dpi` on white paper (Qt's PDF
    renderer, so no system tool is needed) and read with zxing-cpp. Needs a QGuiApplication
    (pytest-qt's `qapp`)."""
    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    source = QBuffer()
    source.setData(QByteArray(pdf))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(source)
    assert document.status() == QPdfDocument.Status.Ready, document.error()
    pages = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)  # the page renders on a transparent ground
        painter = QPainter(paper)
        painter.drawImage(0, 0, document.render(page, size))
        painter.end()
        grey = paper.convertToFormat(QImage.Format.Format_Grayscale8)
        width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
        image = Image.frombytes(
            "L", (width, height), bytes(grey.constBits())[: stride * height], "raw", "L", stride
        )
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        # Top to bottom, then left to right: the order the slips are laid out in.
        ordered = sorted(found, key=lambda r: (r.position.top_left.y // 100, r.position.top_left.x))
        pages.append([result.text for result in ordered])
    document.close()
    return pages
