/** A mistake in how the command was called (usage is printed too), exit code 2. */
export class UsageError extends Error {}

/** Input the command cannot use (unreadable file, page it cannot read): a clear message, exit code 1. */
export class InputError extends Error {}
