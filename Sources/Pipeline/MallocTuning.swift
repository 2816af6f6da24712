#if os(Linux)
    import CMalloc
#endif

/// What a run asks of glibc's allocator so that its resident memory follows its live memory
/// (issue 17).
///
/// glibc serves a request over `M_MMAP_THRESHOLD` (128 KiB) with its own mapping, given back on
/// `free`; but by default the threshold is dynamic: freeing such a mapping raises it to that
/// block's size, up to 32 MiB (mallopt(3), "M_MMAP_THRESHOLD"). After the first large unit, every
/// later unit's buffers (its text, records, rows and archive: megabytes each) then come from the
/// heap arenas, between the tables the run keeps growing, and the holes they leave are never given
/// back to the system: peak RSS grew with the corpus, 610 MB for 200 MiB and 2.7 GB for 1 GiB
/// (`make bench`), while the live heap at the peak was 373 MB (heaptrack). Setting the threshold
/// fixes it at 128 KiB and turns the dynamic rule off (same page), so each large buffer is
/// unmapped when freed: peak RSS 464 MB on the same 200 MiB run, CPU time unchanged.
enum MallocTuning {
    /// Applies the settings to the process (idempotent; nothing where glibc is not the allocator).
    static func apply() {
        #if os(Linux)
            _ = mallopt(M_MMAP_THRESHOLD, 128 << 10)
        #endif
    }
}
