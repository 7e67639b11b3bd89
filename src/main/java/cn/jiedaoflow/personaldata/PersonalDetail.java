package cn.jiedaoflow.personaldata;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The personal details a task may need to see in full, one per procedure that holds some, each served by the
 * personal-data Tasklist plugin at
 * {@code /camunda/api/tasklist/plugin/personal-data/default/<process key>/<tracking number>/<name>} to the
 * staff whose task declares it: a user task lists the details it needs in its extension property
 * {@value #TASK_PROPERTY} (comma-separated names), and its form links to the plugin for each.
 */
public enum PersonalDetail {
    /** The applicant's full ID number (and name, mobile) of a labour mediation, the materials handed in with it. */
    LABOR_DISPUTE_ID_NUMBER("labor-dispute-mediation", "id-number", "申请人身份信息和申请材料"),
    /**
     * A one-stop application's data in full (bank account, income, disability details, ID number, mobile) and its
     * materials.
     */
    ONE_STOP_APPLICATION("one-stop-application", "application", "完整申请信息和材料"),
    /**
     * A veteran-assistance application's income and disability grade, as applied and as verified, and its
     * attachments.
     */
    VETERAN_HOUSEHOLD("veteran-assistance", "household", "家庭收入、残疾等级和附件");

    /** The user task's extension property that lists the details its work needs. */
    public static final String TASK_PROPERTY = "personalData";
    /**
     * Where the plugin answers, below the webapps' context: {@code <PLUGIN_PATH>/<process key>/<tracking
     * number>/<name>}.
     */
    public static final String PLUGIN_PATH = "/camunda/api/tasklist/plugin/personal-data/default";

    private final String processKey;
    private final String detailName;
    private final String titleZh;

    PersonalDetail(String processKey, String detailName, String titleZh) {
        this.processKey = processKey;
        this.detailName = detailName;
        this.titleZh = titleZh;
    }

    public String processKey() {
        return processKey;
    }

    public String detailName() {
        return detailName;
    }

    public String titleZh() {
        return titleZh;
    }

    /** The plugin's path for this detail of one case: what a form's link names, with {@code {{trackingNumber}}}. */
    public String path(String trackingNumber) {
        return PLUGIN_PATH + "/" + processKey + "/" + trackingNumber + "/" + detailName;
    }

    public static Optional<PersonalDetail> of(String processKey, String detailName) {
        return Arrays.stream(values())
                .filter(d -> d.processKey.equals(processKey) && d.detailName.equals(detailName))
                .findFirst();
    }

    /** The detail names a user task declares in its {@value #TASK_PROPERTY} extension property, in order. */
    public static Set<String> declaredBy(UserTask task) {
        Set<String> names = new LinkedHashSet<>();
        if (task.getExtensionElements() == null) {
            return names;
        }
        for (CamundaProperties properties : task.getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaProperties.class)
                .list()) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (TASK_PROPERTY.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
                    for (String name : property.getCamundaValue().split(",", -1)) {
                        names.add(name.strip());
                    }
                }
            }
        }
        return names;
    }
}
