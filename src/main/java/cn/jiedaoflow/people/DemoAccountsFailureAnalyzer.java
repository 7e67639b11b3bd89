package cn.jiedaoflow.people;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to do when start-up stopped on a database that holds the demo's accounts. */
class DemoAccountsFailureAnalyzer extends AbstractFailureAnalyzer<DemoAccountsGuard.DemoAccountsPresentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoAccountsGuard.DemoAccountsPresentException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Run the demo with its profile (./mvnw spring-boot:run), or start on a database without the demo's"
                        + " accounts: for the embedded database, delete the ./data folder; on PostgreSQL, use a"
                        + " database"
                        + " the demo never ran on.",
                cause);
    }
}
