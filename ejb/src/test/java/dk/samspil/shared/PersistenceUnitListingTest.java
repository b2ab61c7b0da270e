package dk.samspil.shared;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * EclipseLink cannot scan WildFly's virtual file system, so persistence.xml must list every
 * managed class. This fails the build when an entity or embeddable is added but not listed.
 */
class PersistenceUnitListingTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void everyEntityAndEmbeddableIsListedInPersistenceXml() throws Exception {
        Set<String> annotated = managedClassesOnDisk();
        assertFalse(annotated.isEmpty(), "no compiled entities found under " + CLASSES.toAbsolutePath());
        assertEquals(annotated, listedClasses());
    }

    private static Set<String> managedClassesOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> !name.contains("$"))
                    .filter(PersistenceUnitListingTest::isManaged)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean isManaged(String className) {
        try {
            Class<?> type = Class.forName(className, false, PersistenceUnitListingTest.class.getClassLoader());
            return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> listedClasses() throws Exception {
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(CLASSES.resolve("META-INF/persistence.xml").toFile());
        var classes = document.getElementsByTagName("class");
        return IntStream.range(0, classes.getLength())
                .mapToObj(i -> ((Element) classes.item(i)).getTextContent().strip())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
