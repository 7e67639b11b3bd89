package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.VAR_APPLICATION_SUMMARY;

import cn.jiedaoflow.personaldata.MaskedVariable;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The application summary of a one-stop case: written masked since issue 12, unmasked before (every summary then
 * showed the applicant's mobile in full, {@code 手机 13800000001}; masked it reads {@code 手机 138****0001}).
 */
@Component
class OneStopSummaries implements MaskedVariable {

    static final Pattern UNMASKED = Pattern.compile("手机 1[3-9][0-9]{9}");

    private final OneStopApplicationRepository applications;
    private final OneStopApplicationService service;

    OneStopSummaries(OneStopApplicationRepository applications, OneStopApplicationService service) {
        this.applications = applications;
        this.service = service;
    }

    @Override
    public String variableName() {
        return VAR_APPLICATION_SUMMARY;
    }

    @Override
    public Pattern unmasked() {
        return UNMASKED;
    }

    @Override
    public Optional<String> masked(String trackingNumber) {
        return applications.findByTrackingNumber(trackingNumber).map(service::summaryOf);
    }
}
