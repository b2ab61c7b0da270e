package dk.samspil;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Which capability may use which, over the EJB module's and the web module's classes together
 * (README, "Modules"). A capability uses only those below it; what a lower one must tell a higher
 * one travels as a CDI event ({@code CourseEvent}, {@code AccountMail}) or through an interface the
 * lower one declares and the higher one implements ({@code SeatCounts}, {@code SubmittedReflections}).
 */
@AnalyzeClasses(packages = "dk.samspil", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ABOVE_ENROLMENT = {"dk.samspil.partner..", "dk.samspil.reflection..", "dk.samspil.story..",
            "dk.samspil.evaluation..", "dk.samspil.followup..", "dk.samspil.development..", "dk.samspil.reporting..", "dk.samspil.finance.."};

    /**
     * shared ← people ← catalog ← notification ← enrolment ← partner, reflection, evaluation,
     * story, follow-up, development, reporting, finance (which may use each other).
     */
    @ArchTest
    static final ArchRule capabilitiesDependOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("shared").definedBy("dk.samspil.shared..")
            .layer("people").definedBy("dk.samspil.people..")
            .layer("catalog").definedBy("dk.samspil.catalog..")
            .layer("notification").definedBy("dk.samspil.notification..")
            .layer("enrolment").definedBy("dk.samspil.enrolment..")
            .layer("above enrolment").definedBy(ABOVE_ENROLMENT)
            .whereLayer("above enrolment").mayNotBeAccessedByAnyLayer()
            .whereLayer("enrolment").mayOnlyBeAccessedByLayers("above enrolment")
            .whereLayer("notification").mayOnlyBeAccessedByLayers("enrolment", "above enrolment")
            .whereLayer("catalog").mayOnlyBeAccessedByLayers("notification", "enrolment", "above enrolment")
            .whereLayer("people").mayOnlyBeAccessedByLayers("catalog", "notification", "enrolment", "above enrolment");

    /** Inside a capability, boundary → control → entity: logic and entities never reach for a boundary. */
    @ArchTest
    static final ArchRule controlAndEntitiesUseNoBoundary = noClasses()
            .that().resideInAnyPackage("..control..", "..entity..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");
}
