package dk.samspil.followup.web;

import dk.samspil.followup.boundary.MyFollowUps;
import dk.samspil.followup.boundary.OpenFollowUp;
import dk.samspil.followup.boundary.StaffFollowUpPage;
import dk.samspil.followup.boundary.StaffFollowUps;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The follow-ups a participant is asked to answer (participant/my-courses.xhtml) and a leader's on
 * their staff, a page at a time, all or those waiting for a leader's answer
 * (leader/follow-ups.xhtml?waiting=&page=).
 */
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
    private StaffFollowUpPage staffs;
    private Integer page;
    private boolean waiting;

    public List<OpenFollowUp> getMine() {
        if (open == null) {
            open = mine.open(language.getLocale());
        }
        return open;
    }

    public StaffFollowUpPage getStaff() {
        if (staffs == null) {
            staffs = staff.mine(language.getLocale(), page == null ? 0 : page, waiting);
        }
        return staffs;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public boolean isWaiting() {
        return waiting;
    }

    public void setWaiting(boolean waiting) {
        this.waiting = waiting;
    }
}
