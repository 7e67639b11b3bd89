package cn.jiedaoflow.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * The conditions of a Camunda Form's fields ({@code "conditional": {"hide": "=…"}}), evaluated on the server as the
 * form-js viewer evaluates them in the browser: the expression after the {@code =} is FEEL, evaluated with the form's
 * data as its context, and the field is hidden only when the result is {@code true}. A condition that is not a FEEL
 * expression, fails, or gives anything but {@code true} leaves the field shown — as in the browser, so that what a
 * resident saw is what the server checks. A hidden field is neither required nor kept.
 */
final class FormConditions {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.create().build();

    private FormConditions() {}

    /** Whether {@code hide} (a field's {@code conditional.hide}, or {@code null}) hides the field for {@code data}. */
    static boolean hides(String hide, Map<String, Object> data) {
        if (hide == null || !hide.startsWith("=")) {
            return false;
        }
        EvaluationResult result = FEEL.evaluateExpression(hide.substring(1), context(data));
        return result.isSuccess() && Boolean.TRUE.equals(result.result());
    }

    /** The data as FEEL reads it: numbers as decimals, so that {@code 3} and {@code 3.0} compare equal. */
    private static Map<String, Object> context(Map<String, Object> data) {
        Map<String, Object> context = new HashMap<>();
        data.forEach((key, value) -> {
            if (key != null) {
                context.put(key, value instanceof Number number ? new BigDecimal(number.toString()) : value);
            }
        });
        return context;
    }
}
