package dk.samspil.people.entity;

import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;

/** One of the five Danish regions, identified by its four-digit region code; reference data. */
@NoPersonalData("A region.")
@Entity
@Table(name = "region")
public class Region {

    @Id
    private Long id;

    @Column(nullable = false, length = 4, unique = true, updatable = false)
    private String code;

    @Column(name = "name_da", nullable = false, length = 100, updatable = false)
    private String nameDa;

    @Column(name = "name_en", nullable = false, length = 100, updatable = false)
    private String nameEn;

    protected Region() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return LocalizedText.pick(nameDa, nameEn, locale);
    }
}
