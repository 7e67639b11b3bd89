package cn.jiedaoflow.engine;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The half of a message in both languages ({@code 中文 / English}, as {@link EngineRefusal} and the engine's other
 * refusals of ours say it) that the caller reads: English when the request's {@code Accept-Language} prefers English
 * to Chinese, Chinese otherwise — and when there is no request or no header. A message in one language is answered as
 * it is. Tasklist sends the browser's languages, so a staff member reads one sentence, never both; {@link
 * EngineRestErrors} hands over the request's header.
 */
public final class CallersLanguage {

    /** Chinese, then " / ", then a text without any Chinese character: the English. */
    private static final Pattern BOTH = Pattern.compile("(?s)^(.*?\\p{IsHan}.*?) / ((?:(?!\\p{IsHan}).)+)$");

    private CallersLanguage() {}

    /** The half of {@code message} for a caller who sent {@code acceptLanguage} (null: none). */
    static String of(String message, String acceptLanguage) {
        if (message == null) {
            return null;
        }
        Matcher both = BOTH.matcher(message);
        if (!both.matches()) {
            return message;
        }
        return prefersEnglish(acceptLanguage)
                ? both.group(2).strip()
                : both.group(1).strip();
    }

    /**
     * The language of an answer of ours at the engine's doors (a Modeler deployment the lint refuses): English when
     * {@code acceptLanguage} prefers English to Chinese, Chinese otherwise.
     */
    public static Locale locale(String acceptLanguage) {
        return prefersEnglish(acceptLanguage) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** Whether the first of Chinese and English in the caller's ranges, by weight, is English. */
    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            // a header that says nothing readable states no preference: Chinese
            return false;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-", 2)[0];
            if (language.equals("zh")) {
                return false;
            }
            if (language.equals("en")) {
                return range.getWeight() > 0;
            }
        }
        return false;
    }
}
