package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a proposal for the property company or the owners' committee of the estate: the caller must be staff of
 * one of them and act for the estate (procedures.md, "Scope"); the proposal passes the intake's rules
 * ({@link ProposalIntake}, the same the engine's doors apply); a proposal within six months of a failed vote of
 * the estate is refused (409) before any process starts. Then {@code property-fee-adjustment} starts under a new
 * tracking number. The model checks the six-month rule again for proposals started in Tasklist.
 */
@EngineEdge
@Service
class PropertyFeeProposalApplicationService {

    private static final Logger LOG = LoggerFactory.getLogger(PropertyFeeProposalApplicationService.class);

    private final FeeProposals proposals;
    private final ProposalIntake intake;
    private final RuntimeService runtime;
    private final ObjectMapper json;

    PropertyFeeProposalApplicationService(
            FeeProposals proposals, ProposalIntake intake, RuntimeService runtime, ObjectMapper json) {
        this.proposals = proposals;
        this.intake = intake;
        this.runtime = runtime;
        this.json = json;
    }

    @Transactional
    ProposalCreated start(Caller caller, ProposalRequest request) {
        boolean allowed = caller != null
                && caller.isStaff()
                && ProposalIntake.PROPOSER_GROUPS.stream().anyMatch(caller::inGroup);
        if (!allowed) {
            throw Refusal.forbidden("propertyfee.forbidden");
        }
        intake.checkContent(request);
        String proposedBy = intake.admit(
                caller.username(),
                request.estateId(),
                ProposalIntake.PROPOSER_GROUPS.stream().filter(caller::inGroup).toList());
        Optional<LocalDate> barredUntil = proposals.barredUntil(request.estateId());
        if (barredUntil.isPresent()) {
            FailedVoteBar bar = proposals.settings().failedVoteBar();
            throw Refusal.conflict(
                    "propertyfee.proposal.withinSixMonths",
                    String.valueOf(request.estateId()),
                    barredUntil.get().toString(),
                    bar.inChinese(),
                    bar.inEnglish());
        }
        Map<String, Object> variables = variables(request);
        variables.put(VAR_PROPOSED_BY, proposedBy);
        String trackingNumber = proposals.newTrackingNumber();
        ProcessInstance adjustment = runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(trackingNumber)
                .setVariables(variables)
                .execute();
        LOG.info(
                "property-fee proposal {} for estate {} filed by {} for {}",
                trackingNumber,
                request.estateId(),
                caller.username(),
                proposedBy);
        Date publicationEnds = (Date) runtime.getVariable(adjustment.getId(), VAR_PUBLICATION_ENDS);
        return new ProposalCreated(
                trackingNumber,
                proposals.calendar().local(publicationEnds.toInstant()),
                Boolean.TRUE.equals(runtime.getVariable(adjustment.getId(), VAR_PUBLICATION_ENDS_PROVISIONAL)));
    }

    /** The variables of a checked proposal ({@link ProposalIntake#checkContent}). */
    private Map<String, Object> variables(ProposalRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ESTATE_ID, request.estateId());
        variables.put(VAR_APPLICANT_NAME, request.applicantName().strip());
        variables.put(
                VAR_PROPERTY_COMPANY_MOBILE, request.propertyCompanyMobile().strip());
        variables.put(
                VAR_OWNERS_COMMITTEE_MOBILE, request.ownersCommitteeMobile().strip());
        variables.put(
                VAR_CURRENT_RESIDENTIAL_FEE, request.currentResidentialFee().doubleValue());
        variables.put(
                VAR_PROPOSED_RESIDENTIAL_FEE, request.proposedResidentialFee().doubleValue());
        variables.put(VAR_CURRENT_COMMERCIAL_FEE, request.currentCommercialFee().doubleValue());
        variables.put(
                VAR_PROPOSED_COMMERCIAL_FEE, request.proposedCommercialFee().doubleValue());
        variables.put(VAR_CURRENT_PARKING_FEE, request.currentParkingFee().doubleValue());
        variables.put(VAR_PROPOSED_PARKING_FEE, request.proposedParkingFee().doubleValue());
        variables.put(VAR_EFFECTIVE_DATE, request.effectiveDate().toString());
        variables.put(VAR_REASONS, request.reasons().strip());
        variables.put(VAR_INCOME_ITEMS, table(request.incomeItems()));
        variables.put(VAR_EXPENSE_ITEMS, table(request.expenseItems()));
        variables.put(VAR_SERVICE_ITEMS, table(request.serviceItems()));
        // the same lists as the form's fields, so that a revision in Tasklist starts from them
        variables.putAll(
                ProposalListFields.fields(request.incomeItems(), request.expenseItems(), request.serviceItems()));
        return variables;
    }

    /** The lists become JSON variables, which the forms' tables read in Tasklist. */
    private Object table(List<?> rows) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the proposal's lists cannot be written as JSON", e);
        }
    }
}
