package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.web.ApiProblem;

/**
 * Files a proposal for the property company or the owners' committee: checks the caller and the proposal,
 * refuses one within six months of a failed vote of the estate (409) before any process starts, and starts
 * {@code property-fee-adjustment} under a new tracking number. The model checks the six-month rule again
 * for proposals started in Tasklist.
 */
@Service
class PropertyFeeProposalApplicationService {

    private static final Logger LOG = LoggerFactory.getLogger(PropertyFeeProposalApplicationService.class);
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    /** The six fees come first among the amounts checked; they are stored as DECIMAL(10, 2). */
    private static final int FEES = 6;
    static final BigDecimal MAX_FEE = new BigDecimal("99999999.99");
    /** The rows of the income and expense lists, in CNY over 12 months. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    /** Dates are written with four-digit years in the forms and the variables. */
    private static final int LAST_YEAR = 9999;

    private final FeeProposals proposals;
    private final RuntimeService runtime;
    private final ObjectMapper json;

    PropertyFeeProposalApplicationService(FeeProposals proposals, RuntimeService runtime, ObjectMapper json) {
        this.proposals = proposals;
        this.runtime = runtime;
        this.json = json;
    }

    @Transactional
    ProposalCreated start(Caller caller, ProposalRequest request) {
        boolean allowed = caller != null && caller.isStaff() && (caller.inGroup(StaffGroup.PROPERTY_COMPANY.id())
                || caller.inGroup(StaffGroup.OWNERS_COMMITTEE.id()));
        if (!allowed) {
            throw ApiProblem.forbidden("propertyfee.forbidden");
        }
        Map<String, Object> variables = variables(request);
        variables.put(VAR_PROPOSED_BY, caller.inGroup(StaffGroup.PROPERTY_COMPANY.id())
                ? StaffGroup.PROPERTY_COMPANY.id() : StaffGroup.OWNERS_COMMITTEE.id());
        proposals.estateProblem(request.estateId()).ifPresent(problem -> {
            throw switch (problem) {
                case UNKNOWN -> ApiProblem.badRequest("propertyfee.proposal.estate.unknown",
                        String.valueOf(request.estateId()));
                case NO_REGISTER -> ApiProblem.conflict("propertyfee.proposal.estate.noRegister",
                        String.valueOf(request.estateId()));
            };
        });
        Optional<LocalDate> barredUntil = proposals.barredUntil(request.estateId());
        if (barredUntil.isPresent()) {
            throw ApiProblem.conflict("propertyfee.proposal.withinSixMonths", String.valueOf(request.estateId()),
                    barredUntil.get().toString());
        }
        String trackingNumber = proposals.newTrackingNumber();
        ProcessInstance adjustment = runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(trackingNumber)
                .setVariables(variables)
                .execute();
        LOG.info("property-fee proposal {} for estate {} filed by {}", trackingNumber, request.estateId(),
                caller.username());
        Date publicationEnds = (Date) runtime.getVariable(adjustment.getId(), VAR_PUBLICATION_ENDS);
        return new ProposalCreated(trackingNumber, publicationEnds.toInstant().atOffset(SHANGHAI),
                Boolean.TRUE.equals(runtime.getVariable(adjustment.getId(), VAR_PUBLICATION_ENDS_PROVISIONAL)));
    }

