package cn.jiedaoflow;

import cn.jiedaoflow.config.OfficeTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JiedaoFlowApplication {

    /**
     * The zone the JVM runs in: the engine's timestamps carry none. {@code JIEDAO_ZONE}, the office's zone
     * ({@link OfficeTime}), which must be the same.
     */
    static final String ZONE_VARIABLE = "JIEDAO_ZONE";

    public static void main(String[] args) {
        String zone = System.getenv().getOrDefault(ZONE_VARIABLE, OfficeTime.DEFAULT_ZONE.getId());
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
        SpringApplication.run(JiedaoFlowApplication.class, args);
    }
}
