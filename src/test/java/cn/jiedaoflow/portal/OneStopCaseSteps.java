package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.TestPeople;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A one-stop application's path for the portal's tests: the resident applies through the API (HTTP Basic), staff
 * decide through the engine (the pre-check, each department's review), and the jobs the steps leave are run (the test
 * profile runs no job executor).
 */
public final class OneStopCaseSteps {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    private final TestRestTemplate rest;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;

    public OneStopCaseSteps(TestRestTemplate rest, ApplicationContext context) {
        this.rest = rest;
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.history = context.getBean(HistoryService.class);
    }

    /** An elderly allowance (老年综合津贴) application of resident {@code mobile}, with its two materials. */
    public String apply(String mobile) {
        Map<String, Object> application = Map.of(
                "matterCode",
                "elderly-comprehensive-allowance",
                "data",
                Map.of("birthDate", "1950-03-05", "bankName", "工商银行", "bankAccount", "6222020200112233445"),
                "materialCodes",
                List.of("id-card", "bank-card"));
        ResponseEntity<Map> submitted = TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD)
                .exchange(
                        "/api/applications",
                        HttpMethod.POST,
                        multipart(
                                "application",
                                application,
                                List.of(Map.entry("id.pdf", PDF), Map.entry("bank.png", PNG)),
                                "zh-CN"),
                        Map.class);
        assertThat(submitted.getStatusCode().value())
                .as(String.valueOf(submitted.getBody()))
                .isEqualTo(201);
        return (String) submitted.getBody().get("trackingNumber");
    }

    /** The window's pre-check asks for a supplement of {@code missingItems} (one item a line). */
    void askForSupplement(String trackingNumber, String missingItems) {
        complete(
                trackingNumber,
                "UserTask_PreCheck",
                Map.of("preCheckDecision", "SUPPLEMENT", "missingItems", missingItems));
    }

    /** The window accepts: the application waits for its department's review. */
    public void accept(String trackingNumber) {
        complete(trackingNumber, "UserTask_PreCheck", Map.of("preCheckDecision", "ACCEPT"));
    }

    /** The window accepts, and every department approves: the application is completed. */
    public void acceptAndApprove(String trackingNumber) {
        complete(trackingNumber, "UserTask_PreCheck", Map.of("preCheckDecision", "ACCEPT"));
        complete(trackingNumber, "UserTask_MemberReview", Map.of("reviewDecision", "APPROVED"));
    }

    private void complete(String trackingNumber, String taskKey, Map<String, Object> variables) {
        runJobs(trackingNumber);
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("%s waits at %s", trackingNumber, taskKey).isNotNull();
        tasks.complete(task.getId(), variables);
        runJobs(trackingNumber);
    }

    public void runJobs(String trackingNumber) {
        String instanceId = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
                .singleResult()
                .getId();
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instanceId)
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
    }

    /** A multipart body as the portal's page sends it: a JSON part and the files as {@code materials}. */
    static HttpEntity<MultiValueMap<String, Object>> multipart(
            String partName, Map<String, Object> part, List<Map.Entry<String, byte[]>> files, String language) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        body.add(partName, new HttpEntity<>(part, json));
        for (Map.Entry<String, byte[]> file : files) {
            body.add("materials", new ByteArrayResource(file.getValue()) {
                @Override
                public String getFilename() {
                    return file.getKey();
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Sec-Fetch-Site", "same-origin");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return new HttpEntity<>(body, headers);
    }
}
