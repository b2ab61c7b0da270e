package dk.samspil.development.web;

import dk.samspil.development.boundary.CompetenceCoverage;
import dk.samspil.development.boundary.CoverageNotFoundException;
import dk.samspil.development.boundary.MunicipalityCoverage;
import dk.samspil.development.entity.CoveragePlan;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** leader/municipality-coverage.xhtml?year=: the municipality's schools and their coverage, for the administration's leaders. */
@Named
@RequestScoped
public class MunicipalityCoverageBacking {

    @Inject
    CompetenceCoverage coverage;

    @Inject
    LanguageBacking language;

    private Integer year;
    private MunicipalityCoverage view;

    public void load() {
        try {
            view = coverage.findForMunicipality(getYear(), language.getLocale());
        } catch (CoverageNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public Integer getYear() {
        return year == null ? CoveragePlan.schoolYearOf(DanishTime.today()) : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public MunicipalityCoverage getView() {
        return view;
    }
}
