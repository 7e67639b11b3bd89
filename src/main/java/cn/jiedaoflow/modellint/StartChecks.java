package cn.jiedaoflow.modellint;

import cn.jiedaoflow.engine.CandidateGroups;
import cn.jiedaoflow.services.DeclaredMaterial;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * A process offered to residents or enterprises in the portal ({@code camunda:candidateStarterGroups} naming
 * {@code residents} or {@code enterprises}): every material its start event declares ({@code material.<code>} =
 * {@code required|中文名|English name}) reads as one. (A process filed through the generic door without a start form
 * is not offered: see {@code services.ServiceOffers}.)
 */
final class StartChecks {

    private StartChecks() {}

    static void check(BpmnModelInstance model, String shown, List<Finding> findings) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            List<String> starters = CandidateGroups.split(process.getCamundaCandidateStarterGroups());
            if (!process.isExecutable()
                    || !starters.contains(CandidateGroups.RESIDENTS)
                            && !starters.contains(CandidateGroups.ENTERPRISES)) {
                continue;
            }
            for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
                checkMaterials(start, shown, findings);
            }
        }
    }

    private static void checkMaterials(StartEvent start, String shown, List<Finding> findings) {
        if (start.getExtensionElements() == null) {
            return;
        }
        for (CamundaProperties properties : start.getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaProperties.class)
                .list()) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                try {
                    DeclaredMaterial.of(property.getCamundaName(), property.getCamundaValue());
                } catch (IllegalArgumentException e) {
                    findings.add(new Finding(
                            shown,
                            start.getId(),
                            e.getMessage(),
                            "write the extension property " + DeclaredMaterial.PREFIX
                                    + "<code> as required|中文名|English name (or optional|…)"));
                }
            }
        }
    }
}
