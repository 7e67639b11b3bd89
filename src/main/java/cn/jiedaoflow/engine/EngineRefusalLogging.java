package cn.jiedaoflow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs a failed command at ERROR with its stack trace, except a few exceptions that are the caller's
 * doing, {@code BadUserRequestException} among them, which it logs at DEBUG. A refusal raised in a task listener
 * reaches it wrapped (the engine wraps whatever a task listener throws), so it would be logged as a server fault:
 * this plugin's command contexts recognise an {@link EngineRefusal} (and the engine's own refusals of input, see
 * {@link EngineRefusal#in}) anywhere in the causes and log it as the engine logs its own client errors.
 * Real faults are logged as before.
 */
@Component
class EngineRefusalLogging extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCommandContextFactory() == null) {
            CommandContextFactory factory = new RefusalAwareCommandContexts();
            factory.setProcessEngineConfiguration(configuration);
            configuration.setCommandContextFactory(factory);
        }
    }

    /** Makes the command contexts below. */
    static final class RefusalAwareCommandContexts extends CommandContextFactory {

        @Override
        public CommandContext createCommandContext() {
            return new RefusalAwareCommandContext(processEngineConfiguration);
        }
    }

    /** A command context that logs a wrapped refusal at DEBUG, as the engine logs a bare one. */
    static final class RefusalAwareCommandContext extends CommandContext {

        RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return super.shouldLogFine(exception) || EngineRefusal.in(exception) != null;
        }
    }
}
