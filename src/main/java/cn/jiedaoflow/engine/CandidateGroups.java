package cn.jiedaoflow.engine;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The groups a user task may be offered to. Usually its {@code camunda:candidateGroups}, named literally.
 * When the group comes from data (an expression such as {@code ${memberGroup}}, e.g. the department the
 * catalog names), the task lists the groups the expression may give in the extension property
 * {@value #CHOICES_PROPERTY}, so that the model lint, the derived permissions and the data's own checks all
 * know them.
 */
public final class CandidateGroups {

    public static final String CHOICES_PROPERTY = "candidateGroupChoices";

    /**
     * The reserved group of a task offered to the case's own applicant (a resident or an enterprise) in the portal,
     * never to staff (procedures.md, "People and groups").
     */
    public static final String APPLICANT = "applicant";

    /**
     * The starters a process names in {@code camunda:candidateStarterGroups} to be offered to residents or
     * enterprises in the portal: accounts of the application, not engine groups.
     */
    public static final String RESIDENTS = "residents";

    public static final String ENTERPRISES = "enterprises";

    private CandidateGroups() {}

    public static boolean isExpression(String groups) {
        return groups != null && (groups.contains("${") || groups.contains("#{"));
    }

    /** The literal candidate groups, or for an expression the declared choices; empty when neither is given. */
    public static List<String> of(UserTask task) {
        String groups = task.getCamundaCandidateGroups();
        return isExpression(groups) ? split(choices(task)) : split(groups);
    }

    /** The {@value #CHOICES_PROPERTY} property's value, or {@code null}. */
    public static String choices(UserTask task) {
        if (task.getExtensionElements() == null) {
            return null;
        }
        for (CamundaProperties properties : task.getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaProperties.class)
                .list()) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (CHOICES_PROPERTY.equals(property.getCamundaName())) {
                    return property.getCamundaValue();
                }
            }
        }
        return null;
    }

    public static List<String> split(String commaSeparated) {
        return commaSeparated == null
                ? List.of()
                : Arrays.stream(commaSeparated.split(",", -1))
                        .map(String::strip)
                        .toList();
    }
}
