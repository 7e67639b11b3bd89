package cn.jiedaoflow.catalog;

import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the catalog pages show ({@link CatalogPages}), as maps for the templates: the list by name, the form's choices
 * by name, and a refusal of the catalog with each bad field it names by its label.
 */
@Component
class CatalogPageModels {

    private static final Pattern MATERIAL_FIELD = Pattern.compile("materials\\[(\\d+)]\\.(\\w+)");

    private final ServiceCatalog catalog;
    private final MatterForms forms;
    private final MessageSource messages;

    CatalogPageModels(ServiceCatalog catalog, MatterForms forms, MessageSource messages) {
        this.catalog = catalog;
        this.forms = forms;
        this.messages = messages;
    }

    /** Every matter, each integrated matter followed by its members. */
    List<Map<String, Object>> rows(List<MatterView> matters, Locale locale) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MatterView matter : matters) {
            rows.add(row(matter, false, locale));
            matter.members().forEach(member -> rows.add(row(member, true, locale)));
        }
        return rows;
    }

    private Map<String, Object> row(MatterView matter, boolean member, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", matter.code());
        row.put("name", matter.nameZh());
        row.put("department", department(matter.responsibleGroup()));
        row.put("limit", matter.limitWorkingDays());
        row.put("mode", message("console.catalog.mode." + matter.handlingMode().name(), locale));
        row.put("materials", matter.materials().size());
        row.put("member", member);
        return row;
    }

    /** The matter's form: what it holds (or what was typed) and the choices, every one by its name. */
    void form(String code, CatalogPageForm form, Locale locale, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("values", form.values());
        model.addAttribute("rows", form.shownRows());
        Map<String, String> groups = new LinkedHashMap<>();
        for (StaffGroup group : StaffGroup.values()) {
            groups.put(group.id(), group.nameZh());
        }
        model.addAttribute("groups", groups);
        Map<String, String> modes = new LinkedHashMap<>();
        for (HandlingMode mode : HandlingMode.values()) {
            modes.put(mode.name(), message("console.catalog.mode." + mode.name(), locale));
        }
        model.addAttribute("modes", modes);
        Map<String, String> formTitles = new LinkedHashMap<>();
        forms.titles()
                .forEach(
                        (key, title) -> formTitles.put(key, message("console.catalog.formOption", locale, title, key)));
        model.addAttribute("forms", formTitles);
        Map<String, String> parents = new LinkedHashMap<>();
        for (MatterView matter : catalog.list()) {
            if (!matter.code().equals(code)) {
                parents.put(matter.code(), matter.nameZh());
            }
        }
        model.addAttribute("parents", parents);
    }

    /** The refusal on the page: each bad field with its label and what is wrong, or the refusal's sentence. */
    void refused(Refusal refusal, Locale locale, Model model) {
        model.addAttribute(
                "problem",
                messages.getMessage(
                        refusal.messageKey(),
                        refusal.args(),
                        message("console.catalog.problem.other", locale),
                        locale));
        Map<String, Map<String, String>> errors = new LinkedHashMap<>();
        for (Map<String, Object> error : refusal.fieldErrors()) {
            String field = String.valueOf(error.get("field"));
            String what = String.valueOf(error.get("problem"));
            errors.putIfAbsent(
                    field,
                    Map.of("id", id(field), "label", label(field, locale), "problem", problem(field, what, locale)));
        }
        model.addAttribute("fieldErrors", List.copyOf(errors.values()));
        Map<String, String> byId = new LinkedHashMap<>();
        errors.values().forEach(error -> byId.put(error.get("id"), error.get("problem")));
        model.addAttribute("errors", byId);
    }

    /** The id of a field's input on the page: {@code materials[0].code} is {@code material-0-code}. */
    static String id(String field) {
        Matcher material = MATERIAL_FIELD.matcher(field);
        return material.matches() ? "material-" + material.group(1) + "-" + material.group(2) : field;
    }

    private String label(String field, Locale locale) {
        Matcher material = MATERIAL_FIELD.matcher(field);
        if (material.matches()) {
            int row = Integer.parseInt(material.group(1)) + 1;
            return message("console.catalog.materialLabel." + material.group(2), locale, row);
        }
        if (field.equals("materials")) {
            return message("console.catalog.materials", locale);
        }
        return message("console.catalog.field." + field, locale);
    }

    private String problem(String field, String problem, Locale locale) {
        String kind = MATERIAL_FIELD.matcher(field).matches() ? "material" : field;
        String key = "console.catalog.problem." + problem;
        Object[] args = {ServiceCatalog.MAX_LIMIT_WORKING_DAYS};
        String specific = messages.getMessage(key + "." + kind, args, null, locale);
        if (specific != null) {
            return specific;
        }
        return messages.getMessage(key, args, message("console.catalog.problem.other", locale), locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String department(String groupId) {
        return StaffGroup.byId(groupId).map(StaffGroup::nameZh).orElse(groupId);
    }
}
