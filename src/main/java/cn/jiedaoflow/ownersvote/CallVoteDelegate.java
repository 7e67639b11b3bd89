package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Calls the vote and freezes the register; sets {@code voteId}, {@code paperNoticeDue}, and {@code trackingNumber}
 * and {@code applicantName} (the vote's number, its estate's name). A window that breaks the
 * notice rule ({@link VoteWindow}) becomes the BPMN error {@code VOTE_NOTICE_TOO_SHORT}, which the calling procedure
 * catches.
 */
@ProcedureDelegate("owners-vote")
@Component
class CallVoteDelegate implements JavaDelegate {

    /** Who calls a vote when the engine runs it without a signed-in user (a timer, for example). */
    static final String ENGINE = "engine";

    private final VoteCalls votes;

    CallVoteDelegate(VoteCalls votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication authentication =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        VoteCall call = new VoteCall(
                ((Number) execution.getVariable(OwnersVote.VAR_ESTATE_ID)).longValue(),
                MatterType.valueOf((String) execution.getVariable(OwnersVote.VAR_MATTER_TYPE)),
                (String) execution.getVariable(OwnersVote.VAR_VOTE_SUBJECT),
                ((Date) execution.getVariable(OwnersVote.VAR_WINDOW_OPENS)).toInstant(),
                ((Date) execution.getVariable(OwnersVote.VAR_WINDOW_CLOSES)).toInstant(),
                (String) execution.getVariable(OwnersVote.VAR_TRACKING_NUMBER),
                authentication == null ? ENGINE : authentication.getUserId());
        try {
            CalledVote called = votes.call(call);
            execution.setVariable(OwnersVote.VAR_VOTE_ID, called.voteId());
            execution.setVariable(OwnersVote.VAR_PAPER_NOTICE_DUE, Date.from(called.paperNoticeDue()));
            // Tasklist lists the vote's tasks under its number and its estate's name
            execution.setVariable(OwnersVote.VAR_TRACKING_NUMBER, called.number());
            execution.setVariable(OwnersVote.VAR_APPLICANT_NAME, called.estateName());
        } catch (VoteWindow.NoticeTooShort e) {
            throw new BpmnError(OwnersVote.ERROR_NOTICE_TOO_SHORT, e.getMessage(), e);
        }
    }
}
