package cn.jiedaoflow.sms;

import java.util.List;
import org.springframework.data.repository.Repository;

interface SmsOutboxRepository extends Repository<SmsOutboxMessage, Long> {

    SmsOutboxMessage save(SmsOutboxMessage message);

    /** The newest texts first (the latest sent, then the latest kept). */
    List<SmsOutboxMessage> findTop100ByOrderBySentAtDescIdDesc();
}
