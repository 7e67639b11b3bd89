package cn.jiedaoflow;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * Runs a step whose failure a test provokes and asserts, with the loggers that would print that expected failure
 * as an error (and its stack trace) switched off for the step alone, so that a passing build's log stays quiet and
 * an unexpected failure elsewhere still shows.
 */
public final class QuietLogs {

    /** The engine's log of a command that failed. */
    public static final String ENGINE_COMMANDS = "org.camunda.bpm.engine.context";

    private QuietLogs() {}

    /** The step's result, with the given loggers switched off while it runs. */
    public static <T> T during(Supplier<T> step, String... loggers) {
        Map<Logger, Level> before = new LinkedHashMap<>();
        for (String name : loggers) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            before.put(logger, logger.getLevel());
            logger.setLevel(Level.OFF);
        }
        try {
            return step.get();
        } finally {
            before.forEach(Logger::setLevel);
        }
    }

    /** The step's result, with the engine's log of failed commands switched off. */
    public static <T> T engineFailure(Supplier<T> step) {
        return during(step, ENGINE_COMMANDS);
    }
}
