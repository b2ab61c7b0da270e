package dk.samspil.people.boundary;

import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Ean;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.InstitutionKind;
import dk.samspil.people.entity.InstitutionRuleException;
import dk.samspil.people.entity.Municipality;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.BusinessException.Detail;
import dk.samspil.shared.CsvLine;
import dk.samspil.shared.CsvTable;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LikePattern;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * The schools, daycares and administrations people work at: administrators make, correct, close and
 * reopen them (a closed institution keeps its history but employs nobody new), one by one or from a
 * CSV file; anyone may list the open ones of a municipality (registration asks where one works).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Institutions {

    public static final int PAGE_SIZE = 50;
    public static final int IMPORT_MAX_ROWS = 5_000;
    private static final Pattern NUMBER = Pattern.compile(Institution.NUMBER_PATTERN);
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile(Municipality.CODE_PATTERN);

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** Every municipality by name, for filters and forms. */
    @PermitAll
    public List<Choice> municipalities() {
        return em.createQuery("SELECT m.id, m.name FROM Municipality m ORDER BY m.name", Object[].class)
                .getResultStream().map(row -> new Choice((Long) row[0], (String) row[1])).toList();
    }

    /** The open institutions of a municipality, by name. */
    @PermitAll
    public List<Choice> openIn(long municipalityId) {
        return em.createQuery("""
                        SELECT i.id, i.name FROM Institution i
                        WHERE i.municipality.id = :municipality AND i.closedOn IS NULL ORDER BY i.name""", Object[].class)
                .setParameter("municipality", municipalityId)
                .getResultStream().map(row -> new Choice((Long) row[0], (String) row[1])).toList();
    }

    /** One page of institutions by municipality and name, with leaders and staff counts: three statements. */
    public List<InstitutionRow> search(String text, Long municipalityId, boolean withClosed, int page) {
        String jpql = """
                SELECT i.id, i.number, i.name, i.kind, m.name, i.closedOn FROM Institution i JOIN i.municipality m
                WHERE (:text IS NULL OR i.name LIKE :text""" + LikePattern.ESCAPE + """
                 OR i.number = :number)
                AND (:municipality IS NULL OR m.id = :municipality) AND (:closed = TRUE OR i.closedOn IS NULL)
                ORDER BY m.name, i.name, i.id""";
        String words = text == null || text.isBlank() ? null : text.strip();
        List<Object[]> found = em.createQuery(jpql, Object[].class)
                .setParameter("text", words == null ? null : LikePattern.containing(words))
                .setParameter("number", words)
                .setParameter("municipality", municipalityId)
                .setParameter("closed", withClosed)
                .setFirstResult(Math.max(0, page) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        List<Long> ids = found.stream().map(row -> (Long) row[0]).toList();
        Map<Long, List<String>> leaders = new HashMap<>();
        Map<Long, Long> staff = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("""
                            SELECT i.id, a.displayName FROM Account a JOIN a.ledInstitutions i
                            WHERE i.id IN :ids AND a.active = TRUE ORDER BY a.displayName""", Object[].class)
                    .setParameter("ids", ids).getResultStream()
                    .forEach(row -> leaders.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
            em.createQuery("""
                            SELECT a.institution.id, COUNT(a) FROM Account a
                            WHERE a.institution.id IN :ids AND a.active = TRUE GROUP BY a.institution.id""", Object[].class)
                    .setParameter("ids", ids).getResultStream()
                    .forEach(row -> staff.put((Long) row[0], (Long) row[1]));
        }
        return found.stream().map(row -> new InstitutionRow((Long) row[0], (String) row[1], (String) row[2],
                (InstitutionKind) row[3], (String) row[4], leaders.getOrDefault((Long) row[0], List.of()),
                staff.getOrDefault((Long) row[0], 0L), (LocalDate) row[5])).toList();
    }

    /** One institution as the list shows it. */
    public InstitutionRow row(long id) {
        Institution institution = find(id);
        List<String> leaders = em.createQuery("""
                        SELECT a.displayName FROM Account a JOIN a.ledInstitutions i
                        WHERE i = :institution AND a.active = TRUE ORDER BY a.displayName""", String.class)
                .setParameter("institution", institution).getResultList();
        long staff = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.institution = :institution AND a.active = TRUE",
                        Long.class)
                .setParameter("institution", institution).getSingleResult();
        return new InstitutionRow(institution.getId(), institution.getNumber(), institution.getName(), institution.getKind(),
                institution.getMunicipality().getName(), leaders, staff, institution.getClosedOn());
    }

    public InstitutionForm get(long id) {
        Institution institution = find(id);
        return new InstitutionForm(institution.getName(), institution.getKind(), institution.getMunicipality().getId(),
                institution.getNumber());
    }

    public long create(InstitutionForm form) {
        Municipality municipality = municipality(form.municipalityId());
        requireFree(form, municipality, null);
        Institution institution = new Institution(municipality, form.name(), form.kind(), form.number());
        em.persist(institution);
        em.flush();
        SECURITY.log(System.Logger.Level.INFO, "Institution {0} ({1}) created by {2}", institution.getName(),
                institution.getId(), callers.myEmail());
        return institution.getId();
    }

    public void update(long id, InstitutionForm form) {
        Institution institution = find(id);
        Municipality municipality = municipality(form.municipalityId());
        requireFree(form, municipality, id);
        institution.describe(municipality, form.name(), form.kind(), form.number());
        SECURITY.log(System.Logger.Level.INFO, "Institution {0} changed by {1}: {2}, {3}, {4}", id, callers.myEmail(),
                institution.getName(), institution.getKind(), municipality.getCode());
    }

    public PayerDetails payer(long id) {
        Institution institution = find(id);
        return new PayerDetails(institution.getEan(), institution.getInvoiceReference(), institution.getInvoiceStreet(),
                institution.getInvoicePostcode(), institution.getInvoiceTown(), institution.isReferenceRequired(),
                institution.isNamesOnInvoice());
    }

    /** Where and how the institution is invoiced; a wrong EAN or a too long reference changes nothing. */
    public void payBy(long id, PayerDetails details) {
        Institution institution = find(id);
        institution.payBy(details.ean(), details.invoiceReference());
        institution.invoiceTo(details.street(), details.postcode(), details.town(), details.referenceRequired(),
                details.namesOnInvoice());
        SECURITY.log(System.Logger.Level.INFO, "Institution {0} invoiced at EAN {1} from now on, set by {2}", id,
                institution.getEan(), callers.myEmail());
    }

    public void close(long id) {
        Institution institution = find(id);
        institution.close(DanishTime.today());
        SECURITY.log(System.Logger.Level.INFO, "Institution {0} closed by {1}", institution.getName(), callers.myEmail());
    }

    public void reopen(long id) {
        Institution institution = find(id);
        institution.reopen();
        SECURITY.log(System.Logger.Level.INFO, "Institution {0} reopened by {1}", institution.getName(), callers.myEmail());
    }

    /**
     * Institutions from a CSV file with the columns number, name, kind and municipality code, and an
     * EAN column where the file has one: every row is checked (also against the others in the file),
     * and all are saved only when none is refused.
     */
    public InstitutionImportReport importCsv(byte[] content) {
        CsvTable table = CsvTable.read(content, IMPORT_MAX_ROWS);
        int numberColumn = table.column("institutionsnummer", "nummer", "number", "institution number");
        int nameColumn = table.column("navn", "name");
        int kindColumn = table.column("type", "kind", "art");
        int codeColumn = table.column("kommunekode", "municipality code", "kommune", "municipality");
        Optional<Integer> eanColumn = table.optionalColumn("ean", "ean-nummer", "ean number", "gln");
        Map<String, Municipality> municipalities = new HashMap<>();
        em.createQuery("SELECT m FROM Municipality m", Municipality.class).getResultStream()
                .forEach(m -> municipalities.put(m.getCode(), m));
        // Numbers are digits, so those taken are read once; names are compared by the database (its collation).
        Set<String> numbersTaken = new HashSet<>(em.createQuery(
                "SELECT i.number FROM Institution i WHERE i.number IS NOT NULL", String.class).getResultList());
        Set<String> namesInFile = new HashSet<>();
        List<InstitutionImportReport.Row> rows = new ArrayList<>();
        List<Institution> good = new ArrayList<>();
        for (CsvLine line : table.lines()) {
            String number = CsvTable.cell(line, numberColumn);
            String name = CsvTable.cell(line, nameColumn);
            String kindText = CsvTable.cell(line, kindColumn);
            String code = CsvTable.cell(line, codeColumn);
            String ean = eanColumn.map(column -> CsvTable.cell(line, column)).orElse("");
            Detail problem = problem(number, name, kindText, code, ean, municipalities, numbersTaken, namesInFile);
            rows.add(new InstitutionImportReport.Row(line.number(), number, name, code, problem));
            if (problem == null) {
                Institution institution = new Institution(municipalities.get(code), name, kind(kindText), number);
                institution.payBy(ean, null);
                good.add(institution);
            }
        }
        boolean save = rows.stream().allMatch(row -> row.problem() == null);
        if (save) {
            good.forEach(em::persist);
            SECURITY.log(System.Logger.Level.INFO, "{0} institutions imported by {1}", good.size(), callers.myEmail());
        }
        return new InstitutionImportReport(save, rows);
    }

    private Detail problem(String number, String name, String kindText, String code, String ean,
                           Map<String, Municipality> municipalities, Set<String> numbersTaken, Set<String> namesInFile) {
        for (String cell : List.of(number, name, kindText, code, ean)) {
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                return new Detail("people.institutions.import.formula");
            }
        }
        if (name.isEmpty() || name.length() > Institution.NAME_MAX) {
            return new Detail("people.institutions.import.name", Institution.NAME_MAX);
        }
        if (kind(kindText) == null) {
            return new Detail("people.institutions.import.kind", kindText);
        }
        if (!MUNICIPALITY_CODE.matcher(code).matches() || !municipalities.containsKey(code)) {
            return new Detail("people.institution.municipality-unknown", code);
        }
        if (!number.isEmpty() && !NUMBER.matcher(number).matches()) {
            return new Detail("people.institution.number-invalid", number);
        }
        if (!number.isEmpty() && !numbersTaken.add(number)) {
            return new Detail("people.institution.number-taken", number);
        }
        if (!ean.isEmpty() && !Ean.isValid(ean)) {
            return new Detail("people.institutions.import.ean", ean);
        }
        Municipality municipality = municipalities.get(code);
        if (!namesInFile.add(code + "\n" + name.toLowerCase(Locale.ROOT)) || nameTaken(municipality, name, null)) {
            return new Detail("people.institution.name-taken", name, municipality.getName());
        }
        return null;
    }

    private static InstitutionKind kind(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "school", "skole", "folkeskole" -> InstitutionKind.SCHOOL;
            case "daycare", "dagtilbud", "daginstitution", "børnehave", "vuggestue" -> InstitutionKind.DAYCARE;
            case "administration", "forvaltning" -> InstitutionKind.ADMINISTRATION;
            default -> null;
        };
    }

    private void requireFree(InstitutionForm form, Municipality municipality, Long except) {
        String number = form.number() == null ? "" : form.number().strip();
        if (!number.isEmpty() && !NUMBER.matcher(number).matches()) {
            throw new InstitutionRuleException("number", "people.institution.number-invalid", number);
        }
        if (!number.isEmpty() && numberTaken(number, except)) {
            throw new InstitutionRuleException("number", "people.institution.number-taken", number);
        }
        if (form.name() != null && nameTaken(municipality, form.name().strip(), except)) {
            throw new InstitutionRuleException("name", "people.institution.name-taken", form.name().strip(), municipality.getName());
        }
    }

    private boolean numberTaken(String number, Long except) {
        return em.createQuery("SELECT i.id FROM Institution i WHERE i.number = :number", Long.class)
                .setParameter("number", number)
                .getResultStream().anyMatch(id -> !id.equals(except));
    }

    private boolean nameTaken(Municipality municipality, String name, Long except) {
        return em.createQuery("SELECT i.id FROM Institution i WHERE i.municipality = :municipality AND i.name = :name", Long.class)
                .setParameter("municipality", municipality)
                .setParameter("name", name)
                .getResultStream().anyMatch(id -> !id.equals(except));
    }

    private Municipality municipality(Long id) {
        Municipality municipality = id == null ? null : em.find(Municipality.class, id);
        if (municipality == null) {
            throw new InstitutionRuleException("municipality", "people.institution.municipality-unknown", id == null ? "" : id);
        }
        return municipality;
    }

    private Institution find(long id) {
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new InstitutionRuleException(null, "people.institution.not-found");
        }
        return institution;
    }
}
