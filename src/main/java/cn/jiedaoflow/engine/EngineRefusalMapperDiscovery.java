package cn.jiedaoflow.engine;

import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link EngineRefusalMapper}'s mappers in each Jersey application as it starts: the webapps' REST
 * applications are plain JAX-RS applications with a fixed set of classes, which Spring cannot extend, but Jersey
 * applies its forced auto-discoverables ({@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable})
 * to every one of them, {@code /engine-rest} included.
 */
public class EngineRefusalMapperDiscovery implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        for (Class<?> mapper : new Class<?>[] {EngineRefusalMapper.OfRestException.class,
                EngineRefusalMapper.OfEngineException.class}) {
            if (!context.getConfiguration().isRegistered(mapper)) {
                context.register(mapper);
            }
        }
    }
}
