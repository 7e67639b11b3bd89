package cn.jiedaoflow.owners;

import cn.jiedaoflow.input.TextRules;
import cn.jiedaoflow.refusal.LineError;

/**
 * Why a line of a register file is refused. The name is the stable code that clients may rely on; the
 * text comes from {@code owners.register.row.<CODE>} in the caller's language.
 */
enum RowProblem implements LineError.LineProblem {
    FILE_EMPTY,
    FILE_NOT_UTF8,
    HEADER_WRONG,
    QUOTE_UNCLOSED,
    FIELD_COUNT,
    FIELD_MISSING,
    FIELD_TOO_LONG,
    AREA_NOT_NUMBER,
    AREA_NOT_POSITIVE,
    AREA_TOO_MANY_DECIMALS,
    AREA_TOO_LARGE,
    FLAG_UNKNOWN,
    UNIT_DUPLICATE,
    OWNER_ON_UNSOLD_UNIT,
    OWNER_NAME_DIFFERS,
    TEXT_CONTROL_CHARACTER,
    TEXT_LONE_SURROGATE,
    TEXT_DIRECTION_OVERRIDE,
    TEXT_INVISIBLE_ONLY;

    @Override
    public String messageKey() {
        return "owners.register.row." + name();
    }

    /** The line problem of a cell {@link TextRules} refuses. */
    static RowProblem of(TextRules.Problem problem) {
        return valueOf("TEXT_" + problem.name());
    }
}
