package dk.samspil.enrolment.entity;

import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The kursusbevis of a completed enrolment. Its code (twelve characters from an alphabet without
 * look-alikes, 60 random bits, printed as XXXX-XXXX-XXXX) is what the public verification page
 * checks; a certificate taken back is kept as revoked so the page can say so.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Enrolment enrolment;

    @Column(nullable = false, length = 14, updatable = false)
    @PersonalData(Kind.ACTIVITY)
    private String code;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected Certificate() {
    }

    public Certificate(Enrolment enrolment, LocalDateTime issuedAt) {
        this.enrolment = enrolment;
        this.code = newCode();
        this.issuedAt = issuedAt;
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as people type it: any case, spaces or no hyphens. */
    public static String normalise(String typed) {
        String bare = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return bare.length() != 12 ? bare : bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8);
    }

    public void revoke(LocalDateTime now) {
        revokedAt = now;
    }

    /** Issued again after a revoked completion was given back: the same code becomes valid again. */
    public void reissue(LocalDateTime now) {
        revokedAt = null;
        issuedAt = now;
    }

    public boolean isValid() {
        return revokedAt == null;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }
}
