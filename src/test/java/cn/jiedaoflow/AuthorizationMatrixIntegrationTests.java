package cn.jiedaoflow;

import static cn.jiedaoflow.TestMultipart.jsonPart;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.designers.TestModels;
import cn.jiedaoflow.engine.CandidateGroups;
import cn.jiedaoflow.engine.Webapp;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.propertyfee.OwnersCases;
import cn.jiedaoflow.propertyfee.TestProposals;
import cn.jiedaoflow.scope.ScopeGroups;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix (issue 12, "Done means"): every caller against every door. The callers are anonymous,
 * resident A (whose cases the fixtures are, linked to an owner of estate A), resident B, an enterprise, one staff user
 * of each group that appears on a deployed model (the estate-scoped groups as estate A's own committee, company and
 * area committee), the same three of another estate and area, leaders, administrators, and the groups the README's API
 * table names. The doors are {@code /api} (every mapped endpoint), {@code /engine-rest} (HTTP Basic) and the webapps'
 * API {@code /camunda/api/…} (a Tasklist session with its CSRF token).
 *
 * <p>Each cell is a {@link DynamicTest} named {@code role · door · endpoint}. A refused {@code /api} call answers
 * 401 to anonymous and 403 or 404 to the others as the README's table says, as an RFC 9457 problem, and stores
 * nothing (every application table and the engine's runtime and history instance tables hold as many rows after it
 * as before). A state-changing row sends every refused caller first and then the allowed ones, the first of them on
 * the same fixture (so the refusals provably changed nothing); a further allowed caller of a call that cannot be
 * repeated gets a fresh fixture. Engine cells check what each caller sees of the fixtures' tasks, instances and
 * history,
 * that another group's task can be neither claimed nor completed, who may start which process, the identity lists, the
 * Cockpit API and the personal-data plugin.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "matrix-boundary-3c1d";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|java\\.|javax\\.|jakarta\\.|com\\.fasterxml"
                    + "|springframework|hibernate|\\.java:|\\bat [\\w$.]+\\(|SQL|JDBC|stack ?trace",
            Pattern.CASE_INSENSITIVE);
    private static final String API = "/api";
    private static final String ENGINE_REST = "/engine-rest";
    private static final String WEBAPPS = "/camunda/api/engine/engine/default";
    private static final String PLUGIN = "/camunda/api/tasklist/plugin/personal-data/default/";
    private static final String COCKPIT = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    /** The scoped candidate-group expressions of the models and the base group each stands for. */
    private static final Map<String, String> SCOPED_EXPRESSIONS = Map.of(
            "${" + ScopeGroups.VAR_OWNERS_COMMITTEE_GROUP + "}", StaffGroup.OWNERS_COMMITTEE.id(),
            "${" + ScopeGroups.VAR_PROPERTY_COMPANY_GROUP + "}", StaffGroup.PROPERTY_COMPANY.id(),
            "${" + ScopeGroups.VAR_RESIDENTS_COMMITTEE_GROUP + "}", StaffGroup.RESIDENTS_COMMITTEE.id());

    private static final List<String> PROCESSES = List.of(
            "labor-dispute-mediation",
            "one-stop-application",
            "owners-vote",
            "property-fee-adjustment",
            "enterprise-service-request",
            "veteran-assistance",
            "veteran-holiday-visits");
    private static final int MIN_CELLS = 2_500;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    DataSource dataSource;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    // ---- the roles -------------------------------------------------------------------------------------------

    private final List<MatrixRole> roles = new ArrayList<>();
    /** The groups the deployed models name on user tasks (the scoped expressions as their base group). */
    private final Set<String> modelGroups = new TreeSet<>();
    /** What a model names that the matrix cannot give a role, e.g. an expression without declared choices. */
    private final Set<String> unmatched = new TreeSet<>();

    private final Set<String> readmeGroups = new TreeSet<>();
    /** The base groups each process's user tasks name: they read the process definition. */
    private final Map<String, Set<String>> processGroups = new HashMap<>();

    private MatrixRole anonymous;
    private MatrixRole residentA;
    private MatrixRole residentB;
    private MatrixRole enterprise;
    private MatrixRole admin;
    private MatrixRole leaders;
    private MatrixRole ocA;
    private MatrixRole pcA;
    private MatrixRole rcA;
    private MatrixRole ocB;
    private MatrixRole pcB;
    private MatrixRole rcB;
    private final Map<String, MatrixRole> byGroup = new LinkedHashMap<>();
    private final Map<MatrixRole, Webapp> sessions = new HashMap<>();

    // ---- the fixtures ----------------------------------------------------------------------------------------

    private TestEstates.Estate estateA;
    private TestEstates.Estate estateB;
    private String oneStopTn;
    private long materialId;
    private String withdrawableTn;
    private String supplementTn;
    private String ratingTn;
    private String labourTn;
    private long veteranId;
    private String veteranIdNumber;
    private String assistanceTn;
    private long attachmentId;
    private long voteId;
    private String voteKey;
    private String feeTn;
    /** A property-fee case of estate A in its owners' opinion window (the owners' pages). */
    private String ownersTn;

    private long noticeId;
    private int calendarYear;
    private long estateX;
    private long estateY;
    private long areaT;
    private long areaEmpty;
    private String spareAreaStaff;
    private String spareEstateStaff;
    private final List<String> linkMobiles = new ArrayList<>();

    /** The engine side of the fixtures. */
    record Fixture(String name, String process, String businessKey, String instanceId, Set<String> caseGroups) {}

    record FixtureTask(Fixture fixture, String id, String key, Set<String> candidates) {}

    private final List<Fixture> fixtures = new ArrayList<>();
    private final List<FixtureTask> fixtureTasks = new ArrayList<>();

    // ---- the matrix ------------------------------------------------------------------------------------------

    record Cell(MatrixRole role, String door, String endpoint, Executable check) {

        String name() {
            return role.name() + " · " + door + " · " + endpoint;
        }
    }

    private final List<Cell> cells = new ArrayList<>();
    private final Set<String> apiEndpoints = new TreeSet<>();
    private String countSql;
    private List<String> countedTables;

    @BeforeAll
    void rolesFixturesAndCells() throws Exception {
        modelGroups();
        readmeGroups();
        people();
        fixtures();
        countedTables();
        apiCells();
        engineCells(ENGINE_REST);
        deploymentCells();
        engineCells(WEBAPPS);
        webappOnlyCells();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAtEveryDoor() {
        return cells.stream()
                .map(cell -> DynamicTest.dynamicTest(cell.name(), () -> {
                    try {
                        cell.check().execute();
                    } catch (AssertionError failed) {
                        // the report shows a dynamic test by its number: the message names the cell
                        AssertionError named = new AssertionError(cell.name() + ": " + failed.getMessage());
                        named.setStackTrace(failed.getStackTrace());
                        throw named;
                    }
                }));
    }

    @Test
    void theMatrixCoversEveryRoleEveryEndpointAndEveryDoor() {
        assertThat(cells).hasSizeGreaterThanOrEqualTo(MIN_CELLS);
        Map<String, Long> perDoor =
                cells.stream().collect(Collectors.groupingBy(Cell::door, TreeMap::new, Collectors.counting()));
        assertThat(perDoor.keySet()).containsExactlyInAnyOrder(API, ENGINE_REST, "/camunda/api");
        assertThat(perDoor.get(API))
                .isGreaterThanOrEqualTo(
                        (long) roles.size() * mappedApiEndpoints().size());
        for (MatrixRole role : roles) {
            for (String door : perDoor.keySet()) {
                assertThat(cells)
                        .as("cells of %s at %s", role, door)
                        .anyMatch(
                                cell -> cell.role().equals(role) && cell.door().equals(door));
            }
        }
        for (String endpoint : apiEndpoints) {
            assertThat(cells.stream()
                            .filter(cell -> cell.endpoint().equals(endpoint))
                            .map(Cell::role)
                            .distinct()
                            .count())
                    .as("roles of %s", endpoint)
                    .isEqualTo(roles.size());
        }
    }

    @Test
    void everyEndpointOfTheApiHasARowInTheMatrix() {
        assertThat(apiEndpoints).as("endpoints of the matrix").containsAll(mappedApiEndpoints());
    }

    @Test
    void everyGroupOnAModelAndInTheReadmesTableHasARole() {
        assertThat(unmatched)
                .as("candidate groups of the models the matrix has no role for")
                .isEmpty();
        assertThat(modelGroups)
                .as("groups on the models")
                .contains(
                        StaffGroup.MEDIATION.id(),
                        StaffGroup.ACCEPTANCE_WINDOW.id(),
                        StaffGroup.OWNERS_COMMITTEE.id(),
                        StaffGroup.FINANCE.id());
        Set<String> covered = new HashSet<>();
        roles.forEach(role -> covered.addAll(role.groups()));
        assertThat(covered).as("groups with a role").containsAll(modelGroups).containsAll(readmeGroups);
        assertThat(readmeGroups)
                .contains(
                        StaffGroup.HOUSING_OFFICE.id(),
                        StaffGroup.SELF_GOVERNANCE_OFFICE.id(),
                        StaffGroup.VETERANS_STATION_HEAD.id(),
                        StaffGroup.ADMINISTRATORS.id());
    }

    // ==== roles ===============================================================================================

    /** The candidate groups of the user tasks of the project's models, as deployed. */
    private void modelGroups() {
        Set<String> keys = new HashSet<>(PROCESSES);
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            assertThat(files.map(file -> file.getFileName().toString())
                            .filter(name -> name.endsWith(".bpmn"))
                            .map(name -> name.substring(0, name.length() - 5))
                            .collect(Collectors.toSet()))
                    .as("the models in processes/")
                    .isEqualTo(keys);
        } catch (IOException e) {
            throw new AssertionError("processes/ cannot be read", e);
        }
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().latestVersion().list()) {
            if (!keys.contains(definition.getKey())) {
                continue;
            }
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            Set<String> ofProcess = processGroups.computeIfAbsent(definition.getKey(), key -> new TreeSet<>());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String groups = task.getCamundaCandidateGroups();
                for (String group : CandidateGroups.split(groups)) {
                    if (CandidateGroups.APPLICANT.equals(group)) {
                        continue; // the case's own applicant, in the portal: no engine group
                    }
                    if (SCOPED_EXPRESSIONS.containsKey(group)) {
                        ofProcess.add(SCOPED_EXPRESSIONS.get(group));
                    } else if (CandidateGroups.isExpression(group)) {
                        List<String> choices = CandidateGroups.split(CandidateGroups.choices(task));
                        if (choices.isEmpty()) {
                            unmatched.add(definition.getKey() + "/" + task.getId() + ": " + group);
                        }
                        ofProcess.addAll(choices);
                    } else {
                        ofProcess.add(group);
                    }
                }
            }
        }
        processGroups.values().forEach(modelGroups::addAll);
        for (String group : modelGroups) {
            if (StaffGroup.byId(group).isEmpty()) {
                unmatched.add(group);
            }
        }
    }

    /** The staff groups the README's table "The application's API: who may call what" names. */
    private void readmeGroups() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## The application's API: who may call what");
        assertThat(start).as("the README's API table").isNotNegative();
        int end = readme.indexOf("\n## ", start + 5);
        Matcher quoted =
                Pattern.compile("`([a-z-]+)`").matcher(readme.substring(start, end < 0 ? readme.length() : end));
        while (quoted.find()) {
            StaffGroup.byId(quoted.group(1)).ifPresent(group -> readmeGroups.add(group.id()));
        }
    }

    private void people() {
        anonymous = new MatrixRole("anonymous", MatrixRole.Kind.ANONYMOUS, null, null, Set.of());
        residentA = resident("resident A", "矩阵居民甲");
        residentB = resident("resident B", "矩阵居民乙");
        String creditCode;
        do {
            String first17 = "91310105MA1" + String.format("%06d", (long) (Math.random() * 1_000_000));
            creditCode = first17 + creditCheck(first17);
        } while (accountRepository.existsByLoginName(creditCode));
        accounts.createEnterprise(creditCode, "上海矩阵测试有限公司", TestPeople.RESIDENT_PASSWORD);
        enterprise = new MatrixRole(
                "enterprise", MatrixRole.Kind.ENTERPRISE, creditCode, TestPeople.RESIDENT_PASSWORD, Set.of());
        roles.addAll(List.of(anonymous, residentA, residentB, enterprise));

        estateA = TestEstates.scoped(rest, identity);
        estateB = TestEstates.scoped(rest, identity);
        ocA = staff("owners-committee of estate A", estateA.ownersCommittee());
        pcA = staff("property-company of estate A", estateA.propertyCompany());
        rcA = staff("residents-committee of area A", estateA.residentsCommittee());
        ocB = staff("owners-committee of estate B", estateB.ownersCommittee());
        pcB = staff("property-company of estate B", estateB.propertyCompany());
        rcB = staff("residents-committee of area B", estateB.residentsCommittee());
        Set<String> groups = new LinkedHashSet<>(modelGroups);
        groups.addAll(readmeGroups);
        for (String group : groups) {
            if (ScopeGroups.actsForOnePlace(group) || group.equals(StaffGroup.ADMINISTRATORS.id())) {
                continue;
            }
            MatrixRole role = staff(group, TestPeople.staffIn(identity, "it-am-" + group, group));
            byGroup.put(group, role);
            roles.add(role);
        }
        leaders = byGroup.computeIfAbsent(
                StaffGroup.LEADERS.id(), group -> staff(group, TestPeople.staffIn(identity, "it-am-" + group, group)));
        if (!roles.contains(leaders)) {
            roles.add(leaders);
        }
        roles.addAll(List.of(ocA, pcA, rcA, ocB, pcB, rcB));
        admin = staff("administrators", TestPeople.ADMIN);
        roles.add(admin);
    }

    private MatrixRole resident(String name, String displayName) {
        String mobile;
        do {
            mobile = "137" + String.format("%08d", (long) (Math.random() * 100_000_000));
        } while (accountRepository.existsByLoginName(mobile));
        accounts.createResident(mobile, displayName, TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        return new MatrixRole(name, MatrixRole.Kind.RESIDENT, mobile, TestPeople.RESIDENT_PASSWORD, Set.of());
    }

    private MatrixRole staff(String name, String userId) {
        Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
        String password = userId.equals(TestPeople.ADMIN) ? TestPeople.ADMIN_PASSWORD : TestPeople.STAFF_PASSWORD;
        return new MatrixRole(name, MatrixRole.Kind.STAFF, userId, password, groups);
    }

    private MatrixRole role(String group) {
        return byGroup.get(group);
    }

    private static char creditCheck(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return alphabet.charAt((31 - sum % 31) % 31);
    }

    // ==== fixtures ============================================================================================

    @SuppressWarnings("unchecked")
    private void fixtures() throws Exception {
        TestRestTemplate housing = as(role(StaffGroup.HOUSING_OFFICE.id()));
        TestRestTemplate station = as(role(StaffGroup.VETERANS_STATION.id()));
        TestRestTemplate adminApi = as(admin);

        // estate A's owner O-1 is resident A
        ok(housing.exchange(
                "/api/estates/" + estateA.id() + "/owners/O-1/account",
                HttpMethod.PUT,
                new HttpEntity<>(Map.of("mobile", residentA.user())),
                String.class));

        // resident A's one-stop application, at the window's pre-check; three more for the applicant's actions
        oneStopTn = submitOneStop();
        Map<String, Object> view = as(residentA).getForObject("/api/applications/" + oneStopTn, Map.class);
        materialId = ((Number) ((List<Map<String, Object>>) view.get("materials"))
                        .get(0)
                        .get("id"))
                .longValue();
        withdrawableTn = submitOneStop();
        supplementTn = submitOneStop();
        tasks.complete(task(supplementTn).getId(), Map.of("preCheckDecision", "SUPPLEMENT", "missingItems", "收入证明不清晰"));
        runJobs(supplementTn);
        ratingTn = submitOneStop();
        for (int step = 0; step < 6; step++) {
            runJobs(ratingTn);
            Task next =
                    tasks.createTaskQuery().processInstanceBusinessKey(ratingTn).singleResult();
            if (next == null) {
                break;
            }
            tasks.complete(
                    next.getId(),
                    next.getTaskDefinitionKey().equals("UserTask_PreCheck")
                            ? Map.of("preCheckDecision", "ACCEPT")
                            : Map.of("reviewDecision", "APPROVED"));
        }

        // resident A's labour-dispute application, at the mediation committee's acceptance
        ResponseEntity<Map> labour =
                as(residentA).postForEntity("/api/labor-dispute-mediation/applications", labourBody(false), Map.class);
        assertThat(labour.getStatusCode()).as("%s", labour.getBody()).isEqualTo(HttpStatus.CREATED);
        labourTn = (String) labour.getBody().get("trackingNumber");

        // a veteran on the roster, and resident A's application for them as family, with an attachment
        veteranIdNumber = TestIdNumbers.unique();
        String serviceNumber =
                "AM" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        ok(station.exchange(
                "/api/veterans", HttpMethod.POST, csv(rosterCsv(serviceNumber, veteranIdNumber)), String.class));
        List<Map<String, Object>> veterans = station.getForObject("/api/veterans", List.class);
        veteranId = veterans.stream()
                .filter(v -> serviceNumber.equals(v.get("serviceNumber")))
                .map(v -> ((Number) v.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        ResponseEntity<Map> applied = as(residentA)
                .postForEntity(
                        "/api/veteran-assistance/applications", assistanceBody(residentA, veteranIdNumber), Map.class);
        assertThat(applied.getStatusCode()).as("%s", applied.getBody()).isEqualTo(HttpStatus.CREATED);
        assistanceTn = (String) applied.getBody().get("trackingNumber");
        ResponseEntity<Map> attached = as(residentA)
                .exchange(
                        RequestEntity.post(URI.create(rest.getRootUri() + "/api/veteran-assistance/applications/"
                                        + assistanceTn + "/attachments"))
                                .header("Sec-Fetch-Site", "same-origin")
                                .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                                .body(multipart(file("files", "bill.pdf", PDF))),
                        Map.class);
        assertThat(attached.getStatusCode()).as("%s", attached.getBody()).isEqualTo(HttpStatus.CREATED);
        attachmentId = ((Number) ((List<Map<String, Object>>) attached.getBody().get("attachments"))
                        .get(0)
                        .get("id"))
                .longValue();

        // an owners' vote on estate A, its window open
        voteKey = "AM-VOTE-" + UUID.randomUUID().toString().substring(0, 8);
        Instant opens = Instant.now().minus(Duration.ofHours(1));
        Instant closes = Instant.now().plus(Duration.ofDays(7));
        String voteInstance;
        // 30 days back: the 15 days of notice (a calendar-day period) whatever today is
        ClockUtil.setCurrentTime(Date.from(opens.minus(Duration.ofDays(30))));
        try {
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("estateId", estateA.id());
            inputs.put("matterType", "ORDINARY");
            inputs.put("voteSubject", "调整物业服务费");
            inputs.put("windowOpens", Date.from(opens));
            inputs.put("windowCloses", Date.from(closes));
            inputs.put("trackingNumber", voteKey);
            voteInstance = runtime.startProcessInstanceByKey("owners-vote", voteKey, inputs)
                    .getId();
            for (Job job : management
                    .createJobQuery()
                    .processInstanceId(voteInstance)
                    .executable()
                    .list()) {
                management.executeJob(job.getId());
            }
            Task notice =
                    tasks.createTaskQuery().processInstanceId(voteInstance).singleResult();
            assertThat(notice.getTaskDefinitionKey()).isEqualTo("Task_ConfirmPaperNotice");
            tasks.complete(
                    notice.getId(), Map.of("noticePostedDate", LocalDate.now().toString(), "noticePlaces", "公告栏"));
        } finally {
            ClockUtil.reset();
        }
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(voteInstance)
                .activityId("Timer_WindowOpens")
                .singleResult()
                .getId());
        voteId = ((Number) runtime.getVariable(voteInstance, "voteId")).longValue();

        // a property-fee proposal on estate A, at both pre-reviews
        ResponseEntity<Map> proposed =
                as(pcA).postForEntity("/api/property-fee/proposals", TestProposals.apiBody(estateA.id()), Map.class);
        assertThat(proposed.getStatusCode()).as("%s", proposed.getBody()).isEqualTo(HttpStatus.CREATED);
        feeTn = (String) proposed.getBody().get("trackingNumber");
        String feeInstance = instanceOf(feeTn);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(feeInstance)
                .singleResult()
                .getId());
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(feeInstance)
                        .singleResult()
                        .getId(),
                Map.of(
                        "auditScore",
                        80,
                        "auditCostConclusion",
                        "属实",
                        "recommendedFeeMin",
                        2.0,
                        "recommendedFeeMax",
                        2.4));

        // owners' votes (portal): another case of estate A, its owners' opinion window open
        ownersTn = new OwnersCases(context, rest).toOpinions(estateA);

        // a notice in resident A's inbox
        noticeId = notifications
                .send(
                        new Notifications.Recipient(
                                residentA.user(),
                                accountRepository
                                        .findByLoginName(residentA.user())
                                        .orElseThrow()
                                        .getId()),
                        null,
                        "矩阵通知",
                        "只给居民甲。")
                .getId();

        // what the administrators' and the housing office's calls work on without touching the fixtures above
        List<Map<String, Object>> years = adminApi.getForObject("/api/calendar/years", List.class);
        calendarYear = ((Number) years.get(0).get("year")).intValue();
        estateX = TestEstates.estateWithRegister(rest, identity);
        estateY = TestEstates.estateWithRegister(rest, identity);
        areaT = TestEstates.area(rest, identity);
        areaEmpty = TestEstates.area(rest, identity);
        ok(adminApi.exchange(
                "/api/residents-areas/" + areaEmpty + "/staff/it-residents-committee-a" + areaEmpty,
                HttpMethod.DELETE,
                null,
                String.class));
        spareAreaStaff = TestEstates.user(identity, "it-am-spare-rc-" + areaT, StaffGroup.RESIDENTS_COMMITTEE.id());
        spareEstateStaff = TestEstates.user(identity, "it-am-spare-oc-" + estateY, StaffGroup.OWNERS_COMMITTEE.id());
        for (int i = 0; i < 2; i++) {
            linkMobiles.add(resident("link " + i, "矩阵业主" + i).user());
        }

        // the engine side: each case, its groups, and the tasks waiting
        fixture("one-stop application", "one-stop-application", oneStopTn);
        fixture("labour dispute", "labor-dispute-mediation", labourTn);
        fixture("veteran assistance", "veteran-assistance", assistanceTn);
        fixture("property-fee proposal", "property-fee-adjustment", feeTn);
        fixture("owners' vote", "owners-vote", voteKey);
        assertThat(fixtureTasks)
                .extracting(t -> t.key() + " " + t.candidates())
                .containsExactlyInAnyOrder(
                        "UserTask_PreCheck [acceptance-window]",
                        "Task_DecideAcceptance [mediation]",
                        "UserTask_HomeVisit [veterans-station]",
                        "Task_PreReviewResidentsCommittee [" + ScopeGroups.residentsCommittee(estateA.areaId()) + "]",
                        "Task_PreReviewOwnersCommittee [" + ScopeGroups.ownersCommittee(estateA.id()) + "]");
        assertThat(fixtures)
                .extracting(f -> f.name() + " " + new TreeSet<>(f.caseGroups()))
                .containsExactly(
                        "one-stop application [acceptance-window]",
                        "labour dispute [mediation]",
                        "veteran assistance [veterans-station]",
                        "property-fee proposal "
                                + new TreeSet<>(Set.of(
                                        StaffGroup.THIRD_PARTY_ASSESSOR.id(),
                                        ScopeGroups.residentsCommittee(estateA.areaId()),
                                        ScopeGroups.ownersCommittee(estateA.id()))),
                        "owners' vote [" + ScopeGroups.residentsCommittee(estateA.areaId()) + "]");
    }

    private void fixture(String name, String process, String businessKey) {
        String instanceId = instanceOf(businessKey);
        Set<String> groups = new HashSet<>();
        for (HistoricTaskInstance done : history.createHistoricTaskInstanceQuery()
                .processInstanceId(instanceId)
                .list()) {
            for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery()
                    .taskId(done.getId())
                    .type(IdentityLinkType.CANDIDATE)
                    .list()) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
        }
        Fixture fixture = new Fixture(name, process, businessKey, instanceId, groups);
        fixtures.add(fixture);
        for (Task open : tasks.createTaskQuery().processInstanceId(instanceId).list()) {
            Set<String> candidates = tasks.getIdentityLinksForTask(open.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId)
                    .collect(Collectors.toCollection(TreeSet::new));
            fixtureTasks.add(new FixtureTask(fixture, open.getId(), open.getTaskDefinitionKey(), candidates));
        }
    }

    private String submitOneStop() {
        String application = "{\"matterCode\":\"minimum-living-allowance\",\"data\":{\"householdSize\":3,"
                + "\"monthlyHouseholdIncome\":2000.50,\"hardshipDescription\":\"因病致贫\"},"
                + "\"materialCodes\":[\"id-card\",\"household-register\",\"income-proof\"]}";
        ResponseEntity<Map> submitted = as(residentA)
                .exchange(
                        RequestEntity.post(URI.create(rest.getRootUri() + "/api/applications"))
                                .header("Sec-Fetch-Site", "same-origin")
                                .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                                .body(oneStopBody(application)),
                        Map.class);
        assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) submitted.getBody().get("trackingNumber");
    }

    /** A draft of resident A (portal-apply) with one file; the file's id. */
    @SuppressWarnings("unchecked")
    private long draftOfResidentA(String serviceKey) {
        ResponseEntity<Map> saved = as(residentA)
                .exchange(
                        RequestEntity.put(URI.create(rest.getRootUri() + "/api/drafts/" + serviceKey))
                                .header("Sec-Fetch-Site", "same-origin")
                                .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                                .body(multipart(
                                        jsonPart("draft", "{\"data\":{},\"materialCodes\":[\"id-card\"]}"),
                                        file("materials", "draft.pdf", PDF))),
                        Map.class);
        assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.OK);
        return ((Number) ((List<Map<String, Object>>) saved.getBody().get("files"))
                        .get(0)
                        .get("id"))
                .longValue();
    }

    private Task task(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    private String instanceOf(String businessKey) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult()
                .getId();
    }

    private void runJobs(String businessKey) {
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instanceOf(businessKey))
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
    }

    // ==== the /api rows =======================================================================================

    /** A request as sent: method, path and query, body with its type, and the Accept header. */
    record Req(HttpMethod method, String path, String contentType, byte[] body, String accept) {

        static Req get(String path) {
            return new Req(HttpMethod.GET, path, null, null, null);
        }

        static Req json(HttpMethod method, String path, Object body) {
            try {
                return new Req(method, path, MediaType.APPLICATION_JSON_VALUE, JSON.writeValueAsBytes(body), null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static Req empty(HttpMethod method, String path) {
            return new Req(method, path, null, null, null);
        }
    }

    /**
     * A row of {@code /api}: who may call the endpoint, what the others get, and the request a role sends — the
     * {@code n}-th allowed role gets {@code request(role, n)} (a fresh fixture where the call cannot be repeated); the
     * refused roles send {@code request(role, 0)}, the fixture the first allowed role then uses.
     */
    record ApiRow(
            String endpoint,
            Predicate<MatrixRole> allowed,
            Function<MatrixRole, Integer> refusal,
            BiFunction<MatrixRole, Integer, Req> request) {}

    private Predicate<MatrixRole> everyone() {
        return role -> true;
    }

    private static Predicate<MatrixRole> groups(String... groupIds) {
        return role -> role.isStaff() && role.inAny(groupIds);
    }

    private static Predicate<MatrixRole> only(MatrixRole... allowed) {
        Set<MatrixRole> set = Set.of(allowed);
        return set::contains;
    }

    private static Function<MatrixRole, Integer> forbidden() {
        return role -> 403;
    }

    /** 404 for the given roles (the answer of an unknown one), 403 for the others. */
    private static Function<MatrixRole, Integer> notFoundFor(Predicate<MatrixRole> notFound) {
        return role -> notFound.test(role) ? 404 : 403;
    }

    private static BiFunction<MatrixRole, Integer, Req> same(Req request) {
        return (role, n) -> request;
    }

    private void apiCells() {
        String station = StaffGroup.VETERANS_STATION.id();
        String head = StaffGroup.VETERANS_STATION_HEAD.id();
        String housing = StaffGroup.HOUSING_OFFICE.id();
        String selfGovernance = StaffGroup.SELF_GOVERNANCE_OFFICE.id();
        String administrators = StaffGroup.ADMINISTRATORS.id();
        String mediation = StaffGroup.MEDIATION.id();
        String window = StaffGroup.ACCEPTANCE_WINDOW.id();
        Predicate<MatrixRole> resident = role -> role.kind() == MatrixRole.Kind.RESIDENT;
        Predicate<MatrixRole> rcOfAnyArea = groups(StaffGroup.RESIDENTS_COMMITTEE.id());
        List<ApiRow> rows = new ArrayList<>();

        // calendar
        rows.add(new ApiRow(
                "GET /api/calendar/deadline",
                everyone(),
                forbidden(),
                same(Req.get("/api/calendar/deadline?from=2026-03-06T09:00:00%2B08:00&workingDays=5"))));
        rows.add(new ApiRow(
                "GET /api/calendar/years", groups(administrators), forbidden(), same(Req.get("/api/calendar/years"))));
        rows.add(new ApiRow(
                "GET /api/calendar/years/{year}",
                groups(administrators),
                forbidden(),
                same(Req.get("/api/calendar/years/" + calendarYear))));
        rows.add(new ApiRow(
                "PUT /api/calendar/years/{year}",
                groups(administrators),
                forbidden(),
                same(Req.json(
                        HttpMethod.PUT,
                        "/api/calendar/years/2097",
                        Map.of(
                                "springFestival",
                                "2097-01-24",
                                "holidays",
                                List.of("2097-01-01"),
                                "makeUpWorkdays",
                                List.of(),
                                "source",
                                "矩阵测试通知")))));

        // labour-dispute mediation
        rows.add(new ApiRow(
                "POST /api/labor-dispute-mediation/applications",
                resident.or(groups(mediation)),
                forbidden(),
                (role, n) -> Req.json(
                        HttpMethod.POST, "/api/labor-dispute-mediation/applications", labourBody(role.isStaff()))));
        rows.add(new ApiRow(
                "GET /api/labor-dispute-mediation/applications",
                resident.or(groups(mediation)),
                forbidden(),
                same(Req.get("/api/labor-dispute-mediation/applications"))));
        rows.add(new ApiRow(
                "GET /api/labor-dispute-mediation/applications/{trackingNumber}",
                only(residentA).or(groups(mediation)),
                notFoundFor(only(residentB)),
                same(Req.get("/api/labor-dispute-mediation/applications/" + labourTn))));

        // the one-stop catalog and applications
        rows.add(new ApiRow("GET /api/catalog", everyone(), forbidden(), same(Req.get("/api/catalog"))));
        rows.add(new ApiRow(
                "GET /api/catalog/{code}",
                everyone(),
                forbidden(),
                same(Req.get("/api/catalog/minimum-living-allowance"))));
        rows.add(new ApiRow(
                "PUT /api/catalog/{code}",
                groups(administrators),
                forbidden(),
                same(Req.json(
                        HttpMethod.PUT,
                        "/api/catalog/matrix-matter",
                        Map.of(
                                "nameZh",
                                "矩阵事项",
                                "nameEn",
                                "Matrix matter",
                                "responsibleGroup",
                                "civil-affairs",
                                "limitWorkingDays",
                                5,
                                "handlingMode",
                                "ONE_VISIT",
                                "formKey",
                                "one-stop-residence-registration",
                                "materials",
                                List.of(Map.of("code", "id-card", "nameZh", "身份证", "nameEn", "ID card")))))));
        rows.add(new ApiRow(
                "POST /api/applications",
                resident.or(groups(window)),
                forbidden(),
                (role, n) -> new Req(
                        HttpMethod.POST,
                        "/api/applications",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        oneStopBody(role.isStaff() ? walkIn() : residentApplication()),
                        null)));
        rows.add(new ApiRow(
                "GET /api/applications", resident.or(groups(window)), forbidden(), same(Req.get("/api/applications"))));
        Predicate<MatrixRole> oneStopReaders = only(residentA)
                .or(groups(
                        window,
                        StaffGroup.ACCEPTANCE_HEAD.id(),
                        StaffGroup.LEADERS.id(),
                        StaffGroup.CIVIL_AFFAIRS.id()));
        rows.add(new ApiRow(
                "GET /api/applications/{trackingNumber}",
                oneStopReaders,
                notFoundFor(only(residentB)),
                same(Req.get("/api/applications/" + oneStopTn))));
        rows.add(new ApiRow(
                "GET /api/applications/{trackingNumber}/materials/{materialId}",
                oneStopReaders,
                notFoundFor(only(residentB)),
                same(Req.get("/api/applications/" + oneStopTn + "/materials/" + materialId))));
        // a resident's own application: the window acts only on what it entered, and answers it like an unknown one
        rows.add(new ApiRow(
                "POST /api/applications/{trackingNumber}/withdrawal",
                only(residentA),
                notFoundFor(only(residentB).or(groups(window))),
                same(Req.empty(HttpMethod.POST, "/api/applications/" + withdrawableTn + "/withdrawal"))));
        rows.add(new ApiRow(
                "POST /api/applications/{trackingNumber}/supplement",
                only(residentA),
                notFoundFor(only(residentB).or(groups(window))),
                same(new Req(
                        HttpMethod.POST,
                        "/api/applications/" + supplementTn + "/supplement",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        multipart(jsonPart("supplement", "{\"data\":{\"householdSize\":4}}")),
                        null))));
        rows.add(new ApiRow(
                "POST /api/applications/{trackingNumber}/rating",
                only(residentA),
                notFoundFor(only(residentB)),
                same(Req.json(
                        HttpMethod.POST,
                        "/api/applications/" + ratingTn + "/rating",
                        Map.of("score", 5, "comment", "很好")))));

        // the owners' register
        Predicate<MatrixRole> register = groups(housing, administrators);
        rows.add(new ApiRow(
                "POST /api/estates",
                register,
                forbidden(),
                (role, n) -> Req.json(
                        HttpMethod.POST,
                        "/api/estates",
                        Map.of("name", "矩阵小区 " + UUID.randomUUID(), "address", "长宁区矩阵路 1 号"))));
        rows.add(new ApiRow(
                "GET /api/estates/{estateId}", register, forbidden(), same(Req.get("/api/estates/" + estateA.id()))));
        rows.add(new ApiRow(
                "POST /api/estates/{estateId}/units",
                register,
                forbidden(),
                same(new Req(
                        HttpMethod.POST,
                        "/api/estates/" + estateY + "/units",
                        "text/csv;charset=UTF-8",
                        TestEstates.REGISTER.getBytes(StandardCharsets.UTF_8),
                        null))));
        rows.add(new ApiRow(
                "GET /api/estates/{estateId}/units [text/csv]",
                register,
                forbidden(),
                same(new Req(HttpMethod.GET, "/api/estates/" + estateA.id() + "/units", null, null, "text/csv"))));

        // residents' areas and who acts for an estate: administrators only
        Predicate<MatrixRole> admins = groups(administrators);
        rows.add(new ApiRow("GET /api/residents-areas", admins, forbidden(), same(Req.get("/api/residents-areas"))));
        rows.add(new ApiRow(
                "POST /api/residents-areas",
                admins,
                forbidden(),
                (role, n) -> Req.json(
                        HttpMethod.POST, "/api/residents-areas", Map.of("name", "矩阵居民区 " + UUID.randomUUID()))));
        rows.add(new ApiRow(
                "GET /api/residents-areas/{areaId}",
                admins,
                forbidden(),
                same(Req.get("/api/residents-areas/" + estateA.areaId()))));
        rows.add(new ApiRow(
                "PUT /api/residents-areas/{areaId}",
                admins,
                forbidden(),
                (role, n) -> Req.json(
                        HttpMethod.PUT,
                        "/api/residents-areas/" + areaT,
                        Map.of("name", "矩阵居民区 T " + UUID.randomUUID()))));
        rows.add(new ApiRow(
                "DELETE /api/residents-areas/{areaId}",
                admins,
                forbidden(),
                same(Req.empty(HttpMethod.DELETE, "/api/residents-areas/" + areaEmpty))));
        rows.add(new ApiRow(
                "PUT /api/residents-areas/{areaId}/estates/{estateId}",
                admins,
                forbidden(),
                same(Req.empty(HttpMethod.PUT, "/api/residents-areas/" + areaT + "/estates/" + estateY))));
        rows.add(new ApiRow(
                "DELETE /api/residents-areas/{areaId}/estates/{estateId}",
                admins,
                forbidden(),
                same(Req.empty(HttpMethod.DELETE, "/api/residents-areas/" + areaT + "/estates/" + estateY))));
        rows.add(new ApiRow(
                "PUT /api/residents-areas/{areaId}/staff/{userId}",
                admins,
                forbidden(),
                same(Req.empty(HttpMethod.PUT, "/api/residents-areas/" + areaT + "/staff/" + spareAreaStaff))));
        rows.add(new ApiRow(
                "DELETE /api/residents-areas/{areaId}/staff/{userId}",
                admins,
                forbidden(),
                same(Req.empty(HttpMethod.DELETE, "/api/residents-areas/" + areaT + "/staff/" + spareAreaStaff))));
        rows.add(new ApiRow(
                "GET /api/estates/{estateId}/staff",
                admins,
                forbidden(),
                same(Req.get("/api/estates/" + estateA.id() + "/staff"))));
        String estateStaff = "/api/estates/" + estateY + "/staff/owners-committee/" + spareEstateStaff;
        rows.add(new ApiRow(
                "PUT /api/estates/{estateId}/staff/{staffGroup}/{userId}",
                admins,
                forbidden(),
                same(Req.empty(HttpMethod.PUT, estateStaff))));
        rows.add(new ApiRow(
                "DELETE /api/estates/{estateId}/staff/{staffGroup}/{userId}",
                admins,
                forbidden(),
                same(Req.empty(HttpMethod.DELETE, estateStaff))));

        // owners linked to resident accounts: the n-th allowed role links (and unlinks) its own owner
        Predicate<MatrixRole> linkers = groups(housing, selfGovernance);
        rows.add(new ApiRow(
                "PUT /api/estates/{estateId}/owners/{ownerId}/account",
                linkers,
                forbidden(),
                (role, n) -> Req.json(
                        HttpMethod.PUT,
                        "/api/estates/" + estateX + "/owners/O-" + (2 + n) + "/account",
                        Map.of("mobile", linkMobiles.get(n)))));
        rows.add(new ApiRow(
                "DELETE /api/estates/{estateId}/owners/{ownerId}/account",
                linkers,
                forbidden(),
                (role, n) ->
                        Req.empty(HttpMethod.DELETE, "/api/estates/" + estateX + "/owners/O-" + (2 + n) + "/account")));

        // the owners' vote on estate A, its window open: each allowed caller casts the ballot of another owner
        Map<MatrixRole, Map<String, Object>> ballots = Map.of(
                residentA,
                Map.of("choice", "AGREE"),
                role(selfGovernance),
                Map.of("choice", "AGREE", "ownerId", "O-2"),
                ocA,
                Map.of("choice", "DISAGREE", "ownerId", "O-3"),
                rcA,
                Map.of("choice", "ABSTAIN", "developer", true));
        rows.add(new ApiRow(
                "POST /api/votes/{voteId}/ballots",
                ballots::containsKey,
                forbidden(),
                (role, n) -> Req.json(
                        HttpMethod.POST,
                        "/api/votes/" + voteId + "/ballots",
                        ballots.getOrDefault(
                                role,
                                role.isStaff()
                                        ? Map.of("choice", "AGREE", "ownerId", "O-2")
                                        : Map.of("choice", "AGREE")))));
        // while the window is open: oversight reads; who reads it later is told so (403); everyone else gets 404
        Predicate<MatrixRole> later = only(residentA, ocA, rcA).or(groups(housing));
        rows.add(new ApiRow(
                "GET /api/votes/{voteId}/tally",
                groups(selfGovernance, StaffGroup.LEADERS.id()),
                role -> later.test(role) ? 403 : 404,
                same(Req.get("/api/votes/" + voteId + "/tally"))));

        // property-fee proposals: the estate's own company and committee
        rows.add(new ApiRow(
                "POST /api/property-fee/proposals",
                only(pcA, ocA),
                forbidden(),
                same(Req.json(HttpMethod.POST, "/api/property-fee/proposals", TestProposals.apiBody(estateA.id())))));

        // the veterans' roster: the station and its head
        Predicate<MatrixRole> stationStaff = groups(station, head);
        rows.add(new ApiRow(
                "POST /api/veterans",
                stationStaff,
                forbidden(),
                (role, n) -> new Req(
                        HttpMethod.POST,
                        "/api/veterans",
                        "text/csv;charset=UTF-8",
                        rosterCsv(
                                        "AMR" + n
                                                + UUID.randomUUID()
                                                        .toString()
                                                        .substring(0, 6)
                                                        .toUpperCase(Locale.ROOT),
                                        TestIdNumbers.unique())
                                .getBytes(StandardCharsets.UTF_8),
                        null)));
        rows.add(new ApiRow("GET /api/veterans", stationStaff, forbidden(), same(Req.get("/api/veterans"))));
        rows.add(new ApiRow(
                "GET /api/veterans [text/csv]",
                stationStaff,
                forbidden(),
                same(new Req(HttpMethod.GET, "/api/veterans", null, null, "text/csv"))));
        rows.add(new ApiRow(
                "GET /api/veterans/export", stationStaff, forbidden(), same(Req.get("/api/veterans/export"))));
        rows.add(new ApiRow(
                "GET /api/veterans/{veteranId}",
                stationStaff,
                forbidden(),
                same(Req.get("/api/veterans/" + veteranId))));
        rows.add(new ApiRow(
                "GET /api/veterans/{veteranId}/id-number",
                stationStaff,
                forbidden(),
                same(Req.get("/api/veterans/" + veteranId + "/id-number"))));

        // veteran assistance: residents, residents' committees (a report) and the station apply; reading: the
        // applicant, who entered it, the station (resident A's case answers others as an unknown one)
        String va = "/api/veteran-assistance/applications";
        rows.add(new ApiRow(
                "POST /api/veteran-assistance/applications",
                resident.or(rcOfAnyArea).or(stationStaff),
                forbidden(),
                (role, n) -> Req.json(HttpMethod.POST, va, assistanceBody(role, TestIdNumbers.unique()))));
        rows.add(new ApiRow(
                "GET /api/veteran-assistance/applications",
                resident.or(rcOfAnyArea).or(stationStaff),
                forbidden(),
                same(Req.get(va))));
        Predicate<MatrixRole> vaReaders = only(residentA).or(stationStaff);
        Function<MatrixRole, Integer> vaRefusal = notFoundFor(only(residentB).or(rcOfAnyArea));
        rows.add(new ApiRow(
                "GET /api/veteran-assistance/applications/{trackingNumber}",
                vaReaders,
                vaRefusal,
                same(Req.get(va + "/" + assistanceTn))));
        rows.add(new ApiRow(
                "POST /api/veteran-assistance/applications/{trackingNumber}/attachments",
                vaReaders,
                vaRefusal,
                same(new Req(
                        HttpMethod.POST,
                        va + "/" + assistanceTn + "/attachments",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        multipart(file("files", "more.pdf", PDF)),
                        null))));
        rows.add(new ApiRow(
                "GET /api/veteran-assistance/applications/{trackingNumber}/attachments/{attachmentId}",
                vaReaders,
                vaRefusal,
                same(Req.get(va + "/" + assistanceTn + "/attachments/" + attachmentId))));

        // the accounts' own doors: public, each caller with a number, a code and an ID number or credit code of its own
        rows.add(new ApiRow("POST /api/accounts/verification-codes", everyone(), forbidden(), (role, n) -> {
            TestSignUps.forgetAddresses(jdbc); // every caller of the matrix comes from one address
            return Req.json(
                    HttpMethod.POST, "/api/accounts/verification-codes", Map.of("mobile", TestSignUps.mobile(jdbc)));
        }));
        rows.add(new ApiRow("POST /api/accounts/residents", everyone(), forbidden(), (role, n) -> {
            String mobile = TestSignUps.mobile(jdbc);
            return Req.json(
                    HttpMethod.POST,
                    "/api/accounts/residents",
                    TestSignUps.resident(mobile, TestSignUps.code(rest, jdbc, mobile), TestIdNumbers.unique()));
        }));
        rows.add(new ApiRow("POST /api/accounts/enterprises", everyone(), forbidden(), (role, n) -> {
            String contact = TestSignUps.mobile(jdbc);
            return Req.json(
                    HttpMethod.POST,
                    "/api/accounts/enterprises",
                    TestSignUps.enterprise(
                            TestSignUps.creditCode(jdbc), contact, TestSignUps.code(rest, jdbc, contact)));
        }));
        rows.add(new ApiRow("POST /api/accounts/password-reset", everyone(), forbidden(), (role, n) -> {
            String mobile = TestSignUps.mobile(jdbc);
            accounts.createResident(mobile, "矩阵重设密码", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
            return Req.json(
                    HttpMethod.POST,
                    "/api/accounts/password-reset",
                    Map.of(
                            "loginName",
                            mobile,
                            "code",
                            TestSignUps.code(rest, jdbc, mobile),
                            "password",
                            "Matrix-new-pass-1"));
        }));

        // the inbox: residents and enterprises read their own notices; another's answers as an unknown one
        Predicate<MatrixRole> withInbox = resident.or(only(enterprise));
        rows.add(new ApiRow("GET /api/inbox", withInbox, forbidden(), same(Req.get("/api/inbox"))));
        rows.add(new ApiRow(
                "POST /api/inbox/{id}/read",
                only(residentA),
                notFoundFor(only(residentB, enterprise)),
                same(Req.empty(HttpMethod.POST, "/api/inbox/" + noticeId + "/read"))));

        // my cases: a resident's own across the procedures; an enterprise has none; another's answers as unknown
        rows.add(new ApiRow("GET /api/my/cases", withInbox, forbidden(), same(Req.get("/api/my/cases"))));
        rows.add(new ApiRow(
                "GET /api/my/cases/{trackingNumber}",
                only(residentA),
                notFoundFor(only(residentB, enterprise)),
                same(Req.get("/api/my/cases/" + labourTn))));

        // services: the list and the forms are public; the generic door files for the starters the model names
        // (enterprise-service-request: enterprises); an applicant's own step is theirs alone, staff have none
        rows.add(new ApiRow("GET /api/services", everyone(), forbidden(), same(Req.get("/api/services"))));
        rows.add(new ApiRow(
                "GET /api/services/{processKey}/form",
                everyone(),
                forbidden(),
                same(Req.get("/api/services/enterprise-service-request/form"))));
        rows.add(new ApiRow(
                "POST /api/services/{processKey}/applications",
                only(enterprise),
                forbidden(),
                same(new Req(
                        HttpMethod.POST,
                        "/api/services/enterprise-service-request/applications",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        multipart(jsonPart("application", enterpriseNeed())),
                        null))));
        rows.add(new ApiRow("GET /api/my/tasks", withInbox, forbidden(), same(Req.get("/api/my/tasks"))));
        String readStep = enterpriseStep();
        rows.add(new ApiRow(
                "GET /api/my/tasks/{taskId}",
                only(enterprise),
                notFoundFor(resident),
                same(Req.get("/api/my/tasks/" + readStep))));
        String completedStep = enterpriseStep();
        rows.add(new ApiRow(
                "POST /api/my/tasks/{taskId}/completion",
                only(enterprise),
                notFoundFor(resident),
                same(Req.json(
                        HttpMethod.POST,
                        "/api/my/tasks/" + completedStep + "/completion",
                        Map.of("data", Map.of("resolved", "YES", "score", "5"))))));

        // apply online (portal-apply): the forms of what is offered, public; an account's drafts, its own only
        rows.add(new ApiRow(
                "GET /api/forms/{formKey}", everyone(), forbidden(), same(Req.get("/api/forms/one-stop-birth"))));
        Predicate<MatrixRole> withDrafts = resident.or(only(enterprise));
        Function<MatrixRole, Integer> notTheirDraft = notFoundFor(withDrafts.and(role -> role != residentA));
        long draftFile = draftOfResidentA("unemployment-registration");
        draftOfResidentA("residence-registration");
        rows.add(new ApiRow("GET /api/drafts", withDrafts, forbidden(), same(Req.get("/api/drafts"))));
        rows.add(new ApiRow(
                "GET /api/drafts/{serviceKey}",
                only(residentA),
                notTheirDraft,
                same(Req.get("/api/drafts/unemployment-registration"))));
        rows.add(new ApiRow(
                "GET /api/drafts/{serviceKey}/files/{fileId}",
                only(residentA),
                notTheirDraft,
                same(Req.get("/api/drafts/unemployment-registration/files/" + draftFile))));
        rows.add(new ApiRow(
                "PUT /api/drafts/{serviceKey}",
                withDrafts,
                forbidden(),
                same(new Req(
                        HttpMethod.PUT,
                        "/api/drafts/disability-allowance",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        multipart(
                                jsonPart("draft", "{\"data\":{},\"materialCodes\":[\"id-card\"]}"),
                                file("materials", "draft.pdf", PDF)),
                        null))));
        rows.add(new ApiRow(
                "DELETE /api/drafts/{serviceKey}",
                only(residentA),
                notTheirDraft,
                same(Req.empty(HttpMethod.DELETE, "/api/drafts/residence-registration"))));

        // owners' votes (portal): resident A is owner O-1 of estate A; anyone else gets the answer of an unknown case;
        // the opinions are for the estate's committees and the self-governance office
        rows.add(new ApiRow("GET /api/my/votes", withInbox, forbidden(), same(Req.get("/api/my/votes"))));
        rows.add(new ApiRow(
                "GET /api/my/votes/{trackingNumber}",
                only(residentA),
                notFoundFor(only(residentB, enterprise)),
                same(Req.get("/api/my/votes/" + ownersTn))));
        rows.add(new ApiRow(
                "POST /api/my/votes/{trackingNumber}/opinions",
                only(residentA),
                notFoundFor(only(residentB, enterprise)),
                same(Req.json(HttpMethod.POST, "/api/my/votes/" + ownersTn + "/opinions", Map.of("text", "矩阵意见")))));
        rows.add(new ApiRow(
                "GET /api/property-fee/proposals/{trackingNumber}/opinions",
                only(ocA, rcA).or(groups(StaffGroup.SELF_GOVERNANCE_OFFICE.id())),
                role -> role.isStaff() ? 404 : 403,
                same(Req.get("/api/property-fee/proposals/" + ownersTn + "/opinions"))));

        // the API's OpenAPI document (apidocs/): anyone reads it, in JSON or YAML
        rows.add(new ApiRow("GET /api/docs [application/json]", everyone(), forbidden(), same(Req.get("/api/docs"))));
        rows.add(new ApiRow(
                "GET /api/docs.yaml [application/vnd.oai.openapi]",
                everyone(),
                forbidden(),
                same(Req.get("/api/docs.yaml"))));

        for (ApiRow row : rows) {
            apiEndpoints.add(row.endpoint());
            List<MatrixRole> refused =
                    roles.stream().filter(role -> !row.allowed().test(role)).toList();
            List<MatrixRole> allowed =
                    roles.stream().filter(role -> row.allowed().test(role)).toList();
            for (MatrixRole role : refused) {
                int status = role.signsIn() ? row.refusal().apply(role) : 401;
                cells.add(new Cell(
                        role,
                        API,
                        row.endpoint(),
                        () -> refusedApiCall(role, row.request().apply(role, 0), status)));
            }
            for (int n = 0; n < allowed.size(); n++) {
                MatrixRole role = allowed.get(n);
                int index = n;
                cells.add(new Cell(
                        role,
                        API,
                        row.endpoint(),
                        () -> allowedApiCall(role, row.request().apply(role, index))));
            }
        }
    }

    private void refusedApiCall(MatrixRole role, Req request, int status) throws Exception {
        Map<String, Long> before = counts();
        ResponseEntity<byte[]> answer = send(role, request);
        Map<String, Long> after = counts();
        String body = text(answer);
        assertThat(answer.getStatusCode().value()).as("status; body %s", body).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType())
                .as("content type")
                .isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("type").asText()).as("type").startsWith("urn:jiedao:problem:");
        assertThat(problem.path("status").asInt()).as("status field").isEqualTo(status);
        assertThat(problem.path("detail").asText()).as("detail").isNotBlank();
        assertThat(INTERNALS.matcher(body).find()).as("internals in %s", body).isFalse();
        assertThat(changed(before, after)).as("rows stored by a refused call").isEmpty();
    }

    private void allowedApiCall(MatrixRole role, Req request) {
        ResponseEntity<byte[]> answer = send(role, request);
        assertThat(answer.getStatusCode().is2xxSuccessful())
                .as("status %s; body %s", answer.getStatusCode(), text(answer))
                .isTrue();
    }

    private ResponseEntity<byte[]> send(MatrixRole role, Req request) {
        RequestEntity.BodyBuilder builder =
                RequestEntity.method(request.method(), URI.create(rest.getRootUri() + request.path()));
        if (role.signsIn()) {
            builder.headers(headers -> headers.setBasicAuth(role.user(), role.password(), StandardCharsets.UTF_8));
        }
        // as a browser on the portal's own page would send a form or upload (the API refuses cross-site ones)
        builder.header("Sec-Fetch-Site", "same-origin");
        if (request.accept() != null) {
            builder.header(HttpHeaders.ACCEPT, request.accept());
        }
        if (request.body() == null) {
            return rest.exchange(builder.build(), byte[].class);
        }
        builder.header(HttpHeaders.CONTENT_TYPE, request.contentType());
        return rest.exchange(builder.body(request.body()), byte[].class);
    }

    private Set<String> mappedApiEndpoints() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() != null
                    ? info.getPathPatternsCondition().getPatternValues()
                    : info.getPatternValues();
            String produces =
                    info.getProducesCondition().getProducibleMediaTypes().isEmpty()
                            ? ""
                            : " " + info.getProducesCondition().getProducibleMediaTypes();
            for (String pattern : patterns) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m + " " + pattern + produces));
                }
            }
        }
        return mapped;
    }

    // ---- nothing stored ----------------------------------------------------------------------------------------

    private void countedTables() throws SQLException {
        countedTables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs =
                    meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    String upper = table.toUpperCase(Locale.ROOT);
                    if (!upper.startsWith("ACT_")
                            || upper.equals("ACT_RU_EXECUTION")
                            || upper.equals("ACT_HI_PROCINST")
                            || upper.equals("ACT_RU_TASK")) {
                        countedTables.add(table);
                    }
                }
            }
        }
        assertThat(countedTables)
                .as("tables counted")
                .hasSizeGreaterThan(15)
                .anyMatch(t -> t.equalsIgnoreCase("audit_event"))
                .anyMatch(t -> t.equalsIgnoreCase("ballot"));
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < countedTables.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(select count(*) from \"")
                    .append(countedTables.get(i))
                    .append("\") as c")
                    .append(i);
        }
        countSql = sql.toString();
    }

    /** The rows of every table concerned, in one query. */
    private Map<String, Long> counts() {
        Map<String, Object> row = jdbc.queryForMap(countSql);
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < countedTables.size(); i++) {
            Object value = row.get("c" + i);
            counts.put(countedTables.get(i), ((Number) value).longValue());
        }
        return counts;
    }

    private static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        before.forEach((table, count) -> {
            if (!count.equals(after.get(table))) {
                changed.put(table, count + " → " + after.get(table));
            }
        });
        return changed;
    }

    // ==== the engine's doors ==================================================================================

    /** The cells of one door of the engine: {@code /engine-rest} or the webapps' engine API. */
    private void engineCells(String door) {
        String shown = door.equals(ENGINE_REST) ? ENGINE_REST : "/camunda/api";
        String keys = fixtures.stream().map(Fixture::businessKey).collect(Collectors.joining(","));
        String ids = fixtures.stream().map(Fixture::instanceId).collect(Collectors.joining(","));
        for (MatrixRole role : roles) {
            cells.add(new Cell(role, shown, "GET task (the fixtures' tasks)", () -> {
                ResponseEntity<String> answer =
                        engine(role, door, HttpMethod.GET, "/task?processInstanceBusinessKeyIn=" + keys, null);
                if (refusedAtTheDoor(role, answer)) {
                    return;
                }
                assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(field(answer, "id"))
                        .as("tasks seen")
                        .containsExactlyInAnyOrderElementsOf(fixtureTasks.stream()
                                .filter(t -> seesTask(role, t))
                                .map(FixtureTask::id)
                                .toList());
            }));
            cells.add(new Cell(role, shown, "GET task/{id}", () -> eachTask(role, door, "", 404)));
            cells.add(new Cell(role, shown, "GET task/{id}/variables", () -> eachTask(role, door, "/variables", 403)));
            cells.add(new Cell(
                    role, shown, "GET task/{id}/form-variables", () -> eachTask(role, door, "/form-variables", 403)));
            cells.add(new Cell(role, shown, "POST task/{id}/claim (another group's task)", () -> {
                FixtureTask other = othersTask(role);
                ResponseEntity<String> answer = engine(
                        role,
                        door,
                        HttpMethod.POST,
                        "/task/" + other.id() + "/claim",
                        "{\"userId\":\"" + (role.signsIn() ? role.user() : "nobody") + "\"}");
                if (!refusedAtTheDoor(role, answer)) {
                    if (role == admin) {
                        // the engine's administrators may do everything; the claim is taken back at once
                        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
                        tasks.setAssignee(other.id(), null);
                    } else {
                        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
                    }
                }
                assertUnchanged(other);
            }));
            if (role != admin) {
                cells.add(new Cell(role, shown, "POST task/{id}/complete (another group's task)", () -> {
                    FixtureTask other = othersTask(role);
                    ResponseEntity<String> answer = engine(
                            role, door, HttpMethod.POST, "/task/" + other.id() + "/complete", "{\"variables\":{}}");
                    if (!refusedAtTheDoor(role, answer)) {
                        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
                    }
                    assertUnchanged(other);
                }));
            }
            cells.add(new Cell(role, shown, "GET process-instance (the fixtures' cases)", () -> {
                ResponseEntity<String> answer =
                        engine(role, door, HttpMethod.GET, "/process-instance?processInstanceIds=" + ids, null);
                if (refusedAtTheDoor(role, answer)) {
                    return;
                }
                assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(field(answer, "id"))
                        .as("cases seen")
                        .containsExactlyInAnyOrderElementsOf(fixtures.stream()
                                .filter(f -> readsInstance(role, f))
                                .map(Fixture::instanceId)
                                .toList());
            }));
            cells.add(new Cell(role, shown, "GET process-instance/{id}/variables", () -> {
                for (Fixture fixture : fixtures) {
                    ResponseEntity<String> answer = engine(
                            role,
                            door,
                            HttpMethod.GET,
                            "/process-instance/" + fixture.instanceId() + "/variables",
                            null);
                    if (refusedAtTheDoor(role, answer)) {
                        return;
                    }
                    assertThat(answer.getStatusCode())
                            .as(fixture.name() + ": " + answer.getBody())
                            .isEqualTo(readsInstance(role, fixture) ? HttpStatus.OK : HttpStatus.FORBIDDEN);
                }
            }));
            historyCell(
                    role,
                    door,
                    shown,
                    "history/process-instance",
                    "/history/process-instance?processInstanceIds=" + ids,
                    "id");
            historyCell(
                    role,
                    door,
                    shown,
                    "history/task",
                    "/history/task?processInstanceBusinessKeyIn=" + keys,
                    "processInstanceId");
            historyCell(
                    role,
                    door,
                    shown,
                    "history/variable-instance",
                    "/history/variable-instance?processInstanceIdIn=" + ids,
                    "processInstanceId");
            historyCell(
                    role,
                    door,
                    shown,
                    "history/detail",
                    "/history/detail?processInstanceIdIn=" + ids,
                    "processInstanceId");
            for (String process : PROCESSES) {
                cells.add(new Cell(
                        role,
                        shown,
                        "POST process-definition/key/" + process + "/start",
                        () -> start(role, door, process)));
            }
            cells.add(new Cell(role, shown, "GET user", () -> {
                ResponseEntity<String> answer = engine(role, door, HttpMethod.GET, "/user", null);
                if (refusedAtTheDoor(role, answer)) {
                    return;
                }
                assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
                if (role == admin) {
                    assertThat(field(answer, "id")).contains(admin.user(), residentsCommitteeUser());
                } else {
                    assertThat(field(answer, "id")).as("users seen").containsExactly(role.user());
                }
            }));
            cells.add(new Cell(role, shown, "GET group", () -> {
                ResponseEntity<String> answer = engine(role, door, HttpMethod.GET, "/group", null);
                if (refusedAtTheDoor(role, answer)) {
                    return;
                }
                assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
                if (role == admin) {
                    assertThat(field(answer, "id"))
                            .contains(
                                    StaffGroup.ADMINISTRATORS.id(),
                                    StaffGroup.MEDIATION.id(),
                                    ScopeGroups.ownersCommittee(estateB.id()));
                } else {
                    assertThat(field(answer, "id")).as("groups seen").isSubsetOf(role.groups());
                }
            }));
        }
    }

    private String residentsCommitteeUser() {
        return rcB.user();
    }

    private void historyCell(
            MatrixRole role, String door, String shown, String name, String path, String instanceField) {
        cells.add(new Cell(role, shown, "GET " + name + " (the fixtures' cases)", () -> {
            ResponseEntity<String> answer = engine(role, door, HttpMethod.GET, path, null);
            if (refusedAtTheDoor(role, answer)) {
                return;
            }
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(new TreeSet<>(field(answer, instanceField)))
                    .as("cases whose history is seen")
                    .containsExactlyInAnyOrderElementsOf(fixtures.stream()
                            .filter(f -> readsHistory(role, f))
                            .map(Fixture::instanceId)
                            .toList());
        }));
    }

    /** GET task/{id}{suffix} of every fixture task: 200 for whoever sees the task, the given status for the others. */
    private void eachTask(MatrixRole role, String door, String suffix, int refused) {
        for (FixtureTask task : fixtureTasks) {
            ResponseEntity<String> answer = engine(role, door, HttpMethod.GET, "/task/" + task.id() + suffix, null);
            if (refusedAtTheDoor(role, answer)) {
                return;
            }
            assertThat(answer.getStatusCode().value())
                    .as("%s %s: %s", task.fixture().name(), task.key(), answer.getBody())
                    .isEqualTo(seesTask(role, task) ? 200 : refused);
        }
    }

    /** Starting a process: who may, and that a refused start starts nothing. */
    private void start(MatrixRole role, String door, String process) throws Exception {
        String body = switch (process) {
            case "labor-dispute-mediation" -> "{\"variables\":" + labourStartForm() + "}";
            case "property-fee-adjustment" ->
                JSON.writeValueAsString(
                        Map.of("variables", TestProposals.typed(TestProposals.startForm(estateA.id()))));
            default -> "{\"variables\":{}}";
        };
        long before = instances(process);
        ResponseEntity<String> answer =
                engine(role, door, HttpMethod.POST, "/process-definition/key/" + process + "/start", body);
        int expected = startAnswer(role, process);
        if (!refusedAtTheDoor(role, answer)) {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(expected);
            // Camunda's {type, message}: the type names the kind of refusal (Tasklist reads it), the message is for
            // people
            String message = JSON.readTree(answer.getBody()).path("message").asText();
            assertThat(INTERNALS.matcher(message).find())
                    .as("internals in %s", answer.getBody())
                    .isFalse();
        }
        assertThat(instances(process))
                .as("cases of " + process)
                .isEqualTo(expected == 200 && role.isStaff() ? before + 1 : before);
    }

    /**
     * What a start answers (README, the row of {@code /engine-rest}): the window's labour entry for mediation, a fee
     * proposal for the estate's own company and committee; the intake refuses the others' starts of the processes their
     * groups may start and every start of a process filed elsewhere, an administrator's too (400); whoever has no right
     * to start a process is refused by the engine (403), and one who may not even read it finds none (404). A
     * refusal of the fee intake (another estate, or not its company or committee) is the engine's 403.
     */
    private int startAnswer(MatrixRole role, String process) {
        boolean readsDefinition = role == admin
                // designers read every definition, to see what runs (docs/designers.md), and start none
                || role.inAny(StaffGroup.LEADERS.id(), StaffGroup.DESIGNERS.id())
                || role.inAny(processGroups.get(process).toArray(String[]::new));
        if (!readsDefinition) {
            return 404; // a process the caller may not read is not there for them
        }
        return switch (process) {
            case "labor-dispute-mediation" -> role.inAny(StaffGroup.MEDIATION.id()) ? 200 : role == admin ? 400 : 403;
            case "property-fee-adjustment" -> role == pcA || role == ocA ? 200 : 403;
            default -> role == admin ? 400 : 403;
        };
    }

    private long instances(String process) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?", Long.class, process);
    }

    private FixtureTask othersTask(MatrixRole role) {
        return fixtureTasks.stream()
                .filter(task -> !role.inAny(task.candidates().toArray(String[]::new)))
                .findFirst()
                .orElseThrow();
    }

    private void assertUnchanged(FixtureTask task) {
        Task now = tasks.createTaskQuery().taskId(task.id()).singleResult();
        assertThat(now).as("the task still waits").isNotNull();
        assertThat(now.getAssignee()).as("its assignee").isNull();
    }

    private boolean seesTask(MatrixRole role, FixtureTask task) {
        return role.isStaff()
                && (role == admin
                        || role.inAny(StaffGroup.LEADERS.id())
                        || role.inAny(task.candidates().toArray(String[]::new)));
    }

    /**
     * The running case (and so its variables, which Tasklist's rows show): administrators and leaders, and whoever has
     * an open task of it — the same variables its task shows them.
     */
    private boolean readsInstance(MatrixRole role, Fixture fixture) {
        return role.isStaff()
                && (role == admin
                        || role.inAny(StaffGroup.LEADERS.id())
                        || fixtureTasks.stream()
                                .anyMatch(task -> task.fixture().equals(fixture) && seesTask(role, task)));
    }

    private boolean readsHistory(MatrixRole role, Fixture fixture) {
        return role.isStaff()
                && (role == admin
                        || role.inAny(StaffGroup.LEADERS.id())
                        || role.inAny(fixture.caseGroups().toArray(String[]::new)));
    }

    /** A caller who is no staff user is refused at the door (401) whatever they ask; true when that was the case. */
    private boolean refusedAtTheDoor(MatrixRole role, ResponseEntity<String> answer) {
        if (role.isStaff()) {
            return false;
        }
        assertThat(answer.getStatusCode()).as("%s: %s", role, answer.getBody()).isEqualTo(HttpStatus.UNAUTHORIZED);
        return true;
    }

    /**
     * Camunda Modeler's deploy dialog ({@code POST /engine-rest/deployment/create}, issue 15 item 8): group
     * {@code designers} and administrators deploy, other staff get 403, everyone else 401, and a refused call deploys
     * nothing. The model's only group is {@code administrators}, so that the deployment changes no other row.
     */
    private void deploymentCells() {
        String key = "it-matrix-deployment";
        String form = "it-matrix-review";
        byte[] body = TestMultipart.body(
                BOUNDARY,
                TestMultipart.file(
                        key + ".bpmn",
                        key + ".bpmn",
                        "application/octet-stream",
                        TestModels.bpmn(key, "矩阵审核", StaffGroup.ADMINISTRATORS.id(), form)),
                TestMultipart.file(form + ".form", form + ".form", "application/octet-stream", TestModels.form(form)));
        for (MatrixRole role : roles) {
            cells.add(new Cell(role, ENGINE_REST, "POST deployment/create (a model and its form)", () -> {
                long before = repository.createDeploymentQuery().count();
                HttpHeaders headers = new HttpHeaders();
                if (role.signsIn()) {
                    headers.setBasicAuth(role.user(), role.password(), StandardCharsets.UTF_8);
                }
                headers.setAccept(List.of(MediaType.APPLICATION_JSON));
                headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY));
                ResponseEntity<String> answer = QuietLogs.during(
                        () -> rest.exchange(
                                ENGINE_REST + "/deployment/create",
                                HttpMethod.POST,
                                new HttpEntity<>(body, headers),
                                String.class),
                        QuietLogs.ENGINE_COMMANDS);
                forgetFailedSignIn(role);
                boolean deploys = role.inAny(StaffGroup.DESIGNERS.id(), StaffGroup.ADMINISTRATORS.id());
                if (!refusedAtTheDoor(role, answer)) {
                    assertThat(answer.getStatusCode())
                            .as(answer.getBody())
                            .isEqualTo(deploys ? HttpStatus.OK : HttpStatus.FORBIDDEN);
                }
                assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploys ? before + 1 : before);
            }));
        }
    }

    /** A call of the engine's API through one door, as the role. */
    private ResponseEntity<String> engine(MatrixRole role, String door, HttpMethod method, String path, String json) {
        ResponseEntity<String> answer = QuietLogs.during(
                () -> {
                    if (door.equals(WEBAPPS)) {
                        Webapp session = session(role);
                        return method == HttpMethod.GET
                                ? session.get(WEBAPPS + path)
                                : session.postJson(WEBAPPS + path, json);
                    }
                    HttpHeaders headers = new HttpHeaders();
                    if (role.signsIn()) {
                        headers.setBasicAuth(role.user(), role.password(), StandardCharsets.UTF_8);
                    }
                    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
                    if (json != null) {
                        headers.setContentType(MediaType.APPLICATION_JSON);
                    }
                    return rest.exchange(ENGINE_REST + path, method, new HttpEntity<>(json, headers), String.class);
                },
                QuietLogs.ENGINE_COMMANDS);
        forgetFailedSignIn(role);
        return answer;
    }

    /**
     * The webapps' session of a role: a signed-in Tasklist session for staff; for everyone else the session a browser
     * has on the login page (a cookie and a CSRF token, nobody signed in), after a refused sign-in for residents and
     * enterprises.
     */
    private Webapp session(MatrixRole role) {
        return sessions.computeIfAbsent(role, r -> {
            if (r.isStaff()) {
                return Webapp.login(rest, r.user(), r.password());
            }
            ResponseEntity<String> welcome = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
            return new Webapp(
                    rest,
                    cookies(welcome.getHeaders().get(HttpHeaders.SET_COOKIE)),
                    welcome.getHeaders().getFirst("X-XSRF-TOKEN"));
        });
    }

    /** A sign-in to the webapps, as Tasklist's login form sends it: its status. */
    private int webappSignIn(MatrixRole role) {
        ResponseEntity<String> welcome = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", role.user());
        form.add("password", role.password());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set(HttpHeaders.COOKIE, cookies(welcome.getHeaders().get(HttpHeaders.SET_COOKIE)));
        headers.set("X-XSRF-TOKEN", welcome.getHeaders().getFirst("X-XSRF-TOKEN"));
        int status = rest.postForEntity(
                        "/camunda/api/admin/auth/user/default/login/tasklist",
                        new HttpEntity<>(form, headers),
                        String.class)
                .getStatusCode()
                .value();
        forgetFailedSignIn(role);
        return status;
    }

    /**
     * A resident's or an enterprise's try at a staff door is a failed staff sign-in, which slows the next try of that
     * name and, after ten, of the address; the matrix's own expected failures are forgotten so that each cell (and
     * every later test from this address) meets the door as a first try.
     */
    private void forgetFailedSignIn(MatrixRole role) {
        if (role.signsIn() && !role.isStaff()) {
            jdbc.update(
                    "DELETE FROM app_sign_in_failure WHERE subject = ? OR subject LIKE 'address:%'",
                    "staff:" + role.user());
        }
    }

    private static String cookies(List<String> setCookies) {
        if (setCookies == null) {
            return "";
        }
        return String.join(
                "; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList());
    }

    /** The webapps' own parts: the sign-in, Cockpit's API and the personal-data plugin. */
    private void webappOnlyCells() {
        String door = "/camunda/api";
        record Detail(Fixture fixture, String detail, String group) {}
        List<Detail> details = List.of(
                new Detail(fixture("labor-dispute-mediation"), "id-number", StaffGroup.MEDIATION.id()),
                new Detail(fixture("one-stop-application"), "application", StaffGroup.ACCEPTANCE_WINDOW.id()),
                new Detail(fixture("veteran-assistance"), "household", StaffGroup.VETERANS_STATION.id()));
        for (MatrixRole role : roles) {
            if (role.signsIn()) {
                cells.add(new Cell(
                        role,
                        door,
                        "POST admin/auth/user/default/login/tasklist",
                        () -> assertThat(webappSignIn(role)).isEqualTo(role.isStaff() ? 200 : 401)));
            }
            cells.add(new Cell(role, door, "GET cockpit/plugin/base/default/process-definition/statistics", () -> {
                ResponseEntity<String> answer = session(role).get(COCKPIT);
                assertThat(answer.getStatusCode().value())
                        .as(answer.getBody())
                        .isEqualTo(!role.isStaff() ? 401 : role == admin ? 200 : 403);
            }));
            for (Detail detail : details) {
                cells.add(new Cell(
                        role,
                        door,
                        "GET tasklist/plugin/personal-data/default/"
                                + detail.fixture().process() + "/{trackingNumber}/" + detail.detail(),
                        () -> {
                            ResponseEntity<String> answer = session(role)
                                    .get(PLUGIN + detail.fixture().process() + "/"
                                            + detail.fixture().businessKey() + "/" + detail.detail());
                            int expected = !role.isStaff() ? 401 : role.inAny(detail.group()) ? 200 : 404;
                            assertThat(answer.getStatusCode().value())
                                    .as(answer.getBody())
                                    .isEqualTo(expected);
                        }));
            }
        }
    }

    private Fixture fixture(String process) {
        return fixtures.stream()
                .filter(f -> f.process().equals(process))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> field(ResponseEntity<String> answer, String name) {
        try {
            List<String> values = new ArrayList<>();
            for (JsonNode row : JSON.readTree(answer.getBody())) {
                values.add(row.path(name).asText());
            }
            return values;
        } catch (IOException e) {
            throw new AssertionError("not a JSON list: " + answer.getBody(), e);
        }
    }

    // ==== bodies ==============================================================================================

    private static Map<String, Object> labourBody(boolean windowEntry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employer", "上海矩阵物流有限公司");
        body.put("disputeType", "WAGES");
        body.put("claim", "支付拖欠工资");
        body.put("facts", "三个月未发工资");
        if (windowEntry) {
            body.put("applicantName", "窗口申请人");
            body.put("applicantMobile", "13900004001");
            body.put("applicantIdNumber", TestIdNumbers.unique());
        }
        return body;
    }

    private static String labourStartForm() {
        return "{\"applicantName\":{\"value\":\"窗口申请人\",\"type\":\"String\"},"
                + "\"applicantMobile\":{\"value\":\"13800138000\",\"type\":\"String\"},"
                + "\"applicantIdNumber\":{\"value\":\"" + TestIdNumbers.unique() + "\",\"type\":\"String\"},"
                + "\"employer\":{\"value\":\"上海某某物流有限公司\",\"type\":\"String\"},"
                + "\"disputeType\":{\"value\":\"WAGES\",\"type\":\"String\"},"
                + "\"claim\":{\"value\":\"支付加班费\",\"type\":\"String\"},"
                + "\"facts\":{\"value\":\"加班未付费\",\"type\":\"String\"}}";
    }

    private static String residentApplication() {
        return "{\"matterCode\":\"minimum-living-allowance\",\"data\":{\"householdSize\":3,"
                + "\"monthlyHouseholdIncome\":2000.50,\"hardshipDescription\":\"因病致贫\"},"
                + "\"materialCodes\":[\"id-card\",\"household-register\",\"income-proof\"]}";
    }

    private static String walkIn() {
        return "{\"matterCode\":\"minimum-living-allowance\",\"applicant\":{\"name\":\"窗口居民\",\"idNumber\":\""
                + TestIdNumbers.unique() + "\",\"mobile\":\"13900005001\"},\"data\":{\"householdSize\":3,"
                + "\"monthlyHouseholdIncome\":2000.50,\"hardshipDescription\":\"因病致贫\"},"
                + "\"materialCodes\":[\"id-card\",\"household-register\",\"income-proof\"]}";
    }

    private static byte[] oneStopBody(String application) {
        return multipart(
                jsonPart("application", application),
                file("materials", "id.pdf", PDF),
                file("materials", "hukou.pdf", PDF),
                file("materials", "income.pdf", PDF));
    }

    private static String rosterCsv(String serviceNumber, String idNumber) {
        return "serviceNumber,name,idNumber,mobile,address,keyCare\r\n" + serviceNumber + ",矩阵老兵," + idNumber
                + ",13900003001,长宁区矩阵路 2 号,否\r\n";
    }

    private static Map<String, Object> assistanceBody(MatrixRole role, String veteranIdNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("veteranIdNumber", veteranIdNumber);
        body.put(
                "applicantRelation",
                role.isStaff()
                                && role.inAny(StaffGroup.RESIDENTS_COMMITTEE.id())
                                && !role.inAny(StaffGroup.VETERANS_STATION.id(), StaffGroup.VETERANS_STATION_HEAD.id())
                        ? "RESIDENTS_COMMITTEE"
                        : "FAMILY");
        if (role.isStaff()) {
            body.put("applicantName", "矩阵家属");
            body.put("applicantMobile", "13900003002");
        }
        body.put("hardshipType", "ILLNESS");
        body.put("householdSize", 3);
        body.put("monthlyHouseholdIncome", 1200);
        body.put("disabilityGrade", 0);
        body.put("requestedHelp", "住院费用");
        return body;
    }

    private static String enterpriseNeed() {
        return "{\"data\":{\"needCategory\":\"SPACE\",\"needTitle\":\"矩阵诉求\",\"needDescription\":\"需要场地\","
                + "\"contactName\":\"矩阵联系人\",\"contactMobile\":\"13900003009\"}}";
    }

    /** An enterprise service request of the matrix's enterprise, answered: its rating step, open for the enterprise. */
    private String enterpriseStep() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY));
        headers.set("Sec-Fetch-Site", "same-origin");
        ResponseEntity<Map> filed = as(enterprise)
                .exchange(
                        "/api/services/enterprise-service-request/applications",
                        HttpMethod.POST,
                        new HttpEntity<>(multipart(jsonPart("application", enterpriseNeed())), headers),
                        Map.class);
        assertThat(filed.getStatusCode().value())
                .as("filed: %s", filed.getBody())
                .isEqualTo(201);
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey((String) filed.getBody().get("trackingNumber"))
                .singleResult()
                .getId();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getId(),
                Map.of("handlingOffice", "business-service", "replyWorkingDays", 5L));
        // the enterprise is told of the assignment (Task_NotifyNeedAssigned)
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId());
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getId(),
                Map.of("answer", "矩阵答复"));
        return tasks.createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
    }

    private TestRestTemplate as(MatrixRole role) {
        return rest.withBasicAuth(role.user(), role.password());
    }

    private static HttpEntity<byte[]> csv(String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        return new HttpEntity<>(text.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as("%s %s", response.getStatusCode(), response.getBody())
                .isTrue();
    }

    private static String text(ResponseEntity<byte[]> answer) {
        return answer.getBody() == null ? "" : new String(answer.getBody(), StandardCharsets.UTF_8);
    }

    private static TestMultipart.FilePart file(String name, String fileName, byte[] content) {
        return TestMultipart.file(name, fileName, "application/pdf", content);
    }

    private static byte[] multipart(Object... parts) {
        return TestMultipart.body(BOUNDARY, parts);
    }
}
