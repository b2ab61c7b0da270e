package dk.samspil.people.control;

import dk.samspil.people.entity.Account;
import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.PersonalData;
import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything Samspil holds about a person (GDPR art. 15), found from the register of personal data:
 * every entity with a field declared {@link PersonalData.Kind#PERSON} that points at the person's
 * account (directly, or through an entity that does, like an enrolment) is read, and its declared
 * fields are written out. A new entity declared in the register is therefore included without
 * changing this class. Secrets (password hash, calendar token) are named but never written.
 */
@Dependent
public class PersonalDataExport {

    private static final List<String> SECRETS = List.of("passwordHash", "calendarToken");

    @PersistenceContext
    EntityManager em;

    /** The person's data as a ZIP: {@code data.json} for machines and {@code index.html} for people. */
    public byte[] zip(Account person) {
        JsonObject data = collect(person);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("data.json"));
            zip.write(pretty(data).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(html(person, data).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Entity name → the person's rows, each with its declared fields. */
    public JsonObject collect(Account person) {
        Map<String, JsonArrayBuilder> byEntity = new TreeMap<>();
        byEntity.computeIfAbsent("Account", k -> Json.createArrayBuilder()).add(row(person));
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            Class<?> entity = type.getJavaType();
            for (Field field : entity.getDeclaredFields()) {
                PersonalData declared = field.getAnnotation(PersonalData.class);
                if (declared == null || declared.value() != PersonalData.Kind.PERSON) {
                    continue;
                }
                String path = pathToAccount(field);
                if (path == null) {
                    continue;
                }
                String jpql = Collection.class.isAssignableFrom(field.getType())
                        ? "SELECT DISTINCT e FROM " + type.getName() + " e JOIN e." + field.getName() + " p WHERE p = :person"
                        : "SELECT e FROM " + type.getName() + " e WHERE e." + path + " = :person";
                em.createQuery(jpql, entity).setParameter("person", person).getResultList()
                        .forEach(row -> byEntity.computeIfAbsent(type.getName() + "." + field.getName(),
                                k -> Json.createArrayBuilder()).add(row(row)));
            }
        }
        JsonObjectBuilder result = Json.createObjectBuilder();
        byEntity.forEach(result::add);
        return result.build();
    }

    /** How an entity's person field reaches an account: directly, a collection of accounts, or one step further. */
    static String pathToAccount(Field field) {
        if (field.getType() == Account.class || Collection.class.isAssignableFrom(field.getType())
                && field.getGenericType().getTypeName().contains(Account.class.getName())) {
            return field.getName();
        }
        for (Field next : field.getType().getDeclaredFields()) {
            PersonalData declared = next.getAnnotation(PersonalData.class);
            if (declared != null && declared.value() == PersonalData.Kind.PERSON && next.getType() == Account.class) {
                return field.getName() + "." + next.getName();
            }
        }
        return null;
    }

    private static JsonObject row(Object entity) {
        JsonObjectBuilder row = Json.createObjectBuilder();
        List<Field> fields = new ArrayList<>(List.of(entity.getClass().getDeclaredFields()));
        fields.sort(Comparator.comparing(Field::getName));
        for (Field field : fields) {
            if (field.getName().equals("id") || field.isAnnotationPresent(PersonalData.class)
                    || field.getType() == LocalizedText.class) {
                row.add(field.getName(), SECRETS.contains(field.getName()) ? "(kept, not shown)" : value(entity, field));
            }
        }
        return row.build();
    }

    private static String value(Object entity, Field field) {
        try {
            field.setAccessible(true);
            Object value = field.get(entity);
            if (value instanceof Account account) {
                return account.getDisplayName() + " <" + account.getEmail() + ">";
            }
            if (value instanceof LocalizedText text) {
                return text.da();
            }
            if (value instanceof Collection<?> many) {
                return String.valueOf(many.size());
            }
            return value == null ? "" : value instanceof Enum<?> e ? e.name() : idOrText(value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another entity is named by its id; a simple value by its text. */
    private static String idOrText(Object value) {
        for (Field field : value.getClass().getDeclaredFields()) {
            if (field.getName().equals("id") && value.getClass().isAnnotationPresent(Entity.class)) {
                try {
                    field.setAccessible(true);
                    return value.getClass().getSimpleName() + " " + field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return value.toString();
    }

    private static String pretty(JsonObject data) {
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(data);
        return out.toString();
    }

    private static String html(Account person, JsonObject data) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>")
                .append(escape("Samspil – data om " + person.getDisplayName()))
                .append("</title><style>body{font-family:sans-serif}td,th{border:1px solid #999;padding:2px 6px;"
                        + "vertical-align:top}table{border-collapse:collapse;margin-bottom:1.5em}</style></head><body><h1>")
                .append(escape("Data om " + person.getDisplayName() + " (" + person.getEmail() + ")"))
                .append("</h1>\n<p>Alt, Samspil gemmer om dig, som tabeller; de samme data ligger i data.json.</p>\n");
        data.forEach((entity, rows) -> {
            html.append("<h2>").append(escape(entity)).append("</h2>\n<table>");
            rows.asJsonArray().forEach(row -> {
                html.append("<tr>");
                row.asJsonObject().forEach((name, value) -> html.append("<th>").append(escape(name)).append("</th><td>")
                        .append(escape(value.toString().replaceAll("^\"|\"$", ""))).append("</td>"));
                html.append("</tr>\n");
            });
            html.append("</table>\n");
        });
        return html.append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
