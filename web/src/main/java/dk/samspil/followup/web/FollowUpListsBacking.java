package dk.samspil.followup.web;

import dk.samspil.followup.boundary.MyFollowUps;
import dk.samspil.followup.boundary.OpenFollowUp;
import dk.samspil.followup.boundary.StaffFollowUp;
import dk.samspil.followup.boundary.StaffFollowUps;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The follow-ups a participant is asked to answer (participant/my-courses.xhtml) and a leader's on their staff (leader/follow-ups.xhtml). */
@Named
@RequestScoped
public class FollowUpListsBacking {

    @Inject
    MyFollowUps mine;

    @Inject
    StaffFollowUps staff;

    @Inject
    LanguageBacking language;

    private List<OpenFollowUp> open;
    private List<StaffFollowUp> staffs;

    public List<OpenFollowUp> getMine() {
        if (open == null) {
            open = mine.open(language.getLocale());
        }
        return open;
    }

    public List<StaffFollowUp> getStaff() {
        if (staffs == null) {
            staffs = staff.mine(language.getLocale());
        }
        return staffs;
    }
}
