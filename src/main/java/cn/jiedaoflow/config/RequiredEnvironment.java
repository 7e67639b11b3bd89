package cn.jiedaoflow.config;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The production profile {@code postgres} takes every connection value, the administrator's credentials and the SMS
 * gateway from the environment. A missing one stops start-up before anything is touched, naming the variable. The
 * SMS gateway must be chosen: {@code JIEDAO_SMS=http} with the provider's {@code JIEDAO_SMS_URL}, or, explicitly,
 * {@code JIEDAO_SMS=log}; the embedded default {@code outbox} keeps the texts (verification codes) in the database
 * and is refused.
 */
class RequiredEnvironment implements EnvironmentPostProcessor {

    static final List<String> POSTGRES_VARIABLES = List.of(
            "JIEDAO_DB_URL", "JIEDAO_DB_USER", "JIEDAO_DB_PASSWORD", "JIEDAO_ADMIN_USER", "JIEDAO_ADMIN_PASSWORD");

    static final String SMS_GATEWAY = "JIEDAO_SMS";
    static final String SMS_URL = "JIEDAO_SMS_URL";
    /** The SMS gateways profile {@code postgres} takes. */
    static final List<String> POSTGRES_SMS_GATEWAYS = List.of("http", "log");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
            return;
        }
        for (String variable : POSTGRES_VARIABLES) {
            required(environment, variable);
        }
        String gateway = required(environment, SMS_GATEWAY).strip().toLowerCase(Locale.ROOT);
        if (!POSTGRES_SMS_GATEWAYS.contains(gateway)) {
            throw new MissingEnvironmentVariableException(
                    SMS_GATEWAY, "postgres", environment.getProperty(SMS_GATEWAY), POSTGRES_SMS_GATEWAYS);
        }
        if (gateway.equals("http")) {
            required(environment, SMS_URL);
        }
    }

    private static String required(ConfigurableEnvironment environment, String variable) {
        String value = environment.getProperty(variable);
        if (value == null || value.isBlank()) {
            throw new MissingEnvironmentVariableException(variable, "postgres");
        }
        return value;
    }
}
