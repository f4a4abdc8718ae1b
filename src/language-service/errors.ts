/** A request the user asked for that cannot be done, with the reason in their words (the client shows it). */
export class UserError extends Error {}
