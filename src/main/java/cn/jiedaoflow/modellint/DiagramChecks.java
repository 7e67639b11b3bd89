package cn.jiedaoflow.modellint;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.DataAssociation;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** The diagram of a BPMN file: every element designers read has its shape or edge, or the Modeler cannot show it. */
final class DiagramChecks {

    /** What Camunda Modeler draws as a shape. */
    private static final List<Class<? extends BaseElement>> SHAPED = List.of(
            Participant.class,
            Lane.class,
            FlowNode.class,
            DataObjectReference.class,
            DataStoreReference.class,
            TextAnnotation.class,
            Group.class);

    /** What Camunda Modeler draws as an edge. */
    private static final List<Class<? extends BaseElement>> EDGED =
            List.of(SequenceFlow.class, MessageFlow.class, Association.class, DataAssociation.class);

    private DiagramChecks() {}

    static void check(BpmnModelInstance model, String shown, List<Finding> findings) {
        if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
            findings.add(new Finding(
                    shown,
                    null,
                    "file has no diagram (bpmndi:BPMNDiagram): Camunda Modeler cannot show it",
                    "lay the model out in Camunda Modeler and save it"));
            return;
        }
        Set<String> shapes = drawn(model.getModelElementsByType(BpmnShape.class));
        Set<String> edges = drawn(model.getModelElementsByType(BpmnEdge.class));
        for (Class<? extends BaseElement> type : SHAPED) {
            for (BaseElement element : model.getModelElementsByType(type)) {
                if (element.getId() != null && !shapes.contains(element.getId())) {
                    findings.add(new Finding(
                            shown,
                            element.getId(),
                            element.getElementType().getTypeName()
                                    + " has no shape in the diagram: Camunda Modeler cannot show it",
                            "add a bpmndi:BPMNShape with bpmnElement=\"" + element.getId()
                                    + "\" (draw the element again in Camunda Modeler)"));
                }
            }
        }
        for (Class<? extends BaseElement> type : EDGED) {
            for (BaseElement element : model.getModelElementsByType(type)) {
                if (element.getId() != null && !edges.contains(element.getId())) {
                    findings.add(new Finding(
                            shown,
                            element.getId(),
                            element.getElementType().getTypeName()
                                    + " has no edge in the diagram: Camunda Modeler cannot show it",
                            "add a bpmndi:BPMNEdge with bpmnElement=\"" + element.getId()
                                    + "\" (connect the elements again in Camunda Modeler)"));
                }
            }
        }
    }

    private static Set<String> drawn(Collection<? extends ModelElementInstance> diagramElements) {
        Set<String> ids = new HashSet<>();
        for (ModelElementInstance diagramElement : diagramElements) {
            String id = diagramElement.getDomElement().getAttribute("bpmnElement");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
