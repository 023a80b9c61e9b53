import { describe, expect, it } from 'vitest';
import { createRealApp } from './support/real-lotse.js';

/** The real rules behind the real HTTP routes (contract v1.1: partial dates and the new facts). */
const lotse = createRealApp();
const app = () => lotse;

const post = (body: unknown) =>
  app().request('/api/v1/assessments', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('POST /api/v1/assessments with contract v1.1 facts', () => {
  it('takes partial dates and the new facts', async () => {
    const res = await post({
      facts: {
        status: 'duldung',
        workClause: 'beschaeftigung_nur_mit_erlaubnis',
        nationality: 'SY',
        entryDate: '2019',
        toleratedSince: '2020-03',
        identityByPassport: true,
        job: { kind: 'employment', relation: 'none', sharedHousehold: false },
      },
      lawAsOf: '2026-11-22',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { outcome: string; baConsent: string };
    expect(body.outcome).toBe('permission_required');
    expect(body.baConsent).toBe('not_required');
  });

  it('answers an impossible month with a readable 400 naming the field', async () => {
    const res = await post({ facts: { toleratedSince: '2025-13' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path).join(' ')).toContain('toleratedSince');
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('describes the date facts as partial dates and lists the new facts', async () => {
    const res = await app().request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const text = await res.text();
    const doc = JSON.parse(text) as { components: { schemas: Record<string, unknown> } };
    const request = JSON.stringify(doc.components.schemas.AssessmentRequest);
    for (const key of ['dublinProcedure', 'protectionInOtherEuState', 'identityByPassport', 'workClauseNamesThisJob']) {
      expect(request).toContain(`"${key}"`);
    }
    expect(request).toContain('spouse_or_partner');
    expect(request).toContain('asylum_rejected_while_employed');
    expect(request).toContain('YYYY-MM (the month)');
    expect(request).toContain('^(\\\\d{4})(?:-(\\\\d{2})(?:-(\\\\d{2}))?)?$');
  });
});
