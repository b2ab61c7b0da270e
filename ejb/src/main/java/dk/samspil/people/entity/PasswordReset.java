package dk.samspil.people.entity;

import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A request to set a new password through a mailed link. Only the SHA-256 hash of the link's token
 * is kept, so a copy of the database cannot be used to take over accounts; the token works once and
 * for {@link #LIFETIME}.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    public static final Duration LIFETIME = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Account account;

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

    protected PasswordReset() {
    }

    public PasswordReset(Account account, String tokenHash, LocalDateTime now) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    public boolean isUsable(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isActive();
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
