import type { z } from '@hono/zod-openapi';
import { ErrorResponse } from '../web/conversation-schemas.js';

/** Shared pieces of the adviser API's OpenAPI route definitions. */
export const ADVISER_API = '/api/v1/adviser';
export const tags = ['adviser'];

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
export const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
export const errors = {
  400: json(ErrorResponse, 'Invalid request'),
  401: json(ErrorResponse, 'No valid adviser session'),
  403: json(ErrorResponse, 'Missing CSRF token, cross-site request, or not an admin'),
  404: json(ErrorResponse, 'Unknown case, adviser or saved reply'),
  409: json(ErrorResponse, 'Claimed by another adviser, not claimed yet, already finished, or not on your own account'),
  429: json(ErrorResponse, 'Too many requests from this address'),
};
export const noContent = { description: 'Done' };
