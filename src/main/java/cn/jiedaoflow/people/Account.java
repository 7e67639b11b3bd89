package cn.jiedaoflow.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resident's or an enterprise's account. Staff are engine users, never accounts. */
@Entity
@Table(name = "app_account")
public class Account {

    public enum Kind {
        RESIDENT,
        ENTERPRISE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** The mobile number of a resident, the unified social credit code of an enterprise. */
    @Column(name = "login_name", nullable = false, unique = true, length = 32)
    private String loginName;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "id_number", length = 32)
    private String idNumber;

    /** An enterprise's contact person; {@code null} for residents. */
    @Column(name = "contact_name", length = 100)
    private String contactName;

    /** An enterprise's contact mobile number, where its verification codes go; {@code null} for residents. */
    @Column(name = "contact_mobile", length = 20)
    private String contactMobile;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {}

    Account(Kind kind, String loginName, String displayName, String idNumber, String passwordHash, Instant createdAt) {
        this.kind = kind;
        this.loginName = loginName;
        this.displayName = displayName;
        this.idNumber = idNumber;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    Account withContact(String contactName, String contactMobile) {
        this.contactName = contactName;
        this.contactMobile = contactMobile;
        return this;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The full ID number: sensitive; show {@link IdNumbers#mask(String)} unless a task needs it. */
    public String getIdNumber() {
        return idNumber;
    }

    /** An enterprise's contact person; {@code null} for residents. */
    public String getContactName() {
        return contactName;
    }

    /**
     * Where texts to the account go, its verification codes among them: a resident's mobile number (the login name),
     * an enterprise's contact mobile ({@code null} for an enterprise made without one).
     */
    public String getMobile() {
        return kind == Kind.RESIDENT ? loginName : contactMobile;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
