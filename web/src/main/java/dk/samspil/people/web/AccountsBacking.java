package dk.samspil.people.web;

import dk.samspil.people.boundary.AccountRow;
import dk.samspil.people.boundary.Accounts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

@Named
@RequestScoped
public class AccountsBacking {

    @Inject
    Accounts accounts;

    private List<AccountRow> rows;

    @PostConstruct
    void load() {
        rows = accounts.findAccounts(0);
    }

    public List<AccountRow> getRows() {
        return rows;
    }
}
