package cn.jiedaoflow.people;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the engine keeps and checks staff passwords: BCrypt for every new hash ({@link BCryptPasswordEncryptor}; the
 * engine keeps checking its own SHA-1 and SHA-512 hashes, whose checkers it always registers, until they are
 * upgraded at the next sign-in), and the identity provider with Jiedao Flow's sign-in limits
 * ({@link StaffIdentityProvider}) instead of the engine's lock.
 */
@Component
class StaffPasswordsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<StaffSignInLimits> limits;
    private final BCryptPasswordEncryptor encryptor;

    StaffPasswordsPlugin(
            ObjectProvider<StaffSignInLimits> limits,
            @Value("${jiedao.staff-passwords.bcrypt-strength:10}") int strength) {
        this.limits = limits;
        this.encryptor = new BCryptPasswordEncryptor(strength);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(encryptor);
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
            return new StaffIdentityProvider(limits.getObject(), encryptor, nobodysHash);
        }
    }
}
