package cn.jiedaoflow.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The office's time settings, and the rule that the JVM runs in the office's zone: the engine's timestamps carry no
 * zone, so both must agree. {@code JiedaoFlowApplication} sets the JVM's zone from {@code JIEDAO_ZONE}, which is also
 * the default of {@code jiedao.calendar.zone}; a start where they differ stops here, naming both.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OfficeTime.class)
class OfficeTimeConfiguration {

    OfficeTimeConfiguration(OfficeTime office) {
        ZoneId jvm = ZoneId.systemDefault();
        if (!jvm.getRules().equals(office.zone().getRules())) {
            throw new IllegalStateException("jiedao.calendar.zone is " + office.zone() + " but the JVM runs in " + jvm
                    + ": set JIEDAO_ZONE (or -Duser.timezone) to the office's zone");
        }
    }
}
