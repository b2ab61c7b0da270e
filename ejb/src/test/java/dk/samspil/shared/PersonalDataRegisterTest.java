package dk.samspil.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register of personal data is complete: every entity declares either its personal fields
 * ({@link PersonalData}) or that it has none ({@link NoPersonalData}), and a field that links to a
 * person's account or is named like personal data is always declared. A new entity or field that
 * forgets this fails the build.
 */
class PersonalDataRegisterTest {

    private static final Set<String> PERSONAL_NAMES = Set.of("email", "displayName", "phone", "motivation", "body",
            "reason", "rationale", "detail", "decisionComment", "note", "participant", "author", "recipient",
            "employee", "reader");

    /** The account itself or a collection of accounts, not a type whose name begins with Account (AccountLink). */
    private static final Pattern ACCOUNT_TYPE = Pattern.compile("\\.Account(?![\\w$])");

    private static List<Class<?>> entities() throws IOException, ClassNotFoundException {
        String xml;
        try (InputStream in = PersonalDataRegisterTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Class<?>> classes = new ArrayList<>();
        Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
        while (m.find()) {
            classes.add(Class.forName(m.group(1).strip()));
        }
        return classes;
    }

    @Test
    void everyEntityDeclaresItsPersonalDataOrThatItHasNone() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : entities()) {
            boolean none = entity.isAnnotationPresent(NoPersonalData.class);
            long declared = fields(entity).stream().filter(f -> f.isAnnotationPresent(PersonalData.class)).count();
            if (none == (declared > 0)) {
                problems.add(entity.getSimpleName() + ": declare @NoPersonalData or its @PersonalData fields, not both");
            }
            for (Field field : fields(entity)) {
                boolean account = ACCOUNT_TYPE.matcher(field.getGenericType().getTypeName()).find();
                boolean looksPersonal = account || PERSONAL_NAMES.contains(field.getName());
                if (looksPersonal && !field.isAnnotationPresent(PersonalData.class) && !(none && !account)) {
                    problems.add(entity.getSimpleName() + "." + field.getName() + " looks personal but is not declared");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theRegisterNamesThePeoplesDataWhereItIs() throws Exception {
        List<String> register = new ArrayList<>();
        for (Class<?> entity : entities()) {
            for (Field field : fields(entity)) {
                PersonalData data = field.getAnnotation(PersonalData.class);
                if (data != null) {
                    register.add(entity.getSimpleName() + "." + field.getName() + " " + data.value());
                }
            }
        }
        assertFalse(register.isEmpty());
        for (String expected : List.of("Account.email IDENTITY", "Reflection.body CONTENT", "Enrolment.participant PERSON",
                "ReflectionRead.reader PERSON", "DevelopmentGoal.text CONTENT", "EvaluationReceipt.enrolmentId ACTIVITY")) {
            assertTrue(register.contains(expected), expected + " in " + register);
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.getName().startsWith("_persistence")) {
                fields.add(field);
            }
        }
        return fields;
    }
}
