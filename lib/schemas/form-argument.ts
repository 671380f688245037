/**
 * A server action's FormData argument as the form sent it, or an empty one when a caller
 * sent something else (any client can call an action with any arguments): the action's
 * schema then refuses the missing fields with its usual answer instead of a TypeError.
 */
export function formArgument(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
