package cn.jiedaoflow.modellint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.xml.sax.SAXParseException;

/**
 * Checks the process models ({@code processes/*.bpmn}, {@code *.dmn}) and the Camunda Forms
 * ({@code forms/*.form}) for the mistakes that the engine would only report at deployment or at run time,
 * or never: user tasks without candidate group or form, missing history time-to-live, delegate beans and
 * forms that do not exist, unknown staff groups, elements without a diagram shape, file names that
 * differ from the process key or form id, and the personal-data rules (what a task declares, what its form
 * links to and shows), and the element templates of {@code processes/.camunda/element-templates/}: a reusable
 * delegate is used through its template, with the template's fields.
 *
 * <p>Plain Java on the Camunda model API and Jackson: no Spring, no engine. Whoever calls it decides what a
 * finding means (a failed build, a refused start-up, a list on an administrator page).
 */
public final class ModelLint {

    private final FormChecks forms = new FormChecks();
    private final BpmnChecks bpmn = new BpmnChecks();
    private final DmnChecks dmn = new DmnChecks();
    private final PersonalDataChecks personalData = new PersonalDataChecks();

    /**
     * Lints every model under {@code processesDir} and every form under {@code formsDir} (both searched
     * recursively; either may be missing, which counts as empty), with the element templates of
     * {@code processesDir/.camunda/element-templates/}.
     *
     * @param processesDir the {@code processes/} folder: {@code .bpmn}, {@code .bpmn20.xml}, {@code .dmn},
     *                     {@code .dmn11.xml} files
     * @param formsDir     the {@code forms/} folder: {@code .form} files (Camunda Forms, form-js JSON)
     * @param beanExists   whether a bean of the given name exists, for {@code camunda:delegateExpression}
     * @return the findings, file by file in name order; empty when all is well
     * @throws UncheckedIOException when a folder cannot be listed
     */
    public List<Finding> check(Path processesDir, Path formsDir, Predicate<String> beanExists) {
        return check(
                processesDir,
                formsDir,
                processesDir == null ? null : processesDir.resolve(ElementTemplates.FOLDER),
                beanExists);
    }

    /**
     * Lints as {@link #check(Path, Path, Predicate)} does, with the element templates of {@code templatesDir}: for
     * models that lie elsewhere than the repository's {@code processes/} (a deployment being checked), whose
     * templates are still the repository's.
     *
     * @param templatesDir the folder of the element templates ({@code .json}); may be missing, which counts as
     *                     no templates
     */
    public List<Finding> check(Path processesDir, Path formsDir, Path templatesDir, Predicate<String> beanExists) {
        List<Finding> findings = new ArrayList<>();
        FormCatalog catalog = forms.read(formsDir, filesUnder(formsDir), findings);
        ElementTemplates templates = ElementTemplates.read(templatesDir, filesUnder(templatesDir), findings);
        findings.addAll(personalData.check(processesDir, filesUnder(processesDir), formsDir, filesUnder(formsDir)));
        for (Path file : filesUnder(processesDir)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String shown = shownName(processesDir, file);
            if (file.startsWith(processesDir.resolve(ElementTemplates.FOLDER))) {
                continue;
            }
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                findings.addAll(bpmn.check(file, shown, processKeyOf(file), catalog, templates, beanExists));
            } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                findings.addAll(dmn.check(file, shown));
            }
        }
        return List.copyOf(findings);
    }

    /** The name a finding shows: the folder's own name and the path below it, with forward slashes. */
    static String shownName(Path dir, Path file) {
        String below = dir.relativize(file).toString().replace('\\', '/');
        Path dirName = dir.toAbsolutePath().normalize().getFileName();
        return dirName == null ? below : dirName + "/" + below;
    }

    /** The process key a BPMN file stands for: its name without {@code .bpmn} or {@code .bpmn20.xml}. */
    static String processKeyOf(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".bpmn20.xml")) {
            return name.substring(0, name.length() - ".bpmn20.xml".length());
        }
        return name.substring(0, name.length() - ".bpmn".length());
    }

    /**
     * A parser's complaint in one line: the messages along the cause chain (the innermost is usually the
     * one that says what is wrong), with the line number when the XML parser gave one.
     */
    static String parserMessage(Throwable error) {
        Set<String> messages = new LinkedHashSet<>();
        Integer line = null;
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                messages.add(t.getMessage().strip());
            }
            if (t instanceof SAXParseException parse && parse.getLineNumber() > 0) {
                line = parse.getLineNumber();
            }
        }
        String text = messages.isEmpty() ? error.getClass().getSimpleName() : String.join(": ", messages);
        return line == null ? text : text + " (line " + line + ")";
    }

    private static List<Path> filesUnder(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(f -> dir.relativize(f).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
