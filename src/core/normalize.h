/*-------------------------------------------------------------------------
 *
 * normalize.h
 *		The arnews normalization: one search form used by index, query and
 *		display.  Rules (README "Normalization" has the table):
 *
 *	- harakat and Qur'anic marks (U+0610-061A, U+064B-065F, U+0670,
 *	  U+06D6-06ED, U+08D3-08FF) and tatweel U+0640 are removed;
 *	- alef forms أ إ آ ٱ ٲ ٳ ٵ become ا;
 *	- hamza on a carrier ؤ ئ becomes ء (so مسؤول and مسئول meet);
 *	- alef maqsura ى becomes ي, ta marbuta ة becomes ه;
 *	- Persian/Urdu letters map to their Arabic counterparts (ک→ك, گ→ك,
 *	  ی→ي, ۀ ہ ھ ە→ه, پ→ب, چ→ج, ژ→ز, ڤ→ف, ڨ→ق, ...);
 *	- Arabic-Indic ٠-٩ and extended ۰-۹ digits become 0-9, ٫ becomes
 *	  ".", ٬ becomes "," and ٪ becomes "%";
 *	- presentation forms A and B (ligatures such as ﻻ ﷲ) are expanded by
 *	  ICU's NFKC mapping and the result normalized again;
 *	- invisible format characters (bidi controls, ZWJ, ZWNJ, ZWSP, soft
 *	  hyphen, BOM) are removed, except ZWJ and tag characters inside emoji
 *	  sequences;
 *	- everything else (Latin, CJK, emoji, Arabic punctuation ، ؛ ؟ « »)
 *	  passes through unchanged.  Case is not folded.
 *
 * IDENTIFICATION
 *	  src/core/normalize.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ARNEWS_NORMALIZE_H
#define ARNEWS_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "utf8.h"

/* Append the normalized form of s[0..len) to out */
extern void arnews_normalize(const char *s, size_t len, ArnewsBuf *out);

/*
 * Map one code point outside any context.  Writes up to
 * ARNEWS_NORM_MAX_EXPANSION code points to out and returns how many
 * (0 = removed).  Contextual rules (combining hamza after a carrier, emoji
 * ZWJ) are applied only by arnews_normalize().
 */
#define ARNEWS_NORM_MAX_EXPANSION 32
extern int	arnews_normalize_cp(int32_t cp, int32_t *out);

/*
 * True if cp is removed by normalization wherever it stands (marks,
 * tatweel, format characters): engines use it to skip such characters
 * while matching words in raw text.
 */
extern int	arnews_is_ignorable(int32_t cp);

#endif							/* ARNEWS_NORMALIZE_H */
