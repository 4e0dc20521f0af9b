#include "result.h"

namespace backroom {

QString errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Connection: return QStringLiteral("connection");
    case Error::Kind::Auth: return QStringLiteral("auth");
    case Error::Kind::BadInput: return QStringLiteral("bad_input");
    case Error::Kind::NotFound: return QStringLiteral("not_found");
    case Error::Kind::Conflict: return QStringLiteral("conflict");
    case Error::Kind::Constraint: return QStringLiteral("constraint");
    case Error::Kind::OutOfStock: return QStringLiteral("out_of_stock");
    case Error::Kind::Schema: return QStringLiteral("schema");
    case Error::Kind::Query: return QStringLiteral("query");
    case Error::Kind::Cancelled: return QStringLiteral("cancelled");
    case Error::Kind::Permission: return QStringLiteral("permission");
    }
    return QStringLiteral("unknown");
}

} // namespace backroom
