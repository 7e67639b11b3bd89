package cn.jiedaoflow.designers;

import java.nio.charset.StandardCharsets;

/** A small model as a designer saves it from Camunda Modeler: start, one user task with its form, end. */
public final class TestModels {

    private TestModels() {}

    /**
     * Process {@code key} whose user task {@code Task_Review}, named {@code taskName}, is offered to {@code groups}
     * (none: the attribute is left out, which the lint refuses) with form {@code formId}, bound to the deployment.
     */
    public static byte[] bpmn(String key, String taskName, String groups, String formId) {
        String candidates = groups == null ? "" : " camunda:candidateGroups=\"" + groups + "\"";
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_%1$s" targetNamespace="http://jiedaoflow.cn/bpmn">
                  <bpmn:process id="%1$s" name="设计测试" isExecutable="true" camunda:historyTimeToLive="P3650D">
                    <bpmn:startEvent id="Start">
                      <bpmn:outgoing>ToReview</bpmn:outgoing>
                    </bpmn:startEvent>
                    <bpmn:userTask id="Task_Review" name="%2$s"%3$s camunda:formRef="%4$s"
                        camunda:formRefBinding="deployment">
                      <bpmn:incoming>ToReview</bpmn:incoming>
                      <bpmn:outgoing>ToEnd</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:endEvent id="End">
                      <bpmn:incoming>ToEnd</bpmn:incoming>
                    </bpmn:endEvent>
                    <bpmn:sequenceFlow id="ToReview" sourceRef="Start" targetRef="Task_Review" />
                    <bpmn:sequenceFlow id="ToEnd" sourceRef="Task_Review" targetRef="End" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_%1$s">
                    <bpmndi:BPMNPlane id="Plane_%1$s" bpmnElement="%1$s">
                      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start">
                        <dc:Bounds x="152" y="102" width="36" height="36" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Task_Review_di" bpmnElement="Task_Review">
                        <dc:Bounds x="240" y="80" width="100" height="80" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="End_di" bpmnElement="End">
                        <dc:Bounds x="402" y="102" width="36" height="36" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="ToReview_di" bpmnElement="ToReview">
                        <di:waypoint x="188" y="120" />
                        <di:waypoint x="240" y="120" />
                      </bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="ToEnd_di" bpmnElement="ToEnd">
                        <di:waypoint x="340" y="120" />
                        <di:waypoint x="402" y="120" />
                      </bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """).formatted(key, taskName, candidates, formId).getBytes(StandardCharsets.UTF_8);
    }

    /** A Camunda Form {@code id} with one checkbox. */
    public static byte[] form(String id) {
        return ("""
                {
                  "id": "%s",
                  "type": "default",
                  "schemaVersion": 16,
                  "components": [
                    { "id": "Field_Approved", "key": "approved", "label": "同意", "type": "checkbox" }
                  ]
                }
                """).formatted(id).getBytes(StandardCharsets.UTF_8);
    }
}
