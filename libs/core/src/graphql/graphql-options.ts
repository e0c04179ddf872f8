import { randomUUID } from 'node:crypto';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '../config/app-config.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { RequestContext } from '../auth/request-context.js';
import { DomainError } from '../errors/domain-error.js';
import { formatGraphQLError } from '../errors/graphql-error-formatter.js';
import { LoaderRegistry } from '../loaders/loader-registry.js';
import { graphqlObservabilityPlugin } from '../observability/graphql-observability.plugin.js';
import { DateTimeScalar } from './date-time.scalar.js';
import { DEFAULT_QUERY_LIMITS, queryLimitRules } from './query-limits.js';
import type { Logger } from '../logging/logger.js';
import { currentRequestId } from '../context/request-scope.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function requestIdOf(req: Request): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/**
 * Apollo options shared by every deployment: code-first schema, per-request context with the caller
 * and loaders, one error formatter, guards on field resolvers, introspection by setting.
 */
export function graphqlOptions(config: AppConfig, authenticator: Authenticator, logger: Logger): ApolloDriverConfig {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    introspection: config.graphqlIntrospection,
    playground: false,
    csrfPrevention: true,
    // main.ts owns shutdown (drain requests, finish the relay batch, then stop services).
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    fieldResolverEnhancers: ['guards'],
    validationRules: queryLimitRules(DEFAULT_QUERY_LIMITS),
    // A parser token limit turns huge documents into a 400 before any work (graphql-armor's rule answers 500).
    parseOptions: { maxTokens: 5000 },
    // Cache hints are not used (responses are per caller); Apollo's default cache-control plugin would
    // still wrap every field resolver (~3 % of the API's CPU under search load, `npm run bench -- --profile`).
    plugins: [graphqlObservabilityPlugin(logger), ApolloServerPluginCacheControlDisabled()],
    buildSchemaOptions: { numberScalarMode: 'float', scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    context: async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
      const requestId = (req as Request & { id?: string }).id ?? requestIdOf(req);
      const context: RequestContext = { req, res, requestId, clientIp: req.ip ?? 'unknown', user: null, loaders: new LoaderRegistry() };
      const authorization = req.headers.authorization;
      if (authorization) {
        const match = /^Bearer\s+(\S+)$/i.exec(authorization);
        try {
          if (!match) throw new GraphQLError('The Authorization header must be "Bearer <access token>"');
          context.user = await authenticator.authenticate(match[1]);
        } catch (error) {
          if (error instanceof DomainError || error instanceof GraphQLError) {
            throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          throw error;
        }
      }
      return context;
    },
    // Apollo hands formatError no context: the request id comes from the request's async scope (create-app).
    formatError: (formatted, error) => formatGraphQLError(formatted, error, logger, currentRequestId()),
  };
}
