package cn.jiedaoflow.engine;

import jakarta.ws.rs.ApplicationPath;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's two REST applications with {@link EngineRestErrors} instead of Camunda's error mappers:
 * {@code /engine-rest} (the starter uses our resource configuration when there is one) and the webapps'
 * {@code /camunda/api/engine/…} (the webapps' initializer registers its servlet "Engine Api" only when none of that
 * name exists yet, so ours, registered first, serves those paths).
 */
@Configuration
class EngineRestApplications {

    /** The name under which Camunda's webapp initializer registers the servlet of the webapps' engine API. */
    static final String WEBAPP_ENGINE_API_SERVLET = "Engine Api";

    @Bean
    CamundaJerseyResourceConfig engineRestResourceConfig() {
        return new EngineRestResourceConfig();
    }

    @Bean
    ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda) {
        ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
                new ServletContainer(), camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        registration.setName(WEBAPP_ENGINE_API_SERVLET);
        registration.setInitParameters(
                Map.of(ServletProperties.JAXRS_APPLICATION_CLASS, WebappEngineRestApplication.class.getName()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static Set<Class<?>> withOurErrors(Set<Class<?>> classes) {
        Set<Class<?>> ours = new HashSet<>(classes);
        ours.removeAll(EngineRestErrors.REPLACED);
        ours.add(EngineRestErrors.class);
        ours.add(EngineRestErrors.OfEngineException.class);
        ours.add(EngineRestErrors.OfRestException.class);
        return ours;
    }

    @ApplicationPath("/engine-rest")
    static class EngineRestResourceConfig extends CamundaJerseyResourceConfig {

        @Override
        protected void registerCamundaRestResources() {
            registerClasses(CamundaRestResources.getResourceClasses());
            registerClasses(withOurErrors(CamundaRestResources.getConfigurationClasses()));
            // Jersey's Jackson mappers would answer a bad body in plain text, quoting the parser
            register(JacksonFeature.withoutExceptionMappers());
        }
    }

    /** The webapps' engine API, as Camunda's, with our error answers. */
    public static class WebappEngineRestApplication extends EngineRestApplication {

        @Override
        public Set<Class<?>> getClasses() {
            return withOurErrors(super.getClasses());
        }

        @Override
        public Set<Object> getSingletons() {
            // registered here, Jersey does not add its own Jackson feature with the mappers that quote the parser
            return Set.of(JacksonFeature.withoutExceptionMappers());
        }
    }
}
