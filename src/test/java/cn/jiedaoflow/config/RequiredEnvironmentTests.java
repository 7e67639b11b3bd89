package cn.jiedaoflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class RequiredEnvironmentTests {

    final RequiredEnvironment check = new RequiredEnvironment();

    @Test
    void thePostgresProfileStopsStartUpNamingTheFirstMissingVariable() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        environment.setProperty("JIEDAO_DB_URL", "jdbc:postgresql://localhost/jiedao");
        environment.setProperty("JIEDAO_DB_USER", "jiedao");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(MissingEnvironmentVariableException.class)
                .hasMessageContaining("JIEDAO_DB_PASSWORD");
    }

    @Test
    void aBlankValueCountsAsMissing() {
        MockEnvironment environment = complete();
        environment.setProperty("JIEDAO_ADMIN_PASSWORD", " ");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("JIEDAO_ADMIN_PASSWORD");
    }

    @Test
    void aCompleteEnvironmentStarts() {
        check.postProcessEnvironment(complete(), new SpringApplication());
    }

    @Test
    void otherProfilesNeedNoVariables() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("demo");
        check.postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void theFailureIsReportedAsOneLineWithTheFix() {
        MissingEnvironmentVariableException missing =
                new MissingEnvironmentVariableException("JIEDAO_DB_URL", "postgres");
        FailureAnalysis analysis = new MissingEnvironmentFailureAnalyzer().analyze(new IllegalStateException(missing));
        assertThat(analysis.getDescription()).contains("JIEDAO_DB_URL").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("JIEDAO_DB_URL");
    }

    private static MockEnvironment complete() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        RequiredEnvironment.POSTGRES_VARIABLES.forEach(v -> environment.setProperty(v, "value"));
        return environment;
    }
}
