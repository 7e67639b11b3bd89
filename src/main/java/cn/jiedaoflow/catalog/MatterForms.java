package cn.jiedaoflow.catalog;

import cn.jiedaoflow.personaldata.PersonalDataKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The application forms of the catalog's matters ({@code forms/<formKey>.form}): the fields an application's
 * {@code data} may carry, which of them are required and which hold personal data (the field's custom property
 * {@code personalData}). The form is the one definition of a matter's data, shown by the portal and checked here.
 */
@Component
public class MatterForms {

    private static final List<String> INPUT_TYPES =
            List.of("textfield", "textarea", "number", "datetime", "radio", "select", "checkbox");

    private final ObjectMapper json;
    private final Map<String, Optional<List<FormField>>> cache = new ConcurrentHashMap<>();

    public MatterForms(ObjectMapper json) {
        this.json = json;
    }

    /** The input fields of form {@code formKey}, in form order; empty when there is no such form. */
    public Optional<List<FormField>> fields(String formKey) {
        if (!isFormKey(formKey)) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(formKey, this::read);
    }

    /**
     * Every form a matter may name ({@code forms/*.form} whose fields can be read, as {@link #fields} reads them), by
     * key in key order, each with its title: the heading of its first text, or its key when it has none.
     */
    public Map<String, String> titles() {
        Map<String, String> titles = new TreeMap<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                String name = Optional.ofNullable(resource.getFilename()).orElse("");
                String formKey = name.substring(0, Math.max(0, name.length() - ".form".length()));
                if (fields(formKey).isPresent()) {
                    titles.put(formKey, title(resource).orElse(formKey));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the forms", e);
        }
        return titles;
    }

    private Optional<String> title(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            for (JsonNode component : json.readTree(in).path("components")) {
                String text = component.path("text").asText("").strip();
                if ("text".equals(component.path("type").asText()) && text.startsWith("#")) {
                    String heading = text.lines()
                            .findFirst()
                            .orElse("")
                            .replaceFirst("^#+\\s*", "")
                            .strip();
                    return heading.isEmpty() ? Optional.empty() : Optional.of(heading);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code formKey} is a form's key (kebab-case, at most 100 characters), so a file name of its own. */
    static boolean isFormKey(String formKey) {
        return formKey != null && formKey.length() <= 100 && formKey.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    private Optional<List<FormField>> read(String formKey) {
        ClassPathResource resource = new ClassPathResource("forms/" + formKey + ".form");
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(read(json.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read form " + formKey, e);
        }
    }

    /** The input fields of a form's JSON (a form deployed with a model, say), in form order. */
    public static List<FormField> fieldsOf(JsonNode form) {
        return read(form);
    }

    /** The input fields of a form's JSON, in form order, each with the condition that hides it. */
    static List<FormField> read(JsonNode form) {
        List<FormField> fields = new ArrayList<>();
        collect(form.path("components"), null, fields);
        return List.copyOf(fields);
    }

    /** The kind named by the field's custom property; a name the lint does not know counts as health data (masked). */
    private static PersonalDataKind personalData(JsonNode component) {
        JsonNode property = component.path("properties").path(PersonalDataKind.PROPERTY);
        if (!property.isTextual()) {
            return null;
        }
        return PersonalDataKind.byId(property.asText()).orElse(PersonalDataKind.HEALTH);
    }

    /** The condition that hides a component: its own, or its group's, or either of both. */
    private static String hide(String parentHide, JsonNode component) {
        JsonNode own = component.path("conditional").path("hide");
        String hide = own.isTextual() && own.asText().startsWith("=") ? own.asText() : null;
        if (parentHide == null || hide == null) {
            return hide == null ? parentHide : hide;
        }
        return "=(" + parentHide.substring(1) + ") or (" + hide.substring(1) + ")";
    }

    private static void collect(JsonNode components, String parentHide, List<FormField> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String hide = hide(parentHide, component);
            if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
                JsonNode validate = component.path("validate");
                Map<String, String> values = new LinkedHashMap<>();
                component
                        .path("values")
                        .forEach(value -> values.put(
                                value.path("value").asText(),
                                value.path("label").asText(value.path("value").asText())));
                String label = component
                        .path("label")
                        .asText(component
                                .path("dateLabel")
                                .asText(component.path("key").asText()));
                fields.add(new FormField(
                        component.path("key").asText(),
                        label,
                        type,
                        validate.path("required").asBoolean(false),
                        values,
                        validate.hasNonNull("maxLength")
                                ? validate.get("maxLength").asInt()
                                : null,
                        validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                        validate.hasNonNull("min") ? validate.get("min").decimalValue() : null,
                        validate.hasNonNull("max") ? validate.get("max").decimalValue() : null,
                        component.hasNonNull("decimalDigits")
                                ? component.get("decimalDigits").asInt()
                                : null,
                        personalData(component),
                        hide));
            }
            collect(component.path("components"), hide, fields);
        }
    }
}
