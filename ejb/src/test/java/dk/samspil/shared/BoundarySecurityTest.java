package dk.samspil.shared;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Default deny is a decision made at every boundary: each session bean in a {@code boundary}
 * package says at class level who may call it. A new boundary without that decision fails here.
 */
class BoundarySecurityTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void everyBoundaryDeclaresWhoMayCallIt() throws IOException {
        List<Class<?>> boundaries = sessionBeansInBoundaryPackages();
        assertFalse(boundaries.isEmpty());
        List<String> undecided = boundaries.stream()
                .filter(type -> !type.isAnnotationPresent(RolesAllowed.class)
                        && !type.isAnnotationPresent(PermitAll.class)
                        && !type.isAnnotationPresent(DenyAll.class))
                .map(Class::getName)
                .toList();
        assertEquals(List.of(), undecided);
    }

    private static List<Class<?>> sessionBeansInBoundaryPackages() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.map(file -> CLASSES.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && name.contains("/boundary/") && !name.contains("$"))
                    .<Class<?>>map(name -> load(name.replace('/', '.').replaceAll("\\.class$", "")))
                    .filter(type -> type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Stateful.class)
                            || type.isAnnotationPresent(Singleton.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, BoundarySecurityTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
