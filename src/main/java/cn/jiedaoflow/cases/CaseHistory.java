package cn.jiedaoflow.cases;

import cn.jiedaoflow.engine.EngineEdge;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The completed steps of a case from the engine's history: which step, when it was completed, and the groups it was
 * offered to. Never who completed it.
 */
@EngineEdge
@Component
class CaseHistory {

    private final HistoryService history;

    CaseHistory(HistoryService history) {
        this.history = history;
    }

    /** A completed step: its id and name in the process, when it ended, the groups it was offered to. */
    record Step(String activityId, String name, Instant endedAt, List<String> groups) {}

    /** The completed steps among {@code shown} of process instance {@code processInstanceId}, oldest first. */
    List<Step> completed(String processInstanceId, Set<String> shown) {
        if (processInstanceId == null || shown.isEmpty()) {
            return List.of();
        }
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .finished()
                .orderByHistoricActivityInstanceEndTime()
                .asc()
                .list()
                .stream()
                .filter(activity -> shown.contains(activity.getActivityId()) && !activity.isCanceled())
                .map(activity -> new Step(
                        activity.getActivityId(),
                        activity.getActivityName(),
                        activity.getEndTime().toInstant(),
                        groups(activity)))
                .toList();
    }

    private List<String> groups(HistoricActivityInstance activity) {
        if (activity.getTaskId() == null) {
            return List.of();
        }
        return history
                .createHistoricIdentityLinkLogQuery()
                .taskId(activity.getTaskId())
                .type(IdentityLinkType.CANDIDATE)
                .list()
                .stream()
                .map(HistoricIdentityLinkLog::getGroupId)
                .filter(group -> group != null)
                .distinct()
                .toList();
    }
}
