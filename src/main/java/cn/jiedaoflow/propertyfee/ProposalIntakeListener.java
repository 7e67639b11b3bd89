package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.EngineRefusal;
import cn.jiedaoflow.engine.StartOrigin;
import cn.jiedaoflow.owners.OwnerEstates;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.scope.ScopeGroups;
import cn.jiedaoflow.scope.StaffScopes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The start of {@code property-fee-adjustment} (process execution listener {@code start}), whatever the door.
 * <p>
 * A start through an engine door (Tasklist's start form, {@code /engine-rest}, the webapps' API:
 * {@link StartOrigin#doorUser}) passes the API's own rules ({@link ProposalIntake}, the one implementation):
 * it may carry only the start form's fields ({@link ProposalForm}); what only the application sets — the proposer,
 * the tracking number, the lists, the groups — comes from the signed-in user and the application, so a start
 * that carries any of it is refused, as is a start for an estate the user does not act for (both
 * {@link AuthorizationException}, 403); any other refusal of the API (a missing field, a bad value, an estate
 * without a register or an area) is an {@link EngineRefusal} in Chinese and English. The case is numbered by the
 * application: a business key the caller gave is replaced. Nothing is stored when a start is refused.
 * <p>
 * Every start (the API's too, which has checked the caller itself) gets the case's scoped groups from its estate
 * (procedures.md, "Scope"): {@code ownersCommitteeGroup}, {@code propertyCompanyGroup} and
 * {@code residentsCommitteeGroup}, which the model's user tasks name as candidate groups, and the proposer's
 * ({@code proposerGroup}), to which a revision goes back; and the estate's name ({@code estateName}), which the
 * forms show.
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class ProposalIntakeListener implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProposalIntakeListener.class);

    private final ProposalIntake intake;
    private final FeeProposals proposals;
    private final StaffScopes scopes;
    private final MessageSource messages;
    private final OwnerEstates estates;

    ProposalIntakeListener(
            ProposalIntake intake,
            FeeProposals proposals,
            StaffScopes scopes,
            MessageSource messages,
            OwnerEstates estates) {
        this.intake = intake;
        this.proposals = proposals;
        this.scopes = scopes;
        this.messages = messages;
        this.estates = estates;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Optional<String> door = StartOrigin.doorUser(execution);
        if (door.isPresent()) {
            admitDoorStart(execution, door.get());
        }
        long estateId = ((Number) execution.getVariable(VAR_ESTATE_ID)).longValue();
        String residentsCommittee = scopes.residentsCommitteeGroupOf(estateId)
                .orElseThrow(() -> refusal(
                        Refusal.conflict("propertyfee.proposal.estate.noArea", String.valueOf(estateId)), messages));
        // the forms name the estate (小区：…), never its number
        execution.setVariable(VAR_ESTATE_NAME, estates.nameOf(estateId));
        execution.setVariable(ScopeGroups.VAR_OWNERS_COMMITTEE_GROUP, ScopeGroups.ownersCommittee(estateId));
        execution.setVariable(ScopeGroups.VAR_PROPERTY_COMPANY_GROUP, ScopeGroups.propertyCompany(estateId));
        execution.setVariable(ScopeGroups.VAR_RESIDENTS_COMMITTEE_GROUP, residentsCommittee);
        Object proposedBy = execution.getVariable(VAR_PROPOSED_BY);
        if (proposedBy instanceof String group && ProposalIntake.PROPOSER_GROUPS.contains(group)) {
            // a revision goes back to the party that filed the proposal, and to it alone
            execution.setVariable(VAR_PROPOSER_GROUP, ScopeGroups.ofEstate(group, estateId));
        }
    }

    private void admitDoorStart(DelegateExecution execution, String userId) {
        List<String> notFields = ProposalForm.notFields(execution.getVariableNames());
        if (!notFields.isEmpty()) {
            LOG.info(
                    "start of {} by {} refused: it carries {}, which the application sets",
                    PROCESS_KEY,
                    userId,
                    notFields);
            throw new AuthorizationException(("调价方案只能填写方案表单中的内容；%s 由系统根据登录用户设置，发起时不能提供。"
                            + " / A proposal carries the fields of the proposal form only; %s is set by the"
                            + " application from"
                            + " the signed-in user, a start may not carry it.")
                    .formatted(String.join("、", notFields), String.join(", ", notFields)));
        }
        String proposedBy;
        try {
            ProposalRequest request = intake.checkForm(execution.getVariables());
            // the engine let the user start only as a member of a proposer group (its start permission)
            proposedBy = intake.admit(userId, request.estateId(), ProposalIntake.PROPOSER_GROUPS);
            execution.setVariable(VAR_ESTATE_ID, request.estateId());
        } catch (Refusal problem) {
            LOG.info("start of {} by {} refused: {}", PROCESS_KEY, userId, problem.messageKey());
            throw refusal(problem, messages);
        }
        execution.setVariable(VAR_PROPOSED_BY, proposedBy);
        // the application numbers its cases: whatever business key the caller gave is replaced
        execution.setProcessBusinessKey(proposals.newTrackingNumber());
    }

    /**
     * The API's refusal as the engine's, in Chinese and English from the same messages: 403 stays an authorization
     * refusal, anything else is an {@link EngineRefusal}.
     */
    static RuntimeException refusal(Refusal problem, MessageSource messages) {
        String chinese = messages.getMessage(problem.messageKey(), problem.args(), Locale.SIMPLIFIED_CHINESE);
        String english = messages.getMessage(problem.messageKey(), problem.args(), Locale.ENGLISH);
        if (problem.kind() == Refusal.Kind.FORBIDDEN) {
            return new AuthorizationException(chinese + " / " + english);
        }
        return EngineRefusal.of(chinese, english);
    }
}
