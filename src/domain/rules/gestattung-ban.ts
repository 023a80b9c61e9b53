import type { EntryId } from '../citations.js';
import type { Ctx } from '../context.js';
import { ASYLUM_CUTOFF, GE_MD_CUTOFF, GEAS_FROM } from '../data/legal-dates.js';
import { CARVE_OUT_GE_MD, isOpenEuCandidate, safeListsOn } from '../data/safe-countries.js';
import { and, openOn } from '../tri.js';
import { appliedAfter } from './asylum-dates.js';
import type { Step } from './resolve.js';
import { banStep } from './tolerated-steps.js';

/** § 61 AsylG as in force on lawAsOf: the GEAS version applies from 12.06.2026. */
export const gestattungEntry = (ctx: Ctx): EntryId =>
  ctx.lawAsOf >= GEAS_FROM ? 'gestattung.after-geas' : 'gestattung.before-geas';

/**
 * § 61 Abs. 2 S. 4 AsylG: nationals of a safe country under §§ 29a/29b AsylG who applied after
 * 31.08.2015 may not work during the procedure. The EU list (Art. 62 VO 2024/1348) is not named
 * there, so for EU-list-only nationals no ban is stated; the accelerated procedure may still bar
 * work in reception centres, which is an open legal point.
 */
export const gestattungBan: Step = (ctx) => {
  const code = ctx.facts.nationality;
  const entry = gestattungEntry(ctx);
  const condition = { msg: 'open.unknown_safe_country_gestattung', cite: [entry] } as const;
  if (code === undefined) {
    return banStep(ctx, { tri: openOn(ctx, ['nationality']), cites: [], openPoints: [], reasons: [] }, condition);
  }
  const lists = safeListsOn(code, ctx.lawAsOf);
  if (lists.includes('national')) {
    const geMd = (CARVE_OUT_GE_MD.codes as readonly string[]).includes(code);
    const tri = and(appliedAfter(ctx, ASYLUM_CUTOFF), geMd ? appliedAfter(ctx, GE_MD_CUTOFF) : true);
    return banStep(ctx, { tri, cites: [entry, 'ban.safe-country-national'], openPoints: [], reasons: [] }, condition);
  }
  if (lists.includes('eu') || isOpenEuCandidate(code, ctx.lawAsOf)) {
    return {
      kind: 'skip',
      add: {
        openPoints: [{ msg: 'open.gestattung_eu_list', cite: ['ban.safe-country-eu', entry] }],
        reasons: [{ code: 'open_legal_point', msg: 'reason.gestattung_eu_list' }],
        notes: { safeCountry: 'no_ban' },
      },
    };
  }
  return { kind: 'skip', add: { notes: { safeCountry: 'no_ban' } } };
};
