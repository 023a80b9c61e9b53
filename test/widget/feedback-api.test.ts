import { describe, expect, it } from 'vitest';
import { webApp } from './web-app.js';

async function answered() {
  const web = webApp();
  const conv = await web.service.create('de');
  const turn = await web.service.post(conv.id, { text: 'Mann aus Tunesien mit Duldung' });
  const answer = turn.messages.find((m) => m.role === 'bot');
  if (!answer) throw new Error('no answer');
  return { ...web, id: conv.id, answerId: answer.id };
}

describe('POST /api/v1/conversations/{id}/feedback', () => {
  it('stores a rating with an optional comment and answers 201', async () => {
    const { postJson, feedback, id, answerId } = await answered();
    const res = await postJson(`/api/v1/conversations/${id}/feedback`, {
      messageId: answerId,
      rating: 'helpful',
      comment: '  Sehr klar.  ',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      feedback: {
        messageId: answerId,
        rating: 'helpful',
        comment: 'Sehr klar.',
        createdAt: '2026-11-22T10:00:00.000Z',
      },
    });
    expect(await feedback.list(id)).toHaveLength(1);
  });

  it('replaces an earlier rating of the same answer instead of adding a second one', async () => {
    const { postJson, feedback, id, answerId } = await answered();
    await postJson(`/api/v1/conversations/${id}/feedback`, { messageId: answerId, rating: 'helpful' });
    await postJson(`/api/v1/conversations/${id}/feedback`, {
      messageId: answerId,
      rating: 'not_helpful',
      comment: 'Frist fehlt',
    });
    expect(await feedback.list(id)).toMatchObject([{ rating: 'not_helpful', comment: 'Frist fehlt' }]);
  });

  it.each([
    [{ rating: 'helpful' }, 'messageId'],
    [{ messageId: 'x', rating: 'great' }, 'rating must be "helpful" or "not_helpful"'],
    [{ messageId: 'x', rating: 'helpful', comment: 'x'.repeat(1001) }, 'comment must be at most 1000 characters'],
    [{ messageId: 'x', rating: 'helpful', extra: true }, 'extra'],
    [{ messageId: 'unknown-message', rating: 'helpful' }, 'messageId: no bot or adviser answer'],
  ])('rejects %j with a readable 400', async (body, message) => {
    const { postJson, id } = await answered();
    const res = await postJson(`/api/v1/conversations/${id}/feedback`, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('invalid_request');
    expect(json.error.message).toContain(message);
  });

  it('does not take feedback on the employer’s own message', async () => {
    const { postJson, service, id } = await answered();
    const own = (await service.get(id)).messages.find((m) => m.role === 'employer');
    const res = await postJson(`/api/v1/conversations/${id}/feedback`, { messageId: own?.id, rating: 'helpful' });
    expect(res.status).toBe(400);
  });

  it('answers 404 for an unknown conversation and erases feedback with the conversation', async () => {
    const { postJson, service, feedback, id, answerId } = await answered();
    const unknown = await postJson('/api/v1/conversations/00000000-0000-4000-8000-999999999999/feedback', {
      messageId: answerId,
      rating: 'helpful',
    });
    expect(unknown.status).toBe(404);
    await postJson(`/api/v1/conversations/${id}/feedback`, { messageId: answerId, rating: 'helpful' });
    await service.remove(id);
    expect(await feedback.list(id)).toEqual([]);
  });
});
