package cn.jiedaoflow.input;

import java.util.Optional;

/**
 * The one rule for every text the application takes — JSON bodies, the JSON parts of uploads, query parameters and
 * the cells of imported files. Refused wherever they appear:
 * <ul>
 * <li>control characters: NUL and the rest of C0 except tab, line feed and carriage return, DEL, and C1;</li>
 * <li>a lone surrogate (half of a character that UTF-16 needs two units for);</li>
 * <li>the direction overrides and isolates U+202A–U+202E and U+2066–U+2069, which make text read differently
 * from how it is stored (a file {@code invoice‮fdp.exe});</li>
 * <li>text made only of invisible characters (zero-width spaces and joiners, the byte-order mark, soft hyphens,
 * fillers, no-break spaces) that is not plain white space: plain spaces count as empty, so a required field is
 * missing and an optional one absent, as callers already treat blank text.</li>
 * </ul>
 * Plain Java, tested without a framework.
 */
public final class TextRules {

    /** Why a text is refused; the message key names it in both languages. */
    public enum Problem {
        CONTROL_CHARACTER("problem.text.control"),
        LONE_SURROGATE("problem.text.surrogate"),
        DIRECTION_OVERRIDE("problem.text.direction"),
        INVISIBLE_ONLY("problem.text.invisible");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The longest piece of a caller's text a problem repeats. */
    static final int SHOWN_MAX = 500;

    private TextRules() {}

    /** What is wrong with {@code text}, or empty when it may be taken ({@code null} may: callers decide). */
    public static Optional<Problem> problemWith(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return Optional.of(Problem.CONTROL_CHARACTER);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Optional.of(Problem.LONE_SURROGATE);
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of(Problem.LONE_SURROGATE);
            } else if (isDirectionOverride(c)) {
                return Optional.of(Problem.DIRECTION_OVERRIDE);
            }
        }
        if (!text.isBlank() && isInvisibleOnly(text)) {
            return Optional.of(Problem.INVISIBLE_ONLY);
        }
        return Optional.empty();
    }

    /** Whether every character of {@code text} shows nothing (white space included); {@code false} for "". */
    public static boolean isInvisibleOnly(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(TextRules::isInvisible);
    }

    /**
     * {@code text} as a problem may repeat it to the caller: refused characters replaced by U+FFFD, at most
     * {@value #SHOWN_MAX} characters (then an ellipsis).
     */
    public static String shown(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder();
        int i = 0;
        while (i < text.length() && shown.length() < SHOWN_MAX) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                shown.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            shown.append(isControl(c) || Character.isSurrogate(c) || isDirectionOverride(c) ? '\uFFFD' : c);
            i++;
        }
        return i < text.length() ? shown.append('…').toString() : shown.toString();
    }

    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    static boolean isDirectionOverride(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean isInvisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        if (type == Character.FORMAT || type == Character.CONTROL) {
            return true;
        }
        return codePoint == 0x034F // combining grapheme joiner
                || codePoint == 0x115F
                || codePoint == 0x1160 // Hangul choseong and jungseong fillers
                || codePoint == 0x17B4
                || codePoint == 0x17B5 // Khmer inherent vowels
                || codePoint >= 0x180B && codePoint <= 0x180F // Mongolian variation selectors and vowel separator
                || codePoint == 0x2800 // braille blank
                || codePoint == 0x3164
                || codePoint == 0xFFA0 // Hangul fillers
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F // variation selectors
                || codePoint >= 0xE0100 && codePoint <= 0xE01EF; // variation selectors supplement
    }
}
