package cn.jiedaoflow.labordispute;

/** The result of one mediation session; the values of the {@code sessionOutcome} radio of the session form. */
enum SessionOutcome {
    AGREEMENT,
    ANOTHER_SESSION,
    FAILED
}
