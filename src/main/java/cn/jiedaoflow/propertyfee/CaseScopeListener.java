package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_ESTATE_ID;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_PROPOSED_BY;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_PROPOSER_GROUP;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.scope.ScopeGroups;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The end of every user task of {@code property-fee-adjustment} (execution listener {@code end}): a completion
 * may not move the case to another estate or to other groups. Whoever completes a task can set any variable with
 * it (Tasklist's revision form even shows the estate number), and the case's estate decides on which register the
 * owners vote and who is told, its group variables (and the proposer, to whom revisions go) who gets the next tasks.
 * They must still be those recorded when the case was filed ({@link FeeProposals#caseScope}); otherwise the
 * completion is refused (403) and nothing changes. Cases filed before scope existed have no groups to check; their
 * estate is checked all the same.
 */
@ProcedureDelegate("property-fee-adjustment")
@Component
class CaseScopeListener implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(CaseScopeListener.class);

    private final FeeProposals proposals;

    CaseScopeListener(FeeProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        FeeProposals.CaseScope scope =
                proposals.caseScope(execution.getProcessBusinessKey()).orElse(null);
        if (scope == null) {
            return;
        }
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put(VAR_ESTATE_ID, scope.estateId());
        if (scope.residentsAreaId() != null) {
            expected.put(ScopeGroups.VAR_OWNERS_COMMITTEE_GROUP, ScopeGroups.ownersCommittee(scope.estateId()));
            expected.put(ScopeGroups.VAR_PROPERTY_COMPANY_GROUP, ScopeGroups.propertyCompany(scope.estateId()));
            expected.put(
                    ScopeGroups.VAR_RESIDENTS_COMMITTEE_GROUP, ScopeGroups.residentsCommittee(scope.residentsAreaId()));
        }
        if (scope.proposedBy() != null) {
            // revisions go back to the proposer: neither who filed the proposal nor their group may change
            expected.put(VAR_PROPOSED_BY, scope.proposedBy());
            expected.put(VAR_PROPOSER_GROUP, ScopeGroups.ofEstate(scope.proposedBy(), scope.estateId()));
        }
        for (Map.Entry<String, Object> variable : expected.entrySet()) {
            Object actual = execution.getVariable(variable.getKey());
            if (!Objects.equals(variable.getValue(), wholeNumberAsLong(actual))) {
                LOG.info(
                        "completion in case {} refused: {} would change from {} to {}",
                        execution.getProcessBusinessKey(),
                        variable.getKey(),
                        variable.getValue(),
                        actual);
                throw new AuthorizationException(("案件 %s 的小区及经办组由系统设置，办理任务时不能修改（%s）。"
                                + " / The estate of case %s and the groups that work it are set by the"
                                + " application; completing a"
                                + " task cannot change them (%s).")
                        .formatted(
                                execution.getProcessBusinessKey(),
                                variable.getKey(),
                                execution.getProcessBusinessKey(),
                                variable.getKey()));
            }
        }
    }

    /** A form may submit the estate number as an Integer, a Long or a Double: the same estate either way. */
    private static Object wholeNumberAsLong(Object value) {
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            return value;
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        return decimal.stripTrailingZeros().scale() <= 0 ? (Object) decimal.longValue() : value;
    }
}
