import { miniTemplate } from "../../src/template/builtin/mini";
import type { Template } from "../../src/template/schema";
import { defineTemplate } from "../../src/template/validate";

/** Mini version 1.1.0, for upgrade tests: item 1.1 raised to 5 (no steps), 1.2 lowered to 1, criterion 2 removed. */
export const nextMini: Template = defineTemplate({
  ...miniTemplate,
  version: "1.1.0",
  parts: miniTemplate.parts.map((p, i) =>
    i !== 0
      ? p
      : {
          ...p,
          fields: p.fields.map((f, k) =>
            k !== 0
              ? f
              : {
                  ...f,
                  criteria: [
                    {
                      ...f.criteria[0],
                      maxPoints: 6,
                      items: [
                        { ...f.criteria[0].items[0], maxPoints: 5, steps: undefined },
                        { ...f.criteria[0].items[1], maxPoints: 1 },
                      ],
                    },
                  ],
                },
          ),
        },
  ),
});

