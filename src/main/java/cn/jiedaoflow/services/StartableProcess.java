package cn.jiedaoflow.services;

import cn.jiedaoflow.refusal.Localized;
import java.util.List;
import java.util.Set;

/**
 * A deployed process (its latest version) that residents or enterprises may start, as its model says.
 *
 * @param starters    who may start it: {@code residents}, {@code enterprises} or both
 * @param startForm   the start event's form ({@code camunda:formRef}), or {@code null}
 * @param materials   the materials its start event declares
 * @param applicantSteps the ids of its user tasks offered to the applicant ({@code applicant})
 * @param shownSteps  the ids of its user tasks, shown in the applicant's timeline once completed
 */
record StartableProcess(
        String processKey,
        String definitionId,
        Localized name,
        Set<String> starters,
        String startForm,
        List<DeclaredMaterial> materials,
        Set<String> applicantSteps,
        Set<String> shownSteps) {

    StartableProcess {
        starters = Set.copyOf(starters);
        materials = List.copyOf(materials);
        applicantSteps = Set.copyOf(applicantSteps);
        shownSteps = Set.copyOf(shownSteps);
    }

    boolean startableBy(String starterGroup) {
        return starters.contains(starterGroup);
    }
}
