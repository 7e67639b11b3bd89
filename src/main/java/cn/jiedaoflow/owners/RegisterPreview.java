package cn.jiedaoflow.owners;

import cn.jiedaoflow.refusal.LineError;
import java.util.List;

/**
 * An owners' register file looked at before it is imported ({@link OwnersRegister#preview}).
 *
 * @param estate   the estate, with the counts of the register it has now
 * @param frozen   whether a vote has frozen its register (then nothing can be imported until the result is out)
 * @param counts   the counts of the file's register; {@code null} when the file has bad lines
 * @param problems every bad line of the file; empty when it can be imported
 */
record RegisterPreview(EstateView estate, boolean frozen, RegisterCount counts, List<LineError> problems) {

    RegisterPreview {
        problems = List.copyOf(problems);
    }

    /** Whether confirming would import the file. */
    boolean importable() {
        return !frozen && problems.isEmpty();
    }
}
