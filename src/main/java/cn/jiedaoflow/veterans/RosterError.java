package cn.jiedaoflow.veterans;

import java.util.List;

/** One refusal in a roster file: the file line (the header is line 1), what is wrong, the message's values. */
record RosterError(int line, RosterProblem problem, List<Object> args) {

    RosterError {
        args = List.copyOf(args);
    }

    static RosterError of(int line, RosterProblem problem, Object... args) {
        return new RosterError(line, problem, List.of(args));
    }
}
