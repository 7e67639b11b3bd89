package cn.jiedaoflow.drafts;

import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.files.UploadedDocument;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a draft may hold, checked as the application itself is (the form's checks of each value given, the material
 * codes, each file a PDF, JPEG or PNG of at most 10 MB by {@link UploadedDocument#read}), except that nothing is
 * required yet. A personal-data field's value is kept only masked.
 */
final class DraftContent {

    /** The most files an application (and so a draft) holds. */
    static final int MAX_FILES = 20;

    private DraftContent() {}

    /** The data to keep and the masked personal data, or one refusal naming every bad field. */
    static Checked checked(DraftableService.Shape shape, Map<String, Object> data) {
        Map<String, FormField> byKey = new LinkedHashMap<>();
        shape.fields().forEach(field -> byKey.put(field.key(), field));
        List<Map<String, Object>> errors = new ArrayList<>();
        Map<String, Object> kept = new LinkedHashMap<>();
        Map<String, String> masked = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            FormField field = byKey.get(key);
            if (field == null) {
                errors.add(problem("data." + key, "unknown", new Localized(key, key)));
            } else if (FormField.isGiven(value)) {
                field.problemWith(value)
                        .ifPresentOrElse(
                                problem -> errors.add(
                                        problem("data." + key, problem, new Localized(field.label(), "data." + key))),
                                () -> keep(field, value, kept, masked));
            }
        });
        if (!errors.isEmpty()) {
            throw Refusal.badFields(
                    "drafts.invalid",
                    errors,
                    Localized.join(errors.stream()
                            .map(error -> (Localized) error.get("label"))
                            .toList()));
        }
        return new Checked(kept, masked);
    }

    private static void keep(FormField field, Object value, Map<String, Object> kept, Map<String, String> masked) {
        if (field.personalData() != null) {
            masked.put(field.key(), field.masked(value));
        } else {
            kept.put(field.key(), value instanceof String text ? text.strip() : value);
        }
    }

    /** Each file checked as a document, paired with its material code, in order. */
    static List<NewFile> files(DraftableService.Shape shape, List<String> codes, List<Upload> files) {
        if (codes.size() != files.size()) {
            throw Refusal.badInput("drafts.files.codesMismatch", codes.size(), files.size());
        }
        List<NewFile> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String code = codes.get(i);
            if (code == null || !shape.materials().contains(code)) {
                throw Refusal.badInput(
                        "drafts.files.unknownCode", String.valueOf(code), String.join(", ", shape.materials()));
            }
            checked.add(new NewFile(code, UploadedDocument.read(files.get(i), "material")));
        }
        return checked;
    }

    private static Map<String, Object> problem(String field, String problem, Localized label) {
        return Map.of("field", field, "problem", problem, "label", label);
    }

    /** The data a draft keeps and the masked form of its personal data. */
    record Checked(Map<String, Object> data, Map<String, String> masked) {}

    /** A checked file for a material. */
    record NewFile(String materialCode, UploadedDocument document) {}
}
