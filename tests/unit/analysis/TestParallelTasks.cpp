#include "core/analysis/ParallelTasks.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using tw::analysis::ParallelTasks;

class TestParallelTasks : public QObject
{
    Q_OBJECT

private slots:
    void runsEveryTaskExactlyOnce()
    {
        constexpr int count = 1000;
        std::vector<std::atomic_int> calls(count);
        ParallelTasks::run(count, [&](int i) { ++calls[size_t(i)]; });
        for (int i = 0; i < count; ++i)
            QCOMPARE(calls[size_t(i)].load(), 1);
    }

    void slotsGiveTheSequentialResult()
    {
        // Each task writes its own slot; merging in index order must equal a plain loop.
        constexpr int count = 257;
        std::vector<long long> parallel(count);
        ParallelTasks::run(count, [&](int i) { parallel[size_t(i)] = 1LL * i * i + 7; });
        for (int i = 0; i < count; ++i)
            QCOMPARE(parallel[size_t(i)], 1LL * i * i + 7);
    }

    void usesSeveralThreadsWhenAllowed()
    {
        if (ParallelTasks::threads() < 2)
            QSKIP("one core or TW_ANALYSIS_THREADS=1");
        std::mutex mutex;
        std::set<std::thread::id> seen;
        ParallelTasks::run(64, [&](int) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            std::lock_guard<std::mutex> lock(mutex);
            seen.insert(std::this_thread::get_id());
        });
        QVERIFY(seen.size() >= 2);
    }

    void zeroTasksReturnAtOnce()
    {
        bool called = false;
        ParallelTasks::run(0, [&](int) { called = true; });
        QVERIFY(!called);
    }

    void chunkBoundsCoverTheRangeWithoutGaps()
    {
        for (int size : {0, 1, 7, 100, 1001}) {
            for (int chunks : {1, 3, 64}) {
                QCOMPARE(ParallelTasks::chunkBound(size, chunks, 0), 0);
                QCOMPARE(ParallelTasks::chunkBound(size, chunks, chunks), size);
                for (int i = 0; i < chunks; ++i)
                    QVERIFY(ParallelTasks::chunkBound(size, chunks, i) <=
                            ParallelTasks::chunkBound(size, chunks, i + 1));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestParallelTasks)
#include "TestParallelTasks.moc"
