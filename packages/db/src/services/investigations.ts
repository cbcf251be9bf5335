// Which investigation a new record belongs to. Claims and story blocks must belong to one;
// an editor may name it by slug, or leave it out while there is only one investigation (so a
// newsroom with a single case never has to choose). With several, leaving it out is a field
// error, never a guess.
import { InputError } from "../errors";
import type { Tx } from "./workflow-support";

export async function investigationIdFor(
  tx: Tx,
  slug: string | undefined,
  path: (string | number)[] = ["investigation"],
): Promise<string> {
  if (slug !== undefined) {
    const found = await tx.investigation.findUnique({ where: { slug }, select: { id: true } });
    if (!found) throw new InputError([{ path, message: `There is no investigation ${slug}` }]);
    return found.id;
  }
  const all = await tx.investigation.findMany({ select: { id: true }, take: 2 });
  if (all.length === 1) return all[0]!.id;
  throw new InputError([
    {
      path,
      message: all.length
        ? "Choose the investigation this belongs to"
        : "There is no investigation yet: create one first",
    },
  ]);
}
