#include "retry.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace backroom::resilience {

bool isRolledBackTransaction(const Error &error)
{
    return error.sqlState == QLatin1String("40001") || error.sqlState == QLatin1String("40P01")
        || error.sqlState == QLatin1String("55P03");
}

namespace {

bool defaultRetryable(const Error &error)
{
    return error.kind == Error::Kind::Connection || isRolledBackTransaction(error);
}

} // namespace

RetryPolicy::RetryPolicy() : RetryPolicy(Config{}) {}

RetryPolicy::RetryPolicy(Config config, Seams seams) : m_config(std::move(config)), m_seams(std::move(seams))
{
    m_config.maxAttempts = std::max(1, m_config.maxAttempts);
    m_config.jitter = std::clamp(m_config.jitter, 0.0, 1.0);
    m_config.multiplier = std::max(1.0, m_config.multiplier);
    if (!m_config.retryable)
        m_config.retryable = defaultRetryable;
    if (!m_seams.sleep)
        m_seams.sleep = [](Duration d) { std::this_thread::sleep_for(d); };
    if (!m_seams.random)
        m_seams.random = [] { return QRandomGenerator::global()->generateDouble(); };
}

std::function<double()> RetryPolicy::seededRandom(quint32 seed)
{
    auto generator = std::make_shared<QRandomGenerator>(seed);
    return [generator] { return generator->generateDouble(); };
}

RetryPolicy RetryPolicy::withAttempts(int maxAttempts) const
{
    RetryPolicy copy = *this;
    copy.m_config.maxAttempts = std::max(1, maxAttempts);
    return copy;
}

RetryPolicy RetryPolicy::withRetryable(std::function<bool(const Error &)> retryable) const
{
    RetryPolicy copy = *this;
    copy.m_config.retryable = retryable ? std::move(retryable) : defaultRetryable;
    return copy;
}

bool RetryPolicy::isRetryable(const Error &error) const
{
    return m_config.retryable(error);
}

RetryPolicy::Duration RetryPolicy::nominalBackoff(int failedAttempt) const
{
    const double factor = std::pow(m_config.multiplier, std::max(0, failedAttempt - 1));
    const double nanos = std::min(double(m_config.initialBackoff.count()) * factor,
                                  double(m_config.maxBackoff.count()));
    return Duration(qint64(std::llround(std::max(0.0, nanos))));
}

RetryPolicy::Duration RetryPolicy::backoff(int failedAttempt) const
{
    const Duration nominal = nominalBackoff(failedAttempt);
    if (nominal <= Duration(0) || m_config.jitter <= 0)
        return nominal;
    // Uniform in [nominal * (1 - jitter), nominal * (1 + jitter)).
    const double spread = (2.0 * m_seams.random() - 1.0) * m_config.jitter;
    return Duration(qint64(std::llround(double(nominal.count()) * (1.0 + spread))));
}

bool RetryPolicy::shouldRetryAfter(Idempotency idempotency, int failedAttempt, const Error &error) const
{
    return idempotency == Idempotency::Idempotent && failedAttempt < m_config.maxAttempts && isRetryable(error);
}

void RetryPolicy::waitAfter(int failedAttempt, const Error &error) const
{
    const Duration wait = backoff(failedAttempt);
    notifyRetry(failedAttempt, error, wait);
    if (wait > Duration(0))
        m_seams.sleep(wait);
}

void RetryPolicy::notifyRetry(int failedAttempt, const Error &error, Duration wait) const
{
    if (m_onRetry)
        m_onRetry(RetryEvent{failedAttempt, error, wait});
}

QString RetryPolicy::cancelledMessage()
{
    return tr("Cancelled before it could finish.");
}

void RetryPolicy::Operation::cancel()
{
    if (m_cancel)
        m_cancel();
}

} // namespace backroom::resilience
