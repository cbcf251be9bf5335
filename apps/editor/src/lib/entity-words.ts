import { type EntityType, EntityTypeSchema } from "@armstrail/domain";

export const entityTypeWords: Record<EntityType, { one: string; many: string }> = {
  actor: { one: "Actor", many: "Actors" },
  transfer: { one: "Transfer", many: "Transfers" },
  sanction: { one: "Sanction", many: "Sanctions" },
  event: { one: "Event", many: "Events" },
  source: { one: "Source", many: "Sources" },
};

export const entityTypes = EntityTypeSchema.options;

/** Labels the generated ones would get wrong. */
export const entityFieldWords: Record<string, string> = {
  url: "Address (URL)",
  kindNote: "Note on the kind",
  titleIsDescriptive: "The title is our description (no headline was visible)",
  supplierRef: "Supplier (actor reference)",
  recipientRef: "Recipient (actor reference)",
  intermediaryRefs: "Intermediaries (actor references)",
  sourceRefs: "Sources (references)",
  actorRefs: "Actors (references)",
  vesselRefs: "Vessels (actor references)",
  routeLegs: "Route legs",
  estimates: "Quantity estimates",
};
