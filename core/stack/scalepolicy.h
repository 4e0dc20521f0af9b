#pragma once
// ScalePolicy: decides, one tick at a time, whether the auto-scaling supervisor adds or removes a `serve`
// instance. Pure logic (QtCore only, no network, no database): it sees one LoadSample per ready instance
// per tick and reads time only from the Clock it is given, so tests drive it tick by tick.
//
// The rule, with hysteresis so a noisy signal does not flap:
// - Outside the bounds (fewer than min or more than max instances) it moves back inside at once.
// - Up when the load stayed high for `ticksAboveToScaleUp` ticks in a row: the mean saturation of the
//   instances (their busiest bulkhead's in_flight / max_concurrent) at or above `saturationUp`, or the
//   p95 of the probes' latency at or above `latencyUpMs`.
// - Down when the load stayed low for `ticksBelowToScaleDown` ticks in a row: mean saturation at or below
//   `saturationDown` AND latency p95 at or below `latencyDownMs`, AND the same load spread over one
//   instance fewer would still be below `saturationUp` (removing one must not call for it back).
// - After any change nothing moves for `cooldown`, and both streaks start again.
// An instance that did not answer its probe counts as saturated (1.0): it serves nobody.
// Thread: one thread at a time (the supervisor's).

#include "net/clock.h"

#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace backroom::stack {

struct ScalePolicyConfig {
    int minInstances = 1;
    int maxInstances = 4;
    double saturationUp = 0.75;     // mean busiest-bulkhead saturation, 0..1
    double saturationDown = 0.20;   // must be below saturationUp
    double latencyUpMs = 500;       // p95 of the tick's probes
    double latencyDownMs = 100;     // must be below latencyUpMs
    int ticksAboveToScaleUp = 3;
    int ticksBelowToScaleDown = 10;
    std::chrono::milliseconds cooldown{30000};

    // Empty when usable; otherwise one line saying what is wrong (for --min/--max/... errors).
    QString problem() const;
};

// What one ready instance reported this tick.
struct LoadSample {
    double saturation = 0;     // 0..1, busiest bulkhead (browse or checkout)
    double latencyMs = 0;      // the probe's round trip (or a latency the instance reports)
    bool reachable = true;     // false: the probe failed (counted as saturation 1)
};

enum class ScaleDirection { Hold, Up, Down };

struct ScaleDecision {
    ScaleDirection direction = ScaleDirection::Hold;
    int from = 0;
    int to = 0;
    QString reason;   // translated, one line: "mean saturation 0.92 >= 0.75 for 3 ticks"
};

// The figures a tick was judged on (also shown by the supervisor's health component).
struct TickLoad {
    double meanSaturation = 0;
    double latencyP95Ms = 0;
    int samples = 0;
};

TickLoad summarize(const QList<LoadSample> &samples);

class ScalePolicy {
public:
    ScalePolicy(ScalePolicyConfig config, const net::Clock &clock);

    // One tick: `current` ready instances (plus any still starting: counted so a slow start is not
    // answered with yet another instance) and their samples. A decision other than Hold starts the
    // cooldown: the caller is expected to carry it out.
    ScaleDecision observe(int current, const QList<LoadSample> &samples);

    const ScalePolicyConfig &config() const { return m_config; }
    int ticksAbove() const { return m_above; }
    int ticksBelow() const { return m_below; }
    bool coolingDown() const;
    TickLoad lastLoad() const { return m_last; }

private:
    ScaleDecision decide(ScaleDirection direction, int from, int to, QString reason);

    ScalePolicyConfig m_config;
    const net::Clock &m_clock;
    std::optional<net::Clock::TimePoint> m_lastChange;
    int m_above = 0;
    int m_below = 0;
    TickLoad m_last;
};

QString scaleDirectionName(ScaleDirection direction);   // "hold", "up", "down"

} // namespace backroom::stack
