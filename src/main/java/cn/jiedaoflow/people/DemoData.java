package cn.jiedaoflow.people;

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
 * user in every group, {@code demo-<group id>} with password {@code demo}, and a few residents and one
 * enterprise with password {@code demo1234}. The administrator {@code demo} / {@code demo} comes from
 * application-demo.yaml through {@link StaffDirectory}. Their ID numbers and the enterprise's credit code are
 * valid (GB 11643, GB 32100). Existing users and accounts are left as they are.
 */
@Component
@Order(20)
@Profile("demo")
@ConditionalOnProperty(name = "jiedao.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String STAFF_PASSWORD = "demo";
    static final String ACCOUNT_PASSWORD = "demo1234";

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
        for (StaffGroup group : StaffGroup.values()) {
            String userId = "demo-" + group.id();
            if (identity.createUserQuery().userId(userId).count() == 0) {
                User user = identity.newUser(userId);
                user.setLastName("演示");
                user.setFirstName(group.nameZh());
                user.setPassword(STAFF_PASSWORD);
                identity.saveUser(user);
                identity.createMembership(userId, group.id());
            }
        }
        resident("13800000001", "王小明", "31010519900101123X");
        resident("13800000002", "李华", "310105198512124565");
        resident("13800000003", "张伟", "310105197707078883");
        if (!accountRepository.existsByLoginName("91310105MA1FL00017")) {
            accounts.createEnterprise("91310105MA1FL00017", "上海程家桥示范科技有限公司", ACCOUNT_PASSWORD);
        }
        LOG.info("demo people ready: staff demo-<group> / {}, residents 13800000001..3 / {}", STAFF_PASSWORD,
                ACCOUNT_PASSWORD);
    }

    private void resident(String mobile, String name, String idNumber) {
        if (!accountRepository.existsByLoginName(mobile)) {
            accounts.createResident(mobile, name, idNumber, ACCOUNT_PASSWORD);
        }
    }
}
