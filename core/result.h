#pragma once
// Result<T>: the value of an operation that can fail in an expected way (conflict, unreachable server,
// bad input), carrying a typed Error instead of throwing. Exceptions stay for programming errors.

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace backroom {

struct Error {
    enum class Kind {
        Connection,   // cannot reach or lost the server; retrying later may help
        Auth,         // wrong user or password
        BadInput,     // the caller gave something invalid; fix the input
        NotFound,     // the thing named does not exist
        Conflict,     // optimistic check failed: someone else changed it
        Constraint,   // the database refused it (e.g. would make stock negative)
        OutOfStock,   // not enough available stock
        Schema,       // schema missing or newer than this binary
        Query,        // any other server-side error
        Cancelled,
        Permission,   // the login's job role may not do this (SQLSTATE 42501); ask an owner
    };
    Kind kind = Kind::Query;
    QString message;   // one line, says what happened and what to do
    QString sqlState;  // five-character SQLSTATE when it came from the server

    static Error make(Kind k, QString msg, QString state = {}) { return Error{k, std::move(msg), std::move(state)}; }
};

QString errorKindName(Error::Kind kind);

template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

// For operations that return nothing on success.
struct Done {};
using Status = Result<Done>;

} // namespace backroom
