package cn.jiedaoflow.people;

import java.util.UUID;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's identity provider with the password check of Jiedao Flow, for every door that checks a staff
 * password — {@code /api}, {@code /engine-rest}'s HTTP Basic, the webapps' login, a change of one's own password:
 * <ul>
 * <li>a try inside a wait of {@link StaffSignInLimits} is refused without looking at the password, and failures
 * count there; the engine's own lock ({@code loginMaxAttempts}, which let anyone lock any staff account, the
 * administrator's too, by failing its password) is never set;</li>
 * <li>an unknown user id pays for one password check like a known one.</li>
 * </ul>
 * An administrator's unlock (Admin, {@code POST …/user/{id}/unlock}) ends the user's wait and any lock the engine
 * set before this provider was used.
 */
class StaffIdentityProvider extends DbIdentityServiceProvider {

    private final StaffSignInLimits limits;
    private final String nobodysHash;

    StaffIdentityProvider(StaffSignInLimits limits, String nobodysHash) {
        this.limits = limits;
        this.nobodysHash = nobodysHash;
    }

    /** A hash of no one's password, made as the engine makes every user's, for unknown user ids. */
    static String nobodysHash() {
        return Context.getProcessEngineConfiguration().getPasswordManager().encrypt(UUID.randomUUID().toString());
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
        return true;
    }

    private boolean nobodyMatches(String password) {
        Context.getProcessEngineConfiguration().getPasswordManager().check(password, nobodysHash);
        return false;
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        IdentityOperationResult engineMarks = super.unlockUser(userId);
        boolean hadWait = limits.forget(userId);
        if (hadWait && engineMarks.getValue() != null
                && IdentityOperationResult.OPERATION_NONE.equals(engineMarks.getOperation())) {
            return new IdentityOperationResult(engineMarks.getValue(), IdentityOperationResult.OPERATION_UNLOCK);
        }
        return engineMarks;
    }
}
