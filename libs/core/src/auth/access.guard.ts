import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error.js';
import { ACCESS_KEY, gqlContext, type Access } from './auth.decorators.js';

/** Global guard: enforces @Authenticated() and @AdminOnly() on resolvers and field resolvers. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!access) return true;
    const { user } = gqlContext(context);
    if (!user) throw new UnauthenticatedError();
    if (access === 'admin' && user.platformRole !== 'ADMIN') throw new ForbiddenError('Only platform administrators may do this');
    return true;
  }
}
