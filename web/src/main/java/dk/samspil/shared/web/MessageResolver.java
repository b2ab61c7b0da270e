package dk.samspil.shared.web;

import dk.samspil.shared.BusinessException.Detail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Faces messages are given as bundle keys (the business exceptions carry keys too); this turns
 * them into text in the reader's language once, for the whole application.
 */
@Named
@ApplicationScoped
public class MessageResolver {

    public static final String BUNDLE = "dk.samspil.i18n.messages";

    void install(@Observes @Initialized(ApplicationScoped.class) Object startup) {
        Messages.setResolver(MessageResolver::text);
    }

    /** A rule's detail as text in the reader's language, for pages that list problems row by row. */
    public String detail(Detail detail) {
        return detail == null ? "" : text(detail.key(), detail.arguments());
    }

    public static String text(String key, Object... parameters) {
        String text;
        try {
            text = ResourceBundle.getBundle(BUNDLE, Faces.getLocale()).getString(key);
        } catch (MissingResourceException e) {
            text = key;
        }
        return parameters.length == 0 ? text : new MessageFormat(text, Faces.getLocale()).format(readable(Faces.getLocale(), parameters));
    }

    /** Dates and times among a message's arguments as its reader writes them ("6. dec. 2026 14:30"). */
    static Object[] readable(Locale locale, Object... parameters) {
        Object[] out = parameters.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDateTime at) {
                out[i] = DateTimeFormatter.ofPattern(DatePatterns.dateTime(locale), locale).format(at);
            } else if (out[i] instanceof LocalDate day) {
                out[i] = DateTimeFormatter.ofPattern(DatePatterns.date(locale), locale).format(day);
            }
        }
        return out;
    }
}
