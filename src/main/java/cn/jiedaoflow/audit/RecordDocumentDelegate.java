package cn.jiedaoflow.audit;

import cn.jiedaoflow.delegates.ReusableDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records in the case's audit trail a document the procedure issued (文书登记): its kind, its number and its title,
 * under the case's tracking number and the process that issued it. The element template
 * {@code cn.jiedaoflow.record-document} (docs/element-templates.md).
 */
@ReusableDelegate(
        template = RecordDocumentDelegate.TEMPLATE,
        inputs = {RecordDocumentDelegate.KIND, RecordDocumentDelegate.NUMBER, RecordDocumentDelegate.TITLE})
@Component
class RecordDocumentDelegate implements JavaDelegate {

    static final String TEMPLATE = "cn.jiedaoflow.record-document";
    static final String KIND = "documentKind";
    static final String NUMBER = "documentNumber";
    static final String TITLE = "documentTitle";
    static final String ACTION = "CASE_DOCUMENT_RECORDED";

    private final AuditLog audit;

    RecordDocumentDelegate(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kind = required(execution, KIND);
        String number = required(execution, NUMBER);
        Object title = execution.getVariable(TITLE);
        String process = execution.getProcessDefinitionId() == null
                ? "process"
                : "process:" + execution.getProcessDefinitionId().split(":", -1)[0];
        audit.record(
                process,
                ACTION,
                "case:" + execution.getProcessBusinessKey(),
                kind + " " + number + (title == null || title.toString().isBlank() ? "" : "：" + title));
    }

    private static String required(DelegateExecution execution, String input) {
        Object value = execution.getVariable(input);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("the step has no input " + input + " (template " + TEMPLATE + ")");
        }
        return value.toString().strip();
    }
}
