package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.MatterForms;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant does once the application is in — withdraw, supplement, rate — (the window for a walk-in on
 * what it entered): each checks the caller ({@link OneStopAccess}), records the step and moves the process on.
 */
@EngineEdge
@Service
class OneStopApplicantActions {

    private static final Logger LOG = LoggerFactory.getLogger(OneStopApplicantActions.class);

    private final OneStopAccess access;
    private final OneStopApplicationRepository applications;
    private final ServiceCatalog catalog;
    private final MatterForms forms;
    private final ApplicationData data;
    private final MaterialStore materials;
    private final OneStopSummaries summaries;
    private final OneStopViews views;
    private final WorkingCalendar calendar;
    private final RuntimeService runtime;
    private final AuditLog audit;

    OneStopApplicantActions(
            OneStopAccess access,
            OneStopApplicationRepository applications,
            ServiceCatalog catalog,
            MatterForms forms,
            ApplicationData data,
            MaterialStore materials,
            OneStopSummaries summaries,
            OneStopViews views,
            WorkingCalendar calendar,
            RuntimeService runtime,
            AuditLog audit) {
        this.access = access;
        this.applications = applications;
        this.catalog = catalog;
        this.forms = forms;
        this.data = data;
        this.materials = materials;
        this.summaries = summaries;
        this.views = views;
        this.calendar = calendar;
        this.runtime = runtime;
        this.audit = audit;
    }

    @Transactional
    ApplicationView withdraw(Caller caller, String trackingNumber) {
        OneStopApplication application = access.actionable(caller, trackingNumber);
        application.withdraw();
        applications.save(application);
        correlate(MESSAGE_WITHDRAWN, trackingNumber, Map.of());
        String actor = OneStopAccess.actor(caller);
        audit.record(actor, "ONE_STOP_WITHDRAWN", "application:" + trackingNumber, "");
        LOG.info("one-stop {} withdrawn by {}", trackingNumber, actor);
        return views.view(application);
    }

    @Transactional
    ApplicationView supplement(Caller caller, String trackingNumber, SupplementRequest request, List<Upload> files) {
        OneStopApplication application = access.actionable(caller, trackingNumber);
        if (application.getStatus() != ApplicationStatus.SUPPLEMENT_REQUESTED) {
            throw Refusal.conflict("onestop.application.supplement.notRequested", trackingNumber);
        }
        Matter matter = catalog.find(application.getMatterCode()).orElseThrow();
        List<FormField> fields = forms.fields(matter.formKey()).orElseThrow();
        Map<String, Object> changes = ApplicationData.checked(fields, request.data());
        List<MaterialFile> uploaded = ApplicationData.materialFiles(matter, request.materialCodes(), files);
        String remark = request.checkedRemark();
        if (changes.isEmpty() && uploaded.isEmpty()) {
            throw Refusal.badInput("onestop.supplement.empty");
        }
        Map<String, Object> values = data.read(application);
        values.putAll(changes);
        Instant now = calendar.now();
        application.supplemented(data.write(values), remark);
        applications.save(application);
        String actor = OneStopAccess.actor(caller);
        materials.store(application, uploaded, true, actor, now);
        correlate(
                MESSAGE_SUPPLEMENT_RECEIVED,
                trackingNumber,
                Map.of(VAR_APPLICATION_SUMMARY, summaries.of(application, matter, fields, values)));
        audit.record(
                actor,
                "ONE_STOP_SUPPLEMENTED",
                "application:" + trackingNumber,
                uploaded.size() + " file(s), fields " + changes.keySet());
        LOG.info("one-stop {} supplemented by {}", trackingNumber, actor);
        return views.view(applications.findByTrackingNumber(trackingNumber).orElseThrow());
    }

    @Transactional
    ApplicationView rate(Caller caller, String trackingNumber, RatingRequest request) {
        OneStopApplication application = access.rateable(caller, trackingNumber);
        Rating rating = Rating.of(request == null ? null : request.score(), request == null ? null : request.comment());
        Instant now = calendar.now();
        application.rate(rating, now);
        applications.save(application);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_RATING_SCORE, rating.score());
        variables.put(VAR_RATING_COMMENT, rating.comment() == null ? "" : rating.comment());
        variables.put(VAR_RECTIFICATION_NEEDED, rating.needsRectification());
        if (rating.needsRectification()) {
            Deadline rectificationDue = calendar.workingDaysFrom(now, RECTIFICATION_WORKING_DAYS);
            variables.put(VAR_RECTIFICATION_DUE, rectificationDue.asDate());
            variables.put(VAR_RECTIFICATION_DUE_PROVISIONAL, rectificationDue.provisional());
        }
        correlate(MESSAGE_RATED, trackingNumber, variables);
        audit.record(
                OneStopAccess.actor(caller),
                "ONE_STOP_RATED",
                "application:" + trackingNumber,
                "score " + rating.score());
        LOG.info("one-stop {} rated {}", trackingNumber, rating.score());
        return views.view(application);
    }

    private void correlate(String message, String trackingNumber, Map<String, Object> variables) {
        try {
            runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(trackingNumber)
                    .setVariables(variables)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw Refusal.conflict("onestop.application.notWaiting", trackingNumber);
        }
    }
}
