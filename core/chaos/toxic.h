#pragma once
// Toxic: one fault the TCP fault proxy applies to a stream, named and typed as in Toxiproxy (latency,
// bandwidth, slow_close, timeout, reset_peer, slicer, limit_data) plus `down` (the proxy refuses every
// connection). Also the spec text the CLI and experiment files share, "type:stream:key=value,...":
//   latency:downstream:ms=200,jitter=50,toxicity=0.5     bandwidth:upstream:rate=100 (KB/s, 1 KB = 1000 B)
//   slow_close:downstream:ms=500   timeout:upstream:ms=2000 (0 = hold forever)   reset_peer:downstream:ms=0
//   slicer:downstream:size=16,variation=8,delay_us=1000   limit_data:downstream:bytes=4096   down
// and the pure arithmetic the proxy schedules with (delays, slices). Pure logic, QtCore only, any thread.

#include "result.h"

#include "coretext.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <chrono>

namespace backroom::chaos {


enum class ToxicKind { Latency, Bandwidth, SlowClose, Timeout, ResetPeer, Slicer, LimitData, Down };
// Upstream = client -> server (what the application sends), downstream = server -> client.
enum class Stream { Upstream, Downstream };

struct Toxic {
    QString name;                           // unique per proxy; default "<type>_<stream>"
    ToxicKind kind = ToxicKind::Latency;
    Stream stream = Stream::Downstream;
    double toxicity = 1.0;                  // probability, per connection, that the toxic applies (0..1)
    std::chrono::milliseconds time{0};      // latency, slow_close delay, timeout, reset_peer's timeout
    std::chrono::milliseconds jitter{0};    // latency: +/- uniformly
    qint64 rateKBps = 0;                    // bandwidth, 1 KB = 1000 bytes; 0 = unlimited
    int sliceSize = 1;                      // slicer: average slice in bytes
    int sliceVariation = 0;                 // slicer: +/- bytes
    std::chrono::microseconds sliceDelay{0};// slicer: pause between slices
    qint64 byteLimit = 0;                   // limit_data: the connection closes after this many bytes

    bool operator==(const Toxic &o) const;
};

QString toxicKindName(ToxicKind kind);   // "latency", "slow_close", ...
QString streamName(Stream stream);       // "upstream" / "downstream"

// BadInput with a message naming the bad part and what is accepted. Toxiproxy's attribute names are
// accepted too (latency=, delay=, timeout=, average_size=, size_variation=, rate=, bytes=).
Result<Toxic> parseToxic(const QString &spec);
// The canonical spec text; parseToxic(formatToxic(t)) == t.
QString formatToxic(const Toxic &toxic);
// BadInput unless the values make sense (toxicity 0..1, no negative times, slice size >= 1, ...).
Status validateToxic(const Toxic &toxic);

// The extra delay latency adds to one chunk: time +/- a uniform jitter, never negative.
std::chrono::milliseconds latencyDelay(const Toxic &latency, QRandomGenerator &random);
// How long `bytes` take at `rateKBps` (0 = no time).
std::chrono::nanoseconds transferTime(qint64 bytes, qint64 rateKBps);
// Slice lengths for `total` bytes: each average +/- variation, at least 1, summing to total.
QList<int> sliceSizes(qsizetype total, int average, int variation, QRandomGenerator &random);
// Whether a toxic with this toxicity applies to one new connection (0 never, 1 always).
bool rollToxicity(double toxicity, QRandomGenerator &random);

} // namespace backroom::chaos
