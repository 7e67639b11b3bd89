package cn.jiedaoflow.sms;

/**
 * The gateway did not confirm a text: it answered a failure, or did not answer in time. The message says why,
 * without the mobile number or the text.
 */
public class SmsNotSent extends RuntimeException {

    public SmsNotSent(String reason) {
        super(reason);
    }

    public SmsNotSent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
