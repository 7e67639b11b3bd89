package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.propertyfee.ProposalRequest.AmountItem;
import cn.jiedaoflow.propertyfee.ProposalRequest.ServiceItem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three lists as the API sends them and as Tasklist's form holds them, both ways. */
class ProposalListFieldsTests {

    @Test
    void namesAFieldForEveryCategory() {
        assertThat(ProposalListFields.incomeField("PROPERTY_FEES")).isEqualTo("incomePropertyFees");
        assertThat(ProposalListFields.incomeField("COMMON_PARTS")).isEqualTo("incomeCommonParts");
        assertThat(ProposalListFields.expenseField("MANAGEMENT_FEE_OR_PROFIT"))
                .isEqualTo("expenseManagementFeeOrProfit");
        assertThat(ProposalListFields.expenseField("COMMON_UTILITIES")).isEqualTo("expenseCommonUtilities");
    }

    @Test
    void turnsTheApisListsIntoTheFormsFieldsAddingUpACategoryGivenTwice() {
        Map<String, Object> fields = ProposalListFields.fields(
                List.of(
                        new AmountItem("PARKING", new BigDecimal("1200.50"), "地面"),
                        new AmountItem("PARKING", new BigDecimal("800.25"), "地下"),
                        new AmountItem("PROPERTY_FEES", new BigDecimal("1850000"), null)),
                List.of(new AmountItem("STAFF", new BigDecimal("1420000"), null)),
                List.of(new ServiceItem("秩序维护", "24 小时门岗", "每日"), new ServiceItem("保洁", "楼道每日一扫", "每日")));

        assertThat(fields)
                .containsEntry("incomeParking", 2000.75)
                .containsEntry("incomePropertyFees", 1850000.0)
                .containsEntry("incomeCommonParts", 0.0)
                .containsEntry("incomeOther", 0.0)
                .containsEntry("expenseStaff", 1420000.0)
                .containsEntry("expenseRepairs", 0.0)
                .containsEntry("service1", "秩序维护")
                .containsEntry("standard2", "楼道每日一扫")
                .containsEntry("frequency2", "每日")
                .containsEntry("service3", null)
                .containsEntry("service10", null)
                .doesNotContainKey("service11");
    }

    @Test
    void turnsTheFormsFieldsIntoListsInTheCategoriesOrderLeavingOutEmptyServiceRows() {
        Map<String, Object> form = new HashMap<>();
        ProposalListFields.INCOME_CATEGORIES.forEach(c -> form.put(ProposalListFields.incomeField(c), 10));
        ProposalListFields.EXPENSE_CATEGORIES.forEach(c -> form.put(ProposalListFields.expenseField(c), "0"));
        form.put("incomeOther", 12.5);
        form.put("service1", " 秩序维护 ");
        form.put("standard1", "24 小时门岗");
        form.put("frequency1", "每日");
        form.put("service2", " ");
        form.put("service10", "绿化");

        assertThat(ProposalListFields.incomeItems(form))
                .extracting(row -> row.get("category"))
                .containsExactly("PROPERTY_FEES", "PARKING", "COMMON_PARTS", "OTHER");
        assertThat(ProposalListFields.incomeItems(form).get(3).get("amount")).isEqualTo(new BigDecimal("12.5"));
        assertThat(ProposalListFields.expenseItems(form)).hasSize(7);
        assertThat(ProposalListFields.serviceItems(form))
                .containsExactly(
                        Map.of("service", "秩序维护", "standard", "24 小时门岗", "frequency", "每日"),
                        new HashMap<>(Map.of("service", "绿化")) {
                            {
                                put("standard", null);
                                put("frequency", null);
                            }
                        });
    }

    @Test
    void aRevisionKeepsTheRowsOfAnUnchangedCategoryAndTheNotesOfAChangedOne() {
        Map<String, Object> form = new HashMap<>();
        ProposalListFields.INCOME_CATEGORIES.forEach(c -> form.put(ProposalListFields.incomeField(c), 0));
        form.put("incomeParking", 2000.75);
        form.put("incomeOther", 500);
        List<Map<String, Object>> before = List.of(
                row("PARKING", 1200.50, "地面"),
                row("PARKING", 800.25, "地下"),
                row("OTHER", 300, "广告位"),
                row("OTHER", 100, "快递柜"),
                row("OTHER", 100, "快递柜"));

        List<Map<String, Object>> revised = ProposalListFields.incomeItems(form, before);

        // parking and other income as they were (2000.75 and 500 in all): their rows stay, notes and all
        assertThat(revised)
                .filteredOn(r -> "PARKING".equals(r.get("category")))
                .containsExactly(before.get(0), before.get(1));
        assertThat(revised)
                .filteredOn(r -> "OTHER".equals(r.get("category")))
                .containsExactlyElementsOf(before.subList(2, 5));

        // other income revised: one row with the new amount and the notes its rows carried, each once
        form.put("incomeOther", 450);
        assertThat(ProposalListFields.incomeItems(form, before))
                .filteredOn(r -> "OTHER".equals(r.get("category")))
                .containsExactly(Map.of("category", "OTHER", "amount", new BigDecimal("450"), "note", "广告位；快递柜"));
        // a category without rows before, or without notes, gets none
        assertThat(ProposalListFields.incomeItems(form, before).get(0))
                .isEqualTo(Map.of("category", "PROPERTY_FEES", "amount", new BigDecimal("0")));
    }

    private static Map<String, Object> row(String category, Object amount, String note) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("category", category);
        row.put("amount", amount);
        row.put("note", note);
        return row;
    }

    @Test
    void refusesAMissingOrNegativeAmount() {
        Map<String, Object> form = new HashMap<>();
        ProposalListFields.INCOME_CATEGORIES.forEach(c -> form.put(ProposalListFields.incomeField(c), 10));
        form.remove("incomeParking");
        assertThatThrownBy(() -> ProposalListFields.incomeItems(form)).hasMessageContaining("incomeParking");
        form.put("incomeParking", -0.01);
        assertThatThrownBy(() -> ProposalListFields.incomeItems(form))
                .hasMessageContaining("cannot be negative: -0.01");
    }

    @Test
    void findsTheCategoriesThatAreNotAllowed() {
        List<AmountItem> items = List.of(
                new AmountItem("PARKING", BigDecimal.ONE, null),
                new AmountItem("ADVERTISING", BigDecimal.ONE, null),
                new AmountItem("ADVERTISING", BigDecimal.ONE, null),
                new AmountItem(null, BigDecimal.ONE, null));

        assertThat(ProposalListFields.unknownCategories(items, ProposalListFields.INCOME_CATEGORIES))
                .containsExactly("ADVERTISING", "null");
    }
}
