package cn.jiedaoflow.modellint;

import cn.jiedaoflow.engine.CandidateGroups;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.scope.ScopeGroups;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The checks on one BPMN file. Tasks, forms and delegates are checked in executable processes only
 * (nothing else is deployed); the diagram is checked for every element, since designers read all of it.
 */
class BpmnChecks {

    /** {@code ${beanName}} (or {@code #{beanName}}): the delegate expression whose bean can be checked. */
    private static final Pattern BEAN_REFERENCE =
            Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*}\\s*$");

    private static final String DEPLOYMENT_BINDING = "deployment";

    List<Finding> check(
            Path file,
            String shown,
            String processKey,
            FormCatalog forms,
            ElementTemplates templates,
            Predicate<String> beanExists) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromFile(file.toFile());
        } catch (ModelException e) {
            return List.of(new Finding(
                    shown,
                    null,
                    "file does not parse as BPMN 2.0: "
                            + ModelLint.parserMessage(e)
                                    .replace("\"" + BpmnModelConstants.BPMN20_NS + "\":", "bpmn:")
                                    .replace("URI=null ", ""),
                    "open the file in Camunda Modeler and save it again, or correct the XML at the place named"));
        }
        List<Finding> findings = new ArrayList<>();
        checkProcesses(model, shown, processKey, findings);
        checkUserTasks(model, shown, findings);
        StartChecks.check(model, shown, findings);
        checkFormReferences(model, shown, forms, findings);
        checkDelegateExpressions(model.getDocument().getRootElement(), shown, beanExists, findings);
        checkRetryCycles(model.getDocument().getRootElement(), shown, findings);
        TemplateChecks.check(model.getDocument().getRootElement(), shown, templates, findings);
        DiagramChecks.check(model, shown, findings);
        return findings;
    }

    private static void checkProcesses(
            BpmnModelInstance model, String shown, String processKey, List<Finding> findings) {
        List<Process> executable = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable)
                .toList();
        if (executable.isEmpty()) {
            findings.add(new Finding(
                    shown,
                    null,
                    "file holds no executable process (the engine deploys nothing from it)",
                    "tick \"Executable\" on the process (isExecutable=\"true\")"));
        }
        for (Process process : executable) {
            if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
                findings.add(new Finding(
                        shown,
                        process.getId(),
                        "process has no camunda:historyTimeToLive (the engine refuses to deploy it)",
                        "set camunda:historyTimeToLive=\"P3650D\" on the process (case records are kept 10 years)"));
            }
            if (!processKey.equals(process.getId())) {
                findings.add(new Finding(
                        shown,
                        process.getId(),
                        "process id differs from the file name: the process key must be " + processKey,
                        "set the process id to " + processKey + ", or rename the file to " + process.getId()
                                + ".bpmn"));
            }
        }
    }

    private static void checkUserTasks(BpmnModelInstance model, String shown, List<Finding> findings) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (!inExecutableProcess(task)) {
                continue;
            }
            checkCandidateGroups(task, shown, findings);
            if (isBlank(task.getCamundaFormRef()) && isBlank(task.getCamundaFormKey())) {
                findings.add(new Finding(
                        shown,
                        task.getId(),
                        "user task has no form",
                        "set camunda:formRef to the id of a form in forms/, with"
                                + " camunda:formRefBinding=\"deployment\""));
            }
        }
    }

    private static void checkCandidateGroups(UserTask task, String shown, List<Finding> findings) {
        String groups = task.getCamundaCandidateGroups();
        if (isBlank(groups)) {
            findings.add(new Finding(
                    shown,
                    task.getId(),
                    "user task has no candidate group",
                    "set camunda:candidateGroups to one of the groups in procedures.md"
                            + " (cn.jiedaoflow.people.StaffGroup)"));
            return;
        }
        if (CandidateGroups.split(groups).contains(CandidateGroups.APPLICANT)) {
            if (!CandidateGroups.APPLICANT.equals(groups.strip())) {
                findings.add(new Finding(
                        shown,
                        task.getId(),
                        "candidate groups \"" + groups + "\" mix the applicant with staff",
                        "a step is either the applicant's (camunda:candidateGroups=\"" + CandidateGroups.APPLICANT
                                + "\" alone, offered in the portal) or staff's: make two tasks"));
            }
            return;
        }
        boolean literal = !isExpression(groups);
        if (!literal) {
            String choices = CandidateGroups.choices(task);
            if (isBlank(choices)) {
                findings.add(new Finding(
                        shown,
                        task.getId(),
                        "candidate groups \"" + groups + "\" are an expression, which the lint cannot check",
                        "name the groups literally: comma-separated ids from procedures.md"
                                + " (cn.jiedaoflow.people.StaffGroup), or list the groups the expression may give"
                                + " in the extension property " + CandidateGroups.CHOICES_PROPERTY));
                return;
            }
            groups = choices;
        }
        for (String group : groups.split(",", -1)) {
            String id = group.strip();
            if (StaffGroup.byId(id).isEmpty()) {
                findings.add(new Finding(
                        shown,
                        task.getId(),
                        id.isEmpty()
                                ? "candidate groups \"" + groups + "\" contain an empty entry"
                                : "candidate group \"" + id + "\" is not a staff group",
                        "use the ids of groups in procedures.md (cn.jiedaoflow.people.StaffGroup),"
                                + " separated by commas"));
            } else if (literal && ScopeGroups.actsForOnePlace(id)) {
                String variable = variableFor(id);
                findings.add(new Finding(
                        shown,
                        task.getId(),
                        "candidate group \"" + id + "\" acts for one estate or residents' area: named literally, the"
                                + " task is offered to every estate's " + id,
                        "name the case's own group from the variable the process sets at its start:"
                                + " camunda:candidateGroups=\"${" + variable + "}\" with the extension property "
                                + CandidateGroups.CHOICES_PROPERTY + "=\"" + id + "\" (procedures.md, \"Scope\")"));
            }
        }
    }

    /** {@code ownersCommitteeGroup} for {@code owners-committee}: the variable that names a case's scoped group. */
    private static String variableFor(String baseGroup) {
        StringBuilder variable = new StringBuilder();
        for (String word : baseGroup.split("-")) {
            variable.append(variable.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return variable.append("Group").toString();
    }

    /** Form references on user tasks and start events: the form exists, and is bound to the deployment. */
    private static void checkFormReferences(
            BpmnModelInstance model, String shown, FormCatalog forms, List<Finding> findings) {
        List<FormReference> references = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            references.add(new FormReference(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding()));
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            references.add(new FormReference(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding()));
        }
        for (FormReference reference : references) {
            if (isBlank(reference.formRef()) || !inExecutableProcess(reference.element())) {
                continue;
            }
            String id = reference.element().getId();
            String formRef = reference.formRef();
            if (isExpression(formRef)) {
                findings.add(new Finding(
                        shown,
                        id,
                        "camunda:formRef \"" + formRef + "\" is an expression, which the lint cannot check",
                        "name the form by its id, as it is in forms/"));
            } else if (!forms.contains(formRef)) {
                findings.add(new Finding(
                        shown,
                        id,
                        "camunda:formRef \"" + formRef + "\" names no form in forms/",
                        "add forms/" + formRef + ".form with \"id\": \"" + formRef
                                + "\", or correct camunda:formRef"
                                + (forms.ids().isEmpty() ? "" : " to one of " + String.join(", ", forms.ids()))));
            }
            if (!DEPLOYMENT_BINDING.equals(reference.binding())) {
                findings.add(new Finding(
                        shown,
                        id,
                        "form is bound \"" + (isBlank(reference.binding()) ? "latest" : reference.binding())
                                + "\": a running case would switch to a form changed after it started",
                        "set camunda:formRefBinding=\"deployment\""));
            }
        }
    }

    private record FormReference(BaseElement element, String formRef, String binding) {}

    /** Every {@code camunda:delegateExpression}: on tasks, events and on execution and task listeners. */
    private static void checkDelegateExpressions(
            DomElement element, String shown, Predicate<String> beanExists, List<Finding> findings) {
        String expression = element.getAttribute(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
        if (expression != null && domInExecutableProcess(element)) {
            String holder = describe(element);
            Matcher bean = BEAN_REFERENCE.matcher(expression);
            if (bean.matches()) {
                if (!beanExists.test(bean.group(1))) {
                    findings.add(new Finding(
                            shown,
                            nearestId(element),
                            "camunda:delegateExpression " + expression.strip() + holder + " names no bean",
                            "add the delegate: a @Component class " + capitalized(bean.group(1))
                                    + " implementing JavaDelegate (bean name " + bean.group(1)
                                    + "), or name an existing bean"));
                }
            } else if (!isExpression(expression)) {
                findings.add(new Finding(
                        shown,
                        nearestId(element),
                        "camunda:delegateExpression \"" + expression + "\"" + holder + " is not an expression",
                        "write it as ${beanName}, e.g. ${tallyVoteDelegate}"));
            }
        }
        for (DomElement child : element.getChildElements()) {
            checkDelegateExpressions(child, shown, beanExists, findings);
        }
    }

    /**
     * The retry cycle of asynchronous steps is set once for every model, in the engine's settings
     * ({@code failedJobRetryTimeCycle} in {@code application.yaml}); a model that sets its own would drift from it.
     */
    private static void checkRetryCycles(DomElement element, String shown, List<Finding> findings) {
        if (BpmnModelConstants.CAMUNDA_NS.equals(element.getNamespaceURI())
                && "failedJobRetryTimeCycle".equals(element.getLocalName())) {
            findings.add(new Finding(
                    shown,
                    nearestId(element),
                    "the step sets its own retry cycle ("
                            + element.getTextContent().strip() + ")",
                    "remove \"Retry time cycle\" from the step: every asynchronous step is retried as the engine's"
                            + " failedJobRetryTimeCycle in application.yaml says (R5/PT5M)"));
        }
        for (DomElement child : element.getChildElements()) {
            checkRetryCycles(child, shown, findings);
        }
    }

    private static boolean inExecutableProcess(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof Process process) {
                return process.isExecutable();
            }
        }
        return false;
    }

    static boolean domInExecutableProcess(DomElement element) {
        for (DomElement e = element; e != null; e = e.getParentElement()) {
            if (BpmnModelConstants.BPMN20_NS.equals(e.getNamespaceURI()) && "process".equals(e.getLocalName())) {
                return "true".equals(e.getAttribute("isExecutable"));
            }
        }
        return false;
    }

    /** The id of the element itself, or of the nearest enclosing element that has one (for listeners). */
    private static String nearestId(DomElement element) {
        for (DomElement e = element; e != null; e = e.getParentElement()) {
            String id = e.getAttribute("id");
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return null;
    }

    /** " (on camunda:taskListener create)" for a listener; nothing for the element that owns the id. */
    private static String describe(DomElement element) {
        String id = element.getAttribute("id");
        if (id != null && !id.isBlank()) {
            return "";
        }
        String event = element.getAttribute("event");
        return " (on " + element.getPrefix() + ":" + element.getLocalName() + (event == null ? "" : " " + event) + ")";
    }

    private static String capitalized(String beanName) {
        return Character.toUpperCase(beanName.charAt(0)) + beanName.substring(1);
    }

    private static boolean isExpression(String value) {
        return value.contains("${") || value.contains("#{");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
