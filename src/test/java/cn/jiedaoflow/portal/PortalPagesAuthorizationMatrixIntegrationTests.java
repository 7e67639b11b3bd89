package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.ownersvote.TestVotes;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.propertyfee.OwnersCases;
import cn.jiedaoflow.propertyfee.TestProposals;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The authorization matrix of the portal's pages (issue 14, item 8): every visitor against every page the server
 * renders outside {@code /api}, {@code /camunda}, {@code /engine-rest} and {@code /actuator}, over real HTTP with the
 * portal's own session (the sign-in form, its cookie and CSRF token), as {@code AuthorizationMatrixIntegrationTests}
 * is for {@code /api}.
 *
 * <p>The visitors: anonymous; resident A, owner O-1 of estate A, with a one-stop case, a notice in the inbox and the
 * owners' page of estate A's property-fee case in its opinion window; resident B, signed in, owning nothing, with no
 * case; the owner of estate B (another estate, with a case of its own in its opinion window); an enterprise with its
 * own enterprise service request waiting at its applicant's step (the rating) and another whose step it has done, and
 * a second enterprise with none; three staff users signed in with the portal's form (the acceptance window, estate A's
 * owners' committee, the administrators); and two who send HTTP Basic to a page (staff, and resident A), which the
 * pages' chain does not read: they are anonymous there. No deployed model offers a resident a step of their own (the
 * enterprise service request is the only model with an {@code applicant} task), so resident A's steps are those of
 * others: the enterprise's, and the window's pre-check of A's own case, a staff task A is refused like any other.
 *
 * <p>What each cell holds to: a private page sends a visitor who has not signed in to {@code /sign-in}; someone else's
 * case, receipt, applicant's step or owners' page answers {@code 404} with exactly the page of a number (or id) that
 * does not exist — the same bytes once the CSRF token is set aside, and none of the case's details; staff signed in on
 * the portal are told to use Tasklist on every resident page, the same page whatever the number (nothing to probe);
 * public pages answer everyone. No answer is a 5xx or shows the server's internals. Each cell is a
 * {@link DynamicTest} named {@code role × page · what}; {@link #everyPageMappingHasARow()} fails when a page is mapped
 * without a row here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesAuthorizationMatrixIntegrationTests {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bjava\\.|jakarta\\.|springframework|hibernate|\\.java:|Whitelabel|stack ?trace",
            Pattern.CASE_INSENSITIVE);
    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    /** Numbers and an id of the right shape that nothing has. */
    private static final String UNKNOWN_OS = "OS-20991231-ZZZZZZ";

    private static final String UNKNOWN_SV = "SV-20991231-ZZZZZZ";
    private static final String UNKNOWN_PF = "PF-20991231-ZZZZZZ";
    private static final String UNKNOWN_TASK = "6f1d2c3b-0000-4000-8000-000000000000";

    /** The doors of the pages' chain that are filters, not mappings: they have rows of their own. */
    private static final Set<String> FILTER_DOORS =
            Set.of("POST " + PortalPaths.SIGN_IN, "POST " + PortalPaths.SIGN_OUT);

    private static final String ONE_STOP_MATTER = "minimum-living-allowance";
    private static final String DEDICATED_PROCESS = "labor-dispute-mediation";
    private static final String MODEL_ONLY_PROCESS = "enterprise-service-request";
    private static final String STAFF_ONLY_PROCESS = "property-fee-adjustment";

    private static final String A_NAME = "页面矩阵居民甲";
    private static final String A_NOTICE = "页面矩阵通知甲";
    private static final String ENTERPRISE_NAME = "上海页面矩阵甲有限公司";
    private static final String NEED_TITLE = "页面矩阵企业诉求";
    private static final String STEP_NAME = "企业评价答复";
    private static final String ONE_STOP_WHAT = "老年综合津贴";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    // ---- the roles -------------------------------------------------------------------------------------------

    enum Kind {
        ANONYMOUS,
        RESIDENT,
        ENTERPRISE,
        STAFF
    }

    /**
     * A visitor of the pages.
     *
     * @param basic sends its name and password as HTTP Basic with every request instead of signing in with the form
     */
    record Role(String name, Kind kind, String loginName, String password, boolean basic) {

        /** Signed in on the portal (with the form). */
        boolean signedIn() {
            return kind != Kind.ANONYMOUS && !basic;
        }

        boolean isStaff() {
            return signedIn() && kind == Kind.STAFF;
        }

        /** A resident or an enterprise, signed in. */
        boolean isApplicant() {
            return signedIn() && (kind == Kind.RESIDENT || kind == Kind.ENTERPRISE);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Role> roles = new ArrayList<>();
    private final Map<Role, Visitor> visitors = new HashMap<>();

    private Role anonymous;
    private Role residentA;
    private Role residentB;
    private Role ownerB;
    private Role enterprise;
    private Role enterpriseB;
    private Role windowStaff;
    private Role ownersCommitteeA;
    private Role admin;
    private Role staffBasic;
    private Role residentABasic;

    // ---- the fixtures ----------------------------------------------------------------------------------------

    private String oneStopTn;
    private String preCheckTaskId;
    private String serviceTn;
    private String stepId;
    /** A step of the enterprise's that it has done: no longer open. */
    private String doneStepId;

    private String ownersTn;
    private String ownersTnB;
    /** Estate A's residents' area. */
    private long areaA;
    /** Owners' votes under way of estates A and B, with no case of their own. */
    private long voteA;

    private long voteB;

    private long estateIdA;
    private long estateIdB;
    private String notYetShownTn;

    // ---- the matrix ------------------------------------------------------------------------------------------

    /** A page (method and pattern as mapped) and, where it takes one, what is asked of it. */
    record Row(String method, String pattern, String what) {

        String key() {
            return method + " " + pattern;
        }

        String name() {
            return what == null ? key() : key() + " · " + what;
        }
    }

    record Cell(Role role, Row row, Executable check) {

        String name() {
            return role.name() + " × " + row.name();
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();

    @BeforeAll
    void rolesFixturesAndCells() {
        people();
        fixtures();
        signIn();
        publicRows();
        signInAndOutRows();
        inboxAndMyCasesRows();
        caseRows();
        applyRows();
        stepRows();
        ownersRows();
        consoleRows();
        overviewRows();
        forumRows();
        windowEntryRows();
        paperBallotRows();
        scopeRows();
        calendarRows();
        catalogRows();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleOnEveryPage() {
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
    void everyPageMappingHasARow() {
        Set<String> mapped = mappedPages();
        Set<String> keys = rows.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(mapped)
                .as("the pages mapped (a sign that the scan sees them)")
                .contains(
                        "GET " + PortalPaths.HOME,
                        "GET " + PortalPaths.MY_CASE,
                        "GET " + PortalPaths.APPLY,
                        "GET " + PortalPaths.MY_TASK,
                        "GET /owners/votes/{trackingNumber}");
        assertThat(keys).as("the rows of the matrix").containsAll(mapped);
        Set<String> extra = new TreeSet<>(keys);
        extra.removeAll(mapped);
        assertThat(extra).as("rows that are no mapping").isEqualTo(new TreeSet<>(FILTER_DOORS));
    }

    @Test
    void everyRowHasACellForEveryRole() {
        assertThat(roles).hasSize(11);
        for (Row row : rows) {
            assertThat(cells.stream()
                            .filter(cell -> cell.row().equals(row))
                            .map(Cell::role)
                            .toList())
                    .as("the roles of %s", row.name())
                    .containsExactlyInAnyOrderElementsOf(roles);
        }
    }

    /** The handler mappings outside the API, the engine's doors, the webapps, the actuator and the error page. */
    private Set<String> mappedPages() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() != null
                    ? info.getPathPatternsCondition().getPatternValues()
                    : info.getPatternValues();
            for (String pattern : patterns) {
                if (Stream.of("/api", "/engine-rest", "/camunda", "/actuator", "/error")
                        .anyMatch(door -> pattern.equals(door) || pattern.startsWith(door + "/"))) {
                    continue;
                }
                if (info.getMethodsCondition().getMethods().isEmpty()) {
                    mapped.add("ANY " + pattern);
                }
                info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method + " " + pattern));
            }
        }
        return mapped;
    }

    // ==== people and fixtures =================================================================================

    private void people() {
        anonymous = new Role("anonymous", Kind.ANONYMOUS, null, null, false);
        residentA = resident("resident A", A_NAME);
        residentB = resident("resident B", "页面矩阵居民乙");
        ownerB = resident("owner of estate B", "页面矩阵业主丙");
        enterprise = enterprise("enterprise", ENTERPRISE_NAME);
        enterpriseB = enterprise("enterprise B", "上海页面矩阵乙有限公司");
        windowStaff = new Role(
                "staff (acceptance-window)",
                Kind.STAFF,
                TestPeople.staff(identity, "acceptance-window"),
                TestPeople.STAFF_PASSWORD,
                false);
        admin = new Role("staff (administrators)", Kind.STAFF, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD, false);
        staffBasic = new Role(
                "staff (acceptance-window) with HTTP Basic",
                Kind.STAFF,
                windowStaff.loginName(),
                windowStaff.password(),
                true);
        residentABasic = new Role(
                "resident A with HTTP Basic", Kind.RESIDENT, residentA.loginName(), residentA.password(), true);
    }

    private Role resident(String name, String displayName) {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, displayName, TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        return new Role(name, Kind.RESIDENT, mobile, TestPeople.RESIDENT_PASSWORD, false);
    }

    private Role enterprise(String name, String displayName) {
        String creditCode = TestSignUps.creditCode(jdbc);
        // with a contact's mobile number, to which its inbox notices go
        accounts.createEnterprise(
                creditCode, displayName, "联系人", TestSignUps.mobile(jdbc), TestPeople.RESIDENT_PASSWORD);
        return new Role(name, Kind.ENTERPRISE, creditCode, TestPeople.RESIDENT_PASSWORD, false);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fixtures() {
        // estates A and B, each with its owner O-1 linked and a property-fee case in its owners' opinion window
        TestEstates.Estate estateA = TestEstates.scoped(rest, identity);
        TestEstates.Estate estateB = TestEstates.scoped(rest, identity);
        ownersCommitteeA = new Role(
                "staff (owners-committee of estate A)",
                Kind.STAFF,
                estateA.ownersCommittee(),
                TestPeople.STAFF_PASSWORD,
                false);
        roles.addAll(List.of(
                anonymous,
                residentA,
                residentB,
                ownerB,
                enterprise,
                enterpriseB,
                windowStaff,
                ownersCommitteeA,
                admin,
                staffBasic,
                residentABasic));
        areaA = estateA.areaId();
        estateIdA = estateA.id();
        estateIdB = estateB.id();
        OwnersCases owners = new OwnersCases(context, rest);
        owners.link(estateA, "O-1", residentA.loginName());
        owners.link(estateB, "O-1", ownerB.loginName());
        ownersTn = owners.toOpinions(estateA);
        ownersTnB = owners.toOpinions(estateB);
        // another case of estate A, filed and not yet shown to its owners (published, before the audit)
        ResponseEntity<Map> filed = TestPeople.as(rest, estateA.propertyCompany(), TestPeople.STAFF_PASSWORD)
                .postForEntity("/api/property-fee/proposals", TestProposals.apiBody(estateA.id()), Map.class);
        assertThat(filed.getStatusCode().value()).as("%s", filed.getBody()).isEqualTo(201);
        notYetShownTn = (String) filed.getBody().get("trackingNumber");

        // resident A's one-stop application, at the window's pre-check (a staff task of A's own case)
        OneStopCaseSteps oneStop = new OneStopCaseSteps(rest, context);
        oneStopTn = oneStop.apply(residentA.loginName());
        oneStop.runJobs(oneStopTn);
        preCheckTaskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(oneStopTn)
                .taskDefinitionKey("UserTask_PreCheck")
                .singleResult()
                .getId();

        // a notice in resident A's inbox
        long accountA = accountRepository
                .findByLoginName(residentA.loginName())
                .orElseThrow()
                .getId();
        notifications.send(new Notifications.Recipient(residentA.loginName(), accountA), null, A_NOTICE, "只给居民甲的通知。");

        // the enterprise's service request, answered: its rating step is the enterprise's own; and another, rated
        serviceTn = fileNeed(enterprise);
        stepId = answered(serviceTn);
        doneStepId = answered(fileNeed(enterprise));
        tasks.complete(doneStepId, Map.of("resolved", "YES", "score", 5L));

        // last, since a vote freezes its estate's register: a vote under way in each estate, of no case
        voteA = TestVotes.openNow(context, estateIdA, "PB-MATRIX-A");
        voteB = TestVotes.openNow(context, estateIdB, "PB-MATRIX-B");
    }

    /** The need answered by the office: its open rating step, the enterprise's own. */
    private String answered(String trackingNumber) {
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingNumber)
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
                Map.of("answer", "页面矩阵答复"));
        return tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("Task_RateAnswer")
                .singleResult()
                .getId();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String fileNeed(Role filer) {
        Map<String, Object> need = new HashMap<>();
        need.put("needCategory", "SPACE");
        need.put("needTitle", NEED_TITLE);
        need.put("needDescription", "需要一间会议室");
        need.put("contactName", "联系人");
        need.put("contactMobile", "13900007001");
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        body.add("application", new HttpEntity<>(Map.of("data", need, "materialCodes", List.of()), json));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Sec-Fetch-Site", "same-origin");
        ResponseEntity<Map> filed = TestPeople.as(rest, filer.loginName(), filer.password())
                .exchange(
                        "/api/services/" + MODEL_ONLY_PROCESS + "/applications",
                        HttpMethod.POST,
                        new HttpEntity<>(body, headers),
                        Map.class);
        assertThat(filed.getStatusCode().value()).as("%s", filed.getBody()).isEqualTo(201);
        return (String) filed.getBody().get("trackingNumber");
    }

    /** Every role that signs in does so with the portal's form; the answer is its {@code POST /sign-in} cell. */
    private final Map<Role, HttpResponse<String>> signIns = new HashMap<>();

    private void signIn() {
        for (Role role : roles) {
            Visitor visitor = new Visitor(role);
            if (role.signedIn()) {
                signIns.put(role, visitor.signIn());
            }
            visitors.put(role, visitor);
        }
    }

    // ==== rows ================================================================================================

    private void publicRows() {
        row("GET", PortalPaths.HOME, null, role -> () -> {
            HttpResponse<String> home = get(role, PortalPaths.HOME);
            page(home, "居民服务平台", "最低生活保障");
            assertThat(home.body().contains("id=\"nav-my-cases\""))
                    .as("my cases in the header")
                    .isEqualTo(role.isApplicant());
            assertThat(home.body().contains("id=\"nav-owners-votes\""))
                    .as("owners' votes in the header")
                    .isEqualTo(role == residentA || role == ownerB);
            assertThat(home.body().contains("id=\"sign-out\"")).as("sign-out").isEqualTo(role.signedIn());
        });
        row("GET", PortalPaths.SIGN_IN, null, role -> () -> {
            HttpResponse<String> answer = get(role, PortalPaths.SIGN_IN);
            if (role.signedIn()) {
                redirect(answer, 302, PortalPaths.INBOX);
            } else {
                page(answer, "name=\"loginName\"", "name=\"password\"");
            }
        });
        for (String method : List.of("GET", "POST")) {
            row(method, PortalPaths.SIGN_IN_REFUSED, "no refused sign-in to show", role -> () -> {
                HttpResponse<String> answer = method.equals("GET")
                        ? get(role, PortalPaths.SIGN_IN_REFUSED)
                        : visitor(role).post(PortalPaths.SIGN_IN_REFUSED, Map.of(), true);
                redirect(answer, 302, PortalPaths.SIGN_IN);
            });
        }
        row(
                "GET",
                PortalPaths.SIGN_UP,
                null,
                role -> () -> page(get(role, PortalPaths.SIGN_UP), "id=\"sign-up-form\""));
        row(
                "GET",
                PortalPaths.SIGN_UP_ENTERPRISE,
                null,
                role -> () ->
                        page(get(role, PortalPaths.SIGN_UP_ENTERPRISE), "id=\"sign-up-form\"", "id=\"creditCode\""));
        row(
                "GET",
                PortalPaths.PASSWORD_RESET,
                null,
                role -> () -> page(get(role, PortalPaths.PASSWORD_RESET), "id=\"reset-form\""));
    }

    private void signInAndOutRows() {
        row("POST", PortalPaths.SIGN_IN, null, role -> () -> {
            if (role.signedIn()) {
                HttpResponse<String> signedIn = signIns.get(role);
                redirect(signedIn, 302, PortalPaths.INBOX);
                assertThat(signedIn.headers().allValues("Set-Cookie"))
                        .as("a session")
                        .anySatisfy(cookie ->
                                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly"));
            } else {
                // nobody is signed in by a form without the page's token: back to the form, nothing done
                Visitor fresh = new Visitor(role);
                HttpResponse<String> refused = fresh.post(
                        PortalPaths.SIGN_IN,
                        Map.of("loginName", residentA.loginName(), "password", residentA.password()),
                        false);
                redirect(refused, 303, PortalPaths.SIGN_IN + "?expired");
                signInFirst(fresh.get(PortalPaths.INBOX), PortalPaths.INBOX);
            }
        });
        row("POST", PortalPaths.SIGN_OUT, "with the page's token", role -> () -> {
            Visitor fresh = new Visitor(role);
            if (role.signedIn()) {
                fresh.signIn();
                page(fresh.get(PortalPaths.INBOX));
            } else {
                page(fresh.get(PortalPaths.HOME));
            }
            redirect(fresh.post(PortalPaths.SIGN_OUT, Map.of(), true), 302, PortalPaths.HOME + "?signedOut");
            signInFirst(fresh.get(PortalPaths.INBOX), PortalPaths.INBOX);
            if (role.signedIn()) {
                page(get(role, PortalPaths.INBOX)); // the role's other session is still signed in
            }
        });
        row("POST", PortalPaths.SIGN_OUT, "without a token", role -> () -> {
            Visitor fresh = new Visitor(role);
            if (role.signedIn()) {
                fresh.signIn();
            }
            redirect(fresh.post(PortalPaths.SIGN_OUT, Map.of(), false), 303, PortalPaths.HOME + "?expired");
            HttpResponse<String> inbox = fresh.get(PortalPaths.INBOX);
            if (role.signedIn()) {
                page(inbox);
            } else {
                signInFirst(inbox, PortalPaths.INBOX);
            }
        });
    }

    private void inboxAndMyCasesRows() {
        list(
                PortalPaths.INBOX,
                Map.of(
                        residentA,
                        List.of(A_NOTICE, ownersTn),
                        enterprise,
                        List.of(STEP_NAME, serviceTn),
                        ownerB,
                        List.of(ownersTnB)),
                List.of(A_NOTICE, ownersTn, STEP_NAME, serviceTn, ownersTnB),
                text("portal.inbox.staff"));
        list(
                PortalPaths.MY_CASES,
                Map.of(residentA, List.of(oneStopTn, ONE_STOP_WHAT), enterprise, List.of(serviceTn)),
                List.of(oneStopTn, serviceTn, ownersTn, ownersTnB, notYetShownTn),
                text("portal.myCases.staff"));
    }

    private void caseRows() {
        String notFound = text("portal.myCase.notFound");
        String staff = text("portal.myCases.staff");
        List<String> ofA = List.of(oneStopTn, ONE_STOP_WHAT, A_NAME);
        List<String> ofEnterprise = List.of(serviceTn, NEED_TITLE, ENTERPRISE_NAME);
        String unknownCase = "/my/cases/" + UNKNOWN_OS;

        owned(
                "GET",
                PortalPaths.MY_CASE,
                "resident A's one-stop case",
                "/my/cases/" + oneStopTn,
                unknownCase,
                Set.of(residentA),
                List.of(oneStopTn, ONE_STOP_WHAT, "已提交，等待预审"),
                notFound,
                staff,
                ofA);
        owned(
                "GET",
                PortalPaths.MY_CASE,
                "the enterprise's service request",
                "/my/cases/" + serviceTn,
                "/my/cases/" + UNKNOWN_SV,
                Set.of(enterprise),
                List.of(serviceTn, "id=\"your-steps\"", "/my/tasks/" + stepId),
                notFound,
                staff,
                ofEnterprise);
        owned(
                "GET",
                PortalPaths.MY_CASE,
                "estate A's property-fee case (no case of a resident's)",
                "/my/cases/" + ownersTn,
                "/my/cases/" + UNKNOWN_PF,
                Set.of(),
                List.of(),
                notFound,
                staff,
                List.of(ownersTn));
        owned(
                "GET",
                PortalPaths.MY_CASE,
                "an unknown number",
                unknownCase,
                unknownCase,
                Set.of(),
                List.of(),
                notFound,
                staff,
                List.of());

        String unknownReceipt = "/my/cases/" + UNKNOWN_OS + "/receipt";
        owned(
                "GET",
                PortalPaths.MY_CASE_RECEIPT,
                "resident A's one-stop case",
                "/my/cases/" + oneStopTn + "/receipt",
                unknownReceipt,
                Set.of(residentA),
                List.of(oneStopTn, ONE_STOP_WHAT, A_NAME, "data:image/svg+xml"),
                notFound,
                staff,
                ofA);
        owned(
                "GET",
                PortalPaths.MY_CASE_RECEIPT,
                "the enterprise's service request",
                "/my/cases/" + serviceTn + "/receipt",
                "/my/cases/" + UNKNOWN_SV + "/receipt",
                Set.of(enterprise),
                List.of(serviceTn, "data:image/svg+xml"),
                notFound,
                staff,
                ofEnterprise);
        owned(
                "GET",
                PortalPaths.MY_CASE_RECEIPT,
                "an unknown number",
                unknownReceipt,
                unknownReceipt,
                Set.of(),
                List.of(),
                notFound,
                staff,
                List.of());
        // a receipt refused is the case page's refusal, byte for byte
        row("GET", PortalPaths.MY_CASE_RECEIPT, "refused as the case page is", role -> () -> {
            HttpResponse<String> receipt = get(role, "/my/cases/" + oneStopTn + "/receipt");
            if (!role.signedIn()) {
                signInFirst(receipt, "/my/cases/" + oneStopTn + "/receipt");
            } else if (role == residentA) {
                page(receipt, oneStopTn);
            } else {
                HttpResponse<String> casePage = get(role, unknownCase);
                assertThat(receipt.statusCode()).isEqualTo(casePage.statusCode());
                assertThat(comparable(receipt.body(), oneStopTn)).isEqualTo(comparable(casePage.body(), UNKNOWN_OS));
            }
        });
    }

    private void applyRows() {
        applyRow(
                "a one-stop matter",
                ONE_STOP_MATTER,
                Kind.RESIDENT,
                "portal.apply.enterprise",
                "/api/forms/one-stop-" + ONE_STOP_MATTER);
        applyRow(
                "a process of the models for enterprises",
                MODEL_ONLY_PROCESS,
                Kind.ENTERPRISE,
                "portal.apply.notForYou",
                "/api/services/" + MODEL_ONLY_PROCESS + "/form");
        applyRow(
                "a process for residents with a door of its own",
                DEDICATED_PROCESS,
                Kind.RESIDENT,
                "portal.apply.notForYou",
                "data-kind=\"DEDICATED\"",
                "/api/services/" + DEDICATED_PROCESS + "/form");
        for (String code : List.of(STAFF_ONLY_PROCESS, "one-stop-application", "no-such")) {
            String what = switch (code) {
                case STAFF_ONLY_PROCESS -> "a staff-only process";
                case "one-stop-application" -> "the one-stop process itself";
                default -> "an unknown code";
            };
            row("GET", PortalPaths.APPLY, what, role -> () -> {
                HttpResponse<String> answer = get(role, PortalPaths.applyPage(code));
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
                assertThat(answer.body())
                        .contains(text("portal.apply.notFound"))
                        .doesNotContain("id=\"apply-form\"");
                healthy(answer);
            });
        }
    }

    /**
     * An apply page: who has not signed in is sent to sign in and back; staff are told who applies and the other
     * kind of applicant that it is not for them, neither getting the form; the kind it is for gets the form and
     * {@code shown}.
     */
    private void applyRow(String what, String code, Kind applicant, String refusal, String... shown) {
        row("GET", PortalPaths.APPLY, what, role -> () -> {
            String path = PortalPaths.applyPage(code);
            HttpResponse<String> answer = get(role, path);
            if (!role.signedIn()) {
                redirect(answer, 302, PortalPaths.SIGN_IN + "?next=" + path);
            } else if (role.isStaff()) {
                page(answer, text("portal.apply.staff"));
                assertThat(answer.body()).doesNotContain("id=\"apply-form\"", "id=\"drafts\"");
            } else if (role.kind() != applicant) {
                page(answer, text(refusal));
                assertThat(answer.body()).doesNotContain("id=\"apply-form\"");
            } else {
                page(answer, "id=\"apply-form\"");
                page(answer, shown);
            }
        });
    }

    private void stepRows() {
        String notFound = text("portal.step.notFound");
        String staff = text("portal.myCases.staff");
        String unknownStep = "/my/tasks/" + UNKNOWN_TASK;
        owned(
                "GET",
                PortalPaths.MY_TASK,
                "the enterprise's open step",
                "/my/tasks/" + stepId,
                unknownStep,
                Set.of(enterprise),
                List.of(STEP_NAME, serviceTn, "id=\"step-form\"", "/api/my/tasks/" + stepId),
                notFound,
                staff,
                List.of(serviceTn, STEP_NAME, NEED_TITLE));
        owned(
                "GET",
                PortalPaths.MY_TASK,
                "the enterprise's step, done",
                "/my/tasks/" + doneStepId,
                unknownStep,
                Set.of(),
                List.of(),
                notFound,
                staff,
                List.of(STEP_NAME, "id=\"step-form\""));
        owned(
                "GET",
                PortalPaths.MY_TASK,
                "the window's pre-check of resident A's case (a staff task)",
                "/my/tasks/" + preCheckTaskId,
                unknownStep,
                Set.of(),
                List.of(),
                notFound,
                staff,
                List.of(oneStopTn, ONE_STOP_WHAT));
        owned(
                "GET",
                PortalPaths.MY_TASK,
                "an unknown step",
                unknownStep,
                unknownStep,
                Set.of(),
                List.of(),
                notFound,
                staff,
                List.of());
    }

    private void ownersRows() {
        String notFound = text("portal.owners.notFoundPage");
        String staff = text("portal.owners.staff");
        list(
                PortalPaths.OWNERS_VOTES,
                Map.of(residentA, List.of(ownersTn), ownerB, List.of(ownersTnB)),
                List.of(ownersTn, ownersTnB, notYetShownTn),
                staff);
        String one = "/owners/votes/{trackingNumber}";
        String unknown = "/owners/votes/" + UNKNOWN_PF;
        owned(
                "GET",
                one,
                "estate A's case in its opinion window",
                "/owners/votes/" + ownersTn,
                unknown,
                Set.of(residentA),
                List.of(ownersTn, "id=\"vote-stage\"", "id=\"fees\""),
                notFound,
                staff,
                List.of(ownersTn, "id=\"fees\""));
        owned(
                "GET",
                one,
                "estate B's case in its opinion window",
                "/owners/votes/" + ownersTnB,
                unknown,
                Set.of(ownerB),
                List.of(ownersTnB, "id=\"vote-stage\"", "id=\"fees\""),
                notFound,
                staff,
                List.of(ownersTnB, "id=\"fees\""));
        owned(
                "GET",
                one,
                "estate A's case not yet shown to its owners",
                "/owners/votes/" + notYetShownTn,
                unknown,
                Set.of(),
                List.of(),
                notFound,
                staff,
                List.of(notYetShownTn, "id=\"fees\""));
        owned(
                "GET",
                one,
                "resident A's one-stop case (no owners' case)",
                "/owners/votes/" + oneStopTn,
                unknown,
                Set.of(),
                List.of(),
                notFound,
                staff,
                List.of(oneStopTn, "id=\"fees\""));
        owned("GET", one, "an unknown number", unknown, unknown, Set.of(), List.of(), notFound, staff, List.of());
    }

    // ==== kinds of row ========================================================================================

    private void row(String method, String pattern, String what, Function<Role, Executable> check) {
        Row row = new Row(method, pattern, what);
        rows.add(row);
        for (Role role : roles) {
            cells.add(new Cell(role, row, check.apply(role)));
        }
    }

    /**
     * The staff console's pages (docs/console.md): who has not signed in is sent to sign in; residents and enterprises
     * get the console's 403 page; staff see the home, and of the sections only those of their groups (the owners'
     * register: the administrators here; the veterans' roster: none of these staff), the others' 403 page. A form
     * sent to a section without a file, or a confirmation of no preview, stores nothing.
     */
    private void consoleRows() {
        row("GET", "/console", null, role -> () -> {
            HttpResponse<String> answer = get(role, "/console");
            consoleAnswer(role, answer, "/console", true, () -> {
                page(answer, text("console.home.title"));
                if (role == admin) {
                    assertThat(answer.body())
                            .contains(
                                    "href=\"/console/owners-register\"",
                                    "href=\"/console/overview\"",
                                    "href=\"/console/enterprise-forums\"",
                                    "href=\"/console/scope\"",
                                    "href=\"/console/calendar\"",
                                    "href=\"/console/catalog\"")
                            .doesNotContain("href=\"/console/paper-ballots\"");
                } else if (role == windowStaff) {
                    assertThat(answer.body()).contains("href=\"/console/window/one-stop\"");
                } else if (role == ownersCommitteeA) {
                    assertThat(answer.body())
                            .contains("href=\"/console/paper-ballots\"")
                            .doesNotContain("href=\"/console/scope\"", "href=\"/console/owners-register\"");
                } else {
                    assertThat(answer.body()).contains("id=\"no-sections\"");
                }
                assertThat(answer.body()).doesNotContain("href=\"/console/veterans-roster\"");
            });
        });
        for (String section : List.of("/console/owners-register", "/console/veterans-roster")) {
            boolean open = section.endsWith("owners-register");
            row("GET", section, null, role -> () -> {
                HttpResponse<String> answer = get(role, section);
                consoleAnswer(role, answer, section, open && role == admin, () -> page(answer, "id=\"preview-form\""));
            });
            row("POST", section, "without a file", role -> () -> {
                HttpResponse<String> answer = visitor(role).post(section, Map.of(), true);
                consoleAnswer(role, answer, section, open && role == admin, () -> page(answer, "id=\"missing\""));
            });
            row("POST", section + "/confirm", "of no preview", role -> () -> {
                HttpResponse<String> answer =
                        visitor(role).post(section + "/confirm", Map.of("estateId", "1", "pendingId", "0"), true);
                consoleAnswer(
                        role,
                        answer,
                        section + "/confirm",
                        open && role == admin,
                        () -> page(answer, "id=\"expired\""));
            });
        }
    }

    /**
     * The leaders' overview (docs/overview.md): open to leaders and administrators (of these roles, the
     * administrators), its JSON and CSV refused exactly as its pages.
     */
    private void overviewRows() {
        String model = "/console/overview/processes/one-stop-application";
        row("GET", "/console/overview", null, role -> () -> {
            HttpResponse<String> answer = get(role, "/console/overview");
            consoleAnswer(role, answer, "/console/overview", role == admin, () -> page(answer, "id=\"figures-table\""));
        });
        row("GET", "/console/overview/figures.json", null, role -> () -> {
            HttpResponse<String> answer = get(role, "/console/overview/figures.json");
            consoleData(role, answer, role == admin, () -> {
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
                assertThat(answer.body()).contains("\"casesByDepartment\":");
            });
        });
        row("GET", "/console/overview/figures.csv", null, role -> () -> {
            HttpResponse<String> answer = get(role, "/console/overview/figures.csv");
            consoleData(role, answer, role == admin, () -> {
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).startsWith("\uFEFF类别,项目,数值");
            });
        });
        row("GET", "/console/overview/processes/{key}", null, role -> () -> {
            HttpResponse<String> answer = get(role, model);
            consoleAnswer(role, answer, model, role == admin, () -> page(answer, "id=\"diagram\""));
        });
        row("GET", "/console/overview/processes/{key}/model.json", null, role -> () -> {
            HttpResponse<String> answer = get(role, model + "/model.json");
            consoleData(role, answer, role == admin, () -> {
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).contains("\"bpmnXml\":", "UserTask_PreCheck");
            });
        });
    }

    /**
     * The console's paper ballots: only the owners' committee of estate A of these staff records them, and only for
     * its own estate's votes (estate B's vote is the domain's 403 sentence); a ballot form sent without an owner
     * stores nothing.
     */
    private void paperBallotRows() {
        String list = "/console/paper-ballots";
        String vote = list + "/" + voteA;
        row("GET", list, null, role -> () -> {
            HttpResponse<String> answer = get(role, list);
            consoleAnswer(role, answer, list, role == ownersCommitteeA, () -> {
                page(answer, "href=\"" + vote + "\"");
                assertThat(answer.body()).doesNotContain("href=\"" + list + "/" + voteB + "\"");
            });
        });
        row("GET", list + "/{voteId}", "of the committee's estate", role -> () -> {
            HttpResponse<String> answer = get(role, vote);
            consoleAnswer(role, answer, vote, role == ownersCommitteeA, () -> page(answer, "id=\"not-voted\""));
        });
        row("GET", list + "/{voteId}", "of another estate", role -> () -> {
            String other = list + "/" + voteB;
            HttpResponse<String> answer = get(role, other);
            consoleAnswer(role, answer, other, role == ownersCommitteeA, () -> {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
                assertThat(answer.body()).contains("id=\"problem\"").doesNotContain("id=\"not-voted\"");
                healthy(answer);
            });
        });
        row("POST", list + "/{voteId}", "without an owner", role -> () -> {
            HttpResponse<String> answer = visitor(role).post(vote, Map.of("choice", "AGREE"), true);
            consoleAnswer(role, answer, vote, role == ownersCommitteeA, () -> page(answer, "id=\"missing\""));
            assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Long.class, voteA))
                    .isZero();
        });
    }

    /**
     * The government-enterprise forums (business-service and administrators; the administrators here): the page, and
     * a date that is not in the future refused on the console's problem page, nothing added.
     */
    private void forumRows() {
        String forums = "/console/enterprise-forums";
        row("GET", forums, null, role -> () -> {
            HttpResponse<String> answer = get(role, forums);
            consoleAnswer(role, answer, forums, role == admin, () -> page(answer, "id=\"add-form\""));
        });
        row("POST", forums, "a date that is not in the future", role -> () -> {
            HttpResponse<String> answer = visitor(role).post(forums, Map.of("forumDate", "2000-01-01"), true);
            consoleAnswer(role, answer, forums, role == admin, () -> {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
                assertThat(answer.body()).contains("id=\"problem\"", "2000-01-01");
                healthy(answer);
            });
        });
    }

    /**
     * The console's estates, areas and staff: administrators only. A form without its name or staff member is sent
     * back to its page, one for an area or estate that does not exist answers the problem page's 404; nothing changes.
     */
    /** The catalog's pages; a form sent with nothing is refused on the page and changes no seeded matter. */
    private void catalogRows() {
        String home = "/console/catalog";
        String matter = home + "/matters/elderly-comprehensive-allowance";
        row("GET", home, null, role -> () -> {
            HttpResponse<String> answer = get(role, home);
            consoleAnswer(role, answer, home, role == admin, () -> page(answer, "id=\"matters\"", "老年综合津贴"));
        });
        row("GET", home + "/new", null, role -> () -> {
            HttpResponse<String> answer = get(role, home + "/new");
            consoleAnswer(role, answer, home + "/new", role == admin, () -> page(answer, "id=\"code\""));
        });
        row("GET", home + "/matters/{code}", null, role -> () -> {
            HttpResponse<String> answer = get(role, matter);
            consoleAnswer(role, answer, matter, role == admin, () -> page(answer, "id=\"matter-form\""));
        });
        row("POST", home + "/new", "with nothing typed", role -> () -> {
            HttpResponse<String> answer = visitor(role).post(home + "/new", Map.of(), true);
            consoleAnswer(role, answer, home + "/new", role == admin, () -> {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
                assertThat(answer.body()).contains("id=\"problem\"", "id=\"problem-sentence\"");
                healthy(answer);
            });
        });
        row("POST", home + "/matters/{code}", "with nothing typed", role -> () -> {
            HttpResponse<String> answer = visitor(role).post(matter, Map.of(), true);
            consoleAnswer(role, answer, matter, role == admin, () -> {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
                assertThat(answer.body()).contains("id=\"problem\"", "id=\"field-errors\"");
                healthy(answer);
            });
        });
    }

    private void scopeRows() {
        String home = "/console/scope";
        String area = home + "/areas/" + areaA;
        String nowhere = home + "/areas/999999999";
        String estate = home + "/estates/" + estateIdA;
        row("GET", home, null, role -> () -> {
            HttpResponse<String> answer = get(role, home);
            consoleAnswer(role, answer, home, role == admin, () -> page(answer, "id=\"create-area-form\""));
        });
        row("GET", home + "/areas/{areaId}", null, role -> () -> {
            HttpResponse<String> answer = get(role, area);
            consoleAnswer(role, answer, area, role == admin, () -> page(answer, "id=\"rename-form\""));
        });
        row("GET", home + "/estates/{estateId}", null, role -> () -> {
            HttpResponse<String> answer = get(role, estate);
            consoleAnswer(role, answer, estate, role == admin, () -> page(answer, "id=\"area-form\""));
        });
        Map<String, String[]> backToPage = new LinkedHashMap<>();
        backToPage.put("/areas", new String[] {home + "/areas", home});
        backToPage.put("/areas/{areaId}/name", new String[] {area + "/name", area});
        backToPage.put("/areas/{areaId}/staff", new String[] {area + "/staff", area});
        backToPage.put("/areas/{areaId}/staff/remove", new String[] {area + "/staff/remove", area});
        backToPage.put("/estates/{estateId}/staff", new String[] {estate + "/staff", estate});
        backToPage.put("/estates/{estateId}/staff/remove", new String[] {estate + "/staff/remove", estate});
        backToPage.forEach((pattern, paths) -> row("POST", home + pattern, "with nothing chosen", role -> () -> {
            HttpResponse<String> answer = visitor(role).post(paths[0], Map.of("group", "owners-committee"), true);
            consoleAnswer(role, answer, paths[0], role == admin, () -> redirect(answer, 302, paths[1]));
        }));
        row("POST", home + "/areas/{areaId}/delete", "of an area that does not exist", role -> () -> {
            HttpResponse<String> answer = visitor(role).post(nowhere + "/delete", Map.of(), true);
            consoleAnswer(role, answer, nowhere + "/delete", role == admin, () -> {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
                assertThat(answer.body()).contains("id=\"problem\"", "999999999");
                healthy(answer);
            });
        });
        row("POST", home + "/estates/{estateId}/area", "of an estate that does not exist", role -> () -> {
            String path = home + "/estates/999999999/area";
            HttpResponse<String> answer = visitor(role).post(path, Map.of("areaId", String.valueOf(areaA)), true);
            consoleAnswer(role, answer, path, role == admin, () -> {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
                assertThat(answer.body()).contains("id=\"problem\"", "999999999");
                healthy(answer);
            });
        });
    }

    /**
     * The console's office calendar (docs/calendar.md): administrators only. A year's form with a date that cannot be
     * read comes back naming it and stores nothing; a year outside 2000–2100 is the problem page's 400.
     */
    private void calendarRows() {
        String home = "/console/calendar";
        String year = home + "/2098";
        row("GET", home, null, role -> () -> {
            HttpResponse<String> answer = get(role, home);
            consoleAnswer(role, answer, home, role == admin, () -> page(answer, "id=\"years\""));
        });
        row("GET", home + "/{year}", null, role -> () -> {
            HttpResponse<String> answer = get(role, year);
            consoleAnswer(role, answer, year, role == admin, () -> page(answer, "id=\"year-form\""));
        });
        row("GET", home + "/{year}", "out of range", role -> () -> {
            HttpResponse<String> answer = get(role, home + "/1999");
            consoleAnswer(role, answer, home + "/1999", role == admin, () -> {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
                assertThat(answer.body()).contains("id=\"problem\"", "1999");
                healthy(answer);
            });
        });
        row("POST", home + "/{year}", "with a date that cannot be read", role -> () -> {
            HttpResponse<String> answer =
                    visitor(role).post(year, Map.of("springFestival", "2098-02-01", "holidays", "12/25/2098"), true);
            consoleAnswer(role, answer, year, role == admin, () -> {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).contains("id=\"problems\"", "12/25/2098");
                healthy(answer);
            });
            assertThat(jdbc.queryForObject("select count(*) from calendar_year where year_number = 2098", Long.class))
                    .isZero();
        });
    }

    /**
     * The answer of a console section's JSON or CSV: as {@link #consoleAnswer}, but who has not signed in is sent to
     * the sign-in page without being led back (a file is no page to return to).
     */
    private void consoleData(Role role, HttpResponse<String> answer, boolean open, Runnable shown) {
        if (role.signedIn()) {
            consoleAnswer(role, answer, null, open, shown);
        } else {
            redirect(answer, 302, PortalPaths.SIGN_IN);
        }
    }

    /**
     * The console's window entry (docs/console.md): one-stop for the acceptance window here, labour dispute (mediation)
     * and veteran assistance (the station, residents' committees) for none of these staff. A form without a matter is
     * the problem page of an unknown matter, one with nothing filled in names its bad fields and stores nothing, and a
     * receipt not entered in this session is not shown.
     */
    private void windowEntryRows() {
        for (String section :
                List.of("/console/window/one-stop", "/console/window/labor-dispute", "/console/window/veterans")) {
            boolean oneStop = section.endsWith("one-stop");
            row("GET", section, null, role -> () -> {
                HttpResponse<String> answer = get(role, section);
                consoleAnswer(
                        role,
                        answer,
                        section,
                        oneStop && role == windowStaff,
                        () -> page(answer, "id=\"matter-form\""));
            });
            row("POST", section, "with nothing filled in", role -> () -> {
                HttpResponse<String> answer = visitor(role).post(section, Map.of(), true);
                consoleAnswer(role, answer, section, oneStop && role == windowStaff, () -> {
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
                    assertThat(answer.body()).contains("id=\"problem\"");
                    healthy(answer);
                });
            });
            String receipt = section + "/receipt/XX-0";
            row("GET", section + "/receipt/{trackingNumber}", "not entered in this session", role -> () -> {
                HttpResponse<String> answer = get(role, receipt);
                consoleAnswer(role, answer, receipt, oneStop && role == windowStaff, () -> {
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
                    assertThat(answer.body()).contains("id=\"no-receipt\"");
                    healthy(answer);
                });
            });
        }
    }

    /** A console page's answer: sign in first, the 403 page of residents or of other groups, or {@code shown}. */
    private void consoleAnswer(Role role, HttpResponse<String> answer, String asked, boolean open, Runnable shown) {
        if (!role.signedIn()) {
            signInFirst(answer, asked);
        } else if (!role.isStaff()) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
            assertThat(answer.body()).contains(text("console.refused.notStaff"), "id=\"refused\"");
            healthy(answer);
        } else if (!open) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
            assertThat(answer.body()).contains(text("console.refused.group"), "id=\"refused\"");
            healthy(answer);
        } else {
            shown.run();
        }
    }

    /**
     * A page of something of someone's: its owners see it; other residents and enterprises get the 404 page of
     * {@code unknownPath}, the same bytes; staff the page telling them to use Tasklist, the same as for
     * {@code unknownPath}; who has not signed in is sent to sign in. Nobody but the owners sees any of {@code secrets}.
     */
    private void owned(
            String method,
            String pattern,
            String what,
            String path,
            String unknownPath,
            Set<Role> owners,
            List<String> shown,
            String notFound,
            String staffNotice,
            List<String> secrets) {
        row(method, pattern, what, role -> () -> {
            HttpResponse<String> answer = get(role, path);
            if (!role.signedIn()) {
                signInFirst(answer, path);
                return;
            }
            if (owners.contains(role)) {
                page(answer, shown.toArray(String[]::new));
                assertThat(answer.body()).doesNotContain(notFound, staffNotice);
                return;
            }
            HttpResponse<String> unknown = get(role, unknownPath);
            if (role.isStaff()) {
                page(answer, staffNotice);
                assertThat(answer.body()).doesNotContain(notFound);
            } else {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
                assertThat(answer.body()).contains(notFound, "id=\"not-found\"");
                healthy(answer);
            }
            assertThat(unknown.statusCode()).as("as for %s", unknownPath).isEqualTo(answer.statusCode());
            assertThat(comparable(answer.body(), path))
                    .as("the page of %s", unknownPath)
                    .isEqualTo(comparable(unknown.body(), unknownPath));
            for (String secret : secrets) {
                assertThat(answer.body()).as("nothing of it").doesNotContain(secret);
            }
        });
    }

    /**
     * A page listing the caller's own: each resident or enterprise sees what {@code shows} gives them and nothing
     * else of {@code everyones}; staff are told to use Tasklist and see none of it; who has not signed in is sent to
     * sign in.
     */
    private void list(String path, Map<Role, List<String>> shows, List<String> everyones, String staffNotice) {
        row("GET", path, null, role -> () -> {
            HttpResponse<String> answer = get(role, path);
            if (!role.signedIn()) {
                signInFirst(answer, path);
                return;
            }
            List<String> mine = shows.getOrDefault(role, List.of());
            List<String> others = new ArrayList<>(everyones);
            others.removeAll(mine);
            if (role.isStaff()) {
                page(answer, staffNotice);
            } else {
                page(answer, mine.toArray(String[]::new));
                assertThat(answer.body()).doesNotContain(staffNotice);
            }
            for (String other : others) {
                assertThat(answer.body()).as("nobody else's").doesNotContain(other);
            }
        });
    }

    // ==== answers =============================================================================================

    /** A page: 200, HTML, showing each of {@code shown}. */
    private static void page(HttpResponse<String> answer, String... shown) {
        assertThat(answer.statusCode())
                .as("%s %s", answer.headers().firstValue("Location").orElse(""), answer.body())
                .isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        for (String text : shown) {
            assertThat(answer.body()).contains(text);
        }
        healthy(answer);
    }

    /**
     * A private page asked by someone who has not signed in (HTTP Basic is no sign-in here): sent to the sign-in
     * page. The chain's entry point sends to {@code /sign-in} without the page asked for (only the apply pages add
     * {@code ?next=}, in their controller), so the sign-in then leads to the inbox.
     */
    private static void signInFirst(HttpResponse<String> answer, String asked) {
        assertThat(answer.statusCode()).as("%s: %s", asked, answer.body()).isEqualTo(302);
        redirect(answer, 302, PortalPaths.SIGN_IN + "?next=" + asked);
    }

    /** A redirect to {@code target} (path and query, on this site). */
    private static void redirect(HttpResponse<String> answer, int status, String target) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(location.getHost() == null || location.getHost().equals("localhost"))
                .as("on this site: %s", location)
                .isTrue();
        String query = location.getRawQuery();
        assertThat(location.getRawPath() + (query == null ? "" : "?" + query)).isEqualTo(target);
        healthy(answer);
    }

    private static void healthy(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("no server error").isLessThan(500);
        assertThat(answer.body()).as("no internals").doesNotContainPattern(INTERNALS);
    }

    /** A page with its CSRF token set aside and the number or id it was asked for replaced by one placeholder. */
    private static String comparable(String body, String path) {
        String asked = path.substring(path.lastIndexOf('/') + 1);
        if (asked.equals("receipt")) {
            String withoutReceipt = path.substring(0, path.lastIndexOf('/'));
            asked = withoutReceipt.substring(withoutReceipt.lastIndexOf('/') + 1);
        }
        return body.replace(asked, "{asked}")
                .replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\"", "<meta name=\"_csrf\"")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    /** A text of the pages as the page shows it: in Chinese, escaped for HTML. */
    private String text(String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, CHINESE), "UTF-8");
    }

    private HttpResponse<String> get(Role role, String path) {
        return visitor(role).get(path);
    }

    private Visitor visitor(Role role) {
        return visitors.get(role);
    }

    /**
     * A browser of one role: its cookies (a {@link PortalClient}), the CSRF token of the last page it read, and, for a
     * role that sends HTTP Basic, its credentials on every request.
     */
    private final class Visitor {

        private final Role role;
        private final PortalClient client = new PortalClient(port);
        private String token;

        Visitor(Role role) {
            this.role = role;
        }

        HttpResponse<String> signIn() {
            HttpResponse<String> answer = client.signIn(role.loginName(), role.password());
            get(PortalPaths.HOME); // a sign-in replaces the token
            return answer;
        }

        HttpResponse<String> get(String path) {
            HttpResponse<String> answer =
                    client.send(basic(HttpRequest.newBuilder(client.uri(path)).GET()));
            Matcher found = CSRF_META.matcher(answer.body());
            if (found.find()) {
                token = found.group(1);
            }
            return answer;
        }

        /** A form as a portal page posts it (same origin), with the page's token or without. */
        HttpResponse<String> post(String path, Map<String, String> fields, boolean withToken) {
            if (withToken && token == null) {
                get(PortalPaths.HOME);
            }
            Map<String, String> all = new LinkedHashMap<>(fields);
            if (withToken) {
                all.put("_csrf", token);
            }
            String body = all.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(basic(HttpRequest.newBuilder(client.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Sec-Fetch-Site", "same-origin")
                    .POST(HttpRequest.BodyPublishers.ofString(body))));
        }

        private HttpRequest.Builder basic(HttpRequest.Builder request) {
            if (role.basic()) {
                String credentials = role.loginName() + ":" + role.password();
                request.header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            return request;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
