package dk.samspil.development.boundary;

import dk.samspil.development.control.CompetentLessons;
import dk.samspil.development.control.CoverageQueries;
import dk.samspil.development.control.GapCourse;
import dk.samspil.development.control.GuidelineLessons;
import dk.samspil.development.control.LedInstitution;
import dk.samspil.development.control.NamedId;
import dk.samspil.development.control.SchoolPlan;
import dk.samspil.development.control.Teaching;
import dk.samspil.development.entity.Coverage;
import dk.samspil.people.entity.InstitutionKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The coverage pages' rows, built from {@link CoverageQueries}' records for a school or municipality
 * the boundary has already found to be the caller's. Subjects are named in the reader's language
 * here, once, rather than in every query.
 */
@Dependent
public class CoverageViews {

    @Inject
    CoverageQueries queries;

    /** The schools among the institutions a leader leads, in the order they were read. */
    static List<Option> schoolsOf(List<LedInstitution> institutions) {
        return institutions.stream().filter(i -> i.kind() == InstitutionKind.SCHOOL)
                .map(i -> new Option(i.id(), i.name())).toList();
    }

    public SchoolCoverage school(Option school, int year, List<LedInstitution> led, Locale locale) {
        Map<Long, String> subjects = queries.subjectNames(locale);
        Map<Integer, Integer> classes = queries.classes(school.id(), year);
        List<GuidelineLessons> guidelines = queries.guidelines(school.id(), year);
        List<Teaching> teaching = queries.teaching(school.id(), year);
        List<PlannedRow> planned = guidelines.stream().map(g -> new PlannedRow(g.subjectId(), subjects.get(g.subjectId()),
                g.grade(), g.lessonsPerClass(), g.planned(classes))).toList();
        List<AssignmentRow> assignments = teaching.stream().map(t -> new AssignmentRow(t.id(), t.teacher(),
                subjects.get(t.subjectId()), t.grade(), t.lessons(), t.competent())).toList();
        List<CompetenceRow> competences = queries.competences(school.id()).stream().map(c -> new CompetenceRow(c.id(),
                c.teacher(), subjects.get(c.subjectId()), c.basis(), c.note(), c.evidence())).toList();
        List<Option> staff = queries.staff(school.id()).stream().map(CoverageViews::option).toList();
        List<Option> evidence = queries.evidence(school.id()).stream()
                .map(e -> new Option(e.enrolmentId(), e.participant() + ": " + e.title())).toList();
        Map<String, Long> competent = teaching.stream().filter(Teaching::competent)
                .collect(Collectors.groupingBy(t -> t.subjectId() + ":" + t.grade(),
                        Collectors.summingLong(Teaching::lessons)));
        Coverage coverage = Coverage.of(planned.stream()
                .map(p -> new Coverage.Cell(p.subjectId(), p.grade(), p.planned(),
                        competent.getOrDefault(p.subjectId() + ":" + p.grade(), 0L)))
                .toList());
        boolean leadsMunicipality = led.stream().anyMatch(i -> i.kind() == InstitutionKind.ADMINISTRATION);
        return new SchoolCoverage(school.id(), school.label(), year, leadsMunicipality, schoolsOf(led),
                subjects.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList(), staff, evidence,
                classes, planned, assignments, competences, result(coverage, subjects, locale));
    }

    public MunicipalityCoverage municipality(NamedId municipality, int year) {
        Map<String, Long> competent = queries.competentInMunicipality(municipality.id(), year).stream()
                .collect(Collectors.toMap(c -> c.institutionId() + ":" + c.subjectId() + ":" + c.grade(),
                        CompetentLessons::lessons));
        Map<Long, String> schools = new LinkedHashMap<>();
        Map<Long, List<Coverage.Cell>> cells = new LinkedHashMap<>();
        for (SchoolPlan plan : queries.plansInMunicipality(municipality.id(), year)) {
            schools.put(plan.institutionId(), plan.school());
            List<Coverage.Cell> list = cells.computeIfAbsent(plan.institutionId(), id -> new ArrayList<>());
            if (!plan.plansNothing()) {
                list.add(new Coverage.Cell(plan.subjectId(), plan.grade(), plan.planned(), competent.getOrDefault(
                        plan.institutionId() + ":" + plan.subjectId() + ":" + plan.grade(), 0L)));
            }
        }
        List<SchoolRow> rows = schools.entrySet().stream().map(e -> {
            Coverage c = Coverage.of(cells.get(e.getKey()));
            return new SchoolRow(e.getValue(), c.planned(), c.covered(), c.share(), c.meetsTarget());
        }).toList();
        Coverage total = Coverage.of(cells.values().stream().flatMap(List::stream).toList());
        return new MunicipalityCoverage(municipality.name(), year, rows,
                new Result(total.planned(), total.covered(), total.share(), total.meetsTarget(), List.of(), List.of()));
    }

    private Result result(Coverage coverage, Map<Long, String> subjects, Locale locale) {
        Map<Long, List<GapCourse>> courses = queries.coursesFor(
                coverage.gaps().stream().map(Coverage.Gap::subjectId).collect(Collectors.toSet()));
        return new Result(coverage.planned(), coverage.covered(), coverage.share(), coverage.meetsTarget(),
                coverage.subjects().stream().map(s -> new SubjectRow(subjects.get(s.subjectId()), s.planned(),
                        s.covered(), s.share(), s.meetsTarget())).toList(),
                coverage.gaps().stream().map(g -> new GapRow(subjects.get(g.subjectId()), g.grade(), g.uncovered(),
                        courses.getOrDefault(g.subjectId(), List.of()).stream()
                                .map(c -> new CourseLink(c.code(), c.title(locale))).toList())).toList());
    }

    private static Option option(NamedId named) {
        return new Option(named.id(), named.name());
    }
}
