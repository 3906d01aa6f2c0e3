/**
 * A small command-line parser shared by consolidate, audit and upgrade: positional arguments and
 * `--name value` / `--name=value` options, each at most once. Pure, so every case is testable;
 * messages are Vietnamese, as the officers who run the commands read them.
 */
export type ParsedCommand<V extends string> =
  | { ok: true; help: boolean; positionals: string[]; options: Partial<Record<V, string>> }
  | { ok: false; message: string };

/** `allowEmpty` names the options whose value may be blank (e.g. a unit left to fill in by hand). */
export function parseCommand<V extends string>(argv: readonly string[], valued: readonly V[], usage: string, allowEmpty: readonly V[] = []): ParsedCommand<V> {
  const options: Partial<Record<V, string>> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { ok: true, help: true, positionals, options };
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = (eq > 0 ? arg.slice(0, eq) : arg).slice(2) as V;
    if (!valued.includes(name)) return { ok: false, message: `Tùy chọn không hợp lệ: ${arg}\n${usage}` };
    if (options[name] !== undefined) return { ok: false, message: `Tùy chọn --${name} được ghi hai lần.` };
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
    if (value === undefined || (!allowEmpty.includes(name) && value.trim() === "")) return { ok: false, message: `Thiếu giá trị cho --${name}.\n${usage}` };
    options[name] = value;
  }
  return { ok: true, help: false, positionals, options };
}

/** `--year`: absent, or a year from 2000 to 2100 written with four digits. */
export function parseYearOption(text: string | undefined): { ok: true; year: number | null } | { ok: false; message: string } {
  if (text === undefined) return { ok: true, year: null };
  const y = text.trim();
  const year = /^\d{4}$/.test(y) ? Number(y) : NaN;
  if (!(year >= 2000 && year <= 2100)) return { ok: false, message: `Năm không hợp lệ: "${text}" (cần một năm từ 2000 đến 2100, ví dụ 2024).` };
  return { ok: true, year };
}
