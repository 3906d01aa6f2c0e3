import type { Template } from "../schema";
import { dongNai2023Xa } from "./dong-nai-2023-xa";

/** Templates offered to users, the default first. The test template (mini.ts) is not one of them. */
export const builtinTemplates: Template[] = [dongNai2023Xa];

export function findBuiltin(id: string): Template | undefined {
  return builtinTemplates.find((t) => t.id === id);
}

export { dongNai2023Xa };
