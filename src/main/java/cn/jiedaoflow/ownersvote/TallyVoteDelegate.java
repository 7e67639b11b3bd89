package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The window has closed: closes the vote and sets the decision's seven inputs from the ballots. */
@ProcedureDelegate("owners-vote")
@Component
class TallyVoteDelegate implements JavaDelegate {

    private final Votes votes;

    TallyVoteDelegate(Votes votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Tally tally = votes.close((Long) execution.getVariable(OwnersVote.VAR_VOTE_ID));
        execution.setVariables(tally.processVariables());
    }
}
