import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext, RequestUser } from './request-context.js';

export const ACCESS_KEY = 'tradebridge:access';
export type Access = 'authenticated' | 'admin';

/** The resolver needs a signed-in caller (UNAUTHENTICATED otherwise). */
export const Authenticated = () => SetMetadata(ACCESS_KEY, 'authenticated' satisfies Access);

/** The resolver needs a platform admin (UNAUTHENTICATED without a token, FORBIDDEN for others). */
export const AdminOnly = () => SetMetadata(ACCESS_KEY, 'admin' satisfies Access);

export function gqlContext(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

/** The caller (null when anonymous). @example me(@CurrentUser() user: RequestUser | null) */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): RequestUser | null => {
  return gqlContext(context).user;
});

/** The whole request context (loaders, locale, request id). */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => gqlContext(context));
