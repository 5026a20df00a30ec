#include "ProcessTuning.h"

#include <cstdio>
#include <cstdlib>

#if defined(TW_MIMALLOC_LINKED)
#include <mimalloc.h>
#if defined(__linux__)
#include <sys/mman.h>

#include <cstdint>
#endif
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tw::cli {

void keepFreedMemory()
{
#if defined(TW_MIMALLOC_LINKED)
    // Heap memory in 2 MiB pages where the kernel offers them (transparent huge pages), committed
    // at once on every thread and never handed back: a long document's heap is then faulted in
    // 2 MiB at a time instead of 4 KiB (each fault is expensive, more so in a virtual machine).
    mi_option_enable(mi_option_large_os_pages);
    mi_option_set(mi_option_eager_commit_delay, 0);
    mi_option_disable(mi_option_allow_decommit);
#if defined(__linux__)
    // The options reach the segments allocated from now on. The main thread's first segment (32 MiB,
    // aligned to its size, reserved before main for the libraries' own start-up) is advised here.
    constexpr std::uintptr_t segmentSize = std::uintptr_t(32) << 20;
    void *probe = mi_malloc(64);
    const std::uintptr_t segment = reinterpret_cast<std::uintptr_t>(probe) & ~(segmentSize - 1);
    madvise(reinterpret_cast<void *>(segment), segmentSize, MADV_HUGEPAGE);
    mi_free(probe);
#endif
#elif defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

int finishNow(int code)
{
#if defined(__SANITIZE_ADDRESS__)
    return code;
#else
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
#endif
}

} // namespace tw::cli
