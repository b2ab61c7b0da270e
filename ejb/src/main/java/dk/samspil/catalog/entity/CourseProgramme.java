package dk.samspil.catalog.entity;

import dk.samspil.shared.LocalizedText;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A course's programme: its modules in order and their sessions. It is no entity but a view on the
 * course's own module list ({@link Course#programme()}), so every change still goes through the
 * aggregate, which keeps its period spanning the sessions and its hosts linked.
 */
public final class CourseProgramme {

    /** Added to every position before renumbering, so no two modules share a position mid-flush. */
    private static final int PARKING_OFFSET = 1000;

    private final Course course;
    private final List<CourseModule> modules;

    CourseProgramme(Course course, List<CourseModule> modules) {
        this.course = course;
        this.modules = modules;
    }

    // --- modules ---------------------------------------------------------------------------

    public CourseModule addModule(LocalizedText title, LocalizedText description, LocalizedText objectives,
                                  LocalizedText reflectionPrompts) {
        course.requireOpen();
        if (modules.size() >= Course.MODULES_MAX) {
            throw new InvalidCourseException("module-title", "catalog.module.too-many", Course.MODULES_MAX);
        }
        CourseModule module = new CourseModule(course, modules.size() + 1, title, objectives);
        modules.add(module);
        module.rewrite(title, description, objectives, reflectionPrompts);
        return module;
    }

    /** Moves a module one place up (-1) or down (+1); call {@link #parkModules()} and flush first. */
    public void moveModule(CourseModule module, int direction) {
        course.requireOpen();
        int from = modules.indexOf(module);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= modules.size()) {
            return;
        }
        modules.remove(from);
        modules.add(to, module);
        numberModules();
    }

    /** Removes a module with its sessions and partner links; call {@link #parkModules()} and flush first. */
    public void removeModule(CourseModule module) {
        course.requireOpen();
        if (course.getStatus() != CourseStatus.DRAFT && modules.size() == 1) {
            throw new InvalidCourseException("modules", "catalog.module.last-of-published");
        }
        course.unlinkAll(module);
        modules.remove(module);
        numberModules();
        spanSessions();
    }

    /**
     * The database keeps module positions unique within a course and checks it row by row, so a
     * reordering is written in two steps: first every module moves out of the way, then to its place.
     */
    public void parkModules() {
        modules.forEach(module -> module.placeAt(module.getPosition() + PARKING_OFFSET));
    }

    private void numberModules() {
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).placeAt(i + 1);
        }
    }

    /** Copies every module and its sessions, moved by {@code days}, into {@code target}; returns each module's copy. */
    Map<CourseModule, CourseModule> copyInto(CourseProgramme target, long days) {
        Map<CourseModule, CourseModule> copies = new HashMap<>();
        for (CourseModule module : modules) {
            CourseModule copy = target.addModule(module.getTitle(), module.getDescription(),
                    module.getObjectives(), module.getReflectionPrompts());
            copy.requireReflection(module.isReflectionRequired());
            copies.put(module, copy);
            for (CourseSession session : module.getSessions()) {
                target.schedule(copy, session.plan().shiftedBy(days));
            }
        }
        return copies;
    }

    // --- sessions --------------------------------------------------------------------------

    public CourseSession schedule(CourseModule module, SessionPlan plan) {
        course.requireOpen();
        module.requirePartOf(course);
        CourseSession session = new CourseSession(module, plan);
        hostedBy(plan);
        spanSessions();
        return session;
    }

    public void reschedule(CourseSession session, SessionPlan plan) {
        course.requireOpen();
        session.getModule().requirePartOf(course);
        session.move(plan);
        hostedBy(plan);
        spanSessions();
    }

    public void removeSession(CourseSession session) {
        course.requireOpen();
        session.getModule().requirePartOf(course);
        session.getModule().detach(session);
        spanSessions();
    }

    /** A partner that hosts a session is shown as the course's host, so the link is made with it. */
    private void hostedBy(SessionPlan plan) {
        if (plan.host() != null && !course.isLinked(plan.host(), PartnerRole.HOST, null)) {
            course.link(plan.host(), PartnerRole.HOST, null, null);
        }
    }

    /** Recalculates when the course runs from its sessions; every change to a session ends with this. */
    private void spanSessions() {
        List<CourseSession> sessions = modules.stream().flatMap(module -> module.getSessions().stream()).toList();
        course.runsFromTo(sessions.stream().map(CourseSession::getStartsAt).min(Comparator.naturalOrder()).orElse(null),
                sessions.stream().map(CourseSession::getEndsAt).max(Comparator.naturalOrder()).orElse(null));
    }
}
