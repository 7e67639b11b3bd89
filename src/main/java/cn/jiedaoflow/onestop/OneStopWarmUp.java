package cn.jiedaoflow.onestop;

import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.warmup.WarmUpStep;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The warm-up's one-stop submission: the window enters a walk-in application for the elderly comprehensive allowance
 * with two materials, as a resident's submission runs it — the catalog, the form's checks, the record, the documents,
 * the process started to its first task, the audit row — and {@code warmup.WarmUp} rolls it all back. Its log line
 * names the actor {@value #ACTOR}.
 */
@Component
class OneStopWarmUp implements WarmUpStep {

    static final String ACTOR = "warm-up";
    static final String MATTER = "elderly-comprehensive-allowance";

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    private final OneStopSubmissions submissions;

    OneStopWarmUp(OneStopSubmissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public String name() {
        return "one-stop submission";
    }

    @Override
    public void run() {
        Caller window = new Caller(Caller.Kind.STAFF, ACTOR, null, ACTOR, Set.of(StaffGroup.ACCEPTANCE_WINDOW.id()));
        SubmissionRequest request = new SubmissionRequest(
                MATTER,
                Map.of("birthDate", "1950-03-05", "bankName", "工商银行", "bankAccount", "6222020200112233445"),
                List.of("id-card", "bank-card"),
                null,
                null,
                new SubmissionRequest.Applicant("预热", "11010519491231002X", "13800000000"));
        submissions.submit(window, request, List.of(new Upload("id-card.pdf", PDF), new Upload("bank-card.png", PNG)));
    }
}
