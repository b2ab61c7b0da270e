package dk.samspil.shared.web;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything a session holds (session- and view-scoped beans, with the view states) is written to
 * disk on one server and copied to the other node of a cluster, so every bean of those scopes is
 * Serializable, and so is every value its fields can hold, followed through collections, records
 * and our own classes. Injected EJBs and normal-scoped CDI beans are serializable proxies. A field
 * that would break passivation breaks this test, naming the path to the offending type.
 */
class SessionStateTest {

    @Test
    void everySessionAndViewScopedBeanHoldsOnlySerializableState() throws Exception {
        List<Class<?>> beans = webClasses().stream()
                .filter(type -> type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class))
                .toList();
        assertTrue(beans.size() >= 25, "the view- and session-scoped backing beans: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Instance.class.isAssignableFrom(raw)) {
                return;
            }
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || Optional.class == raw) {
                if (Optional.class == raw) {
                    problems.add(path + ": Optional is not serializable");
                }
                for (Type argument : parameterized.getActualTypeArguments()) {
                    check(argument, path + "<>", problems, seen);
                }
                return;
            }
            check(raw, path, problems, seen);
            return;
        }
        if (type == SecurityContext.class) {
            problems.add(path + ": the security context is a dependent bean that does not serialize; inject Instance<SecurityContext>");
            return;
        }
        if (!(type instanceof Class<?> cls) || cls.isPrimitive() || cls.isEnum() || isProxied(cls)) {
            return;
        }
        if (cls == Object.class && path.endsWith(".arguments[]")) {
            return; // a message's arguments: strings, numbers and dates (BusinessException.Detail)
        }
        if (cls.isArray()) {
            check(cls.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (!Serializable.class.isAssignableFrom(cls) && !cls.isInterface()) {
            problems.add(path + ": " + cls.getName() + " is not Serializable");
            return;
        }
        if (cls.getName().startsWith("dk.samspil.")) {
            for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                        check(field.getGenericType(), path + "." + field.getName(), problems, seen);
                    }
                }
            }
        }
    }

    /** Types the container injects as serializable proxies: EJBs, normal-scoped beans, the request. */
    private static boolean isProxied(Class<?> type) {
        return type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                || type.isAnnotationPresent(RequestScoped.class) || type.isAnnotationPresent(ApplicationScoped.class)
                || type == HttpServletRequest.class;
    }

    private static List<Class<?>> webClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(LanguageBacking.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                found.add(Class.forName(name, false, SessionStateTest.class.getClassLoader()));
            }
        }
        return found;
    }
}
