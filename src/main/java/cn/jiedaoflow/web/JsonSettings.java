package cn.jiedaoflow.web;

import cn.jiedaoflow.input.TextRules;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;

/**
 * How the API reads JSON, strictly: a key given twice, anything after the value, a {@code null} inside a list, a
 * fraction where a whole number is expected, nesting deeper than {@value #MAX_DEPTH} levels and every text
 * {@link TextRules} refuses are bad input (400), never guessed at. Applies to Spring's {@code ObjectMapper}: the
 * request bodies of {@code /api}, the JSON parts of uploads; the engine's REST API has its own.
 */
@Component
class JsonSettings implements Jackson2ObjectMapperBuilderCustomizer {

    /** No request of the API nests deeper than a few levels; the default of Jackson is 500. */
    static final int MAX_DEPTH = 32;
    /** The longest number literal read (digits, sign, point and exponent). */
    static final int MAX_NUMBER_LENGTH = 100;

    @Override
    public void customize(Jackson2ObjectMapperBuilder builder) {
        builder.featuresToEnable(
                JsonParser.Feature.STRICT_DUPLICATE_DETECTION, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        builder.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        builder.postConfigurer(mapper -> {
            mapper.registerModule(CheckedStrings.module());
            JsonSetter.Value noNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
            for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
                mapper.configOverride(type).setSetterInfo(noNullElements);
            }
            mapper.getFactory()
                    .setStreamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build());
        });
    }
}
