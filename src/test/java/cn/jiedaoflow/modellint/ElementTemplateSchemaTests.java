package cn.jiedaoflow.modellint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The element templates of {@code processes/.camunda/element-templates/} against the schema Camunda Modeler reads
 * them by ({@code @camunda/element-templates-json-schema}, vendored with its version and licence under
 * {@code src/test/resources/element-templates-json-schema/}), and the project's own conventions for them.
 */
class ElementTemplateSchemaTests {

    /** The vendored schema's version: the folder it lies in, and the version each template's $schema names. */
    static final String SCHEMA_VERSION = "0.22.1";

    private static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates");

    private final ObjectMapper json = new ObjectMapper();
    private final Schema schema = schema();

    @Test
    void everyTemplateFollowsTheSchema() throws IOException {
        List<Path> files = templateFiles();

        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            List<Error> errors = schema.validate(json.readTree(file.toFile()));
            assertThat(errors)
                    .as("%s against element-templates-json-schema %s", file, SCHEMA_VERSION)
                    .isEmpty();
        }
    }

    @Test
    void theSchemaRefusesATemplateItDoesNotDescribe() throws IOException {
        JsonNode dropdownWithoutChoices = json.readTree("""
                {"name": "x", "id": "x", "appliesTo": ["bpmn:ServiceTask"],
                 "properties": [{"label": "Kind", "type": "Dropdown",
                                 "binding": {"type": "camunda:inputParameter", "name": "kind"}}]}
                """);
        JsonNode listenerNotHidden = json.readTree("""
                {"name": "x", "id": "x", "appliesTo": ["bpmn:ServiceTask"],
                 "properties": [{"type": "String", "value": "${x}",
                                 "binding": {"type": "camunda:executionListener", "event": "start",
                                             "implementationType": "delegateExpression"}}]}
                """);

        assertThat(schema.validate(dropdownWithoutChoices)).isNotEmpty();
        assertThat(schema.validate(listenerNotHidden)).isNotEmpty();
    }

    @Test
    void everyTemplateHasAChineseNameAnEnglishDescriptionAVersionAndNamesTheVendoredSchema() throws IOException {
        for (Path file : templateFiles()) {
            JsonNode template = json.readTree(file.toFile());
            assertThat(template.path("id").asText()).as("%s id", file).startsWith("cn.jiedaoflow.");
            assertThat(template.path("name").asText()).as("%s name", file).containsPattern("\\p{IsHan}");
            assertThat(template.path("description").asText())
                    .as("%s description, in Chinese and English", file)
                    .containsPattern("\\p{IsHan}")
                    .containsPattern("[A-Z][a-z]+ [a-z]+");
            assertThat(template.path("version").asInt()).as("%s version", file).isPositive();
            assertThat(template.path("$schema").asText())
                    .as("%s $schema", file)
                    .endsWith("/@camunda/element-templates-json-schema@" + SCHEMA_VERSION + "/resources/schema.json");
            assertThat(file.getFileName().toString())
                    .as("file name of %s", template.path("id").asText())
                    .isEqualTo(template.path("id").asText().substring("cn.jiedaoflow.".length()) + ".json");
        }
    }

    private static List<Path> templateFiles() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Schema schema() {
        String resource = "/element-templates-json-schema/" + SCHEMA_VERSION + "/schema.json";
        try (InputStream in = ElementTemplateSchemaTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
