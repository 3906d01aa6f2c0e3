import { officeError, propertyNotLoaded } from "./errors";
import type { Calculator } from "./calc";
import type { WorkbookModel } from "./model";

/**
 * The request context and the proxy base class. As in Office.js, a proxy only queues: each property
 * set and each method call is one operation, applied in order at sync(); a property can be read only
 * after load() and a sync() (else PropertyNotLoaded, as Office throws); a proxy finds its object at
 * the first sync that touches it and keeps it, so a renamed sheet is still the same sheet.
 */
export interface HostLink {
  readonly model: WorkbookModel;
  readonly calc: Calculator;
  supports(version: string): boolean;
  /** Fault injection: an operation whose label matches fails at sync with GeneralException. */
  failOn?: (label: string) => boolean;
  /** Longest address Worksheet.getRanges() accepts (office-js #5198: about 8,200 characters fail). */
  readonly maxRangeAreasAddress: number;
  /** Called by sync() around applying a batch. */
  beforeApply(requestBytes: number): void;
  afterApply(): void;
  /** Host-wide counters; each context also counts its own (FakeRequestContext.stats). */
  countOperation(label: string): void;
  countSync(): void;
  registerHandler(sheetId: string, handler: ChangeHandler): void;
  removeHandler(sheetId: string, handler: ChangeHandler): void;
  noteChange(sheetId: string, row: number, col: number): void;
}

export type ChangeHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | unknown;

interface QueuedAction {
  label: string;
  apply: () => void;
}

/** What one context (one Excel.run) cost: round trips, operations, and the bytes of each request. */
export interface RunStats {
  syncs: number;
  operations: number;
  requestBytes: number[];
}

export class FakeRequestContext {
  private queue: QueuedAction[] = [];
  private requestBytes = 0;
  readonly stats: RunStats = { syncs: 0, operations: 0, requestBytes: [] };

  constructor(readonly host: HostLink) {}

  /** Office.js has this; the fake keeps every proxy alive anyway. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  enqueue(label: string, apply: () => void, since: string, payload?: unknown): void {
    this.host.countOperation(label);
    this.stats.operations++;
    this.requestBytes += label.length + 16 + (payload === undefined ? 0 : jsonLength(payload));
    const supported = this.host.supports(since);
    const injected = this.host.failOn?.(label) ?? false;
    this.queue.push({
      label,
      apply: !supported
        ? () => {
            throw officeError("ApiNotFound", `The API you are trying to use could not be found (${label} needs ExcelApi ${since}).`, label);
          }
        : injected
          ? () => {
              throw officeError("GeneralException", `Injected failure at ${label}.`, label);
            }
          : apply,
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const bytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.host.countSync();
    this.stats.syncs++;
    this.stats.requestBytes.push(bytes);
    await Promise.resolve();
    this.host.beforeApply(bytes);
    try {
      for (const action of queue) {
        try {
          action.apply();
        } catch (e) {
          if ((e instanceof Error && "code" in e) || e instanceof TypeError || e instanceof ReferenceError) throw e;
          throw officeError("InvalidArgument", `${action.label}: ${(e as Error).message}`, action.label);
        }
      }
    } finally {
      this.host.afterApply();
    }
  }
}

function jsonLength(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return 64;
  }
}

/** Property paths of a load() call: "a, b/c", ["a"], { select: "a" }, or { a: true, b: { c: true } }. */
export function loadPaths(arg: unknown): string[][] | "all" {
  if (arg === undefined || arg === null) return "all";
  const fromList = (list: string[]) => list.map((s) => s.trim()).filter(Boolean).map((s) => s.split("/"));
  if (typeof arg === "string") return fromList(arg.split(","));
  if (Array.isArray(arg)) return fromList(arg.flatMap((s: string) => s.split(",")));
  if (typeof arg === "object") {
    const o = arg as Record<string, unknown>;
    if (typeof o.select === "string" || typeof o.expand === "string") {
      return fromList([...String(o.select ?? "").split(","), ...String(o.expand ?? "").split(",")]);
    }
    const out: string[][] = [];
    const walk = (obj: Record<string, unknown>, prefix: string[]) => {
      for (const [k, v] of Object.entries(obj)) {
        if (k.startsWith("$")) continue;
        if (v === true) out.push([...prefix, k]);
        else if (v && typeof v === "object") walk(v as Record<string, unknown>, [...prefix, k]);
      }
    };
    walk(o, []);
    return out;
  }
  return "all";
}

export abstract class FakeClientObject<T> {
  protected abstract readonly typeName: string;
  private readonly loaded = new Map<string, unknown>();
  private resolved: { target: T | null } | null = null;

  constructor(
    readonly context: FakeRequestContext,
    private readonly locate: () => T | null,
    private readonly orNull = false,
  ) {}

  /** Find the object once; a missing one is an error unless this is an *OrNullObject proxy. */
  private lookup(): T | null {
    if (!this.resolved) {
      const target = this.locate();
      if (target === null && !this.orNull) throw officeError("ItemNotFound", `The requested resource doesn't exist (${this.typeName}).`, this.typeName);
      this.resolved = { target };
    }
    return this.resolved.target;
  }

  /** The object behind the proxy; only valid while a sync applies the queue. */
  resolveTarget(): T {
    const target = this.lookup();
    if (target === null) throw officeError("ItemNotFound", `The requested resource doesn't exist (${this.typeName} is a null object).`, this.typeName);
    return target;
  }

  /** For proxies made by a method call: the lookup is an operation, so isNullObject is known after the next sync. */
  queueLookup(label: string, since: string): this {
    this.context.enqueue(label, () => void this.lookup(), since);
    return this;
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.resolved.target === null;
  }

  /** Loadable scalar properties and how to read them from the model. */
  protected abstract scalars(): Record<string, (t: T) => unknown>;

  /** Navigation properties that load paths may go through ("format/font/bold"). */
  protected child(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name) as V;
  }

  protected write(name: string, value: unknown, since: string, apply: (t: T) => void): void {
    if (value === null || value === undefined) {
      throw officeError("InvalidArgument", `null is not a valid value for ${this.typeName}.${name}.`, `${this.typeName}.${name}`);
    }
    this.loaded.set(name, value);
    this.context.enqueue(`${this.typeName}.${name}`, () => apply(this.resolveTarget()), since, value);
  }

  protected invoke(name: string, since: string, apply: (t: T) => void, payload?: unknown): void {
    this.context.enqueue(`${this.typeName}.${name}()`, () => apply(this.resolveTarget()), since, payload);
  }

  load(arg?: unknown): this {
    const paths = loadPaths(arg);
    this.context.enqueue(`${this.typeName}.load`, () => this.applyLoad(paths), "1.1");
    return this;
  }

  /** Runs inside sync(). */
  applyLoad(paths: string[][] | "all"): void {
    const target = this.lookup();
    if (target === null) return;
    const table = this.scalars();
    const list = paths === "all" ? Object.keys(table).map((k) => [k]) : paths;
    for (const [head, ...rest] of list) {
      const reader = table[head];
      if (reader && rest.length === 0) {
        this.loaded.set(head, clone(reader(target)));
        continue;
      }
      const sub = this.child(head);
      if (sub) sub.applyLoad(rest.length ? [rest] : "all");
      else if (!reader) throw officeError("InvalidArgument", `The property '${head}' does not exist on ${this.typeName}.`, `${this.typeName}.${head}`);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function clone<V>(v: V): V {
  return Array.isArray(v) ? (v.map((x) => (Array.isArray(x) ? [...x] : x)) as V) : v && typeof v === "object" ? ({ ...v } as V) : v;
}
