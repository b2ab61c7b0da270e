package dk.samspil.followup.boundary;

import java.io.Serializable;
import java.util.List;

/** All courses' follow-ups: by theme, by the participants' municipality, and by theme per half-year (oldest first). */
public record FollowUpReport(List<FollowUpFigures> byTheme, List<FollowUpFigures> byMunicipality,
                             List<FollowUpFigures> overTime, List<String> periods) implements Serializable {
}
