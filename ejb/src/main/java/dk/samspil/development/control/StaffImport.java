package dk.samspil.development.control;

import dk.samspil.development.control.StaffImportReport.Outcome;
import dk.samspil.development.control.StaffImportReport.Row;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.JobFunction;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.BusinessException.Detail;
import dk.samspil.shared.CsvLine;
import dk.samspil.shared.CsvTable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an institution's staff file (columns Navn/Name, E-mail, and optionally Funktion/Job and
 * Institution) and works out, row by row, what it means: a new account, a change, nothing, or a
 * refusal with its reason. Applying it makes exactly those changes. Cells that start like a
 * spreadsheet formula are refused rather than stored. Accounts are looked up in two statements.
 */
@Dependent
public class StaffImport {

    public static final int MAX_ROWS = 2000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, JobFunction> JOBS = Map.ofEntries(
            Map.entry("laerer", JobFunction.TEACHER), Map.entry("lærer", JobFunction.TEACHER),
            Map.entry("teacher", JobFunction.TEACHER), Map.entry("paedagog", JobFunction.PEDAGOGUE),
            Map.entry("pædagog", JobFunction.PEDAGOGUE), Map.entry("pedagogue", JobFunction.PEDAGOGUE),
            Map.entry("leder", JobFunction.LEADER), Map.entry("leader", JobFunction.LEADER),
            Map.entry("andet", JobFunction.OTHER), Map.entry("other", JobFunction.OTHER));

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    public List<StaffChange> read(Institution institution, Set<Institution> led, String caller, byte[] content,
                             boolean deactivateMissing) {
        CsvTable table = CsvTable.read(content, MAX_ROWS);
        int nameColumn = table.column("navn", "name");
        int emailColumn = table.column("e-mail", "email", "mail");
        Optional<Integer> jobColumn = table.optionalColumn("funktion", "job", "job function", "stilling");
        Optional<Integer> institutionColumn = table.optionalColumn("institution", "skole", "school");
        Map<String, Institution> ledByName = led.stream()
                .collect(Collectors.toMap(i -> i.getName().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        List<String> emails = table.lines().stream()
                .map(line -> Account.normaliseEmail(CsvTable.cell(line, emailColumn))).toList();
        Map<String, Account> accounts = em.createQuery(
                        "SELECT a FROM Account a LEFT JOIN FETCH a.institution WHERE a.email IN :emails", Account.class)
                .setParameter("emails", emails.isEmpty() ? List.of("") : emails)
                .getResultStream().collect(Collectors.toMap(Account::getEmail, Function.identity()));
        Map<String, Long> seen = new HashMap<>();
        List<StaffChange> changes = new ArrayList<>();
        for (CsvLine line : table.lines()) {
            String name = CsvTable.cell(line, nameColumn);
            String email = Account.normaliseEmail(CsvTable.cell(line, emailColumn));
            String jobText = jobColumn.map(c -> CsvTable.cell(line, c)).orElse("");
            String institutionText = institutionColumn.map(c -> CsvTable.cell(line, c)).orElse("");
            JobFunction job = jobText.isEmpty() ? null : JOBS.get(jobText.toLowerCase(Locale.ROOT));
            Institution target = institutionText.isEmpty() ? institution
                    : ledByName.get(institutionText.toLowerCase(Locale.ROOT));
            Account account = accounts.get(email);
            Long earlier = seen.putIfAbsent(email, line.number());
            Detail problem = problem(name, email, jobText, job, institutionText, target, earlier, account, led, caller);
            if (problem != null) {
                changes.add(new StaffChange(new Row(line.number(), email, name, job, Outcome.REFUSED, problem), account, null));
                continue;
            }
            boolean same = account != null && account.isActive() && name.equals(account.getDisplayName())
                    && target.equals(account.getInstitution()) && (job == null || job == account.getJobFunction());
            Outcome outcome = account == null ? Outcome.NEW : same ? Outcome.UNCHANGED : Outcome.UPDATE;
            changes.add(new StaffChange(new Row(line.number(), email, name, job, outcome, null), account, target));
        }
        if (deactivateMissing) {
            Set<String> named = new HashSet<>(emails);
            em.createQuery("""
                            SELECT a FROM Account a WHERE a.institution = :institution AND a.active = TRUE
                            AND :leader NOT MEMBER OF a.roles ORDER BY a.displayName""", Account.class)
                    .setParameter("institution", institution)
                    .setParameter("leader", Role.LEADER)
                    .getResultStream()
                    .filter(a -> !named.contains(a.getEmail()) && isStaffTheLeaderMayChange(a, led, caller))
                    .forEach(a -> changes.add(new StaffChange(new Row(0, a.getEmail(), a.getDisplayName(), a.getJobFunction(),
                            Outcome.DEACTIVATE, null), a, institution)));
        }
        return changes;
    }

    /**
     * A leader changes only plain staff: participants (perhaps also leaders) at an institution they
     * lead, or participants with no institution yet — never themselves, administrators, consultants
     * or partners' contacts.
     */
    static boolean isStaffTheLeaderMayChange(Account account, Set<Institution> led, String caller) {
        if (account.getEmail().equals(caller) || account.getPartnerOrganisation() != null
                || account.getRoles().contains(Role.ADMIN) || account.getRoles().contains(Role.CONSULTANT)
                || account.getRoles().contains(Role.PARTNER) || !account.getRoles().contains(Role.PARTICIPANT)) {
            return false;
        }
        return account.getInstitution() == null || led.contains(account.getInstitution());
    }

    private Detail problem(String name, String email, String jobText, JobFunction job, String institutionText,
                           Institution target, Long earlierLine, Account account, Set<Institution> led, String caller) {
        for (String cell : List.of(name, email, jobText, institutionText)) {
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                return new Detail("development.import.formula");
            }
        }
        if (name.isEmpty()) {
            return new Detail("development.import.name-missing");
        }
        if (name.length() > Account.NAME_MAX) {
            return new Detail("development.import.name-too-long", Account.NAME_MAX);
        }
        if (email.isEmpty() || email.length() > Account.EMAIL_MAX || !EMAIL.matcher(email).matches()
                || !validator.validateValue(Account.class, "email", email).isEmpty()) {
            return new Detail("enrolment.bulk.email-invalid");
        }
        if (earlierLine != null) {
            return new Detail("enrolment.bulk.duplicate", earlierLine);
        }
        if (!jobText.isEmpty() && job == null) {
            return new Detail("development.import.job-unknown", jobText);
        }
        if (target == null) {
            return new Detail("development.import.institution-unknown", institutionText);
        }
        if (account != null && !isStaffTheLeaderMayChange(account, led, caller)) {
            return new Detail("development.import.elsewhere");
        }
        return null;
    }

    /** Makes the changes the rows describe; refused rows are skipped. */
    public void apply(List<StaffChange> changes) {
        for (StaffChange change : changes) {
            Row row = change.row();
            Account account = change.account();
            Institution target = change.target();
            switch (row.outcome()) {
                case NEW -> {
                    Account created = new Account(row.email(), row.name(), Account.NO_PASSWORD);
                    created.grant(Role.PARTICIPANT);
                    created.employAt(target, row.jobFunction() == null ? JobFunction.OTHER : row.jobFunction());
                    em.persist(created);
                }
                case UPDATE -> {
                    account.rename(row.name());
                    account.employAt(target, row.jobFunction() == null ? account.getJobFunction() : row.jobFunction());
                    account.reactivate();
                }
                case DEACTIVATE -> account.deactivate();
                default -> {
                }
            }
        }
    }
}
