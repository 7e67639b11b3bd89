package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.owners.CountedPerson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One counted person of a vote's frozen register: an owner with all their units, or the developer. */
@Entity
@Table(name = "vote_voter")
class VoteVoter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vote_id", nullable = false)
    private Long voteId;

    @Column(name = "register_owner_id", length = 64)
    private String registerOwnerId;

    @Column(nullable = false)
    private boolean developer;

    @Column(nullable = false)
    private int units;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal area;

    protected VoteVoter() {}

    VoteVoter(Long voteId, CountedPerson person) {
        this.voteId = voteId;
        this.registerOwnerId = person.ownerId();
        this.developer = person.developer();
        this.units = person.units();
        this.area = person.area();
    }

    Long getId() {
        return id;
    }

    Long getVoteId() {
        return voteId;
    }

    String getRegisterOwnerId() {
        return registerOwnerId;
    }

    boolean isDeveloper() {
        return developer;
    }

    int getUnits() {
        return units;
    }

    BigDecimal getArea() {
        return area;
    }
}
