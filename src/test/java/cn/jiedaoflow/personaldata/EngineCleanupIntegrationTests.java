package cn.jiedaoflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A case from before the personal-data rules left its applicant's ID number in the engine — as a variable of the
 * running case, in its history, as a form field in the history's details — or a one-stop summary with the mobile and
 * the bank account in full: the start's cleanup removes them, and writes the summary again masked.
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

    @Autowired
    Accounts accounts;

    @Autowired
    HistoryService history;

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Test
    void removesWhatEarlierCasesLeftInTheEngine() throws Exception {
        String trackingNumber = new ObjectMapper()
                .readTree(TestPeople.as(rest, TestPeople.staff(identity, "mediation"), TestPeople.STAFF_PASSWORD)
                        .postForEntity(
                                "/api/labor-dispute-mediation/applications",
                                Map.of(
                                        "applicantName",
                                        "早先的申请人",
                                        "applicantMobile",
                                        "13800138003",
                                        "applicantIdNumber",
                                        TestIdNumbers.unique(),
                                        "employer",
                                        "某公司",
                                        "disputeType",
                                        "WAGES",
                                        "claim",
                                        "支付工资",
                                        "facts",
                                        "未发工资"),
                                String.class)
                        .getBody())
                .path("trackingNumber")
                .asText();
        String instance = jdbc.queryForObject(
                "SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", String.class, trackingNumber);
        String earlier = TestIdNumbers.unique();
        // as the engine kept them before the rules: a variable, its history, the form field typed into Tasklist
        runtime.setVariable(instance, "applicantIdNumber", earlier);
        String earlierMobile = "1395" + String.format("%07d", (long) (Math.random() * 10_000_000));
        runtime.setVariable(instance, "applicantMobile", earlierMobile);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO ACT_HI_VARINST (ID_, PROC_INST_ID_, EXECUTION_ID_, NAME_, VAR_TYPE_, TEXT_, STATE_, REV_,"
                        + " CREATE_TIME_) VALUES (?, ?, ?, 'applicantMobile', 'string', ?, 'CREATED', 1, ?)",
                UUID.randomUUID().toString(),
                instance,
                instance,
                earlierMobile,
                now);
        jdbc.update(
                "INSERT INTO ACT_HI_VARINST (ID_, PROC_INST_ID_, EXECUTION_ID_, NAME_, VAR_TYPE_, TEXT_, STATE_, REV_,"
                        + " CREATE_TIME_) VALUES (?, ?, ?, 'applicantIdNumber', 'string', ?, 'CREATED', 1, ?)",
                UUID.randomUUID().toString(),
                instance,
                instance,
                earlier,
                now);
        jdbc.update(
                "INSERT INTO ACT_HI_DETAIL (ID_, TYPE_, PROC_INST_ID_, EXECUTION_ID_, TIME_, NAME_, TEXT_) VALUES "
                        + "(?, 'FormProperty', ?, ?, ?, 'applicantIdNumber', ?)",
                UUID.randomUUID().toString(),
                instance,
                instance,
                now,
                earlier);
        assertThat(EngineTables.holding(jdbc, earlier))
                .contains("ACT_RU_VARIABLE.TEXT_", "ACT_HI_VARINST.TEXT_", "ACT_HI_DETAIL.TEXT_");
        assertThat(EngineTables.holding(jdbc, earlierMobile)).contains("ACT_RU_VARIABLE.TEXT_", "ACT_HI_VARINST.TEXT_");

        cleanup.run(null);

        assertThat(EngineTables.holding(jdbc, earlier)).isEmpty();
        assertThat(EngineTables.holding(jdbc, earlierMobile))
                .as("a mediation's full mobile, kept by the case record only")
                .isEmpty();
        assertThat(runtime.getVariable(instance, "trackingNumber")).isEqualTo(trackingNumber);
    }

    @Test
    void writesAnEarlierOneStopSummaryAgainMaskedAndDropsItsHistory() throws Exception {
        String mobile = "1375533" + String.format("%04d", (int) (Math.random() * 10_000));
        accounts.createResident(mobile, "孙老伯", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        String bankAccount = "6222030300" + String.format("%09d", (long) (Math.random() * 1e9));
        String trackingNumber = new ObjectMapper()
                .readTree(TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD)
                        .exchange("/api/applications", HttpMethod.POST, elderly(bankAccount), String.class)
                        .getBody())
                .path("trackingNumber")
                .asText();
        String instance = jdbc.queryForObject(
                "SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", String.class, trackingNumber);
        // as the summary was written before it masked anything
        runtime.setVariable(
                instance,
                "applicationSummary",
                "**申请人：** 孙老伯（身份证 未登记，手机 " + mobile + "）　网上申请\n\n**申请信息：**\n- 银行卡号：" + bankAccount);
        assertThat(EngineTables.holding(jdbc, bankAccount, mobile)).isNotEmpty();

        cleanup.run(null);

        assertThat(EngineTables.holding(jdbc, bankAccount, mobile)).isEmpty();
        assertThat((String) runtime.getVariable(instance, "applicationSummary"))
                .contains(
                        bankAccount.substring(0, 4) + " \\*\\*\\*\\* \\*\\*\\*\\* " + bankAccount.substring(15),
                        "手机 " + mobile.substring(0, 3) + "\\*\\*\\*\\*");
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .variableName("applicationSummary")
                        .count())
                .isOne();
    }

    private static HttpEntity<MultiValueMap<String, Object>> elderly(String bankAccount) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_JSON);
        body.add(
                "application",
                new HttpEntity<>(
                        Map.of(
                                "matterCode",
                                "elderly-comprehensive-allowance",
                                "data",
                                Map.of("birthDate", "1950-03-05", "bankName", "工商银行", "bankAccount", bankAccount),
                                "materialCodes",
                                List.of("id-card", "bank-card")),
                        part));
        body.add("materials", file("id.pdf", PDF));
        body.add("materials", file("bank.png", PNG));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Sec-Fetch-Site", "same-origin");
        return new HttpEntity<>(body, headers);
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
