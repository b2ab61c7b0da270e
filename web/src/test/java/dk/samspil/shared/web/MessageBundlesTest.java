package dk.samspil.shared.web;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.PartnerRole;
import dk.samspil.catalog.entity.Payer;
import dk.samspil.catalog.entity.TargetGroup;
import dk.samspil.catalog.entity.WaitingListPolicy;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.followup.entity.Partnership;
import dk.samspil.followup.entity.Respondent;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.entity.PartnerKind;
import dk.samspil.partner.entity.ProposalStatus;
import dk.samspil.people.entity.JobFunction;
import dk.samspil.people.entity.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Danish and English say the same things, and every key a page or an enum asks for exists. */
class MessageBundlesTest {

    private static final Pattern RULE_KEY =
            Pattern.compile("\"((?:catalog|partner|people|enrolment|common|notification|reflection|evaluation|development|reporting)\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([a-z0-9.-]+)'\\]");

    private final Properties danish = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(danish.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void noKeyIsGivenTwice() throws IOException {
        for (String bundle : new String[]{"messages.properties", "messages_en.properties"}) {
            var keys = Files.readAllLines(Path.of("src/main/resources/dk/samspil/i18n", bundle)).stream()
                    .filter(line -> line.contains("=") && !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf('=')))
                    .toList();
            assertEquals(keys.size(), new TreeSet<>(keys).size(), bundle);
        }
    }

    @Test
    void noMessageIsEmpty() {
        for (Properties bundle : new Properties[]{danish, english}) {
            bundle.forEach((key, value) -> assertTrue(!value.toString().isBlank(), "empty message: " + key));
        }
    }

    @Test
    void everyKeyNamedInAPageExists() throws IOException {
        Set<String> used;
        try (Stream<Path> pages = Files.walk(Path.of("src", "main", "webapp"))) {
            used = pages.filter(page -> page.toString().endsWith(".xhtml"))
                    .flatMap(MessageBundlesTest::literalKeys)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(used.size() > 20, "expected the pages to use many keys, found " + used);
        used.forEach(key -> assertTrue(danish.containsKey(key), "missing key: " + key));
    }

    /** Business exceptions carry bundle keys; a key typed wrong would show up as the key itself. */
    @Test
    void everyKeyTheBusinessRulesUseExists() throws IOException {
        Set<String> used;
        try (Stream<Path> sources = Files.walk(Path.of("..", "ejb", "src", "main", "java"))) {
            used = sources.filter(source -> source.toString().endsWith(".java"))
                    .flatMap(MessageBundlesTest::ruleKeys)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(used.size() > 40, "expected the business rules to use many keys, found " + used);
        used.forEach(key -> assertTrue(danish.containsKey(key), "missing key: " + key));
    }

    private static Stream<String> ruleKeys(Path source) {
        try {
            return RULE_KEY.matcher(Files.readString(source)).results().map(match -> match.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyEnumShownOnAPageHasALabel() {
        assertLabels("catalog.status.", CourseStatus.values());
        assertLabels("catalog.partner-role.", PartnerRole.values());
        assertLabels("catalog.target-group.", TargetGroup.values());
        assertLabels("enrolment.status.", EnrolmentStatus.values());
        assertLabels("people.role.", Role.values());
        assertLabels("people.job-function.", JobFunction.values());
        assertLabels("catalog.payer.", Payer.values());
        assertLabels("catalog.policy.", WaitingListPolicy.values());
        assertLabels("partner.kind.", PartnerKind.values());
        assertLabels("partner.proposal-status.", ProposalStatus.values());
        assertLabels("notification.", NotificationKind.values());
        assertLabels("followup.partnership.", Partnership.values());
        assertLabels("followup.audience.", Respondent.values());
    }

    @Test
    void everyErrorPageHasATitleAndText() {
        for (String code : new String[]{"400", "403", "404", "500", "view-expired"}) {
            assertTrue(danish.containsKey("error." + code + ".title"), code);
            assertTrue(danish.containsKey("error." + code + ".text"), code);
        }
    }

    private void assertLabels(String prefix, Enum<?>[] values) {
        Arrays.stream(values).forEach(value ->
                assertTrue(danish.containsKey(prefix + value.name()), "missing label: " + prefix + value.name()));
    }

    private static Stream<String> literalKeys(Path page) {
        try {
            return LITERAL_KEY.matcher(Files.readString(page)).results().map(match -> match.group(1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/dk/samspil/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
