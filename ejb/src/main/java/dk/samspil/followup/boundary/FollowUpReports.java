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

import java.util.List;
import java.util.Locale;

/**
 * What came of the college's courses, from the participants' follow-up answers: one statement per
 * view whatever the number of courses. A half-year is named like a semester ({@code 2026-1} spring,
 * {@code 2026-2} autumn) by the day of the answer.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class FollowUpReports {

    private static final String FROM = """
            FROM follow_up_response r JOIN follow_up f ON f.id = r.follow_up_id JOIN course c ON c.id = f.course_id
            JOIN theme t ON t.id = c.theme_id LEFT JOIN municipality m ON m.id = r.municipality_id
            LEFT JOIN follow_up_answer a ON a.response_id = r.id AND a.score IS NOT NULL
            WHERE r.respondent = ?""";
    private static final String FIGURES = "COUNT(DISTINCT r.id), AVG(a.score), COUNT(DISTINCT CASE WHEN r.partnership IN "
            + NativeRows.in(Partnership.EXISTING) + " THEN r.id END)";

    @PersistenceContext
    EntityManager em;

    public FollowUpReport report(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String theme = english ? "COALESCE(t.name_en, t.name_da)" : "t.name_da";
        List<FollowUpFigures> byTheme = figures("SELECT " + theme + ", '', " + FIGURES + " " + FROM
                + " GROUP BY t.id, t.name_da, t.name_en ORDER BY 1");
        List<FollowUpFigures> byMunicipality = figures("SELECT COALESCE(m.name, '–'), '', " + FIGURES + " " + FROM
                + " GROUP BY m.id, m.name ORDER BY 1");
        List<FollowUpFigures> overTime = figures("SELECT " + theme
                + ", CONCAT(YEAR(r.answered_on), '-', IF(MONTH(r.answered_on) <= 6, 1, 2)), " + FIGURES + " " + FROM
                + " GROUP BY t.id, t.name_da, t.name_en, 2 ORDER BY 1, 2");
        return new FollowUpReport(byTheme, byMunicipality, overTime,
                overTime.stream().map(FollowUpFigures::period).distinct().sorted().toList());
    }

    private List<FollowUpFigures> figures(String sql) {
        return NativeRows.of(em, sql, Partnership.EXISTING, Respondent.PARTICIPANT).stream()
                .map(row -> {
                    long responses = ((Number) row[2]).longValue();
                    boolean shown = FollowUpResponse.enoughToShow(responses);
                    double mean = row[3] == null ? 0 : Math.round(((Number) row[3]).doubleValue() * 10) / 10.0;
                    double share = ((Number) row[4]).longValue() / (double) responses;
                    return new FollowUpFigures((String) row[0], (String) row[1], responses, shown, shown ? mean : 0,
                            shown ? share : 0);
                })
                .toList();
    }
}
