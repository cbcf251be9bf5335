import { z } from "zod";
import { ClaimRefSchema } from "./ref";
import { text } from "./text";
import { VerdictSchema } from "./enums";
import { ownedByInvestigation } from "./investigation";

/**
 * Story text cites claims with markers placed right after a sentence:
 * "The council voted on 28 March 2024.{{C39}}". A marker cites only the sentence
 * just before it.
 */
const MARKER = /\{\{([^{}]*)\}\}/g;

export interface CitedSegment {
  /** Text up to the marker (or to the end), possibly several sentences. */
  text: string;
  /** The claims the segment's last sentence rests on; empty when no marker follows. */
  refs: string[];
}

export function parseCitedText(body: string): CitedSegment[] {
  const segments: CitedSegment[] = [];
  let last = 0;
  for (const m of body.matchAll(MARKER)) {
    segments.push({
      text: body.slice(last, m.index),
      refs: (m[1] ?? "")
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean),
    });
    last = m.index + m[0].length;
  }
  const tail = body.slice(last);
  if (tail.trim().length > 0) segments.push({ text: tail, refs: [] });
  return segments;
}

/** Splits prose into sentences: at ., ! or ? followed by space and a capital, digit or quote. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const MONTHS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A sentence that states a figure or a date must rest on a checked claim. */
export function needsCitation(sentence: string): boolean {
  return /\d/.test(sentence) || MONTHS.test(sentence);
}

/** Sentences with a number or a date that no marker cites. */
export function uncitedFactualSentences(body: string): string[] {
  const out: string[] = [];
  for (const segment of parseCitedText(body)) {
    const sentences = splitSentences(segment.text);
    sentences.forEach((sentence, i) => {
      const cited = i === sentences.length - 1 && segment.refs.length > 0;
      if (!cited && needsCitation(sentence)) out.push(sentence);
    });
  }
  return out;
}

export const StoryBodySchema = text(5000).superRefine((body, ctx) => {
  for (const segment of parseCitedText(body)) {
    for (const ref of segment.refs) {
      if (!ClaimRefSchema.safeParse(ref).success)
        ctx.addIssue({
          code: "custom",
          message: `"${ref}" in a citation is not a claim reference`,
        });
    }
  }
  if (/[{}]/.test(body.replace(MARKER, "")))
    ctx.addIssue({
      code: "custom",
      message: "Braces are only for citation markers such as {{C39}}",
    });
  for (const sentence of uncitedFactualSentences(body)) {
    ctx.addIssue({
      code: "custom",
      message: `This sentence states a figure or a date but cites no claim: "${sentence}"`,
    });
  }
});

/** A section's key: short, lower-case, readable in a block's key ("trade" -> "trade-3"). */
export const StorySectionKeySchema = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, { message: "Expected a section key such as trade" });

export const StorySectionTitleSchema = text(200);

export const StoryBlockRecordSchema = z.strictObject({
  ...ownedByInvestigation,
  key: z.string().regex(/^[a-z0-9-]{1,60}$/, { message: "Expected a key such as trade-1" }),
  sectionKey: StorySectionKeySchema,
  sectionTitle: StorySectionTitleSchema,
  sectionPosition: z.number().int().min(1).max(100),
  position: z.number().int().min(1).max(1000),
  body: StoryBodySchema,
});
export type StoryBlockRecord = z.infer<typeof StoryBlockRecordSchema>;

export const StorySchema = z.object({
  sections: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      blocks: z.array(
        z.object({
          key: z.string(),
          segments: z.array(
            z.object({
              text: z.string(),
              /** Only claims that are published; a citation of anything else is not shown. */
              citations: z.array(
                z.object({ ref: ClaimRefSchema, verdict: VerdictSchema, statement: z.string() }),
              ),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type Story = z.infer<typeof StorySchema>;
