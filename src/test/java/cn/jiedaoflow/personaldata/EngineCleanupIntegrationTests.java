package cn.jiedaoflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;

/**
 * A case from before the personal-data rules left its applicant's ID number in the engine — as a variable of the
 * running case, in its history, as a form field in the history's details: the start's cleanup removes all three.
 */
@IntegrationTest
class EngineCleanupIntegrationTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EngineCleanup cleanup;

    @Test
    void removesWhatEarlierCasesLeftInTheEngine() throws Exception {
        String trackingNumber = new ObjectMapper().readTree(TestPeople.as(rest, TestPeople.staff(identity, "mediation"),
                TestPeople.STAFF_PASSWORD).postForEntity("/api/labor-dispute-mediation/applications", Map.of(
                        "applicantName", "早先的申请人", "applicantMobile", "13800138003",
                        "applicantIdNumber", ValidIdNumbers.next(), "employer", "某公司", "disputeType", "WAGES",
                        "claim", "支付工资", "facts", "未发工资"), String.class).getBody()).path("trackingNumber").asText();
        String instance = jdbc.queryForObject("SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", String.class,
                trackingNumber);
        String earlier = ValidIdNumbers.next();
        // as the engine kept them before the rules: a variable, its history, the form field typed into Tasklist
        runtime.setVariable(instance, "applicantIdNumber", earlier);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO ACT_HI_VARINST (ID_, PROC_INST_ID_, EXECUTION_ID_, NAME_, VAR_TYPE_, TEXT_, STATE_, REV_,"
                + " CREATE_TIME_) VALUES (?, ?, ?, 'applicantIdNumber', 'string', ?, 'CREATED', 1, ?)",
                UUID.randomUUID().toString(), instance, instance, earlier, now);
        jdbc.update("INSERT INTO ACT_HI_DETAIL (ID_, TYPE_, PROC_INST_ID_, EXECUTION_ID_, TIME_, NAME_, TEXT_) VALUES "
                + "(?, 'FormProperty', ?, ?, ?, 'applicantIdNumber', ?)", UUID.randomUUID().toString(), instance, instance,
                now, earlier);
        assertThat(EngineTables.holding(jdbc, earlier)).contains("ACT_RU_VARIABLE.TEXT_", "ACT_HI_VARINST.TEXT_",
                "ACT_HI_DETAIL.TEXT_");

        cleanup.run(null);

        assertThat(EngineTables.holding(jdbc, earlier)).isEmpty();
        assertThat(runtime.getVariable(instance, "trackingNumber")).isEqualTo(trackingNumber);
    }
}
