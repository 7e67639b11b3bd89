package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit and the two pre-reviews show the three lists the proposal carries: every amount and every service row of
 * the form's fixed fields ({@link ProposalListFields}, which every proposal holds, filed through the API or started in
 * Tasklist) — none left out, none that no proposal has.
 */
class AuditFormListsTests {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{#?(?:if )?([A-Za-z][A-Za-z0-9]*)}}");

    @ParameterizedTest
    @ValueSource(
            strings = {"property-fee-audit", "property-fee-pre-review-owners", "property-fee-pre-review-residents"})
    void theFormShowsEveryRowOfTheThreeLists(String form) throws IOException {
        JsonNode lists = null;
        for (JsonNode component : new ObjectMapper()
                .readTree(Path.of("forms", form + ".form").toFile())
                .path("components")) {
            if ("Text_Lists".equals(component.path("id").asText())) {
                lists = component;
            }
        }
        assertThat(lists).as("%s has a text Text_Lists", form).isNotNull();
        String text = lists.path("text").asText();
        Set<String> shown = new TreeSet<>();
        Matcher variable = TEMPLATE.matcher(text);
        while (variable.find()) {
            shown.add(variable.group(1));
        }

        Set<String> carried = new TreeSet<>(
                ProposalListFields.fields(List.of(), List.of(), List.of()).keySet());
        assertThat(shown).isEqualTo(carried);
        assertThat(text).contains("收入清单", "支出清单", "服务内容清单", "物业费收入", "管理费或利润");
    }
}
