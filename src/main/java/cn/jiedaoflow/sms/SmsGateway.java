package cn.jiedaoflow.sms;

/**
 * Sends a text message to a mobile number. Which gateway runs is chosen by {@code jiedao.sms.gateway}
 * (docs/operations.md, "SMS gateway"): {@code outbox} keeps the texts in a table (the demo and the tests), {@code http}
 * posts them to the office's SMS provider, {@code log} only writes that a text was sent.
 */
public interface SmsGateway {

    /**
     * Sends {@code text} to {@code mobile}.
     *
     * @throws SmsNotSent when the gateway refuses the text or cannot be reached in time; the text may still arrive
     *                    (a timeout does not say it was not delivered)
     */
    void send(String mobile, String text);
}
