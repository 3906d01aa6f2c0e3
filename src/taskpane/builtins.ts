import type { Template } from "../template/schema";
import { builtinTemplates as templates } from "../template/builtin";

/**
 * The templates the pane offers. In the production bundle webpack replaces this module with the same
 * templates as plain data, validated at build time (scripts/builtinTemplatesLoader.js), so that the
 * validator is not part of the pane's start-up code.
 */
export const builtinTemplates: Template[] = templates;
