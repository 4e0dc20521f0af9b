#pragma once
// A self-signed TLS certificate for a server Backroom runs itself (the embedded cluster's loopback
// port): a new P-256 key and a certificate naming the given DNS names and IP addresses, made with
// OpenSSL. The certificate is its own root: clients verify with sslrootcert pointing at it. Any thread.

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace backroom::security {

struct CertificateRequest {
    QString commonName;
    QStringList dnsNames;      // subjectAltName DNS entries, e.g. "localhost"
    QStringList ipAddresses;   // subjectAltName IP entries, e.g. "127.0.0.1"
    int validDays = 825;
};

// Writes the certificate (PEM, 0644) and the private key (PEM, 0600), each atomically.
Status writeSelfSignedCertificate(const CertificateRequest &request, const QString &certificatePath,
                                  const QString &keyPath);

// When the PEM certificate at path stops being valid; invalid QDateTime if it cannot be read.
QDateTime certificateExpiry(const QString &certificatePath);

} // namespace backroom::security
