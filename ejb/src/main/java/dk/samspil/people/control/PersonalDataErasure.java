package dk.samspil.people.control;

import dk.samspil.people.entity.Account;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.PersonalData;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.validation.constraints.Email;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Erases a person (GDPR art. 17) by anonymising, found from the register of personal data: on every
 * row that belongs to them, each declared text (what they wrote, names, addresses) is replaced by
 * {@link #ERASED}; their account keeps its id, roles and institution but no name, address or
 * password, and is deactivated. Rows themselves stay, so fill rates, attendance, coverage and
 * evaluations keep adding up. What is not text (a story's pictures) goes where {@link PersonErased} is observed.
 */
@Dependent
public class PersonalDataErasure {

    public static final String ERASED = "[slettet]";
    /** What replaces a mention shorter than {@link #ERASED}. */
    static final String ERASED_SHORT = "[-]";
    /** Names shorter than this are not looked for in other people's texts: too many words contain them. */
    static final int MENTION_MIN = 5;
    /** The domain of an erased account's e-mail address (slettet-&lt;id&gt;@samspil.invalid): it can never receive mail. */
    public static final String ERASED_DOMAIN = "@samspil.invalid";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PersonErased> erased;

    public void erase(Account person) {
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            for (Field link : type.getJavaType().getDeclaredFields()) {
                PersonalData declared = link.getAnnotation(PersonalData.class);
                if (declared == null || declared.value() != PersonalData.Kind.PERSON
                        || Collection.class.isAssignableFrom(link.getType())) {
                    continue;
                }
                String path = PersonalDataExport.pathToAccount(link);
                if (path == null) {
                    continue;
                }
                List<Long> ids = em.createQuery("SELECT e.id FROM " + type.getName() + " e WHERE e." + path + " = :person",
                                Long.class)
                        .setParameter("person", person)
                        .getResultList();
                if (!ids.isEmpty()) {
                    blankTexts(type, ids);
                }
            }
        }
        scrubMentions(person.getEmail());
        scrubMentions(person.getDisplayName());
        erased.fire(new PersonErased(person.getId()));
        anonymise(person);
        em.flush();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    /**
     * Every declared text of these rows, except links, becomes {@link #ERASED}; an e-mail address
     * becomes one per row that can never receive mail, so a unique key on it (a partner
     * organisation's contacts) still holds when two of its people are erased.
     */
    private void blankTexts(EntityType<?> type, List<Long> ids) {
        for (Field field : erasableTexts(type, PersonalData.Kind.CONTENT, PersonalData.Kind.IDENTITY)) {
            if (field.isAnnotationPresent(Email.class)) {
                for (Long id : ids) {
                    em.createQuery("UPDATE " + type.getName() + " e SET e." + field.getName() + " = :erased WHERE e.id = :id")
                            .setParameter("erased", "slettet-" + type.getName().toLowerCase(Locale.ROOT) + "-" + id + ERASED_DOMAIN)
                            .setParameter("id", id)
                            .executeUpdate();
                }
            } else {
                em.createQuery("UPDATE " + type.getName() + " e SET e." + field.getName() + " = :erased WHERE e.id IN :ids")
                        .setParameter("erased", ERASED)
                        .setParameter("ids", ids)
                        .executeUpdate();
            }
        }
    }

    /**
     * The person's name or address where someone else's free text mentions it (a leader's notice that
     * they asked for approval, say) becomes {@link #ERASED}, in any letter case; the rest of that text
     * stays. The address goes first (it may contain the name). Names and addresses of other people
     * are never touched, even when they contain the erased name.
     */
    private void scrubMentions(String mention) {
        if (mention == null || mention.strip().length() < MENTION_MIN) {
            return;
        }
        String found = mention.strip();
        // Never longer than what it replaces, so no text outgrows its column.
        String erased = found.length() >= ERASED.length() ? ERASED : ERASED_SHORT;
        String anyCase = "(?i)\\Q" + found.replace("\\E", "\\E\\\\E\\Q") + "\\E";
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            for (Field field : erasableTexts(type, PersonalData.Kind.CONTENT)) {
                em.createQuery("UPDATE " + type.getName() + " e SET e." + field.getName() + " = FUNCTION('REGEXP_REPLACE', e."
                                + field.getName() + ", :pattern, :erased) WHERE LOCATE(:mention, e." + field.getName() + ") > 0")
                        .setParameter("pattern", anyCase)
                        .setParameter("mention", found)
                        .setParameter("erased", erased)
                        .executeUpdate();
            }
        }
    }

    /** The entity's text fields declared as one of these kinds. */
    private static List<Field> erasableTexts(EntityType<?> type, PersonalData.Kind... kinds) {
        List<PersonalData.Kind> wanted = List.of(kinds);
        return Arrays.stream(type.getJavaType().getDeclaredFields())
                .filter(field -> field.getType() == String.class)
                .filter(field -> field.isAnnotationPresent(PersonalData.class)
                        && wanted.contains(field.getAnnotation(PersonalData.class).value()))
                .toList();
    }

    private void anonymise(Account person) {
        em.createQuery("""
                        UPDATE Account a SET a.email = :email, a.displayName = :name, a.passwordHash = :password,
                        a.calendarToken = NULL, a.active = FALSE, a.deactivatedAt = COALESCE(a.deactivatedAt, :now)
                        WHERE a.id = :id""")
                .setParameter("email", "slettet-" + person.getId() + ERASED_DOMAIN)
                .setParameter("now", DanishTime.now())
                .setParameter("name", "Slettet person")
                .setParameter("password", Account.NO_PASSWORD)
                .setParameter("id", person.getId())
                .executeUpdate();
    }
}
