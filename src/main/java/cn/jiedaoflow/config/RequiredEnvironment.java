package cn.jiedaoflow.config;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The production profile {@code postgres} takes every connection value and the administrator's credentials
 * from the environment. A missing one stops start-up before anything is touched, naming the variable.
 */
class RequiredEnvironment implements EnvironmentPostProcessor {

    static final List<String> POSTGRES_VARIABLES = List.of(
            "JIEDAO_DB_URL", "JIEDAO_DB_USER", "JIEDAO_DB_PASSWORD", "JIEDAO_ADMIN_USER", "JIEDAO_ADMIN_PASSWORD");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
            return;
        }
        for (String variable : POSTGRES_VARIABLES) {
            String value = environment.getProperty(variable);
            if (value == null || value.isBlank()) {
                throw new MissingEnvironmentVariableException(variable, "postgres");
            }
        }
    }
}
