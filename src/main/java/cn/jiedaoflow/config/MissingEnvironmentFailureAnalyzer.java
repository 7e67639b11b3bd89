package cn.jiedaoflow.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class MissingEnvironmentFailureAnalyzer extends AbstractFailureAnalyzer<MissingEnvironmentVariableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingEnvironmentVariableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set " + cause.variable() + " (see README, \"Running on PostgreSQL\") and start again.",
                cause);
    }
}
