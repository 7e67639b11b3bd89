package cn.jiedaoflow.modellint;

import java.util.Objects;

/**
 * One problem the model lint found in a BPMN, DMN or form file.
 *
 * @param file      the file, relative to the folder above {@code processes/} or {@code forms/}
 *                  ({@code processes/labor-dispute-mediation.bpmn})
 * @param elementId the id of the element at fault; {@code null} when the problem concerns the whole file
 * @param problem   what is wrong, in a designer's words
 * @param fix       what to change so that the finding goes away
 */
public record Finding(String file, String elementId, String problem, String fix) {

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** {@code processes/x.bpmn [Task_Review]: user task has no candidate group — fix: set …}. */
    @Override
    public String toString() {
        String element = elementId == null ? "" : " [" + elementId + "]";
        return file + element + ": " + problem + " — fix: " + fix;
    }
}
