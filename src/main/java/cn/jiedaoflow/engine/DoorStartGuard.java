package cn.jiedaoflow.engine;

import cn.jiedaoflow.people.StaffGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Guards every process's start through the engine's doors (Tasklist, {@code /engine-rest}, the webapps' API;
 * {@link StartOrigin}), whatever the model says: a built-in start listener, first of the process's start
 * listeners, that neither {@code skipCustomListeners} nor a start instruction can leave out.
 *
 * <ul>
 * <li>A process without a staff start — no staff group in {@code camunda:candidateStarterGroups} and no
 * {@code camunda:candidateStarterUsers} — refuses every door start, an administrator's too, with where such
 * cases are filed: the process's extension properties {@value #FILED_THROUGH} (Chinese) and
 * {@value #FILED_THROUGH_EN} (English), or a general sentence. Its cases come from the application (the
 * portal's and the window's API), from timers and from calling processes, none of which is a door.</li>
 * <li>A process with a staff start takes a door start only at its own start event, with its listeners: a start
 * instruction ({@code startInstructions}, restart) or {@code skipCustomListeners} would leave out the intake
 * rules its start listener applies (e.g. {@code labor-dispute-mediation}'s window entry).</li>
 * </ul>
 */
@Component
class DoorStartGuard extends AbstractProcessEnginePlugin {

    static final String FILED_THROUGH = "filedThrough";
    static final String FILED_THROUGH_EN = "filedThroughEn";

    private static final String NONE_START_EVENT = "startEvent";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new GuardEveryProcess());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** Adds the guard to each process as it is parsed. */
    static final class GuardEveryProcess extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            boolean staffStart = hasStaffStart(
                    processElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "candidateStarterGroups"),
                    processElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "candidateStarterUsers"));
            processDefinition.addBuiltInListener(
                    ExecutionListener.EVENTNAME_START,
                    new Guard(
                            staffStart,
                            property(processElement, FILED_THROUGH),
                            property(processElement, FILED_THROUGH_EN)),
                    0);
        }
    }

    static boolean hasStaffStart(String starterGroups, String starterUsers) {
        return CandidateGroups.split(starterGroups).stream()
                        .anyMatch(group -> StaffGroup.byId(group).isPresent())
                || starterUsers != null && !starterUsers.isBlank();
    }

    /** A {@code camunda:property} of the process's extension elements, or {@code null}. */
    static String property(Element processElement, String name) {
        Element extensions = processElement.element("extensionElements");
        Element properties =
                extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (name.equals(property.attribute("name"))) {
                return property.attribute("value");
            }
        }
        return null;
    }

    /** The start listener itself. */
    static final class Guard implements ExecutionListener {

        private final boolean staffStart;
        private final String filedThrough;
        private final String filedThroughEn;

        Guard(boolean staffStart, String filedThrough, String filedThroughEn) {
            this.staffStart = staffStart;
            this.filedThrough = filedThrough;
            this.filedThroughEn = filedThroughEn;
        }

        @Override
        public void notify(DelegateExecution execution) {
            Optional<String> door = StartOrigin.doorUser(execution);
            if (door.isEmpty()) {
                return;
            }
            if (!staffStart) {
                throw EngineRefusal.of(
                        "此类办件不能从 Tasklist 或引擎接口发起："
                                + (filedThrough == null ? "它由本系统（门户、窗口受理接口、定时任务或其他流程）发起。" : filedThrough),
                        "such cases are not started through Tasklist or the engine's API: "
                                + (filedThroughEn == null
                                        ? "the application starts them"
                                                + " (the portal, the window's API, a timer or another process)."
                                        : filedThroughEn));
            }
            ExecutionEntity instance = (ExecutionEntity) execution;
            if (!atTheStartEvent(instance.getActivity())
                    || instance.isSkipCustomListeners()
                    || instance.isSkipIoMappings()) {
                throw EngineRefusal.of(
                        "通过 Tasklist 或引擎接口发起时，须从流程的开始事件开始，且不能跳过监听器或输入输出映射。",
                        "a start through Tasklist or the engine's API begins at the process's start event and skips"
                                + " none of its listeners or input/output mappings.");
            }
        }

        /** The process's own none start event, not a later activity nor a start event inside a sub-process. */
        private static boolean atTheStartEvent(ActivityImpl initial) {
            return initial != null
                    && NONE_START_EVENT.equals(initial.getProperties().get(BpmnProperties.TYPE))
                    && initial.getFlowScope() instanceof ProcessDefinitionImpl;
        }
    }
}
