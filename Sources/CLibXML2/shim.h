#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// Headers are included as <libxml/...>: pkg-config libxml-2.0 adds -I/usr/include/libxml2.
#include <libxml/xmlversion.h>

// Debian builds libxml2 with ICU, so <libxml/encoding.h> would pull in the system <unicode/ucnv.h>,
// whose `UErrorCode` clashes with the copy Foundation ships (_FoundationICU) in any Swift module that
// sees both. Nothing here needs the ICU-specific fields of xmlCharEncodingHandler, so hide them;
// libxml2's own ICU conversions still run inside the library. See ../shared/docs/swift-style.md §5.2.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a mutable global function pointer, which Swift 6 refuses to touch; call through this.
static inline void clibxml2_free(void *ptr) {
    xmlFree(ptr);
}

/// libxml2 error callbacks are C-variadic, which Swift cannot implement.
static inline void clibxml2_ignore_generic_error(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}

/// Routes libxml2's generic error channel (XPath errors) to a no-op for the calling thread.
static inline void clibxml2_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, clibxml2_ignore_generic_error);
}

#endif /* CLIBXML2_SHIM_H */
