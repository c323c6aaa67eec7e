/** Limits shared by the forms that enforce them and the schemas that validate the writes. */

/** A contact's free notes: generous, but bounded so one row cannot fill the database. */
export const NOTE_LIMIT = 20_000;
