package cn.jiedaoflow.modellint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The element templates of {@code processes/.camunda/element-templates/} (where Camunda Modeler finds them), as the
 * lint needs them: each template's id and version, the delegate or called process it stands for, and the fields an
 * element made from it must carry. Their form is checked against the schema by the build
 * ({@code ElementTemplatesTests}); here a template that cannot be read is a finding.
 */
record ElementTemplates(Map<String, Template> byId) {

    /** Where, below {@code processes/}, Camunda Modeler looks for templates. */
    static final String FOLDER = ".camunda/element-templates";

    ElementTemplates {
        byId = Map.copyOf(byId);
    }

    Optional<Template> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The template that stands for {@code implementation} (a delegate expression or a called process), if any. */
    Optional<Template> forImplementation(String implementation) {
        return byId.values().stream()
                .filter(t -> t.implementation()
                        .filter(implementation.strip()::equals)
                        .isPresent())
                .findFirst();
    }

    /**
     * One template: its fields, of which {@code required} are those it hides (fixed values) and those it says
     * must not be empty.
     */
    record Template(String id, String name, int version, List<Field> fields) {

        /** The value of its hidden {@code camunda:delegateExpression} or {@code calledElement}, if it has one. */
        Optional<String> implementation() {
            return fields.stream()
                    .filter(Field::hidden)
                    .filter(f -> "property".equals(f.bindingType())
                            && ("camunda:delegateExpression".equals(f.name()) || "calledElement".equals(f.name())))
                    .map(Field::value)
                    .findFirst();
        }
    }

    /**
     * A field of a template.
     *
     * @param label       its label in the properties panel ({@code null} for a hidden field)
     * @param bindingType {@code property}, {@code camunda:inputParameter}, {@code camunda:in}, …
     * @param name        what it binds to: the attribute, input, field or property name, the {@code camunda:in}
     *                    target or the {@code camunda:out} source
     * @param value       its fixed or default value, as text ({@code null} when none)
     * @param hidden      whether the designer cannot change it
     * @param required    whether an element made from the template must carry it
     * @param expression  for {@code camunda:in}: whether the value is a source expression
     */
    record Field(
            String label,
            String bindingType,
            String name,
            String value,
            boolean hidden,
            boolean required,
            boolean expression) {

        /** How a finding names it: {@code 消息标题 Subject (input noticeSubject)}. */
        String shown() {
            String where = switch (bindingType) {
                case "camunda:inputParameter" -> "input " + name;
                case "camunda:in" -> "camunda:in target " + name;
                case "camunda:in:businessKey" -> "camunda:in businessKey";
                case "camunda:out" -> "camunda:out source " + name;
                case "camunda:field" -> "camunda:field " + name;
                case "camunda:property" -> "camunda:property " + name;
                case "camunda:executionListener" -> "camunda:executionListener " + name;
                default -> name;
            };
            if (hidden) {
                return where + (value == null ? "" : "=\"" + value + "\"");
            }
            return label == null ? where : label + " (" + where + ")";
        }
    }

    /** Reads the templates among {@code files}, the {@code .json} files of {@code folder}. */
    static ElementTemplates read(Path folder, List<Path> files, List<Finding> findings) {
        if (folder == null) {
            return new ElementTemplates(Map.of());
        }
        ObjectMapper json = new ObjectMapper();
        Path absolute = folder.toAbsolutePath().normalize();
        Path shownFrom = absolute.endsWith(FOLDER) ? absolute.getParent().getParent() : absolute;
        Map<String, Template> templates = new LinkedHashMap<>();
        for (Path file : files) {
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                continue;
            }
            String shown = ModelLint.shownName(shownFrom, file.toAbsolutePath().normalize());
            JsonNode root;
            try {
                root = json.readTree(file.toFile());
            } catch (JsonProcessingException e) {
                findings.add(new Finding(
                        shown,
                        null,
                        "element template is not valid JSON: " + e.getOriginalMessage(),
                        "correct the JSON (docs/element-templates.md)"));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            List<JsonNode> nodes = new ArrayList<>();
            if (root != null && root.isArray()) {
                root.forEach(nodes::add);
            } else if (root != null) {
                nodes.add(root);
            }
            for (JsonNode node : nodes) {
                Template template = template(node);
                if (template.id().isBlank()) {
                    findings.add(new Finding(
                            shown,
                            null,
                            "element template has no \"id\"",
                            "give it an id such as cn.jiedaoflow.<what-it-does> (docs/element-templates.md)"));
                } else if (templates.putIfAbsent(template.id(), template) != null) {
                    findings.add(new Finding(
                            shown,
                            template.id(),
                            "element template id " + template.id() + " is used twice",
                            "keep one template per id: raise its \"version\" instead of copying it"));
                }
            }
        }
        return new ElementTemplates(templates);
    }

    private static Template template(JsonNode node) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode property : node.path("properties")) {
            JsonNode binding = property.path("binding");
            String bindingType = binding.path("type").asText("");
            String name = switch (bindingType) {
                case "camunda:in" -> binding.path("target").asText("");
                case "camunda:out", "camunda:outputParameter" ->
                    binding.path("source").asText("");
                case "camunda:executionListener" -> binding.path("event").asText("");
                default -> binding.path("name").asText("");
            };
            JsonNode value = property.get("value");
            boolean hidden = "Hidden".equals(property.path("type").asText());
            fields.add(new Field(
                    property.hasNonNull("label") ? property.get("label").asText() : null,
                    bindingType,
                    name,
                    value == null || value.isNull() ? null : value.asText(),
                    hidden,
                    hidden || property.path("constraints").path("notEmpty").asBoolean(false),
                    binding.path("expression").asBoolean(false)));
        }
        return new Template(
                node.path("id").asText(""),
                node.path("name").asText(""),
                node.path("version").asInt(0),
                fields);
    }
}
