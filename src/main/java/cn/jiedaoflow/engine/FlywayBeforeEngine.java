package cn.jiedaoflow.engine;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Makes the engine wait for Flyway. Camunda creates its own ACT_* tables; without this order Flyway could
 * meet a schema that is not empty and that it did not make. The domain tables come only from migrations.
 */
class FlywayBeforeEngine implements BeanFactoryPostProcessor {

    static final String FLYWAY_BEAN = "flywayInitializer";
    static final String ENGINE_BEAN = "processEngineFactoryBean";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(ENGINE_BEAN) || !beanFactory.containsBeanDefinition(FLYWAY_BEAN)) {
            return;
        }
        BeanDefinition engine = beanFactory.getBeanDefinition(ENGINE_BEAN);
        String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
        if (Arrays.asList(dependsOn).contains(FLYWAY_BEAN)) {
            return;
        }
        engine.setDependsOn(
                Stream.concat(Arrays.stream(dependsOn), Stream.of(FLYWAY_BEAN)).toArray(String[]::new));
    }
}
