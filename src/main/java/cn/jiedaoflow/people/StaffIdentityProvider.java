package cn.jiedaoflow.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;

/**
 * The engine's identity provider with the password check of Jiedao Flow, for every door that checks a staff
 * password — {@code /api}, {@code /engine-rest}'s HTTP Basic, the webapps' login, a change of one's own password:
 * <ul>
 * <li>a try inside a wait of {@link StaffSignInLimits} is refused without looking at the password, and failures
 * count there; the engine's own lock ({@code loginMaxAttempts}, which let anyone lock any staff account, the
 * administrator's too, by failing its password) is never set;</li>
 * <li>an unknown user id pays for one password check like a known one;</li>
 * <li>after a successful check, a hash of another algorithm (the engine's SHA-512) or another BCrypt strength is
 * replaced by a BCrypt hash of the same password ({@link BCryptPasswordEncryptor}); a failed check changes
 * nothing.</li>
 * </ul>
 * An administrator's unlock (Admin, {@code POST …/user/{id}/unlock}) ends the user's wait and any lock the engine
 * set before this provider was used.
 */
class StaffIdentityProvider extends DbIdentityServiceProvider {

    private final StaffSignInLimits limits;
    private final BCryptPasswordEncryptor encryptor;
    private final String nobodysHash;

    StaffIdentityProvider(StaffSignInLimits limits, BCryptPasswordEncryptor encryptor, String nobodysHash) {
        this.limits = limits;
        this.encryptor = encryptor;
        this.nobodysHash = nobodysHash;
    }

    /** A hash of no one's password, made as the engine makes every user's, for unknown user ids. */
    static String nobodysHash() {
        return Context.getProcessEngineConfiguration()
                .getPasswordManager()
                .encrypt(UUID.randomUUID().toString());
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null || userId.isEmpty() || password.isEmpty()) {
            return false;
        }
        String address = SignInAddress.current();
        if (limits.waitFor(userId, address).isPresent()) {
            return false;
        }
        UserEntity user = findUserById(userId);
        boolean matches = user == null ? nobodyMatches(password) : matchPassword(password, user);
        if (!matches) {
            limits.failed(userId, address);
            return false;
        }
        limits.succeeded(userId);
        if (encryptor.needsUpgrade(user.getPassword())) {
            upgrade(user, password);
        }
        return true;
    }

    private boolean nobodyMatches(String password) {
        Context.getProcessEngineConfiguration().getPasswordManager().check(password, nobodysHash);
        return false;
    }

    /** Re-hashes the password the user just signed in with, unless someone changed it since it was read. */
    private void upgrade(UserEntity user, String password) {
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        String salt = configuration.getSaltGenerator().generateSalt();
        String hash = configuration.getPasswordManager().encrypt(EncryptionUtil.saltPassword(password, salt));
        String table = configuration.getDatabaseTablePrefix() + "ACT_ID_USER";
        Connection connection =
                Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set PWD_ = ?, SALT_ = ?, REV_ = REV_ + 1 where ID_ = ? and PWD_ = ?")) {
            update.setString(1, hash);
            update.setString(2, salt);
            update.setString(3, user.getId());
            update.setString(4, user.getPassword());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessEngineException("could not store the upgraded password hash of a staff user", e);
        }
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        IdentityOperationResult engineMarks = super.unlockUser(userId);
        boolean hadWait = limits.forget(userId);
        if (hadWait
                && engineMarks.getValue() != null
                && IdentityOperationResult.OPERATION_NONE.equals(engineMarks.getOperation())) {
            return new IdentityOperationResult(engineMarks.getValue(), IdentityOperationResult.OPERATION_UNLOCK);
        }
        return engineMarks;
    }
}
