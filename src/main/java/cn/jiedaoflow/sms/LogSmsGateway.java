package cn.jiedaoflow.sms;

import cn.jiedaoflow.personaldata.PersonalDataKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers nothing: writes that a text was sent, to whom (masked) and how long it was, never the text, which may hold
 * a verification code. Only when chosen explicitly ({@code JIEDAO_SMS=log}).
 */
final class LogSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LogSmsGateway.class);

    @Override
    public void send(String mobile, String text) {
        LOG.info(
                "SMS of {} characters to {} written to the log only (jiedao.sms.gateway=log): not delivered",
                text.length(),
                PersonalDataKind.MOBILE.mask(mobile));
    }
}
