package dk.samspil.it;

import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.people.boundary.DataAccess;
import dk.samspil.story.boundary.MyStories;
import dk.samspil.story.boundary.PartnerStories;
import dk.samspil.story.boundary.PartnerStoryRow;
import dk.samspil.story.boundary.StoryCatalog;
import dk.samspil.story.boundary.StoryInput;
import dk.samspil.story.boundary.StoryModerations;
import dk.samspil.story.boundary.StoryNotFoundException;
import dk.samspil.story.boundary.StoryRow;
import dk.samspil.story.boundary.StorySearch;
import dk.samspil.story.entity.ConsentStatus;
import dk.samspil.story.entity.StoryAudience;
import dk.samspil.story.entity.StoryRefusedException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Practice stories against the real database: a story is shown only once every named organisation
 * consents, only to its audience, and a revoked, refused or hidden story is gone from the search, its
 * page, the course page and its pictures at once; a participant changes only their own stories, a
 * partner answers only for its own organisation; an erased author's stories leave every audience.
 */
class StoriesIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(StoriesIT.class, AsParticipantA.class, AsParticipantB.class,
                AsPartnerA.class, AsPartnerB.class, AsPlanner.class, AsAdmin.class);
    }

    @Inject
    MyStories myStories;

    @Inject
    PartnerStories partnerStories;

    @Inject
    StoryModerations moderations;

    @Inject
    StoryCatalog catalog;

    @Inject
    DataAccess access;

    @Inject
    AsParticipantA asAnne;

    @Inject
    AsParticipantB asBo;

    @Inject
    AsPartnerA asPartner;

    @Inject
    AsPartnerB asOtherPartner;

    @Inject
    AsPlanner asConsultant;

    @Inject
    AsAdmin asAdmin;

    private String theme;
    private TestDatabase.Course course;
    private long partner;

    /** Anne completed a course of a theme of its own (so the search finds only this test's stories); Bo did not take it. */
    @BeforeEach
    void aCourseAnneTookAndTwoPartners() {
        theme = db.theme();
        course = db.course("PUBLISHED", 10, theme, java.time.LocalDate.now().minusDays(30));
        db.login(TestPeople.PARTICIPANT_A, "PARTICIPANT");
        db.login(TestPeople.PARTICIPANT_B, "PARTICIPANT");
        db.enrol(course, TestPeople.PARTICIPANT_A, "COMPLETED");
        db.employ(TestPeople.PARTICIPANT_A, db.institution("Fortælleskolen"));
        partner = db.partnerLogin(TestPeople.PARTNER_A);
        db.partnerLogin(TestPeople.PARTNER_B);
        db.login(TestPeople.PLANNER, "CONSULTANT");
    }

    private StoryInput input(String title, Long... partners) {
        return new StoryInput(course.code(), null, title, theme, "999", AgeGroup.GRADES_4_6, List.of(partners),
                "Vi læste med 5.A hver tirsdag sammen med foreningens frivillige.", "Eleverne læser mere derhjemme.");
    }

    private long story(StoryAudience audience, Long... partners) throws Exception {
        return asAnne.call(() -> {
            long id = myStories.create(input("Læsevenner " + TestDatabase.unique(), partners));
            myStories.publish(id, audience);
            return id;
        });
    }

    private List<Long> foundByVisitor() {
        return catalog.search(new StorySearch(null, theme, null, 0), DANISH).page().rows().stream().map(StoryRow::id).toList();
    }

    private List<Long> onCoursePageForVisitor() {
        return catalog.fromCourse(course.code(), DANISH, 10).stream().map(StoryRow::id).toList();
    }

    private boolean readableByVisitor(long id) {
        try {
            catalog.read(id, DANISH);
            return true;
        } catch (StoryNotFoundException e) {
            return false;
        }
    }

    @Test
    void aStoryIsShownOnceItsPartnerConsentsAndARevokedStoryIsGoneFromEveryPageAndThePicture() throws Exception {
        long id = story(StoryAudience.PUBLIC, partner);
        long picture = asAnne.call(() -> myStories.addPicture(id, jpeg(), "Elever og frivillige læser sammen"));

        assertEquals(List.of(), foundByVisitor(), "not shown before the named organisation consents");
        assertFalse(readableByVisitor(id));
        assertEquals(ConsentStatus.ASKED, asPartner.call(() -> partnerStories.naming(DANISH)).stream()
                .filter(row -> row.id() == id).findFirst().map(PartnerStoryRow::status).orElseThrow());
        assertEquals("Vi læste med 5.A hver tirsdag sammen med foreningens frivillige.",
                asPartner.call(() -> catalog.read(id, DANISH)).did(), "the partner reads what it is asked about");
        assertThrows(StoryNotFoundException.class, () -> asOtherPartner.call(() -> catalog.read(id, DANISH)));
        assertThrows(StoryNotFoundException.class, () -> asOtherPartner.call(() -> {
            partnerStories.consent(id);
            return null;
        }));

        asPartner.call(() -> {
            partnerStories.consent(id);
            return null;
        });

        assertEquals(List.of(id), foundByVisitor());
        assertEquals(List.of(id), onCoursePageForVisitor());
        assertTrue(readableByVisitor(id));
        assertTrue(catalog.picture(id, picture).bytes().length > 0);

        asAnne.call(() -> {
            myStories.revoke(id);
            return null;
        });

        assertEquals(List.of(), foundByVisitor());
        assertEquals(List.of(), onCoursePageForVisitor());
        assertFalse(readableByVisitor(id));
        assertThrows(StoryNotFoundException.class, () -> catalog.picture(id, picture));
        assertThrows(StoryNotFoundException.class, () -> asBo.call(() -> catalog.read(id, DANISH)));
        assertTrue(asAnne.call(() -> catalog.read(id, DANISH)).mine(), "the author still reads it");
    }

    @Test
    void aPartnerWithdrawingItsConsentUnpublishesTheStory() throws Exception {
        long id = story(StoryAudience.PUBLIC, partner);
        asPartner.call(() -> {
            partnerStories.consent(id);
            return null;
        });
        assertTrue(readableByVisitor(id));

        asPartner.call(() -> {
            partnerStories.refuse(id);
            return null;
        });

        assertFalse(readableByVisitor(id));
        assertEquals(List.of(), foundByVisitor());
        assertEquals("WITHDRAWN", db.value("SELECT status FROM story_consent WHERE story_id = ?", id));
        assertEquals(null, db.value("SELECT audience FROM practice_story WHERE id = ?", id));
    }

    @Test
    void eachAudienceReachesItsOwnReadersOnly() throws Exception {
        long cohort = story(StoryAudience.COHORT);
        long users = story(StoryAudience.USERS);

        assertFalse(readableByVisitor(cohort));
        assertFalse(readableByVisitor(users));
        assertEquals(List.of(), foundByVisitor());
        assertThrows(StoryNotFoundException.class, () -> asBo.call(() -> catalog.read(cohort, DANISH)));
        assertEquals(users, asBo.call(() -> catalog.read(users, DANISH)).id());
        assertEquals(List.of(users), asBo.call(() -> catalog.search(new StorySearch(null, theme, null, 0), DANISH))
                .page().rows().stream().map(StoryRow::id).toList());

        db.enrol(course, TestPeople.PARTICIPANT_B, "CONFIRMED");

        assertEquals(cohort, asBo.call(() -> catalog.read(cohort, DANISH)).id(), "a seat on the course makes one of the cohort");
        assertEquals(2, asBo.call(() -> catalog.search(new StorySearch(null, theme, null, 0), DANISH)).page().total());
    }

    @Test
    void aConsultantHidesAStoryWithAReasonAndShowsItAgain() throws Exception {
        long id = story(StoryAudience.PUBLIC);
        assertTrue(readableByVisitor(id));

        assertThrows(StoryRefusedException.class, () -> asConsultant.call(() -> {
            moderations.hide(id, "  ");
            return null;
        }));
        asConsultant.call(() -> {
            moderations.hide(id, "Navngiver et barn");
            return null;
        });

        assertFalse(readableByVisitor(id));
        assertEquals("Navngiver et barn", asAnne.call(() -> catalog.read(id, DANISH)).moderation().get(0).reason());
        assertEquals(1L, db.value("SELECT COUNT(*) FROM story_moderation WHERE story_id = ? AND action = 'HIDE'", id));
        assertThrows(EJBAccessException.class, () -> asAnne.call(() -> {
            moderations.show(id, "Selv vist igen");
            return null;
        }));

        asConsultant.call(() -> {
            moderations.show(id, "Barnets navn er fjernet");
            return null;
        });
        assertTrue(readableByVisitor(id));
    }

    @Test
    void aParticipantChangesOnlyTheirOwnStoriesAboutCoursesTheyTook() throws Exception {
        long id = story(StoryAudience.PUBLIC);

        assertThrows(StoryNotFoundException.class, () -> asBo.call(() -> {
            myStories.revoke(id);
            return null;
        }));
        assertThrows(StoryNotFoundException.class, () -> asBo.call(() -> myStories.editing(id, DANISH)));
        StoryRefusedException notTaken = assertThrows(StoryRefusedException.class,
                () -> asBo.call(() -> myStories.create(input("Ikke mit kursus"))));
        assertEquals("story.course.not-yours", notTaken.messageKey());
        assertThrows(EJBAccessException.class, () -> asPartner.call(() -> myStories.mine(DANISH)));
        assertThrows(EJBAccessException.class, () -> asAnne.call(() -> partnerStories.naming(DANISH)));
        assertThrows(StoryNotFoundException.class, () -> asBo.call(() -> {
            myStories.delete(id);
            return null;
        }));
        assertTrue(readableByVisitor(id));

        asAnne.call(() -> myStories.addPicture(id, jpeg(), "Skolegården"));
        asAnne.call(() -> {
            myStories.delete(id);
            return null;
        });
        assertEquals(0L, db.value("SELECT COUNT(*) FROM practice_story WHERE id = ?", id));
        assertEquals(0L, db.value("SELECT COUNT(*) FROM story_picture WHERE story_id = ?", id), "its pictures go with it");
    }

    @Test
    void aPictureThatIsNotOneOrTooLargeChangesNothingAndAPhotoLosesItsMetadata() throws Exception {
        long id = asAnne.call(() -> myStories.create(input("Billeder")));

        StoryRefusedException notAPicture = assertThrows(StoryRefusedException.class, () -> asAnne.call(() ->
                myStories.addPicture(id, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "Tegning")));
        assertEquals("story.picture.type", notAPicture.messageKey());
        assertThrows(StoryRefusedException.class, () -> asAnne.call(() ->
                myStories.addPicture(id, new byte[MyStories.PICTURE_MAX_BYTES + 1], "Stort")));
        assertEquals(0L, db.value("SELECT COUNT(*) FROM story_picture WHERE story_id = ?", id));

        byte[] photo = withExif(jpeg(), "GPS 55.70N 9.53E");
        long picture = asAnne.call(() -> myStories.addPicture(id, photo, "Skolegården"));

        byte[] stored = (byte[]) db.value("SELECT content FROM story_picture WHERE id = ?", picture);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("GPS"), "the position is not stored");
        assertEquals("image/jpeg", db.value("SELECT media_type FROM story_picture WHERE id = ?", picture));
    }

    @Test
    void theSearchAndACoursePageReadAnyNumberOfStoriesInAFixedNumberOfStatements() throws Exception {
        story(StoryAudience.PUBLIC);
        long searchOne = statementsOf(this::foundByVisitor);
        long courseOne = statementsOf(this::onCoursePageForVisitor);
        for (int i = 0; i < 5; i++) {
            story(StoryAudience.PUBLIC);
        }

        assertEquals(6, foundByVisitor().size());
        assertEquals(searchOne, statementsOf(this::foundByVisitor), "no statement per story found");
        assertEquals(courseOne, statementsOf(this::onCoursePageForVisitor), "nor per story on the course page");
        assertTrue(searchOne <= 5, "5 when written (the count, the page, the two filters' choices): " + searchOne);
    }

    @Test
    void aCoursePageShowsTheStoriesOfEveryRunOfTheCourse() throws Exception {
        long id = story(StoryAudience.PUBLIC);
        TestDatabase.Course nextRun = db.course("PUBLISHED", 10, theme, java.time.LocalDate.now().plusDays(60));
        db.update("UPDATE course SET origin_id = ? WHERE id = ?", course.id(), nextRun.id());

        assertEquals(List.of(id), catalog.fromCourse(nextRun.code(), DANISH, 10).stream().map(StoryRow::id).toList());
        assertEquals(List.of(), catalog.fromCourse(db.course("PUBLISHED", 10, theme, java.time.LocalDate.now()).code(),
                DANISH, 10), "another course with the same theme is not a run of this one");
    }

    @Test
    void anErasedAuthorsStoriesLeaveEveryAudienceAndTheirPicturesGo() throws Exception {
        db.login(TestPeople.ADMIN, "ADMIN");
        String author = db.account("Fortæller " + TestDatabase.unique(), null, "PARTICIPANT");
        db.enrol(course, author, "COMPLETED");
        long id = story(StoryAudience.PUBLIC);
        db.update("UPDATE practice_story SET author_id = (SELECT id FROM account WHERE email = ?) WHERE id = ?", author, id);
        db.update("""
                INSERT INTO story_picture (story_id, media_type, width, height, alt_text, content, added_at)
                VALUES (?, 'image/jpeg', 1, 1, 'Fortælleren i skolegården', ?, NOW())""", id, jpeg());
        assertTrue(readableByVisitor(id));

        asAdmin.call(() -> {
            access.erase(author);
            return null;
        });

        assertFalse(readableByVisitor(id));
        assertEquals(0L, db.value("SELECT COUNT(*) FROM story_picture WHERE story_id = ?", id));
        assertEquals("[slettet]", db.value("SELECT did FROM practice_story WHERE id = ?", id));
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 segment holding EXIF-like text, where cameras put it. */
    private static byte[] withExif(byte[] jpeg, String text) {
        byte[] data = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        return ByteBuffer.allocate(jpeg.length + data.length + 4).put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1)
                .putShort((short) (data.length + 2)).put(data).put(jpeg, 2, jpeg.length - 2).array();
    }
}
