// Secrets we hand out once (invitation links, API tokens). Only a SHA-256 of each is
// stored: the secrets are long and random, so a fast hash is enough to make a stolen
// table useless, and it lets us find the row by the hash in one indexed lookup.
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, URL-safe: 256 bits, beyond guessing. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256Hex(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
