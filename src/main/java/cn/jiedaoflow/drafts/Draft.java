package cn.jiedaoflow.drafts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A half-filled application of one service, one per account and service: the form's data as given, without its
 * personal-data fields, which it keeps masked only; its files are {@link DraftFile}s.
 */
@Entity
@Table(name = "draft")
class Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "service_key", nullable = false, length = 100)
    private String serviceKey;

    @Column(name = "data_json", nullable = false, length = 8000)
    private String dataJson;

    @Column(name = "masked_json", nullable = false, length = 8000)
    private String maskedJson;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Draft() {}

    Draft(Long accountId, String serviceKey) {
        this.accountId = accountId;
        this.serviceKey = serviceKey;
    }

    void save(String dataJson, String maskedJson, Instant at) {
        this.dataJson = dataJson;
        this.maskedJson = maskedJson;
        this.savedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getAccountId() {
        return accountId;
    }

    String getServiceKey() {
        return serviceKey;
    }

    String getDataJson() {
        return dataJson;
    }

    String getMaskedJson() {
        return maskedJson;
    }

    Instant getSavedAt() {
        return savedAt;
    }
}
