package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The notification tasks: sends the notice named by the task's {@code noticeType} input, with what the
 * applicant needs to know; the reason for ineligibility goes to the veteran instead (their inbox, when an account
 * holds the veteran's ID number), never to an applicant who is not the veteran. Asynchronous with retries: a failure
 * becomes an incident, not a lost notice.
 */
@ProcedureDelegate("veteran-assistance")
@Component
class NotifyVeteranApplicantDelegate implements JavaDelegate {

    private final VeteranAssistanceNotices notices;

    NotifyVeteranApplicantDelegate(VeteranAssistanceNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VeteranAssistanceNotices.Notice notice =
                VeteranAssistanceNotices.Notice.valueOf((String) execution.getVariable(VAR_NOTICE_TYPE));
        String trackingNumber = (String) execution.getVariable(VAR_TRACKING_NUMBER);
        switch (notice) {
            case INELIGIBLE ->
                notices.notifyVeteran(
                        trackingNumber, notice, "不符合帮扶资格：" + execution.getVariable(VAR_INELIGIBLE_REASON));
            case RELIEF_DECIDED ->
                notices.notifyApplicant(
                        trackingNumber,
                        notice,
                        "GRANT".equals(execution.getVariable(VAR_RELIEF_DECISION))
                                ? "给予临时救助 " + execution.getVariable(VAR_RELIEF_AMOUNT) + " 元。"
                                : "经评估不予临时救助，正常帮扶审批继续办理。");
            case NO_ASSISTANCE -> notices.notifyApplicant(trackingNumber, notice, "经走访评估，暂不需要资金帮扶；如有转介，相关部门将与您联系。");
            case REJECTED ->
                notices.notifyApplicant(
                        trackingNumber,
                        notice,
                        "帮扶申请未获批准。理由："
                                + firstGiven(
                                        execution.getVariable(VAR_LEADER_OPINION),
                                        execution.getVariable(VAR_APPROVAL_REASON)));
            case DISBURSED ->
                notices.notifyApplicant(
                        trackingNumber,
                        notice,
                        "帮扶金 "
                                + execution.getVariable(VAR_APPROVED_AMOUNT) + " 元已发放（凭证号 "
                                + execution.getVariable(VAR_PAYMENT_REFERENCE) + "），服务站将于 30 日后回访。");
        }
    }

    private static String firstGiven(Object first, Object second) {
        return first instanceof String text && !text.isBlank() ? text : String.valueOf(second);
    }
}
