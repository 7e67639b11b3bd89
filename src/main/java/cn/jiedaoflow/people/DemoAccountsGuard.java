package cn.jiedaoflow.people;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * A database the demo ran on ({@code ./data} after {@code ./mvnw spring-boot:run}) holds the demo's accounts with
 * their published passwords: the administrator {@code demo} / {@code demo}, {@code demo-<group>} in every staff group
 * and the demo residents and enterprise. Outside the demo profile such a database is refused before the server takes
 * its first request, with a line that names what was found and what to do; nothing is deleted behind the operator's
 * back.
 */
@Component
class DemoAccountsGuard implements SmartInitializingSingleton {

    private final Environment environment;
    private final IdentityService identity;
    private final AccountRepository accounts;

    DemoAccountsGuard(Environment environment, IdentityService identity, AccountRepository accounts) {
        this.environment = environment;
        this.identity = identity;
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            return;
        }
        List<String> found = demoAccounts();
        if (!found.isEmpty()) {
            throw new DemoAccountsPresentException(found);
        }
    }

    /** The demo's accounts in this database: staff user ids and resident or enterprise login names. */
    List<String> demoAccounts() {
        List<String> found = new ArrayList<>();
        if (identity.createUserQuery().userId(DemoData.ADMINISTRATOR).count() > 0) {
            found.add(DemoData.ADMINISTRATOR);
        }
        identity.createUserQuery().list().stream()
                .map(User::getId)
                .filter(id -> id.startsWith(DemoData.STAFF_PREFIX))
                .sorted()
                .forEach(found::add);
        List<String> logins = new ArrayList<>(DemoData.RESIDENTS);
        logins.add(DemoData.ENTERPRISE);
        logins.add(DemoData.ENTERPRISE_BEFORE_CHECKS);
        logins.stream().filter(accounts::existsByLoginName).forEach(found::add);
        return found;
    }

    /** Start-up refused: the demo's accounts are in a database started without the demo profile. */
    static class DemoAccountsPresentException extends IllegalStateException {

        private final List<String> accounts;

        DemoAccountsPresentException(List<String> accounts) {
            super("This database holds the demo's accounts and their published passwords (" + summary(accounts)
                    + "); they must not reach a run without the demo profile, so start-up stops here.");
            this.accounts = List.copyOf(accounts);
        }

        List<String> accounts() {
            return accounts;
        }

        private static String summary(List<String> accounts) {
            return accounts.size() <= 6
                    ? String.join(", ", accounts)
                    : String.join(", ", accounts.subList(0, 6)) + " and " + (accounts.size() - 6) + " more";
        }
    }
}
