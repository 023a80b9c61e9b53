import { ApiError, toIssues } from './errors.js';

/** zod-openapi hook: a failed validation becomes the contract's readable 400, never a 500. */
export const validationHook = (result: {
  success: boolean;
  error?: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> };
}) => {
  if (!result.success) {
    const issues = toIssues(result.error?.issues ?? []);
    const first = issues[0];
    throw new ApiError('invalid_request', first ? `${first.path}: ${first.message}` : 'invalid request', issues);
  }
};
