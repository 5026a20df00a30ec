#pragma once

namespace tw::cli {

/**
 * For the one-shot document commands (extract, analyze): keeps memory the process frees for reuse
 * instead of returning it to the kernel and faulting it back in between phases. With mimalloc (the
 * programs' allocator where installed) the heap also takes 2 MiB pages where the kernel offers them:
 * on the 200-page benchmark PDF `analyze` then takes about 4,700 page faults instead of 16,000 and
 * about 15 % less CPU and wall time. With glibc's malloc it sets the trim and mmap thresholds (about
 * 5 % less wall time); elsewhere it does nothing.
 */
void keepFreedMemory();

/**
 * Ends the process once the output is written: flushes stdout and stderr and exits with code without
 * running destructors, so the ~1 million small objects of a long document are not freed one by one
 * (the kernel takes the whole address space back at once). Builds with AddressSanitizer return code
 * instead, so that leak checking still runs at exit.
 */
int finishNow(int code);

} // namespace tw::cli
