package cn.jiedaoflow.enterpriseservice;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.EngineRefusal;
import java.time.LocalDate;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The forum-agenda step of {@code enterprise-service-request} ({@code Task_PutOnForumAgenda}), an execution listener
 * on its start and its end. At the start — the moment the enterprise said its need is not resolved — it notes the day
 * ({@value #UNRESOLVED_ON}). At the end, when business-service completes the step with the agenda note, the need goes
 * onto the agenda of the next forum ({@link Forums#putOnAgenda}) and the case keeps that forum's date
 * ({@value #FORUM_DATE}); with no forum date set the step stays open and Tasklist tells the staff member to set one
 * in the console first.
 */
@ProcedureDelegate("enterprise-service-request")
@Component
class ForumAgendaListener implements ExecutionListener {

    static final String UNRESOLVED_ON = "unresolvedOn";
    static final String FORUM_DATE = "forumDate";

    private final Forums forums;
    private final WorkingCalendar calendar;
    private final MessageSource messages;

    ForumAgendaListener(Forums forums, WorkingCalendar calendar, MessageSource messages) {
        this.forums = forums;
        this.calendar = calendar;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (EVENTNAME_START.equals(execution.getEventName())) {
            execution.setVariable(UNRESOLVED_ON, calendar.today().toString());
            return;
        }
        if (execution.isCanceled()) {
            return;
        }
        Object noted = execution.getVariable(UNRESOLVED_ON);
        // a case that reached the step on a version without this listener counts from today
        LocalDate unresolvedOn = noted == null ? calendar.today() : LocalDate.parse(noted.toString());
        Authentication user =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        UnresolvedNeed need = new UnresolvedNeed(
                text(execution, "trackingNumber"),
                execution.getProcessInstanceId(),
                text(execution, "applicantName"),
                text(execution, "needTitle"),
                text(execution, "agendaNote"),
                unresolvedOn,
                user == null ? null : user.getUserId());
        LocalDate forum = forums.putOnAgenda(need)
                .orElseThrow(() -> EngineRefusal.of(
                        messages.getMessage(
                                "console.enterpriseForums.refused.noForum", null, Locale.SIMPLIFIED_CHINESE),
                        messages.getMessage("console.enterpriseForums.refused.noForum", null, Locale.ENGLISH)));
        execution.setVariable(FORUM_DATE, forum.toString());
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? "" : value.toString();
    }
}
