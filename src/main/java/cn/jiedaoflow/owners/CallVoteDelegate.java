package cn.jiedaoflow.owners;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calls the vote and freezes the register. Refuses with {@code VOTE_NOTICE_TOO_SHORT} when the window opens
 * less than the notice days (物业管理条例: 15) after now, by the engine clock, or closes no later than it opens.
 */
@Component
class CallVoteDelegate implements JavaDelegate {

    private final Votes votes;
    private final int noticeDays;

    CallVoteDelegate(Votes votes, @Value("${jiedao.owners.vote-notice-days:15}") int noticeDays) {
        this.votes = votes;
        this.noticeDays = noticeDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant opens = ((Date) execution.getVariable(OwnersVote.VAR_WINDOW_OPENS)).toInstant();
        Instant closes = ((Date) execution.getVariable(OwnersVote.VAR_WINDOW_CLOSES)).toInstant();
        Instant now = ClockUtil.now().toInstant();
        if (opens.isBefore(now.plus(Duration.ofDays(noticeDays))) || !closes.isAfter(opens)) {
            throw new BpmnError(OwnersVote.ERROR_NOTICE_TOO_SHORT, "the window must open at least " + noticeDays
                    + " days from now and close after it opens: " + opens + " – " + closes);
        }
        String calledBy = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
                ? "engine"
                : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        Vote vote = votes.call(new VoteCall(((Number) execution.getVariable(OwnersVote.VAR_ESTATE_ID)).longValue(),
                MatterType.valueOf((String) execution.getVariable(OwnersVote.VAR_MATTER_TYPE)),
                (String) execution.getVariable(OwnersVote.VAR_VOTE_SUBJECT), opens, closes,
                (String) execution.getVariable(OwnersVote.VAR_TRACKING_NUMBER), calledBy));
        execution.setVariable(OwnersVote.VAR_VOTE_ID, vote.getId());
    }
}
