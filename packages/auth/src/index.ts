export { createAuth, SIGN_IN_PATH, type Auth, type AuthConfig } from "./auth";
export { resolveCaller } from "./caller";
export { isSameOriginMutation } from "./csrf";
// Better Auth's password hash (scrypt, memory-hard), for the seed and the invite flow.
export { hashPassword } from "better-auth/crypto";
