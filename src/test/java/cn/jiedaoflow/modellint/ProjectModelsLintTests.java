package cn.jiedaoflow.modellint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.MethodMetadata;

/**
 * The lint over the project's own {@code processes/} and {@code forms/} (Maven runs tests in the project
 * root). No models yet, no findings. Delegate beans are found without starting Spring: the classes under
 * {@code cn.jiedaoflow} that component scanning would pick up, named as Spring names them, and their
 * {@code @Bean} methods.
 */
class ProjectModelsLintTests {

    private static final String BASE_PACKAGE = "cn.jiedaoflow";

    @Test
    void projectModelsAndFormsHaveNoFindings() {
        Set<String> beans = applicationBeanNames();

        List<Finding> findings = new ModelLint().check(Path.of("processes"), Path.of("forms"), beans::contains);

        assertThat(findings)
                .withFailMessage(() -> "the model lint found " + findings.size()
                        + " problem(s) (docs/model-lint.md):\n"
                        + findings.stream().map(Finding::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void namesBeansAsSpringDoes() {
        assertThat(applicationBeanNames()).contains("jiedaoFlowApplication");
    }

    /** Bean names of the application's own classes, from {@code target/classes} only (not test classes). */
    static Set<String> applicationBeanNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Set<String> names = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            if (isTestClass(candidate)) {
                continue;
            }
            names.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry));
            if (candidate instanceof AnnotatedBeanDefinition annotated) {
                for (MethodMetadata method : annotated.getMetadata().getAnnotatedMethods(Bean.class.getName())) {
                    names.addAll(beanMethodNames(method));
                }
            }
        }
        return names;
    }

    /** A {@code @Bean} method's names: those given in the annotation (name and aliases), else the method's. */
    private static List<String> beanMethodNames(MethodMetadata method) {
        var attributes = method.getAnnotationAttributes(Bean.class.getName());
        String[] given = attributes == null ? new String[0] : (String[]) attributes.get("name");
        return given.length == 0 ? List.of(method.getMethodName()) : Arrays.asList(given);
    }

    private static boolean isTestClass(BeanDefinition candidate) {
        return candidate instanceof AbstractBeanDefinition definition
                && definition.getResource() != null
                && definition.getResource().getDescription().contains("test-classes");
    }
}
