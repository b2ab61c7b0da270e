package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.NominationOutcome;
import dk.samspil.enrolment.boundary.Nominations;
import dk.samspil.enrolment.boundary.Nominee;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** leader/nominate.xhtml?code=…: the leader's staff, and a group booking of the chosen ones. */
@Named
@ViewScoped
public class NominateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Nominations nominations;

    private String code;
    private List<Nominee> staff;
    private final Map<Long, Boolean> chosen = new HashMap<>();

    public void load() {
        staff = nominations.findNominees(code == null ? "" : code);
        chosen.clear();
    }

    public void nominate() {
        NominationOutcome outcome = nominations.nominate(code,
                chosen.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
        Messages.addGlobalInfo("enrolment.nominate.done", outcome.confirmed(), outcome.waitlisted());
        if (!outcome.alreadyEnrolled().isEmpty()) {
            Messages.addGlobalWarn("enrolment.nominate.already", String.join(", ", outcome.alreadyEnrolled()));
        }
        if (!outcome.full().isEmpty()) {
            Messages.addGlobalWarn("enrolment.nominate.full", String.join(", ", outcome.full()));
        }
        load();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<Nominee> getStaff() {
        return staff;
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }
}
