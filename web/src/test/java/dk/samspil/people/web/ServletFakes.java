package dk.samspil.people.web;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stand-ins for servlet interfaces that answer from a map and write down every call, in order. */
final class ServletFakes {

    final List<String> calls = new ArrayList<>();

    <T> T fake(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            calls.add(method.getName());
            Object answer = answers.get(method.getName());
            if (answer == null && method.getReturnType() == boolean.class) {
                return false;
            }
            if (answer == null && method.getReturnType() == int.class) {
                return 0;
            }
            return answer;
        }));
    }

    /** The calls among these names, in the order they were made. */
    List<String> callsOf(String... names) {
        return calls.stream().filter(List.of(names)::contains).toList();
    }
}
