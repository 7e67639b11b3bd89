package cn.jiedaoflow.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import cn.jiedaoflow.bench.PortalBenchmarkServer;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The resident portal under the load of issue 14 (README "Benchmarks", docs/performance.md): 200 residents arrive over
 * a minute, each signs in once with the form (its CSRF token read from the page), submits one one-stop application
 * with a 200 KB PDF, then for 5 minutes reads pages — home, my cases, the case, the inbox, the catalog and my cases of
 * the API — thinking 5 seconds between two. The goals are Gatling's assertions: p95 of every page at most 150 ms, of
 * the submission and the sign-in at most 400 ms, no failed request. Run against {@code PortalBenchmarkServer} by
 * {@code ./mvnw -B -Pbenchmark verify -DskipTests}; {@code -Dbench.baseUrl}, {@code -Dbench.browseSeconds} and
 * {@code -Dbench.rampSeconds} change where and how long.
 */
public class PortalSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8095");
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("bench.rampSeconds", 60));
    private static final Duration BROWSING = Duration.ofSeconds(Long.getLong("bench.browseSeconds", 300));
    private static final Duration THINK = Duration.ofSeconds(5);
    private static final byte[] PDF = pdf(200 * 1024);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final String APPLICATION = "{\"matterCode\":\"elderly-comprehensive-allowance\",\"data\":"
            + "{\"birthDate\":\"1950-03-05\",\"bankName\":\"工商银行\",\"bankAccount\":\"6222020200112233445\"},"
            + "\"materialCodes\":[\"id-card\",\"bank-card\"]}";

    static final String SIGN_IN = "sign-in";
    static final String SUBMISSION = "submit one-stop application";
    static final List<String> PAGES =
            List.of("sign-in page", "home", "my cases", "my case", "inbox", "api catalog", "api my cases");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
            // what a browser on the portal's own page sends (README, "Cross-site requests")
            .header("Sec-Fetch-Site", "same-origin")
            .userAgentHeader("jiedao-flow portal benchmark");

    private final Iterator<Map<String, Object>> residents = IntStream.range(0, PortalBenchmarkServer.RESIDENTS)
            .mapToObj(i -> Map.<String, Object>of("mobile", Long.toString(PortalBenchmarkServer.FIRST_MOBILE + i)))
            .iterator();

    private final ChainBuilder signIn = exec(http("sign-in page")
                    .get("/sign-in")
                    .check(
                            status().is(200),
                            css("meta[name='_csrf']", "content").saveAs("csrf")))
            .pause(THINK)
            .exec(http(SIGN_IN)
                    .post("/sign-in")
                    .formParam("loginName", "#{mobile}")
                    .formParam("password", PortalBenchmarkServer.PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    // followed to the inbox, whose page holds the token of the signed-in session
                    .check(
                            status().is(200),
                            css("meta[name='_csrf']", "content").saveAs("csrf")));

    private final ChainBuilder submit = exec(http(SUBMISSION)
            .post("/api/applications")
            .header("X-XSRF-TOKEN", "#{csrf}")
            .header("Idempotency-Key", "#{randomUuid()}")
            .bodyPart(StringBodyPart("application", APPLICATION).contentType("application/json"))
            .bodyPart(
                    ByteArrayBodyPart("materials", PDF).fileName("id-card.pdf").contentType("application/pdf"))
            .bodyPart(ByteArrayBodyPart("materials", PNG)
                    .fileName("bank-card.png")
                    .contentType("image/png"))
            .asMultipartForm()
            .check(status().is(201), jsonPath("$.trackingNumber").saveAs("trackingNumber")));

    private final ChainBuilder browse = exec(page("home", "/"))
            .exec(page("my cases", "/my/cases"))
            .exec(page("my case", "/my/cases/#{trackingNumber}"))
            .exec(page("inbox", "/inbox"))
            .exec(page("api catalog", "/api/catalog"))
            .exec(page("api my cases", "/api/my/cases"));

    private final ScenarioBuilder resident = scenario("resident")
            .feed(residents)
            .exec(signIn)
            .pause(THINK)
            .exec(submit)
            .pause(THINK)
            .during(BROWSING)
            .on(browse);

    {
        List<Assertion> goals = new ArrayList<>();
        goals.add(details(SIGN_IN).responseTime().percentile(95.0).lte(400));
        goals.add(details(SUBMISSION).responseTime().percentile(95.0).lte(400));
        PAGES.forEach(
                page -> goals.add(details(page).responseTime().percentile(95.0).lte(150)));
        goals.add(global().failedRequests().count().is(0L));
        setUp(resident.injectOpen(rampUsers(PortalBenchmarkServer.RESIDENTS).during(RAMP)))
                .protocols(protocol)
                .assertions(goals);
    }

    private static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200))).pause(THINK);
    }

    /** A PDF of {@code size} bytes: the header, a comment padding it out, the end marker. */
    private static byte[] pdf(int size) {
        byte[] head = "%PDF-1.7\n1 0 obj <<>> endobj\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) 'x');
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
    }
}
