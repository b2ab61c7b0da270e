package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.PlanningOptions.Option;
import dk.samspil.catalog.boundary.RoomRow;
import dk.samspil.catalog.boundary.Rooms;
import dk.samspil.catalog.entity.Room;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** consultant/rooms.xhtml: the rooms sessions can book, and one form that adds a room or changes one. */
@Named
@ViewScoped
public class RoomsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rooms rooms;

    /** The college's rooms as the table shows them: read again after the session was stored, not kept in it. */
    private transient List<RoomRow> rows;
    /** Reference data, not view state: read again after the session was stored. */
    private transient List<Option> municipalities;
    private Long editedId;
    private String place;
    private String name;
    private String municipalityCode;
    private Integer capacity;

    @PostConstruct
    void load() {
        rows = rooms.findAll();
    }

    public void save() {
        if (editedId == null) {
            rooms.create(place, name, municipalityCode, capacity);
            Messages.addGlobalInfo("catalog.rooms.created", name);
        } else {
            rooms.revise(editedId, place, name, municipalityCode, capacity);
            Messages.addGlobalInfo("catalog.rooms.saved", name);
        }
        startOver();
    }

    public void edit(RoomRow row) {
        editedId = row.id();
        place = row.place();
        name = row.name();
        municipalityCode = row.municipalityCode();
        capacity = row.capacity();
    }

    public void toggle(RoomRow row) {
        if (row.active()) {
            rooms.retire(row.id());
            Messages.addGlobalInfo("catalog.rooms.retired", row.name());
        } else {
            rooms.reinstate(row.id());
            Messages.addGlobalInfo("catalog.rooms.reinstated", row.name());
        }
        startOver();
    }

    public void startOver() {
        editedId = null;
        place = null;
        name = null;
        municipalityCode = null;
        capacity = null;
        load();
    }

    public int getCapacityMax() {
        return Room.CAPACITY_MAX;
    }

    public List<RoomRow> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public List<Option> getMunicipalities() {
        if (municipalities == null) {
            municipalities = rooms.findMunicipalities();
        }
        return municipalities;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
