package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jiedaoflow.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A database the demo ran on never carries the demo's accounts into a run without the demo profile: the tests run
 * without it, so the guard of this very context refuses once such an account appears.
 */
@IntegrationTest
class DemoAccountsGuardIntegrationTests {

    @Autowired
    DemoAccountsGuard guard;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Test
    void aDatabaseWithoutTheDemosAccountsStarts() {
        assertThat(guard.demoAccounts()).isEmpty();
        guard.afterSingletonsInstantiated();
    }

    @Test
    void theDemosStaffUsersOrResidentsStopTheStartWithWhatToDo() {
        User demoClerk = identity.newUser("demo-mediation");
        demoClerk.setPassword(cn.jiedaoflow.TestPeople.STAFF_PASSWORD);
        identity.saveUser(demoClerk);
        Account demoResident = accounts.createResident(
                DemoData.RESIDENTS.get(1), "李华", "31010519900101123X", DemoData.ACCOUNT_PASSWORD);
        try {
            DemoAccountsGuard.DemoAccountsPresentException refusal = catchThrowableOfType(
                    DemoAccountsGuard.DemoAccountsPresentException.class, guard::afterSingletonsInstantiated);

            assertThat(refusal.accounts()).containsExactly("demo-mediation", DemoData.RESIDENTS.get(1));
            FailureAnalysis analysis = new DemoAccountsFailureAnalyzer()
                    .analyze(new IllegalStateException("context refresh failed", refusal));
            assertThat(analysis.getDescription()).contains("demo-mediation").contains("demo profile");
            assertThat(analysis.getAction()).contains("./mvnw spring-boot:run").contains("delete the ./data folder");
        } finally {
            identity.deleteUser(demoClerk.getId());
            accountRepository.delete(demoResident);
        }
        assertThat(guard.demoAccounts()).isEmpty();
    }
}
