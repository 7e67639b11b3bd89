package cn.jiedaoflow.services;

import cn.jiedaoflow.engine.CandidateGroups;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.refusal.Localized;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The deployed processes residents and enterprises may start, read from their models: the latest version of each
 * process whose {@code camunda:candidateStarterGroups} names {@value #RESIDENTS} or {@value #ENTERPRISES} (the
 * engine has no such users; the application reads the attribute), with the start form, the declared materials, the
 * English name (process extension property {@value #NAME_EN}) and the steps offered to the applicant. A model is read
 * once per deployed version.
 */
@EngineEdge
@Component
class StartableProcesses {

    static final String RESIDENTS = CandidateGroups.RESIDENTS;
    static final String ENTERPRISES = CandidateGroups.ENTERPRISES;
    static final String NAME_EN = "nameEn";

    private final RepositoryService repository;
    private final Map<String, StartableProcess> byDefinition = new ConcurrentHashMap<>();

    StartableProcesses(RepositoryService repository) {
        this.repository = repository;
    }

    /** Every startable process, by key. */
    List<StartableProcess> all() {
        return repository.createProcessDefinitionQuery().latestVersion().active().list().stream()
                .map(this::read)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The startable process {@code processKey}, its latest version; empty when there is none. */
    Optional<StartableProcess> find(String processKey) {
        if (processKey == null || !processKey.matches("[a-z0-9]+(-[a-z0-9]+)*") || processKey.length() > 100) {
            return Optional.empty();
        }
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .active()
                .list()
                .stream()
                .findFirst()
                .flatMap(this::read);
    }

    /** The process of a deployed version, startable or not, by its definition id; empty for an unknown id. */
    Optional<StartableProcess> ofDefinition(String definitionId) {
        StartableProcess known = byDefinition.get(definitionId);
        if (known != null) {
            return Optional.of(known);
        }
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionId(definitionId)
                .singleResult();
        return definition == null ? Optional.empty() : Optional.of(model(definition));
    }

    private Optional<StartableProcess> read(ProcessDefinition definition) {
        StartableProcess process = byDefinition.computeIfAbsent(definition.getId(), id -> model(definition));
        return process.starters().isEmpty() ? Optional.empty() : Optional.of(process);
    }

    private StartableProcess model(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        Set<String> starters = new LinkedHashSet<>();
        for (String group : CandidateGroups.split(process.getCamundaCandidateStarterGroups())) {
            if (RESIDENTS.equals(group) || ENTERPRISES.equals(group)) {
                starters.add(group);
            }
        }
        String nameZh = definition.getName() == null ? definition.getKey() : definition.getName();
        String nameEn = property(process, NAME_EN).orElse(nameZh);
        StartEvent start = process.getChildElementsByType(StartEvent.class).stream()
                .findFirst()
                .orElse(null);
        List<DeclaredMaterial> materials = new ArrayList<>();
        if (start != null) {
            properties(start)
                    .forEach(p -> DeclaredMaterial.of(p.getCamundaName(), p.getCamundaValue())
                            .ifPresent(materials::add));
        }
        Set<String> applicantSteps = new LinkedHashSet<>();
        Set<String> steps = new LinkedHashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            steps.add(task.getId());
            if (CandidateGroups.APPLICANT.equals(task.getCamundaCandidateGroups())) {
                applicantSteps.add(task.getId());
            }
        }
        return new StartableProcess(
                definition.getKey(),
                definition.getId(),
                new Localized(nameZh, nameEn),
                starters,
                start == null ? null : start.getCamundaFormRef(),
                materials,
                applicantSteps,
                steps);
    }

    /** The value of an element's extension property {@code name}, when it has it. */
    static Optional<String> property(BaseElement element, String name) {
        return properties(element).stream()
                .filter(p -> name.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }

    private static List<CamundaProperty> properties(BaseElement element) {
        if (element.getExtensionElements() == null) {
            return List.of();
        }
        List<CamundaProperty> all = new ArrayList<>();
        element.getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaProperties.class)
                .list()
                .forEach(properties -> all.addAll(properties.getCamundaProperties()));
        return all;
    }
}
