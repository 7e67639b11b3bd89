package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The result is published: the vote is PUBLISHED, its owners may read the tally, the register thaws. */
@ProcedureDelegate("owners-vote")
@Component
class PublishVoteDelegate implements JavaDelegate {

    private final Votes votes;

    PublishVoteDelegate(Votes votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        votes.publish((Long) execution.getVariable(OwnersVote.VAR_VOTE_ID));
    }
}
