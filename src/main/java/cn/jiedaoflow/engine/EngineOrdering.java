package cn.jiedaoflow.engine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EngineOrdering {

    @Bean
    static FlywayBeforeEngine flywayBeforeEngine() {
        return new FlywayBeforeEngine();
    }
}
