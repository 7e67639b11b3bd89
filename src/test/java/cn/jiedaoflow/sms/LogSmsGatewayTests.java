package cn.jiedaoflow.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LogSmsGatewayTests {

    @Test
    void writesThatATextWasSentToAMaskedNumberNeverTheText(CapturedOutput output) {
        new LogSmsGateway().send("13912345678", "您的验证码是 482913，5 分钟内有效。");

        assertThat(output.getAll())
                .contains("139****5678", "not delivered")
                .doesNotContain("13912345678")
                .doesNotContain("482913");
    }
}
