package dk.samspil.followup.boundary;

import dk.samspil.followup.entity.FollowUpResponse;
import dk.samspil.followup.entity.Partnership;
import dk.samspil.followup.entity.Respondent;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.NativeRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What came of the college's courses, from the participants' follow-up answers, in one statement
 * whatever the number of answers: the responses summed by theme, municipality and half-year in the
 * database (each response carries the sum and number of its scores), then rolled up here into the
 * three views. A half-year is named like a semester ({@code 2026-1} spring, {@code 2026-2} autumn)
 * by the day of the answer.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class FollowUpReports {

    private static final String SUMS = """
            SELECT t.name_da, COALESCE(t.name_en, t.name_da), COALESCE(m.name, '–'),
                   CONCAT(YEAR(r.answered_on), '-', IF(MONTH(r.answered_on) <= 6, 1, 2)),
                   COUNT(*), SUM(r.score_sum), SUM(r.score_count), SUM(r.partnership IN %s)
            FROM follow_up_response r JOIN follow_up f ON f.id = r.follow_up_id JOIN course c ON c.id = f.course_id
            JOIN theme t ON t.id = c.theme_id LEFT JOIN municipality m ON m.id = r.municipality_id
            WHERE r.respondent = ?
            GROUP BY t.id, t.name_da, t.name_en, m.id, m.name, 4""".formatted(NativeRows.in(Partnership.EXISTING));

    @PersistenceContext
    EntityManager em;

    public FollowUpReport report(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<Sums> sums = NativeRows.of(em, SUMS, Partnership.EXISTING, Respondent.PARTICIPANT).stream()
                .map(row -> new Sums((String) row[english ? 1 : 0], (String) row[2], (String) row[3],
                        number(row[4]), number(row[5]), number(row[6]), number(row[7])))
                .toList();
        List<FollowUpFigures> overTime = rolledUp(sums, s -> List.of(s.theme(), s.period()));
        return new FollowUpReport(rolledUp(sums, s -> List.of(s.theme())), rolledUp(sums, s -> List.of(s.municipality())),
                overTime,
                overTime.stream().map(FollowUpFigures::period).distinct().sorted().toList());
    }

    /** One group of responses as the database summed them. */
    private record Sums(String theme, String municipality, String period, long responses, long scoreSum,
                        long scoreCount, long partnerships) {

        Sums plus(Sums other) {
            return new Sums(theme, municipality, period, responses + other.responses, scoreSum + other.scoreSum,
                    scoreCount + other.scoreCount, partnerships + other.partnerships);
        }
    }

    /** The groups summed under each key (a theme, a municipality, a theme and a half-year), in Danish order. */
    private static List<FollowUpFigures> rolledUp(List<Sums> sums, Function<Sums, List<String>> key) {
        Map<List<String>, Sums> groups = new HashMap<>();
        sums.forEach(s -> groups.merge(key.apply(s), s, Sums::plus));
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da"));
        Comparator<List<String>> byName = Comparator.comparing((List<String> k) -> k.get(0), danish)
                .thenComparing(k -> k.size() > 1 ? k.get(1) : "");
        return groups.entrySet().stream().sorted(Map.Entry.comparingByKey(byName)).map(e -> {
            Sums s = e.getValue();
            boolean shown = FollowUpResponse.enoughToShow(s.responses());
            double mean = s.scoreCount() == 0 ? 0 : Math.round(s.scoreSum() * 10.0 / s.scoreCount()) / 10.0;
            return new FollowUpFigures(e.getKey().get(0), e.getKey().size() > 1 ? e.getKey().get(1) : "", s.responses(),
                    shown, shown ? mean : 0, shown ? (double) s.partnerships() / s.responses() : 0);
        }).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
