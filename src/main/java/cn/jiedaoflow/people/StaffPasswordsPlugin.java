package cn.jiedaoflow.people;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How the engine checks staff passwords: the identity provider with Jiedao Flow's sign-in limits
 * ({@link StaffIdentityProvider}) instead of the engine's lock.
 */
@Component
class StaffPasswordsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<StaffSignInLimits> limits;

    StaffPasswordsPlugin(ObjectProvider<StaffSignInLimits> limits) {
        this.limits = limits;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new StaffIdentityProviderFactory());
    }

    /** Opens one provider per engine command, as the engine's own factory does, with the application's limits. */
    private final class StaffIdentityProviderFactory implements SessionFactory {

        private volatile String nobodysHash;

        @Override
        public Class<?> getSessionType() {
            return StaffIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            if (nobodysHash == null) {
                nobodysHash = StaffIdentityProvider.nobodysHash();
            }
            return new StaffIdentityProvider(limits.getObject(), nobodysHash);
        }
    }
}
