package cn.jiedaoflow.services;

import cn.jiedaoflow.cases.CaseHeader;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An application filed through the generic door: the case's header, the process it started and every answer of its
 * start form as given (JSON), personal data included — the engine keeps only the masked form of those.
 */
@Entity
@Table(name = "service_application")
class ServiceApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private CaseHeader header;

    @Column(name = "process_key", nullable = false, length = 100)
    private String processKey;

    @Column(name = "process_definition_id", nullable = false, length = 64)
    private String processDefinitionId;

    @Column(name = "data_json", nullable = false, length = 8000)
    private String dataJson;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected ServiceApplication() {}

    ServiceApplication(
            CaseHeader header, String processKey, String processDefinitionId, String dataJson, Instant submittedAt) {
        this.header = header;
        this.processKey = processKey;
        this.processDefinitionId = processDefinitionId;
        this.dataJson = dataJson;
        this.submittedAt = submittedAt;
    }

    void started(String processInstanceId) {
        header.started(processInstanceId);
    }

    Long getId() {
        return id;
    }

    CaseHeader header() {
        return header;
    }

    String getTrackingNumber() {
        return header.getTrackingNumber();
    }

    String getProcessInstanceId() {
        return header.getProcessInstanceId();
    }

    String getProcessKey() {
        return processKey;
    }

    String getProcessDefinitionId() {
        return processDefinitionId;
    }

    String getDataJson() {
        return dataJson;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }
}
