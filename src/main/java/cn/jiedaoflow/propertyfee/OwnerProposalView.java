package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.ownersvote.OwnerVotes.OwnerVote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A property-fee proposal as one of its estate's owners reads it in the portal (docs/portal.md, "Owners' votes"): what
 * changes and from when, the three lists, the audit, the hearing's date, the opinion window with the owner's own
 * opinions, and the vote with the owner's ballot and, once published, its result.
 *
 * @param stage {@code OPINIONS}, {@code HEARING}, {@code VOTE_CALLED}, {@code VOTING}, {@code COUNTING},
 *              {@code RESULT} or {@code ENDED}; {@code stageText} says it in the caller's language
 */
record OwnerProposalView(
        String trackingNumber,
        String estate,
        String stage,
        String stageText,
        Proposal proposal,
        Lists lists,
        Audit audit,
        String hearingDate,
        Opinions opinions,
        OwnerVote vote,
        String url) {

    record Proposal(Fees current, Fees proposed, String effectiveDate, String reasons) {}

    record Fees(BigDecimal residential, BigDecimal commercial, BigDecimal parking) {}

    record Lists(List<AmountRow> income, List<AmountRow> expenses, List<ServiceRow> services) {}

    record AmountRow(String category, String label, BigDecimal amount, String note) {}

    record ServiceRow(String service, String standard, String frequency) {}

    /** The third-party assessor's audit; {@code null} before it was made. */
    record Audit(Integer score, String costConclusion, BigDecimal recommendedFeeMin, BigDecimal recommendedFeeMax) {}

    /**
     * The latest opinion window: from {@code opens} (inclusive) to {@code closes} (exclusive); {@code mayGive} while it
     * is open and the owner has given none in it.
     */
    record Opinions(
            OffsetDateTime opens,
            OffsetDateTime closes,
            boolean open,
            boolean mayGive,
            int maxLength,
            List<MyOpinion> mine) {}

    record MyOpinion(String text, OffsetDateTime givenAt) {}

    /** The proposal, lists, audit and hearing date of the case's variables. */
    static OwnerProposalView of(
            String trackingNumber,
            String estate,
            String stage,
            String stageText,
            Map<String, Object> variables,
            Opinions opinions,
            OwnerVote vote,
            Locale locale,
            BiFunction<String, Locale, String> label) {
        Proposal proposal = new Proposal(
                new Fees(
                        fee(variables.get(VAR_CURRENT_RESIDENTIAL_FEE)),
                        fee(variables.get(VAR_CURRENT_COMMERCIAL_FEE)),
                        fee(variables.get(VAR_CURRENT_PARKING_FEE))),
                new Fees(
                        fee(variables.get(VAR_PROPOSED_RESIDENTIAL_FEE)),
                        fee(variables.get(VAR_PROPOSED_COMMERCIAL_FEE)),
                        fee(variables.get(VAR_PROPOSED_PARKING_FEE))),
                date(variables.get(VAR_EFFECTIVE_DATE)),
                text(variables.get(VAR_REASONS)));
        Lists lists = new Lists(
                amounts(variables.get(VAR_INCOME_ITEMS), "income", locale, label),
                amounts(variables.get(VAR_EXPENSE_ITEMS), "expense", locale, label),
                FeeStepsReader.rows(json(variables.get(VAR_SERVICE_ITEMS))).stream()
                        .map(row -> new ServiceRow(
                                text(row.get("service")), text(row.get("standard")), text(row.get("frequency"))))
                        .toList());
        Audit audit = variables.containsKey(VAR_AUDIT_SCORE)
                ? new Audit(
                        amount(variables.get(VAR_AUDIT_SCORE)) == null
                                ? null
                                : amount(variables.get(VAR_AUDIT_SCORE)).intValue(),
                        text(variables.get(VAR_AUDIT_COST_CONCLUSION)),
                        amount(variables.get(VAR_RECOMMENDED_FEE_MIN)),
                        amount(variables.get(VAR_RECOMMENDED_FEE_MAX)))
                : null;
        return new OwnerProposalView(
                trackingNumber,
                estate,
                stage,
                stageText,
                proposal,
                lists,
                audit,
                date(variables.get(VAR_HEARING_DATE)),
                opinions,
                vote,
                OwnerParticipation.PAGE + trackingNumber);
    }

    private static List<AmountRow> amounts(
            Object table, String list, Locale locale, BiFunction<String, Locale, String> label) {
        return FeeStepsReader.rows(json(table)).stream()
                .map(row -> {
                    String category = text(row.get("category"));
                    return new AmountRow(
                            category,
                            label.apply("portal.owners." + list + "." + category, locale),
                            amount(row.get("amount")),
                            text(row.get("note")));
                })
                .toList();
    }

    /** A Spin JSON value as its text; a list as it is. */
    private static Object json(Object value) {
        return value == null || value instanceof Collection<?> ? value : value.toString();
    }

    /** A fee as the office writes it, in fen: {@code 2.30}. */
    private static BigDecimal fee(Object value) {
        BigDecimal fee = amount(value);
        return fee == null || fee.scale() >= 2 ? fee : fee.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal amount(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A date as the form or the API gave it: the first ten characters of {@code 2026-07-01…}. */
    private static String date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant()
                    .atZone(OfficeTime.DEFAULT_ZONE)
                    .toLocalDate()
                    .toString();
        }
        String text = text(value);
        return text == null ? null : text.substring(0, Math.min(10, text.length()));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
