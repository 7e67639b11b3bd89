package cn.jiedaoflow.warmup;

/**
 * A piece of real work a node does before it takes traffic, so that its first residents do not meet code that has
 * never run (classes to load, the engine's deployment cache, Hibernate's query plans, the forms to parse, the JIT).
 * {@link WarmUp} runs it in a transaction it always rolls back: a step may do exactly what a request does, since
 * nothing it writes stays. A step must therefore have no effect outside the database (no text sent, no file written).
 */
public interface WarmUpStep {

    /** What the step does, for the log and the health detail, e.g. {@code one-stop submission}. */
    String name();

    /** Does the work once; a domain refusal or any other exception ends this round of the step, never the start. */
    void run();
}
