package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.*;

import cn.jiedaoflow.cases.Channel;
import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.IntakeRefusals;
import cn.jiedaoflow.engine.StartOrigin;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.refusal.Refusal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The process's start listener: every start of {@code labor-dispute-mediation} passes the intake here, whatever
 * the door, and the case is recorded before anything else happens.
 *
 * <ul>
 * <li>A start through an engine door (Tasklist's start form, {@code /engine-rest}, the webapps' API) is a window
 * entry by the signed-in user: it carries the start form's fields and nothing else — a start that brings the
 * account, the channel, who entered it or a tracking number of its own is refused, not corrected, because the
 * form never sends them: such a start is a forgery or a mistaken script, and refusing stores nothing and tells
 * the caller. The fields then pass {@link MediationIntake}, the rules the API applies, for that user.</li>
 * <li>A start by the application itself (the API, which has checked its caller with the same rules) hands over
 * the accepted application: the personal and application-only values as transient variables, which the engine
 * never stores.</li>
 * </ul>
 *
 * <p>The case record then takes the application, the full ID number and mobile with it, and they leave the
 * variables in the same transaction: nothing reaches {@code ACT_RU_VARIABLE}, and the history filter keeps them out
 * of the history (cn.jiedaoflow.personaldata.SensitiveVariables). The process holds the tracking number and the
 * masked ID number, which the forms show; the tasks that declare the ID number get the mobile masked
 * ({@code LaborDisputePersonalData}), and the notices read it from the case record ({@code MediationNotices}).
 */
@ProcedureDelegate("labor-dispute-mediation")
@Component("laborDisputeIntakeListener")
class LaborDisputeIntakeListener implements ExecutionListener {

    /** What only the application hands over, transient: never stored by the engine. */
    private static final List<String> HANDED_OVER =
            List.of(VAR_APPLICANT_ID_NUMBER, VAR_APPLICANT_MOBILE, VAR_APPLICANT_ACCOUNT_ID, VAR_REGISTERED_BY);

    private final MediationApplications applications;
    private final IntakeRefusals refusals;

    LaborDisputeIntakeListener(MediationApplications applications, IntakeRefusals refusals) {
        this.applications = applications;
        this.refusals = refusals;
    }

    /** The start variables of an application the API accepted: what the process shows, and what it hands over. */
    static VariableMap startVariables(MediationApplication application) {
        VariableMap variables = Variables.createVariables();
        variables.put(VAR_APPLICANT_NAME, application.applicantName());
        variables.put(VAR_EMPLOYER, application.employer());
        variables.put(VAR_DISPUTE_TYPE, application.disputeType().name());
        variables.put(VAR_CLAIM, application.claim());
        variables.put(VAR_FACTS, application.facts());
        variables.put(VAR_APPLICANT_ID_NUMBER, Variables.stringValue(application.applicantIdNumber(), true));
        variables.put(VAR_APPLICANT_MOBILE, Variables.stringValue(application.applicantMobile(), true));
        variables.put(VAR_APPLICANT_ACCOUNT_ID, Variables.longValue(application.applicantAccountId(), true));
        variables.put(VAR_REGISTERED_BY, Variables.stringValue(application.registeredBy(), true));
        return variables;
    }

    @Override
    public void notify(DelegateExecution execution) {
        MediationApplication application = StartOrigin.doorUser(execution)
                .map(user -> windowEntry(execution, user))
                .orElseGet(() -> handedOver(execution));
        LaborDisputeCase recorded = applications.record(application, execution.getProcessInstanceId());
        for (String name : HANDED_OVER) {
            execution.removeVariable(name);
        }
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(recorded.getTrackingNumber());
        }
        show(execution, VAR_TRACKING_NUMBER, recorded.getTrackingNumber());
        show(execution, VAR_APPLICANT_NAME, application.applicantName());
        show(
                execution,
                VAR_APPLICANT_ID_NUMBER_MASKED,
                application.applicantIdNumber() == null ? "未登记" : IdNumbers.mask(application.applicantIdNumber()));
        show(execution, VAR_EMPLOYER, application.employer());
        show(execution, VAR_DISPUTE_TYPE, application.disputeType().name());
        show(execution, VAR_CLAIM, application.claim());
        show(execution, VAR_FACTS, application.facts());
        show(execution, VAR_CHANNEL, application.channel().name());
    }

    /** A window entry by {@code user}: the start form's fields, checked by the intake rules for that user. */
    private MediationApplication windowEntry(DelegateExecution execution, String user) {
        try {
            TreeSet<String> unexpected = new TreeSet<>(execution.getVariableNames());
            unexpected.removeAll(START_FORM_FIELDS);
            if (!unexpected.isEmpty()) {
                throw Refusal.badInput("labordispute.door.unexpected", String.join(", ", unexpected));
            }
            String businessKey = execution.getProcessBusinessKey();
            if (businessKey != null && !businessKey.isBlank()) {
                throw Refusal.badInput("labordispute.door.businessKey");
            }
            Map<String, Object> form = execution.getVariables();
            ApplicationRequest request = new ApplicationRequest(
                    text(form, VAR_EMPLOYER),
                    text(form, VAR_DISPUTE_TYPE),
                    text(form, VAR_CLAIM),
                    text(form, VAR_FACTS),
                    text(form, VAR_APPLICANT_NAME),
                    text(form, VAR_APPLICANT_MOBILE),
                    text(form, VAR_APPLICANT_ID_NUMBER));
            return MediationIntake.check(staff(execution, user), request);
        } catch (Refusal refused) {
            throw refusals.of(refused);
        }
    }

    private static Caller staff(DelegateExecution execution, String user) {
        Authentication current =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        List<String> groups = current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
        return new Caller(Caller.Kind.STAFF, user, null, user, new HashSet<>(groups));
    }

    private static String text(Map<String, Object> form, String name) {
        Object value = form.get(name);
        if (value != null && !(value instanceof String)) {
            throw Refusal.badInput("labordispute.application.notText", name);
        }
        return (String) value;
    }

    /**
     * The application the API accepted and handed over (no door: the API has checked its caller). Staff who enter
     * an application at the window are its {@code registeredBy}: a window entry; without one it came online.
     */
    private static MediationApplication handedOver(DelegateExecution execution) {
        Object accountId = execution.getVariable(VAR_APPLICANT_ACCOUNT_ID);
        String registeredBy = (String) execution.getVariable(VAR_REGISTERED_BY);
        return new MediationApplication(
                execution.getProcessBusinessKey(),
                (String) execution.getVariable(VAR_APPLICANT_NAME),
                (String) execution.getVariable(VAR_APPLICANT_MOBILE),
                (String) execution.getVariable(VAR_APPLICANT_ID_NUMBER),
                accountId == null ? null : ((Number) accountId).longValue(),
                (String) execution.getVariable(VAR_EMPLOYER),
                DisputeType.valueOf((String) execution.getVariable(VAR_DISPUTE_TYPE)),
                (String) execution.getVariable(VAR_CLAIM),
                (String) execution.getVariable(VAR_FACTS),
                registeredBy == null ? Channel.ONLINE : Channel.WINDOW,
                registeredBy);
    }

    /** Sets a variable the forms show, unless it holds that value already (no needless history line). */
    private static void show(DelegateExecution execution, String name, Object value) {
        if (!execution.hasVariable(name) || !Objects.equals(execution.getVariable(name), value)) {
            execution.setVariable(name, value);
        }
    }
}
