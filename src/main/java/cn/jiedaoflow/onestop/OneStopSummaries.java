package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.VAR_APPLICATION_SUMMARY;
import static cn.jiedaoflow.personaldata.MarkdownText.escape;

import cn.jiedaoflow.cases.Channel;
import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.MatterForms;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.personaldata.MaskedVariable;
import cn.jiedaoflow.personaldata.PersonalDataKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application summary of a one-stop case, the markdown the pre-check and review forms show and the engine keeps
 * as a variable: who applied, the data with its labels — personal data masked (the ID number, the mobile,
 * and every field the form marks); the task that needs it in full opens it through the personal-data plugin.
 * Every value is escaped ({@link cn.jiedaoflow.personaldata.MarkdownText}), so the masks keep their asterisks and an
 * applicant's text makes no markdown of its own. Written masked since issue 12, unmasked before (every summary then
 * showed the applicant's mobile in full, {@code 手机 13800000001}; masked it reads {@code 手机 138\*\*\*\*0001}).
 */
@Component
class OneStopSummaries implements MaskedVariable {

    static final Pattern UNMASKED = Pattern.compile("手机 1[3-9][0-9]{9}");

    private final OneStopApplicationRepository applications;
    private final ServiceCatalog catalog;
    private final MatterForms forms;
    private final ApplicationData data;

    OneStopSummaries(
            OneStopApplicationRepository applications,
            ServiceCatalog catalog,
            MatterForms forms,
            ApplicationData data) {
        this.applications = applications;
        this.catalog = catalog;
        this.forms = forms;
        this.data = data;
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
    @Transactional(readOnly = true)
    public Optional<String> masked(String trackingNumber) {
        return applications.findByTrackingNumber(trackingNumber).map(this::of);
    }

    /** The summary of a stored application as the forms show it today. */
    String of(OneStopApplication application) {
        Matter matter = catalog.find(application.getMatterCode()).orElseThrow();
        return of(application, matter, forms.fields(matter.formKey()).orElseThrow(), data.read(application));
    }

    String of(OneStopApplication application, Matter matter, List<FormField> fields, Map<String, Object> values) {
        StringBuilder text = new StringBuilder()
                .append("**申请人：** ")
                .append(escape(application.getApplicantName()))
                .append("（身份证 ")
                .append(escape(Objects.requireNonNullElse(IdNumbers.mask(application.getApplicantIdNumber()), "未登记")))
                .append("，手机 ")
                .append(escape(PersonalDataKind.MOBILE.mask(application.getApplicantMobile())))
                .append("）　")
                .append(application.getChannel() == Channel.WINDOW ? "窗口代办" : "网上申请")
                .append("\n\n**申请信息：**");
        for (FormField field : fields) {
            Object value = values.get(field.key());
            if (value != null) {
                text.append("\n- ").append(escape(field.label())).append("：").append(escape(field.masked(value)));
            }
        }
        if (application.getSupplementRemark() != null) {
            text.append("\n\n**补正说明（申请人填写）：** ").append(escape(application.getSupplementRemark()));
        }
        text.append("\n\n**送达方式：** ")
                .append(escape(application.getDeliveryMethod().chinese()));
        if (application.getMailingAddress() != null) {
            text.append("（").append(escape(application.getMailingAddress())).append("）");
        }
        return text.toString();
    }
}
