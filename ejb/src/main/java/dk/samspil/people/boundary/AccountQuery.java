package dk.samspil.people.boundary;

import dk.samspil.people.entity.Role;

/**
 * What an administrator looks for among accounts: words in the name or e-mail, a role, an
 * institution, a municipality, active or not (null: any), and which page of {@link Accounts#PAGE_SIZE}.
 */
public record AccountQuery(String text, Role role, Long institutionId, Long municipalityId, Boolean active, int page) {

    public static final int TEXT_MAX = 100;

    public AccountQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
        page = Math.max(0, page);
    }

    public static AccountQuery all() {
        return new AccountQuery(null, null, null, null, null, 0);
    }
}
