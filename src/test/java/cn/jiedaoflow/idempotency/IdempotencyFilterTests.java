package cn.jiedaoflow.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the filter keeps, and that a failure frees the key for a retry. */
class IdempotencyFilterTests {

    private final IdempotencyKeys keys = mock(IdempotencyKeys.class);
    private final IdempotencyFilter filter = new IdempotencyFilter(keys, mock(ProblemResponses.class));

    @BeforeEach
    void signedIn() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("13800000001", null, List.of()));
        when(keys.claim("13800000001", "k-1")).thenReturn(new IdempotencyKeys.Claimed(7));
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @CsvSource({
        "199, false", "200, true", "201, true", "299, true", "300, false", "302, false", "400, true", "401, false",
        "403, false", "404, false", "409, false", "413, true", "415, true", "422, true", "429, false", "500, false",
        "503, false"
    })
    void keepsSuccessAndTheRefusalsOfTheRequestItself(int status, boolean kept) {
        assertThat(IdempotencyFilter.kept(status)).isEqualTo(kept);
    }

    @Test
    void keepsAnAnswerWithTheFingerprintOfTheWholeBody() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
            req.getInputStream().readNBytes(3); // the endpoint reads part of the body only
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201);
            res.setContentType("application/json");
            res.getOutputStream().write("{\"ok\":1}".getBytes(StandardCharsets.UTF_8));
        };

        filter.doFilter(post("{\"a\":1}"), response, chain);

        ArgumentCaptor<String> fingerprint = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<KeptAnswer> answer = ArgumentCaptor.forClass(KeptAnswer.class);
        verify(keys).keep(eq(7L), fingerprint.capture(), answer.capture());
        verify(keys, never()).release(anyLong());
        assertThat(answer.getValue().status()).isEqualTo(201);
        assertThat(new String(answer.getValue().body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":1}");
        assertThat(response.getContentAsString()).isEqualTo("{\"ok\":1}");
        assertThat(fingerprint.getValue())
                .isEqualTo(IdempotencyFilter.RequestFingerprint.of(post("{\"a\":1}")))
                .isNotEqualTo(IdempotencyFilter.RequestFingerprint.of(post("{\"a\":2}")));
    }

    @Test
    void aServerErrorFreesTheKey() throws Exception {
        filter.doFilter(
                post("{}"),
                new MockHttpServletResponse(),
                (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500));

        verify(keys).release(7L);
        verify(keys, never()).keep(anyLong(), anyString(), any());
    }

    @Test
    void anExceptionFreesTheKeyAndGoesOn() {
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("the endpoint failed");
        };

        assertThatThrownBy(() -> filter.doFilter(post("{}"), new MockHttpServletResponse(), failing))
                .isInstanceOf(IllegalStateException.class);
        verify(keys).release(7L);
        verify(keys, never()).keep(anyLong(), anyString(), any());
    }

    private static MockHttpServletRequest post(String body) {
        MockHttpServletRequest request =
                new MockHttpServletRequest("POST", "/api/labor-dispute-mediation/applications");
        request.addHeader(IdempotencyFilter.HEADER, "k-1");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
