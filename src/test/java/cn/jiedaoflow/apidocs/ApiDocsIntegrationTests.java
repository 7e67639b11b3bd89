package cn.jiedaoflow.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The API's OpenAPI document at {@code /api/docs}: public, complete, and true to the application's doors. */
@IntegrationTest
class ApiDocsIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|Controller|java\\.|javax\\.|jakarta\\.|com\\.fasterxml|springframework|hibernate|cn\\.jiedaoflow"
                    + "|\\.java\\b|SQL|JDBC|stack ?trace");
    private static final Set<String> DOCUMENT_ITSELF = Set.of("/api/docs", "/api/docs.yaml");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anyoneReadsTheDocumentAndItDescribesEveryApiEndpoint() throws Exception {
        JsonNode document = document(null);

        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(operations(document)).as("the document's operations").isEqualTo(mappedOperations());
    }

    @Test
    void theDocumentTellsHowToSignInAndAnonymousCallersMeetExactlyThat() throws Exception {
        JsonNode document = document(null);
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("session").path("in").asText()).isEqualTo("cookie");
        assertThat(schemes.path("session").path("name").asText()).isEqualTo("JSESSIONID");
        assertThat(schemes.path("csrf").path("in").asText()).isEqualTo("header");
        assertThat(schemes.path("csrf").path("name").asText()).isEqualTo("X-XSRF-TOKEN");

        List<String> wrong = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    String method = entry.getKey();
                    JsonNode security = entry.getValue().path("security");
                    boolean open = security.isArray() && security.isEmpty();
                    boolean changes = !method.equals("get");
                    if (!open
                            && !schemeSets(security)
                                    .equals(changes ? "[[basic], [csrf, session]]" : "[[basic], [session]]")) {
                        wrong.add(method + " " + path.getKey() + " declares " + security);
                    }
                    int status = anonymous(HttpMethod.valueOf(method.toUpperCase()), concrete(path.getKey()));
                    if (open == (status == HttpStatus.UNAUTHORIZED.value())) {
                        wrong.add(method + " " + path.getKey() + (open ? " public" : " signed in") + " but " + status);
                    }
                }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOperationAnswersProblemsAndNoTextNamesTheCodeBehindIt() throws Exception {
        JsonNode document = document(null);
        List<String> wrong = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    JsonNode responses = entry.getValue().path("responses");
                    for (String status : List.of("4XX", "5XX")) {
                        JsonNode problem =
                                responses.path(status).path("content").path("application/problem+json");
                        if (!problem.path("schema").path("$ref").asText().equals("#/components/schemas/Problem")) {
                            wrong.add(entry.getKey() + " " + path.getKey() + " has no problem for " + status);
                        }
                    }
                    if (entry.getKey().equals("post")
                            && !entry.getValue().path("parameters").toString().contains("\"Idempotency-Key\"")) {
                        wrong.add("post " + path.getKey() + " has no Idempotency-Key");
                    }
                }));
        assertThat(wrong).isEmpty();
        assertThat(document.path("components")
                        .path("schemas")
                        .path("Problem")
                        .path("properties")
                        .has("detail"))
                .isTrue();
        List<String> texts = new ArrayList<>();
        texts(document, texts);
        assertThat(texts).isNotEmpty().noneMatch(text -> INTERNALS.matcher(text).find());
    }

    @Test
    void theDocumentSpeaksChineseByDefaultAndEnglishWhenAsked() throws Exception {
        assertThat(document(null).path("info").path("title").asText()).startsWith("街道流程 API");
        JsonNode english = document("en");
        assertThat(english.path("info").path("title").asText()).startsWith("Jiedao Flow API");
        assertThat(english.path("components")
                        .path("schemas")
                        .path("Problem")
                        .path("description")
                        .asText())
                .startsWith("An RFC 9457 problem");
    }

    private JsonNode document(String language) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        ResponseEntity<String> answer =
                rest.exchange("/api/docs", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType()).isNotNull();
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        return JSON.readTree(answer.getBody());
    }

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(method -> operations.add(method.getKey().toUpperCase() + " " + path.getKey())));
        return operations;
    }

    private Set<String> mappedOperations() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() != null
                    ? info.getPathPatternsCondition().getPatternValues()
                    : info.getPatternValues();
            for (String pattern : patterns) {
                if (pattern.startsWith("/api/") && !DOCUMENT_ITSELF.contains(pattern)) {
                    String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m + " " + path));
                }
            }
        }
        return mapped;
    }

    /** The sets of schemes each security requirement names, sorted: {@code [[basic], [csrf, session]]}. */
    private static String schemeSets(JsonNode security) {
        List<Set<String>> sets = new ArrayList<>();
        security.forEach(requirement -> {
            Set<String> names = new TreeSet<>();
            requirement.properties().forEach(entry -> names.add(entry.getKey()));
            sets.add(names);
        });
        return sets.toString();
    }

    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private int anonymous(HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> body =
                method == HttpMethod.GET ? new HttpEntity<>(headers) : new HttpEntity<>("{}", headers);
        return rest.exchange(path, method, body, String.class).getStatusCode().value();
    }

    /** The texts people read (titles, descriptions, summaries) and the operations' names and groups. */
    private static void texts(JsonNode node, List<String> texts) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (Set.of("title", "description", "summary", "operationId").contains(field.getKey())
                        && field.getValue().isTextual()) {
                    texts.add(field.getValue().asText());
                }
                if (field.getKey().equals("tags") && field.getValue().isArray()) {
                    field.getValue()
                            .forEach(tag -> texts.add(
                                    tag.isTextual()
                                            ? tag.asText()
                                            : tag.path("name").asText()));
                }
                texts(field.getValue(), texts);
            });
        } else if (node.isArray()) {
            node.forEach(item -> texts(item, texts));
        }
    }
}
