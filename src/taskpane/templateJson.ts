import type { Result } from "../template/issues";
import type { Template } from "../template/schema";

/**
 * A template from JSON text (a file, or the copy stored in the workbook). The validator (zod) is a
 * chunk of its own, fetched the first time a template has to be read: built-in templates are checked
 * when the add-in is built, so starting the pane does not need it.
 */
export async function templateFromJsonText(text: string, source: string): Promise<Result<Template>> {
  const { templateFromJson } = await import(/* webpackChunkName: "template-json" */ "../template/json");
  return templateFromJson(text, source);
}
