package cn.jiedaoflow.propertyfee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An owner's opinion on a property-fee proposal, given in the portal during an opinion window (the window is named by
 * its close): one per linked account per window, never edited.
 */
@Entity
@Table(name = "fee_opinion")
class FeeOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", nullable = false, length = 40)
    private String trackingNumber;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "window_closes", nullable = false)
    private Instant windowCloses;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "register_owner_id", nullable = false, length = 64)
    private String registerOwnerId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected FeeOpinion() {}

    FeeOpinion(
            String trackingNumber,
            Long estateId,
            Instant windowCloses,
            Long accountId,
            String registerOwnerId,
            String body,
            Instant givenAt) {
        this.trackingNumber = trackingNumber;
        this.estateId = estateId;
        this.windowCloses = windowCloses;
        this.accountId = accountId;
        this.registerOwnerId = registerOwnerId;
        this.body = body;
        this.givenAt = givenAt;
    }

    Long getId() {
        return id;
    }

    Instant getWindowCloses() {
        return windowCloses;
    }

    String getRegisterOwnerId() {
        return registerOwnerId;
    }

    String getBody() {
        return body;
    }

    Instant getGivenAt() {
        return givenAt;
    }
}
