package cn.jiedaoflow.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.personaldata.EngineTables;
import cn.jiedaoflow.personaldata.ValidIdNumbers;

/** A running case's summary from before masking, full mobile and bank account: replaced at the start, its history gone. */
@IntegrationTest
class OneStopSummaryMaskingIntegrationTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Accounts accounts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OneStopSummaryMasking masking;

    @Test
    void anEarlierSummaryIsMaskedAndItsHistoryGoes() throws Exception {
        String mobile = "1375533" + String.format("%04d", (int) (Math.random() * 10_000));
        accounts.createResident(mobile, "孙老伯", ValidIdNumbers.next(), TestPeople.RESIDENT_PASSWORD);
        String bankAccount = "6222030300" + String.format("%09d", (long) (Math.random() * 1e9));
        String trackingNumber = new ObjectMapper().readTree(TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD)
                .exchange("/api/applications", HttpMethod.POST, elderly(bankAccount), String.class).getBody())
                .path("trackingNumber").asText();
        String instance = jdbc.queryForObject("SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", String.class,
                trackingNumber);
        runtime.setVariable(instance, "applicationSummary", "**申请人：** 孙老伯（身份证 未登记，手机 " + mobile
                + "）　网上申请\n\n**申请信息：**\n- 银行卡号：" + bankAccount);
        assertThat(EngineTables.holding(jdbc, bankAccount, mobile)).isNotEmpty();

        masking.run(null);

        assertThat(EngineTables.holding(jdbc, bankAccount, mobile)).isEmpty();
        assertThat((String) runtime.getVariable(instance, "applicationSummary"))
                .contains(bankAccount.substring(0, 4) + " **** **** " + bankAccount.substring(15), "手机 " + mobile.substring(0, 3) + "****");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("applicationSummary").count()).isOne();
    }

    private static HttpEntity<MultiValueMap<String, Object>> elderly(String bankAccount) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_JSON);
        body.add("application", new HttpEntity<>(Map.of("matterCode", "elderly-comprehensive-allowance",
                "data", Map.of("birthDate", "1950-03-05", "bankName", "工商银行", "bankAccount", bankAccount),
                "materialCodes", List.of("id-card", "bank-card")), part));
        body.add("materials", file("id.pdf", OneStopApplicationApiIntegrationTests.PDF));
        body.add("materials", file("bank.png", OneStopApplicationApiIntegrationTests.PNG));
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
