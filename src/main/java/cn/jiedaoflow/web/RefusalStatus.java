package cn.jiedaoflow.web;

import cn.jiedaoflow.refusal.Refusal;
import org.springframework.http.HttpStatus;

/** The HTTP status of each kind of refusal, the same for the API and the pages. */
public final class RefusalStatus {

    private RefusalStatus() {}

    public static HttpStatus of(Refusal.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
