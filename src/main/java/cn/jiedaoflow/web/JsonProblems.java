package cn.jiedaoflow.web;

import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import java.util.Optional;

/**
 * What was wrong with a JSON body or part, as the caller should read it: which field, and why (a refused text, a
 * {@code null} in a list, a value of the wrong type or beyond the range of its type, nesting too deep). Never the
 * parser's own message, which quotes Java types and the input.
 */
public final class JsonProblems {

    private JsonProblems() {}

    /** The problem {@code failure} (or one of its causes) names, or empty when it names no field and no limit. */
    public static Optional<Refusal> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RefusedText refused) {
                String field = field(refused);
                return Optional.of(Refusal.badInput(refused.problem().messageKey(), field.isEmpty() ? "body" : field));
            }
            if (t instanceof StreamConstraintsException) {
                return Optional.of(Refusal.badInput("problem.body.limits", String.valueOf(JsonSettings.MAX_DEPTH)));
            }
            if (t instanceof InvalidNullException nul && !field(nul).isEmpty()) {
                return Optional.of(Refusal.badInput("problem.body.nullElement", field(nul)));
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException) {
                return Optional.empty(); // no JSON at all there: a syntax error, a key twice, bytes that are no UTF-8
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonMappingException mapping && !field(mapping).isEmpty()) {
                return Optional.of(Refusal.badInput("problem.body.field", field(mapping)));
            }
        }
        return Optional.empty();
    }

    /** {@code applicant.name}, {@code incomeItems[1].amount}: the path Jackson was reading. */
    static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
