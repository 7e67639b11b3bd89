package cn.jiedaoflow.owners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * An exclusive unit (专有部分) of an estate with its registered area (不动产登记簿面积), its owner, or the
 * developer-unsold flag (then no owner).
 */
@Entity
@Table(name = "estate_unit")
class RegisteredUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "building", nullable = false, length = 50)
    private String building;

    @Column(name = "unit", nullable = false, length = 50)
    private String unit;

    @Column(name = "area", nullable = false, precision = 12, scale = 2)
    private BigDecimal area;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private RegisteredOwner owner;

    @Column(name = "developer_unsold", nullable = false)
    private boolean developerUnsold;

    protected RegisteredUnit() {}

    RegisteredUnit(
            Long estateId,
            String building,
            String unit,
            BigDecimal area,
            RegisteredOwner owner,
            boolean developerUnsold) {
        this.estateId = estateId;
        this.building = building;
        this.unit = unit;
        this.area = area;
        this.owner = owner;
        this.developerUnsold = developerUnsold;
    }

    Long getId() {
        return id;
    }

    Long getEstateId() {
        return estateId;
    }

    String getBuilding() {
        return building;
    }

    String getUnit() {
        return unit;
    }

    BigDecimal getArea() {
        return area;
    }

    RegisteredOwner getOwner() {
        return owner;
    }

    boolean isDeveloperUnsold() {
        return developerUnsold;
    }
}
