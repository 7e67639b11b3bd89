package cn.jiedaoflow.labordispute;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.engine.Webapp;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.personaldata.EngineTables;
import cn.jiedaoflow.personaldata.PersonalDetail;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The materials a walk-in resident hands in with a mediation application at the window (the console's entry): the
 * mediators' acceptance links each of them to the personal-data plugin, which opens them to the mediators only and
 * records each opening; the applicant's full mobile stays in the case record.
 */
@IntegrationTest
class LaborDisputeWindowMaterialsIntegrationTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern LINK = Pattern.compile("\\]\\((/camunda/api/tasklist/plugin/personal-data/[^)]+)\\)");

    @Autowired
    MediationWindowEntries entries;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAcceptanceLinksTheWindowsMaterialsWhichOnlyTheMediatorsOpenEachOpeningAudited() {
        String mediator = TestPeople.staff(identity, "mediation");
        String mobile = "1396" + String.format("%07d", (long) (Math.random() * 10_000_000));
        String trackingNumber = entries.enter(
                new Caller(Caller.Kind.STAFF, mediator, null, mediator, Set.of("mediation")),
                new ApplicationRequest(
                        "上海某某物流有限公司", "WAGES", "支付加班费", "加班未付费", "窗口申请人", mobile, TestIdNumbers.unique()),
                List.of(new Upload("劳动合同.pdf", PDF)));
        Task acceptance = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        assertThat(acceptance.getTaskDefinitionKey()).isEqualTo("Task_DecideAcceptance");

        String links = (String) tasks.getVariableLocal(acceptance.getId(), "materialLinks");
        assertThat(links).startsWith("- [申请材料：劳动合同.pdf](");
        List<String> targets = targets(links);
        assertThat(targets)
                .singleElement()
                .satisfies(target -> assertThat(target)
                        .startsWith(PersonalDetail.LABOR_DISPUTE_ID_NUMBER.path(trackingNumber) + "/documents/"));
        assertThat(EngineTables.holding(jdbc, mobile))
                .as("the full mobile is the case record's only")
                .isEmpty();

        ResponseEntity<byte[]> opened = bytes(Webapp.login(rest, mediator, TestPeople.STAFF_PASSWORD), targets.get(0));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(opened.getBody()).isEqualTo(PDF);
        assertThat(opened.getHeaders().getContentDisposition().isAttachment()).isTrue();
        for (String group : List.of("acceptance-window", "leaders")) {
            Webapp other = Webapp.login(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
            ResponseEntity<byte[]> refused = bytes(other, targets.get(0));
            assertThat(refused.getStatusCode()).as(group).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getBody()).as(group).isNotEqualTo(PDF);
        }
        assertThat(jdbc.queryForList(
                        "SELECT actor, detail FROM audit_event WHERE action = 'PERSONAL_DATA_VIEWED' AND subject = ?",
                        "application:" + trackingNumber))
                .singleElement()
                .satisfies(audit -> {
                    assertThat(audit).containsEntry("ACTOR", mediator);
                    assertThat((String) audit.get("DETAIL"))
                            .contains(
                                    "labor-dispute-mediation id-number document "
                                            + targets.get(0).replaceAll(".*/", ""),
                                    "申请材料",
                                    "Task_DecideAcceptance");
                });
    }

    private static List<String> targets(String links) {
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(links);
        while (link.find()) {
            targets.add(link.group(1));
        }
        return targets;
    }

    private static ResponseEntity<byte[]> bytes(Webapp session, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, session.cookies());
        return session.rest().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }
}
