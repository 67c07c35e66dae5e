/** The code of the InputError a read rejects with ("no error" when it resolves), for reader tests. */
import { InputError } from "../../src/document/input-error.js";

export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
  return "no error";
}
