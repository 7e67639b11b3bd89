package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.notification.Notifications.Recipient;
import cn.jiedaoflow.owners.EstateOwnerContacts;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The notification tasks: sends the notice named by the task's {@code noticeType} input to the property
 * company and the owners' committee, and the vote's outcome and each new fee also to the owners with a linked
 * account. The tasks are asynchronous with a retry cycle, so a failure becomes an
 * incident, not a lost notice. In the fee-step sub-process, {@code loopCounter} says which step took effect.
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class NotifyPropertyFeeDelegate implements JavaDelegate {

    private final PropertyFeeNotices notices;
    private final PropertyFeeSettings settings;
    private final EstateOwnerContacts owners;
    private final OfficeTime office;

    NotifyPropertyFeeDelegate(
            PropertyFeeNotices notices, PropertyFeeSettings settings, EstateOwnerContacts owners, OfficeTime office) {
        this.notices = notices;
        this.settings = settings;
        this.owners = owners;
        this.office = office;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FeeNotice notice = FeeNotice.valueOf((String) execution.getVariable(VAR_NOTICE_TYPE));
        String detail = switch (notice) {
            case PROPOSAL_REJECTED -> comments(execution);
            case VOTE_FAILED ->
                PropertyFeeNotices.voteFailedText(
                        VoteOutcome.valueOf((String) execution.getVariable(VAR_VOTE_OUTCOME)),
                        settings.failedVoteBar());
            case FEE_STEP_IN_FORCE ->
                PropertyFeeNotices.stepText(settings.feeSteps()
                        .validate(FeeStepsReader.read(
                                execution.getVariable(VAR_FEE_STEPS),
                                RecordVoteOutcomeDelegate.proposedStep(execution, office.zone()),
                                office.zone()))
                        .get(((Number) execution.getVariable("loopCounter")).intValue()));
        };
        List<Recipient> recipients = new ArrayList<>(List.of(
                new Recipient((String) execution.getVariable(VAR_PROPERTY_COMPANY_MOBILE), null),
                new Recipient((String) execution.getVariable(VAR_OWNERS_COMMITTEE_MOBILE), null)));
        if (notice != FeeNotice.PROPOSAL_REJECTED) {
            // the vote's outcome and the fee in force concern every owner, not only the committee
            recipients.addAll(owners.linkedOwners(((Number) execution.getVariable(VAR_ESTATE_ID)).longValue()));
        }
        notices.send((String) execution.getVariable(VAR_TRACKING_NUMBER), recipients, notice, detail);
    }

    private static String comments(DelegateExecution execution) {
        Object residents = execution.getVariable(VAR_RESIDENTS_COMMITTEE_COMMENTS);
        Object owners = execution.getVariable(VAR_OWNERS_COMMITTEE_COMMENTS);
        return "居委会意见：%s；业委会意见：%s".formatted(residents == null ? "无" : residents, owners == null ? "无" : owners);
    }
}
