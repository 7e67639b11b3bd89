package cn.jiedaoflow.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Each rule against a small model under {@code src/test/resources/modellint/<case>/}: the clean case is
 * the well-made model, every other case breaks it in one way.
 */
class ModelLintTests {

    private static final String BPMN = "processes/sample-case.bpmn";
    private static final Predicate<String> BEANS = Set.of("notifyPartiesDelegate")::contains;

    private final ModelLint lint = new ModelLint();

    @Test
    void findsNothingInAWellMadeModel() {
        assertThat(lint("clean")).isEmpty();
    }

    @Test
    void findsNothingWhereThereAreNoFolders() {
        Path nowhere = Path.of("does-not-exist");

        assertThat(lint.check(nowhere.resolve("processes"), nowhere.resolve("forms"), BEANS))
                .isEmpty();
    }

    @Test
    void refusesAUserTaskWithoutCandidateGroup() {
        assertThat(lint("user-task-without-group")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "Task_ReviewCase");
            assertThat(finding.problem()).isEqualTo("user task has no candidate group");
            assertThat(finding.fix()).contains("camunda:candidateGroups", "procedures.md");
            assertThat(finding)
                    .hasToString("processes/sample-case.bpmn [Task_ReviewCase]: user task has no"
                            + " candidate group — fix: set camunda:candidateGroups to one of the groups in"
                            + " procedures.md"
                            + " (cn.jiedaoflow.people.StaffGroup)");
        });
    }

    @Test
    void acceptsAStepOfferedToTheApplicantAlone() {
        assertThat(lint("applicant-step")).isEmpty();
    }

    @Test
    void refusesAStepOfferedToTheApplicantAndToStaff() {
        assertThat(lint("applicant-mixed-with-staff")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "Task_ReviewCase");
            assertThat(finding.problem())
                    .isEqualTo("candidate groups \"applicant, mediation\" mix the applicant with staff");
            assertThat(finding.fix()).contains("camunda:candidateGroups=\"applicant\" alone", "make two tasks");
        });
    }

    @Test
    void refusesAMaterialThatDoesNotReadAsOne() {
        assertThat(lint("material-malformed")).singleElement().satisfies(finding -> {
            assertThat(finding)
                    .extracting(Finding::file, Finding::elementId)
                    .containsExactly(BPMN, "StartEvent_CaseSubmitted");
            assertThat(finding.problem()).contains("material photo reads \"must|照片\"");
            assertThat(finding.fix()).contains("material.<code>", "required|中文名|English name");
        });
    }

    @Test
    void refusesAUserTaskWithoutForm() {
        assertThat(lint("user-task-without-form")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "Task_ReviewCase");
            assertThat(finding.problem()).isEqualTo("user task has no form");
            assertThat(finding.fix()).contains("camunda:formRef", "camunda:formRefBinding=\"deployment\"");
        });
    }

    @Test
    void acceptsAFormKeyInsteadOfAFormReference() {
        assertThat(lint("user-task-with-form-key")).isEmpty();
    }

    @Test
    void refusesAProcessWithoutHistoryTimeToLive() {
        assertThat(lint("process-without-history-ttl")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "sample-case");
            assertThat(finding.problem()).contains("camunda:historyTimeToLive");
            assertThat(finding.fix()).contains("camunda:historyTimeToLive=\"P3650D\"");
        });
    }

    @Test
    void refusesADecisionWithoutHistoryTimeToLive() {
        assertThat(lint("decision-without-history-ttl")).singleElement().satisfies(finding -> {
            assertThat(finding)
                    .extracting(Finding::file, Finding::elementId)
                    .containsExactly("processes/sample-priority.dmn", "Decision_SamplePriority");
            assertThat(finding.problem()).contains("decision has no camunda:historyTimeToLive");
            assertThat(finding.fix()).contains("camunda:historyTimeToLive=\"P3650D\"");
        });
    }

    @Test
    void refusesAFileWithoutExecutableProcess() {
        assertThat(lint("process-not-executable")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, null);
            assertThat(finding.problem()).contains("no executable process");
            assertThat(finding.fix()).contains("isExecutable=\"true\"");
        });
    }

    @Test
    void refusesAProcessIdOtherThanTheFileName() {
        assertThat(lint("process-id-differs-from-file-name")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "sample_case");
            assertThat(finding.problem()).contains("the process key must be sample-case");
            assertThat(finding.fix()).contains("set the process id to sample-case", "sample_case.bpmn");
        });
    }

    @Test
    void refusesDelegateExpressionsNamingNoBean() {
        assertThat(lint("delegate-bean-missing"))
                .extracting(Finding::file, Finding::elementId, Finding::problem)
                .containsExactly(
                        tuple(
                                BPMN,
                                "Task_ReviewCase",
                                "camunda:delegateExpression ${auditTrailDelegate}"
                                        + " (on camunda:taskListener create) names no bean"),
                        tuple(
                                BPMN,
                                "Task_NotifyParties",
                                "camunda:delegateExpression ${sendLettersDelegate} names no bean"));
        assertThat(lint("delegate-bean-missing"))
                .extracting(Finding::fix)
                .containsExactly(
                        "add the delegate: a @Component class AuditTrailDelegate implementing JavaDelegate"
                                + " (bean name auditTrailDelegate), or name an existing bean",
                        "add the delegate: a @Component class SendLettersDelegate implementing JavaDelegate"
                                + " (bean name sendLettersDelegate), or name an existing bean");
    }

    @Test
    void refusesADelegateExpressionThatIsNoExpression() {
        assertThat(lint("delegate-not-an-expression")).singleElement().satisfies(finding -> {
            assertThat(finding)
                    .extracting(Finding::file, Finding::elementId)
                    .containsExactly(BPMN, "Task_NotifyParties");
            assertThat(finding.problem()).contains("\"notifyPartiesDelegate\" is not an expression");
            assertThat(finding.fix()).contains("${beanName}");
        });
    }

    @Test
    void refusesAStepThatSetsItsOwnRetryCycle() {
        assertThat(lint("own-retry-cycle")).singleElement().satisfies(finding -> {
            assertThat(finding)
                    .extracting(Finding::file, Finding::elementId)
                    .containsExactly(BPMN, "Task_NotifyParties");
            assertThat(finding.problem()).isEqualTo("the step sets its own retry cycle (R3/PT1M)");
            assertThat(finding.fix()).contains("failedJobRetryTimeCycle in application.yaml");
        });
    }

    @Test
    void refusesAFormReferenceNamingNoForm() {
        assertThat(lint("form-missing")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "Task_ReviewCase");
            assertThat(finding.problem()).isEqualTo("camunda:formRef \"sample-decision\" names no form in forms/");
            assertThat(finding.fix()).contains("forms/sample-decision.form", "to one of sample-review");
        });
    }

    @Test
    void refusesAFormBoundToTheLatestVersion() {
        assertThat(lint("form-bound-latest")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "Task_ReviewCase");
            assertThat(finding.problem()).startsWith("form is bound \"latest\"");
            assertThat(finding.fix()).isEqualTo("set camunda:formRefBinding=\"deployment\"");
        });
    }

    @Test
    void refusesAFormWhoseFileNameIsNotItsId() {
        assertThat(lint("form-id-differs-from-file-name")).singleElement().satisfies(finding -> {
            assertThat(finding)
                    .extracting(Finding::file, Finding::elementId)
                    .containsExactly("forms/sample-review-v2.form", "sample-review");
            assertThat(finding.problem()).contains("differs from the file name sample-review-v2.form");
            assertThat(finding.fix()).contains("rename the file to sample-review.form");
        });
    }

    @Test
    void refusesADynamicListAlsoInsideAGroupBecauseTasklistCannotSubmitIt() {
        assertThat(lint("form-dynamic-list")).singleElement().satisfies(finding -> {
            assertThat(finding)
                    .extracting(Finding::file, Finding::elementId)
                    .containsExactly("forms/sample-review.form", "List_Items");
            assertThat(finding.problem()).isEqualTo("dynamic list: Tasklist (Camunda 7.24) can never submit this form");
            assertThat(finding.fix()).contains("fixed number of rows");
        });
    }

    @Test
    void refusesFormsThatAreNotJsonOrHaveNoId() {
        assertThat(lint("form-unreadable"))
                .extracting(Finding::file, Finding::elementId)
                .containsExactly(tuple("forms/half-saved.form", null), tuple("forms/no-id.form", null));
        assertThat(lint("form-unreadable").get(0).problem())
                .startsWith("form is not valid JSON")
                .contains("line: 3, column: 17")
                .doesNotContain("Source:");
        assertThat(lint("form-unreadable").get(1).fix()).contains("\"id\": \"no-id\"");
    }

    @Test
    void refusesACandidateGroupThatIsNoStaffGroup() {
        assertThat(lint("candidate-group-unknown")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "Task_ReviewCase");
            assertThat(finding.problem()).isEqualTo("candidate group \"lawyers\" is not a staff group");
            assertThat(finding.fix()).contains("procedures.md", "StaffGroup");
        });
    }

    @Test
    void refusesCandidateGroupsGivenAsAnExpression() {
        assertThat(lint("candidate-group-expression")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "Task_ReviewCase");
            assertThat(finding.problem()).contains("${reviewerGroup}", "expression");
            assertThat(finding.fix()).contains("literally");
        });
    }

    @Test
    void checksTheDeclaredChoicesOfCandidateGroupsGivenAsAnExpression() {
        // civil-affairs is a staff group and passes; lawyers is not
        assertThat(lint("candidate-group-choices")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "Task_ReviewCase");
            assertThat(finding.problem()).isEqualTo("candidate group \"lawyers\" is not a staff group");
        });
    }

    @Test
    void acceptsTheScopedGroupsOfACaseNamedFromVariablesWithTheirBaseGroupsAsChoices() {
        // ${ownersCommitteeGroup} gives owners-committee.e12 at run time: the lint checks the base groups
        assertThat(lint("candidate-group-scoped")).isEmpty();
    }

    @Test
    void refusesAGroupThatActsForOnePlaceNamedLiterally() {
        // civil-affairs is office-wide and passes; residents-committee acts for one residents' area
        assertThat(lint("candidate-group-scope-literal")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, "Task_ReviewCase");
            assertThat(finding.problem())
                    .isEqualTo("candidate group \"residents-committee\" acts for one estate or"
                            + " residents' area: named literally, the task is offered to every estate's"
                            + " residents-committee");
            assertThat(finding.fix())
                    .contains(
                            "camunda:candidateGroups=\"${residentsCommitteeGroup}\"",
                            "candidateGroupChoices=\"residents-committee\"",
                            "Scope");
        });
    }

    @Test
    void refusesElementsWithoutShapeOrEdgeInTheDiagram() {
        List<Finding> findings = lint("diagram-shapes-missing");

        assertThat(findings)
                .extracting(Finding::file, Finding::elementId, Finding::problem)
                .containsExactlyInAnyOrder(
                        tuple(
                                BPMN,
                                "Task_NotifyParties",
                                "serviceTask has no shape in the diagram: Camunda Modeler cannot show it"),
                        tuple(
                                BPMN,
                                "Timer_ReviewOverdue",
                                "boundaryEvent has no shape in the diagram: Camunda Modeler cannot show it"),
                        tuple(
                                BPMN,
                                "EndEvent_Archived",
                                "endEvent has no shape in the diagram: Camunda Modeler cannot show it"),
                        tuple(
                                BPMN,
                                "DataObjectReference_CaseFile",
                                "dataObjectReference has no shape in the diagram: Camunda Modeler cannot show it"),
                        tuple(
                                BPMN,
                                "TextAnnotation_Deadline",
                                "textAnnotation has no shape in the diagram: Camunda Modeler cannot show it"),
                        tuple(
                                BPMN,
                                "SequenceFlow_ToNotify",
                                "sequenceFlow has no edge in the diagram: Camunda Modeler cannot show it"));
        assertThat(findings)
                .filteredOn(f -> f.elementId().equals("SequenceFlow_ToNotify"))
                .singleElement()
                .extracting(Finding::fix)
                .asString()
                .startsWith("add a bpmndi:BPMNEdge with bpmnElement=\"SequenceFlow_ToNotify\"");
    }

    @Test
    void refusesAFileWithoutDiagram() {
        assertThat(lint("diagram-missing")).singleElement().satisfies(finding -> {
            assertThat(finding).extracting(Finding::file, Finding::elementId).containsExactly(BPMN, null);
            assertThat(finding.problem()).contains("no diagram");
            assertThat(finding.fix()).contains("Camunda Modeler");
        });
    }

    @Test
    void reportsAFileThatDoesNotParseWithTheParsersMessage() {
        List<Finding> findings = lint("file-does-not-parse");

        assertThat(findings)
                .extracting(Finding::file, Finding::elementId)
                .containsExactly(tuple(BPMN, null), tuple("processes/sample-notes.bpmn", null));
        assertThat(findings.get(0).problem())
                .startsWith("file does not parse as BPMN 2.0: ")
                .contains("Line=20", "must start and end within the same entity");
        assertThat(findings.get(1).problem())
                .startsWith("file does not parse as BPMN 2.0: ")
                .contains("Line=6", "bpmn:reviewTask");
        assertThat(findings).allSatisfy(finding -> assertThat(finding.fix()).contains("correct the XML"));
        assertThat(findings.get(0).toString()).startsWith("processes/sample-case.bpmn: file does not parse");
    }

    @Test
    void acceptsATaskThatDeclaresThePersonalDetailItsFormLinksTo() {
        assertThat(lint("personal-data-clean")).isEmpty();
    }

    @Test
    void refusesAPersonalDetailTheProcessDoesNotHave() {
        assertThat(lint("personal-data-unknown-detail")).singleElement().satisfies(finding -> {
            assertThat(finding)
                    .extracting(Finding::file, Finding::elementId)
                    .containsExactly("processes/labor-dispute-mediation.bpmn", "Task_ReviewCase");
            assertThat(finding.problem())
                    .isEqualTo("user task declares personal detail \"bank-account\", which process"
                            + " labor-dispute-mediation does not have");
            assertThat(finding.fix()).contains("id-number", "personalData");
        });
    }

    @Test
    void refusesADeclaredDetailTheFormDoesNotLinkTo() {
        assertThat(lint("personal-data-not-linked")).singleElement().satisfies(finding -> {
            assertThat(finding.elementId()).isEqualTo("Task_ReviewCase");
            assertThat(finding.problem()).contains("needs personal detail \"id-number\"", "does not link to it");
            assertThat(finding.fix())
                    .contains(
                            "/camunda/api/tasklist/plugin/personal-data/default/"
                                    + "labor-dispute-mediation/{{trackingNumber}}/id-number",
                            "forms/sample-review.form");
        });
    }

    @Test
    void refusesALinkToADetailTheTaskDoesNotDeclare() {
        assertThat(lint("personal-data-linked-not-declared")).singleElement().satisfies(finding -> {
            assertThat(finding.elementId()).isEqualTo("Task_ReviewCase");
            assertThat(finding.problem()).contains("links to personal detail \"id-number\"", "answers 404");
        });
    }

    @Test
    void refusesAFormThatShowsOrTakesPersonalDataTheEngineWouldKeep() {
        assertThat(lint("personal-data-shown"))
                .extracting(Finding::file, Finding::problem)
                .containsExactlyInAnyOrder(
                        tuple(
                                "forms/sample-review.form",
                                "form shows {{applicantIdNumber}}, a sensitive name the engine never holds"),
                        tuple(
                                "forms/sample-review.form",
                                "custom property personalData \"salary\" is not a kind of personal data"),
                        tuple(
                                "forms/sample-review.form",
                                "field payeeAccount holds personal data, but its name is not a sensitive"
                                        + " name: the engine would keep what staff type into it"),
                        tuple(
                                "forms/sample-review.form",
                                "field salary holds personal data, but its name is not a sensitive"
                                        + " name: the engine would keep what staff type into it"),
                        tuple(
                                "forms/sample-review.form",
                                "field monthlyHouseholdIncome has a sensitive name but is not marked as"
                                        + " personal data"));
    }

    private List<Finding> lint(String caseName) {
        Path root = fixture(caseName);
        return lint.check(root.resolve("processes"), root.resolve("forms"), BEANS);
    }

    private static Path fixture(String caseName) {
        URL url = ModelLintTests.class.getResource("/modellint/" + caseName);
        assertThat(url).as("fixture %s", caseName).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("fixture " + caseName + " has no file path", e);
        }
    }
}
