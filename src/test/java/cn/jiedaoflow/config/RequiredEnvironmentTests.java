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

    @Test
    void thePostgresProfileDoesNotStartWithoutAnSmsGateway() {
        MockEnvironment withoutGateway = withoutSms();

        assertThatThrownBy(() -> check.postProcessEnvironment(withoutGateway, new SpringApplication()))
                .isInstanceOfSatisfying(
                        MissingEnvironmentVariableException.class,
                        missing -> assertThat(missing.variable()).isEqualTo("JIEDAO_SMS"))
                .hasMessageContaining("Missing environment variable JIEDAO_SMS");
    }

    @Test
    void theHttpGatewayNeedsItsUrl() {
        MockEnvironment environment = withoutSms();
        environment.setProperty("JIEDAO_SMS", "http");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(
                        MissingEnvironmentVariableException.class,
                        missing -> assertThat(missing.variable()).isEqualTo("JIEDAO_SMS_URL"));

        environment.setProperty("JIEDAO_SMS_URL", " ");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("JIEDAO_SMS_URL");

        environment.setProperty("JIEDAO_SMS_URL", "https://sms.example.cn/send");
        check.postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void theOutboxAndUnknownGatewaysAreRefusedNamingTheChoices() {
        for (String gateway : new String[] {"outbox", "smtp"}) {
            MockEnvironment environment = withoutSms();
            environment.setProperty("JIEDAO_SMS", gateway);

            assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                    .as(gateway)
                    .isInstanceOfSatisfying(
                            MissingEnvironmentVariableException.class,
                            refused -> assertThat(refused.variable()).isEqualTo("JIEDAO_SMS"))
                    .hasMessageContaining("JIEDAO_SMS=" + gateway + " is not allowed by profile postgres")
                    .hasMessageContaining("http, log");
        }
    }

    @Test
    void anExplicitLogGatewayStartsWithoutAUrlInAnyCase() {
        MockEnvironment environment = withoutSms();
        environment.setProperty("JIEDAO_SMS", "LOG");
        check.postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void aRefusedGatewayIsReportedAsOneLineNamingTheVariable() {
        FailureAnalysis analysis = new MissingEnvironmentFailureAnalyzer()
                .analyze(new IllegalStateException(new MissingEnvironmentVariableException(
                        "JIEDAO_SMS", "postgres", "outbox", RequiredEnvironment.POSTGRES_SMS_GATEWAYS)));
        assertThat(analysis.getDescription()).contains("JIEDAO_SMS=outbox").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("JIEDAO_SMS");
    }

    private static MockEnvironment complete() {
        MockEnvironment environment = withoutSms();
        environment.setProperty("JIEDAO_SMS", "log");
        return environment;
    }

    private static MockEnvironment withoutSms() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        RequiredEnvironment.POSTGRES_VARIABLES.forEach(v -> environment.setProperty(v, "value"));
        return environment;
    }
}
