package cn.jiedaoflow.owners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resident account that speaks for an owner of the register (by the register's owner id). */
@Entity
@Table(name = "owner_account_link")
class OwnerAccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "register_owner_id", nullable = false, length = 64)
    private String registerOwnerId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "linked_by", nullable = false, length = 64)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected OwnerAccountLink() {}

    OwnerAccountLink(Long estateId, String registerOwnerId, Long accountId, String linkedBy, Instant linkedAt) {
        this.estateId = estateId;
        this.registerOwnerId = registerOwnerId;
        this.accountId = accountId;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    void relink(Long newAccountId, String by, Instant at) {
        this.accountId = newAccountId;
        this.linkedBy = by;
        this.linkedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getEstateId() {
        return estateId;
    }

    String getRegisterOwnerId() {
        return registerOwnerId;
    }

    Long getAccountId() {
        return accountId;
    }
}
