package cn.jiedaoflow.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;

/**
 * Shapes springdoc's document of {@code /api} in one language: the two ways to sign in (HTTP Basic; the portal's
 * session cookie with the CSRF header on a state-changing request), the doors open to anyone, the RFC 9457 problem
 * of every refusal, the {@code Idempotency-Key} header of a {@code POST}. Operations are named and grouped by their
 * path, never by the code behind them.
 */
final class ApiDocument {

    /** The doors open without signing in, as portal/SecurityConfiguration opens them (ApiDocsIntegrationTests). */
    static final Set<String> PUBLIC = Set.of(
            "get /api/calendar/deadline",
            "get /api/catalog",
            "get /api/catalog/{code}",
            "get /api/services",
            "get /api/services/{processKey}/form",
            "get /api/forms/{formKey}",
            "post /api/accounts/verification-codes",
            "post /api/accounts/residents",
            "post /api/accounts/enterprises",
            "post /api/accounts/password-reset");

    static final String BASIC = "basic";
    static final String SESSION = "session";
    static final String CSRF = "csrf";
    static final String PROBLEM = "Problem";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private final MessageSource messages;
    private final Locale locale;

    ApiDocument(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void shape(OpenAPI api) {
        api.info(new Info()
                .title(text("api.docs.title"))
                .description(text("api.docs.description"))
                .version("1"));
        api.servers(null);
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components
                .addSecuritySchemes(
                        BASIC,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description(text("api.docs.security.basic")))
                .addSecuritySchemes(
                        SESSION,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name("JSESSIONID")
                                .description(text("api.docs.security.session")))
                .addSecuritySchemes(
                        CSRF,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-XSRF-TOKEN")
                                .description(text("api.docs.security.csrf")))
                .addSchemas(PROBLEM, problemSchema()));
        Set<String> tags = new TreeSet<>();
        if (api.getPaths() != null) {
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> tags.add(shape(path, method, operation))));
        }
        api.tags(tags.stream().map(name -> new Tag().name(name)).toList());
    }

    /** One operation: its name and group from its path, who may call it, its refusals; the group it joined. */
    private String shape(String path, PathItem.HttpMethod method, Operation operation) {
        String verb = method.name().toLowerCase(Locale.ROOT);
        String tag = path.replaceFirst("^/api/", "").split("/")[0];
        operation.operationId(verb + "-"
                + path.replaceFirst("^/api/", "").replaceAll("[{}]", "").replace('/', '-'));
        operation.tags(List.of(tag));
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean open = PUBLIC.contains(verb + " " + path);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (open) {
            operation.security(List.of());
        } else {
            SecurityRequirement session = new SecurityRequirement().addList(SESSION);
            if (changes) {
                session.addList(CSRF);
            }
            operation.security(List.of(new SecurityRequirement().addList(BASIC), session));
            responses.addApiResponse("401", problem("api.docs.response.401"));
            responses.addApiResponse("403", problem("api.docs.response.403"));
        }
        boolean keyed = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> IDEMPOTENCY_KEY.equals(p.getName()));
        if (method == PathItem.HttpMethod.POST && !keyed) {
            operation.addParametersItem(new Parameter()
                    .in("header")
                    .name(IDEMPOTENCY_KEY)
                    .required(false)
                    .description(text(open ? "api.docs.idempotencyKey.public" : "api.docs.idempotencyKey"))
                    .schema(new StringSchema().pattern("^[A-Za-z0-9_-]{1,100}$")));
        }
        if (method == PathItem.HttpMethod.POST) {
            if (!open) {
                responses.addApiResponse("409", problem("api.docs.response.409"));
                responses.addApiResponse("422", problem("api.docs.response.422"));
            }
        }
        responses.addApiResponse("4XX", problem("api.docs.response.4xx"));
        responses.addApiResponse("5XX", problem("api.docs.response.5xx"));
        operation.responses(responses);
        return tag;
    }

    private ApiResponse problem(String key) {
        return new ApiResponse()
                .description(text(key))
                .content(new Content()
                        .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
    }

    private Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description(text("api.docs.problem.type")));
        properties.put("title", new StringSchema().description(text("api.docs.problem.title")));
        properties.put("status", new IntegerSchema().description(text("api.docs.problem.status")));
        properties.put("detail", new StringSchema().description(text("api.docs.problem.detail")));
        properties.put("instance", new StringSchema().format("uri-reference"));
        properties.put(
                "errors", new ArraySchema().items(new ObjectSchema()).description(text("api.docs.problem.errors")));
        ObjectSchema problem = new ObjectSchema();
        problem.setProperties(properties);
        problem.setRequired(new ArrayList<>(List.of("type", "title", "status", "detail")));
        problem.description(text("api.docs.problem"));
        return problem;
    }

    private String text(String key) {
        return messages.getMessage(key, new Object[0], locale);
    }
}
