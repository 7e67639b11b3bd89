package cn.jiedaoflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forms' conditions on the server, as the form-js viewer applies them in the browser. */
class FormConditionsTests {

    @Test
    void aFieldIsHiddenOnlyWhenItsConditionIsTrue() {
        String hide = "=decision != \"SUPPLEMENT\"";

        assertThat(FormConditions.hides(hide, Map.of("decision", "ACCEPT"))).isTrue();
        assertThat(FormConditions.hides(hide, Map.of("decision", "SUPPLEMENT"))).isFalse();
    }

    @Test
    void aMissingValueIsFeelsNull() {
        assertThat(FormConditions.hides("=decision = \"ACCEPT\"", Map.of())).isFalse();
        assertThat(FormConditions.hides("=decision != \"ACCEPT\"", Map.of())).isTrue();
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("accepted", null);
        assertThat(FormConditions.hides("=accepted", nullValue)).isFalse();
    }

    @Test
    void numbersCompareByValueWhateverTheirJavaType() {
        String hide = "=householdSize < 3";

        assertThat(FormConditions.hides(hide, Map.of("householdSize", 2))).isTrue();
        assertThat(FormConditions.hides(hide, Map.of("householdSize", 2.0))).isTrue();
        assertThat(FormConditions.hides(hide, Map.of("householdSize", new BigDecimal("3"))))
                .isFalse();
        assertThat(FormConditions.hides(hide, Map.of("householdSize", 3L))).isFalse();
    }

    @Test
    void whatIsNoFeelExpressionOrFailsOrIsNotTrueLeavesTheFieldShown() {
        assertThat(FormConditions.hides(null, Map.of())).isFalse();
        assertThat(FormConditions.hides("true", Map.of())).as("no leading =").isFalse();
        assertThat(FormConditions.hides("=", Map.of())).isFalse();
        assertThat(FormConditions.hides("=(((", Map.of())).as("not FEEL").isFalse();
        assertThat(FormConditions.hides("=\"yes\"", Map.of())).as("a string").isFalse();
        assertThat(FormConditions.hides("=1 / \"x\"", Map.of())).as("fails").isFalse();
        assertThat(FormConditions.hides("=true", Map.of())).isTrue();
    }

    @Test
    void aFormsHiddenFieldsAreNotShown() throws Exception {
        MatterForms forms = new MatterForms(new ObjectMapper());
        List<FormField> fields = forms.fields("one-stop-pre-check").orElseThrow();

        List<String> supplement = keys(FormField.shown(fields, Map.of("preCheckDecision", "SUPPLEMENT")));
        List<String> notAccepted = keys(FormField.shown(fields, Map.of("preCheckDecision", "NOT_ACCEPTED")));

        assertThat(fields).anySatisfy(field -> assertThat(field.hide()).isNotNull());
        assertThat(supplement).isNotEqualTo(notAccepted);
        assertThat(keys(fields)).containsAll(supplement).containsAll(notAccepted);
    }

    @Test
    void aGroupsConditionHidesItsFieldsAndEitherConditionHidesAField() throws Exception {
        String form = """
                {"components": [
                  {"type": "radio", "key": "kind", "values": [{"value": "A"}, {"value": "B"}]},
                  {"type": "group", "conditional": {"hide": "=kind = \\"A\\""}, "components": [
                    {"type": "textfield", "key": "plain"},
                    {"type": "textfield", "key": "own", "conditional": {"hide": "=kind = \\"B\\""}}
                  ]}
                ]}""";
        List<FormField> fields = MatterForms.read(new ObjectMapper().readTree(form));

        assertThat(keys(FormField.shown(fields, Map.of("kind", "A")))).containsExactly("kind");
        assertThat(keys(FormField.shown(fields, Map.of("kind", "B")))).containsExactly("kind", "plain");
        assertThat(keys(FormField.shown(fields, Map.of()))).containsExactly("kind", "plain", "own");
    }

    private static List<String> keys(List<FormField> fields) {
        return fields.stream().map(FormField::key).toList();
    }
}
