package cn.jiedaoflow;

import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Staff users and resident accounts for integration tests, created once and reused. */
public final class TestPeople {

    public static final String ADMIN = "it-admin";
    public static final String ADMIN_PASSWORD = "Secr3t-Jiedao!Flow";
    public static final String STAFF_PASSWORD = "Staff-Passw0rd!";
    public static final String RESIDENT_PASSWORD = "resident-pass-1";

    private TestPeople() {}

    /** A staff user {@code it-<group>} in that group. */
    public static String staff(IdentityService identity, String groupId) {
        return staffIn(identity, "it-" + groupId, groupId);
    }

    /** A staff user of that id in that group, made if it does not exist yet. */
    public static String staffIn(IdentityService identity, String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(groupId);
            user.setLastName("测试");
            user.setPassword(STAFF_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(userId, groupId);
        }
        return userId;
    }

    /** A resident account signing in with that mobile number. */
    public static String resident(Accounts accounts, AccountRepository repository, String mobile, String name) {
        if (!repository.existsByLoginName(mobile)) {
            accounts.createResident(mobile, name, "31010519900101123X", RESIDENT_PASSWORD);
        }
        return mobile;
    }

    public static TestRestTemplate as(TestRestTemplate rest, String user, String password) {
        return rest.withBasicAuth(user, password);
    }
}
