#pragma once
// FaultPlan: the faults one sandbox gateway is told to show (error rate, latency + jitter, hang, down, lost
// replies) and the seeded dice that decide, request by request, which of them strike. Pure logic: the same
// seed and the same settings give the same decisions on every platform, so a test can predict them by
// running its own FaultPlan beside the sandbox's. Not thread-safe; lives with its gateway's server.

#include "result.h"

#include <QJsonObject>
#include <cstdint>
#include <optional>
#include <random>

namespace backroom::sandbox {

struct FaultSettings {
    double errorRate = 0;      // 0..1: share of requests answered 500/503 without being handled
    int latencyMs = 0;         // added before every answer
    int jitterMs = 0;          // +- this much, uniformly, around latencyMs
    bool hang = false;         // accept the connection, never answer (until the faults are reset)
    bool down = false;         // the gateway's port is closed: connections are refused
    double loseReplies = 0;    // 0..1: share of POSTs handled (charge recorded) whose answer is dropped

    bool any() const;
    QJsonObject toJson() const;
    // Applies a control request's changes ({"error_rate": 0.3, "hang": true, "reset": true, ...}) to base;
    // "reset" first clears everything. BadInput names the offending field. A "seed" field is read by the
    // caller (seedIn), not here.
    static Result<FaultSettings> merged(const FaultSettings &base, const QJsonObject &changes);
};

// Reads an optional "seed" (a whole number >= 0) from a control request; BadInput if it is not one.
Result<std::optional<quint64>> seedIn(const QJsonObject &changes);

struct FaultDecision {
    int errorStatus = 0;      // 500 or 503 when an injected error strikes, else 0
    int delayMs = 0;          // latency + jitter to wait before handling
    bool loseReply = false;   // handle it, then drop the connection instead of answering
};

class FaultPlan {
public:
    explicit FaultPlan(quint64 seed = 0) : m_rng(seed) {}
    void reseed(quint64 seed) { m_rng.seed(seed); }

    // One roll of the dice for one request. Draw order (documented in docs/sandbox.md, relied on by tests):
    // one draw for the error if errorRate > 0, one for the jitter if jitterMs > 0, one for losing the reply
    // if the request is a write, loseReplies > 0 and no error struck. Hang and down need no dice.
    FaultDecision decide(const FaultSettings &settings, bool isWrite);

private:
    double nextUnit();   // uniform in [0, 1), identical on every standard library
    std::mt19937_64 m_rng;
};

} // namespace backroom::sandbox
