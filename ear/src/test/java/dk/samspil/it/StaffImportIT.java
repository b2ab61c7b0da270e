package dk.samspil.it;

import dk.samspil.development.boundary.CoverageNotFoundException;
import dk.samspil.development.control.StaffImportReport;
import dk.samspil.development.control.StaffImportReport.Outcome;
import dk.samspil.development.control.StaffImportReport.Row;
import dk.samspil.development.boundary.StaffImports;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A leader's staff file: checked row by row, nothing saved before confirming, then exactly the valid rows. */
class StaffImportIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(StaffImportIT.class, AsLeader.class);
    }

    @Inject
    StaffImports imports;

    @Inject
    AsLeader asLeader;

    private long school;
    private String stays;
    private String leaves;
    private String elsewhere;
    private String fresh;
    private byte[] file;

    @BeforeEach
    void aSchoolAndItsFile() {
        school = db.institution("Importskolen");
        db.leadAs(TestPeople.LEADER, school);
        stays = db.account("Stine Stabil", school, "PARTICIPANT");
        db.update("UPDATE account SET job_function = 'TEACHER' WHERE email = ?", stays);
        leaves = db.account("Lars Forlader", school, "PARTICIPANT");
        elsewhere = db.account("Anden Skoles Lærer", db.institution("Andenskolen"), "PARTICIPANT");
        fresh = "ny-" + TestDatabase.unique() + "@test.example";
        String renamed = db.account("Gammelt Navn", school, "PARTICIPANT");
        file = ("Navn;E-mail;Funktion\n"
                + "Stine Stabil;" + stays + ";lærer\n"
                + "Nyt Navn;" + renamed + ";pædagog\n"
                + "Nina Ny;" + fresh + ";Pædagog\n"
                + "=HYPERLINK(\"x\");formel@test.example;lærer\n"
                + "Dobbelt;" + fresh + ";lærer\n"
                + "Ukendt Funktion;uf-" + TestDatabase.unique() + "@test.example;rektor\n"
                + "Flytter;" + elsewhere + ";lærer\n").getBytes(StandardCharsets.UTF_8);
    }

    private StaffImportReport preview() throws Exception {
        return asLeader.call(() -> imports.preview(school, file, true));
    }

    @Test
    void thePreviewSaysWhatEachRowWillDoAndSavesNothing() throws Exception {
        StaffImportReport report = preview();
        List<Outcome> outcomes = report.rows().stream().map(Row::outcome).toList();
        assertEquals(List.of(Outcome.UNCHANGED, Outcome.UPDATE, Outcome.NEW, Outcome.REFUSED, Outcome.REFUSED,
                Outcome.REFUSED, Outcome.REFUSED, Outcome.DEACTIVATE), outcomes);
        assertEquals(List.of("development.import.formula", "enrolment.bulk.duplicate", "development.import.job-unknown",
                        "development.import.elsewhere"),
                report.rows().stream().filter(r -> r.problem() != null).map(r -> r.problem().key()).toList());
        assertEquals(leaves, report.rows().get(7).email());
        assertEquals(0L, db.value("SELECT COUNT(*) FROM account WHERE email = ?", fresh));
        assertEquals(Boolean.TRUE, asBoolean(db.value("SELECT active FROM account WHERE email = ?", leaves)));
    }

    @Test
    void confirmingSavesExactlyTheValidRows() throws Exception {
        StaffImportReport report = asLeader.call(() -> imports.apply(school, file, true));
        assertEquals(1, report.count(Outcome.NEW));
        assertEquals("Nina Ny", db.value("SELECT display_name FROM account WHERE email = ?", fresh));
        assertEquals("PEDAGOGUE", db.value("SELECT job_function FROM account WHERE email = ?", fresh));
        assertEquals(school, ((Number) db.value("SELECT institution_id FROM account WHERE email = ?", fresh)).longValue());
        assertEquals(Boolean.FALSE, asBoolean(db.value("SELECT active FROM account WHERE email = ?", leaves)),
                "missing from the file: deactivated, history kept");
        assertEquals(0L, db.value("SELECT COUNT(*) FROM account WHERE email = 'formel@test.example'"));
        assertEquals("Anden Skoles Lærer", db.value("SELECT display_name FROM account WHERE email = ?", elsewhere),
                "another school's teacher is neither renamed nor moved");
        assertEquals(0L, db.value("SELECT COUNT(*) FROM account WHERE email = ? AND institution_id = ?", elsewhere, school));
        assertEquals("Nyt Navn", db.value("SELECT display_name FROM account a WHERE a.institution_id = ? "
                + "AND a.display_name = 'Nyt Navn'", school));
    }

    @Test
    void administratorsConsultantsAndTheLeaderThemselvesAreNeverTouched() throws Exception {
        String consultant = db.account("Konsulent Uden Skole", null, "CONSULTANT");
        String admin = db.account("Administrator", null, "ADMIN");
        byte[] attempt = ("Navn;E-mail\nOvertaget;" + consultant + "\nOvertaget;" + admin + "\nMig selv;"
                + TestPeople.LEADER + "\n").getBytes(StandardCharsets.UTF_8);
        StaffImportReport report = asLeader.call(() -> imports.apply(school, attempt, false));
        assertEquals(3, report.count(Outcome.REFUSED));
        assertEquals("Konsulent Uden Skole", db.value("SELECT display_name FROM account WHERE email = ?", consultant));
        assertEquals("Administrator", db.value("SELECT display_name FROM account WHERE email = ?", admin));
        assertEquals(0L, db.value("SELECT COUNT(*) FROM account WHERE email = ? AND institution_id = ?", admin, school));
    }

    @Test
    void onlyTheLeadersOwnInstitutions() {
        long other = db.institution("Ikke min skole");
        assertThrows(CoverageNotFoundException.class, () -> asLeader.call(() -> imports.preview(other, file, false)));
    }

    private static Boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
