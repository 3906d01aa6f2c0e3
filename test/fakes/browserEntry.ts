import { FakeExcelHost, type FakeHostOptions } from "./excelFake";

/**
 * The Excel fake in a browser page, for the end-to-end tests: bundled into test-artifacts/excel-fake.js
 * by buildBrowserFake.ts and injected with Playwright's addInitScript, before the page's own scripts.
 *
 * Options: window.__excelFakeOptions (set by an earlier init script), or the page URL's query
 * ?fakeExcelApi=1.8. The host is window.__excelFake, for tests to arrange and inspect.
 *
 * office.js loads later and replaces window.Office with its own object (outside Office its
 * onReady gives host null and it has no requirements); excel.js would extend window.Excel. So both
 * globals are accessors: Excel stays the fake, and Office stays office.js's object seen through a
 * proxy that answers context.requirements and onReady (host "Excel") from the fake.
 */
type Win = Record<string, unknown> & { location?: { search: string } };

function optionsFrom(win: Win): FakeHostOptions {
  const given = (win.__excelFakeOptions as FakeHostOptions | undefined) ?? {};
  const query = new URLSearchParams(win.location?.search ?? "");
  const api = query.get("fakeExcelApi");
  return api ? { ...given, apiVersion: api } : given;
}

function officeView(real: Record<string, unknown> | undefined, fake: FakeExcelHost["office"]): unknown {
  if (!real) return fake;
  return new Proxy(real, {
    get(target, prop, receiver) {
      if (prop === "onReady") {
        return async (callback?: (info: { host: string; platform: string }) => void) => {
          const realReady = target.onReady as (() => Promise<unknown>) | undefined;
          if (typeof realReady === "function") await realReady.call(target);
          return fake.onReady(callback);
        };
      }
      if (prop === "context") {
        const ctx = Reflect.get(target, prop, receiver) as Record<string, unknown> | undefined;
        return new Proxy(ctx ?? {}, { get: (c, p, r) => (p === "requirements" ? fake.context.requirements : Reflect.get(c, p, r)) });
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

export function installInBrowser(win: Win): FakeExcelHost {
  const host = new FakeExcelHost(optionsFrom(win));
  // Later assignments to Excel members (by excel.js) are ignored: the fake's run stays in place.
  const excel = new Proxy(host.excel as Record<string, unknown>, { set: () => true });
  let realOffice: Record<string, unknown> | undefined;
  Object.defineProperty(win, "Excel", { configurable: true, get: () => excel, set: () => undefined });
  Object.defineProperty(win, "Office", {
    configurable: true,
    get: () => officeView(realOffice, host.office),
    set: (v: Record<string, unknown>) => void (realOffice = v),
  });
  win.__excelFake = host;
  return host;
}

installInBrowser(globalThis as unknown as Win);
