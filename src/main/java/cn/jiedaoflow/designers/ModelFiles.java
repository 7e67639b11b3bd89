package cn.jiedaoflow.designers;

import cn.jiedaoflow.modellint.Finding;
import cn.jiedaoflow.modellint.ModelLint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The model files a deployment is made of, named by their bare file names as the engine knows them
 * ({@code labor-dispute-mediation.bpmn}, {@code mediation-accept.form}), and the model lint over such a set: the
 * same checks as the build's ({@code ProjectModelsLintTests}), with the beans of the running application.
 */
@Component
class ModelFiles {

    /** The repository's element templates, in the jar ({@code pom.xml}): a deployment meets their rules too. */
    static final String ELEMENT_TEMPLATES = "classpath*:element-templates/*.json";

    private static final ResourcePatternResolver TEMPLATES = new PathMatchingResourcePatternResolver();

    private final ApplicationContext beans;
    private final ModelLint lint = new ModelLint();

    ModelFiles(ApplicationContext beans) {
        this.beans = beans;
    }

    /** A BPMN or DMN model, or a Camunda Form: what the start-up deployment takes from the two folders. */
    static boolean isModel(String name) {
        return isProcessModel(name) || isForm(name);
    }

    static boolean isForm(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".form");
    }

    static boolean isProcessModel(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".bpmn")
                || lower.endsWith(".bpmn20.xml")
                || lower.endsWith(".dmn")
                || lower.endsWith(".dmn11.xml");
    }

    /** The models directly in {@code processes} and the forms directly in {@code forms}, by name. */
    static SortedMap<String, byte[]> read(Path processes, Path forms) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        readInto(files, processes, false);
        readInto(files, forms, true);
        return files;
    }

    /** The lint's findings over the models and forms of the folders themselves. */
    List<Finding> lint(Path processes, Path forms) {
        return lint.check(processes, forms, beans::containsBean);
    }

    /**
     * The lint's findings over a set of files given by name and content, as if they were the folders
     * {@code processes/} and {@code forms/}, with the repository's element templates; files of other kinds are not
     * looked at.
     */
    List<Finding> lint(Map<String, byte[]> files) {
        Path root = null;
        try {
            root = Files.createTempDirectory("jiedao-model-lint");
            Path processes = Files.createDirectory(root.resolve("processes"));
            Path forms = Files.createDirectory(root.resolve("forms"));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                String name = Path.of(file.getKey()).getFileName().toString();
                if (isForm(name)) {
                    Files.write(forms.resolve(name), file.getValue());
                } else if (isProcessModel(name)) {
                    Files.write(processes.resolve(name), file.getValue());
                }
            }
            Path templates =
                    Files.createDirectories(processes.resolve(".camunda").resolve("element-templates"));
            for (Resource template : TEMPLATES.getResources(ELEMENT_TEMPLATES)) {
                try (InputStream in = template.getInputStream()) {
                    Files.copy(
                            in,
                            templates.resolve(Path.of(template.getFilename()).getFileName()));
                }
            }
            return lint(processes, forms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the models for the lint", e);
        } finally {
            delete(root);
        }
    }

    private static void readInto(SortedMap<String, byte[]> files, Path dir, boolean forms) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (forms ? isForm(name) : isProcessModel(name)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the models in " + dir, e);
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the lint's copy " + root, e);
        }
    }
}
