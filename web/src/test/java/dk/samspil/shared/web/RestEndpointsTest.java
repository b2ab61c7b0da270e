package dk.samspil.shared.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every REST endpoint, found from the compiled resource classes, is documented for the OpenAPI
 * document at /api/openapi (a summary and its responses) and only reads: the API has no writes, so
 * no endpoint needs an anti-forgery header or a bearer token. A new endpoint breaks this test until
 * it is documented, and a writing one until it is protected.
 */
class RestEndpointsTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class);

    private static List<Method> endpoints() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> endpoints = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RestEndpointsTest.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    for (Method method : type.getDeclaredMethods()) {
                        if (HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent)) {
                            endpoints.add(method);
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyEndpointIsDocumentedWithASummaryAndItsResponses() throws Exception {
        List<Method> endpoints = endpoints();
        assertTrue(endpoints.size() >= 3, "the catalogue's two and the calendar feed: " + endpoints);
        List<String> undocumented = endpoints.stream()
                .filter(m -> !m.isAnnotationPresent(Operation.class) || m.getAnnotation(Operation.class).summary().isBlank()
                        || m.getAnnotationsByType(APIResponse.class).length == 0)
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .toList();
        assertEquals(List.of(), undocumented);
    }

    @Test
    void theApiOnlyReads() throws Exception {
        List<String> writes = endpoints().stream().filter(m -> !m.isAnnotationPresent(GET.class))
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .toList();
        assertEquals(List.of(), writes, "a writing endpoint needs the session and an anti-forgery header, or a bearer token");
    }
}
