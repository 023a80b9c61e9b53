import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { BaConsent, Outcome, RouteId, RouteStatus } from '../../src/domain/assessment.js';
import { CaseFacts, FactKey, IsoDate } from '../../src/domain/facts.js';

const list = z.array(z.string()).optional();

const Expect = z
  .object({
    outcome: Outcome,
    baConsent: BaConsent,
    permissionRequired: z.boolean().optional(),
    earliestStart: z.union([IsoDate, z.literal('absent')]).optional(),
    missingFacts: z.array(FactKey).optional(),
    missingFactsFirst: FactKey.optional(),
    missingFactsInclude: z.array(FactKey).optional(),
    missingFactsExclude: z.array(FactKey).optional(),
    dutiesInclude: list,
    dutiesExclude: list,
    deadlineDays: z.number().int().positive().optional(),
    routes: z.partialRecord(RouteId, RouteStatus).optional(),
    /** Message keys of a route's open conditions (`cond.*`) or its exclusion reason (`excl.*`), on the findings. */
    routeConditionsInclude: z.partialRecord(RouteId, z.array(z.string())).optional(),
    routeConditionsExclude: z.partialRecord(RouteId, z.array(z.string())).optional(),
    /** Message keys of a route's conditions by state (`met`, `only_if`), on the findings (contract v1.1, session 7). */
    routeConditionsMet: z.partialRecord(RouteId, z.array(z.string())).optional(),
    routeConditionsOnlyIf: z.partialRecord(RouteId, z.array(z.string())).optional(),
    escalation: z
      .object({
        recommended: z.boolean(),
        urgency: z.enum(['normal', 'urgent']).optional(),
        reasonsInclude: list,
        reasonsExclude: list,
      })
      .strict()
      .optional(),
    openPointsMin: z.number().int().min(0).optional(),
    openPointsMax: z.number().int().min(0).optional(),
    /** Message keys of open points (`open.trial_work`), checked on the findings before rendering. */
    openKeysInclude: list,
    openKeysExclude: list,
    risksInclude: list,
    risksExclude: list,
    stepsInclude: list,
    stepsExclude: list,
    citationsInclude: list,
    citationsExclude: list,
  })
  .strict();

/** One row of the rules table: facts as the employer gives them and what the law says must follow. */
export const Case = z
  .object({
    name: z.string().min(10),
    lawAsOf: IsoDate,
    facts: CaseFacts,
    unknown: z.array(FactKey).optional(),
    lang: z.enum(['de', 'en']).optional(),
    expect: Expect,
  })
  .strict();
export type Case = z.infer<typeof Case>;

export const CASES_DIR = fileURLToPath(new URL('./cases', import.meta.url));

/** Reads every test/domain/cases/*.yaml; a malformed row fails naming file, row and field. */
export function loadCases(dir: string = CASES_DIR): { file: string; cases: Case[] }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const raw: unknown = parse(readFileSync(join(dir, file), 'utf8'), { schema: 'core' });
      const rows = z.array(z.unknown()).parse(raw);
      const cases = rows.map((row, i) => {
        const result = Case.safeParse(row);
        if (!result.success) {
          const issues = result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ');
          throw new Error(`${file} row ${i + 1}: ${issues}`);
        }
        return result.data;
      });
      return { file, cases };
    });
}

export const allCases = (): Case[] => loadCases().flatMap((f) => f.cases);
