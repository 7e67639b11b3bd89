package cn.jiedaoflow.sms;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.personaldata.PersonalDataKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each text in {@code app_sms_outbox} instead of sending it, stamped by the engine's clock: the embedded
 * default, for the demo (administrators read the outbox at {@code GET /api/demo/sms}) and the tests. The texts hold
 * the verification codes as sent; the profile {@code postgres} never runs with this gateway.
 */
final class OutboxSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSmsGateway.class);

    private final SmsOutboxRepository outbox;
    private final WorkingCalendar clock;
    private final TransactionTemplate ownTransaction;

    OutboxSmsGateway(SmsOutboxRepository outbox, WorkingCalendar clock, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void send(String mobile, String text) {
        // kept like a text that left: whatever the caller does afterwards, the "phone" has it
        ownTransaction.executeWithoutResult(tx -> outbox.save(new SmsOutboxMessage(mobile, text, clock.now())));
        LOG.info("SMS to {} kept in the outbox", PersonalDataKind.MOBILE.mask(mobile));
    }
}
