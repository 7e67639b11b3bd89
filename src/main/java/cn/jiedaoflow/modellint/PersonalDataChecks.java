package cn.jiedaoflow.modellint;

import cn.jiedaoflow.personaldata.PersonalDataKind;
import cn.jiedaoflow.personaldata.PersonalDetail;
import cn.jiedaoflow.personaldata.SensitiveVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;

/**
 * The personal-data rules (docs/architecture.md, "Personal data"): a user task declares in its extension property
 * {@code personalData} the details its work needs, each a detail its process has, and its form links to the
 * personal-data plugin for each; no form links to a detail its task does not declare; no form shows a variable of
 * a sensitive name (the engine never holds one); a form field marks its personal data with a known kind, and a
 * Tasklist form's field of personal data has a sensitive name, so that the engine's history filter drops it.
 * Files that do not parse are reported by the other checks and skipped here.
 */
class PersonalDataChecks {

    private static final Pattern LINK = Pattern.compile(
            Pattern.quote(PersonalDetail.PLUGIN_PATH) + "/([a-z0-9-]+)/\\{\\{\\s*trackingNumber\\s*}}/([a-z0-9-]+)");
    private static final Pattern SHOWN = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
    private static final List<String> INPUT_TYPES =
            List.of("textfield", "textarea", "number", "datetime", "radio", "select", "checkbox");

    private final ObjectMapper json = new ObjectMapper();

