/*-------------------------------------------------------------------------
 *
 * chars.c
 *		Character classes from ICU, cached in a table for the BMP.
 *
 * The table is filled on first use from u_charType() and the script
 * property; supplementary-plane code points ask ICU directly.  Nothing here
 * reads the process locale.
 *
 * IDENTIFICATION
 *	  src/core/chars.c
 *
 *-------------------------------------------------------------------------
 */
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "chars.h"

static unsigned char bmp_class[0x10000];
static bool bmp_ready = false;

/* Classify one code point from ICU properties */
static ArnewsCharClass
classify(int32_t cp)
{
	int8_t		type;
	UErrorCode	status = U_ZERO_ERROR;

	if (cp < 0x80)
	{
		if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
			return ARNEWS_CC_ASCII_LETTER;
		if (cp >= '0' && cp <= '9')
			return ARNEWS_CC_DIGIT;
		if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D))
			return ARNEWS_CC_SPACE;
		if (cp < 0x20 || cp == 0x7F)
			return ARNEWS_CC_SPACE;		/* control chars separate words */
	}
	if (cp == 0x0640)
		return ARNEWS_CC_ARABIC;	/* tatweel (Lm) stretches Arabic words */

	type = u_charType(cp);
	switch (type)
	{
		case U_UPPERCASE_LETTER:
		case U_LOWERCASE_LETTER:
		case U_TITLECASE_LETTER:
		case U_MODIFIER_LETTER:
		case U_OTHER_LETTER:
			if (uscript_getScript(cp, &status) == USCRIPT_ARABIC && U_SUCCESS(status))
				return ARNEWS_CC_ARABIC;
			if (cp < 0x80)
				return ARNEWS_CC_ASCII_LETTER;
			return ARNEWS_CC_LETTER;
		case U_NON_SPACING_MARK:
		case U_COMBINING_SPACING_MARK:
		case U_ENCLOSING_MARK:
			return ARNEWS_CC_MARK;
		case U_DECIMAL_DIGIT_NUMBER:
			return ARNEWS_CC_DIGIT;
		case U_SPACE_SEPARATOR:
		case U_LINE_SEPARATOR:
		case U_PARAGRAPH_SEPARATOR:
		case U_CONTROL_CHAR:
			return ARNEWS_CC_SPACE;
		case U_FORMAT_CHAR:
			return ARNEWS_CC_FORMAT;
		case U_DASH_PUNCTUATION:
		case U_START_PUNCTUATION:
		case U_END_PUNCTUATION:
		case U_CONNECTOR_PUNCTUATION:
		case U_OTHER_PUNCTUATION:
		case U_INITIAL_PUNCTUATION:
		case U_FINAL_PUNCTUATION:
			return ARNEWS_CC_PUNCT;
		default:
			return ARNEWS_CC_OTHER;
	}
}

/* Fill the BMP table once per process */
static void
fill_bmp(void)
{
	for (int32_t cp = 0; cp < 0x10000; cp++)
		bmp_class[cp] = (unsigned char) classify(cp);
	bmp_ready = true;
}

ArnewsCharClass
arnews_char_class(int32_t cp)
{
	if (cp >= 0 && cp < 0x10000)
	{
		if (!bmp_ready)
			fill_bmp();
		return (ArnewsCharClass) bmp_class[cp];
	}
	if (cp < 0 || cp > 0x10FFFF)
		return ARNEWS_CC_OTHER;
	return classify(cp);
}

int
arnews_digit_value(int32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return cp - '0';
	if (cp >= 0x0660 && cp <= 0x0669)
		return cp - 0x0660;
	if (cp >= 0x06F0 && cp <= 0x06F9)
		return cp - 0x06F0;
	if (cp < 0x80)
		return -1;
	return u_charType(cp) == U_DECIMAL_DIGIT_NUMBER ? u_charDigitValue(cp) : -1;
}

bool
arnews_is_pictographic(int32_t cp)
{
	if (cp < 0x00A9)
		return false;
	return u_hasBinaryProperty(cp, UCHAR_EXTENDED_PICTOGRAPHIC) ||
		cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
		(cp >= 0xE0020 && cp <= 0xE007F);
}