    private Map<String, Object> variables(ProposalRequest request) {
        if (request == null) {
            throw ApiProblem.badRequest("propertyfee.proposal.missing", "estateId");
        }
        List<String> missing = new ArrayList<>();
        check(missing, "estateId", request.estateId());
        check(missing, "applicantName", blankToNull(request.applicantName()));
        check(missing, "propertyCompanyMobile", blankToNull(request.propertyCompanyMobile()));
        check(missing, "ownersCommitteeMobile", blankToNull(request.ownersCommitteeMobile()));
        check(missing, "currentResidentialFee", request.currentResidentialFee());
        check(missing, "proposedResidentialFee", request.proposedResidentialFee());
        check(missing, "currentCommercialFee", request.currentCommercialFee());
        check(missing, "proposedCommercialFee", request.proposedCommercialFee());
        check(missing, "currentParkingFee", request.currentParkingFee());
        check(missing, "proposedParkingFee", request.proposedParkingFee());
        check(missing, "effectiveDate", request.effectiveDate());
        check(missing, "reasons", blankToNull(request.reasons()));
        checkList(missing, "incomeItems", request.incomeItems());
        checkList(missing, "expenseItems", request.expenseItems());
        checkList(missing, "serviceItems", request.serviceItems());
        if (!missing.isEmpty()) {
            throw ApiProblem.badRequest("propertyfee.proposal.missing", String.join(", ", missing));
        }
        if (request.estateId() <= 0) {
            throw ApiProblem.badRequest("propertyfee.proposal.estateId.invalid", String.valueOf(request.estateId()));
        }
        for (String mobile : List.of(request.propertyCompanyMobile().strip(), request.ownersCommitteeMobile().strip())) {
            if (!LoginNames.isMobile(mobile)) {
                throw ApiProblem.badRequest("propertyfee.proposal.mobile.invalid", mobile);
            }
        }
        List<BigDecimal> amounts = new ArrayList<>(List.of(request.currentResidentialFee(),
                request.proposedResidentialFee(), request.currentCommercialFee(), request.proposedCommercialFee(),
                request.currentParkingFee(), request.proposedParkingFee()));
        request.incomeItems().forEach(item -> amounts.add(item.amount()));
        request.expenseItems().forEach(item -> amounts.add(item.amount()));
        List<String> unknown = new ArrayList<>(
                ProposalListFields.unknownCategories(request.incomeItems(), ProposalListFields.INCOME_CATEGORIES));
        unknown.addAll(ProposalListFields.unknownCategories(request.expenseItems(), ProposalListFields.EXPENSE_CATEGORIES));
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest("propertyfee.proposal.category.unknown", String.join(", ", unknown),
                    String.join(", ", ProposalListFields.INCOME_CATEGORIES),
                    String.join(", ", ProposalListFields.EXPENSE_CATEGORIES));
        }
        if (request.serviceItems().size() > ProposalListFields.SERVICE_ROWS) {
            throw ApiProblem.badRequest("propertyfee.proposal.serviceItems.tooMany",
                    String.valueOf(ProposalListFields.SERVICE_ROWS));
        }
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal amount = amounts.get(i);
            BigDecimal largest = i < FEES ? MAX_FEE : MAX_AMOUNT;
            if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                    || amount.compareTo(largest) > 0) {
                throw ApiProblem.badRequest("propertyfee.proposal.amount.invalid", String.valueOf(amount),
                        largest.toPlainString());
            }
        }
        if (!request.effectiveDate().isAfter(proposals.today())) {
            throw ApiProblem.badRequest("propertyfee.proposal.effectiveDate.past", request.effectiveDate().toString());
        }
        if (request.effectiveDate().getYear() > LAST_YEAR) {
            throw ApiProblem.badRequest("propertyfee.proposal.effectiveDate.invalid", request.effectiveDate().toString());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ESTATE_ID, request.estateId());
        variables.put(VAR_APPLICANT_NAME, limited("applicantName", request.applicantName(), 200));
        variables.put(VAR_PROPERTY_COMPANY_MOBILE, request.propertyCompanyMobile().strip());
        variables.put(VAR_OWNERS_COMMITTEE_MOBILE, request.ownersCommitteeMobile().strip());
        variables.put(VAR_CURRENT_RESIDENTIAL_FEE, request.currentResidentialFee().doubleValue());
        variables.put(VAR_PROPOSED_RESIDENTIAL_FEE, request.proposedResidentialFee().doubleValue());
        variables.put(VAR_CURRENT_COMMERCIAL_FEE, request.currentCommercialFee().doubleValue());
        variables.put(VAR_PROPOSED_COMMERCIAL_FEE, request.proposedCommercialFee().doubleValue());
        variables.put(VAR_CURRENT_PARKING_FEE, request.currentParkingFee().doubleValue());
        variables.put(VAR_PROPOSED_PARKING_FEE, request.proposedParkingFee().doubleValue());
        variables.put(VAR_EFFECTIVE_DATE, request.effectiveDate().toString());
        variables.put(VAR_REASONS, limited("reasons", request.reasons(), 4000));
        variables.put(VAR_INCOME_ITEMS, table(request.incomeItems()));
        variables.put(VAR_EXPENSE_ITEMS, table(request.expenseItems()));
        variables.put(VAR_SERVICE_ITEMS, table(request.serviceItems()));
        // the same lists as the form's fields, so that a revision in Tasklist starts from them
        variables.putAll(ProposalListFields.fields(request.incomeItems(), request.expenseItems(), request.serviceItems()));
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

    private static void check(List<String> missing, String field, Object value) {
        if (value == null) {
            missing.add(field);
        }
    }

    private static void checkList(List<String> missing, String field, List<?> rows) {
        if (rows == null || rows.isEmpty()) {
            missing.add(field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String limited(String field, String value, int max) {
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw ApiProblem.badRequest("propertyfee.proposal.tooLong", field, max);
        }
        return stripped;
    }
}
