package cn.jiedaoflow.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ResourceReport;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a model that cannot be deployed into one clear line naming the file and what is wrong, instead of a
 * page of stack trace: "Model processes/x.bpmn is invalid: line 12, column 5, element Task_A: …".
 */
class BrokenModelFailureAnalyzer implements FailureAnalyzer {

    private static final Pattern RESOURCE = Pattern.compile("[\\w.\\-/]+\\.(bpmn|bpmn20\\.xml|dmn|dmn11\\.xml|form)");

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return findCause(failure, ParseException.class)
                .map(BrokenModelFailureAnalyzer::describe)
                .or(() -> modelFailure(failure))
                .map(line -> new FailureAnalysis(
                        line,
                        "Fix the model (Camunda Modeler shows the element), or run ./mvnw test"
                                + " -Dtest=ProjectModelsLintTests "
                                + "for every finding at once; then start again.",
                        failure))
                .orElse(null);
    }

    static String describe(ParseException e) {
        for (ResourceReport report : e.getResorceReports()) {
            if (!report.getErrors().isEmpty()) {
                Problem problem = report.getErrors().get(0);
                String element = problem.getMainElementId() == null ? "" : ", element " + problem.getMainElementId();
                String more = report.getErrors().size() > 1
                        ? " (and " + (report.getErrors().size() - 1) + " more)"
                        : "";
                return "Model processes/" + report.getResourceName() + " is invalid: line " + problem.getLine()
                        + ", column " + problem.getColumn() + element + ": " + problem.getMessage() + more;
            }
        }
        return "A model is invalid: " + e.getMessage();
    }

    private static Optional<String> modelFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProcessEngineException && t.getMessage() != null) {
                Matcher resource = RESOURCE.matcher(t.getMessage());
                if (resource.find()) {
                    Throwable root = t;
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    String reason = root == t ? t.getMessage() : root.getMessage();
                    return Optional.of("Model " + resource.group() + " is invalid: " + firstLine(reason));
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static <T extends Throwable> Optional<T> findCause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
