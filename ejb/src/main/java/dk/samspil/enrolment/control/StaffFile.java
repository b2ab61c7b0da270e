package dk.samspil.enrolment.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.BusinessException.Detail;
import dk.samspil.shared.CsvTable;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a CSV file of staff to enrol on a course: one e-mail address per row (a name column may be
 * there for the reader's sake). Each row is matched to an account and checked on its own; two
 * statements find every account and every existing enrolment, however long the file.
 */
@Dependent
public class StaffFile {

    public static final int MAX_ROWS = 500;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    public List<StaffCandidate> read(Course course, byte[] content) {
        CsvTable table = CsvTable.read(content, MAX_ROWS);
        int column = table.column("e-mail", "email", "mail", "e-mailadresse", "email address");
        List<String> emails = table.lines().stream()
                .map(line -> Account.normaliseEmail(CsvTable.cell(line, column)))
                .toList();
        Map<String, Account> accounts = accounts(emails);
        Set<String> enrolled = enrolled(course, emails);
        Map<String, Long> firstLine = new HashMap<>();
        return table.lines().stream().map(line -> {
            String email = Account.normaliseEmail(CsvTable.cell(line, column));
            Long earlier = firstLine.putIfAbsent(email, line.number());
            Account person = accounts.get(email);
            return new StaffCandidate(line.number(), email, person, problem(email, earlier, person, enrolled));
        }).toList();
    }

    private static Detail problem(String email, Long earlierLine, Account person, Set<String> enrolled) {
        if (email.isEmpty()) {
            return new Detail("enrolment.bulk.email-missing");
        }
        if (email.length() > Account.EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            return new Detail("enrolment.bulk.email-invalid");
        }
        if (earlierLine != null) {
            return new Detail("enrolment.bulk.duplicate", earlierLine);
        }
        if (person == null) {
            return new Detail("enrolment.bulk.unknown");
        }
        if (!person.isActive()) {
            return new Detail("enrolment.refused.inactive");
        }
        return enrolled.contains(email) ? new Detail("enrolment.bulk.already") : null;
    }

    private Map<String, Account> accounts(List<String> emails) {
        return em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.institution WHERE a.email IN :emails",
                        Account.class)
                .setParameter("emails", emails)
                .getResultStream()
                .collect(Collectors.toMap(Account::getEmail, Function.identity()));
    }

    private Set<String> enrolled(Course course, List<String> emails) {
        return Set.copyOf(em.createQuery("""
                        SELECT e.participant.email FROM Enrolment e
                        WHERE e.course = :course AND e.status IN :active AND e.participant.email IN :emails""", String.class)
                .setParameter("course", course)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .setParameter("emails", emails)
                .getResultList());
    }
}
