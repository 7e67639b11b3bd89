package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The window has opened: the vote is OPEN. */
@ProcedureDelegate("owners-vote")
@Component
class OpenVoteDelegate implements JavaDelegate {

    private final Votes votes;

    OpenVoteDelegate(Votes votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        votes.open((Long) execution.getVariable(OwnersVote.VAR_VOTE_ID));
    }
}
