import "server-only";
import { db } from "@/lib/db";

/**
 * The newsroom's names by user id (former colleagues too), for saying who did what in
 * the editor: a suggestion's author, say, whose name the body's marks do not carry.
 */
export async function getPeopleNames(): Promise<Record<string, string>> {
  const people = await db.user.findMany({ select: { id: true, name: true } });
  return Object.fromEntries(people.map((person) => [person.id, person.name]));
}
