package dk.samspil.catalog.entity;

import dk.samspil.shared.LocalizedText;
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
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Pattern(regexp = "[a-z0-9-]{1,40}")
    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "name_da", nullable = false, length = 100)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 100))})
    private LocalizedText name;

    @Column(nullable = false)
    private boolean active = true;

    protected Theme() {
    }

    public Theme(String code, LocalizedText name) {
        this.code = code;
        this.name = name;
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
