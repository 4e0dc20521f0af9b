#include "selfsignedcertificate.h"
#include "coretext.h"

#include <QSaveFile>
#include <QFile>
#include <ctime>
#include <memory>
#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace backroom::security {

namespace {
template <typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PKeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

Error openSslError(const char *step)
{
    char reason[256] = {};
    ERR_error_string_n(ERR_get_error(), reason, sizeof reason);
    return Error::make(Error::Kind::Query,
                       SecurityText::tr("Could not make the TLS certificate (%1: %2).")
                           .arg(QLatin1String(step), QLatin1String(reason)));
}

PKeyPtr newP256Key()
{
    PKeyCtxPtr ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0
        || EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx.get(), NID_X9_62_prime256v1) <= 0
        || EVP_PKEY_keygen(ctx.get(), &key) <= 0)
        return PKeyPtr();
    return PKeyPtr(key);
}

bool addExtension(X509 *cert, int nid, const QString &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;   // a positive serial number
    BnPtr serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert));
}

QString subjectAltNames(const CertificateRequest &r)
{
    QStringList names;
    for (const QString &dns : r.dnsNames)
        names << QStringLiteral("DNS:") + dns;
    for (const QString &ip : r.ipAddresses)
        names << QStringLiteral("IP:") + ip;
    return names.join(QLatin1Char(','));
}

Result<X509Ptr> makeCertificate(const CertificateRequest &r, EVP_PKEY *key)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()))
        return openSslError("X509_new");
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);   // tolerate a clock slightly behind
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(r.validDays) * 24 * 3600);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = r.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Backroom"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);   // self-signed: it is its own issuer
    if (X509_set_pubkey(cert.get(), key) != 1)
        return openSslError("X509_set_pubkey");
    // A root that is also the server's certificate, as PostgreSQL's documentation makes with openssl req -x509.
    if (!addExtension(cert.get(), NID_basic_constraints, QStringLiteral("critical,CA:TRUE"))
        || !addExtension(cert.get(), NID_key_usage, QStringLiteral("critical,digitalSignature,keyCertSign"))
        || !addExtension(cert.get(), NID_ext_key_usage, QStringLiteral("serverAuth"))
        || !addExtension(cert.get(), NID_subject_key_identifier, QStringLiteral("hash"))
        || !addExtension(cert.get(), NID_subject_alt_name, subjectAltNames(r)))
        return openSslError("X509V3_EXT_conf_nid");
    if (X509_sign(cert.get(), key, EVP_sha256()) <= 0)
        return openSslError("X509_sign");
    return cert;
}

Status writePem(const QString &path, const QByteArray &pem, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::BadInput, SecurityText::tr("Cannot write %1: %2.")
                                                      .arg(path, file.errorString()));
    file.setPermissions(permissions);   // before the key's bytes are in it
    file.write(pem);
    if (!file.commit())
        return Error::make(Error::Kind::BadInput, SecurityText::tr("Cannot write %1: %2.")
                                                      .arg(path, file.errorString()));
    QFile::setPermissions(path, permissions);
    return Done{};
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}
} // namespace

Status writeSelfSignedCertificate(const CertificateRequest &request, const QString &certificatePath,
                                  const QString &keyPath)
{
    PKeyPtr key = newP256Key();
    if (!key)
        return openSslError("EVP_PKEY_keygen");
    auto cert = makeCertificate(request, key.get());
    if (!cert)
        return cert.error();
    BioPtr certPem(BIO_new(BIO_s_mem()));
    BioPtr keyPem(BIO_new(BIO_s_mem()));
    if (!certPem || !keyPem || PEM_write_bio_X509(certPem.get(), cert->get()) != 1
        || PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return openSslError("PEM_write_bio");
    if (auto s = writePem(keyPath, bioBytes(keyPem.get()), QFileDevice::ReadOwner | QFileDevice::WriteOwner); !s)
        return s;
    return writePem(certificatePath, bioBytes(certPem.get()),
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

QDateTime certificateExpiry(const QString &certificatePath)
{
    QFile file(certificatePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    X509Ptr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    std::tm notAfter{};
    if (!cert || ASN1_TIME_to_tm(X509_get0_notAfter(cert.get()), &notAfter) != 1)
        return {};
    return QDateTime(QDate(notAfter.tm_year + 1900, notAfter.tm_mon + 1, notAfter.tm_mday),
                     QTime(notAfter.tm_hour, notAfter.tm_min, notAfter.tm_sec), Qt::UTC);
}

} // namespace backroom::security
