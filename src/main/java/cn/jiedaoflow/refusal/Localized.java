package cn.jiedaoflow.refusal;

import cn.jiedaoflow.input.TextRules;
import java.util.List;
import java.util.Locale;

/**
 * A text known in both languages, for a problem's arguments and errors where a message key cannot be used (a label
 * read from a form, the names of a matter's materials): Chinese by default, English for an English caller.
 */
public record Localized(String chinese, String english) {

    /** The Chinese and the English texts, each joined with its language's separator ("、" and ", "). */
    public static Localized join(List<Localized> texts) {
        return new Localized(
                String.join("、", texts.stream().map(Localized::chinese).toList()),
                String.join(", ", texts.stream().map(Localized::english).toList()));
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? TextRules.shown(english) : TextRules.shown(chinese);
    }

    @Override
    public String toString() {
        return chinese;
    }
}