    List<Finding> check(Path processesDir, List<Path> processFiles, Path formsDir, List<Path> formFiles) {
        List<Finding> findings = new ArrayList<>();
        Map<String, FormFacts> forms = new LinkedHashMap<>();
        for (Path file : formFiles) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".form")) {
                read(file, ModelLint.shownName(formsDir, file), findings)
                        .ifPresent(facts -> forms.put(facts.id(), facts));
            }
        }
        Set<String> tasklistForms = new LinkedHashSet<>();
        for (Path file : processFiles) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                checkModel(
                        file,
                        ModelLint.shownName(processesDir, file),
                        ModelLint.processKeyOf(file),
                        forms,
                        tasklistForms,
                        findings);
            }
        }
        for (String formId : tasklistForms) {
            FormFacts form = forms.get(formId);
            if (form != null) {
                checkTasklistFields(form, findings);
            }
        }
        return findings;
    }

    private void checkModel(
            Path file,
            String shown,
            String processKey,
            Map<String, FormFacts> forms,
            Set<String> tasklistForms,
            List<Finding> findings) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromFile(file.toFile());
        } catch (ModelException e) {
            return;
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null) {
                tasklistForms.add(start.getCamundaFormRef());
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            Set<String> declared = PersonalDetail.declaredBy(task);
            FormFacts form = task.getCamundaFormRef() == null ? null : forms.get(task.getCamundaFormRef());
            if (task.getCamundaFormRef() != null) {
                tasklistForms.add(task.getCamundaFormRef());
            }
            for (String detail : declared) {
                if (PersonalDetail.of(processKey, detail).isEmpty()) {
                    findings.add(new Finding(
                            shown,
                            task.getId(),
                            "user task declares personal detail \"" + detail + "\", which process " + processKey
                                    + " does not have",
                            "name one of " + detailsOf(processKey) + " in its extension property "
                                    + PersonalDetail.TASK_PROPERTY + ", or remove it"));
                } else if (form != null && !form.links().contains(processKey + "/" + detail)) {
                    findings.add(new Finding(
                            shown,
                            task.getId(),
                            "user task needs personal detail \"" + detail + "\", but its form " + form.id()
                                    + " does not link to it",
                            "add a text with the link [查看…](" + PersonalDetail.PLUGIN_PATH + "/" + processKey
                                    + "/{{trackingNumber}}/" + detail + ") to forms/" + form.id() + ".form"));
                }
            }
            if (form != null) {
                for (String link : form.links()) {
                    String[] target = link.split("/", 2);
                    if (!target[0].equals(processKey) || !declared.contains(target[1])) {
                        findings.add(new Finding(
                                shown,
                                task.getId(),
                                "form " + form.id() + " links to personal detail \"" + target[1] + "\" of " + target[0]
                                        + ", which this task does not declare: the link answers 404",
                                "declare it in the task's extension property " + PersonalDetail.TASK_PROPERTY
                                        + " if the task needs it, or remove the link"));
                    }
                }
            }
        }
    }

    /** A Tasklist form's fields: personal data under a sensitive name only, and every sensitive name marked. */
    private static void checkTasklistFields(FormFacts form, List<Finding> findings) {
        for (Map.Entry<String, String> field : form.marked().entrySet()) {
            if (!SensitiveVariables.isSensitive(field.getKey())) {
                findings.add(new Finding(
                        form.shown(),
                        form.id(),
                        "field " + field.getKey() + " holds personal data, but its name is not a sensitive name: "
                                + "the engine would keep what staff type into it",
                        "use a name from cn.jiedaoflow.personaldata.SensitiveVariables, or add it there, and move the"
                                + " value into the application's record in the task's listener"));
            }
        }
        for (String key : form.keys()) {
            if (SensitiveVariables.isSensitive(key) && !form.marked().containsKey(key)) {
                findings.add(new Finding(
                        form.shown(),
                        form.id(),
                        "field " + key + " has a sensitive name but is not marked as personal data",
                        "add the custom property " + PersonalDataKind.PROPERTY + " (one of " + kinds() + ")"));
            }
        }
    }

    private java.util.Optional<FormFacts> read(Path file, String shown, List<Finding> findings) {
        JsonNode form;
        try {
            form = json.readTree(file.toFile());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        if (form == null || !form.path("id").isTextual()) {
            return java.util.Optional.empty();
        }
        FormFacts facts = new FormFacts(
                form.path("id").asText(), shown, new LinkedHashSet<>(), new LinkedHashMap<>(), new LinkedHashSet<>());
        collect(form.path("components"), facts, findings);
        return java.util.Optional.of(facts);
    }

    private static void collect(JsonNode components, FormFacts form, List<Finding> findings) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String key = component.path("key").asText(null);
            JsonNode kind = component.path("properties").path(PersonalDataKind.PROPERTY);
            if (!kind.isMissingNode()) {
                if (PersonalDataKind.byId(kind.asText()).isEmpty()) {
                    findings.add(new Finding(
                            form.shown(),
                            component.path("id").asText(form.id()),
                            "custom property " + PersonalDataKind.PROPERTY + " \"" + kind.asText()
                                    + "\" is not a kind of personal data",
                            "use one of " + kinds()));
                }
                if (key != null) {
                    form.marked().put(key, kind.asText());
                }
            }
            if (INPUT_TYPES.contains(type) && key != null) {
                form.keys().add(key);
            }
            if ("text".equals(type)) {
                String text = component.path("text").asText("");
                Matcher link = LINK.matcher(text);
                while (link.find()) {
                    form.links().add(link.group(1) + "/" + link.group(2));
                }
                Matcher shown = SHOWN.matcher(text);
                while (shown.find()) {
                    if (SensitiveVariables.isSensitive(shown.group(1))) {
                        findings.add(new Finding(
                                form.shown(),
                                component.path("id").asText(form.id()),
                                "form shows {{" + shown.group(1) + "}}, a sensitive name the engine never holds",
                                "show its masked form (a variable the process sets) and link to the personal-data"
                                        + " plugin for the full value"));
                    }
                }
            }
            collect(component.path("components"), form, findings);
        }
    }

    private static String detailsOf(String processKey) {
        List<String> names = Arrays.stream(PersonalDetail.values())
                .filter(d -> d.processKey().equals(processKey))
                .map(PersonalDetail::detailName)
                .toList();
        return names.isEmpty() ? "none (the process has no personal details)" : String.join(", ", names);
    }

    private static String kinds() {
        return String.join(
                ", ",
                Arrays.stream(PersonalDataKind.values())
                        .map(PersonalDataKind::id)
                        .toList());
    }

    /** What a form links to (process key/detail), which fields it marks (key → kind), and its input keys. */
    private record FormFacts(
            String id, String shown, Set<String> links, Map<String, String> marked, Set<String> keys) {}
}
