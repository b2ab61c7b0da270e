package dk.samspil.people.entity;

import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A link mailed to an account's address: to set a new password, to set the first one (an invitation)
 * or to verify the address of a registration. Only the SHA-256 hash of the link's token is kept, so
 * a copy of the database cannot be used to take over accounts; the token works once and for as long
 * as its purpose allows.
 */
@Entity
@Table(name = "account_link")
public class AccountLink {

    /** What a link is for, how long it works and which page it opens. */
    public enum Purpose {
        RESET(Duration.ofMinutes(30), "password-reset.xhtml"),
        INVITATION(Duration.ofHours(24), "password-reset.xhtml"),
        VERIFICATION(Duration.ofHours(24), "register-confirm.xhtml");

        private final Duration lifetime;
        private final String page;

        Purpose(Duration lifetime, String page) {
            this.lifetime = lifetime;
            this.page = page;
        }

        public Duration lifetime() {
            return lifetime;
        }

        /** The page the link opens, relative to Samspil's public address. */
        public String page() {
            return page;
        }

        /** Whether following the link sets a password (and so also proves the address). */
        public boolean setsPassword() {
            return this != VERIFICATION;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Account account;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Purpose purpose;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "token_hash", nullable = false, updatable = false, length = 64, unique = true)
    private String tokenHash;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    @PersonalData(Kind.ACTIVITY)
    private LocalDateTime createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    @PersonalData(Kind.ACTIVITY)
    private LocalDateTime usedAt;

    protected AccountLink() {
    }

    public AccountLink(Account account, Purpose purpose, String tokenHash, LocalDateTime now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    public boolean isUsable(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isActive();
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void use(LocalDateTime now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getUsedAt() {
        return usedAt;
    }
}
