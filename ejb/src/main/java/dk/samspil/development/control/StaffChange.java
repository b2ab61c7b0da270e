package dk.samspil.development.control;

import dk.samspil.development.control.StaffImportReport.Row;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;

/** What one row will do, with the account it concerns (null for a new one) and where the person works. */
public record StaffChange(Row row, Account account, Institution target) {
}
