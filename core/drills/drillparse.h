#pragma once
// How a drill's durations and open-model stages are written, read the same way by `backroom drill load`
// (--duration, --think, --drop-after, --stages) and the Drills screen as the owner types:
//   durations  "10s", "500ms", "2m", "1.5s", "1h"; a bare number is seconds
//   stages     "30s:100, 1m:1000, 30s:0": duration:target rate per second, k6's ramping arrival rate
// Pure functions; any thread.

#include "drills/loaddrill.h"
#include "result.h"

#include <QString>
#include <chrono>
#include <optional>
#include <vector>

namespace backroom::drills {

std::optional<std::chrono::milliseconds> parseDrillDuration(const QString &text);

// Stages separated by commas; empty text is no stage (the caller decides whether that is allowed).
// A stage needs a positive duration and a rate >= 0. Errors: BadInput naming the stage that could not be read.
Result<std::vector<Stage>> parseStages(const QString &text);

} // namespace backroom::drills
