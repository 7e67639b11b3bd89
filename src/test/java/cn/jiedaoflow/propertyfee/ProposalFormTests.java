package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The start form as the engine's doors submit it: what a start may carry, and the proposal it makes. */
class ProposalFormTests {

    @Test
    void aStartMayCarryExactlyTheFieldsOfTheProposalForm() throws IOException {
        JsonNode form = new ObjectMapper()
                .readTree(Path.of("forms/property-fee-proposal.form").toFile());
        Set<String> keys = new HashSet<>();
        form.get("components").forEach(component -> {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
        });

        assertThat(ProposalForm.FIELDS).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(ProposalForm.notFields(Set.of("estateId", "proposedBy", "ownersCommitteeGroup", "service10")))
                .containsExactly("ownersCommitteeGroup", "proposedBy");
    }

    @Test
    void readsTheFormsNumbersAsTasklistAndTheRestApiGiveThem() {
        Map<String, Object> values = values();
        values.put("estateId", "12");
        values.put("currentResidentialFee", "1.80");
        values.put("incomeParking", 3);

        ProposalRequest request = ProposalForm.request(values, OfficeTime.DEFAULT_ZONE);

        assertThat(request.estateId()).isEqualTo(12L);
        assertThat(request.currentResidentialFee()).isEqualByComparingTo("1.80");
        assertThat(request.incomeItems())
                .extracting(ProposalRequest.AmountItem::amount)
                .containsExactly(
                        new BigDecimal("1000.0"),
                        new BigDecimal("3"),
                        new BigDecimal("1000.0"),
                        new BigDecimal("1000.0"));
        assertThat(request.serviceItems())
                .singleElement()
                .extracting(ProposalRequest.ServiceItem::service)
                .isEqualTo("秩序维护");
    }

    @Test
    void namesEveryMissingFieldAtOnceAndRefusesWhatIsNotANumberOrADate() {
        Map<String, Object> missing = values();
        missing.remove("reasons");
        missing.put("expenseStaff", " ");
        missing.remove("service1");

        assertThatThrownBy(() -> ProposalForm.request(missing, OfficeTime.DEFAULT_ZONE))
                .isInstanceOfSatisfying(Refusal.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("propertyfee.proposal.missing");
                    assertThat(problem.args()).containsExactly("reasons, expenseStaff, service1");
                });
        for (Object estate : new Object[] {"12.5", "abc", -3L, Double.NaN, "1e400", true}) {
            Map<String, Object> bad = values();
            bad.put("estateId", estate);
            assertThatThrownBy(() -> ProposalForm.request(bad, OfficeTime.DEFAULT_ZONE))
                    .isInstanceOfSatisfying(
                            Refusal.class,
                            problem -> assertThat(problem.messageKey())
                                    .isEqualTo("propertyfee.proposal.estateId.invalid"));
        }
        Map<String, Object> badFee = values();
        badFee.put("proposedParkingFee", "两元");
        assertThatThrownBy(() -> ProposalForm.request(badFee, OfficeTime.DEFAULT_ZONE))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("propertyfee.proposal.amount.invalid"));
        Map<String, Object> badDate = values();
        badDate.put("effectiveDate", "2026-13-45");
        assertThatThrownBy(() -> ProposalForm.request(badDate, OfficeTime.DEFAULT_ZONE))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        problem -> assertThat(problem.messageKey())
                                .isEqualTo("propertyfee.proposal.effectiveDate.invalid"));
    }

    private static Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        values.put("estateId", 7L);
        values.put("applicantName", "上海长宁某物业管理有限公司");
        values.put("propertyCompanyMobile", "13800138001");
        values.put("ownersCommitteeMobile", "13800138002");
        for (String fee : new String[] {
            "currentResidentialFee",
            "proposedResidentialFee",
            "currentCommercialFee",
            "proposedCommercialFee",
            "currentParkingFee",
            "proposedParkingFee"
        }) {
            values.put(fee, 2.0);
        }
        values.put("effectiveDate", "2026-07-01");
        values.put("reasons", "人工成本连续三年上涨");
        ProposalListFields.INCOME_CATEGORIES.forEach(c -> values.put(ProposalListFields.incomeField(c), 1000.0));
        ProposalListFields.EXPENSE_CATEGORIES.forEach(c -> values.put(ProposalListFields.expenseField(c), 500.0));
        values.put("service1", "秩序维护");
        values.put("standard1", "24 小时门岗");
        values.put("frequency1", "每日");
        return values;
    }
}
