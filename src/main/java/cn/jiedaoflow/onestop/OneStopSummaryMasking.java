package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.VAR_APPLICATION_SUMMARY;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, the application summaries written before the summary masked personal data (they show the
 * applicant's mobile in full, as every one did): their history goes, with its details, and a running case gets
 * its summary again, masked. A summary written since is left alone, so this runs once per old case.
 */
@Component
@Order(61)
class OneStopSummaryMasking implements ApplicationRunner {

    /** What only an unmasked summary holds: {@code 手机 13800000001} (masked: {@code 手机 138****0001}). */
    static final Pattern UNMASKED = Pattern.compile("手机 1[3-9][0-9]{9}");

    private static final Logger LOG = LoggerFactory.getLogger(OneStopSummaryMasking.class);

    private final HistoryService history;
    private final RuntimeService runtime;
    private final OneStopApplicationRepository applications;
    private final OneStopApplicationService service;

    OneStopSummaryMasking(HistoryService history, RuntimeService runtime, OneStopApplicationRepository applications,
            OneStopApplicationService service) {
        this.history = history;
        this.runtime = runtime;
        this.applications = applications;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        int masked = 0;
        for (HistoricVariableInstance summary : history.createHistoricVariableInstanceQuery()
                .variableName(VAR_APPLICATION_SUMMARY).disableCustomObjectDeserialization().list()) {
            if (!(summary.getValue() instanceof String text) || !UNMASKED.matcher(text).find()) {
                continue;
            }
            history.deleteHistoricVariableInstance(summary.getId());
            ProcessInstance running = runtime.createProcessInstanceQuery()
                    .processInstanceId(summary.getProcessInstanceId()).singleResult();
            if (running != null && running.getBusinessKey() != null) {
                applications.findByTrackingNumber(running.getBusinessKey()).ifPresent(application -> runtime
                        .setVariable(running.getId(), VAR_APPLICATION_SUMMARY, service.summaryOf(application)));
            }
            masked++;
        }
        if (masked > 0) {
            LOG.info("one-stop: {} application summar(ies) from before masking replaced", masked);
        }
    }
}
