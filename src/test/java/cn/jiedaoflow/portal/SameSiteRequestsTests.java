package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class SameSiteRequestsTests {

    @ParameterizedTest(name = "{0} {1}, Sec-Fetch-Site={2}, Origin={3} -> refused {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // a page of another site: refused for every simple body, and without a body
                "POST, application/x-www-form-urlencoded, cross-site, -, true",
                "POST, multipart/form-data; boundary=x, cross-site, -, true",
                "POST, text/plain;charset=UTF-8, cross-site, -, true",
                "POST, -, cross-site, -, true",
                "DELETE, text/plain, same-site, -, true",
                "PUT, Application/X-WWW-Form-Urlencoded, -, https://evil.example, true",
                "PATCH, multipart/form-data, -, null, true",
                "POST, -, -, http://localhost:8080.evil.example, true",
                "POST, text/plain, -, http://localhost:8081, true",
                "POST, text/plain, -, https://localhost:8080, true",
                // our own pages, and what says it is not from any page
                "POST, application/x-www-form-urlencoded, same-origin, -, false",
                "POST, multipart/form-data, none, -, false",
                "POST, multipart/form-data, -, http://localhost:8080, false",
                "POST, multipart/form-data, -, HTTP://LOCALHOST:8080, false",
                "POST, text/plain, same-origin, https://evil.example, false",
                // no browser evidence at all: a simple body could be an old browser's form; no body is a script
                "POST, application/x-www-form-urlencoded, -, -, true",
                "POST, multipart/form-data, -, -, true",
                "POST, -, -, -, false",
                "DELETE, -, -, -, false",
                // bodies a page cannot send without a CORS preflight, and requests that change nothing
                "POST, application/json, cross-site, https://evil.example, false",
                "POST, text/csv; charset=UTF-8, cross-site, https://evil.example, false",
                "PUT, application/json, -, -, false",
                "GET, -, cross-site, https://evil.example, false",
                "HEAD, text/plain, cross-site, -, false",
                "OPTIONS, text/plain, cross-site, -, false"
            })
    void refusesWhatAnotherSitesPageCouldSend(
            String method, String contentType, String fetchSite, String origin, boolean refused) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/applications/OS-1/withdrawal");
        request.setScheme("http");
        request.setServerName("localhost");
        request.setServerPort(8080);
        if (contentType != null) {
            request.setContentType(contentType);
        }
        if (fetchSite != null) {
            request.addHeader(SameSiteRequests.SEC_FETCH_SITE, fetchSite);
        }
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        assertThat(SameSiteRequests.refused(request)).isEqualTo(refused);
    }

    @Test
    void theDefaultPortOfTheSchemeNeedNotBeWritten() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x");
        request.setScheme("https");
        request.setServerName("jiedao.example");
        request.setServerPort(443);
        assertThat(SameSiteRequests.isOwnOrigin("https://jiedao.example", request))
                .isTrue();
        assertThat(SameSiteRequests.isOwnOrigin("https://jiedao.example:443", request))
                .isTrue();
        assertThat(SameSiteRequests.isOwnOrigin("http://jiedao.example", request))
                .isFalse();
        assertThat(SameSiteRequests.isOwnOrigin("https://jiedao.example/path", request))
                .isFalse();
        assertThat(SameSiteRequests.isOwnOrigin("not a uri", request)).isFalse();
    }
}
