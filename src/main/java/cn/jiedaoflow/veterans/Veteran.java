package cn.jiedaoflow.veterans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registered veteran of the sub-district (一人一档). The ID number is sensitive: see {@link VeteransRoster}. */
@Entity
@Table(name = "veteran")
class Veteran {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_number", nullable = false, length = 32)
    private String serviceNumber;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "id_number", nullable = false, length = 18)
    private String idNumber;

    @Column(name = "mobile", nullable = false, length = 11)
    private String mobile;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "key_care", nullable = false)
    private boolean keyCare;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected Veteran() {}

    Veteran(RosterRow row, String importedBy, Instant importedAt) {
        this.serviceNumber = row.serviceNumber();
        this.name = row.name();
        this.idNumber = row.idNumber();
        this.mobile = row.mobile();
        this.address = row.address();
        this.keyCare = row.keyCare();
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    Long getId() {
        return id;
    }

    String getServiceNumber() {
        return serviceNumber;
    }

    String getName() {
        return name;
    }

    String getIdNumber() {
        return idNumber;
    }

    String getMobile() {
        return mobile;
    }

    String getAddress() {
        return address;
    }

    boolean isKeyCare() {
        return keyCare;
    }
}
