package cn.jiedaoflow.onestop;

import cn.jiedaoflow.bench.MyApplications;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.people.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** The one-stop service's "my applications" ({@code GET /api/applications}) for the benchmarks. */
public class OneStopMyApplications implements MyApplications {

    /** A single-matter application (老年综合津贴) with its two materials, as the benchmarks file it. */
    public static final SubmissionRequest APPLICATION = new SubmissionRequest(
            "elderly-comprehensive-allowance",
            Map.of("birthDate", "1950-03-05", "bankName", "工商银行", "bankAccount", "6222020200112233445"),
            List.of("id-card", "bank-card"),
            null,
            null,
            null);

    private final OneStopSubmissions submissions;
    private final OneStopViews views;

    public OneStopMyApplications(ApplicationContext context) {
        this.submissions = context.getBean(OneStopSubmissions.class);
        this.views = context.getBean(OneStopViews.class);
    }

    @Override
    public String endpoint() {
        return "GET /api/applications";
    }

    @Override
    public void apply(Caller resident, int number) {
        submissions.submit(resident, APPLICATION, materials());
    }

    /** The two small materials of {@link #APPLICATION}: a PDF and a PNG, by their signatures. */
    public static List<Upload> materials() {
        return List.of(
                new Upload("id.pdf", "%PDF-1.7 bench".getBytes()),
                new Upload("bank.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
    }

    @Override
    public int listMine(Caller resident) {
        return views.mine(resident).size();
    }
}
