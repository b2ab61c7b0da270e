package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.InvalidCourseException;
import dk.samspil.catalog.entity.Room;
import dk.samspil.people.entity.Municipality;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The places and rooms sessions are held in, kept by the consultants. A room that has been used
 * is retired rather than deleted, so past sessions still say where they were.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class Rooms {

    @PersistenceContext
    EntityManager em;

    /** Every room by place and name, with its number of sessions: two statements. */
    public List<RoomRow> findAll() {
        Map<Long, Long> sessions = em.createQuery("SELECT s.room.id, COUNT(s) FROM CourseSession s GROUP BY s.room.id",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createQuery("SELECT r FROM Room r LEFT JOIN FETCH r.municipality ORDER BY r.place, r.name", Room.class)
                .getResultStream()
                .map(r -> new RoomRow(r.getId(), r.getPlace(), r.getName(),
                        r.getMunicipality() == null ? null : r.getMunicipality().getCode(),
                        r.getMunicipality() == null ? null : r.getMunicipality().getName(), r.getCapacity(),
                        r.isActive(), sessions.getOrDefault(r.getId(), 0L)))
                .toList();
    }

    /** The municipalities a room can lie in, for the form. */
    public List<PlanningOptions.Option> findMunicipalities() {
        return em.createQuery("SELECT m FROM Municipality m ORDER BY m.name", Municipality.class)
                .getResultStream().map(m -> new PlanningOptions.Option(m.getCode(), m.getName())).toList();
    }

    public void create(String place, String name, String municipalityCode, Integer capacity) {
        requireFree(place, name, null);
        em.persist(new Room(place, name, municipality(municipalityCode), capacity));
    }

    public void revise(long id, String place, String name, String municipalityCode, Integer capacity) {
        requireFree(place, name, id);
        get(id).describe(place, name, municipality(municipalityCode), capacity);
    }

    public void retire(long id) {
        get(id).retire();
    }

    public void reinstate(long id) {
        get(id).reinstate();
    }

    private Room get(long id) {
        Room room = em.find(Room.class, id);
        if (room == null) {
            throw new PlanningNotFoundException("room", id);
        }
        return room;
    }

    private void requireFree(String place, String name, Long except) {
        boolean taken = em.createQuery("SELECT r.id FROM Room r WHERE r.place = :place AND r.name = :name", Long.class)
                .setParameter("place", place.strip())
                .setParameter("name", name.strip())
                .getResultStream().anyMatch(id -> !id.equals(except));
        if (taken) {
            throw new InvalidCourseException("name", "catalog.rooms.taken", place.strip(), name.strip());
        }
    }

    private Municipality municipality(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createQuery("SELECT m FROM Municipality m WHERE m.code = :code", Municipality.class)
                .setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidCourseException("municipality", "catalog.course.municipality.unknown"));
    }
}
