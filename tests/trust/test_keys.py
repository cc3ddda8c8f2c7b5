import hashlib
import stat

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import ExtendedKeyUsageOID

from desktop.core.errors import ValidationError
from desktop.trust import keys
from tests.trust.conftest import ISSUED, make_headquarters


def test_the_root_may_certify_offices_and_signs_itself(hq):
    constraints = hq.root.extensions.get_extension_for_class(x509.BasicConstraints).value
    usage = hq.root.extensions.get_extension_for_class(x509.KeyUsage).value
    assert constraints.ca and usage.key_cert_sign and usage.crl_sign
    assert keys.is_root(hq.root)
    assert hq.root.not_valid_before_utc == ISSUED


def test_an_office_certificate_signs_documents_and_chains_to_the_root(hq, office):
    cert = office.certificate
    ext = cert.extensions
    usage = ext.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert not ext.get_extension_for_class(x509.BasicConstraints).value.ca
    assert keys.DOCUMENT_SIGNING in ext.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert (
        ExtendedKeyUsageOID.SERVER_AUTH
        not in ext.get_extension_for_class(x509.ExtendedKeyUsage).value
    )
    aki = ext.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier
    ski = hq.root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    assert aki == ski
    assert keys.issued_by(cert, hq.root)
    assert not keys.issued_by(cert, make_headquarters().root)
    assert str(keys.Subject.of(cert.subject)) == "Islamabad (ISB)"


def test_the_key_id_is_the_start_of_the_public_keys_hash(office):
    der = office.certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert keys.key_id(office.certificate) == hashlib.sha256(der).digest()[:8]
    assert keys.key_id(office.key.public_key()) == keys.key_id(office.certificate)


def test_a_request_with_a_wrong_signature_is_refused(hq):
    request = keys.make_request(keys.new_key(), "KHI", "Karachi")
    der = bytearray(request.public_bytes(serialization.Encoding.DER))
    der[-5] ^= 0x01  # inside the signature's r or s
    forged = x509.load_der_x509_csr(bytes(der))
    with pytest.raises(ValidationError, match="signature does not hold"):
        keys.certify(forged, hq.key, hq.root, now=ISSUED)


def test_a_request_naming_no_office_is_refused(hq):
    request = keys.make_request(keys.new_key(), "", "Nobody")
    with pytest.raises(ValidationError, match="names no office"):
        keys.certify(request, hq.key, hq.root, now=ISSUED)


def test_key_files_are_private_and_encrypted(tmp_path):
    folder = keys.private_folder(tmp_path / "k")
    key = keys.new_key()
    keys.save_key(folder / "office.key", key, "a passphrase")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "office.key").stat().st_mode) == 0o600
    text = (folder / "office.key").read_text()
    assert "BEGIN ENCRYPTED PRIVATE KEY" in text
    loaded = keys.load_key(folder / "office.key", "a passphrase")
    assert keys.same_key(loaded.public_key(), key.public_key())


def test_a_wrong_passphrase_is_one_line_naming_the_key_file(tmp_path):
    path = tmp_path / "office.key"
    keys.save_key(path, keys.new_key(), "right")
    with pytest.raises(ValidationError) as refused:
        keys.load_key(path, "wrong")
    message = str(refused.value)
    assert str(path) in message and "Wrong passphrase" in message and "\n" not in message


def test_a_key_is_never_saved_without_a_passphrase(tmp_path):
    with pytest.raises(ValidationError, match="passphrase"):
        keys.save_key(tmp_path / "office.key", keys.new_key(), "")
    assert not (tmp_path / "office.key").exists()
