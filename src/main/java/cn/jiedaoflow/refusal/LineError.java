package cn.jiedaoflow.refusal;

import java.util.List;

/**
 * One refused line of an imported file (the owners' register, the veterans' roster): the file line (the
 * header is line 1), the stable code clients may rely on, and the message key and values of its text, which
 * is translated into the caller's language where the refusal is answered.
 */
public record LineError(int line, String code, String messageKey, List<Object> args) {

    public LineError {
        args = List.copyOf(args);
    }

    /** The line error of {@code problem}: its name is the code, its key the text. */
    public static LineError of(int line, LineProblem problem, Object... args) {
        return new LineError(line, problem.name(), problem.messageKey(), List.of(args));
    }

    /** Why a line of a file is refused: an enum of its import, whose names are the codes. */
    public interface LineProblem {
        String name();

        String messageKey();
    }
}
