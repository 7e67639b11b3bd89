package cn.jiedaoflow.engine;

import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the engine is started: after Flyway, with the models under their file names. */
@Configuration
class EngineOrdering {

    @Bean
    static FlywayBeforeEngine flywayBeforeEngine() {
        return new FlywayBeforeEngine();
    }

    @Bean
    static CamundaDeploymentConfiguration modelDeploymentConfiguration() {
        return new ModelDeploymentConfiguration();
    }
}
