// Plain words for the enumerations the editor shows. Values stay the domain's; only the
// wording lives here.
import type {
  ClaimStatus,
  ClaimType,
  EntityStatus,
  Role,
  SourceKind,
  SubjectKind,
  TokenScope,
} from "@armstrail/domain";

export const claimStatusWords: Record<ClaimStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  rejected: "Rejected",
  retracted: "Retracted",
};

export const entityStatusWords: Record<EntityStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  rejected: "Rejected",
};

export const roleWords: Record<Role, string> = {
  contributor: "Contributor",
  fact_checker: "Fact-checker",
  editor: "Editor",
  admin: "Admin",
};

export const tokenScopeWords: Record<TokenScope, string> = {
  read: "Read only",
  contributor: "Contributor",
  fact_checker: "Fact-checker",
  editor: "Editor",
};

export const claimTypeWords: Record<ClaimType, string> = {
  event: "Event",
  quantity: "Quantity",
  attribution: "Attribution",
  causal: "Cause and effect",
  forecast: "Forecast",
  opinion: "Opinion",
};

export const sourceKindWords: Record<SourceKind, string> = {
  news: "News",
  news_agency: "News agency",
  opinion: "Opinion",
  official: "Official",
  state_media: "State media",
  think_tank: "Think tank",
  research: "Research",
  reference: "Reference",
  repost: "Repost",
  other: "Other",
};

export const subjectKindWords: Record<SubjectKind, string> = {
  actor: "Actor",
  transfer: "Transfer",
  sanction: "Sanction",
  event: "Event",
};

/** "2025-03-04T10:00:00.000Z" as a short, unambiguous date and time in UTC. */
export function formatInstant(iso: string | Date | null | undefined): string {
  if (!iso) return "—";
  const d = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
