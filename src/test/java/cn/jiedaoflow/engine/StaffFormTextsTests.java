package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.people.StaffGroup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What staff read in the forms of {@code forms/} (Tasklist shows them): no enum code ({@code ORDINARY},
 * {@code PASSED}), no ISO date-time ({@code 2026-12-18T00:00:00}), no group id ({@code owners-committee}), no MIME
 * type ({@code application/pdf}) and no estate number (小区编号) — neither as written text nor as a variable a
 * template shows as it is stored: a choice's code, an instant (a deadline, a window's opening or close) or the
 * estate's id. A choice shows a Chinese label for each stored code. A form of a task that may open its case's
 * documents (its model declares a personal detail that has documents) links each of them ({@code {{materialLinks}}}),
 * and no other form does: the links go no wider than the task's own grant.
 */
class StaffFormTextsTests {

    private static final Path FORMS = Path.of("forms");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CHOICES = Set.of("select", "radio", "checklist", "taglist");
    private static final Set<String> SHOWN =
            Set.of("text", "label", "description", "dateLabel", "timeLabel", "placeholder", "content", "appearance");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern MIME = Pattern.compile(
            "\\b(?:application|image|text|audio|video|multipart)/[a-z0-9.+-]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern BARE_VARIABLE = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*$");
    private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)]*\\)");
    /** Variables that hold an instant: a deadline, the end of a window, its opening and close. */
    private static final Pattern INSTANT = Pattern.compile(".*(?:Due|Ends|Opens|Closes|At)$");
    /** Codes set by the application, not by a form's choice. */
    private static final Set<String> CODE_VARIABLES_OF_THE_APPLICATION = Set.of("matterType", "voteOutcome");

    /**
     * The personal details that list documents: the one-stop application's materials, a veteran's attachments, the
     * materials of a mediation entered at the window.
     */
    private static final Set<String> DETAILS_WITH_DOCUMENTS = Set.of("application", "household", "id-number");

    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask\\b(.*?)</bpmn:userTask>", Pattern.DOTALL);
    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
    private static final Pattern DECLARED =
            Pattern.compile("<camunda:property name=\"personalData\" value=\"([^\"]*)\"");

    private static List<Path> forms;
    private static final Set<String> codes =
            new TreeSet<>(Set.of("ORDINARY", "SPECIAL", "PASSED", "REJECTED", "QUORUM_NOT_MET"));
    private static final Set<String> codeVariables = new TreeSet<>(CODE_VARIABLES_OF_THE_APPLICATION);

    @BeforeAll
    static void readTheForms() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
        for (Path form : forms) {
            for (JsonNode field : components(form)) {
                if (CHOICES.contains(field.path("type").asText())) {
                    for (JsonNode option : field.path("values")) {
                        String value = option.path("value").asText();
                        if (CODE.matcher(value).matches() && value.length() > 1) {
                            codes.add(value);
                            codeVariables.add(field.path("key").asText());
                        }
                    }
                }
            }
        }
    }

    @Test
    void theFormsAreRead() {
        assertThat(forms).hasSizeGreaterThan(30);
        assertThat(codes).contains("APPROVED", "QUORUM_NOT_MET", "TALENT_RESIDENCE");
        assertThat(codeVariables).contains("needCategory", "reviewDecision", "matterType");
    }

    @Test
    void everyChoiceShowsALabelNotItsCode() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path form : forms) {
            for (JsonNode field : components(form)) {
                if (!CHOICES.contains(field.path("type").asText())) {
                    continue;
                }
                for (JsonNode option : field.path("values")) {
                    String label = option.path("label").asText();
                    if (label.isBlank()
                            || label.equals(option.path("value").asText())
                            || !findings(label).isEmpty()) {
                        bad.add(form.getFileName() + " " + field.path("key").asText() + ": " + option);
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void noTextShowsACodeAnIsoDateTimeAGroupIdAMimeTypeOrAnEstateNumber() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path form : forms) {
            for (JsonNode field : components(form)) {
                for (String property : SHOWN) {
                    JsonNode value = field.path(property);
                    if (!value.isTextual()) {
                        continue;
                    }
                    String written = LINK_TARGET
                            .matcher(TEMPLATE.matcher(value.asText()).replaceAll(" "))
                            .replaceAll("]");
                    findings(written).forEach(found -> bad.add(form.getFileName() + " " + property + ": " + found));
                    shownAsStored(value.asText())
                            .forEach(found -> bad.add(form.getFileName() + " " + property + ": {{" + found + "}}"));
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void theRulesFindWhatTheyAreFor() {
        assertThat(findings("表决结果：PASSED")).isNotEmpty();
        assertThat(findings("截止 2026-12-18T00:00:00")).isNotEmpty();
        assertThat(findings("由 owners-committee 办理")).isNotEmpty();
        assertThat(findings("上传 application/pdf 文件")).isNotEmpty();
        assertThat(findings("小区编号：3")).isNotEmpty();
        assertThat(findings("截止 2026-12-18 17:00，办件编号 PF-20261218-ABC123")).isEmpty();
        assertThat(shownAsStored("{{voteOutcome}} {{windowCloses}} {{estateId}} {{needCategory}}"))
                .containsExactly("voteOutcome", "windowCloses", "estateId", "needCategory");
        assertThat(shownAsStored("{{#if voteOutcome = \"PASSED\"}}通过{{/if}} {{estateName}}"))
                .isEmpty();
    }

    @Test
    void everyFormWhoseTaskMayOpenTheCaseDocumentsLinksEachAndNoOtherFormDoes() throws IOException {
        Map<String, Boolean> mayOpen = formsOfUserTasks();
        assertThat(mayOpen)
                .containsEntry("one-stop-pre-check", true)
                .containsEntry("one-stop-member-review", true)
                .containsEntry("veteran-assistance-visit", true)
                .containsEntry("one-stop-rectification", false);
        List<String> bad = new ArrayList<>();
        for (Path form : forms) {
            String id = form.getFileName().toString().replace(".form", "");
            boolean links = components(form).stream()
                    .anyMatch(c -> c.path("text").asText().contains("{{materialLinks}}"));
            if (links != mayOpen.getOrDefault(id, false)) {
                bad.add(id
                        + (links ? " links documents its task may not open" : " does not link its case's documents"));
            }
        }
        assertThat(bad).isEmpty();
    }

    /** Form id → whether a user task showing it declares a detail that has documents. */
    private static Map<String, Boolean> formsOfUserTasks() throws IOException {
        Map<String, Boolean> mayOpen = new LinkedHashMap<>();
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher task = USER_TASK.matcher(Files.readString(model));
                while (task.find()) {
                    Matcher form = FORM_REF.matcher(task.group(1));
                    if (!form.find()) {
                        continue;
                    }
                    Matcher declared = DECLARED.matcher(task.group(1));
                    boolean documents = declared.find()
                            && Arrays.stream(declared.group(1).split(","))
                                    .map(String::strip)
                                    .anyMatch(DETAILS_WITH_DOCUMENTS::contains);
                    mayOpen.merge(form.group(1), documents, Boolean::logicalOr);
                }
            }
        }
        return mayOpen;
    }

    /** The codes, ISO date-times, MIME types, group ids and estate numbers written in {@code text}. */
    private static List<String> findings(String text) {
        List<String> found = new ArrayList<>();
        for (String word : text.split("[^A-Za-z0-9_]+")) {
            if (codes.contains(word)) {
                found.add(word);
            }
        }
        for (Pattern pattern : List.of(ISO_DATE_TIME, MIME)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        for (StaffGroup group : StaffGroup.values()) {
            if (Pattern.compile("(?<![\\w./-])" + Pattern.quote(group.id()) + "(?![\\w/-])")
                    .matcher(text)
                    .find()) {
                found.add(group.id());
            }
        }
        if (text.contains("小区编号")) {
            found.add("小区编号");
        }
        return found;
    }

    /** The variables a template shows as stored: a code, an instant, the estate's id. */
    private static List<String> shownAsStored(String text) {
        List<String> found = new ArrayList<>();
        Matcher template = TEMPLATE.matcher(text);
        while (template.find()) {
            Matcher bare = BARE_VARIABLE.matcher(template.group(1));
            if (bare.matches()) {
                String name = bare.group(1);
                if (codeVariables.contains(name) || INSTANT.matcher(name).matches() || name.equals("estateId")) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    private static List<JsonNode> components(Path form) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        collect(JSON.readTree(form.toFile()).path("components"), all);
        return all;
    }

    private static void collect(JsonNode components, List<JsonNode> all) {
        for (JsonNode component : components) {
            all.add(component);
            collect(component.path("components"), all);
        }
    }
}
