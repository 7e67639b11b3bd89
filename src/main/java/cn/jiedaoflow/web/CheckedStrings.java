package cn.jiedaoflow.web;

import cn.jiedaoflow.input.TextRules;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Jackson reads every text of a JSON body through {@link TextRules}: the values of text fields, of lists of text,
 * of untyped values ({@code Map<String, Object>}) and the keys of maps. A refused text stops the reading with
 * {@link RefusedText}, which names the field.
 */
final class CheckedStrings {

    private CheckedStrings() {}

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("jiedao-checked-strings");
        module.addDeserializer(String.class, new Values());
        module.addKeyDeserializer(String.class, new Keys());
        return module;
    }

    /**
     * Text values: read as Jackson reads them (a number or boolean given for text is taken as its text), then
     * checked.
     */
    static final class Values extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        Values() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            refuseIfBad(parser, text);
            return text;
        }
    }

    /** The keys of maps. */
    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            refuseIfBad(context.getParser(), key);
            return key;
        }
    }

    private static void refuseIfBad(JsonParser parser, String text) throws RefusedText {
        var problem = TextRules.problemWith(text);
        if (problem.isPresent()) {
            throw new RefusedText(parser, problem.get());
        }
    }
}
