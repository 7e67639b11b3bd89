package cn.jiedaoflow.catalog;

import cn.jiedaoflow.personaldata.PersonalDataKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One input field of a matter's Camunda Form, with the checks the form declares, so that what the portal
 * sends is checked on the server exactly as the form checks it in the browser.
 *
 * @param key       the data key
 * @param label     the label residents read (Chinese)
 * @param type      the form-js component type (textfield, textarea, number, datetime, radio, select, checkbox)
 * @param required  whether the form requires it
 * @param values    the allowed values of a radio or select, each with the label residents read; empty otherwise
 * @param maxLength the longest text, or {@code null}
 * @param pattern   the regular expression a text must match, or {@code null}
 * @param min       the smallest number, or {@code null}
 * @param max       the largest number, or {@code null}
 * @param decimalDigits the most decimals a number may have (the form's {@code decimalDigits}), or {@code null}
 * @param personalData the kind of personal data the field holds (its custom property
 *                  {@value PersonalDataKind#PROPERTY}), or {@code null}: the summary the engine keeps shows it masked
 * @param hide      the form's condition that hides the field ({@code conditional.hide}, a FEEL expression after
 *                  {@code =}), or {@code null}: see {@link FormConditions}
 */
public record FormField(
        String key,
        String label,
        String type,
        boolean required,
        Map<String, String> values,
        Integer maxLength,
        String pattern,
        BigDecimal min,
        BigDecimal max,
        Integer decimalDigits,
        PersonalDataKind personalData,
        String hide) {

    /** Beyond these a number is out of range whatever the form says: the data is stored as JSON and shown. */
    static final BigDecimal LARGEST = new BigDecimal("1e15");

    static final int MOST_DECIMALS = 6;
    private static final int MAX_NUMBER_TEXT = 40;

    public FormField {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A field that no condition hides. */
    public FormField(
            String key,
            String label,
            String type,
            boolean required,
            Map<String, String> values,
            Integer maxLength,
            String pattern,
            BigDecimal min,
            BigDecimal max,
            Integer decimalDigits,
            PersonalDataKind personalData) {
        this(key, label, type, required, values, maxLength, pattern, min, max, decimalDigits, personalData, null);
    }

    /** A field that holds no personal data. */
    public FormField(
            String key,
            String label,
            String type,
            boolean required,
            Map<String, String> values,
            Integer maxLength,
            String pattern,
            BigDecimal min,
            BigDecimal max) {
        this(key, label, type, required, values, maxLength, pattern, min, max, null, null, null);
    }

    /**
     * The fields {@code data} shows, in form order: those no condition hides. A hidden field is neither required nor
     * kept, as in the browser.
     */
    public static List<FormField> shown(List<FormField> fields, Map<String, Object> data) {
        return fields.stream()
                .filter(field -> !FormConditions.hides(field.hide(), data))
                .toList();
    }

    /** Whether a value counts as given: not null and, for text, not blank. */
    public static boolean isGiven(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }

    /** The value as residents and staff read it: the option's label for a radio or select. */
    public String shown(Object value) {
        return values.getOrDefault(String.valueOf(value), String.valueOf(value));
    }

    /**
     * The value as the engine's summary shows it: {@link #shown(Object)}, masked when the field holds personal data.
     */
    public String masked(Object value) {
        return personalData == null ? shown(value) : personalData.mask(shown(value));
    }

    /** Why {@code value} (given) is not acceptable, as a problem code; empty when it is. */
    public Optional<String> problemWith(Object value) {
        return switch (type) {
            case "number" -> number(value);
            case "datetime" -> date(value);
            case "radio", "select" ->
                values.containsKey(String.valueOf(value)) && !(value instanceof Boolean)
                        ? Optional.empty()
                        : Optional.of("notAllowed");
            case "checkbox" -> value instanceof Boolean ? Optional.empty() : Optional.of("notBoolean");
            default -> text(value);
        };
    }

    private Optional<String> text(Object value) {
        if (!(value instanceof String text)) {
            return Optional.of("notText");
        }
        if (maxLength != null && text.strip().length() > maxLength) {
            return Optional.of("tooLong");
        }
        if (pattern != null && !matches(pattern, text.strip())) {
            return Optional.of("pattern");
        }
        return Optional.empty();
    }

    private Optional<String> number(Object value) {
        BigDecimal number;
        try {
            number = value instanceof Number n
                    ? new BigDecimal(n.toString())
                    : value instanceof String s && s.length() <= MAX_NUMBER_TEXT ? new BigDecimal(s.strip()) : null;
        } catch (NumberFormatException e) {
            number = null; // also infinity and NaN, which are no numbers of a form
        }
        if (number == null) {
            return Optional.of("notNumber");
        }
        if (min != null && number.compareTo(min) < 0
                || max != null && number.compareTo(max) > 0
                || number.abs().compareTo(LARGEST) >= 0) {
            return Optional.of("outOfRange");
        }
        int decimals = Math.max(0, number.stripTrailingZeros().scale());
        if (decimals > (decimalDigits == null ? MOST_DECIMALS : Math.min(decimalDigits, MOST_DECIMALS))) {
            return Optional.of("tooManyDecimals");
        }
        return Optional.empty();
    }

    private static Optional<String> date(Object value) {
        if (value instanceof String text) {
            try {
                LocalDate.parse(text.strip());
                return Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.of("notDate");
            }
        }
        return Optional.of("notDate");
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("form pattern is not a regular expression: " + pattern, e);
        }
    }
}
