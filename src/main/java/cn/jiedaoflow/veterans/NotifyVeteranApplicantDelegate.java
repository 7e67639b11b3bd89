package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The notification tasks: sends the notice named by the task's {@code noticeType} input, with what the
 * applicant needs to know. Asynchronous with retries: a failure becomes an incident, not a lost notice.
 */
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
        String detail = switch (notice) {
            case INELIGIBLE -> (String) execution.getVariable(VAR_INELIGIBLE_REASON);
            case RELIEF_DECIDED -> "GRANT".equals(execution.getVariable(VAR_RELIEF_DECISION))
                    ? "给予临时救助 " + execution.getVariable(VAR_RELIEF_AMOUNT) + " 元。"
                    : "经评估不予临时救助，正常帮扶审批继续办理。";
            case NO_ASSISTANCE -> "经走访评估，暂不需要资金帮扶；如有转介，相关部门将与您联系。";
            case REJECTED -> "帮扶申请未获批准。理由：" + firstGiven(execution.getVariable(VAR_LEADER_OPINION),
                    execution.getVariable(VAR_APPROVAL_REASON));
            case DISBURSED -> "帮扶金 " + execution.getVariable(VAR_APPROVED_AMOUNT) + " 元已发放（凭证号 "
                    + execution.getVariable(VAR_PAYMENT_REFERENCE) + "），服务站将于 30 日后回访。";
        };
        notices.notifyApplicant((String) execution.getVariable(VAR_TRACKING_NUMBER), notice, detail);
    }

    private static String firstGiven(Object first, Object second) {
        return first instanceof String text && !text.isBlank() ? text : String.valueOf(second);
    }
}
