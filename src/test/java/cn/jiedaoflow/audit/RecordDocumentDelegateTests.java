package cn.jiedaoflow.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.delegates.InputsRead;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The template {@code cn.jiedaoflow.record-document}: a document the procedure issued, in the case's audit trail. */
class RecordDocumentDelegateTests {

    private final AuditLog audit = mock(AuditLog.class);
    private final RecordDocumentDelegate delegate = new RecordDocumentDelegate(audit);
    private final DelegateExecution execution = mock(DelegateExecution.class);

    @BeforeEach
    void aReplyLetter() {
        when(execution.getProcessBusinessKey()).thenReturn("SV-20260306-0001");
        when(execution.getProcessDefinitionId()).thenReturn("enterprise-service-request:3:abc");
        when(execution.getVariable(RecordDocumentDelegate.KIND)).thenReturn("答复函");
        when(execution.getVariable(RecordDocumentDelegate.NUMBER)).thenReturn("长宁街道营商〔2026〕7号");
        when(execution.getVariable(RecordDocumentDelegate.TITLE)).thenReturn("关于场地诉求的答复");
    }

    @Test
    void recordsKindNumberAndTitleUnderTheCaseAndItsProcess() {
        delegate.execute(execution);

        verify(audit)
                .record(
                        "process:enterprise-service-request",
                        "CASE_DOCUMENT_RECORDED",
                        "case:SV-20260306-0001",
                        "答复函 长宁街道营商〔2026〕7号：关于场地诉求的答复");
        InputsRead.assertReadExactlyItsInputs(RecordDocumentDelegate.class, execution);
    }

    @Test
    void recordsADocumentWithoutTitle() {
        when(execution.getVariable(RecordDocumentDelegate.TITLE)).thenReturn(null);

        delegate.execute(execution);

        verify(audit)
                .record(
                        "process:enterprise-service-request",
                        "CASE_DOCUMENT_RECORDED",
                        "case:SV-20260306-0001",
                        "答复函 长宁街道营商〔2026〕7号");
    }

    @Test
    void failsTheStepWithoutANumber() {
        when(execution.getVariable(RecordDocumentDelegate.NUMBER)).thenReturn("");

        assertThatThrownBy(() -> delegate.execute(execution)).hasMessageContaining("no input documentNumber");
        verify(audit, never()).record(any(), any(), any(), any());
    }
}
