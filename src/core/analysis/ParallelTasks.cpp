#include "ParallelTasks.h"

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace tw::analysis {

int ParallelTasks::threads()
{
    static const int count = [] {
        bool ok = false;
        const int configured = qEnvironmentVariableIntValue("TW_ANALYSIS_THREADS", &ok);
        if (ok && configured > 0)
            return configured;
        return std::max(1, int(std::thread::hardware_concurrency()));
    }();
    return count;
}

void ParallelTasks::run(int count, const std::function<void(int)> &task)
{
    const int workers = std::min(threads(), count);
    if (workers <= 1) {
        for (int i = 0; i < count; ++i)
            task(i);
        return;
    }
    // Tasks are taken in index order from a shared counter, so a slow task does not hold up the rest.
    std::atomic_int next{0};
    auto work = [&] {
        for (int i = next++; i < count; i = next++)
            task(i);
    };
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(workers - 1));
    for (int w = 1; w < workers; ++w)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace tw::analysis
