package cn.jiedaoflow.veterans;

import cn.jiedaoflow.input.TextRules;
import cn.jiedaoflow.refusal.LineError;

/**
 * Why a line of a roster file is refused. The name is the stable code clients may rely on; the text comes
 * from {@code veterans.roster.row.<CODE>} in the caller's language.
 */
enum RosterProblem implements LineError.LineProblem {
    FILE_EMPTY,
    FILE_NOT_UTF8,
    HEADER_WRONG,
    QUOTE_UNCLOSED,
    FIELD_COUNT,
    FIELD_MISSING,
    FIELD_TOO_LONG,
    ID_NUMBER_INVALID,
    MOBILE_INVALID,
    FLAG_UNKNOWN,
    SERVICE_NUMBER_DUPLICATE,
    SERVICE_NUMBER_ON_ROSTER,
    ID_NUMBER_DUPLICATE,
    ID_NUMBER_ON_ROSTER,
    TEXT_CONTROL_CHARACTER,
    TEXT_LONE_SURROGATE,
    TEXT_DIRECTION_OVERRIDE,
    TEXT_INVISIBLE_ONLY;

    @Override
    public String messageKey() {
        return "veterans.roster.row." + name();
    }

    /** The line problem of a cell {@link TextRules} refuses. */
    static RosterProblem of(TextRules.Problem problem) {
        return valueOf("TEXT_" + problem.name());
    }
}
