package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.scope.StaffScopes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rules every property-fee proposal passes, whatever the door it comes through: the application's API
 * ({@link PropertyFeeProposalApplicationService}) and a start through the engine (Tasklist's start form,
 * {@code /engine-rest}: {@link ProposalIntakeListener}) call the same two checks. A refusal is an
 * {@link Refusal} (status and message key); the listener turns it into the engine's refusal in Chinese and
 * English. The six-month rule is not here: the API refuses before starting, the model ends a Tasklist start at
 * {@code EndEvent_RefusedWithinSixMonths}.
 */
@Component
class ProposalIntake {

    /** The most a fee may be, CNY per m² per month: anything above is a typing error, not a proposal. */
    static final BigDecimal MAX_FEE = new BigDecimal("1000");
    /** The most an amount of the income or expense list may be, CNY. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    static final int MAX_APPLICANT_NAME = 200;
    /** Dates are written with four-digit years in the forms and the variables. */
    static final int LAST_YEAR = 9999;

    static final int MAX_REASONS = 4000;

    /** The groups that file proposals, in the order in which a member of both is taken to file. */
    static final List<String> PROPOSER_GROUPS =
            List.of(StaffGroup.PROPERTY_COMPANY.id(), StaffGroup.OWNERS_COMMITTEE.id());

    private final FeeProposals proposals;
    private final StaffScopes scopes;

    ProposalIntake(FeeProposals proposals, StaffScopes scopes) {
        this.proposals = proposals;
        this.scopes = scopes;
    }

    /**
     * The proposal's content as a form carries it (Tasklist's start or revision form, a start through
     * {@code /engine-rest}): read as the API's request ({@link ProposalForm}, dates on the office's clock), then
     * checked as the API checks it ({@link #checkContent}).
     */
    ProposalRequest checkForm(Map<String, Object> values) {
        ProposalRequest request =
                ProposalForm.request(values, proposals.calendar().zone());
        checkContent(request);
        return request;
    }

    /**
     * The proposal's content: every field present (all missing ones named at once), valid mobiles, known list
     * categories, at most {@value ProposalListFields#SERVICE_ROWS} service items, amounts neither negative nor
     * absurd, an effective date after today and texts within their lengths. Refusals are 400 problems.
     */
    void checkContent(ProposalRequest request) {
        if (request == null) {
            throw Refusal.badInput("propertyfee.proposal.missing", "estateId");
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
            throw Refusal.badInput("propertyfee.proposal.missing", String.join(", ", missing));
        }
        if (request.estateId() <= 0) {
            throw Refusal.badInput("propertyfee.proposal.estateId.invalid", String.valueOf(request.estateId()));
        }
        for (String mobile : List.of(
                request.propertyCompanyMobile().strip(),
                request.ownersCommitteeMobile().strip())) {
            if (!LoginNames.isMobile(mobile)) {
                throw Refusal.badInput("propertyfee.proposal.mobile.invalid", mobile);
            }
        }
        for (var list : List.of(
                Map.entry("incomeItems", request.incomeItems()),
                Map.entry("expenseItems", request.expenseItems()),
                Map.entry("serviceItems", request.serviceItems()))) {
            if (list.getValue().stream().anyMatch(Objects::isNull)) {
                throw Refusal.badInput("propertyfee.proposal.rowEmpty", list.getKey());
            }
        }
        List<String> unknown = new ArrayList<>(
                ProposalListFields.unknownCategories(request.incomeItems(), ProposalListFields.INCOME_CATEGORIES));
        unknown.addAll(
                ProposalListFields.unknownCategories(request.expenseItems(), ProposalListFields.EXPENSE_CATEGORIES));
        if (!unknown.isEmpty()) {
            throw Refusal.badInput(
                    "propertyfee.proposal.category.unknown",
                    String.join(", ", unknown),
                    String.join(", ", ProposalListFields.INCOME_CATEGORIES),
                    String.join(", ", ProposalListFields.EXPENSE_CATEGORIES));
        }
        if (request.serviceItems().size() > ProposalListFields.SERVICE_ROWS) {
            throw Refusal.badInput(
                    "propertyfee.proposal.serviceItems.tooMany", String.valueOf(ProposalListFields.SERVICE_ROWS));
        }
        if (request.serviceItems().stream().anyMatch(item -> blankToNull(item.service()) == null)) {
            throw Refusal.badInput("propertyfee.proposal.missing", "serviceItems.service");
        }
        for (BigDecimal fee : List.of(
                request.currentResidentialFee(),
                request.proposedResidentialFee(),
                request.currentCommercialFee(),
                request.proposedCommercialFee(),
                request.currentParkingFee(),
                request.proposedParkingFee())) {
            checkAmount(fee, MAX_FEE);
        }
        request.incomeItems().forEach(item -> checkAmount(item.amount(), MAX_AMOUNT));
        request.expenseItems().forEach(item -> checkAmount(item.amount(), MAX_AMOUNT));
        if (request.effectiveDate().getYear() > LAST_YEAR) {
            throw Refusal.badInput(
                    "propertyfee.proposal.effectiveDate.invalid",
                    request.effectiveDate().toString());
        }
        if (!request.effectiveDate().isAfter(proposals.today())) {
            throw Refusal.badInput(
                    "propertyfee.proposal.effectiveDate.past",
                    request.effectiveDate().toString());
        }
        limited("applicantName", request.applicantName(), MAX_APPLICANT_NAME);
        limited("reasons", request.reasons(), MAX_REASONS);
    }

    /**
     * The estate and the staff user who files for it: the estate exists (400), the user acts for it in the
     * property company or the owners' committee (403, procedures.md "Scope"), its owners' register is imported
     * (409) and it lies in a residents' area, whose committee pre-reviews and hears the case (409).
     *
     * @param groups the proposer groups the user is a member of (of {@link #PROPOSER_GROUPS}, in that order)
     * @return the group the user files for, {@code property-company} or {@code owners-committee}: the proposer
     */
    String admit(String userId, long estateId, List<String> groups) {
        Optional<FeeProposals.EstateProblem> problem = proposals.estateProblem(estateId);
        if (problem.filter(FeeProposals.EstateProblem.UNKNOWN::equals).isPresent()) {
            throw Refusal.badInput("propertyfee.proposal.estate.unknown", String.valueOf(estateId));
        }
        String proposer = groups.stream()
                .filter(group -> scopes.actsForEstate(userId, group, estateId))
                .findFirst()
                .orElseThrow(() -> Refusal.forbidden("propertyfee.proposal.estate.notYours", String.valueOf(estateId)));
        problem.ifPresent(p -> {
            throw switch (p) {
                case UNKNOWN -> new IllegalStateException("an unknown estate is refused above");
                case NO_REGISTER ->
                    Refusal.conflict("propertyfee.proposal.estate.noRegister", String.valueOf(estateId));
                case NO_AREA -> Refusal.conflict("propertyfee.proposal.estate.noArea", String.valueOf(estateId));
            };
        });
        return proposer;
    }

    private static void checkAmount(BigDecimal amount, BigDecimal max) {
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw Refusal.badInput("propertyfee.proposal.amount.invalid", String.valueOf(amount), max.toPlainString());
        }
        if (amount.compareTo(max) > 0) {
            throw Refusal.badInput(
                    "propertyfee.proposal.amount.tooLarge",
                    amount.toPlainString().length() > 30 ? amount.toString() : amount.toPlainString(),
                    max.toPlainString());
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

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void limited(String field, String value, int max) {
        if (value.strip().length() > max) {
            throw Refusal.badInput("propertyfee.proposal.tooLong", field, max);
        }
    }
}
