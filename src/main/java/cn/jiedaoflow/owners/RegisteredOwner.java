package cn.jiedaoflow.owners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An owner of units in one estate, as the register names them (the CSV's {@code ownerId}). */
@Entity
@Table(name = "estate_owner")
class RegisteredOwner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "register_owner_id", nullable = false, length = 64)
    private String registerOwnerId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected RegisteredOwner() {}

    RegisteredOwner(Long estateId, String registerOwnerId, String name) {
        this.estateId = estateId;
        this.registerOwnerId = registerOwnerId;
        this.name = name;
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

    String getName() {
        return name;
    }
}
