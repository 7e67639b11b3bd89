package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.accounts.TestSignUps;
import cn.jiedaoflow.people.Accounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;

/**
 * The portal's pages (issue "The resident portal", items 6 and 8): the home page at {@code /} instead of a redirect to
 * the webapps, the headers of a page that runs only its own scripts, no inline script for the CSP to forbid, a label
 * on every field, and the language the visitor chose, kept in a cookie.
 */
@IntegrationTest
class PortalPagesIntegrationTests {

    static final String[] PUBLIC_PAGES = {"/", "/sign-in", "/sign-up", "/sign-up/enterprise", "/password-reset"};

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>");

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FilterChainProxy springSecurityFilterChain;

    @LocalServerPort
    int port;

    @Test
    void theHomePageIsThePortalNoLongerARedirectToTheWebapps() {
        HttpResponse<String> home = new PortalClient(port).page("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(home.body()).contains("<html lang=\"zh-CN\">", "居民服务平台", "办事指南", "最低生活保障");
        assertThat(new PortalClient(port).page("/camunda/app/welcome/default/").statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/sign-in",
                "/sign-up",
                "/sign-up/enterprise",
                "/password-reset",
                "/inbox",
                "/my/cases",
                "/services/minimum-living-allowance/apply"
            })
    void everyPageSendsTheHeadersOfAPageThatRunsOnlyItsOwnScripts(String path) {
        HttpResponse<String> page = visitor(path).page(path);

        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self';", "style-src 'self';")
                        .contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS only over HTTPS")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sign-in", "/inbox", "/my/cases"})
    void overHttpsThePagesSayHttpsOnlyForAYear(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        request.setSecure(true);
        request.setScheme("https");
        request.setServerPort(443);
        MockHttpServletResponse response = new MockHttpServletResponse();

        springSecurityFilterChain.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security"))
                .as(path)
                .isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/sign-in",
                "/sign-up",
                "/sign-up/enterprise",
                "/password-reset",
                "/inbox",
                "/my/cases",
                "/services/minimum-living-allowance/apply"
            })
    void noPageHasInlineScriptOrStyleAndEveryFieldHasALabel(String path) {
        String html = visitor(path).page(path).body();

        Matcher script = SCRIPT.matcher(html);
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(script.group(1))
                    .as("%s: a script from a file", path)
                    .containsAnyOf(" src=\"/portal/js/", " src=\"/portal/vendor/");
            assertThat(script.group(2).strip())
                    .as("%s: no script in the page", path)
                    .isEmpty();
        }
        assertThat(scripts).as(path).isPositive();
        assertThat(html)
                .as(path)
                .doesNotContainPattern("\\son[a-z]+=")
                .doesNotContainPattern("\\sstyle=")
                .doesNotContain("<style")
                .doesNotContain("javascript:");
        Matcher input = INPUT.matcher(html);
        List<String> unlabelled = new ArrayList<>();
        while (input.find()) {
            if (!input.group().contains("type=\"hidden\"") && !html.contains("for=\"" + input.group(1) + "\"")) {
                unlabelled.add(input.group(1));
            }
        }
        assertThat(unlabelled).as("%s: fields without a label", path).isEmpty();
    }

    @Test
    void theInboxNeedsASignInWhichLeadsBackToIt() {
        HttpResponse<String> inbox = new PortalClient(port).page("/inbox");

        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(inbox.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?next=/inbox"));
    }

    @Test
    void chineseByDefaultEnglishByLangKeptInACookie() {
        PortalClient browser = new PortalClient(port);
        assertThat(browser.page("/sign-in").body()).contains("<html lang=\"zh-CN\">", "登录");

        HttpResponse<String> english = browser.page("/sign-in?lang=en");
        assertThat(english.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("jiedao-lang=en").contains("HttpOnly"));
        assertThat(english.body()).contains("<html lang=\"en\">", "Sign in").doesNotContain("登录名");

        assertThat(browser.page("/").body()).as("kept").contains("<html lang=\"en\">", "Resident services");
        assertThat(browser.page("/?lang=fr").body()).as("unknown").contains("<html lang=\"en\">");
        assertThat(browser.page("/?lang=zh").body()).contains("<html lang=\"zh-CN\">", "居民服务平台");
    }

    @Test
    void theApiKeepsAcceptLanguageWhateverThePagesCookieSays() {
        PortalClient browser = new PortalClient(port);
        browser.page("/?lang=en");

        HttpResponse<String> chinese = browser.send(HttpRequest.newBuilder(browser.uri("/api/catalog/no-such-matter"))
                .GET());
        HttpResponse<String> english = browser.send(HttpRequest.newBuilder(browser.uri("/api/catalog/no-such-matter"))
                .header("Accept-Language", "en")
                .GET());

        assertThat(chinese.statusCode()).isEqualTo(404);
        assertThat(chinese.body()).containsPattern("\\p{IsHan}");
        assertThat(english.body()).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void everyTextOfThePagesIsInBothLanguages() {
        for (String path : PUBLIC_PAGES) {
            PortalClient browser = new PortalClient(port);
            String english = browser.page(path + "?lang=en").body();
            assertThat(english)
                    .as("%s in English: no Chinese outside the language switch", path)
                    .doesNotContainPattern("[\\p{IsHan}&&[^中文]]")
                    .doesNotContain("??");
            String chinese = browser.page(path + "?lang=zh").body();
            assertThat(chinese).as(path).doesNotContain("??portal");
        }
    }

    /**
     * Someone signed in for the inbox, my cases and an apply page, a visitor for the others (the sign-in page sends
     * the signed-in on).
     */
    private PortalClient visitor(String path) {
        return path.equals("/inbox") || path.equals("/my/cases") || path.startsWith("/services/")
                ? signedIn()
                : new PortalClient(port);
    }

    private PortalClient signedIn() {
        String mobile = TestSignUps.mobile(jdbc);
        accounts.createResident(mobile, "页面居民", TestIdNumbers.unique(), TestPeople.RESIDENT_PASSWORD);
        PortalClient browser = new PortalClient(port);
        assertThat(browser.signIn(mobile, TestPeople.RESIDENT_PASSWORD).statusCode())
                .isEqualTo(302);
        return browser;
    }
}
