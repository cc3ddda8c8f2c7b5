"""Trust without the database (DESIGN.md): keys, X.509 certificates, the signed QR payload and
the trust list headquarters publishes. Plain files and bytes: no Qt, no SQL, no reportlab."""
