package cn.jiedaoflow.people;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's people (profile {@code demo} only, which {@code ./mvnw spring-boot:run} switches on): one staff
 * user in every group, {@code demo-<group id>} with password {@code demo} (and {@code demo-owners-committee-b},
 * {@code demo-property-company-b} for the second demo estate), and a few residents and one
 * enterprise with password {@code demo1234} (its contact mobile {@code 13800000009}). The administrator
 * {@code demo} / {@code demo} comes from application-demo.yaml through {@link StaffDirectory}. Their ID numbers
 * and the enterprise's credit code are valid (GB 11643, GB 32100). Existing users and accounts are left as they
 * are.
 */
@Component
@Order(20)
@Profile("demo")
@ConditionalOnProperty(name = "jiedao.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String STAFF_PASSWORD = "demo";
    static final String ACCOUNT_PASSWORD = "demo1234";
    /** Every staff user of the demo: the administrator {@code demo} and {@code demo-<group>}. */
    static final String STAFF_PREFIX = "demo-";

    static final String ADMINISTRATOR = "demo";
    static final String ENTERPRISE = "91310105MA1FL00017";
    /** The demo enterprise's code in demo databases made before codes were checked (its check character was wrong). */
    static final String ENTERPRISE_BEFORE_CHECKS = "91310105MA1FL0001X";

    /** The demo enterprise's contact mobile number, where its verification codes go. */
    static final String ENTERPRISE_CONTACT = "13800000009";

    static final List<String> RESIDENTS = List.of("13800000001", "13800000002", "13800000003");

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final AccountRepository accountRepository;
    private final Accounts accounts;

    DemoData(IdentityService identity, AccountRepository accountRepository, Accounts accounts) {
        this.identity = identity;
        this.accountRepository = accountRepository;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        // the second demo estate's own committee and company; owners' DemoEstates gives both their estate
        staff("demo-owners-committee-b", StaffGroup.OWNERS_COMMITTEE, "业委会（仙霞苑）");
        staff("demo-property-company-b", StaffGroup.PROPERTY_COMPANY, "物业（仙霞苑）");
        for (StaffGroup group : StaffGroup.values()) {
            String userId = STAFF_PREFIX + group.id();
            if (identity.createUserQuery().userId(userId).count() == 0) {
                User user = identity.newUser(userId);
                user.setLastName("演示");
                user.setFirstName(group.nameZh());
                user.setPassword(STAFF_PASSWORD);
                identity.saveUser(user);
                identity.createMembership(userId, group.id());
            }
        }
        resident(RESIDENTS.get(0), "王小明", "31010519900101123X");
        resident(RESIDENTS.get(1), "李华", "310105198512124565");
        resident(RESIDENTS.get(2), "张伟", "310105197707078883");
        if (!accountRepository.existsByLoginName(ENTERPRISE)) {
            accounts.createEnterprise(ENTERPRISE, "上海程家桥示范科技有限公司", "赵经理", ENTERPRISE_CONTACT, ACCOUNT_PASSWORD);
        }
        LOG.info(
                "demo people ready: staff demo-<group> / {}, residents 13800000001..3 / {}",
                STAFF_PASSWORD,
                ACCOUNT_PASSWORD);
    }

    private void resident(String mobile, String name, String idNumber) {
        if (!accountRepository.existsByLoginName(mobile)) {
            accounts.createResident(mobile, name, idNumber, ACCOUNT_PASSWORD);
        }
    }

    private void staff(String userId, StaffGroup group, String firstName) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setLastName("演示");
            user.setFirstName(firstName);
            user.setPassword(STAFF_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(userId, group.id());
        }
    }
}
