package cn.jiedaoflow.owners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A residential estate (小区): the unit of an owners' register and of owners' votes. */
@Entity
@Table(name = "estate")
class Estate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "register_imported_by", length = 64)
    private String registerImportedBy;

    @Column(name = "register_imported_at")
    private Instant registerImportedAt;

    protected Estate() {}

    Estate(String name, String address, String createdBy, Instant createdAt) {
        this.name = name;
        this.address = address;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void registerImported(String by, Instant at) {
        this.registerImportedBy = by;
        this.registerImportedAt = at;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getAddress() {
        return address;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getRegisterImportedBy() {
        return registerImportedBy;
    }

    Instant getRegisterImportedAt() {
        return registerImportedAt;
    }
}
