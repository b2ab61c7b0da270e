package dk.samspil.catalog.entity;

import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A course theme such as Åben skole. Themes are data: a retired theme (e.g. understøttende
 * undervisning after 2025/26) is deactivated, never deleted, so old courses keep it.
 */
@NoPersonalData("A theme of courses.")
@Entity
@Table(name = "theme")
public class Theme {

    public static final int CODE_MAX = 40;
    public static final String CODE_PATTERN = "[a-z0-9-]{1," + CODE_MAX + "}";
    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, length = CODE_MAX, unique = true)
    private String code;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "name_da", nullable = false, length = NAME_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = NAME_MAX))})
    private LocalizedText name;

    @Column(nullable = false)
    private boolean active = true;

    protected Theme() {
    }

    public Theme(String code, LocalizedText name) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("A theme code is 1-40 of a-z, 0-9 and -, not " + code);
        }
        this.code = code;
        rename(name);
    }

    /** Both languages are required for a theme: it labels courses in either. */
    public void rename(LocalizedText newName) {
        if (newName.en() == null || newName.da().length() > NAME_MAX || newName.en().length() > NAME_MAX) {
            throw new IllegalArgumentException("A theme needs a Danish and an English name of at most " + NAME_MAX);
        }
        this.name = newName;
    }

    /** A retired theme stays on its old courses but is offered for no new one. */
    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
