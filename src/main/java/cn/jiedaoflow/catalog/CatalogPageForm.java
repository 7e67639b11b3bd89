package cn.jiedaoflow.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The catalog page's form as typed (every value text, as a browser sends it) and as the API's {@link MatterRequest}:
 * a limit that is not a whole number and a handling mode the catalog does not know are sent as none, so that the
 * catalog refuses them by its own rule. A material row left wholly empty is no material; any other row is sent as it
 * is, so a half-filled one is refused for what it lacks.
 */
record CatalogPageForm(Map<String, String> values, List<Map<String, String>> rows) {

    static final String[] FIELDS = {
        "code", "nameZh", "nameEn", "responsibleGroup", "limitWorkingDays", "handlingMode", "formKey", "parentCode"
    };
    static final String[] MATERIAL_FIELDS = {"code", "nameZh", "nameEn"};
    /** Empty material rows the page offers beyond those filled, to add materials. */
    static final int EMPTY_ROWS = 3;

    static CatalogPageForm empty() {
        return new CatalogPageForm(Map.of(), List.of());
    }

    static CatalogPageForm of(MatterView matter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", matter.code());
        values.put("nameZh", matter.nameZh());
        values.put("nameEn", matter.nameEn());
        values.put("responsibleGroup", matter.responsibleGroup());
        values.put("limitWorkingDays", String.valueOf(matter.limitWorkingDays()));
        values.put("handlingMode", matter.handlingMode().name());
        values.put("formKey", matter.formKey());
        values.put("parentCode", matter.parentCode() == null ? "" : matter.parentCode());
        List<Map<String, String>> rows = matter.materials().stream()
                .map(m -> Map.of("code", m.code(), "nameZh", m.nameZh(), "nameEn", m.nameEn()))
                .toList();
        return new CatalogPageForm(values, rows);
    }

    static CatalogPageForm read(MultiValueMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, text(params.getFirst(field)));
        }
        List<List<String>> columns = new ArrayList<>();
        for (String field : MATERIAL_FIELDS) {
            columns.add(params.getOrDefault("material-" + field, List.of()));
        }
        int count = columns.stream().mapToInt(List::size).max().orElse(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int f = 0; f < MATERIAL_FIELDS.length; f++) {
                List<String> column = columns.get(f);
                row.put(MATERIAL_FIELDS[f], i < column.size() ? text(column.get(i)) : "");
            }
            if (row.values().stream().anyMatch(value -> !value.isBlank())) {
                rows.add(row);
            }
        }
        return new CatalogPageForm(values, rows);
    }

    /** The API's request: what the catalog checks and stores. */
    MatterRequest request() {
        List<MatterRequest.Material> materials = rows.stream()
                .map(row -> new MatterRequest.Material(
                        orNull(row.get("code")), orNull(row.get("nameZh")), orNull(row.get("nameEn"))))
                .toList();
        return new MatterRequest(
                orNull(values.get("nameZh")),
                orNull(values.get("nameEn")),
                orNull(values.get("responsibleGroup")),
                wholeNumber(values.get("limitWorkingDays")),
                handlingMode(values.get("handlingMode")),
                orNull(values.get("formKey")),
                orNull(values.get("parentCode")),
                materials);
    }

    /** The material rows the page shows: those typed, then a few empty ones. */
    List<Map<String, String>> shownRows() {
        List<Map<String, String>> shown = new ArrayList<>(rows);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            shown.add(Map.of("code", "", "nameZh", "", "nameEn", ""));
        }
        return shown;
    }

    String value(String field) {
        return values.getOrDefault(field, "");
    }

    private static Integer wholeNumber(String text) {
        if (text == null || !text.strip().matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private static HandlingMode handlingMode(String text) {
        for (HandlingMode mode : HandlingMode.values()) {
            if (mode.name().equals(text)) {
                return mode;
            }
        }
        return null;
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
