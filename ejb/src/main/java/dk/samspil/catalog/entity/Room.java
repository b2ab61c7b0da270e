package dk.samspil.catalog.entity;

import dk.samspil.people.entity.Municipality;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A room a session can book: at the college or lent by a partner (a club's hall, a library).
 * Retired rooms stay on the sessions that used them but cannot be booked again.
 */
@NoPersonalData("A room at a place.")
@Entity
@Table(name = "room")
public class Room {

    public static final int PLACE_MAX = 150;
    public static final int NAME_MAX = 100;
    public static final int CAPACITY_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Size(min = 1, max = PLACE_MAX)
    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @NotNull
    @Size(min = 1, max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Min(1)
    @Max(CAPACITY_MAX)
    private Integer capacity;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Room() {
    }

    public Room(String place, String name, Municipality municipality, Integer capacity) {
        describe(place, name, municipality, capacity);
    }

    public void describe(String place, String name, Municipality municipality, Integer capacity) {
        if (capacity != null && (capacity < 1 || capacity > CAPACITY_MAX)) {
            throw new InvalidCourseException("capacity", "catalog.rooms.capacity.range", CAPACITY_MAX);
        }
        this.place = place.strip();
        this.name = name.strip();
        this.municipality = municipality;
        this.capacity = capacity;
    }

    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getPlace() {
        return place;
    }

    public String getName() {
        return name;
    }

    /** How participants read it: "Campus Vejle, Lokale A1.12". */
    public String getLabel() {
        return place + ", " + name;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public boolean isActive() {
        return active;
    }
}
