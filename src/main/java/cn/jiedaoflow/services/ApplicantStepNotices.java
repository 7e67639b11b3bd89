package cn.jiedaoflow.services;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.engine.CandidateGroups;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.notification.Notifications;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant in their inbox when a step of their case waits for them: a listener the engine adds, when a
 * model is parsed, to every user task offered to {@code applicant} alone, so designers add nothing. The notice names
 * the step, the case and the due date, and links to the case's page, which leads to the step. Only the generic
 * door's cases ({@code SV-}) are known here; a case with no mobile number to send to gets no notice.
 */
@EngineEdge
@Component
class ApplicantStepNotices extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicantStepNotices.class);

    private final ObjectProvider<ServiceApplicationRepository> applications;
    private final ObjectProvider<StartableProcesses> processes;
    private final ObjectProvider<Notifications> notifications;
    private final ObjectProvider<WorkingCalendar> calendar;

    ApplicantStepNotices(
            ObjectProvider<ServiceApplicationRepository> applications,
            ObjectProvider<StartableProcesses> processes,
            ObjectProvider<Notifications> notifications,
            ObjectProvider<WorkingCalendar> calendar) {
        this.applications = applications;
        this.processes = processes;
        this.notifications = notifications;
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new OnApplicantSteps());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** Adds the notice to each user task offered to the applicant, as its model is parsed. */
    final class OnApplicantSteps extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            String groups = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "candidateGroups");
            if (groups != null && CandidateGroups.APPLICANT.equals(groups.strip())) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ApplicantStepNotices.this::notify);
            }
        }
    }

    private void notify(DelegateTask task) {
        String trackingNumber = task.getExecution().getProcessBusinessKey();
        ServiceApplication application = trackingNumber == null
                ? null
                : applications.getObject().findByTrackingNumber(trackingNumber).orElse(null);
        if (application == null || application.header().getApplicantMobile().isBlank()) {
            LOG.info("step {} of case {}: no applicant to tell", task.getTaskDefinitionKey(), trackingNumber);
            return;
        }
        String what = processes
                .getObject()
                .ofDefinition(application.getProcessDefinitionId())
                .map(process -> process.name().chinese())
                .orElse(application.getProcessKey());
        String due = task.getDueDate() == null
                ? ""
                : "，请在 " + calendar.getObject().shown(task.getDueDate().toInstant()) + " 前";
        notifications
                .getObject()
                .send(
                        new Notifications.Recipient(
                                application.header().getApplicantMobile(),
                                application.header().getApplicantAccountId()),
                        trackingNumber,
                        "请办理：" + task.getName(),
                        "您的办件 " + trackingNumber + "（" + what + "）有一步等待您办理：" + task.getName() + due
                                + "登录居民服务平台，在“我的办件”中办理。");
    }
}
