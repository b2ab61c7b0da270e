package dk.samspil.it;

import dk.samspil.people.boundary.InstitutionForm;
import dk.samspil.people.boundary.InstitutionImportReport;
import dk.samspil.people.boundary.InstitutionRow;
import dk.samspil.people.boundary.Institutions;
import dk.samspil.people.boundary.PayerDetails;
import dk.samspil.people.entity.InstitutionRuleException;
import dk.samspil.people.entity.InstitutionKind;
import dk.samspil.shared.InvalidCsvException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Institutions made, corrected, closed and imported by administrators; the reference data they rest on. */
class InstitutionsIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(InstitutionsIT.class, AsAdmin.class, AsLeader.class);
    }

    @Inject
    Institutions institutions;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsLeader asLeader;

    /** A six-digit number no other test uses. */
    private static String number() {
        return String.valueOf(100_000 + (long) (Math.random() * 899_999));
    }

    private long count(String sql, Object... parameters) {
        return ((Number) db.value(sql, parameters)).longValue();
    }

    @Test
    void theRegionsAndAllNinetyEightMunicipalitiesComeWithTheSchema() {
        assertEquals(5, count("SELECT COUNT(*) FROM region"));
        assertEquals(98, count("SELECT COUNT(*) FROM municipality WHERE region_id IS NOT NULL"));
        assertEquals("Vejle Kommune", db.value("SELECT name FROM municipality WHERE code = '630'"));
        assertEquals("Region Syddanmark", db.value("SELECT r.name_da FROM municipality m JOIN region r ON r.id = m.region_id WHERE m.code = '630'"));
        assertEquals(29, count("SELECT COUNT(*) FROM municipality m JOIN region r ON r.id = m.region_id WHERE r.code = '1084'"));
        assertTrue(count("SELECT COUNT(*) FROM theme WHERE code IN ('open-school', 'civil-society', 'mathematics') AND active") == 3);
    }

    @Test
    void onlyAnAdministratorMakesInstitutionsButAnyoneListsAMunicipalitysOpenOnes() {
        assertThrows(EJBAccessException.class, () -> asLeader.call(() -> institutions.create(
                new InstitutionForm("Snydeskolen", InstitutionKind.SCHOOL, 630L, null))));
        assertEquals(98, institutions.municipalities().size() - (int) count("SELECT COUNT(*) FROM municipality WHERE region_id IS NULL"));
    }

    @Test
    void anInstitutionIsMadeRenamedMovedAndClosedWithItsHistoryKept() {
        String number = number();
        String name = "Bølgeskolen " + TestDatabase.unique();
        long id = asAdmin.get(() -> institutions.create(new InstitutionForm(name, InstitutionKind.SCHOOL, 630L, number)));
        assertTrue(institutions.openIn(630L).stream().anyMatch(c -> c.id() == id));

        asAdmin.run(() -> institutions.update(id, new InstitutionForm(name + " og Børnehus", InstitutionKind.DAYCARE, 621L, number)));
        InstitutionRow moved = asAdmin.get(() -> institutions.row(id));
        assertEquals("Kolding Kommune", moved.municipality());
        assertEquals(InstitutionKind.DAYCARE, moved.kind());

        asAdmin.run(() -> institutions.close(id));
        assertFalse(institutions.openIn(621L).stream().anyMatch(c -> c.id() == id), "a closed institution is not offered");
        assertEquals(1, count("SELECT COUNT(*) FROM institution WHERE id = ? AND closed_on IS NOT NULL", id));
        List<InstitutionRow> withClosed = asAdmin.get(() -> institutions.search(number, null, true, 0));
        assertEquals(1, withClosed.size());
        assertEquals(0, asAdmin.get(() -> institutions.search(number, null, false, 0)).size());
        asAdmin.run(() -> institutions.reopen(id));
        assertNull(asAdmin.get(() -> institutions.row(id)).closedOn());
    }

    @Test
    void anInstitutionIsInvoicedAtItsEanAndTheDatabaseRefusesAWrongOneToo() {
        long id = asAdmin.get(() -> institutions.create(
                new InstitutionForm("Betalerskolen " + TestDatabase.unique(), InstitutionKind.SCHOOL, 630L, null)));
        asAdmin.run(() -> institutions.payBy(id, new PayerDetails("5798000416604", "Ordre 4711")));
        assertEquals(new PayerDetails("5798000416604", "Ordre 4711"), asAdmin.get(() -> institutions.payer(id)));

        InstitutionRuleException wrong = assertThrows(InstitutionRuleException.class,
                () -> asAdmin.run(() -> institutions.payBy(id, new PayerDetails("5798000416605", "Ordre 4712"))));
        assertEquals("ean", wrong.field());
        assertEquals(new PayerDetails("5798000416604", "Ordre 4711"), asAdmin.get(() -> institutions.payer(id)),
                "nothing changed, the reference neither");
        assertThrows(EJBAccessException.class, () -> asLeader.call(() -> {
            institutions.payBy(id, new PayerDetails(null, null));
            return null;
        }));

        // The same rule in the schema, for whatever writes past the application.
        assertThrows(IllegalStateException.class, () -> db.update("UPDATE institution SET ean = '5798000416605' WHERE id = ?", id));
        assertThrows(IllegalStateException.class, () -> db.update("UPDATE institution SET invoice_reference = ' ' WHERE id = ?", id));
        assertEquals("5798000416604", db.value("SELECT ean FROM institution WHERE id = ?", id));
    }

    @Test
    void aTakenNumberAnUnknownMunicipalityOrAWrongNumberIsRefusedNextToItsField() {
        String number = number();
        asAdmin.get(() -> institutions.create(new InstitutionForm("Første " + TestDatabase.unique(), InstitutionKind.SCHOOL, 630L, number)));
        long before = count("SELECT COUNT(*) FROM institution");

        InstitutionRuleException taken = assertThrows(InstitutionRuleException.class, () -> asAdmin.get(() -> institutions.create(
                new InstitutionForm("Anden " + TestDatabase.unique(), InstitutionKind.SCHOOL, 630L, number))));
        assertEquals("number", taken.field());
        InstitutionRuleException unknown = assertThrows(InstitutionRuleException.class, () -> asAdmin.get(() -> institutions.create(
                new InstitutionForm("Tredje " + TestDatabase.unique(), InstitutionKind.SCHOOL, 411L, null))));
        assertEquals("people.institution.municipality-unknown", unknown.messageKey());
        InstitutionRuleException wrong = assertThrows(InstitutionRuleException.class, () -> asAdmin.get(() -> institutions.create(
                new InstitutionForm("Fjerde " + TestDatabase.unique(), InstitutionKind.SCHOOL, 630L, "12345"))));
        assertEquals("people.institution.number-invalid", wrong.messageKey());
        assertEquals(before, count("SELECT COUNT(*) FROM institution"));
    }

    @Test
    void aCsvFileIsImportedWholeOrNotAtAllAndEveryRowIsReported() {
        String tag = TestDatabase.unique();
        String good1 = number();
        String good2 = number();
        String taken = number();
        asAdmin.get(() -> institutions.create(new InstitutionForm("Findes-" + tag + "-allerede", InstitutionKind.SCHOOL, 751L, taken)));
        String csv = """
                Institutionsnummer;Navn;Type;Kommunekode
                %s;Åskolen %s;skole;751
                %s;Vuggestuen Myren %s;dagtilbud;101
                %s;Dobbelt %s;skole;751
                ;Uden kommune %s;skole;411
                ;"=HYPERLINK(""http://x"")";skole;751
                ;Forvaltningen %s;ADMINISTRATION;400
                """.formatted(good1, tag, good2, tag, taken, tag, tag, tag);

        InstitutionImportReport refused = asAdmin.get(() -> institutions.importCsv(csv.getBytes(StandardCharsets.UTF_8)));

        assertFalse(refused.saved());
        assertEquals(6, refused.rows().size());
        assertEquals(3, refused.refused());
        assertEquals("people.institution.number-taken", refused.rows().get(2).problem().key());
        assertEquals("people.institution.municipality-unknown", refused.rows().get(3).problem().key());
        assertEquals("people.institutions.import.formula", refused.rows().get(4).problem().key());
        assertEquals(0, count("SELECT COUNT(*) FROM institution WHERE name LIKE ?", "%" + tag), "nothing half-imported");

        String fixed = csv.lines().filter(line -> !line.contains(taken) && !line.contains(";411") && !line.contains("HYPERLINK"))
                .reduce("", (a, b) -> a + b + "\n");
        InstitutionImportReport saved = asAdmin.get(() -> institutions.importCsv(fixed.getBytes(StandardCharsets.UTF_8)));
        assertTrue(saved.saved());
        assertEquals(3, count("SELECT COUNT(*) FROM institution WHERE name LIKE ?", "%" + tag));
        assertEquals("DAYCARE", db.value("SELECT kind FROM institution WHERE institution_number = ?", good2));
    }

    @Test
    void aFileMayGiveEachInstitutionItsEanAndAWrongOneRefusesTheFile() {
        String tag = TestDatabase.unique();
        String csv = """
                Institutionsnummer;Navn;Type;Kommunekode;EAN
                ;Eanskolen %s;skole;630;5798000416604
                ;Eanbørnehuset %s;dagtilbud;630;5798000416605
                ;Uden EAN %s;skole;630;
                """.formatted(tag, tag, tag);

        InstitutionImportReport refused = asAdmin.get(() -> institutions.importCsv(csv.getBytes(StandardCharsets.UTF_8)));
        assertFalse(refused.saved());
        assertEquals(1, refused.refused());
        assertEquals("people.institutions.import.ean", refused.rows().get(1).problem().key());
        assertEquals(0, count("SELECT COUNT(*) FROM institution WHERE name LIKE ?", "%" + tag), "nothing half-imported");

        InstitutionImportReport saved = asAdmin.get(() -> institutions.importCsv(
                csv.replace("5798000416605", "5798000630130").getBytes(StandardCharsets.UTF_8)));
        assertTrue(saved.saved());
        assertEquals("5798000416604", db.value("SELECT ean FROM institution WHERE name = ?", "Eanskolen " + tag));
        assertEquals("5798000630130", db.value("SELECT ean FROM institution WHERE name = ?", "Eanbørnehuset " + tag));
        assertNull(db.value("SELECT ean FROM institution WHERE name = ?", "Uden EAN " + tag));
    }

    @Test
    void aFileWithBrokenQuotingIsRefusedAsAWhole() {
        String broken = "Institutionsnummer;Navn;Type;Kommunekode\n;\"Ikke lukket;skole;751\n";
        assertThrows(InvalidCsvException.class, () -> asAdmin.get(() -> institutions.importCsv(broken.getBytes(StandardCharsets.UTF_8))));
    }
}
