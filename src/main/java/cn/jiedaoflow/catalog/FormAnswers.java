package cn.jiedaoflow.catalog;

import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a caller answered to a Camunda Form, checked on the server exactly as the form checks it in the browser — which
 * is never trusted: unknown keys and bad values are refused, a field the form's conditions hide for these answers
 * ({@link FormField#shown}) is neither checked, required nor kept, and everything missing is told at once
 * (一次性告知). Each refused field names its key under {@code data.} and its label.
 */
public final class FormAnswers {

    private FormAnswers() {}

    /**
     * The answers with every given value checked against the form's fields and texts stripped.
     *
     * @param refusal the message key of the refusal that lists the bad fields (its one argument: their labels)
     */
    public static Map<String, Object> checked(List<FormField> fields, Map<String, Object> data, String refusal) {
        Map<String, FormField> shown = new LinkedHashMap<>();
        FormField.shown(fields, data).forEach(field -> shown.put(field.key(), field));
        Set<String> formKeys = new LinkedHashSet<>();
        fields.forEach(field -> formKeys.add(field.key()));
        List<Map<String, Object>> errors = new ArrayList<>();
        Map<String, Object> checked = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            FormField field = shown.get(key);
            if (field == null) {
                if (!formKeys.contains(key)) {
                    errors.add(problem("data." + key, "unknown", new Localized(key, key)));
                } // else hidden by the form's conditions: dropped, as the browser drops it
            } else if (FormField.isGiven(value)) {
                field.problemWith(value)
                        .ifPresentOrElse(
                                problem -> errors.add(problem("data." + key, problem, label(field))),
                                () -> checked.put(key, value instanceof String text ? text.strip() : value));
            }
        });
        if (!errors.isEmpty()) {
            throw Refusal.badFields(refusal, errors, labels(errors));
        }
        return checked;
    }

    /** Each required field the form shows for the checked {@code data} that has no answer, as a refused field. */
    public static List<Map<String, Object>> missing(List<FormField> fields, Map<String, Object> data) {
        List<Map<String, Object>> missing = new ArrayList<>();
        for (FormField field : FormField.shown(fields, data)) {
            if (field.required() && !data.containsKey(field.key())) {
                missing.add(problem("data." + field.key(), "missing", label(field)));
            }
        }
        return missing;
    }

    /** One refused field; its label is Chinese for Chinese callers and the field's key for English ones. */
    public static Map<String, Object> problem(String field, String problem, Localized label) {
        return Map.of("field", field, "problem", problem, "label", label);
    }

    /** The labels of refused fields, joined, as a refusal's argument. */
    public static Localized labels(List<Map<String, Object>> problems) {
        return Localized.join(
                problems.stream().map(p -> (Localized) p.get("label")).toList());
    }

    /** A form field as named in a refusal: the form's (Chinese) label, or its data key in English. */
    private static Localized label(FormField field) {
        return new Localized(field.label(), "data." + field.key());
    }
}
