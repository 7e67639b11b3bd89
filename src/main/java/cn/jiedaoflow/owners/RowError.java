package cn.jiedaoflow.owners;

import java.util.List;

/**
 * One refusal in a register file.
 *
 * @param line    the file line (the header is line 1)
 * @param problem what is wrong
 * @param args    the values the message shows (field name, value, the other line …)
 */
record RowError(int line, RowProblem problem, List<Object> args) {

    RowError {
        args = List.copyOf(args);
    }

    static RowError of(int line, RowProblem problem, Object... args) {
        return new RowError(line, problem, List.of(args));
    }
}
