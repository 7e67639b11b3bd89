package cn.jiedaoflow.modellint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the Camunda Forms: each {@code .form} file must be JSON with an {@code "id"}, and its file name
 * must be that id (the engine finds a form by the id inside the file, designers by the file name).
 */
class FormChecks {

    private static final String SUFFIX = ".form";
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; (line: \\d+, column: \\d+)]");

    private final ObjectMapper json = new ObjectMapper();

    FormCatalog read(Path formsDir, List<Path> files, List<Finding> findings) {
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            if (!fileName.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
                continue;
            }
            String shown = ModelLint.shownName(formsDir, file);
            String expectedId = fileName.substring(0, fileName.length() - SUFFIX.length());
            JsonNode form;
            try {
                form = json.readTree(file.toFile());
            } catch (JsonProcessingException e) {
                findings.add(new Finding(
                        shown,
                        null,
                        "form is not valid JSON: " + jsonMessage(e),
                        "save the form again from Camunda Modeler, or correct the JSON"));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            JsonNode idNode = form == null ? null : form.get("id");
            if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
                findings.add(new Finding(
                        shown,
                        null,
                        "form has no \"id\"",
                        "set \"id\": \"" + expectedId + "\" (the form id equals the file name)"));
                continue;
            }
            String id = idNode.asText();
            ids.add(id);
            dynamicLists(form.get("components"), findings, shown);
            if (!id.equals(expectedId)) {
                findings.add(new Finding(
                        shown,
                        id,
                        "form id \"" + id + "\" differs from the file name " + fileName,
                        "rename the file to " + id + SUFFIX + ", or set \"id\": \"" + expectedId
                                + "\" and correct every camunda:formRef naming it"));
            }
        }
        return new FormCatalog(new TreeSet<>(ids));
    }

    /**
     * Camunda 7.24's Tasklist cannot submit a form with a dynamic list: form-js keeps an empty error entry for
     * each field of a list, and Tasklist counts entries, not errors, so its start and complete buttons stay
     * disabled for good.
     */
    private static void dynamicLists(JsonNode components, List<Finding> findings, String shown) {
        if (components == null || !components.isArray()) {
            return;
        }
        for (JsonNode component : components) {
            if ("dynamiclist".equals(component.path("type").asText())) {
                findings.add(new Finding(
                        shown,
                        component.path("id").asText(null),
                        "dynamic list: Tasklist (Camunda 7.24) can never submit this form",
                        "use a fixed number of rows of plain fields (see docs/model-lint.md)"));
            }
            dynamicLists(component.get("components"), findings, shown);
        }
    }

    /** Jackson's message without the source description it puts in every location, with the line. */
    private static String jsonMessage(JsonProcessingException e) {
        String message = SOURCE.matcher(e.getOriginalMessage()).replaceAll("$1");
        return e.getLocation() == null
                ? message
                : message + " (line " + e.getLocation().getLineNr() + ")";
    }
}
