package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.EngineRefusal;
import cn.jiedaoflow.scope.ScopeGroups;
import cn.jiedaoflow.scope.StaffScopes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start of {@code owners-vote}: its paper notice is confirmed by the residents' committee of the estate's area
 * only, so the vote names that committee's group ({@code residentsCommitteeGroup}) from the estate it is called for.
 * An estate in no residents' area has no committee to post the notice: the call is refused, and the committee
 * calling the vote reads why.
 */
@ProcedureDelegate("owners-vote")
@Component
class OwnersVoteScopeListener implements ExecutionListener {

    private final StaffScopes scopes;

    OwnersVoteScopeListener(StaffScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long estateId = ((Number) execution.getVariable(OwnersVote.VAR_ESTATE_ID)).longValue();
        String group = scopes.residentsCommitteeGroupOf(estateId)
                .orElseThrow(() -> EngineRefusal.of(
                        "小区 %d 尚未划入居民区，没有居委会张贴表决公告；请管理员先将小区划入居民区。".formatted(estateId),
                        ("Estate %d lies in no residents’ area, so no residents’ committee can post the notice of"
                                        + " the vote; an administrator assigns the estate to its area first.")
                                .formatted(estateId)));
        execution.setVariable(ScopeGroups.VAR_RESIDENTS_COMMITTEE_GROUP, group);
    }
}
