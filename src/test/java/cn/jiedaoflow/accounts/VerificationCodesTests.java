package cn.jiedaoflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.sms.SmsNotSent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** What the database does not decide: a gateway that fails, and the cost of a check. */
class VerificationCodesTests {

    static final Instant NOW = OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant();

    private final CodeRows rows = mock(CodeRows.class);
    private final WorkingCalendar clock = mock(WorkingCalendar.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final AtomicInteger hashesTried = new AtomicInteger();
    private final PasswordEncoder hashes = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "#" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashesTried.incrementAndGet();
            return encoded.equals("#" + raw);
        }
    };

    VerificationCodes codes(cn.jiedaoflow.sms.SmsGateway gateway) {
        when(clock.now()).thenReturn(NOW);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("accounts.code.sms", Locale.SIMPLIFIED_CHINESE, "您的验证码是 {0}，{1} 分钟内有效。");
        return new VerificationCodes(
                rows, gateway, hashes, clock, OfficeTime.SHANGHAI, messages, mock(AuditLog.class), transactions);
    }

    @Test
    void aGatewayThatFailsIsAnsweredUnavailableAndTheCodeCountsAllTheSame() {
        VerificationCodes codes = codes((mobile, text) -> {
            throw new SmsNotSent("the gateway answered 500");
        });

        Throwable failure = catchThrowable(() -> codes.send("13912345678", "127.0.0.1"));

        assertThat(failure).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNAVAILABLE);
            assertThat(refusal.messageKey()).isEqualTo("sms.notSent");
        });
        verify(rows).saveMobile(eq("13912345678"), any(), anyBoolean());
        verify(rows).saveAddress(eq("127.0.0.1"), any(), anyBoolean());
    }

    @Test
    void theTextCarriesSixDigitsAndValidityInMinutes() {
        StringBuilder sent = new StringBuilder();
        codes((mobile, text) -> sent.append(text)).send("13912345678", "127.0.0.1");

        assertThat(sent.toString()).matches("您的验证码是 \\d{6}，5 分钟内有效。");
    }

    @Test
    void aNumberWithoutACodeCostsOneHashLikeOneWithACode() {
        VerificationCodes codes = codes((mobile, text) -> {});
        when(rows.lockMobile(anyString())).thenReturn(Optional.empty());
        hashesTried.set(0);

        assertThat(catchThrowable(() -> codes.check("13912345678", "123456"))).isInstanceOf(Refusal.class);
        assertThat(hashesTried).as("a number without a code").hasValue(1);
        assertThat(codes.refuseWithoutNumber("123456")).isInstanceOf(Refusal.class);
        assertThat(hashesTried).as("no number at all").hasValue(2);

        when(rows.lockMobile("13912345678"))
                .thenReturn(Optional.of(new CodeLimits.MobileCodes(
                        "#654321", NOW.minusSeconds(10), 0, false, OfficeTime.SHANGHAI.date(NOW), 1)));
        assertThat(codes.check("13912345678", "654321").sentAt()).isEqualTo(NOW.minusSeconds(10));
        assertThat(hashesTried).as("a number with its code").hasValue(3);
        verify(rows).countTry("13912345678");
    }
}
