package cn.jiedaoflow.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * For request fields that take "any JSON value" and check numbers themselves ({@code Object} fields, the values of
 * {@code Map<String, Object>}): a number with a fraction or an exponent is read as the exact {@code BigDecimal}
 * written, so that {@code 1e400} stays too large and {@code 1e-400} too precise instead of becoming infinity or
 * zero as a {@code double}. Whole numbers, text, booleans, objects and lists are read as usual. Annotate with
 * {@code @JsonDeserialize(using = ExactNumbers.class)} or {@code contentUsing} for maps.
 */
public final class ExactNumbers extends JsonDeserializer<Object> {

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        return context.readValue(parser, Object.class);
    }
}
