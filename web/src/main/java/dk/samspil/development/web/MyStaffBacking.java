package dk.samspil.development.web;

import dk.samspil.development.boundary.StaffOverview;
import dk.samspil.development.boundary.StaffRow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

@Named
@RequestScoped
public class MyStaffBacking {

    @Inject
    StaffOverview staff;

    private List<StaffRow> rows;

    @PostConstruct
    void load() {
        rows = staff.findMyStaff(0);
    }

    public List<StaffRow> getRows() {
        return rows;
    }
}
