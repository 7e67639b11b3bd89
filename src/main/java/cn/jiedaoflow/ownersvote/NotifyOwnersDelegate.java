package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The notice tasks: tells the linked owners by the task's {@code noticeChannel} (INBOX or SMS). */
@ProcedureDelegate("owners-vote")
@Component
class NotifyOwnersDelegate implements JavaDelegate {

    private final VoteNotices notices;

    NotifyOwnersDelegate(VoteNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.notifyOwners((Long) execution.getVariable(OwnersVote.VAR_VOTE_ID), VoteNotice.Channel.valueOf((String)
                execution.getVariable(OwnersVote.VAR_NOTICE_CHANNEL)));
    }
}
