package dk.samspil.people.control;

/**
 * Fired inside the erasure's transaction, after a person's texts are blanked and before their account
 * is anonymised, for what a higher capability keeps of them besides texts (a story's pictures).
 */
public record PersonErased(long accountId) {
}
