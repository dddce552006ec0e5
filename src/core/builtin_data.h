/*-------------------------------------------------------------------------
 *
 * builtin_data.h
 *		Word lists compiled into the library from data/builtin_<name>.txt
 *		(see tools/embed_data.sh).  Declare each list here as
 *		ARNEWS_BUILTIN(<name>); the text keeps the file's comment lines.
 *
 * IDENTIFICATION
 *	  src/core/builtin_data.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_BUILTIN_DATA_H
#define ARNEWS_BUILTIN_DATA_H

#include <stddef.h>

#define ARNEWS_BUILTIN(name) \
	extern const char arnews_builtin_##name[]; \
	extern const size_t arnews_builtin_##name##_len

#endif							/* ARNEWS_BUILTIN_DATA_H */
