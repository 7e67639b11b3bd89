package cn.jiedaoflow.web;

import cn.jiedaoflow.input.TextRules;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON text {@link TextRules} refuses; Jackson adds the path of the field it was read for. */
final class RefusedText extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final transient TextRules.Problem problem;

    RefusedText(JsonParser parser, TextRules.Problem problem) {
        super(parser, "text refused: " + problem);
        this.problem = problem;
    }

    TextRules.Problem problem() {
        return problem;
    }
}
