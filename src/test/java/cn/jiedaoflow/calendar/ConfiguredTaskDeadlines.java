package cn.jiedaoflow.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The {@code taskDeadlines} bean of process tests, with the defaults of {@code application.yaml} (the one place they
 * are written) on the calendar the test gives.
 */
public final class ConfiguredTaskDeadlines {

    private ConfiguredTaskDeadlines() {}

    public static TaskDeadlines on(WorkingCalendar calendar) {
        return new TaskDeadlines(calendar, settings());
    }

    static TaskDeadlineSettings settings() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader()
                    .load("application.yaml", new ClassPathResource("application.yaml"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("jiedao.task-deadlines", TaskDeadlineSettings.class);
    }
}
