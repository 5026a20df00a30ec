#pragma once

#include <functional>

namespace tw::analysis {

/**
 * Runs independent tasks 0..count-1 on the machine's cores (std::thread; tw_core has no
 * QtConcurrent). Tasks write their results to slots of their own, so callers merge them in index
 * order and the outcome is the same as a sequential loop whatever the scheduling.
 */
class ParallelTasks
{
public:
    /** Calls task(i) for every i in [0, count) on up to threads() threads; returns when all are done. */
    static void run(int count, const std::function<void(int)> &task);
    /** Worker threads used: the hardware's concurrency, or TW_ANALYSIS_THREADS when set (1 = sequential). */
    static int threads();
    /** Splits [0, size) into about chunks equal ranges: the i-th range is [bound(i), bound(i + 1)). */
    static int chunkBound(int size, int chunks, int i) { return int((long long)size * i / chunks); }
};

} // namespace tw::analysis
