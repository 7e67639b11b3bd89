package cn.jiedaoflow.delegates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every delegate and listener bean is either reusable, with an element template whose fields are the inputs it
 * reads, or belongs to one procedure and serves that procedure's model alone (docs/element-templates.md). Beans are
 * found as Spring's component scanning finds them, without starting Spring.
 */
class DelegateMarkingsTests {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path TEMPLATES = PROCESSES.resolve(".camunda/element-templates");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyDelegateBeanIsReusableOrBelongsToAProcedure() {
        Map<String, Class<?>> beans = delegateBeans();

        assertThat(beans).as("delegate beans found").hasSizeGreaterThan(40);
        assertThat(beans.values())
                .allSatisfy(type -> assertThat(type.isAnnotationPresent(ReusableDelegate.class)
                                ^ type.isAnnotationPresent(ProcedureDelegate.class))
                        .as("%s is marked either @ReusableDelegate or @ProcedureDelegate, not both", type.getName())
                        .isTrue());
    }

    @Test
    void aProcedureDelegateServesItsProcedureAlone() throws IOException {
        Map<String, String> models = models();
        for (Map.Entry<String, Class<?>> bean : delegateBeans().entrySet()) {
            ProcedureDelegate mark = bean.getValue().getAnnotation(ProcedureDelegate.class);
            if (mark == null) {
                continue;
            }
            String reference = "${" + bean.getKey() + "}";
            Set<String> usedIn = new TreeSet<>();
            models.forEach((key, model) -> {
                if (model.contains(reference)) {
                    usedIn.add(key);
                }
            });
            assertThat(usedIn)
                    .as("the models that name %s, which belongs to %s", reference, mark.value())
                    .containsExactly(mark.value());
        }
    }

    @Test
    void aReusableDelegateHasItsTemplateWhoseInputsAreWhatItReads() throws IOException {
        Map<String, JsonNode> templates = templates();
        int reusable = 0;
        for (Map.Entry<String, Class<?>> bean : delegateBeans().entrySet()) {
            ReusableDelegate mark = bean.getValue().getAnnotation(ReusableDelegate.class);
            if (mark == null) {
                continue;
            }
            reusable++;
            JsonNode template = templates.get(mark.template());
            assertThat(template)
                    .as("the template %s of %s", mark.template(), bean.getKey())
                    .isNotNull();
            assertThat(hidden(template, "camunda:delegateExpression"))
                    .as("the delegate of template %s", mark.template())
                    .isEqualTo("${" + bean.getKey() + "}");
            assertThat(inputs(template))
                    .as("the inputs of template %s", mark.template())
                    .containsExactlyInAnyOrder(mark.inputs());
        }
        assertThat(reusable).as("reusable delegates").isEqualTo(3);
    }

    @Test
    void everyTemplateOfADelegateNamesAReusableDelegateMarkedWithIt() throws IOException {
        Map<String, Class<?>> beans = delegateBeans();
        for (Map.Entry<String, JsonNode> template : templates().entrySet()) {
            String expression = hidden(template.getValue(), "camunda:delegateExpression");
            if (expression == null) {
                continue;
            }
            Class<?> type = beans.get(expression.substring(2, expression.length() - 1));
            assertThat(type)
                    .as("the bean %s of template %s", expression, template.getKey())
                    .isNotNull();
            assertThat(type.getAnnotation(ReusableDelegate.class))
                    .as("%s is marked reusable", type.getName())
                    .isNotNull()
                    .extracting(ReusableDelegate::template)
                    .isEqualTo(template.getKey());
        }
    }

    /** The application's beans that implement a delegate or listener, by bean name. */
    static Map<String, Class<?>> delegateBeans() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Map<String, Class<?>> beans = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("cn.jiedaoflow")) {
            if (candidate instanceof AbstractBeanDefinition definition
                    && definition.getResource() != null
                    && definition.getResource().getDescription().contains("test-classes")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("scanned class cannot be loaded", e);
            }
            if (JavaDelegate.class.isAssignableFrom(type)
                    || ExecutionListener.class.isAssignableFrom(type)
                    || TaskListener.class.isAssignableFrom(type)) {
                beans.put(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry), type);
            }
        }
        return beans;
    }

    private static Map<String, String> models() throws IOException {
        Map<String, String> models = new HashMap<>();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                String name = file.getFileName().toString();
                models.put(name.substring(0, name.length() - ".bpmn".length()), Files.readString(file));
            }
        }
        return models;
    }

    private Map<String, JsonNode> templates() throws IOException {
        Map<String, JsonNode> templates = new TreeMap<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode root = json.readTree(file.toFile());
                List<JsonNode> nodes = new ArrayList<>();
                if (root.isArray()) {
                    root.forEach(nodes::add);
                } else {
                    nodes.add(root);
                }
                nodes.forEach(node -> templates.put(node.path("id").asText(), node));
            }
        }
        return templates;
    }

    private static String hidden(JsonNode template, String attribute) {
        for (JsonNode property : template.path("properties")) {
            JsonNode binding = property.path("binding");
            if ("Hidden".equals(property.path("type").asText())
                    && "property".equals(binding.path("type").asText())
                    && attribute.equals(binding.path("name").asText())) {
                return property.path("value").asText();
            }
        }
        return null;
    }

    private static List<String> inputs(JsonNode template) {
        List<String> inputs = new ArrayList<>();
        for (JsonNode property : template.path("properties")) {
            JsonNode binding = property.path("binding");
            if ("camunda:inputParameter".equals(binding.path("type").asText())
                    || "camunda:field".equals(binding.path("type").asText())) {
                inputs.add(binding.path("name").asText());
            }
        }
        return inputs;
    }
}
