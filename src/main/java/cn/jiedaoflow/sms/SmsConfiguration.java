package cn.jiedaoflow.sms;

import cn.jiedaoflow.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The one {@link SmsGateway} of the application, as {@code jiedao.sms.gateway} chooses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsSettings.class)
class SmsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SmsConfiguration.class);

    @Bean
    SmsGateway smsGateway(
            SmsSettings settings,
            SmsOutboxRepository outbox,
            WorkingCalendar clock,
            PlatformTransactionManager transactions) {
        return switch (settings.gateway()) {
            case OUTBOX -> {
                LOG.info("SMS gateway: outbox (texts kept in app_sms_outbox, none delivered)");
                yield new OutboxSmsGateway(outbox, clock, transactions);
            }
            case HTTP -> {
                HttpSmsGateway gateway = new HttpSmsGateway(settings.http());
                LOG.info("SMS gateway: http, {}", settings.http().url());
                yield gateway;
            }
            case LOG -> {
                LOG.warn("SMS gateway: log (JIEDAO_SMS=log): no text reaches a phone, verification codes included");
                yield new LogSmsGateway();
            }
        };
    }
}
