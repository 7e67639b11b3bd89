package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.Applicant;
import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.cases.CaseHeader;
import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.MatterForms;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.drafts.Drafts;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions, by a resident for themself or by the window for a walk-in resident: checks who calls and what they
 * send, stores the application with its materials and starts the procedure in one transaction (all or nothing).
 * Residents are not engine users: this class checks the caller, then starts the process for them.
 */
@EngineEdge
@Service
public class OneStopSubmissions {

    private static final Logger LOG = LoggerFactory.getLogger(OneStopSubmissions.class);

    private final OneStopApplicationRepository applications;
    private final ServiceCatalog catalog;
    private final MatterForms forms;
    private final ApplicationData data;
    private final MaterialStore materials;
    private final OneStopSummaries summaries;
    private final CaseAccess cases;
    private final TrackingNumbers trackingNumbers;
    private final WorkingCalendar calendar;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Drafts drafts;

    OneStopSubmissions(
            OneStopApplicationRepository applications,
            ServiceCatalog catalog,
            MatterForms forms,
            ApplicationData data,
            MaterialStore materials,
            OneStopSummaries summaries,
            CaseAccess cases,
            TrackingNumbers trackingNumbers,
            WorkingCalendar calendar,
            RuntimeService runtime,
            AuditLog audit,
            Drafts drafts) {
        this.applications = applications;
        this.catalog = catalog;
        this.forms = forms;
        this.data = data;
        this.materials = materials;
        this.summaries = summaries;
        this.cases = cases;
        this.trackingNumbers = trackingNumbers;
        this.calendar = calendar;
        this.runtime = runtime;
        this.audit = audit;
        this.drafts = drafts;
    }

    @Transactional
    public ApplicationSubmitted submit(Caller caller, SubmissionRequest request, List<Upload> files) {
        OneStopAccess.requireResidentOrWindow(caller);
        Matter matter = catalog.find(request.matterCode())
                .orElseThrow(() -> Refusal.notFound("onestop.matter.notFound", request.matterCode()));
        if (matter.isMember()) {
            throw Refusal.badInput(
                    "onestop.matter.memberOnly",
                    new Localized(matter.nameZh(), matter.nameEn()),
                    catalog.find(matter.parentCode())
                            .map(parent -> new Localized(parent.nameZh(), parent.nameEn()))
                            .orElse(new Localized(matter.parentCode(), matter.parentCode())),
                    matter.parentCode());
        }
        Applicant applicant = caller.isStaff()
                ? walkIn(request.applicant())
                : OwnApplicant.of(cases.applicantOf(caller), request.applicant());
        DeliveryMethod delivery = delivery(request.delivery());
        String mailingAddress = mailingAddress(delivery, request.mailingAddress());
        List<FormField> fields = forms.fields(matter.formKey())
                .orElseThrow(() ->
                        new IllegalStateException("matter " + matter.code() + " has no form " + matter.formKey()));
        Map<String, Object> values = ApplicationData.checked(fields, request.data());
        List<MaterialFile> uploaded = ApplicationData.materialFiles(matter, request.materialCodes(), files);
        ApplicationData.requireComplete(matter, fields, values, uploaded);
        String dataJson = data.write(values);

        Instant now = calendar.now();
        String trackingNumber =
                trackingNumbers.unused(TRACKING_NUMBER_PREFIX, now, applications::existsByTrackingNumber);
        CaseHeader header = caller.isStaff()
                ? CaseHeader.entered(trackingNumber, applicant, caller.username())
                : CaseHeader.online(trackingNumber, applicant);
        OneStopApplication application = applications.save(
                new OneStopApplication(header, matter.code(), dataJson, delivery, mailingAddress, now));
        String actor = OneStopAccess.actor(caller);
        materials.store(application, uploaded, false, actor, now);
        ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(trackingNumber)
                .setVariables(OneStopApplicationProcess.startVariables(
                        application, matter, summaries.of(application, matter, fields, values)))
                .execute();
        application.started(instance.getId());
        applications.save(application);
        if (!caller.isStaff()) {
            drafts.submitted(caller.accountId(), matter.code());
        }
        audit.record(
                actor,
                "ONE_STOP_SUBMITTED",
                "application:" + trackingNumber,
                matter.code() + " " + application.getChannel() + ", " + uploaded.size() + " file(s), applicant ID "
                        + IdNumbers.mask(applicant.idNumber()));
        LOG.info("one-stop {} submitted ({} {}) by {}", trackingNumber, matter.code(), application.getChannel(), actor);
        OneStopApplication started =
                applications.findByTrackingNumber(trackingNumber).orElseThrow();
        Deadline preCheck = calendar.workingDaysFrom(now, PRE_CHECK_WORKING_DAYS);
        return new ApplicationSubmitted(
                trackingNumber, started.getStatus(), calendar.local(started.getPreCheckDue()), preCheck.provisional());
    }

    private static Applicant walkIn(SubmissionRequest.Applicant applicant) {
        List<Map<String, Object>> missing = new ArrayList<>();
        if (applicant == null || isBlank(applicant.name())) {
            missing.add(ApplicationData.problem("applicant.name", "missing", new Localized("申请人姓名", "applicant.name")));
        }
        if (applicant == null || isBlank(applicant.idNumber())) {
            missing.add(ApplicationData.problem(
                    "applicant.idNumber", "missing", new Localized("身份证号码", "applicant.idNumber")));
        }
        if (applicant == null || isBlank(applicant.mobile())) {
            missing.add(
                    ApplicationData.problem("applicant.mobile", "missing", new Localized("手机号码", "applicant.mobile")));
        }
        if (!missing.isEmpty()) {
            throw Refusal.badFields("onestop.application.missing", missing, ApplicationData.labels(missing));
        }
        String name = applicant.name().strip();
        if (name.length() > 100) {
            throw Refusal.badInput("onestop.application.tooLong", "applicant.name", 100);
        }
        String mobile = applicant.mobile().strip();
        if (!LoginNames.isMobile(mobile)) {
            throw Refusal.badInput("onestop.application.mobile.invalid", mobile);
        }
        String idNumber = IdNumbers.normalized(applicant.idNumber())
                .orElseThrow(() -> Refusal.badInput(
                        "onestop.application.idNumber.invalid",
                        IdNumbers.mask(applicant.idNumber().strip())));
        return new Applicant(null, name, mobile, idNumber);
    }

    private static DeliveryMethod delivery(String value) {
        if (isBlank(value)) {
            return DeliveryMethod.ELECTRONIC;
        }
        for (DeliveryMethod method : DeliveryMethod.values()) {
            if (method.name().equals(value.strip())) {
                return method;
            }
        }
        throw Refusal.badInput("onestop.application.delivery.invalid", value);
    }

    private static String mailingAddress(DeliveryMethod delivery, String address) {
        if (delivery != DeliveryMethod.MAIL) {
            return null;
        }
        if (isBlank(address)) {
            throw Refusal.badInput("onestop.application.mailingAddress.missing");
        }
        if (address.strip().length() > 300) {
            throw Refusal.badInput("onestop.application.tooLong", "mailingAddress", 300);
        }
        return address.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
