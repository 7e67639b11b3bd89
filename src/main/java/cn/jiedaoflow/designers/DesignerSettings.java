package cn.jiedaoflow.designers;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the dev profile's watcher finds the models ({@code jiedao.designers.*}, application-dev.yaml).
 *
 * @param processes   the checkout's {@code processes/}
 * @param forms       the checkout's {@code forms/}
 * @param quietPeriod how long the folders stay unchanged before a saved set is linted and deployed
 */
@ConfigurationProperties("jiedao.designers")
record DesignerSettings(
        @DefaultValue("processes") Path processes,
        @DefaultValue("forms") Path forms,
        @DefaultValue("300ms") Duration quietPeriod) {}
