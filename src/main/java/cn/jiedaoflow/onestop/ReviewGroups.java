package cn.jiedaoflow.onestop;

import cn.jiedaoflow.catalog.ReviewingDepartments;
import cn.jiedaoflow.engine.DeployedModels;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The groups the deployed {@code one-stop-application} model lets review a part: the candidate groups of its
 * review task. A catalog row may name only these as a department, so that no review task is ever created for
 * a group the model does not know; a designer adds a department in the model.
 */
@Component
class ReviewGroups implements ReviewingDepartments {

    private final DeployedModels models;

    ReviewGroups(DeployedModels models) {
        this.models = models;
    }

    @Override
    public List<String> groupIds() {
        return models.candidateGroups(
                OneStopApplicationProcess.PROCESS_KEY, OneStopApplicationProcess.USER_TASK_MEMBER_REVIEW);
    }
}
