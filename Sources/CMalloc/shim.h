#ifndef CMALLOC_SHIM_H
#define CMALLOC_SHIM_H

// glibc's allocator tuning, `mallopt(3)` and `M_MMAP_THRESHOLD`: the Glibc module Swift imports does
// not include <malloc.h>. Linux only (`MallocTuning` calls it under `#if os(Linux)`); elsewhere the
// module is empty.
#if defined(__linux__)
#include <malloc.h>
#endif

#endif /* CMALLOC_SHIM_H */
