#ifndef VERDEELMONITOR_CLIBXML2_SHIM_H
#define VERDEELMONITOR_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU; its encoding.h then includes <unicode/ucnv.h>, which clashes with
// Foundation's bundled ICU. Nothing here needs libxml2's ICU bits, so switch them off before the headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#endif
